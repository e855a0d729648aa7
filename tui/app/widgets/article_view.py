"""One source as a scrollable column that paints only its visible lines.

The text is wrapped once per width (article_layout); a highlight change only
restyles the lines on screen, and painted lines are cached per highlight set,
so moving through items costs the same for a long article as for a short one.
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

from tui.app.article_layout import BLANK, Line, LineIndex, layout_article
from tui.app.view_model import TONE_AGREES, TONE_DIFFERS, TONE_FAINT, Mark
from tui.brief.model import BLOCKQUOTE, CAPTION, HEADING, HEADLINE, LIST_ITEM, Article

FAINT_ALPHA = 0.16
KIND_CLASSES = {
    HEADLINE: "article-view--headline",
    HEADING: "article-view--heading",
    CAPTION: "article-view--caption",
    BLOCKQUOTE: "article-view--quote",
    LIST_ITEM: "article-view--item",
}
TONE_CLASSES = {
    TONE_DIFFERS: "article-view--differs",
    TONE_AGREES: "article-view--agrees",
    TONE_FAINT: "article-view--faint",
}


class ArticleView(ScrollView, can_focus=True):
    """An article column. `highlights` are the selected item's marks, `faint` the
    background layer of every discrepancy; tests read both."""

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
        self.article = article
        self.highlights: tuple[Mark, ...] = ()
        self.faint: tuple[Mark, ...] = ()
        self.show_faint = True
        self._lines: list[Line] = []
        self._index = LineIndex([])
        self._width = 0
        self._strips: LRUCache[tuple, Strip] = LRUCache(4096)
        self._syncing = False
        self._tone_styles: dict[str, Style] = {}
        self.border_title = Text(article.label)
        where = f"{position[0]}/{position[1]}" if position and position[1] > 1 else None
        bits = [b for b in (where, article.published, f"{article.words:,} words") if b]
        self.border_subtitle = Text(" · ".join(bits))

    # --- layout -----------------------------------------------------------

    @property
    def lines(self) -> list[Line]:
        return self._lines

    def _relayout(self) -> None:
        width = max(10, self.scrollable_content_region.width)
        if width == self._width and self._lines:
            return
        self._width = width
        self._lines = layout_article(self.article, width)
        self._index = LineIndex(self._lines)
        self._strips.clear()
        self.virtual_size = Size(width, len(self._lines))

    def on_resize(self) -> None:
        self._relayout()
        self.refresh()

    def on_mount(self) -> None:
        super().on_mount()
        self._relayout()

    def notify_style_update(self) -> None:
        """A theme or CSS change: cached lines carry old colours."""
        super().notify_style_update()
        self._strips.clear()
        self._tone_styles = {}

    # --- highlights -------------------------------------------------------

    def set_marks(self, highlights: tuple[Mark, ...], faint: tuple[Mark, ...] | None = None) -> bool:
        """Change the marks; repaint only if they changed. Returns whether they did."""
        faint = self.faint if faint is None else faint
        if highlights == self.highlights and faint == self.faint:
            return False
        self.highlights, self.faint = highlights, faint
        self.refresh()
        return True

    def set_show_faint(self, show: bool) -> None:
        if show != self.show_faint:
            self.show_faint = show
            self.refresh()

    def row_for_offset(self, offset: int) -> int:
        if not self._lines:
            self._relayout()
        return self._index.row_for(offset)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring a text offset near the top, with two lines of context above."""
        row = self.row_for_offset(offset)
        self._syncing = True
        try:
            self.scroll_to(y=max(0, row - 2), animate=False, immediate=True)
        finally:
            self._syncing = False

    def sync_to(self, fraction: float) -> None:
        self._syncing = True
        try:
            self.scroll_to(y=round(fraction * self.max_scroll_y), animate=False, immediate=True)
        finally:
            self._syncing = False

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if not self._syncing and round(old_value) != round(new_value):
            fraction = new_value / self.max_scroll_y if self.max_scroll_y else 0.0
            self.post_message(self.Scrolled(self, fraction))

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under a content-area cell, or None off the text."""
        row = int(self.scroll_y) + y
        if not 0 <= row < len(self._lines):
            return None
        line = self._lines[row]
        if line.start < 0:
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

    def _active_marks(self) -> tuple[Mark, ...]:
        return self.highlights + (self.faint if self.show_faint else ())

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        row = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if row >= len(self._lines):
            return Strip.blank(width, base)
        marks = self._active_marks()
        key = (row, width, marks, base)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row(self._lines[row], marks, width, base)
            self._strips[key] = strip
        return strip

    def _render_row(self, line: Line, marks: tuple[Mark, ...], width: int, base: Style) -> Strip:
        if line.kind == BLANK or line.start < 0:
            return Strip.blank(width, base)
        style = self._kind_style(line)
        text = Text(no_wrap=True, end="")
        if line.prefix:
            marker = self.get_component_rich_style(
                "article-view--takeaway" if line.takeaway else "article-view--marker", partial=True
            )
            text.append(line.prefix, style=marker)
        offset = len(line.prefix)
        text.append(self.article.text[line.start : line.end], style=style)
        # Faint first so a selected item's marks win where they overlap.
        for mark in sorted(marks, key=lambda m: m.tone != TONE_FAINT):
            if mark.start < line.end and mark.end > line.start:
                s = max(mark.start, line.start) - line.start + offset
                e = min(mark.end, line.end) - line.start + offset
                text.stylize(self._tone_style(mark.tone), s, e)
        segments = list(text.render(self.app.console))
        strip = Strip(Segment.apply_style(segments, base))
        return strip.crop_extend(0, width, base)

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

    def _kind_style(self, line: Line) -> Style:
        name = KIND_CLASSES.get(line.kind)
        return self.get_component_rich_style(name, partial=True) if name else Style()
