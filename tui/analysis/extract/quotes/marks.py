"""Mark pairing: which quotation marks open and close a quote.

Marks are paired inside one block at a time: double marks (“…”, "…", «…», »…«, „…“),
or, in a block with no double ones, the single ‘…’ and ‹…› some outlets quote with,
and straight '…' in copy that has no double marks at all. A stray mark never swallows
the rest of an article: a new opening mark while one is open drops the first (unless
an attribution shows where its closing mark went missing: "“…, Roe said. “…"), and a
mark left open at the end of its block yields a candidate only when the quote plainly
goes on (`open_quote_holds`): the next paragraph opens with a mark (a quote running
over paragraphs), or closes one it never opened (a paragraph break inside a quote),
or the text is cut off there."""

from __future__ import annotations

from bisect import bisect_left

from tui.analysis.extract.quotes.context import Candidate, Context
from tui.analysis.extract.quotes.vocabulary import SPEECH_VERB_SET
from tui.analysis.text import lazy_re
from tui.brief.model import HEADLINE
from tui.regex_cache import compiled

_DOUBLE_MARKS = '“”"«»„'
_SINGLE = lazy_re(r"[‘’‹›]")
_STRAIGHT = lazy_re(r"'")
# The attribution a quote's missing closing mark stood before: “…, Mr. Roe said. “…
_MISSING_CLOSE = lazy_re(r",\s+(?:(?:[A-Z][\w.'’-]*\s+){1,4}|(?:he|she)\s+)([a-z]+)\.\s*$")
# Elisions a straight mark opens without opening a quote: 'em, 'til, '90s.
_ELISION = lazy_re(r"(?:em|til|tis|twas|cause|n|round|bout|\d\ds?)\b")
_CLEAN_END = lazy_re(r"[.!?][\"'”’»)\]]*\s*$")
_WORD = compiled(r"[^\W_]+(?:['’][^\W_]+)*")
# ASCII text as letters and digits ("a"), apostrophes and the rest (" "): see _ascii_words
_WORD_SHAPE = bytes(
    ord("a") if chr(i).isalnum() else ord("'") if chr(i) == "'" else ord(" ") for i in range(256)
)  # a bytes table: str.translate looks every character up in a dict, bytes.translate indexes
_OPEN_AFTER = "([{—–-/:"  # what may stand before an opening mark, besides a space
_CLOSE_BEFORE = ".,;:!?)]}—–-"  # what may follow a closing mark, besides a space


def pair_marks(ctx: Context) -> list[Candidate]:
    """Every candidate of the article, block by block, in text order. Headlines hold
    none: a headline in quotation marks is not a quote."""
    text = ctx.text
    cands: list[Candidate] = []
    doubles = _positions(text, _DOUBLE_MARKS)
    ctx.straight_singles = not doubles
    marks = _positions(text, "‘‹'") if ctx.straight_singles else sorted(doubles + _positions(text, "‘‹"))
    for bi, block in enumerate(ctx.blocks):
        if block.kind == HEADLINE:
            continue
        i = bisect_left(marks, block.start)
        if i < len(marks) and marks[i] < block.end:
            own = doubles[bisect_left(doubles, block.start) : bisect_left(doubles, block.end)]
            cands.extend(_pair_block(text, bi, block.start, block.end, ctx.straight_singles, own))
    return cands


