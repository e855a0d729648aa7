"""A one-line footer of the active keys that fits any width.

Keys are shown in the order the screen declares them (its priority order) as long
as they fit; help, the palette and quit are always there, at the end, and when
keys had to be left out the help entry says so. Key colours are checked against
the footer's background so hints stay readable in light themes. One Text is
painted; clicks still work because each key's place is remembered."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.color import Color
from textual.widget import Widget

from tui.app.theme import readable

PINNED = ("help", "app.quit")


class KeyBar(Widget, can_focus=False):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        text-style: bold;
    }
    KeyBar > .key-bar--disabled {
        text-style: dim;
    }
    """

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--disabled"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = Text()
        self._targets: list[tuple[int, int, str, object]] = []  # start, end, action, node
        self.left_out: list[str] = []  # descriptions that did not fit (tests read them)

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.rebuild()

    def on_resize(self) -> None:
        self.rebuild()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.call_after_refresh(self.rebuild)  # once the new theme's styles are in

    def _bindings_changed(self, _screen) -> None:
        self.rebuild()

    def _entries(self) -> list[tuple[str, str, str, object, bool]]:
        """(keys, description, action, node, enabled), groups merged, duplicates dropped."""
        entries: list[tuple[str, str, str, object, bool]] = []
        seen: set[tuple[str, str]] = set()
        group = None
        label = getattr(self.screen, "binding_label", None)
        for active in self._in_declared_order():
            binding = active.binding
            if not binding.show or (binding.action, binding.description) in seen:
                continue
            seen.add((binding.action, binding.description))
            key = self.app.get_key_display(binding)
            if binding.group is not None and binding.group == group and entries:
                keys, desc, action, node, enabled = entries[-1]
                entries[-1] = (keys + key, desc, action, node, enabled or active.enabled)
                continue
            group = binding.group
            desc = binding.group.description if binding.group else binding.description
            if label is not None:
                desc = label(binding.action, desc)
            entries.append((key, desc, binding.action, active.node, active.enabled))
        return entries

    def _in_declared_order(self) -> list:
        """A key remapped in config.toml stays where its binding is declared (Textual
        moves remapped bindings to the end): the screen's order first, then the rest."""
        order: dict[str, int] = {}
        for binding in type(self.screen).BINDINGS:
            if getattr(binding, "id", None):
                order.setdefault(binding.id, len(order))
        active = enumerate(self.screen.active_bindings.values())
        ranked = sorted(active, key=lambda pair: order.get(pair[1].binding.id, len(order) + pair[0]))
        return [binding for _, binding in ranked]

    def _styles(self) -> tuple[Style, Style]:
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        background = self.background_colors[1]
        if key_style.color is not None and key_style.color.triplet is not None:  # ANSI: the terminal's
            colour = readable(Color.from_rich_color(key_style.color), background)
            key_style += Style(color=colour.rich_color)
        return key_style, self.get_component_rich_style("key-bar--disabled", partial=True)

    def rebuild(self) -> None:
        if not self.is_mounted:
            return
        key_style, dim = self._styles()
        entries = self._entries()
        if self.app.ENABLE_COMMAND_PALETTE:
            entries.append(("^p", "Palette", "app.command_palette", self.app, True))
        pinned = [e for e in entries if e[2] in PINNED or e[2] == "app.command_palette"]
        rest = [e for e in entries if e not in pinned]
        width = self.size.width or 80
        room = width - sum(_width(e) for e in pinned) - len(" (more)")
        shown, self.left_out = [], []
        for entry in rest:
            if _width(entry) <= room:
                shown.append(entry)
                room -= _width(entry)
            else:
                self.left_out.append(entry[1])
        text = Text(no_wrap=True, overflow="crop", end="")
        targets = []
        for keys, desc, action, node, enabled in shown + pinned:
            if action == "help" and self.left_out:
                desc = f"{desc} (more)"
            start = len(text)
            text.append(f" {keys} ", style=key_style + dim if not enabled else key_style)
            text.append(f"{desc} ", style=dim if not enabled else "")
            targets.append((start, len(text), action, node))
        self._text, self._targets = text, targets
        self.refresh()

    def render(self) -> Text:
        return self._text

    @property
    def plain(self) -> str:
        return self._text.plain

    async def on_click(self, event: events.Click) -> None:
        for start, end, action, node in self._targets:
            if start <= event.x < end:
                event.stop()
                await self.app.run_action(action, node)
                return


def _width(entry: tuple) -> int:
    keys, desc = entry[0], entry[1]
    return len(keys) + len(desc) + 3
