"""Quotes that carry on a speaker named elsewhere: a second quote in the same
sentence keeps the first one's speaker (`second_quote_in_sentence`), and a quote
that is a sentence of its own (`quote_is_own_sentence`) continues the speaker
named just before it (`antecedents.recent_speaker`). A paragraph a quote runs
over without a closing mark speaks with the voice of the paragraph that carries
it on (`voice_of_open_paragraphs`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from tui.analysis.extract.quotes.antecedents import recent_speaker
from tui.analysis.extract.quotes.context import Candidate, Context, Speaker
from tui.analysis.extract.quotes.tokens import clause_end, has_sentence_end
from tui.analysis.extract.quotes.vocabulary import SPEECH_VERB
from tui.regex_cache import compiled

_ONLY_PUNCT = compiled(r"[\s,.;:—–-]*")
_TERMINALS_INSIDE = frozenset(".!?…")


def second_quote_in_sentence(ctx: Context, c: Candidate, prev: Candidate | None) -> Speaker | None:
    """A second quote in the same sentence keeps the first one's speaker:
    “…,” she said, “…” / “…” and “…”, unless someone else is named between them."""
    if prev is None or prev.speaker is None or prev.block != c.block:
        return None
    text = ctx.text
    after_attr = prev.attr_end is not None and prev.attr_end <= c.open
    if after_attr and _ONLY_PUNCT.fullmatch(text, prev.attr_end, c.open):
        return prev.speaker
    gap = text[prev.close + 1 : c.open]
    if len(gap.split()) > 8 or has_sentence_end(gap) or SPEECH_VERB.search(gap):
        return None
    if ctx.sentence_at(prev.open) != ctx.sentence_at(c.open):
        return None
    if bisect_left(ctx.m_starts, c.open) > bisect_right(ctx.m_starts, prev.close):
        return None  # someone else was named in between
    return prev.speaker


def quote_is_own_sentence(ctx: Context, c: Candidate) -> bool:
    """The quote is a sentence (or more) of its own."""
    text = ctx.text
    s = ctx.sentence_start(c)
    if text[s : c.open].strip(" \t—–-("):
        return False
    if c.unclosed:
        return True
    ends_inside = text[c.start : c.end][-1:] in _TERMINALS_INSIDE
    if not (ends_inside or text[c.close + 1 : c.close + 2] in (".", "!", "?")):
        return False
    if ends_inside:
        # “… June.” Fenwick said he would vote no. — a new sentence follows
        nxt = text[c.close + 1 : c.close + 3].lstrip()
        if not nxt or nxt[0].isupper() or nxt[0] in '“"(':
            return True
    after = text[c.close + 1 : clause_end(text, c.close + 1, ctx.blocks[c.block].end)]
    return not after.strip(" .!?")


def continues_previous_quote(ctx: Context, c: Candidate) -> Speaker | None:
    """A partial quote with no verb of its own, ending the sentence right after an
    attributed quote, carries on that speaker: “Which is it?” Roe asked. Either the
    managers decide, “or else the company tells them what to do.” Only a fragment that
    opens in lowercase, in the same paragraph, with nobody else named since."""
    prev = ctx.kept[-1] if ctx.kept else None
    text = ctx.text
    if prev is None or prev.block != c.block or not prev.speaker or not prev.speaker.name:
        return None
    since = max(prev.close, prev.attr_end or 0)
    if not text[c.start : c.start + 1].islower() or ctx.sentence_at(c.open) - ctx.sentence_at(since) > 1:
        return None
    after = text[c.close + 1 : clause_end(text, c.close + 1, ctx.blocks[c.block].end)]
    ends = text[c.start : c.end][-1:] in _TERMINALS_INSIDE or text[c.close + 1 : c.close + 2] in (
        ".",
        "!",
        "?",
    )
    if not ends or after.strip(" .!?"):
        return None  # the sentence goes on past the quote
    if bisect_left(ctx.m_starts, c.open) > bisect_right(ctx.m_starts, since):
        return None  # someone else was named in between
    return prev.speaker


def voice_of_open_paragraphs(ctx: Context) -> None:
    """A paragraph left open by the multi-paragraph convention speaks with the
    voice of the quote that carries it on, else with the speaker named before it."""
    kept = ctx.kept
    for i in range(len(kept) - 1, -1, -1):
        c = kept[i]
        if c.unclosed and c.speaker is None:  # not UNRESOLVED: a lead-in said nobody named
            nxt = kept[i + 1] if i + 1 < len(kept) else None
            if nxt is not None and nxt.block == c.block + 1 and nxt.speaker and nxt.speaker.name:
                c.speaker = nxt.speaker
            else:
                c.speaker = recent_speaker(ctx, c, person_only=False)
