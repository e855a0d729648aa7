"""The main screen: article columns over a panel of item lists and a detail pane.

It owns the one piece of state that ties them together, the selected row, and
pushes its marks into the columns; everything else is delegated."""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, HorizontalScroll, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Tab, Tabs

from tui.analysis.model import Analysis
from tui.app.screens.actions import ActionsMixin
from tui.app.screens.desktop import DesktopMixin
from tui.app.view_model import (
    DISCREPANCIES,
    TAB_TITLES,
    TABS,
    Row,
    all_rows,
    counts_line,
    faint_marks,
    first_mark,
    step,
)
from tui.app.widgets.article_view import ArticleView
from tui.app.widgets.detail import DetailPanel
from tui.app.widgets.filter_input import FilterInput
from tui.app.widgets.item_table import ItemTable
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.title_bar import TitleBar
from tui.brief.model import Brief

NARROW = 100  # below this many columns, one article column at a time
MAX_SIDE_BY_SIDE = 3
MIN_COLUMN = 40
SHORT = 30
ROOMY = (160, 45)

TAB_GROUP = Binding.Group("Lists", compact=True)
DISC_GROUP = Binding.Group("Discrepancy", compact=True)


class Panel(Horizontal):
    """The lists and the detail pane; maximised as one."""

    ALLOW_MAXIMIZE = True


class Columns(HorizontalScroll, can_focus=False):
    """Holds the article columns; scrolls sideways when they do not fit."""


