"""The app: arguments and settings in, the main screen pushed, global keys. Nothing else."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from tui.config import ConfigError, Settings, save_settings

if TYPE_CHECKING:
    from tui.analysis.model import Analysis
    from tui.brief.model import Brief


def _jump_provider():
    """The palette's provider, imported when the palette opens (textual.command is slow)."""
    from tui.app.commands import JumpProvider

    return JumpProvider


_frozen: set[str] = set()


def freeze_startup_objects(when: str) -> None:
    """Move what the imports (and the brief) made into the GC's permanent generation,
    once per process and moment: they live as long as the app, and the collections
    that walked them again and again took a third of the first frame's time."""
    if when not in _frozen:
        _frozen.add(when)
        gc.freeze()


class NewsbriefApp(App):
    """`analysis` lets tests and benchmarks open a prepared Analysis without disk;
    `settings` come from config.toml (the CLI reads it; without them, the defaults
    and nothing is saved)."""

    CSS_PATH = "newsbrief.tcss"  # the dialogs bring dialogs.tcss when first opened
    COMMANDS = App.COMMANDS | {_jump_provider}
    TITLE = "newsbrief"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [Binding("ctrl+z", "suspend_process", "Suspend", show=False, id="suspend")]

    def __init__(
        self,
        paths: list[Path] | None = None,
        analysis: Analysis | None = None,
        brief: Brief | None = None,
        settings: Settings | None = None,
    ) -> None:
        freeze_startup_objects("app")
        super().__init__()
        self.paths = list(paths or [])
        self.initial_analysis = analysis
        self.initial_brief = brief  # already loaded by the CLI: not read from disk twice
        self.settings = settings or Settings()
        self.keymap_in_force: dict[str, str] = {}
        self._save_failed = False
        self._saved_theme = self.settings.theme
        self._clashes_told: set[tuple[str, str]] = set()

    def get_default_screen(self) -> Screen:
        """The main screen is the first screen: no empty screen is painted, and no
        screen switch waits, before the columns are on screen."""
        from tui.app.screens.main import MainScreen

        self._problems = self._apply_settings()  # the theme before anything is styled
        return MainScreen(
            self.paths, self.initial_analysis, self.initial_brief, show_faint=self.settings.faint_marks
        )

    def on_mount(self) -> None:
        for line in getattr(self, "_problems", ()):
            error = ": error: " in line
            self.notify(
                line, title="Settings", severity="error" if error else "warning", timeout=20, markup=False
            )
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    # --- settings ---------------------------------------------------------------

    def _apply_settings(self) -> list[str]:
        """Theme (unless $TEXTUAL_THEME says otherwise for this run) and keymap; each
        problem with the file is a line to show on screen."""
        from tui.app.keymap import check_keys

        settings = self.settings
        problems = list(settings.problems)
        theme = settings.theme
        if theme and not os.environ.get("TEXTUAL_THEME"):
            if theme in self.available_themes:
                self.theme = theme
            else:
                problems.append(
                    f"{settings.path}: warning: key 'theme': no theme called '{theme}' "
                    "(ctrl+p → Change theme lists them)"
                )
        keys, warnings = check_keys(settings.keys, settings.path)
        problems += warnings
        if keys:
            self.keymap_in_force = self._normalize_keymap(keys)
            self.set_keymap(keys)
        return problems

    def save_settings(self, **changes: object) -> None:
        """Keep what the reader chose (theme, marks) in config.toml, if it is ours to write."""
        settings = self.settings
        if settings.path is None or not settings.writable or self._save_failed:
            return
        try:
            save_settings(settings.path, **changes)
        except ConfigError as exc:
            self._save_failed = True  # say it once, not on every change
            self.notify(str(exc), title="Settings not saved", severity="warning", markup=False)

    def _theme_changed(self, theme) -> None:
        from tui.app.screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.apply_theme()
        if theme.name != self._saved_theme:  # the palette previews themes: save each change, once
            self._saved_theme = theme.name
            self.save_settings(theme=theme.name)

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node) -> None:
        """A remap took a key another binding had: that one no longer answers to it."""
        for binding in clashed_bindings:
            told = (binding.key, binding.id or binding.action)
            if told in self._clashes_told:  # Textual asks again on every key press
                continue
            self._clashes_told.add(told)
            self.notify(
                f"{self.settings.path}: warning: [keys] gives '{binding.key}' to another binding, "
                f"so '{binding.id or binding.action}' lost it",
                title="Settings",
                severity="warning",
                markup=False,
            )

    # --- global keys ------------------------------------------------------------

    def action_suspend_process(self) -> None:
        if self.is_web or sys.platform == "win32" or not (self._driver and self._driver.can_suspend):
            self.notify("ctrl+z: this terminal cannot suspend the app (use q to quit)", severity="warning")
            return
        super().action_suspend_process()

    @on(events.DeliveryFailed)
    def _export_not_delivered(self, event: events.DeliveryFailed) -> None:
        if event.name == "export":
            self.notify(str(event.exception), title="Export failed", severity="error", markup=False)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from tui.app.commands import key_commands, system_commands

        yield from system_commands(super().get_system_commands(screen))
        yield from key_commands(screen)


freeze_startup_objects("import")  # textual, and the brief the CLI read before importing us
