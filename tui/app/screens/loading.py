"""The main screen's two-step loading: the brief (title and columns) first, then the
analysis, in a daemon thread, with the rows prepared there; a reload keeps the
reader's place. Mixed into MainScreen."""

from __future__ import annotations

import contextlib
import gc
import threading
from typing import TYPE_CHECKING

from tui.app.view_model import TABS
from tui.app.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from tui.analysis.model import Analysis
    from tui.app.rows import Prepared
    from tui.brief.model import Brief

BIG_BRIEF = 2_000_000  # characters of text: above this the analysis is frozen for the GC


def settle_memory(brief: Brief) -> None:
    """A big analysis is millions of objects that live as long as the view: once it is
    built, collect once and freeze the survivors, so that no later collection walks
    them all (a full collection of a thousand-source brief took 0.5 s mid-keypress)."""
    if sum(len(a.text) for a in brief.articles) < BIG_BRIEF:
        return
    gc.unfreeze()  # a reload: the last analysis may be garbage now
    gc.collect()
    gc.freeze()


class LoadingMixin:
    """Relies on MainScreen's parts (area, detail, the list) and its state."""

    def start_analysis(self) -> None:
        """Read the brief (unless given) and analyse it in a daemon thread: quitting
        never waits for it; quitting or a newer analysis stops it between articles,
        and a result that comes too late is dropped."""
        self._stop.set()
        self._stop = stop = threading.Event()
        brief = self.brief
        threading.Thread(target=self._work, args=(brief, stop), daemon=True, name="analysis").start()

    def _work(self, brief: Brief | None, stop: threading.Event) -> None:
        try:
            if brief is None:
                from tui.brief.load import load_brief

                brief = load_brief(self.paths)
                self._deliver(stop, self.show_brief, brief)
            from tui.analysis import AnalysisCancelled, analyze
            from tui.app.rows import prepare

            try:
                analysis = analyze(brief, should_stop=stop.is_set)
            except AnalysisCancelled:  # the app quit, or a reload took over: nobody waits for it
                return
            prepared = prepare(analysis)  # the rows too: the UI thread only shows them
            settle_memory(brief)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never a traceback
            self._deliver(stop, self.failed, str(exc) or type(exc).__name__)
            return
        self._deliver(stop, self.show_analysis, prepared)

    def _deliver(self, stop: threading.Event, callback, *args) -> None:
        if stop.is_set():
            return
        with contextlib.suppress(RuntimeError):  # the app has gone
            self.app.call_from_thread(callback, *args)

    def reload(self) -> None:
        """Read the brief from disk again (after an edit) and show what it says now."""
        self._before_reload = self._view_state() if self.ready else None
        self.brief = None
        self.start_analysis()

    def failed(self, message: str) -> None:
        if self.ready:  # a reload: keep showing what was there, say what went wrong
            self.notify(
                message, title="Could not re-read the brief", severity="error", timeout=30, markup=False
            )
            return
        self.notify(message, title="Could not open the brief", severity="error", timeout=30, markup=False)
        self.sub_title = "could not open the brief"
        self.query_one(TitleBar).show("newsbrief", f"could not open the brief: {message}")
        self.active_table.set_placeholder("Nothing to show: the brief could not be read.")

    def _take_brief(self, brief: Brief) -> None:
        self.brief = brief
        self.title = brief.title
        self.articles = {a.id: a for a in brief.articles}
        self.sources = [(a.id, a.label) for a in brief.articles]

    def show_columns_composed(self) -> None:
        """The brief the screen was composed with: its columns are on screen already."""
        self.area.positions = {a.id: i for i, a in enumerate(self.brief.articles)}
        self._brief_shown()

    def _brief_shown(self) -> None:
        self.brief_shown = True
        area = self.area
        if self.focused is None and area.views:
            area.views[0].focus()
        self.refresh_bindings()

    async def show_brief(self, brief: Brief) -> None:
        """The title and the columns: everything a reader needs to start reading."""
        self._take_brief(brief)
        if self.panel_ready:
            self.detail.set_sources(self.sources, self.articles)
            if not self.ready:
                self.active_table.set_placeholder(f"Analysing {len(self.sources)} sources…")
        if not self.ready:
            self.query_one(TitleBar).show(self.title, f"{len(self.sources)} sources · analysing…")
        area = self.area
        positions = {a.id: i for i, a in enumerate(brief.articles)}
        keep = {c.article.id for c in self.shown_columns} if self.brief_shown else None
        shown = [a for a in brief.articles if keep is None or a.id in keep] or brief.articles
        await area.show_sources(shown, len(brief.articles), positions)
        self._brief_shown()

    async def show_analysis(self, prepared: Prepared | Analysis) -> None:
        """The lists, the faint marks, the counts: the second step of the first paint."""
        from tui.app.rows import Prepared, prepare

        if not isinstance(prepared, Prepared):  # given an Analysis (tests, benchmarks)
            prepared = prepare(prepared)
        analysis = prepared.analysis
        before = getattr(self, "_before_reload", None)
        self._before_reload = None
        if self.brief is not analysis.brief:
            await self.show_brief(analysis.brief)
        self.analysis = analysis
        self.sub_title = prepared.counts
        self.base_counts = (prepared.counts, prepared.compact)  # the review's count is added to these
        self.query_one(TitleBar).show(self.title, self.sub_title, prepared.compact)
        self.faint = prepared.faint
        self.rows = prepared.rows
        self.selected = None
        self.active_table.set_tabs(self.rows, self.sources)
        self.update_tab_labels()
        self.ready = True
        self.detail.hint = self.base_hint = self._hint(prepared.odd_one_out)
        self.detail.show(None)
        self.load_review(analysis)
        for view in self.area.views:
            self._column_shown(view)
        if before:
            self._restore_view_state(*before)
        self.refresh_bindings()

    def _hint(self, odd: str | None) -> str:
        from tui.app.widgets.detail import HINT

        return f"{HINT}\n{odd} (S sorts by source)." if odd else HINT

    def update_tab_labels(self) -> None:
        strip = self.query_one("#tabs")
        table = self.active_table
        unreviewed = table.review.unreviewed_only
        for tab in TABS:
            total = len(self.rows.get(tab, []))
            shown = table.count_shown(tab)
            if unreviewed and tab in table.review.tabs:
                strip.set_count(tab, f"{shown}/{total} unreviewed")
            else:
                strip.set_count(tab, f"{shown}/{total}" if shown != total else str(total))

    def _view_state(self) -> tuple[str, str | None, str | None, bool]:
        """What the reader was on: the tab, the selected row, the source, whether in the list."""
        column = self.focused_column()
        key = self.selected.key if self.selected else None
        in_list = self.focused is not None and self.focused.id == "items"
        return self.active_tab, key, column and column.article.id, in_list

    def _restore_view_state(self, tab: str, key: str | None, source: str | None, in_list: bool) -> None:
        self.switch_tab(tab, focus=False)
        if key:
            self.active_table.select_key(key)
        column = self.area.bring(source) if source else None
        column = column or (self.area.views[0] if self.area.views else None)
        self.last_column = column
        if in_list:
            self.active_table.focus()
        elif column is not None:
            column.focus()
