"""A one-line footer of the active keys.

Textual's Footer rebuilds a widget per key whenever bindings change (every focus
move), which cost more than painting the whole brief; this paints one Text and
keeps clicks working by remembering where each key landed."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widget import Widget


class KeyBar(Widget, can_focus=False):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--disabled"}

    DEFAULT_CSS += """
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        text-style: bold;
    }
    KeyBar > .key-bar--disabled {
        text-style: dim;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = Text()
        self._targets: list[tuple[int, int, str, object]] = []  # start, end, action, node

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._rebuild()

    def _bindings_changed(self, _screen) -> None:
        self._rebuild()

    def _entries(self) -> list[tuple[str, str, str, object, bool]]:
        """(keys, description, action, node, enabled), groups merged, duplicates dropped."""
        entries: list[tuple[str, str, str, object, bool]] = []
        seen: set[tuple[str, str]] = set()
        group: Binding.Group | None = None
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
            entries.append((key, desc, binding.action, active.node, active.enabled))
        return entries

    def _in_declared_order(self) -> list:
        """A key remapped in config.toml stays where its binding is declared (Textual
        moves remapped bindings to the end)."""
        from tui.app.keymap import default_keys

        order = {binding_id: i for i, binding_id in enumerate(default_keys())}
        active = enumerate(self.screen.active_bindings.values())
        ranked = sorted(active, key=lambda pair: order.get(pair[1].binding.id, len(order) + pair[0]))
        return [binding for _, binding in ranked]

    def _rebuild(self) -> None:
        if not self.is_mounted:
            return
        key_style = self.get_component_rich_style("key-bar--key", partial=True)
        dim = self.get_component_rich_style("key-bar--disabled", partial=True)
        text = Text(no_wrap=True, overflow="crop", end="")
        targets = []
        for keys, desc, action, node, enabled in self._entries():
            start = len(text)
            text.append(f" {keys} ", style=key_style + dim if not enabled else key_style)
            text.append(f"{desc} ", style=dim if not enabled else "")
            targets.append((start, len(text), action, node))
        if self.app.ENABLE_COMMAND_PALETTE:
            start = len(text)
            text.append(" ^p ", style=key_style)
            text.append("palette ")
            targets.append((start, len(text), "app.command_palette", self.app))
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
