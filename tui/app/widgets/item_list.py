"""The active tab's list: a virtual list that paints only the rows on screen.

One line per item under a header line: severity, the per-source markers (a column
each, or one cell for all when they do not fit), the item and its kind. Sorted lists
carry group headings. One widget serves all five tabs and remembers each tab's
filter, order and cursor. Every cell is a rich Text: nothing is parsed as markup."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.list_layout import KIND_HEADERS, Plan, header_cells, plan, row_cells
from tui.app.theme import severity_styles, status_styles, theme_style
from tui.app.verdict_marks import CELL
from tui.app.view_model import Group, ListReview, Row, filter_rows, ordered


@dataclass
class TabState:
    """What a tab's list remembers while another tab is shown."""

    rows: list[Row]
    query: str = ""
    sort: str = "severity"
    cursor_key: str | None = None
    show_cursor: bool = False
    scroll_y: int = 0
    by_key: dict[str, Row] = field(default_factory=dict)


class ItemList(ScrollView, can_focus=True):
    """Its cursor drives the highlight only while `show_cursor` is on, so the app can
    start with nothing selected."""

    COMPONENT_CLASSES = {
        "item-list--header",
        "item-list--cursor",
        "item-list--cursor-blurred",
        "item-list--even",
        "item-list--placeholder",
    }

    BINDINGS = [
        Binding("j", "cursor(1)", "Down", show=False, id="down"),
        Binding("k", "cursor(-1)", "Up", show=False, id="up"),
        Binding("down", "cursor(1)", "Down", show=False, id="cursor-down"),
        Binding("up", "cursor(-1)", "Up", show=False, id="cursor-up"),
        Binding("g", "first", "First", show=False, id="top"),
        Binding("G", "last", "Last", show=False, id="bottom"),
        Binding("home", "first", "First", show=False, id="cursor-first"),
        Binding("end", "last", "Last", show=False, id="cursor-last"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list-page-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list-page-up"),
        Binding("enter", "open", "Detail", show=False, id="open-detail"),
    ]

    @dataclass
    class Selected(Message):
        """The row whose spans should be highlighted (None: nothing selected)."""

        item_list: ItemList
        row: Row | None

    @dataclass
    class Opened(Message):
        """enter on a row: the reader wants its whole detail."""

        item_list: ItemList

    def __init__(self, tab: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.tab = tab
        self.states: dict[str, TabState] = {}
        self.items: list[Row] = []
        self.shown: list[Row] = []
        self.entries: list[Row | Group] = []
        self.cursor: int | None = None
        self.show_cursor = False
        self.query_text = ""
        self.sort = "severity"
        self.placeholder = "Analysing…"
        self._sources: list[tuple[str, str]] = []
        self._labels: dict[str, str] = {}
        self._by_key: dict[str, Row] = {}
        self._plan: Plan | None = None
        self.review = ListReview()

    # --- content ------------------------------------------------------------

    def set_tabs(self, rows: dict[str, list[Row]], sources: list[tuple[str, str]]) -> None:
        """All tabs' rows; `sources` are (id, label) pairs in column order."""
        self.states = {tab: TabState(r, by_key={x.key: x for x in r}) for tab, r in rows.items()}
        self._sources = sources
        self._labels = dict(sources)
        self._load(self.tab)

    def set_placeholder(self, text: str) -> None:
        self.placeholder = text
        self.refresh()

    def switch(self, tab: str) -> None:
        """Show another tab's rows, keeping this tab's filter, order and cursor for later."""
        if tab == self.tab or tab not in self.states:
            return
        self._save()
        self.tab = tab
        self._load(tab)

    def _save(self) -> None:
        state = self.states.get(self.tab)
        if state is None:
            return
        row = self.current_row if self.cursor is not None else None
        state.query, state.sort, state.show_cursor = self.query_text, self.sort, self.show_cursor
        state.cursor_key = row.key if row else self._cursor_key()
        state.scroll_y = int(self.scroll_y)

    def _cursor_key(self) -> str | None:
        entry = (
            self.entries[self.cursor] if self.cursor is not None and self.cursor < len(self.entries) else None
        )
        return entry.key if isinstance(entry, Row) else None

    def _load(self, tab: str) -> None:
        state = self.states[tab]
        self.items, self._by_key = state.rows, state.by_key
        self.query_text, self.sort = state.query, state.sort
        self.show_cursor = state.show_cursor
        self._fill(keep=state.cursor_key)
        self.scroll_to(y=state.scroll_y, animate=False, immediate=True)
        self._keep_cursor_visible()

    def filter(self, query: str) -> None:
        if query != self.query_text:
            self.query_text = query
            self._refill(keep=self._cursor_key())

    def set_sort(self, sort: str) -> None:
        if sort != self.sort:
            self.sort = sort
            self._refill(keep=self._cursor_key())

    def _refill(self, keep: str | None = None) -> None:
        before = self.current_row
        self._fill(keep)
        after = self.current_row
        if (
            self.show_cursor
            and (before is None) != (after is None)
            or (before and after and before.key != after.key)
        ):
            self.post_message(self.Selected(self, after))

    def set_review(self, review: ListReview) -> None:
        """The reader's verdicts, the unreviewed filter and the stale lines: repainted
        in place, the cursor kept on its row when the filter still shows it."""
        self.review = review
        self._plan = None
        self._refill(keep=self._cursor_key())

    def count_shown(self, tab: str) -> int:
        """How many rows of `tab` its filter and the unreviewed filter show."""
        if tab == self.tab:
            return len(self.shown)
        state = self.states.get(tab)
        rows = state.rows if state else []
        return len(self.review.keep(tab, filter_rows(rows, state.query) if state else rows))

    def _fill(self, keep: str | None) -> None:
        self.shown = self.review.keep(self.tab, filter_rows(self.items, self.query_text))
        self.entries = ordered(self.shown, self.sort, self._labels) + list(
            self.review.tails.get(self.tab, ())
        )
        self.cursor = None
        if keep is not None:
            self.cursor = next(
                (i for i, e in enumerate(self.entries) if isinstance(e, Row) and e.key == keep), None
            )
        if self.cursor is None:
            self.cursor = self._next_row(-1, 1)
        self._plan = None
        size = Size(self.scrollable_content_region.width, len(self.entries) + 1)
        self.set_reactive(ScrollView.virtual_size, size)
        self._scroll_update(size)
        self.refresh()

    @property
    def rows_in_order(self) -> list[Row]:
        return [e for e in self.entries if isinstance(e, Row)]

    # --- cursor -------------------------------------------------------------

    @property
    def current_row(self) -> Row | None:
        if not self.show_cursor or self.cursor is None or self.cursor >= len(self.entries):
            return None
        entry = self.entries[self.cursor]
        return entry if isinstance(entry, Row) else None

    def _next_row(self, start: int, delta: int) -> int | None:
        i = start + delta
        while 0 <= i < len(self.entries):
            if isinstance(self.entries[i], Row):
                return i
            i += delta
        return None

    def _move_to(self, index: int | None) -> None:
        if index is None:
            return
        changed = index != self.cursor or not self.show_cursor
        self.cursor, self.show_cursor = index, True
        self._keep_cursor_visible()
        self.refresh()
        if changed:
            self.post_message(self.Selected(self, self.current_row))

    def select_key(self, key: str) -> bool:
        """Put the cursor on a row (clearing the filter if it hides it)."""
        if key not in self._by_key:
            return False
        if key not in {r.key for r in self.shown}:
            self.query_text = ""
            self._refill()
        index = next((i for i, e in enumerate(self.entries) if isinstance(e, Row) and e.key == key), None)
        if index is None:  # hidden by the unreviewed filter
            return False
        self.cursor, self.show_cursor = index, True
        self._keep_cursor_visible()
        self.refresh()
        self.post_message(self.Selected(self, self.current_row))
        return True

    def select_index(self, index: int) -> None:
        rows = self.rows_in_order
        if 0 <= index < len(rows):
            self.select_key(rows[index].key)

    def action_cursor(self, delta: int) -> None:
        if not self.show_cursor:
            self._move_to(self.cursor if self.cursor is not None else self._next_row(-1, 1))
            return
        start = self.cursor if self.cursor is not None else -1
        target = self._next_row(start, delta)
        self._move_to(target if target is not None else self.cursor)

    def action_first(self) -> None:
        self._move_to(self._next_row(-1, 1))

    def action_last(self) -> None:
        self._move_to(self._next_row(len(self.entries), -1))

    def action_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height - 2)
        start = self.cursor if self.cursor is not None else 0
        target = min(max(0, start + direction * height), max(0, len(self.entries) - 1))
        found = self._next_row(target - direction, direction) or self._next_row(target, -direction)
        self._move_to(found)

    def action_open(self) -> None:
        if self.current_row is not None:
            self.post_message(self.Opened(self))

    def deselect(self) -> None:
        if self.show_cursor:
            self.show_cursor = False
            self.refresh()
            self.post_message(self.Selected(self, None))

    def on_focus(self) -> None:
        if not self.show_cursor and self.shown:
            self._move_to(self.cursor if self.cursor is not None else self._next_row(-1, 1))
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def _keep_cursor_visible(self) -> None:
        if self.cursor is None:
            return
        height = max(1, self.scrollable_content_region.height - 1)  # the header stays
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def on_click(self, event: events.Click) -> None:
        where = event.get_content_offset(self)
        if where is None or where.y == 0:
            return
        index = int(self.scroll_y) + where.y - 1
        if 0 <= index < len(self.entries) and isinstance(self.entries[index], Row):
            self.focus()
            self._move_to(index)

    # --- painting -----------------------------------------------------------

    def on_resize(self) -> None:
        self._plan = None
        self._keep_cursor_visible()

    def recolour(self) -> None:
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh()

    @property
    def layout_plan(self) -> Plan:
        width = self.scrollable_content_region.width
        if self._plan is None or self._plan.width != width:
            verdict = CELL if self.tab in self.review.tabs else 0
            self._plan = plan(width, self._sources, self.items, self.tab, self._item_header(), verdict)
        return self._plan

    def _item_header(self) -> str:
        return "Item" if self.sort == "severity" else f"Item (by {self.sort})"

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            text = self.header_text() if self.entries else Text("")
            style = self.get_component_rich_style("item-list--header", partial=True)
            return self._strip(text, width, base + style)
        index = int(self.scroll_y) + y - 1
        if not self.entries:
            if y == 1:
                placeholder = self.get_component_rich_style("item-list--placeholder", partial=True)
                return self._strip(Text(" " + self._empty_text(), style=placeholder), width, base)
            return Strip.blank(width, base)
        if index >= len(self.entries):
            return Strip.blank(width, base)
        entry = self.entries[index]
        if isinstance(entry, Group):
            if entry.faint:
                return self._strip(Text(f"   {entry.title}", style=Style(dim=True, italic=True)), width, base)
            style = theme_style(self.app, "text-accent", bold=True)
            return self._strip(Text(f"── {entry.title} ", style=style), width, base)
        line_style = base
        if index % 2:
            line_style += self.get_component_rich_style("item-list--even", partial=True)
        on_cursor = self.show_cursor and index == self.cursor
        if on_cursor:
            name = "item-list--cursor" if self.has_focus else "item-list--cursor-blurred"
            line_style += self.get_component_rich_style(name, partial=True)
        # On the cursor's colour the markers take its foreground: their symbols still tell.
        return self._strip(self.row_text(entry, plain=on_cursor and self.has_focus), width, line_style)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.no_wrap, text.overflow, text.end = True, "crop", ""
        segments = list(text.render(self.app.console))
        return Strip(Segment.apply_style(segments, style)).crop_extend(0, width, style)

    def _empty_text(self) -> str:
        if not self.states:
            return self.placeholder
        if self.query_text and self.items:
            return f"Nothing matches “{self.query_text}” (escape clears the filter)"
        if self.review.unreviewed_only and self.tab in self.review.tabs and self.items:
            return "Every finding in this list has a verdict (the unreviewed filter is on)"
        return f"No {self.tab} in this brief"

    def header_text(self) -> Text:
        return header_cells(self.layout_plan, self._item_header(), KIND_HEADERS.get(self.tab, ""))

    def row_text(self, row: Row, plain: bool = False) -> Text:
        """One row's cells, as painted (tests read its plain text); `plain`: no colours
        of their own (on the cursor)."""
        styles = (status_styles(self.app), severity_styles(self.app))
        verdict = self.review.verdicts.get(row.key)
        return row_cells(row, self.layout_plan, self._sources, None if plain else styles, verdict)
