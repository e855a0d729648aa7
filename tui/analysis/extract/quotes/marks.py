"""Mark pairing: which quotation marks open and close a quote.

Marks are paired inside one block at a time: double marks, or the single ‘…’ some
outlets quote with in a block that has no double ones. A stray mark never swallows
the rest of an article: a new opening mark while one is open drops the first, and a
mark left open at the end of its block yields a candidate only when the next
paragraph opens with a mark too (the convention for a quote running over
paragraphs, `continues_next_paragraph`)."""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.analysis.extract.quotes.context import Candidate, Context
from tui.analysis.text import lazy_re

_MARK = re.compile(r"[“”\"]")
_SINGLE = lazy_re(r"[‘’]")
_ANY_MARK = re.compile(r"[“”\"‘]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_OPEN_AFTER = "([{—–-/:"  # what may stand before an opening mark, besides a space
_CLOSE_BEFORE = ".,;:!?)]}—–-"  # what may follow a closing mark, besides a space


def pair_marks(ctx: Context) -> list[Candidate]:
    """Every candidate of the article, block by block, in text order."""
    text = ctx.text
    cands: list[Candidate] = []
    marks = [m.start() for m in _ANY_MARK.finditer(text)]
    for bi, block in enumerate(ctx.blocks):
        i = bisect_left(marks, block.start)
        if i < len(marks) and marks[i] < block.end:
            cands.extend(_pair_block(text, bi, block.start, block.end))
    return cands


def _pair_block(text: str, bi: int, lo: int, hi: int) -> list[Candidate]:
    """Marks paired within one block: a new opening mark while one is open
    means the first was never closed, so it is dropped rather than trusted."""
    out: list[Candidate] = []
    open_at: int | None = None
    for i, kind in quote_marks(text, lo, hi):
        if open_at is None:
            if kind != "close":
                open_at = i
        elif kind == "open":
            open_at = i  # the earlier mark was never closed: drop it
        else:
            out.append(_candidate(text, open_at, i, bi))
            open_at = None
    if open_at is not None:
        c = _candidate(text, open_at, hi, bi)
        c.unclosed = True
        out.append(c)
    return [c for c in out if c.end > c.start]


def _opens(prev: str, nxt: str) -> bool:
    return (prev.isspace() or prev in _OPEN_AFTER) and not nxt.isspace()


def _closes(prev: str, nxt: str) -> bool:
    return not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_BEFORE)


def quote_marks(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """Quotation marks in a block as (offset, open|close|either). Double
    marks when there are any; else the single ‘…’ some outlets quote with."""
    out: list[tuple[int, str]] = []
    for m in _MARK.finditer(text, lo, hi):
        i = m.start()
        ch = text[i]
        if ch == "“":
            out.append((i, "open"))
        elif ch == "”":
            out.append((i, "close"))
        else:
            prev = text[i - 1] if i > lo else " "
            nxt = text[i + 1] if i + 1 < hi else " "
            opening = _opens(prev, nxt)
            closing = _closes(prev, nxt)
            out.append(
                (i, "open" if opening and not closing else "close" if closing and not opening else "either")
            )
    if out or text.find("‘", lo, hi) == -1:
        return out
    return _single_marks(text, lo, hi)


def _single_marks(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """‘ opens; ’ is only a closing mark when it cannot be an apostrophe."""
    out: list[tuple[int, str]] = []
    for m in _SINGLE.finditer(text, lo, hi):
        i = m.start()
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if text[i] == "‘":
            if _opens(prev, nxt):
                out.append((i, "open"))
        elif _closes(prev, nxt):
            after = text[i + 2 : i + 3]
            if prev in "sS" and nxt == " " and after.islower():
                continue  # "the workers’ union"
            out.append((i, "close"))
    return out


def _candidate(text: str, o: int, close: int, bi: int) -> Candidate:
    s, e = o + 1, close
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    words = len(_WORD.findall(text, s, min(e, s + 160)))  # only "fewer than four" matters
    return Candidate(o, close, bi, s, e, words)


def continues_next_paragraph(ctx: Context, c: Candidate, nxt: Candidate | None) -> bool:
    """An unclosed paragraph is a quote only when the next opens with a mark."""
    if nxt is None or nxt.block != c.block + 1:
        return False
    block = ctx.blocks[nxt.block]
    return not ctx.text[block.start : nxt.open].strip()
