"""Organisations as speakers: the ones a block names (acronyms, and capitalised
phrases holding an organisation word: "Department of Harbor Safety"), and what
"the agency said" or "it said" refers to (`organisation_by_type`)."""

from __future__ import annotations

from bisect import bisect_left

from tui.analysis.extract.quotes.context import BODY, ORGANIZATION, UNRESOLVED, Candidate, Context, Speaker
from tui.analysis.extract.quotes.tokens import Named, Token, bare, is_acronym, tokens_in
from tui.analysis.extract.quotes.vocabulary import NEWS_AGENCIES, ORG_WORDS, PUBLICATION_HEADS
from tui.analysis.model import Span
from tui.brief.model import Block
from tui.regex_cache import compiled

# A capitalised phrase, with the joiners (vocabulary.JOINERS) inside it.
# (\b[A-Z]…, written capital first with its \b checked behind it: the search skips to capitals.)
ORG_RUN = compiled(r"[A-Z](?<=\b[A-Z])[\w'’&.-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w'’&.-]*)*")
_AND_SPLIT = compiled(r"\s+and\s+(?=the\s|[A-Z]{2,6}\b)")


def orgs_in(ctx: Context, bi: int) -> list[Named]:
    """Organisations named in one block, found when first asked for."""
    orgs = ctx.orgs.get(bi)
    if orgs is None:
        orgs = ctx.orgs[bi] = find_orgs(ctx.text, ctx.blocks[bi], ctx.m_starts, ctx.mentions)
    return orgs


def organisation_by_type(ctx: Context, c: Candidate, noun: str | None) -> Speaker:
    """'the agency' is the organisation named most recently, preferring one
    whose name says what it is ('the department' -> 'Department of …')."""
    pick = typed = None
    budget = 60  # how far back a type match is looked for
    for bi in range(c.block, max(-1, c.block - 6), -1):
        orgs = orgs_in(ctx, bi)
        stop = bisect_left(orgs, (c.open,))
        for o in reversed(orgs[max(0, stop - budget) : stop]):
            budget -= 1
            if o[1] > c.open or ctx.inside_quote(o[0]):
                continue
            pick = pick or o
            if not noun or noun in o[2].lower().split():
                typed = o
                break
        if typed or budget <= 0:
            break
    pick = typed or pick
    if pick is None:
        return UNRESOLVED
    return Speaker(pick[2], ORGANIZATION, Span(pick[0], pick[1]))


def is_publication(sp: Speaker | None) -> bool:
    """A newspaper, agency or news site ("the Harbor Times", "Reuters"): it relays what
    others said, or reports, and is no speaker of a quote."""
    if sp is None or sp.kind != ORGANIZATION or not sp.name:
        return False
    name = sp.name.lower()
    if name.startswith("the "):
        name = name[4:]
    return name in NEWS_AGENCIES or bare(sp.name.split()[-1]).lower() in PUBLICATION_HEADS


def find_orgs(text: str, block: Block, m_starts: list[int], mentions: list) -> list[Named]:
    """Organisations named in a body block: acronyms and capitalised phrases
    that hold an organisation word ("Department of Harbor Safety")."""
    out: list[Named] = []
    if block.kind not in BODY:
        return out
    for m in ORG_RUN.finditer(text, block.start, block.end):
        if " " not in m.group():
            w = bare(m.group())
            if is_acronym(w):
                out.append((m.start(), m.start() + len(w), w))
            continue
        for lo, hi in _split_run(text, m.start(), m.end()):
            _add_orgs(text, lo, hi, m_starts, mentions, out)
    return out


def _split_run(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """ "the Department of X and the CRA" names two organisations."""
    out = []
    for m in _AND_SPLIT.finditer(text, lo, hi):
        out.append((lo, m.start()))
        lo = m.end()
    out.append((lo, hi))
    return out


def _acronyms(toks: list[Token]) -> list[Named]:
    return [(s, s + len(bare(w)), bare(w)) for s, _, w in toks if is_acronym(w)]


def _add_orgs(text: str, lo: int, hi: int, m_starts: list[int], mentions: list, out: list) -> None:
    """A phrase holding a person's name is an organisation only before the name."""
    toks = tokens_in(text, lo, hi)
    words = [bare(w) for _, _, w in toks]
    i = bisect_left(m_starts, lo)
    if i < len(mentions) and mentions[i][0] < hi:
        # a person's name is in this phrase: keep only what comes before it
        toks = [t for t in toks if t[1] <= mentions[i][0]]
        words = words[: len(toks)]
        if not any(w.lower() in ORG_WORDS for w in words):
            out.extend(_acronyms(toks))
            return
    while toks and words[0] in ("The", "A", "An"):
        toks, words = toks[1:], words[1:]
    if len(words) > 1 and any(w.lower() in ORG_WORDS for w in words):
        end = toks[-1][0] + len(words[-1])
        out.append((toks[0][0], end, text[toks[0][0] : end]))
    else:
        out.extend(_acronyms(toks))