def _positions(text: str, chars: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Where any of `chars` stands in text[lo:hi], in order: a str.find run per character
    (a regex character class tests every character of the text in turn, several times slower)."""
    if hi is None:
        hi = len(text)
    out: list[int] = []
    for ch in chars:
        i = text.find(ch, lo, hi)
        while i != -1:
            out.append(i)
            i = text.find(ch, i + 1, hi)
    out.sort()
    return out


def _pair_block(
    text: str, bi: int, lo: int, hi: int, straight_singles: bool, doubles: list[int]
) -> list[Candidate]:
    """Marks paired within one block (`doubles`: where its double marks stand): a new
    opening mark while one is open means the first was never closed, so it is dropped
    rather than trusted, unless an attribution shows where its closing mark went missing."""
    out: list[Candidate] = []
    open_at: int | None = None
    for i, kind in quote_marks(text, lo, hi, straight_singles, doubles):
        if open_at is None:
            if kind != "close":
                open_at = i
        elif kind == "open":
            m = _MISSING_CLOSE.search(text, max(open_at, i - 80), i)
            if m is not None and m.group(1) in SPEECH_VERB_SET:
                out.append(_candidate(text, open_at, m.start(), bi))  # “…, Roe said. “…
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


def quote_marks(
    text: str, lo: int, hi: int, straight_singles: bool = False, doubles: list[int] | None = None
) -> list[tuple[int, str]]:
    """Quotation marks in a block as (offset, open|close|either). Double marks when there
    are any; else the single ‘…’ and ‹…› some outlets quote with; else, in copy with no
    double marks at all, straight '…'. `doubles` are where the double marks stand, when
    the caller has found them."""
    if doubles is None:
        doubles = _positions(text, _DOUBLE_MARKS, lo, hi)
    out: list[tuple[int, str]] = []
    low9 = reversed_guillemets = False
    if any(text[i] in "«»„" for i in doubles):
        low9 = text.find("„", lo, hi) != -1  # „…“: the “ closes
        first = min((j for j in (text.find("«", lo, hi), text.find("»", lo, hi)) if j != -1), default=-1)
        reversed_guillemets = first != -1 and text[first] == "»"  # »…«
    for i in doubles:
        ch = text[i]
        if ch in "«»":
            out.append((i, "open" if (ch == "«") != reversed_guillemets else "close"))
        elif ch in "“„":
            out.append((i, "close" if ch == "“" and low9 else "open"))
        elif ch == "”":
            out.append((i, "close"))
        else:
            out.append((i, _straight_kind(text, i, lo, hi)))
    if out:
        return out
    if text.find("‘", lo, hi) != -1 or text.find("‹", lo, hi) != -1:
        return _single_marks(text, lo, hi)
    return _straight_single_marks(text, lo, hi) if straight_singles else out


def _straight_kind(text: str, i: int, lo: int, hi: int) -> str:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev == text[i] and nxt.isalnum():
        return "open"  # ""We …: an excerpt's mark, then the quote's own
    opening = _opens(prev, nxt)
    closing = _closes(prev, nxt)
    return "open" if opening and not closing else "close" if closing and not opening else "either"


def _single_marks(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """‘ and ‹ open, › closes; ’ is only a closing mark when it cannot be an apostrophe."""
    out: list[tuple[int, str]] = []
    for m in _SINGLE.finditer(text, lo, hi):
        i = m.start()
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if text[i] in "‘‹":
            if _opens(prev, nxt):
                out.append((i, "open"))
        elif text[i] == "›" or _closes(prev, nxt) and not _possessive(text, i, prev, nxt):
            out.append((i, "close"))
    return out


def _straight_single_marks(text: str, lo: int, hi: int) -> list[tuple[int, str]]:
    """'…' in copy with no double marks: a mark before a word opens (but not 'em or
    '90s), one after a word closes (but not the workers' union); inside a word it is
    an apostrophe."""
    out: list[tuple[int, str]] = []
    for m in _STRAIGHT.finditer(text, lo, hi):
        i = m.start()
        prev = text[i - 1] if i > lo else " "
        nxt = text[i + 1] if i + 1 < hi else " "
        if _opens(prev, nxt) and not _ELISION.match(text, i + 1, hi):
            out.append((i, "open"))
        elif _closes(prev, nxt) and not _possessive(text, i, prev, nxt):
            out.append((i, "close"))
    return out


def _possessive(text: str, i: int, prev: str, nxt: str) -> bool:
    """The mark of "the workers’ union": after an s, before a lowercase word."""
    return prev in "sS" and nxt == " " and text[i + 2 : i + 3].islower()


def _candidate(text: str, o: int, close: int, bi: int) -> Candidate:
    s, e = o + 1, close
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    head = text[s : min(e, s + 160)]  # only "fewer than four" (and "at most twelve") matters
    return Candidate(o, close, bi, s, e, _word_count(head))


# Non-ASCII characters the word pattern treats as an ASCII one: the curly apostrophe joins
# words as the straight one does, the dashes, ellipses and marks separate them as a space.
_AS_ASCII = (("’", "'"), ("—", " "), ("–", " "), ("…", " "), ("‘", " "), ("“", " "), ("”", " "))


def _word_count(head: str) -> int:
    """len(_WORD.findall(head)): by _ascii_words when the head is ASCII, or becomes ASCII
    with the characters of _AS_ASCII replaced (most curly-quoted copy)."""
    if not head.isascii():
        plain = head
        for ch, ascii_ch in _AS_ASCII:
            plain = plain.replace(ch, ascii_ch)
        if not plain.isascii():
            return len(_WORD.findall(head))
        head = plain
    return _ascii_words(head)


def _ascii_words(head: str) -> int:
    """len(_WORD.findall(head)) for ASCII text, without a match per word: a word is a run
    of letters and digits, joined to the run before by a single apostrophe after it
    ("don't" is one word). So a word starts where a run starts after nothing, a space or
    an apostrophe that itself follows no run."""
    shape = head.encode("ascii").translate(_WORD_SHAPE)
    return shape.startswith((b"a", b"'a")) + shape.count(b" a") + shape.count(b" 'a") + shape.count(b"''a")


def open_quote_holds(ctx: Context, c: Candidate, nxt: Candidate | None) -> bool:
    """A quote left open at the end of its paragraph is one when the next paragraph
    opens with a mark (the convention for a quote running over paragraphs), or closes a
    mark it never opened (a paragraph break inside the quote), or when the text is cut
    off there."""
    blocks = ctx.blocks
    if (
        nxt is not None
        and nxt.block == c.block + 1
        and not ctx.text[blocks[nxt.block].start : nxt.open].strip()
    ):
        return True
    if c.block + 1 < len(blocks):
        b = blocks[c.block + 1]
        marks = quote_marks(ctx.text, b.start, b.end, ctx.straight_singles)
        return bool(marks) and marks[0][1] == "close" and b.kind != HEADLINE
    return ctx.article.partial or not _CLEAN_END.search(blocks[c.block].text)
