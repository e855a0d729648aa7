"""Search in the article text, for the main screen: ctrl+f searches every shown
column, F the focused one; matches are highlighted, the current one brighter, and
> / < (or enter / ↑ ↓ in the search line) step through them, moving the column
window to the source that holds the next one."""

from __future__ import annotations

from tui.app.find import Search


class FindMixin:
    """Mixed into MainScreen; relies on its columns (area) and focus."""

    search: Search | None = None
    find_scope: str = "all"

    async def _find_bar(self):
        from tui.app.widgets.find_bar import FindBar

        bar = self._bars()
        if bar is None:
            bar = FindBar(id="find")
            await self.mount(bar, after=self.query_one("#columns"))
        return bar

    async def action_find(self, scope: str = "all") -> None:
        column = self.focused_column()
        if scope == "column" and column is None:
            scope = "all"
        self.find_scope = scope
        self._find_source = column.article.id if scope == "column" else None
        bar = await self._find_bar()
        bar.display = True
        bar.show_scope(column.article.label if scope == "column" else "every column")
        bar.input.focus()
        if bar.input.value:
            self.run_search(bar.input.value)

    def _texts(self) -> list[tuple[str, str]]:
        articles = self.area.articles
        if self.find_scope == "column" and self._find_source:
            articles = [a for a in articles if a.id == self._find_source]
        return [(a.id, a.text) for a in articles]

    def run_search(self, query: str) -> None:
        if self.search is None:
            self.search = Search()
        column = self.focused_column()
        self.search.run(query, self._texts())
        if column is not None and self.search.matches:
            top = column.lines[int(column.scroll_y)] if column.lines else None
            self.search.start_from(column.article.id, top.start if top is not None and top.start >= 0 else 0)
        self._show_search(move_focus=False)

    def _show_search(self, move_focus: bool) -> None:
        search = self.search
        for view in self.area.views:
            self.apply_matches(view)
        bars = self._bars()
        if bars:
            bars.show_count(search.count_text() if search else "")
        match = search.current_match if search else None
        if match is not None:
            source, start, _ = match
            view = self.area.bring(source)
            if view is not None:
                if not view.offset_visible(start):
                    view.scroll_to_offset(start, context=3)
                if move_focus:
                    view.focus()
        self.refresh_bindings()

    def _bars(self):
        from tui.app.widgets.find_bar import FindBar

        found = self.query(FindBar)
        return found.first() if found else None

    def apply_matches(self, view) -> None:
        marks = self.search.marks(view.article.id) if self.search else ()
        view.set_matches(marks)

    def step_match(self, delta: int, move_focus: bool) -> None:
        if self.search is None or not self.search.matches:
            self.notify("No match to go to", severity="warning")
            return
        self.search.step(delta)
        self._show_search(move_focus)

    def action_next_match(self) -> None:
        self.step_match(+1, move_focus=True)

    def action_previous_match(self) -> None:
        self.step_match(-1, move_focus=True)

    def on_find_input_step(self, message) -> None:
        self.step_match(message.delta, move_focus=False)

    def on_find_input_closed(self, _message) -> None:
        self.close_search()

    @property
    def search_active(self) -> bool:
        return self.search is not None and bool(self.search.query.strip())

    def close_search(self) -> None:
        bar = self._bars()
        was_in_bar = bar is not None and self.focused is bar.input
        if bar is not None:
            with bar.input.prevent(bar.input.Changed):
                bar.input.value = ""
            bar.display = False
        self.search = None
        views = self.area.views
        for view in views:
            view.set_matches(())
        if was_in_bar or self.focused is None:
            target = self.last_column if self.last_column in views else (views[0] if views else None)
            if target is not None:
                target.focus()
        self.refresh_bindings()
