"""An article laid out as display lines for a given width: offsets only, no styles.

Wrapping once per width and keeping offsets lets the article view paint just the
visible lines and restyle them for any highlight without re-wrapping the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

from tui.brief.model import BLOCKQUOTE, CAPTION, HEADING, HEADLINE, LIST_ITEM, Article

BLANK = "blank"
META = "meta"

# First-line prefix and continuation prefix per block kind (same cell width).
PREFIXES = {
    LIST_ITEM: ("• ", "  "),
    CAPTION: ("▌ ", "▌ "),
    BLOCKQUOTE: ("│ ", "│ "),
}
TAKEAWAY_PREFIX = ("★ ", "  ")

_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Line:
    """One display line: article text [start, end) after a prefix, or a synthetic text."""

    kind: str
    start: int = -1
    end: int = -1
    prefix: str = ""
    text: str | None = None  # for lines that are not article text (blank lines)
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


def wrap_offsets(text: str, width: int, base: int = 0) -> list[tuple[int, int]]:
    """Greedy word wrap by terminal cells: (start, end) of each line, without the
    spaces at the break; newlines force a break. Never returns an empty list."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for segment in text.split("\n"):
        seg_lines: list[tuple[int, int]] = []
        line_start = line_end = -1
        line_w = 0
        for m in _WORD.finditer(segment):
            ws, we = m.start() + pos, m.end() + pos
            w = cell_len(m.group())
            if line_start >= 0:
                gap = cell_len(text[line_end:ws])
                if line_w + gap + w <= width:
                    line_end, line_w = we, line_w + gap + w
                    continue
                seg_lines.append((line_start, line_end))
            if w > width:
                pieces = _fold(text, ws, we, width)
                seg_lines.extend(pieces[:-1])
                ws = pieces[-1][0]
                w = cell_len(text[ws:we])
            line_start, line_end, line_w = ws, we, w
        if line_start >= 0:
            seg_lines.append((line_start, line_end))
        lines.extend(seg_lines or [(pos, pos)])
        pos += len(segment) + 1
    return [(s + base, e + base) for s, e in lines]


def layout_article(article: Article, width: int) -> list[Line]:
    """Every block wrapped to `width` cells, with a blank line between blocks."""
    lines: list[Line] = []
    for block in article.blocks:
        if lines:
            lines.append(Line(BLANK, text=""))
        first, rest = PREFIXES.get(block.kind, ("", ""))
        if block.kind == LIST_ITEM and block.takeaway:
            first, rest = TAKEAWAY_PREFIX
        inner = width - cell_len(first)
        for i, (s, e) in enumerate(wrap_offsets(block.text, inner, base=block.start)):
            lines.append(Line(block.kind, s, e, first if i == 0 else rest, takeaway=block.takeaway))
    return lines


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
