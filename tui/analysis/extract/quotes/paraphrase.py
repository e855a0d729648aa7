"""Quotes inside a paraphrase, with no speech verb of their own:

- "Roe's comment that the party is under a “reign of terror”", "the mayor's claim that
  …": the possessor of a noun for something said speaks, when a that-clause tells what
  was said (`speech_noun_speaker`, quote_speech_nouns.txt);
- "Roe gave his party a “two-in-three chance”", "He pointed to a group of managers who
  “are alleged to be both …”": a partial quote (opening in lowercase) in a sentence whose
  subject (the first person it names, and the only one before the quote) is quoted
  elsewhere in the article is that person's words, unless it stands before a noun as
  a name ("the “don’t ask” policy") (`paraphrase_fragments`, run once every candidate
  has been tried)."""

from __future__ import annotations

from bisect import insort

from tui.analysis.extract.quotes.antecedents import recent_speaker, role_noun_speaker, sentence_subject
from tui.analysis.extract.quotes.context import PERSON, Candidate, Context, Speaker
from tui.analysis.extract.quotes.roles import role_phrase
from tui.analysis.extract.quotes.speaker_phrase import speaker_at_phrase_end
from tui.analysis.extract.quotes.tokens import PRONOUN_START, lead_before, tokens_in
from tui.analysis.extract.quotes.vocabulary import (
    CLAUSE_OPENERS,
    PREPOSITIONS,
    SPEECH_NOUNS,
)
from tui.analysis.text import in_order_by_first_letter
from tui.regex_cache import compiled

# "Roe’s [up to two words] comment": the possessive before a noun for something said.
# (The nouns grouped by first letter, text.in_order_by_first_letter.)
_SPEECH_NOUN = compiled(
    rf"(?:’s|'s)\s+(?:[a-z-]+\s+){{0,2}}?(?:{in_order_by_first_letter(sorted(SPEECH_NOUNS))})\b"
)
_NEXT_WORD = compiled(r" ([a-z]+)\b")
_ROLE_START = compiled(r"\s*The\s+((?:[A-Za-z][\w-]*\s+){0,3}[a-z]+)\b")
# What the said thing was: "comment (on Sunday) that …", "claim about …".
_THAT_CLAUSE = compiled(r"(?:\s+[\w'’-]+){0,4}?\s+(?:that|about)\b")


def speech_noun_speaker(ctx: Context, c: Candidate, s: int, body: bool) -> Speaker | None:
    """Roe's comment (on Sunday) that … “…”: Roe, when no speech verb stands between."""
    text, lo = ctx.text, max(s, c.open - 320)
    if text.find("’s", lo, c.open) == -1 and text.find("'s", lo, c.open) == -1:
        return None  # no possessive: found in C, where most lead-ins end
    m = lead_before(_SPEECH_NOUN, text, lo, c.open)
    if m is None or not _THAT_CLAUSE.match(ctx.text, m.end(), c.open):
        return None  # "underscores the minister's message: “…”" is the one underscoring
    return speaker_at_phrase_end(ctx, s, m.start(), c, body)


def _subject(ctx: Context, c: Candidate, s: int) -> Speaker | None:
    """Who the sentence before the quote is about: the person it names first, as its
    subject; or its opening "He"/"She"; or its opening role ("The House speaker"), as
    `role_noun_speaker` resolves it."""
    sp = sentence_subject(ctx, s, c.open)
    if sp is not None:
        return sp
    text = ctx.text
    if (m := PRONOUN_START.match(text, s, c.open)) is not None:
        return recent_speaker(ctx, c, person_only=True, pronoun=m.group(1).lower())
    m = _ROLE_START.match(text, s, c.open)
    phrase = role_phrase(m.group(1).split()) if m else []
    if phrase:
        noun_at = m.start(1) + m.group(1).lower().index(phrase[-1])
        return role_noun_speaker(ctx, c, tokens_in(text, s, noun_at), phrase[-1], True)
    return None


def _names_a_thing(ctx: Context, c: Candidate) -> bool:
    """ "the “don’t ask, don’t tell” policy", "“I just might” threats": a quote standing
    before a noun, as its modifier, names something."""
    m = _NEXT_WORD.match(ctx.text, c.close + 1)
    return m is not None and m.group(1) not in PREPOSITIONS and m.group(1) not in CLAUSE_OPENERS


def paraphrase_fragments(ctx: Context, rejected: list[Candidate]) -> None:
    """Partial quotes the rules turned down as scare quotes, kept when their sentence's
    subject is a person the article quotes (the rest stay terms)."""
    quoted = {q.speaker.name for q in ctx.kept if q.speaker and q.speaker.kind == PERSON}
    for c in rejected:
        if not c.paraphrase or not quoted:
            continue
        first = ctx.text[c.start : c.start + 1]
        if not (first.islower() or first.isdigit()) or _names_a_thing(ctx, c):
            continue
        sp = _subject(ctx, c, ctx.sentence_start(c))
        if sp is not None and sp.name in quoted:
            c.speaker = sp
            insort(ctx.kept, c, key=lambda q: q.open)
