"""The app: arguments in, the main screen pushed, global keys. Nothing else."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.screen import Screen

from tui.analysis.model import Analysis
from tui.app.commands import JumpProvider, key_commands
from tui.brief.model import Brief


class NewsbriefApp(App):
    """`analysis` lets tests and benchmarks open a prepared Analysis without disk."""

    CSS_PATH = ["newsbrief.tcss", "dialogs.tcss"]
    COMMANDS = App.COMMANDS | {JumpProvider}
    TITLE = "newsbrief"
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self, paths: list[Path] | None = None, analysis: Analysis | None = None, brief: Brief | None = None
    ) -> None:
        super().__init__()
        self.paths = list(paths or [])
        self.initial_analysis = analysis
        self.initial_brief = brief  # already loaded by the CLI: not read from disk twice

    def on_mount(self) -> None:
        from tui.app.screens.main import MainScreen

        self.push_screen(MainScreen(self.paths, self.initial_analysis, self.initial_brief))
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme) -> None:
        from tui.app.screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.apply_theme()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield from key_commands(screen)
