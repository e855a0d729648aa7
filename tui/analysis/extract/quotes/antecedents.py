"""Speakers named earlier: who "he", "she", "the mayor" or a quote with no attribution
of its own refers to. Pronouns look at the given name (and "Mr."/"Ms.") to skip
people of the other gender; a role noun prefers the person the article gave that
role. The speaker_span of such a quote points at that earlier mention."""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.analysis.extract.quotes.context import PERSON, UNRESOLVED, Candidate, Context, Speaker
from tui.analysis.extract.quotes.tokens import Named, Token, between, name_parts
from tui.analysis.extract.quotes.vocabulary import FEMALE_NAMES, MALE_NAMES
from tui.analysis.model import Span
from tui.analysis.text import lazy_re
from tui.brief.model import HEADLINE

_ROLE_WORDS = lazy_re(r"[a-z-]+")


def recent_speaker(
    ctx: Context, c: Candidate, person_only: bool, pronoun: str | None = None, before: int | None = None
) -> Speaker | None:
    """Who 'he' or an unattributed quote refers to: the person named most
    recently before it (outside quotes, this or the previous paragraph), or
    the previous quote's speaker if nobody was named since. 'she' skips
    people known to be men and 'he' people known to be women. `before` is where
    the attribution starts when it stands before the quote ("The letter says Mr.
    Roe “…”": whoever wrote it was named before "The letter")."""
    pos = c.open if before is None else min(before, c.open)
    first_block = c.block - 1
    want = {"he": "m", "she": "f"}.get(pronoun or "")
    recent = _person_named_last(ctx, pos, first_block, want)
    prev = None
    for q in reversed(ctx.kept):
        if q is c or q.open >= pos:
            continue
        if q.block < first_block:
            break
        sp = q.speaker
        if sp and sp.name and (sp.kind == PERSON or not person_only) and _fits(ctx, sp.name, want):
            prev = q
        break
    if prev is not None:
        prev_at = prev.attr_pos if prev.attr_pos is not None else prev.close
        if recent is None or ctx.sentence_at(recent[0]) <= ctx.sentence_at(max(prev_at, prev.close)):
            return prev.speaker
    if recent is None:
        return UNRESOLVED
    return Speaker(recent[2], PERSON, Span(recent[0], recent[1]))


def _person_named_last(ctx: Context, pos: int, first_block: int, want: str | None) -> Named | None:
    """The last usable mention before pos, from first_block on: people.py's, then the
    persons the rules found themselves after it."""
    recent: Named | None = None
    i = bisect_left(ctx.m_starts, pos) - 1
    while i >= 0:
        ms, me, pi = ctx.mentions[i]
        if ctx.block_of(ms) < first_block:
            break
        if _usable(ctx, ms, me, pos) and _fits(ctx, ctx.people[pi].name, want):
            recent = (ms, me, ctx.people[pi].name)
            break
        i -= 1
    lo = recent[0] + 1 if recent else ctx.blocks[max(first_block, 0)].start
    for ms, me, name in reversed(between(ctx.extra, lo, pos)):
        if _usable(ctx, ms, me, pos) and _fits(ctx, name, want):
            recent = (ms, me, name)
            break
    return recent


def _usable(ctx: Context, ms: int, me: int, pos: int) -> bool:
    """A mention can be an antecedent unless it is quoted or in the headline."""
    return me <= pos and not ctx.inside_quote(ms) and ctx.blocks[ctx.block_of(ms)].kind != HEADLINE


def _fits(ctx: Context, name: str, want: str | None) -> bool:
    if want is None:
        return True
    if name not in ctx.genders:
        ctx.genders[name] = _gender(ctx.text, name)
    got = ctx.genders[name]
    return got is None or got == want


def _gender(text: str, name: str) -> str | None:
    """From the given name when it is a common, clearly gendered one, else
    from an honorific the article puts before the surname."""
    parts = name_parts(name)
    if not parts:
        return None
    if parts[0] in FEMALE_NAMES:
        return "f"
    if parts[0] in MALE_NAMES:
        return "m"
    m = re.search(rf"\b(Mr|Ms|Mrs|Miss)\.?\s+{re.escape(parts[-1])}\b", text)
    if m is None:
        return None
    return "m" if m.group(1) == "Mr" else "f"


def role_noun_speaker(ctx: Context, c: Candidate, before: list[Token], noun: str, body: bool) -> Speaker:
    """'the mayor said': the person the article gave that role, else the
    person named last; 'a senior official said' is nobody in particular."""
    for _, _, w in reversed(before[-5:]):
        lw = w.lower()
        if lw in ("a", "an", "another", "one"):
            return UNRESOLVED
        if lw in ("the", "this", "that") or lw.endswith(("’s", "'s")):
            break
        if not w.islower():
            break
    if not body:
        return UNRESOLVED
    noun = noun.lower()
    best: tuple[int, int, int] | None = None
    for pi in ctx.real:
        p = ctx.people[pi]
        if not any(noun in _ROLE_WORDS.findall(r.lower()) for r in p.roles):
            continue
        at = [sp for sp in p.spans if sp.end <= c.open and not ctx.inside_quote(sp.start)]
        if at and (best is None or at[-1].start > best[0]):
            best = (at[-1].start, at[-1].end, pi)
    if best is not None:
        return Speaker(ctx.people[best[2]].name, PERSON, Span(best[0], best[1]))
    return recent_speaker(ctx, c, person_only=True)