class MainScreen(DesktopMixin, ActionsMixin, Screen):
    # Footer order is priority order: at 80 columns only the first few fit.
    # Every binding has an id: config.toml's [keys] table remaps it (App.set_keymap).
    BINDINGS = [
        Binding("question_mark", "help", "Help", key_display="?", id="help"),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="next-pane"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="previous-pane"),
        *[
            Binding(str(i), f"show_tab('{tab}')", TAB_TITLES[tab], group=TAB_GROUP, id=f"tab-{tab}")
            for i, tab in enumerate(TABS, start=1)
        ],
        Binding(
            "n,right_square_bracket",
            "next_discrepancy",
            "Next",
            key_display="n",
            group=DISC_GROUP,
            id="next-discrepancy",
        ),
        Binding(
            "N,left_square_bracket",
            "previous_discrepancy",
            "Prev",
            key_display="N",
            group=DISC_GROUP,
            id="previous-discrepancy",
        ),
        Binding("slash", "filter", "Filter", key_display="/", id="filter"),
        Binding("e", "export", "Export", id="export"),
        Binding("y", "copy", "Copy", id="copy"),
        Binding("v", "pick_sources", "Sources", id="pick-sources"),
        Binding("s", "toggle_sync", "Sync scroll", id="sync-scroll"),
        Binding("z,f", "maximize_pane", "Maximise", key_display="z", id="maximise"),
        Binding("o", "open_url", "Open URL", id="open-url"),
        Binding("Y", "copy_url", "Copy URL", show=False, id="copy-url"),
        Binding("E", "edit_source", "Edit source", show=False, id="edit-source"),
        Binding("B", "edit_brief", "Edit brief.yaml", show=False, id="edit-brief"),
        Binding("m", "toggle_faint", "Marks", show=False, id="faint-marks"),
        Binding("c", "cycle_source", "Next source", show=False, id="next-source"),
        Binding("escape", "escape", "Back", show=False, id="back"),
        Binding("q", "app.quit", "Quit", id="quit"),
    ]

    def __init__(
        self,
        paths: list[Path],
        analysis: Analysis | None = None,
        brief: Brief | None = None,
        *,
        show_faint: bool = True,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.brief = brief
        self.analysis: Analysis | None = analysis
        self.rows: dict[str, list[Row]] = {}
        self.sources: list[tuple[str, str]] = []
        self.selected: Row | None = None
        self.ready = False
        self.sync_scroll = False
        self.show_faint = show_faint
        self.last_column: ArticleView | None = None
        self._disc_key: str | None = None

    def compose(self) -> ComposeResult:
        yield TitleBar(id="title")
        with Vertical(id="body"):
            yield LoadingIndicator(id="loading")
            yield Columns(id="columns")
            with Panel(id="panel"):
                with Vertical(id="lists"):
                    yield Tabs(*[Tab(TAB_TITLES[tab], id=tab) for tab in TABS], id="tabs")
                    yield FilterInput(id="filter")
                    yield ItemTable(DISCREPANCIES, id="items")
                yield DetailPanel(id="detail")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        self.query_one("#columns").display = False
        self.query_one("#panel").display = False
        self.load(self.analysis)

    # --- loading --------------------------------------------------------------

    @work(thread=True, exclusive=True, group="analysis")
    def load(self, analysis: Analysis | None) -> None:
        """Load and analyse off the UI thread; any failure becomes a notification."""
        try:
            if analysis is None:
                from tui.analysis import analyze
                from tui.brief.load import load_brief

                analysis = analyze(self.brief or load_brief(self.paths))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
            message = str(exc) or type(exc).__name__
            self.app.call_from_thread(self.failed, message)
            return
        self.app.call_from_thread(self.show_analysis, analysis)

    def reload(self) -> None:
        """Read the brief from disk again (after an edit) and show what it says now."""
        self.brief = None
        self.load(None)

    def failed(self, message: str) -> None:
        if self.ready:  # a reload: keep showing what was there, say what went wrong
            self.notify(
                message, title="Could not re-read the brief", severity="error", timeout=30, markup=False
            )
            return
        self.query_one("#loading").display = False
        self.notify(message, title="Could not open the brief", severity="error", timeout=30, markup=False)
        self.sub_title = "could not open the brief"
        self.query_one(TitleBar).show("newsbrief", f"could not open the brief: {message}")

    async def show_analysis(self, analysis: Analysis) -> None:
        before = self._view_state() if self.ready else None
        self.analysis = analysis
        brief = analysis.brief
        self.sources = [(a.id, a.label) for a in brief.articles]
        self.title = brief.title
        self.sub_title = counts_line(analysis)
        self.query_one(TitleBar).show(self.title, self.sub_title)
        columns = self.query_one("#columns", Columns)
        await columns.remove_children()  # a reload replaces the columns
        self.selected, self.last_column = None, None
        faint = faint_marks(analysis)
        count = len(brief.articles)
        views = [ArticleView(a, position=(i + 1, count), id=f"col-{i}") for i, a in enumerate(brief.articles)]
        for view in views:
            view.faint = faint.get(view.article.id, ())
            view.show_faint = self.show_faint
        await columns.mount_all(views)
        self.size_columns()
        self.rows = all_rows(analysis)
        self.query_one(ItemTable).set_tabs(self.rows, self.sources)
        tabs = self.query_one(Tabs)
        for tab in TABS:
            tabs.query_one(f"#{tab}", Tab).label = f"{TAB_TITLES[tab]} {len(self.rows[tab])}"
        self.query_one("#loading").display = False
        columns.display = True
        self.query_one("#panel").display = True
        self.detail.show(None, self.sources)
        self.ready = True
        if before:
            self._restore_view_state(*before)
        elif views:
            views[0].focus()
        self.refresh_bindings()

    def _view_state(self) -> tuple[str, str | None, str | None, bool]:
        """What the reader was on: the tab, the selected row, the source, whether in the list."""
        column = self.focused_column()
        key = self.selected.key if self.selected else None
        return self.active_tab, key, column and column.article.id, isinstance(self.focused, ItemTable)

    def _restore_view_state(self, tab: str, key: str | None, source: str | None, in_list: bool) -> None:
        self.switch_tab(tab, focus=False)
        if key:
            self.active_table.select_key(key)
        column = next(
            (c for c in self.columns if c.article.id == source), self.columns[0] if self.columns else None
        )
        self.last_column = column
        if in_list:
            self.active_table.focus()
        elif column is not None:
            column.focus()

    # --- parts ----------------------------------------------------------------

    @property
    def columns(self) -> list[ArticleView]:
        return list(self.query(ArticleView))

    @property
    def shown_columns(self) -> list[ArticleView]:
        return [c for c in self.columns if c.display]

    def column(self, source: str) -> ArticleView:
        return next(c for c in self.columns if c.article.id == source)

    def table(self, tab: str | None = None) -> ItemTable:
        """The list; with `tab`, only if that tab is the one shown."""
        table = self.query_one(ItemTable)
        assert tab is None or table.tab == tab, f"{tab} is not the active tab"
        return table

    @property
    def active_tab(self) -> str:
        return self.query_one(ItemTable).tab

    @property
    def active_table(self) -> ItemTable:
        return self.query_one(ItemTable)

    def switch_tab(self, tab: str, *, focus: bool) -> None:
        """Show a tab's list and select its current row (focusing the list if asked)."""
        table = self.active_table
        if table.tab != tab:
            table.switch(tab)
            tabs = self.query_one(Tabs)
            if tabs.active != tab:
                with tabs.prevent(Tabs.TabActivated):
                    tabs.active = tab
            self.query_one(FilterInput).show_query(table.query_text)
            if focus and table.shown:
                table.show_cursor = True  # a list you switch to is a list you are in
            self.select(table.current_row)
        if focus:
            table.focus()

    @property
    def detail(self) -> DetailPanel:
        return self.query_one(DetailPanel)

    # --- selection and highlighting -------------------------------------------

    def select(self, row: Row | None) -> None:
        """Highlight a row's spans in every column and scroll each to its first one."""
        if row is not None and self.selected is not None and row.key == self.selected.key:
            return  # the same item again (a resize or refilter): leave the reader's scroll alone
        had_selection = self.selected is not None
        self.selected = row
        self.detail.show(row)
        for view in self.columns:
            source = view.article.id
            view.set_marks(tuple(row.marks.get(source, ())) if row else ())
            offset = first_mark(row, source)
            if offset is not None:
                view.scroll_to_offset(offset)
        if row is not None and row.tab == DISCREPANCIES:
            self._disc_key = row.key
        if had_selection != (row is not None):
            self.refresh_bindings()  # only "copy" depends on the selection; the footer is costly

    @on(ItemTable.Selected)
    def _table_selected(self, event: ItemTable.Selected) -> None:
        if event.table.tab == self.active_tab:
            self.select(event.row)

    @on(Tabs.TabActivated, "#tabs")
    def _tab_clicked(self, event: Tabs.TabActivated) -> None:
        if self.ready and event.tab is not None and event.tab.id:
            self.switch_tab(event.tab.id, focus=True)

    def action_show_tab(self, tab: str) -> None:
        self.switch_tab(tab, focus=True)

    def jump_to(self, tab: str, key: str) -> None:
        """From the palette: show the row's tab, select it and highlight it."""
        self.switch_tab(tab, focus=False)
        table = self.active_table
        table.select_key(key)
        table.focus()

    def _step_discrepancy(self, delta: int) -> None:
        focus_table = isinstance(self.focused, ItemTable) or self.focused is None
        self.switch_tab(DISCREPANCIES, focus=False)
        table = self.active_table
        keys = [r.key for r in table.shown]
        index = keys.index(self._disc_key) if self._disc_key in keys else None
        target = step(index, len(keys), delta)
        if target is None:
            self.notify("No discrepancies in this list", severity="warning")
            return
        table.select_index(target)
        if focus_table:
            table.focus()

    def action_next_discrepancy(self) -> None:
        self._step_discrepancy(+1)

    def action_previous_discrepancy(self) -> None:
        self._step_discrepancy(-1)

    # --- columns --------------------------------------------------------------

    def on_descendant_focus(self, event) -> None:
        if isinstance(event.widget, ArticleView):
            self.last_column = event.widget

    @on(ArticleView.Clicked)
    def _column_clicked(self, event: ArticleView.Clicked) -> None:
        """Clicking a marked word selects its discrepancy (the reader keeps the column)."""
        source = event.view.article.id
        for row in self.rows.get(DISCREPANCIES, []):
            if any(m.start <= event.offset < m.end for m in row.marks.get(source, ())):
                self.switch_tab(DISCREPANCIES, focus=False)
                self.active_table.select_key(row.key)
                return

    @on(ArticleView.Scrolled)
    def _column_scrolled(self, event: ArticleView.Scrolled) -> None:
        if self.sync_scroll:
            for view in self.shown_columns:
                if view is not event.view:
                    view.sync_to(event.fraction)

    def on_resize(self, event: Resize) -> None:
        width, height = event.size
        self.set_class(width < NARROW, "-narrow")
        self.set_class(height < SHORT, "-short")
        self.set_class(width >= ROOMY[0] and height >= ROOMY[1], "-roomy")
        self.size_columns(width)

    def size_columns(self, width: int | None = None) -> None:
        """Up to three columns share the width; more keep that width and scroll sideways.
        Narrow terminals show one column at a time (tab or c moves on)."""
        width = width or self.size.width
        shown = self.shown_columns
        if not shown or not width:
            return
        per_screen = 1 if width < NARROW else min(len(shown), MAX_SIDE_BY_SIDE)
        column_width = max(MIN_COLUMN, width // per_screen) if per_screen > 1 else width
        for view in shown:
            view.styles.width = column_width

    def apply_theme(self) -> None:
        """Table and detail colours are baked into Text; the columns follow CSS."""
        if not self.ready:
            return
        self.active_table.recolour()
        self.detail.show(self.selected)
