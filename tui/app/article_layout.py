"""An article laid out as display lines for a given width: offsets only, no styles.

Lines are made as the view asks for them (ArticleLayout), so a five-megabyte
paragraph costs what is on screen, not what is in the file: a short article is
wrapped whole, a long one a screenful ahead of the reader, with the rest estimated
for the scrollbar. Text whose every character is one cell wide (most news copy) is
wrapped with str.rfind, line by line; other text word by word, by cells.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

from rich.cells import cell_len

from tui.brief.model import BLOCKQUOTE, CAPTION, HEADING, HEADLINE, LIST_ITEM, Article
from tui.regex_cache import compiled

BLANK = "blank"
META = "meta"

# First-line prefix and continuation prefix per block kind (same cell width).
PREFIXES = {
    LIST_ITEM: ("• ", "  "),
    CAPTION: ("▌ ", "▌ "),
    BLOCKQUOTE: ("│ ", "│ "),
}
TAKEAWAY_PREFIX = ("★ ", "  ")
EAGER_CHARS = 100_000  # an article this short is wrapped whole, at once

_WORD = compiled(r"\S+")
_NOT_SPACE = compiled(r"[^ ]")
# Characters that are not one cell wide, or are whitespace other than " " and "\n":
# text without any is wrapped by the fast path.
_NOT_SIMPLE = compiled(
    "[^\x21-\x7e \n\u00a1-\u02ff\u0370-\u03ff\u0400-\u0482\u048a-\u052f"
    "\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u214f]"
)


class Line(NamedTuple):
    """One display line: article text [start, end) after a prefix, or a blank line."""

    kind: str
    start: int = -1
    end: int = -1
    prefix: str = ""
    text: str | None = None
    takeaway: bool = False


def _fold(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Split one over-long word into pieces of at most `width` cells."""
    pieces = []
    piece_start, used = start, 0
    for i in range(start, end):
        w = cell_len(text[i])
        if used + w > width and i > piece_start:
            pieces.append((piece_start, i))
            piece_start, used = i, 0
        used += w
    pieces.append((piece_start, end))
    return pieces


def _wrap_cells(text: str, start: int, end: int, width: int) -> Iterator[tuple[int, int]]:
    """Greedy wrap of one newline-free segment, word by word, by terminal cells."""
    line_start = line_end = -1
    line_w = 0
    emitted = False
    for m in _WORD.finditer(text, start, end):
        ws, we = m.start(), m.end()
        w = cell_len(m.group())
        if line_start >= 0:
            gap = cell_len(text[line_end:ws])
            if line_w + gap + w <= width:
                line_end, line_w = we, line_w + gap + w
                continue
            yield line_start, line_end
            emitted = True
        if w > width:
            pieces = _fold(text, ws, we, width)
            yield from pieces[:-1]
            emitted = emitted or len(pieces) > 1
            ws = pieces[-1][0]
            w = cell_len(text[ws:we])
        line_start, line_end, line_w = ws, we, w
    if line_start >= 0:
        yield line_start, line_end
    elif not emitted:
        yield start, start


def _wrap_simple(text: str, start: int, end: int, width: int) -> Iterator[tuple[int, int]]:
    """The same wrap for text of one-cell characters and plain spaces, a line at a time."""
    pos, emitted = start, False
    while True:
        first = _NOT_SPACE.search(text, pos, end)
        if first is None:
            break
        line_start = first.start()
        limit = line_start + width
        if limit >= end:
            yield line_start, len(text[line_start:end].rstrip(" ")) + line_start
            emitted = True
            break
        if text[limit] == " ":
            line_end, pos = limit, limit
        else:
            space = text.rfind(" ", line_start, limit)
            if space == -1:  # one word longer than the line: fold it
                yield line_start, limit
                emitted, pos = True, limit
                continue
            line_end, pos = space, space + 1
        yield line_start, len(text[line_start:line_end].rstrip(" ")) + line_start
        emitted = True
    if not emitted:
        yield start, start


