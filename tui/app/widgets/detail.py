"""What each source says about the selected row.

A line-API view: updating it repaints its own lines without a screen relayout,
so moving through items stays cheap."""

from __future__ import annotations

from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.analysis.model import AGREES, DIFFERS, SILENT
from tui.app.theme import status_styles
from tui.app.view_model import SEVERITY_SYMBOLS, STATUS_SYMBOLS, Row

HINT = "Nothing selected: discrepancies are marked faintly in the text. Press n for the first one, or 1–5 for a list."
STATUS_WORDS = {AGREES: "agrees", DIFFERS: "differs", SILENT: "silent"}


def detail_text(row: Row | None, sources: list[tuple[str, str]], styles: dict | None = None) -> Text:
    """Title, summary, then one paragraph per source: symbol, label, what it says."""
    if row is None:
        return Text(HINT, style="dim")
    text = Text()
    if row.severity:
        text.append(f"{SEVERITY_SYMBOLS.get(row.severity, '')} {row.severity} · {row.kind}\n", style="bold")
    text.append(row.title, style="bold")
    if row.kind and not row.severity:
        text.append(f"  {row.kind}", style="dim")
    text.append("\n")
    if row.summary:
        text.append(row.summary + "\n", style="italic")
    if not row.status:
        text.append("A takeaway of the brief as a whole, not of one source.", style="dim")
        return text
    for source, label in sources:
        status = row.status.get(source, SILENT)
        text.append(f"{STATUS_SYMBOLS[status]} ", style=(styles or {}).get(status, ""))
        text.append(label, style="bold")
        text.append(f" ({STATUS_WORDS[status]}): ", style="dim")
        text.append(row.says.get(source, "(says nothing)") + "\n")
    text.rstrip()
    return text


class DetailPanel(ScrollView, can_focus=False):
    """Under (or beside) the tabs; rewritten whenever the selection moves."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.row: Row | None = None
        self._sources: list[tuple[str, str]] = []
        self._text = Text(HINT, style="dim")
        self._lines: list[Strip] = []
        self._width = 0

    def show(self, row: Row | None, sources: list[tuple[str, str]] | None = None) -> None:
        if sources is not None:
            self._sources = sources
        self.row = row
        self._text = detail_text(row, self._sources, status_styles(self.app))
        self._width = 0
        self._wrap()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    @property
    def plain(self) -> str:
        return self._text.plain

    def _wrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._width = width
        console = self.app.console
        lines = self._text.wrap(console, width)
        for line in lines:
            line.end = ""
        self._lines = [Strip(list(line.render(console)), line.cell_len) for line in lines]
        size = Size(width, len(self._lines))
        if size != self.virtual_size:
            # Not `self.virtual_size = size`: that relayouts the whole screen on every move.
            self.set_reactive(ScrollView.virtual_size, size)
            self._refresh_scrollbars()
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
        strip = Strip(Segment.apply_style(self._lines[row], base))
        return strip.crop_extend(0, width, base)
