"""Command palette: jump to any item by name, and every key's action by name."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.app.keymap import binding_key, key_display
from tui.app.view_model import DISCREPANCIES, FIGURES, PEOPLE, QUOTES, TAKEAWAYS

JUMP_LABELS = {
    PEOPLE: "Person",
    QUOTES: "Quote",
    FIGURES: "Figure",
    DISCREPANCIES: "Discrepancy",
    TAKEAWAYS: "Takeaway",
}


def _main_screen(screen):
    from tui.app.screens.main import MainScreen

    return screen if isinstance(screen, MainScreen) and screen.ready else None


class JumpProvider(Provider):
    """'Jump to' people, quotes, figures, discrepancies and takeaways."""

    def _targets(self) -> Iterable[tuple[str, str, str]]:
        screen = _main_screen(self.screen)
        if screen is None:
            return
        for tab in (PEOPLE, QUOTES, FIGURES, DISCREPANCIES, TAKEAWAYS):
            for row in screen.rows.get(tab, []):
                yield f"{JUMP_LABELS[tab]}: {row.title}", tab, row.key

    async def search(self, query: str) -> Hits:
        screen = _main_screen(self.screen)
        if screen is None:
            return
        matcher = self.matcher(query)
        for text, tab, key in self._targets():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), partial(screen.jump_to, tab, key), text=text)

    async def discover(self) -> Hits:
        screen = _main_screen(self.screen)
        if screen is None:
            return
        for text, tab, key in self._targets():
            if tab == PEOPLE:
                yield DiscoveryHit(text, partial(screen.jump_to, tab, key), text=text)


def key_commands(screen) -> Iterable[SystemCommand]:
    """Every described binding of the main screen, where it applies now."""
    screen = _main_screen(screen)
    if screen is None:
        return
    seen = set()
    for binding in screen.BINDINGS:
        action = binding.action
        if action.startswith("app.") or not binding.description or action in seen:
            continue
        seen.add(action)
        name = action.split("(")[0]
        if screen.check_action(name, ()) is not True:
            continue
        key = key_display(binding_key(screen.app, binding).split(",")[0])
        yield SystemCommand(binding.description, f"key: {key}", partial(screen.run_action, action))
