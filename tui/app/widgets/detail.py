"""What each source says about the selected row: its value, its marker in words,
the paragraph it says it in, and the consensus; the odd ones out come first.

A line-API view: updating it repaints its own lines without a screen relayout,
so moving through items stays cheap. It takes focus (tab, or enter in the list)
so a long detail can be scrolled with j/k."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.markers import (
    AGREES,
    CANNOT_TELL,
    DIFFERS,
    HAS_IT,
    SEVERITY_SYMBOLS,
    SILENT,
    legend_text,
    symbol,
    word,
)
from tui.app.theme import status_styles
from tui.app.verdict_marks import ReviewLines
from tui.app.view_model import Row

HINT = "Nothing selected: discrepancies are marked faintly in the text. Press n for the first one, or 1–5 for a list."
FIRST = {DIFFERS: 0, HAS_IT: 1, CANNOT_TELL: 2, AGREES: 3, SILENT: 4}
LIST_UP_TO = 12  # more sources than this: those that agree or are silent are counted, not listed
MAX_LISTED = 40  # of the sources that differ, cannot tell or have it


def detail_text(
    row: Row | None,
    sources: list[tuple[str, str]],
    styles: dict | None = None,
    articles: dict | None = None,
    hint: str = HINT,
    review: ReviewLines | None = None,
) -> Text:
    """Title, summary, the reader's verdict and note (`review`), consensus, then one
    line per source: marker, name, its word, what it says and where."""
    if row is None:
        return Text(hint, style="dim")
    text = Text()
    if row.severity:
        text.append(f"{SEVERITY_SYMBOLS.get(row.severity, '')} {row.severity} · {row.kind}\n", style="bold")
    text.append(row.title, style="bold")
    if row.kind and not row.severity:
        text.append(f"  {row.kind}", style="dim")
    text.append("\n")
    if row.summary:
        text.append(row.summary + "\n", style="italic")
    if review is not None:
        text.append_text(review.top)  # a verdict or a note: the reader's own word comes first
    if row.brief_wide:
        text.append("A takeaway of the brief as a whole, not of one source.", style="dim")
        return text
    text.append_text(_consensus(row, sources))
    by_status: dict[str, list[tuple[str, str]]] = {}
    for source, label in sources:
        by_status.setdefault(row.status_of(source), []).append((source, label))
    many = len(sources) > LIST_UP_TO
    for status in sorted(by_status, key=lambda st: FIRST.get(st, 5)):
        group = by_status[status]
        if many and status in (AGREES, SILENT) and len(group) > LIST_UP_TO:
            names = ", ".join(label for _, label in group[:3])
            text.append(
                f"{symbol(status)} {len(group)} sources {word(status)}: ",
                style=(styles or {}).get(status, ""),
            )
            text.append(f"{names} and {len(group) - 3} more\n", style="dim")
            continue
        for source, label in group[:MAX_LISTED]:
            text.append_text(_source_line(row, source, label, status, styles, articles))
        if len(group) > MAX_LISTED:
            text.append(
                f"{symbol(status)} … and {len(group) - MAX_LISTED} more that {word(status)}\n", style="dim"
            )
    if review is not None:
        text.append_text(review.below)  # how to mark it, after what the sources say
    text.rstrip()
    return text


def _source_line(row: Row, source: str, label: str, status: str, styles, articles) -> Text:
    line = Text()
    line.append(f"{symbol(status)} ", style=(styles or {}).get(status, ""))
    line.append(label, style="bold")
    line.append(f" ({word(status)}): ", style="dim")
    line.append(row.says_of(source) if status != SILENT else row.silent_says)
    marks = row.marks.get(source)
    article = (articles or {}).get(source)
    if marks and article is not None:
        line.append(f"  {article.place_name(marks[0].start)}", style="dim")
    line.append("\n")
    return line


def _consensus(row: Row, sources: list[tuple[str, str]]) -> Text:
    agree = sum(1 for s, _ in sources if row.status_of(s) == AGREES)
    differ = sum(1 for s, _ in sources if row.status_of(s) == DIFFERS)
    if row.consensus:
        return Text(f"Consensus: {row.consensus} ({agree} of {agree + differ} that say)\n")
    if differ > 1 and not agree:
        return Text("No consensus: the sources that say differ among themselves\n", style="dim")
    return Text("")


class DetailPanel(ScrollView, can_focus=True):
    """Under (or beside) the list; rewritten whenever the selection moves."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False, id="detail-down"),
        Binding("k", "scroll_up", "Up", show=False, id="detail-up"),
        Binding("enter", "close", "Back to the list", show=False, id="detail-close"),
    ]

    @dataclass
    class Closed(Message):
        """enter in the detail: back to the list."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.row: Row | None = None
        self._sources: list[tuple[str, str]] = []
        self._articles: dict = {}
        self.hint = HINT
        self.reviewer: Callable[[Row], ReviewLines | None] | None = None  # the verdict lines of a row
        self._text = Text(HINT, style="dim")
        self._lines: list[Text] = []
        self._strips: dict[int, list[Segment]] = {}
        self._width = 0

    def action_close(self) -> None:
        self.post_message(self.Closed())

    def set_sources(self, sources: list[tuple[str, str]], articles: dict) -> None:
        self._sources, self._articles = sources, articles

    def show(self, row: Row | None, sources: list[tuple[str, str]] | None = None) -> None:
        if sources is not None:
            self._sources = sources
        self.row = row
        styles = status_styles(self.app) if self.is_attached else None
        review = self.reviewer(row) if self.reviewer is not None and row is not None else None
        self._text = detail_text(row, self._sources, styles, self._articles, self.hint, review)
        self._width = 0
        self._wrap()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    @property
    def plain(self) -> str:
        return self._text.plain

    @property
    def legend(self) -> str:
        return legend_text()

    def _wrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._width = width
        lines = self._text.wrap(self.app.console, width)
        for line in lines:
            line.end = ""
        self._lines = list(lines)  # painted when on screen (render_line), not all at once
        self._strips = {}
        size = Size(width, len(self._lines))
        if size != self.virtual_size:
            # Not `self.virtual_size = size`: that relayouts the whole screen on every move.
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)
            self.refresh()

    def on_resize(self) -> None:
        self._wrap()

    def render_line(self, y: int) -> Strip:
        self._wrap()
        row = int(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if row >= len(self._lines):
            return Strip.blank(width, base)
        segments = self._strips.get(row)
        if segments is None:
            segments = self._strips[row] = list(self._lines[row].render(self.app.console))
        return Strip(Segment.apply_style(segments, base)).crop_extend(0, width, base)
