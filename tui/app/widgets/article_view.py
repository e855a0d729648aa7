"""One source as a scrollable column that lays out and paints only what is on screen.

Lines come from an ArticleLayout made per width (as far as the reader has got); a
change of marks only bumps a version and repaints the visible lines, which find the
marks they cross by bisecting a sorted list. So moving through items, or scrolling a
five-megabyte paragraph, costs what the screen shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.article_layout import BLANK, ArticleLayout, Line
from tui.app.spans import SortedSpans
from tui.app.view_model import (
    TONE_AGREES,
    TONE_CURRENT,
    TONE_DIFFERS,
    TONE_FAINT,
    TONE_HAS,
    TONE_MATCH,
    Mark,
)
from tui.brief.model import BLOCKQUOTE, CAPTION, HEADING, HEADLINE, Article

FAINT_ALPHA = 0.16
KIND_CLASSES = {
    HEADLINE: "article-view--headline",
    HEADING: "article-view--heading",
    CAPTION: "article-view--caption",
    BLOCKQUOTE: "article-view--quote",
}
TONE_CLASSES = {
    TONE_DIFFERS: "article-view--differs",
    TONE_AGREES: "article-view--agrees",
    TONE_HAS: "article-view--has",
    TONE_FAINT: "article-view--faint",
    TONE_MATCH: "article-view--match",
    TONE_CURRENT: "article-view--current",
}
# Article text is data: a control character left in it is painted as a space.
_CONTROLS = {i: " " for i in range(32)} | {127: " "}
LAYER = {TONE_FAINT: 0, TONE_DIFFERS: 1, TONE_AGREES: 1, TONE_HAS: 1, TONE_MATCH: 2, TONE_CURRENT: 3}


def article_subtitle(article: Article, position: tuple[int, int] | None) -> Text:
    where = f"{position[0]}/{position[1]}" if position and position[1] > 1 else None
    words = article.text.count(" ") + 1 if len(article.text) > 200_000 else article.words
    bits = [b for b in (where, article.published, f"{words:,} words") if b]
    return Text(" · ".join(bits))


class ArticleView(ScrollView, can_focus=True):
    """An article column. `highlights` are the selected item's marks, `faint` the
    background layer of every discrepancy, `matches` the search hits; tests read them."""

    COMPONENT_CLASSES = {
        *KIND_CLASSES.values(),
        *TONE_CLASSES.values(),
        "article-view--takeaway",
        "article-view--marker",
    }

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False, id="down"),
        Binding("k", "scroll_up", "Up", show=False, id="up"),
        Binding("g", "scroll_home", "Top", show=False, id="top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="bottom"),
        Binding("space", "page_down", "Page down", show=False, id="page-down"),
    ]

    @dataclass
    class Clicked(Message):
        """The reader clicked this character of the article text (to select what is there)."""

        view: ArticleView
        offset: int

    @dataclass
    class Scrolled(Message):
        """The reader scrolled this column (for synchronised scrolling)."""

        view: ArticleView
        fraction: float

    def __init__(
        self,
        article: Article,
        *,
        position: tuple[int, int] | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.highlights: tuple[Mark, ...] = ()
        self.faint: tuple[Mark, ...] = ()
        self.matches: tuple[Mark, ...] = ()
        self.show_faint = True
        self._strips: LRUCache[tuple, Strip] = LRUCache(1024)
        self._syncing = False
        self._tone_styles: dict[str, Style] = {}
        self._version = 0
        self._spans: SortedSpans[Mark] = SortedSpans(())
        self._layout: ArticleLayout | None = None
        self._rows_shown = 0
        self.show_article(article, position)

    def show_article(self, article: Article, position: tuple[int, int] | None = None) -> None:
        """Show another source in this column (a window over many sources reuses columns)."""
        self.article = article
        self.position = position
        self.border_title = Text(article.label)
        self.border_subtitle = article_subtitle(article, position)
        self._layout = None
        self.highlights, self.matches = (), ()
        self._marks_changed()
        if self.is_mounted:
            self._relayout()
            self.scroll_to(y=0, animate=False, immediate=True)

    # --- layout -----------------------------------------------------------

    @property
    def lines(self) -> list[Line]:
        if self._layout is None:
            self._relayout()
        return self._layout.lines if self._layout else []

    def _relayout(self) -> None:
        width = max(10, self.scrollable_content_region.width)
        if self._layout is not None and self._layout.width == width:
            return
        self._layout = ArticleLayout(self.article, width)
        self._strips.clear()
        self._sync_size()

    def _sync_size(self) -> None:
        """Tell the scrollbar how many lines there are (an estimate until laid out)."""
        if self._layout is None:
            return
        rows = len(self._layout)
        if rows != self._rows_shown:
            self._rows_shown = rows
            # Not `self.virtual_size = …`: a reactive with layout=True relayouts the screen.
            size = Size(self._layout.width, rows)
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)
            self.refresh()

    def on_resize(self) -> None:
        self._relayout()
        self.refresh()

    def on_mount(self) -> None:
        super().on_mount()
        if self.scrollable_content_region.width:  # else the first resize lays it out, once
            self._relayout()

    def notify_style_update(self) -> None:
        """A theme or CSS change: cached lines carry old colours."""
        super().notify_style_update()
        self._strips.clear()
        self._tone_styles = {}

    # --- marks ------------------------------------------------------------

    def _marks_changed(self) -> None:
        self._version += 1
        marks = self.highlights + self.matches + (self.faint if self.show_faint else ())
        self._spans = SortedSpans((m.start, m.end, m) for m in marks)
        self.refresh()

    def set_marks(self, highlights: tuple[Mark, ...], faint: tuple[Mark, ...] | None = None) -> bool:
        """Change the marks; repaint only if they changed. Returns whether they did."""
        faint = self.faint if faint is None else faint
        if highlights == self.highlights and faint == self.faint:
            return False
        self.highlights, self.faint = highlights, faint
        self._marks_changed()
        return True

    def set_matches(self, matches: tuple[Mark, ...]) -> bool:
        if matches == self.matches:
            return False
        self.matches = matches
        self._marks_changed()
        return True

    def set_show_faint(self, show: bool) -> None:
        if show != self.show_faint:
            self.show_faint = show
            self._marks_changed()

    def _active_marks(self) -> tuple[Mark, ...]:
        return self.highlights + self.matches + (self.faint if self.show_faint else ())

    # --- scrolling --------------------------------------------------------

    def row_for_offset(self, offset: int) -> int:
        if self._layout is None:
            self._relayout()
        row = self._layout.row_for(offset) if self._layout else 0
        self._sync_size()
        return row

    def scroll_to_offset(self, offset: int, context: int = 2) -> None:
        """Bring a text offset near the top, with `context` lines above it."""
        row = self.row_for_offset(offset)
        self._syncing = True
        try:
            self.scroll_to(y=max(0, row - context), animate=False, immediate=True)
        finally:
            self._syncing = False

    def offset_visible(self, offset: int) -> bool:
        row = self.row_for_offset(offset)
        return self.scroll_y <= row < self.scroll_y + self.scrollable_content_region.height

    def sync_to(self, fraction: float) -> None:
        self._syncing = True
        try:
            self.scroll_to(y=round(fraction * self.max_scroll_y), animate=False, immediate=True)
        finally:
            self._syncing = False

    def action_scroll_end(self) -> None:
        if self._layout is not None:
            self._layout.complete_layout()  # the end is known only once everything is laid out
            self._sync_size()
        super().action_scroll_end()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._syncing and round(old_value) != round(new_value):
            fraction = new_value / self.max_scroll_y if self.max_scroll_y else 0.0
            self.post_message(self.Scrolled(self, fraction))

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under a content-area cell, or None off the text."""
        line = self._layout.line(int(self.scroll_y) + y) if self._layout else None
        if line is None or line.start < 0:
            return None
        cells = cell_len(line.prefix)
        for offset in range(line.start, line.end):
            cells += cell_len(self.article.text[offset])
            if cells > x:
                return offset
        return None

    def on_click(self, event: events.Click) -> None:
        where = event.get_content_offset(self)
        if where is None:
            return
        offset = self.offset_at(where.x, where.y)
        if offset is not None:
            self.post_message(self.Clicked(self, offset))

    # --- painting ---------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        _, scroll_y = self.scroll_offset
        row = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        line = self._layout.line(row) if self._layout else None
        if self._layout is not None and len(self._layout) != self._rows_shown:
            self.call_later(self._sync_size)
        if line is None:
            return Strip.blank(width, base)
        key = (row, width, self._version, base)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row(line, width, base)
            self._strips[key] = strip
        return strip

    def _render_row(self, line: Line, width: int, base: Style) -> Strip:
        """Segments straight from the text: one per stretch between mark boundaries, the
        later layers' styles on top (no rich Text, no console render: a line costs little)."""
        if line.kind == BLANK or line.start < 0:
            return Strip.blank(width, base)
        style = base + self._class_style(KIND_CLASSES.get(line.kind))
        segments = []
        if line.prefix:
            marker = "article-view--takeaway" if line.takeaway else "article-view--marker"
            segments.append(Segment(line.prefix, base + self._class_style(marker)))
        text, start, end = self.article.text, line.start, line.end
        crossing = self._spans.overlapping(start, end) if end > start else []
        if not crossing:
            segments.append(Segment(text[start:end].translate(_CONTROLS), style))
        else:
            layered = sorted(crossing, key=lambda m: LAYER.get(m.tone, 1))  # later layers win
            cuts = sorted(
                {start, end, *(max(m.start, start) for m in layered), *(min(m.end, end) for m in layered)}
            )
            for a, b in zip(cuts, cuts[1:], strict=False):
                piece = style
                for mark in layered:
                    if mark.start <= a and mark.end >= b:
                        piece = piece + self._tone_style(mark.tone)
                segments.append(Segment(text[a:b].translate(_CONTROLS), piece))
        return Strip(segments).crop_extend(0, width, base)

    def _class_style(self, name: str | None) -> Style:
        if name is None:
            return Style()
        style = self._tone_styles.get(name)
        if style is None:
            style = self._tone_styles[name] = self.get_component_rich_style(name, partial=True)
        return style

    def _tone_style(self, tone: str) -> Style:
        style = self._tone_styles.get(tone)
        if style is None:
            style = self.get_component_rich_style(TONE_CLASSES[tone], partial=True)
            if tone == TONE_FAINT:
                # CSS alpha is lost in a partial style: blend the faint background by hand.
                warning = Color.parse(self.app.theme_variables.get("warning", "#ffa62b"))
                background = self.background_colors[1]
                style += Style(bgcolor=background.blend(warning, FAINT_ALPHA).rich_color)
            self._tone_styles[tone] = style
        return style
