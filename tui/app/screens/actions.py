"""The main screen's key actions that are not about selection: filter, escape,
maximise, sort, the detail pane, toggles, sources, help and export. Kept apart so
main.py stays small."""

from __future__ import annotations

import io
from pathlib import Path

from tui.app.view_model import DISCREPANCIES, SORTS, export_name
from tui.app.widgets.article_view import ArticleView

NEEDS_ANALYSIS = {
    "show_tab",
    "next_discrepancy",
    "previous_discrepancy",
    "filter",
    "sort",
    "toggle_faint",
    "export",
    "copy",
}
NEEDS_BRIEF = {
    "toggle_sync",
    "pick_sources",
    "cycle_source",
    "copy_url",
    "open_url",
    "edit_source",
    "edit_brief",
    "find",
}


class ActionsMixin:
    """Mixed into MainScreen; relies on its parts (columns, list, analysis)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out (None) what does not apply yet, hide (False) what does not apply here."""
        if action in NEEDS_ANALYSIS and not self.ready:
            return None
        if action in NEEDS_BRIEF and not self.brief_shown:
            return None
        if action in ("next_discrepancy", "previous_discrepancy") and not self.analysis.discrepancies:
            return None
        if action in ("next_match", "previous_match"):  # in the search line, enter and ↑ do it
            in_line = getattr(self.focused, "id", None) == "find-input"
            return bool(self.search_active and self.search.matches and not in_line)
        if action == "sort":
            return self.active_tab == DISCREPANCIES
        if action == "cycle_source" and len(self.area.articles) < 2:
            return None
        return True

    def binding_label(self, action: str, description: str) -> str:
        """What the key bar says for a key now (it follows the state)."""
        if action == "maximize_pane" and self.maximized is not None:
            return "Restore"
        if action == "toggle_unreviewed" and self.unreviewed_only:
            return "All findings"
        return description

    # --- filter -----------------------------------------------------------

    def _filter_field(self):
        """The filter line, once it has been asked for (None before: start-up skips Input)."""
        found = self.query("#filter")
        return found.first() if found else None

    def show_filter_field(self, query: str) -> None:
        """Mirror the active list's filter; stay out of the way when there is none."""
        field = self._filter_field()
        if field is not None:
            field.show_query(query)

    async def action_filter(self) -> None:
        field = self._filter_field()
        if field is None:
            from tui.app.widgets.filter_input import FilterInput

            field = FilterInput(id="filter")
            await self.query_one("#lists").mount(field, after=self.query_one("#tabs"))
        field.display = True
        field.value = self.active_table.query_text
        field.focus()

    # Named handlers, not @on: textual only collects @on from MessagePump classes, not mixins.
    def on_input_changed(self, event) -> None:
        if event.input.id == "filter":
            self.apply_filter(event.value)
        elif event.input.id == "find-input":
            self.run_search(event.value)

    def apply_filter(self, query: str) -> None:
        table = self.active_table
        table.filter(query)
        self.update_tab_labels()
        if table.current_row is None:
            self.select(None)

    def on_input_submitted(self, event) -> None:
        if event.input.id == "filter":
            self.active_table.focus()

    def on_filter_input_cleared(self) -> None:
        self.apply_filter("")
        self.active_table.focus()

    # --- escape: one step back at a time ----------------------------------------

    def action_escape(self) -> None:
        """Back out one step: a maximised pane, the detail shown over the list, a kept
        filter, a search, then the selection. (An open filter or search line handles
        escape itself: it closes and clears.)"""
        table = self.active_table
        if self.maximized is not None:
            self.minimize()
        elif self.has_class("-detail-open"):
            self.close_detail()
        elif table.query_text:
            field = self._filter_field()
            if field is not None:
                field.action_clear_filter()
            else:
                self.apply_filter("")
        elif self.search_active:
            self.close_search()
        elif self.selected is not None:
            table.deselect()

    # --- panes ----------------------------------------------------------------

    def action_maximize_pane(self) -> None:
        """The focused pane gets the whole screen; z or escape gives it back."""
        if self.maximized is not None:
            self.minimize()
            self.refresh_bindings()
            return
        focused = self.focused
        if isinstance(focused, ArticleView):
            self.maximize(focused, container=False)
        elif focused is not None:
            self.maximize(self.query_one("#panel"), container=False)
        else:
            return
        self.refresh_bindings()
        self.notify("z or escape restores the layout", title="Maximised", timeout=4)

    def on_item_list_opened(self, _message) -> None:
        self.open_detail()

    def open_detail(self) -> None:
        """enter in the list: the detail gets the room (over the list when space is short)."""
        if self.has_class("-narrow") or self.has_class("-short"):
            self.add_class("-detail-open")
        self.detail.focus()
        self.detail_hint()

    def close_detail(self) -> None:
        self.remove_class("-detail-open")
        self.active_table.focus()
        self.detail_hint()

    def detail_hint(self) -> None:
        """Say on the detail's border how to get the whole of it, and back."""
        if not self.is_mounted or not self.query("#detail"):
            return
        if self.has_class("-detail-open"):
            hint = "enter: back to the list"
        elif self.has_class("-narrow") or self.has_class("-short"):
            hint = "enter on a row: the whole detail"
        else:
            hint = ""
        self.detail.border_title = hint

    def on_detail_panel_closed(self, _message) -> None:
        self.close_detail()

    def action_sort(self) -> None:
        table = self.active_table
        sort = SORTS[(SORTS.index(table.sort) + 1) % len(SORTS)]
        table.set_sort(sort)
        self.update_tab_labels()
        self.refresh_bindings()
        self.notify(f"Discrepancies by {sort}", timeout=3)

    # --- toggles --------------------------------------------------------------

    def action_toggle_sync(self) -> None:
        self.sync_scroll = not self.sync_scroll
        self.notify(f"Synchronised scrolling {'on' if self.sync_scroll else 'off'}")

    def action_toggle_faint(self) -> None:
        self.show_faint = not self.show_faint
        for view in self.area.views:
            view.set_show_faint(self.show_faint)
        self.notify(f"Faint discrepancy marks {'on' if self.show_faint else 'off'}")
        self.app.save_settings(faint_marks=self.show_faint)

    # --- sources --------------------------------------------------------------

    def action_pick_sources(self) -> None:
        from tui.app.screens.sources import SourcePicker

        shown = {a.id for a in self.area.articles}
        self.app.push_screen(SourcePicker(self.sources, shown), self._sources_picked)

    async def _sources_picked(self, chosen: list[str] | None) -> None:
        if chosen is None:
            return
        articles = [a for a in self.brief.articles if a.id in chosen]
        positions = {a.id: i for i, a in enumerate(self.brief.articles)}
        await self.area.show_sources(articles, len(self.brief.articles), positions)
        if self.area.views:
            self.area.views[0].focus()
        self.refresh_bindings()

    def action_cycle_source(self, delta: int = 1) -> None:
        current = self.focused if isinstance(self.focused, ArticleView) else self.last_column
        source = current.article.id if current is not None else None
        target = self.area.step(source, delta)
        if target is not None:
            target.focus()

    def focused_column(self) -> ArticleView | None:
        if isinstance(self.focused, ArticleView):
            return self.focused
        views = self.area.views
        if self.last_column in views:
            return self.last_column
        return views[0] if views else None

    # --- help and export -------------------------------------------------------

    def action_help(self) -> None:
        from tui.app.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_export(self) -> None:
        from tui.app.screens.export import ExportScreen

        name = export_name(self.brief)
        folder = None if self.app.is_web else self.app.settings.export_dir
        default = str(folder / name) if folder else name
        self.app.push_screen(ExportScreen(default, web=self.app.is_web), self._export_to)

    def _export_to(self, path: Path | None, overwrite: bool = False) -> None:
        if path is None:
            return
        try:
            from tui.output.files import write_atomically
            from tui.output.markdown import render_markdown

            review = self.review if self.review is not None and self.review.usable else None
            text = render_markdown(self.analysis, review)
        except Exception as exc:  # noqa: BLE001 - a failed export is a toast, never a traceback
            self.notify(f"{type(exc).__name__}: {exc}", title="Export failed", severity="error", markup=False)
            return
        if self.app.is_web:  # served: the user's browser downloads it, nothing lands on the server
            self.app.deliver_binary(
                io.BytesIO(text.encode("utf-8")),
                save_filename=path.name,
                mime_type="text/markdown",
                name="export",
            )
            self.notify(f"{path.name}: sent to your browser's downloads", title="Exported", markup=False)
            return
        try:
            write_atomically(path, text, overwrite=overwrite)
        except FileExistsError:
            from tui.app.screens.export import ConfirmScreen

            self.app.push_screen(
                ConfirmScreen(f"{path} already exists. Overwrite it?"),
                lambda yes: self._export_to(path, overwrite=True) if yes else self._export_cancelled(path),
            )
            return
        except OSError as exc:
            self.notify(
                f"{path}: {exc.strerror or exc}", title="Export failed", severity="error", markup=False
            )
            return
        self.notify(str(path.resolve()), title="Exported", markup=False)

    def _export_cancelled(self, path: Path) -> None:
        self.notify(f"Kept {path} as it was", title="Export cancelled", markup=False)