def iter_wrap(text: str, width: int, base: int = 0) -> Iterator[tuple[int, int]]:
    """Greedy word wrap by terminal cells: (start, end) of each line, without the
    spaces at the break; newlines force a break. Always at least one line."""
    width = max(1, width)
    simple = _NOT_SIMPLE.search(text) is None
    wrap = _wrap_simple if simple else _wrap_cells
    pos = 0
    while True:
        newline = text.find("\n", pos)
        end = len(text) if newline == -1 else newline
        for s, e in wrap(text, pos, end, width):
            yield s + base, e + base
        if newline == -1:
            return
        pos = newline + 1


def wrap_offsets(text: str, width: int, base: int = 0) -> list[tuple[int, int]]:
    return list(iter_wrap(text, width, base))


def _block_lines(article: Article, width: int) -> Iterator[Line]:
    for i, block in enumerate(article.blocks):
        if i:
            yield Line(BLANK, text="")
        first, rest = PREFIXES.get(block.kind, ("", ""))
        if block.kind == LIST_ITEM and block.takeaway:
            first, rest = TAKEAWAY_PREFIX
        inner = width - cell_len(first)
        prefix = first
        for s, e in iter_wrap(block.text, inner, base=block.start):
            yield Line(block.kind, s, e, prefix, takeaway=block.takeaway)
            prefix = rest


def layout_article(article: Article, width: int) -> list[Line]:
    """Every block wrapped to `width` cells, with a blank line between blocks."""
    return list(_block_lines(article, width))


class ArticleLayout:
    """The lines of one article at one width, made on demand."""

    def __init__(self, article: Article, width: int) -> None:
        self.width = width
        self._text_len = max(1, len(article.text))
        self._lines: list[Line] = []
        self._starts: list[int] = []  # start offset of each text line, for row_for
        self._rows: list[int] = []
        self._pending: Iterator[Line] | None = _block_lines(article, width)
        if len(article.text) <= EAGER_CHARS:
            self._extend(None)
        else:
            self._extend(200)

    @property
    def complete(self) -> bool:
        return self._pending is None

    def _extend(self, rows: int | None, offset: int | None = None) -> None:
        """Lay out up to `rows` lines, or past `offset`, or (both None) everything."""
        pending = self._pending
        if pending is None:
            return
        lines, starts, rows_of = self._lines, self._starts, self._rows
        for line in pending:
            if line.start >= 0:
                starts.append(line.start)
                rows_of.append(len(lines))
            lines.append(line)
            if rows is not None and len(lines) >= rows:
                return
            if offset is not None and line.end > offset:
                return
        self._pending = None

    def __len__(self) -> int:
        """Lines so far, plus an estimate of the rest from the characters left."""
        if self._pending is None:
            return len(self._lines)
        done = self._starts[-1] if self._starts else 0
        per_line = max(1.0, done / max(1, len(self._lines)))
        return len(self._lines) + int((self._text_len - done) / per_line) + 1

    def line(self, row: int) -> Line | None:
        if row >= len(self._lines):
            self._extend(row + 64)
        return self._lines[row] if row < len(self._lines) else None

    def ensure(self, rows: int) -> None:
        if rows > len(self._lines):
            self._extend(rows)

    def row_for(self, offset: int) -> int:
        """The display line that holds a text offset (laying out up to it)."""
        if self._pending is not None and (not self._starts or self._starts[-1] <= offset):
            self._extend(None, offset)
            self._extend(len(self._lines) + 64)
        i = bisect_right(self._starts, offset) - 1
        return self._rows[max(i, 0)] if self._rows else 0

    def complete_layout(self) -> None:
        self._extend(None)

    @property
    def lines(self) -> list[Line]:
        """Every line (lays out the rest: for tests and small articles)."""
        self._extend(None)
        return self._lines


class LineIndex:
    """Find the display line that holds a text offset (for scrolling to a highlight)."""

    def __init__(self, lines: list[Line]) -> None:
        self._starts: list[int] = []
        self._rows: list[int] = []
        for row, line in enumerate(lines):
            if line.start >= 0:
                self._starts.append(line.start)
                self._rows.append(row)

    def row_for(self, offset: int) -> int:
        i = bisect_right(self._starts, offset) - 1
        return self._rows[max(i, 0)] if self._rows else 0


def is_heading(kind: str) -> bool:
    return kind in (HEADLINE, HEADING)
