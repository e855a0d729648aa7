"""Is a candidate a quote, and who said it: the attribution shapes, in the order
they are tried. Fragments of one to three words are terms, not quotes, unless an
attribution follows them; a quote inside a sentence with no speech verb is a scare
quote; in a headline, a quote stands only next to a colon."""

from __future__ import annotations

from tui.analysis.extract.quotes.antecedents import recent_speaker
from tui.analysis.extract.quotes.context import BODY, Candidate, Context
from tui.analysis.extract.quotes.continuation import (
    continues_previous_quote,
    quote_is_own_sentence,
    second_quote_in_sentence,
)
from tui.analysis.extract.quotes.lead_in import speaker_before_quote
from tui.analysis.extract.quotes.organisations import is_publication
from tui.analysis.extract.quotes.said_after_quote import said_after_quote
from tui.analysis.lexicon import words
from tui.regex_cache import compiled

_SHORT_OK_END = compiled(r"[,.!?…—–-]$")
_TITLE_WORD = compiled(r"[^\W\d_][\w'’]*")
_TITLE_SMALL_WORDS = words("a an the of and or nor but for to in on at by with from as vs v")


def attribute(ctx: Context, c: Candidate) -> bool:
    """Sets c.speaker; False when c is not a quote at all."""
    body = ctx.blocks[c.block].kind in BODY
    if c.words <= 12 and is_title(ctx.text[c.start : c.end]):
        return False  # “Meet the Press”, “The Queen of Rage”: a name, not speech
    if c.words < 4:
        return _attribute_fragment(ctx, c, body)
    text = ctx.text
    quoted = text[c.start : c.end]
    # a quote closed by a full stop ends its sentence: what follows is news
    full_stop = quoted.endswith(".") and not quoted.endswith("..")
    unnamed = None
    relayed = False  # attributed to a publication only: its reporting, not speech
    if not c.unclosed and not full_stop:
        sp = said_after_quote(ctx, c, body)
        if is_publication(sp):
            relayed, sp = True, None
        if sp is not None and sp.name is not None:
            c.speaker = sp
            return True
        # “…,” the critics said: a quote, whoever they are
        if sp is not None and _SHORT_OK_END.search(text[c.start : c.close].rstrip()):
            unnamed = sp
    sp = second_quote_in_sentence(ctx, c, ctx.kept[-1] if ctx.kept else None)
    if sp is None:
        sp = speaker_before_quote(ctx, c, body)
    if is_publication(sp):
        relayed, sp = True, None
    if sp is not None:
        c.speaker = sp
        return True
    if relayed:
        return False
    if unnamed is not None:
        c.speaker = None
        return True
    if not body:
        return _headline_quote(ctx, c)
    if c.unclosed:
        return True  # its speaker comes from the paragraph that closes it: voice_of_open_paragraphs
    if not quote_is_own_sentence(ctx, c):
        c.speaker = continues_previous_quote(ctx, c)
        c.paraphrase = c.speaker is None  # a scare quote, unless paraphrase_fragments says otherwise
        return c.speaker is not None
    c.speaker = recent_speaker(ctx, c, person_only=False)
    return True


def is_title(quoted: str) -> bool:
    """Words in title case or capitals ("Fox News Sunday", "THE QUEEN OF RAGE"): the
    name of a programme, a book, a headline."""
    if not quoted[:1].isupper():
        return False
    # Word by word: most quotes fail at their second or third word ("We are …").
    n = 0
    for m in _TITLE_WORD.finditer(quoted):
        w = m.group()
        if not w[0].isupper() and (n == 0 or w.lower() not in _TITLE_SMALL_WORDS):
            return False
        n += 1
    return n >= 2


def _attribute_fragment(ctx: Context, c: Candidate, body: bool) -> bool:
    """One to three words: a quote when closed by punctuation and attributed right
    after the mark, or a short sentence right after its speaker's own quote; three
    words also when a named speaker leads into them (X asks, “who are you?” /
    calling the deal “a steep price”)."""
    text = ctx.text
    quoted = text[c.start : c.end]
    if c.words == 0 or c.unclosed:
        return False
    if _SHORT_OK_END.search(text[c.start : c.close].rstrip()):
        if quoted.endswith((".", "!", "?")) and c.words >= 2 and body and quote_is_own_sentence(ctx, c):
            # “It's that simple.” right after the speaker's own quote
            prev = ctx.kept[-1] if ctx.kept else None
            if prev is not None and prev.block == c.block and prev.speaker and prev.speaker.name:
                c.speaker = prev.speaker
                return True
        sp = None if quoted.endswith(".") else said_after_quote(ctx, c, body)
        if sp is not None and sp.name is not None and not is_publication(sp):
            c.speaker = sp
            return True
    if c.words < 3 or not body:
        return False
    sp = speaker_before_quote(ctx, c, body)
    if sp is None or sp.name is None or is_publication(sp):
        c.paraphrase = sp is None
        return False
    c.speaker = sp
    return True


def _headline_quote(ctx: Context, c: Candidate) -> bool:
    """Headings and captions: a quote that leads or follows a colon, with no speaker."""
    before = ctx.text[ctx.blocks[c.block].start : c.open].rstrip()
    return not c.unclosed and (not before or before.endswith(":") or ctx.text.startswith(":", c.close + 1))
