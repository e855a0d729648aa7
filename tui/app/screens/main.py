"""The main screen: article columns over a panel of item lists and a detail pane.

It paints in steps: the title, the columns and the panel's place as soon as the
brief is read; the panel's lists and detail (imported only then) on the next refresh;
the rows when the analysis (in a thread, imported only there) is done. The panel is
laid out from the start with the same size, so nothing moves when the lists fill in. The screen owns the one piece of state that ties the panes
together, the selected row, and pushes its marks into the columns on screen."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Static

from tui.app.screens.actions import ActionsMixin
from tui.app.screens.desktop import DesktopMixin
from tui.app.screens.find import FindMixin
from tui.app.screens.loading import LoadingMixin
from tui.app.screens.review_actions import REVIEW_BINDINGS, ReviewMixin
from tui.app.view_model import DISCREPANCIES, TAB_TITLES, TABS, Row, first_mark, step
from tui.app.widgets.article_view import ArticleView
from tui.app.widgets.columns import NARROW, ColumnsArea
from tui.app.widgets.key_bar import KeyBar
from tui.app.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from tui.analysis.model import Analysis
    from tui.app.widgets.detail import DetailPanel
    from tui.app.widgets.item_list import ItemList
    from tui.app.widgets.tab_strip import TabStrip
    from tui.brief.model import Brief

SHORT = 30
ROOMY = (160, 45)
TAB_GROUP = Binding.Group("Lists", compact=True)
DISC_GROUP = Binding.Group("Discrepancy", compact=True)
MATCH_GROUP = Binding.Group("Match", compact=True)


class Panel(Horizontal):
    """The lists and the detail pane; maximised as one."""

    ALLOW_MAXIMIZE = True


class MainScreen(LoadingMixin, FindMixin, DesktopMixin, ReviewMixin, ActionsMixin, Screen):
    # Footer order is priority order: the key bar shows as many as fit, in this order.
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
        *REVIEW_BINDINGS,  # x d u, i, U; backspace, I
        Binding(
            "greater_than_sign,f3", "next_match", "Next", key_display=">", group=MATCH_GROUP, id="next-match"
        ),
        Binding(
            "less_than_sign,shift+f3",
            "previous_match",
            "Prev",
            key_display="<",
            group=MATCH_GROUP,
            id="previous-match",
        ),
        Binding("slash", "filter", "Filter", key_display="/", id="filter"),
        Binding("ctrl+f", "find('all')", "Find", id="find"),
        Binding("F", "find('column')", "Find in column", show=False, id="find-column"),
        Binding("z,f", "maximize_pane", "Maximise", key_display="z", id="maximise"),
        Binding("y", "copy", "Copy", id="copy"),
        Binding("e", "export", "Export", id="export"),
        Binding("S", "sort", "Sort", id="sort"),
        Binding("v", "pick_sources", "Sources", id="pick-sources"),
        Binding("s", "toggle_sync", "Sync scroll", id="sync-scroll"),
        Binding("o", "open_url", "Open URL", id="open-url"),
        Binding("c", "cycle_source(1)", "Next source", show=False, id="next-source"),
        Binding("C", "cycle_source(-1)", "Previous source", show=False, id="previous-source"),
        Binding("Y", "copy_url", "Copy URL", show=False, id="copy-url"),
        Binding("E", "edit_source", "Edit source", show=False, id="edit-source"),
        Binding("B", "edit_brief", "Edit brief.yaml", show=False, id="edit-brief"),
        Binding("m", "toggle_faint", "Marks", show=False, id="faint-marks"),
        Binding("escape", "escape", "Back", show=False, id="back"),
        Binding("q", "app.quit", "Quit", id="quit"),
    ]
    ALLOW_IN_MAXIMIZED_VIEW = "TitleBar, KeyBar"
    ESCAPE_TO_MINIMIZE = False  # escape walks back step by step (action_escape)

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
        self.brief = analysis.brief if analysis is not None else brief
        self.analysis: Analysis | None = analysis
        self.rows: dict[str, list[Row]] = {}
        self.sources: list[tuple[str, str]] = []
        self.articles: dict = {}
        self.faint: dict = {}
        self.selected: Row | None = None
        self.ready = False  # the analysis is shown
        self.panel_ready = False  # the lists and the detail are mounted (after the first frame)
        self._waiting = "Analysing…"  # what the panel says until the analysis is shown
        self.brief_shown = False  # the columns are shown
        self.painted = False  # the first frame is on screen (benchmarks wait for it)
        self.sync_scroll = False
        self.show_faint = show_faint
        self.last_column: ArticleView | None = None
        self._disc_key: str | None = None
        self._stop = threading.Event()

    def compose(self) -> ComposeResult:
        """With the brief known (the CLI reads it first), the first frame has the title
        and the columns in their final state: nothing on screen changes when it is mounted.
        The panel's lists and detail are mounted right after that frame (`_mount_panel`,
        which imports them): the first frame shows the panel's place and what it waits for."""
        title = TitleBar(id="title")
        if self.brief is not None:
            self._take_brief(self.brief)
            title.show(self.title, f"{len(self.sources)} sources · analysing…")
            self._waiting = f"Analysing {len(self.sources)} sources…"
        yield title
        area = ColumnsArea(id="columns")
        area.on_show = self._column_shown
        with area:
            if self.brief is not None:  # known now: the columns are in the first paint
                yield from area.compose_views(
                    self.brief.articles, len(self.brief.articles), self.app.size.width
                )
        with Panel(id="panel"):
            yield Static(self._waiting, id="panel-wait")
        yield KeyBar(id="keys")

    async def on_mount(self) -> None:
        self.call_after_refresh(setattr, self, "painted", True)
        self._size_classes(*self.app.size)
        if self.brief is not None:
            self.show_columns_composed()
        self.call_after_refresh(self._mount_panel)

    async def _mount_panel(self) -> None:
        """The lists and the detail, after the first frame; then the analysis."""
        from tui.app.widgets.detail import DetailPanel
        from tui.app.widgets.item_list import ItemList
        from tui.app.widgets.tab_strip import TabStrip

        items = ItemList(DISCREPANCIES, id="items")
        items.placeholder = self._waiting
        panel = self.query_one(Panel)
        await panel.mount(Vertical(TabStrip(list(TABS), TAB_TITLES, id="tabs"), items, id="lists"))
        await panel.mount(DetailPanel(id="detail"))
        await self.query_one("#panel-wait").remove()
        self.panel_ready = True
        self._size_classes(*self.app.size)
        if self.brief is not None:
            self.detail.set_sources(self.sources, self.articles)
        self.refresh_bindings()
        if self.analysis is not None:
            self.call_after_refresh(self.show_analysis, self.analysis)
        else:  # after the first frame: the thread would take the CPU from the first paint
            self.call_after_refresh(self.start_analysis)

    def on_unmount(self) -> None:
        self._stop.set()  # a result that arrives after this is dropped

    # --- parts ----------------------------------------------------------------

    @property
    def area(self) -> ColumnsArea:
        return self.query_one(ColumnsArea)

    @property
    def columns(self) -> list[ArticleView]:
        """The columns on screen (the window over the shown sources)."""
        return self.area.views

    @property
    def shown_columns(self) -> list[ArticleView]:
        return self.area.views

    def column(self, source: str) -> ArticleView:
        """The column of a source, brought on screen if the window was elsewhere."""
        view = self.area.view_of(source) or self.area.bring(source)
        if view is None:
            raise KeyError(source)
        return view

    @property
    def active_table(self) -> ItemList:
        return self.query_one("#items")

    def table(self, tab: str | None = None) -> ItemList:
        """The list; with `tab`, only if that tab is the one shown."""
        table = self.active_table
        assert tab is None or table.tab == tab, f"{tab} is not the active tab"
        return table

    @property
    def active_tab(self) -> str:
        return self.active_table.tab

    @property
    def detail(self) -> DetailPanel:
        return self.query_one("#detail")

    def switch_tab(self, tab: str, *, focus: bool) -> None:
        """Show a tab's list and select its current row (focusing the list if asked)."""
        table = self.active_table
        if table.tab != tab:
            table.switch(tab)
            self.query_one("#tabs").set_active(tab)
            self.show_filter_field(table.query_text)
            self.update_tab_labels()
            if focus and table.shown and not table.show_cursor:
                table.show_cursor = True  # a list you switch to is a list you are in
            self.select(table.current_row)
        if focus:
            table.focus()

    # --- selection and highlighting -------------------------------------------

    def select(self, row: Row | None) -> None:
        """Highlight a row's spans in the columns on screen and scroll each to its first one."""
        if row is not None and self.selected is not None and row.key == self.selected.key:
            return  # the same item again (a resize or refilter): leave the reader's scroll alone
        had_selection = self.selected is not None
        self.selected = row
        self.detail.show(row)
        for view in self.area.views:
            self._column_shown(view, scroll=True)
        if row is not None and row.tab == DISCREPANCIES:
            self._disc_key = row.key
        if had_selection != (row is not None):
            self.refresh_bindings()

    def _column_shown(self, view: ArticleView, scroll: bool = False) -> None:
        """A column shows a source: give it the selection's marks, the faint layer, the matches."""
        source = view.article.id
        row = self.selected
        view.set_marks(tuple(row.marks.get(source, ())) if row else (), self.faint.get(source, ()))
        view.set_show_faint(self.show_faint)
        self.apply_matches(view)
        offset = first_mark(row, source)
        if offset is not None and (scroll or not view.offset_visible(offset)):
            view.scroll_to_offset(offset)

    def on_item_list_selected(self, event: ItemList.Selected) -> None:  # by name: no import at start
        if event.item_list.tab == self.active_tab:
            self.select(event.row)

    def on_tab_strip_clicked(self, event: TabStrip.Clicked) -> None:
        if self.ready:
            self.switch_tab(event.tab, focus=True)

    def action_show_tab(self, tab: str) -> None:
        self.switch_tab(tab, focus=True)

    def jump_to(self, tab: str, key: str) -> None:
        """From the palette: show the row's tab, select it and highlight it."""
        self.switch_tab(tab, focus=False)
        self.active_table.select_key(key)
        self.active_table.focus()

    def _step_discrepancy(self, delta: int) -> None:
        """n / N: the next discrepancy, with focus in the list so j/k go on from there."""
        self.switch_tab(DISCREPANCIES, focus=False)
        table = self.active_table
        keys = [r.key for r in table.rows_in_order]
        index = keys.index(self._disc_key) if self._disc_key in keys else None
        target = step(index, len(keys), delta)
        if target is None:
            self.notify("No discrepancies in this list", severity="warning")
            return
        table.select_index(target)
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
            for view in self.area.views:
                if view is not event.view:
                    view.sync_to(event.fraction)

    async def on_resize(self, event: Resize) -> None:
        self._size_classes(*event.size)
        if self.brief_shown:
            await self.area.fit(event.size.width)

    def _size_classes(self, width: int, height: int) -> None:
        self.set_class(width < NARROW, "-narrow")
        self.set_class(height < SHORT, "-short")
        self.set_class(width >= ROOMY[0] and height >= ROOMY[1], "-roomy")
        self.detail_hint()

    def apply_theme(self) -> None:
        """List, detail and key colours are baked into Text; the columns follow CSS."""
        self.call_after_refresh(self.query_one(KeyBar).rebuild)
        if not self.ready:
            return
        self.active_table.recolour()
        self.detail.show(self.selected)
