"""A pane's list of items: one row per item, one column per source with a status
symbol and colour, filterable. Every cell is a Text: DataTable parses str as markup."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from tui.app.theme import severity_styles, status_styles
from tui.app.view_model import (
    DISCREPANCIES,
    FIGURES,
    PEOPLE,
    QUOTES,
    SEVERITY_SYMBOLS,
    STATUS_SYMBOLS,
    TAKEAWAYS,
    Row,
    filter_rows,
)

TITLE_WIDTH = 56
KIND_WIDTH = 22
KIND_HEADERS = {
    DISCREPANCIES: "Kind",
    TAKEAWAYS: "From",
    PEOPLE: "Role",
    QUOTES: "Speaker",
    FIGURES: "Values",
}


def short_label(label: str, limit: int = 12) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


@dataclass
class TabState:
    """What a tab's list remembers while another tab is shown."""

    rows: list[Row]
    query: str = ""
    cursor_key: str | None = None
    show_cursor: bool = False


class ItemTable(DataTable, inherit_bindings=True):
    """The rows of the active tab (one table for all five tabs: a DataTable each
    cost more to mount than painting the brief). Its cursor drives the highlight only
    while `show_cursor` is on, so the app can start with nothing selected."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
        Binding("g", "scroll_top", "First", show=False, id="top"),
        Binding("G", "scroll_bottom", "Last", show=False, id="bottom"),
        Binding("escape", "deselect", "Clear selection", show=False, id="deselect"),
    ]

    @dataclass
    class Selected(Message):
        """The row whose spans should be highlighted (None: nothing selected)."""

        table: ItemTable
        row: Row | None

    def __init__(self, tab: str, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True, show_cursor=False)
        self.tab = tab
        self.states: dict[str, TabState] = {}
        self.items: list[Row] = []
        self.shown: list[Row] = []
        self.query_text = ""
        self._sources: list[tuple[str, str]] = []
        self._by_key: dict[str, Row] = {}
        self._last_widths = (0, 0)

    # --- content ------------------------------------------------------------

    def set_tabs(self, rows: dict[str, list[Row]], sources: list[tuple[str, str]]) -> None:
        """All tabs' rows; `sources` are (id, label) pairs in column order."""
        self.states = {tab: TabState(tab_rows) for tab, tab_rows in rows.items()}
        self._sources = sources
        self._load(self.tab)

    def switch(self, tab: str) -> None:
        """Show another tab's rows, keeping this tab's filter and cursor for later."""
        if tab == self.tab or tab not in self.states:
            return
        state = self.states[self.tab]
        state.query, state.show_cursor = self.query_text, self.show_cursor
        current = (
            self.shown[self.cursor_row] if self.shown and 0 <= self.cursor_row < len(self.shown) else None
        )
        state.cursor_key = current.key if current else None
        self.tab = tab
        self._load(tab)

    def _load(self, tab: str) -> None:
        state = self.states[tab]
        self.items = state.rows
        self._by_key = {r.key: r for r in state.rows}
        self.query_text = state.query
        with self.prevent(DataTable.RowHighlighted):
            self.show_cursor = False
            self._populate(keep=state.cursor_key)
        self.show_cursor = state.show_cursor

    def filter(self, query: str) -> None:
        if query != self.query_text:
            self.query_text = query
            self._populate()

    def _populate(self, keep: str | None = None) -> None:
        if keep is None:
            keep = self.current_row.key if self.current_row else None
        self.shown = filter_rows(self.items, self.query_text)
        self.clear(columns=True)
        limit = self._label_limit()
        title_width, kind_width = self._last_widths = self._widths()
        self.add_column(Text(" "), key="marker", width=1)
        if self._item_first:
            self._add_item_columns(title_width, kind_width)
        for number, (source, label) in enumerate(self._sources, start=1):
            # Too many sources for names: their numbers, as in each column's "3/20".
            header = short_label(label, limit) if limit >= 5 else str(number)
            self.add_column(Text(header), key=f"src:{source}")
        if not self._item_first:
            self._add_item_columns(title_width, kind_width)
        for row in self.shown:
            self.add_row(*self._cells(row), key=row.key)
        if keep is not None and keep in {r.key for r in self.shown}:
            self.move_cursor(row=self.get_row_index(keep), animate=False)

    @property
    def _item_first(self) -> bool:
        """Up to three sources, statuses lead; more, and the item comes first so it stays in view."""
        return len(self._sources) > 3

    def _add_item_columns(self, title_width: int, kind_width: int) -> None:
        self.add_column(Text("Item"), key="title", width=title_width)
        self.add_column(Text(KIND_HEADERS.get(self.tab, "")), key="kind", width=kind_width)

    def _cells(self, row: Row) -> list[Text]:
        if row.severity:
            marker = Text(
                SEVERITY_SYMBOLS.get(row.severity, "?"), style=severity_styles(self.app)[row.severity]
            )
        else:
            marker = Text(" ")
        styles = status_styles(self.app)
        statuses = []
        for source, _label in self._sources:
            status = row.status.get(source) if row.status else None  # no status: a brief-wide row
            statuses.append(Text(STATUS_SYMBOLS[status], style=styles[status]) if status else Text(""))
        item = [
            Text(row.title, no_wrap=True, overflow="ellipsis"),
            Text(row.kind, no_wrap=True, overflow="ellipsis", style=Style(dim=True)),
        ]
        return [marker, *item, *statuses] if self._item_first else [marker, *statuses, *item]

    def _label_limit(self) -> int:
        """Source headers get up to 12 characters, less when the item column needs the room."""
        room = self.scrollable_content_region.width if self.is_mounted else 0
        count = max(1, len(self._sources))
        if room <= 0:
            return 12 if count <= 3 else 5
        return max(3, min(12, int(room * 0.3) // count - 2))

    def _widths(self) -> tuple[int, int]:
        """Item and kind column widths that fill the table without a sideways scroll
        when they can: the item column gives way last."""
        header = len(KIND_HEADERS.get(self.tab, ""))
        title = min(TITLE_WIDTH, max([len(r.title) for r in self.shown] + [8]))
        kind = min(KIND_WIDTH, max([len(r.kind) for r in self.shown] + [header]))
        room = self.scrollable_content_region.width if self.is_mounted else 0
        if room <= 0:
            return title, kind
        limit = self._label_limit()
        fixed = 3 + sum(min(len(label), limit) + 2 for _, label in self._sources) + 2 + 2
        avail = room - fixed
        if self._item_first:  # the statuses scroll sideways; the item keeps a fair share
            avail = max(avail, int(room * 0.6))
        if title + kind <= avail:
            return max(title, avail - kind), kind
        kind = min(kind, max(header, 6, avail // 3))
        return max(12, avail - kind), kind

    def on_resize(self) -> None:
        if self.items and self._widths() != self._last_widths:
            self._populate()

    def recolour(self) -> None:
        """Theme changed: symbol colours come from the theme, so rebuild the cells."""
        if self.items:
            self._populate()

    # --- selection ----------------------------------------------------------

    @property
    def current_row(self) -> Row | None:
        if not self.show_cursor or not self.shown:
            return None
        if 0 <= self.cursor_row < len(self.shown):
            return self.shown[self.cursor_row]
        return None

    def select_key(self, key: str) -> bool:
        """Put the cursor on a row (clearing the filter if it hides it)."""
        if key not in self._by_key:
            return False
        if key not in {r.key for r in self.shown}:
            self.query_text = ""
            self._populate()
        self.show_cursor = True
        self.move_cursor(row=self.get_row_index(key), animate=False)
        self.post_message(self.Selected(self, self._by_key[key]))
        return True

    def select_index(self, index: int) -> None:
        if 0 <= index < len(self.shown):
            self.select_key(self.shown[index].key)

    def on_focus(self) -> None:
        if not self.show_cursor and self.shown:
            self.show_cursor = True
            self.post_message(self.Selected(self, self.current_row))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if self.show_cursor and event.row_key.value in self._by_key:
            self.post_message(self.Selected(self, self._by_key[event.row_key.value]))

    def action_deselect(self) -> None:
        if self.show_cursor:
            self.show_cursor = False
            self.post_message(self.Selected(self, None))
