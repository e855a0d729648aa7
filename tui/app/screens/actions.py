"""The main screen's key actions that are not about selection: filter, export,
sources, sync, maximise, help. Kept apart so main.py stays small."""

from __future__ import annotations

import io
from pathlib import Path

from textual.widgets import Input

from tui.app.screens.export import ConfirmScreen, ExportScreen
from tui.app.screens.help import HelpScreen
from tui.app.screens.sources import SourcePicker
from tui.app.view_model import export_name
from tui.app.widgets.article_view import ArticleView
from tui.app.widgets.filter_input import FilterInput

NEEDS_ANALYSIS = {
    "show_tab",
    "next_discrepancy",
    "previous_discrepancy",
    "filter",
    "toggle_sync",
    "toggle_faint",
    "pick_sources",
    "cycle_source",
    "export",
    "copy",
    "copy_url",
    "open_url",
    "edit_source",
    "edit_brief",
}


class ActionsMixin:
    """Mixed into MainScreen; relies on its parts (columns, tables, analysis)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out (None) what does not apply now, so the footer tells the truth."""
        if action in NEEDS_ANALYSIS and not self.ready:
            return None
        if action == "copy" and self.selected is None:
            return None
        if action in ("next_discrepancy", "previous_discrepancy") and not self.analysis.discrepancies:
            return None
        if action in ("open_url", "copy_url") and not any(a.url for a in self.analysis.brief.articles):
            return False  # no source has a URL: hide the key rather than grey it
        if action == "cycle_source" and len(self.shown_columns) < 2:
            return None
        return True

    # --- filter -----------------------------------------------------------

    def action_filter(self) -> None:
        field = self.query_one(FilterInput)
        field.display = True
        field.value = self.active_table.query_text
        field.focus()

    # Named handlers, not @on: textual only collects @on from MessagePump classes, not mixins.
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "filter":
            return
        self.active_table.filter(event.value)
        if not self.active_table.shown:
            self.select(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self.active_table.focus()

    def on_filter_input_cleared(self) -> None:
        self.active_table.filter("")
        self.active_table.focus()

    # --- toggles --------------------------------------------------------------

    def action_toggle_sync(self) -> None:
        self.sync_scroll = not self.sync_scroll
        self.notify(f"Synchronised scrolling {'on' if self.sync_scroll else 'off'}")

    def action_toggle_faint(self) -> None:
        self.show_faint = not self.show_faint
        for view in self.columns:
            view.set_show_faint(self.show_faint)
        self.notify(f"Faint discrepancy marks {'on' if self.show_faint else 'off'}")
        self.app.save_settings(faint_marks=self.show_faint)

    def action_escape(self) -> None:
        if self.maximized is not None:
            self.minimize()
        elif self.selected is not None:
            self.active_table.action_deselect()

    def action_maximize_pane(self) -> None:
        if self.maximized is not None:
            self.minimize()
            return
        focused = self.focused
        if isinstance(focused, ArticleView):
            self.maximize(focused, container=False)
        elif focused is not None:
            self.maximize(self.query_one("#panel"), container=False)

    # --- sources --------------------------------------------------------------

    def action_pick_sources(self) -> None:
        shown = {c.article.id for c in self.shown_columns}
        self.app.push_screen(SourcePicker(self.sources, shown), self._sources_picked)

    def _sources_picked(self, chosen: list[str] | None) -> None:
        if chosen is None:
            return
        for view in self.columns:
            view.display = view.article.id in chosen
        self.size_columns()
        self.refresh_bindings()

    def action_cycle_source(self) -> None:
        shown = self.shown_columns
        current = self.focused if self.focused in shown else self.last_column
        index = shown.index(current) + 1 if current in shown else 0
        target = shown[index % len(shown)]
        target.focus()
        target.scroll_visible(animate=False)

    def focused_column(self) -> ArticleView | None:
        if isinstance(self.focused, ArticleView):
            return self.focused
        return self.last_column or (self.shown_columns[0] if self.shown_columns else None)

    # --- help and export -------------------------------------------------------

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_export(self) -> None:
        name = export_name(self.analysis)
        folder = None if self.app.is_web else self.app.settings.export_dir
        default = str(folder / name) if folder else name
        self.app.push_screen(ExportScreen(default, web=self.app.is_web), self._export_to)

    def _export_to(self, path: Path | None, overwrite: bool = False) -> None:
        if path is None:
            return
        try:
            from tui.output.files import write_atomically
            from tui.output.markdown import render_markdown

            text = render_markdown(self.analysis)
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
