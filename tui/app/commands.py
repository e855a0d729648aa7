"""Command palette: jump to any item by name, and every key's action by name, with
what it does in words. Textual's own Maximize/Minimize and Keys are left out where
ours do the same (and better)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.app.key_help import COMMANDS
from tui.app.keymap import binding_key, key_display
from tui.app.view_model import DISCREPANCIES, FIGURES, PEOPLE, QUOTES, TAKEAWAYS

JUMP_LABELS = {
    PEOPLE: "Person",
    QUOTES: "Quote",
    FIGURES: "Figure",
    DISCREPANCIES: "Discrepancy",
    TAKEAWAYS: "Takeaway",
}
OURS_INSTEAD = {"Maximize", "Minimize", "Keys"}  # Textual's, where a key of ours does it


def _main_screen(screen):
    from tui.app.screens.main import MainScreen

    return screen if isinstance(screen, MainScreen) and screen.ready else None


def jump_targets(screen) -> list[tuple[str, str, str]]:
    """(text, tab, key) for every row, each text once: a kind or source tells apart
    two rows that share a subject."""
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for tab in (PEOPLE, QUOTES, FIGURES, DISCREPANCIES, TAKEAWAYS):
        for row in screen.rows.get(tab, []):
            text = f"{JUMP_LABELS[tab]}: {row.title}"
            if tab in (DISCREPANCIES, TAKEAWAYS) and row.kind:
                text = f"{JUMP_LABELS[tab]} ({row.kind}): {row.title}"
            if text in seen:
                continue
            seen.add(text)
            out.append((text, tab, row.key))
    return out


class JumpProvider(Provider):
    """'Jump to' people, quotes, figures, discrepancies and takeaways."""

    async def search(self, query: str) -> Hits:
        screen = _main_screen(self.screen)
        if screen is None:
            return
        matcher = self.matcher(query)
        for text, tab, key in jump_targets(screen):
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), partial(screen.jump_to, tab, key), text=text)

    async def discover(self) -> Hits:
        screen = _main_screen(self.screen)
        if screen is None:
            return
        for text, tab, key in jump_targets(screen):
            if tab == PEOPLE:
                yield DiscoveryHit(text, partial(screen.jump_to, tab, key), text=text)


def key_commands(screen) -> Iterable[SystemCommand]:
    """Every binding of the main screen with a description, where it applies now."""
    screen = _main_screen(screen)
    if screen is None:
        return
    seen = set()
    for binding in screen.BINDINGS:
        action = binding.action
        if binding.id not in COMMANDS or action in seen:
            continue
        seen.add(action)
        name = action.split("(")[0]
        if screen.check_action(name, ()) is not True:
            continue
        title, what = COMMANDS[binding.id]
        key = key_display(binding_key(screen.app, binding).split(",")[0])
        yield SystemCommand(title, f"{what} ({key})", partial(screen.run_action, action))


def system_commands(app_commands: Iterable[SystemCommand]) -> Iterable[SystemCommand]:
    """Textual's commands, less those a key of ours does."""
    return (c for c in app_commands if c.title not in OURS_INSTEAD)
