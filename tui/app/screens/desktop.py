"""The main screen's keys that reach outside the app: copy (y, Y), open a URL (o),
edit in $EDITOR (E, B, and a long note). Each says what really happened; none claims a success it
cannot see. The subprocess work lives in tui.system; this only decides and reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import SuspendNotSupported

if TYPE_CHECKING:  # imported when a key asks for them, not at start-up
    from tui.system.browser import Browser
    from tui.system.clipboard import Copied

NOT_IN_BROWSER = "needs a terminal: it is not available when newsbrief runs in a browser"


class DesktopMixin:
    """Mixed into MainScreen; relies on its selection, columns and reload()."""

    # --- copy -------------------------------------------------------------------

    def action_copy(self) -> None:
        if self.selected is None:
            self.notify("Select an item first", severity="warning")
            return
        from tui.app.citations import copy_text

        text = copy_text(self.selected, self.sources, self.articles)
        self.copy_out(text, f"“{self.selected.title[:60]}” with its sources")

    def action_copy_url(self) -> None:
        url = self._focused_url()
        if url:
            self.copy_out(url, url)

    def copy_out(self, text: str, what: str, title: str = "Copied", severity: str = "information") -> None:
        """OSC 52 through the terminal (in a browser: the page's clipboard), then the
        system tools in a thread; the toast names every path that took the text."""
        self.app.copy_to_clipboard(text)
        if self.app.is_web:
            self.notify(f"{what} (to your browser's clipboard)", title=title, severity=severity, markup=False)
            return
        self._copy_with_tools(text, what, title, severity)

    @work(thread=True, group="clipboard")
    def _copy_with_tools(self, text: str, what: str, title: str, severity: str) -> None:
        from tui.system.clipboard import copy_with_tools

        copied = copy_with_tools(text, osc52=True)
        self.app.call_from_thread(self._copied, copied, what, title, severity)

    def _copied(self, copied: Copied, what: str, title: str, severity: str) -> None:
        message = f"{what} (via {copied.how()})"
        if copied.warning:
            message, severity = f"{message}; {copied.warning}", "warning"
        self.notify(
            message, title=title, severity=severity, markup=False, timeout=12 if copied.warning else 5
        )

    # --- open -------------------------------------------------------------------

    def _focused_url(self) -> str | None:
        column = self.focused_column()
        if column is None:
            return None
        if not column.article.url:
            self.notify(f"{column.article.label} has no URL", severity="warning", markup=False)
        return column.article.url

    def action_open_url(self) -> None:
        url = self._focused_url()
        if not url:
            return
        if self.app.is_web:  # the user's browser opens it, not one on the server
            self.app.open_url(url)
            self.notify(f"Opening {url} in a new tab", markup=False)
            return
        from tui.system.browser import NO_BROWSER, find_browser

        browser = find_browser()
        if browser is None:
            self._not_opened(url, NO_BROWSER)
        elif browser.console:
            self._open_in_console(browser, url)
        else:
            self._open_in_background(browser, url)

    def _open_in_console(self, browser: Browser, url: str) -> None:
        """A console browser draws on our terminal: hand it over, then take it back."""
        try:
            with self.app.suspend():
                opened = browser.open(url)
        except SuspendNotSupported:
            self._not_opened(url, f"{browser.name} needs the terminal, which cannot be handed over here")
            return
        if opened:
            self.notify(f"Back from {browser.name} ({url})", markup=False)
        else:
            self._not_opened(url, f"{browser.name} failed")

    @work(thread=True, group="browser")
    def _open_in_background(self, browser: Browser, url: str) -> None:
        if browser.open(url):
            self.app.call_from_thread(self.notify, f"Opened {url} in {browser.name}", markup=False)
        else:
            self.app.call_from_thread(self._not_opened, url, f"{browser.name} could not be launched")

    def _not_opened(self, url: str, why: str) -> None:
        self.copy_out(url, f"Could not open a browser ({why}): copied {url} instead", "Not opened", "warning")

    # --- edit -------------------------------------------------------------------

    def brief_yaml(self) -> Path | None:
        folder = self.brief.path if self.brief else None
        if folder is None:
            return None
        path = folder / "brief.yaml" if folder.is_dir() else folder
        return path if path.name == "brief.yaml" and path.is_file() else None

    def action_edit_source(self) -> None:
        column = self.focused_column()
        if column is None or column.article.path is None:
            self.notify("This source has no file to edit", severity="warning")
            return
        self.edit_file(column.article.path)

    def action_edit_brief(self) -> None:
        path = self.brief_yaml()
        if path is None:
            self.notify(
                "This brief has no brief.yaml (it is a folder of articles): `newsbrief new` makes one",
                severity="warning",
                markup=False,
            )
            return
        self.edit_file(path)

    def edit_file(self, path: Path) -> None:
        """The editor in the foreground with the app suspended; then read the brief again."""
        if self.run_in_editor(path) is not None:
            self.reload()

    def run_in_editor(self, path: Path) -> int | None:
        """$VISUAL / $EDITOR on `path` in the foreground, the app suspended: the
        editor's exit status (a non-zero one is said), or None when it could not run
        (said too). The E, B and note keys all come here."""
        if self.app.is_web:
            self.notify(f"$EDITOR {NOT_IN_BROWSER}", severity="warning", markup=False)
            return None
        from tui.system.editor import HOW_TO_SET, editor_command, run_editor

        command = editor_command()
        if command is None:
            self.notify(HOW_TO_SET, title="Cannot edit", severity="warning", markup=False, timeout=12)
            return None
        try:
            with self.app.suspend():
                status = run_editor(command, path)
        except SuspendNotSupported:
            self.notify("The terminal cannot be handed to an editor here", severity="warning")
            return None
        except OSError as exc:
            self.notify(
                f"cannot run {command[0]} ($VISUAL / $EDITOR): {exc.strerror or exc}",
                title="Cannot edit",
                severity="error",
                markup=False,
            )
            return None
        if status != 0:
            self.notify(f"{command[0]} exited with status {status}", severity="warning", markup=False)
        return status
