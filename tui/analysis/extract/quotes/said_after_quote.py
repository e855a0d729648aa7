"""Attribution right after the closing mark, in the same clause:
"…," said X / "…," X said / "…," according to X, with an appositive naming the
person behind a role ("…," said the agency’s director, Pell Ransome)."""

from __future__ import annotations

import re

from tui.analysis.extract.quotes.context import UNRESOLVED, Candidate, Context, Speaker
from tui.analysis.extract.quotes.speaker_phrase import (
    named_person_in,
    speaker_at_phrase_end,
    speaker_at_phrase_start,
)
from tui.analysis.extract.quotes.tokens import NP_STOP, clause_end
from tui.analysis.extract.quotes.vocabulary import SPEECH_VERB, SPEECH_VERB_SET
from tui.regex_cache import compiled

# A word and the spaces after it: _verb_first checks the word against SPEECH_VERB_SET, which
# costs nothing at import, where an alternation of every verb took a millisecond to compile.
_WORD_AT = compiled(r"(\w+)\s*")
_ACCORDING = compiled(r"[Aa]ccording to\s+")
_TAIL_LEAD = compiled(r"[\s,—–-]*")


# A person named as the owner of a role: "Roe’s chief of staff" (the role holder speaks).
_POSSESSIVE_ROLE = compiled(r"['’]s\s+[a-z]")


def said_after_quote(ctx: Context, c: Candidate, body: bool) -> Speaker | None:
    """The speaker named after the quote; None when the clause after it names
    none, UNRESOLVED when it has a speech verb but no speaker we can name.
    Records on c where the attribution ends and where the speaker was named."""
    text = ctx.text
    hi = ctx.blocks[c.block].end
    pos = _TAIL_LEAD.match(text, c.close + 1, hi).end()
    if pos >= hi:
        return None
    end = clause_end(text, pos, hi)
    if text.startswith(":", end):
        return None  # “…?” Then the host concludes: “…”: a lead-in to the next quote
    m = _verb_first(text, pos, end)
    if m is None:
        m = _ACCORDING.match(text, pos, end)
    if m is not None:
        return _said_then_speaker(ctx, c, body, m.end(), end)
    return _speaker_then_said(ctx, c, body, pos, end)


def _verb_first(text: str, pos: int, end: int) -> re.Match | None:
    """A speech verb opening the clause at `pos` ("said", "Said"), with the spaces after it."""
    m = _WORD_AT.match(text, pos, end)
    if m is None:
        return None
    word = m.group(1)
    first = word[0]
    return m if first.isascii() and first.lower() + word[1:] in SPEECH_VERB_SET else None


def _said_then_speaker(ctx: Context, c: Candidate, body: bool, lo: int, end: int) -> Speaker:
    """“…,” said X / “…,” according to X: the phrase from lo names the speaker."""
    text = ctx.text
    np_end = clause_end(text, lo, end, NP_STOP)
    sp, at = speaker_at_phrase_start(ctx, lo, np_end, c, body)
    owner = sp is not None and sp.span is not None and _POSSESSIVE_ROLE.match(text, sp.span.end, np_end)
    if (owner or not named_person_in(sp, lo, np_end)) and text.startswith(",", np_end):
        # said the agency’s director, Pell Ransome. / said Roe’s chief of staff, Ann Poe.
        lo2 = np_end + 1
        hi2 = clause_end(text, lo2, end, NP_STOP)
        alt, at2 = speaker_at_phrase_start(ctx, lo2, hi2, c, body)
        if named_person_in(alt, lo2, hi2):
            sp, at = alt, at2
    if sp is None:
        return UNRESOLVED
    c.attr_end, c.attr_pos = at, lo
    return sp


def _speaker_then_said(ctx: Context, c: Candidate, body: bool, pos: int, end: int) -> Speaker | None:
    """“…,” X said: a speech verb within ten words, the speaker before it."""
    text = ctx.text
    v = SPEECH_VERB.search(text, pos, end)
    if v is None or len(text[pos : v.start()].split()) > 10:
        return None
    head_end = v.start()
    comma = text.find(",", pos, head_end)
    if comma != -1:
        head_end = comma  # "…," Ransome, a role, said.
    sp = speaker_at_phrase_end(ctx, pos, head_end, c, body)
    if comma != -1 and not named_person_in(sp, pos, head_end):
        # "…," the agency’s director, Pell Ransome, said.
        nxt = text.find(",", comma + 1, v.start())
        alt = speaker_at_phrase_end(ctx, comma + 1, nxt if nxt != -1 else v.start(), c, body)
        if named_person_in(alt, comma + 1, v.start()):
            sp = alt
    if sp is None:
        return UNRESOLVED
    c.attr_end, c.attr_pos = v.end(), pos
    return sp
