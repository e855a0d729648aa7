"""The row of tab labels over the list: one painted line, clickable, never a focus
stop of its own (the number keys and clicks switch tabs; focus stays in the list)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget


class TabStrip(Widget, can_focus=False):
    DEFAULT_CSS = """
    TabStrip {
        height: 1;
        background: $surface;
    }
    TabStrip > .tab-strip--active {
        color: $text-accent;
        background: $accent-muted;
        text-style: bold;
    }
    TabStrip > .tab-strip--key {
        text-style: dim;
    }
    """

    COMPONENT_CLASSES = {"tab-strip--active", "tab-strip--key"}

    @dataclass
    class Clicked(Message):
        tab: str

    def __init__(self, tabs: list[str], titles: dict[str, str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.tabs = tabs
        self.titles = titles
        self.counts: dict[str, str] = {}
        self.active = tabs[0]
        self._places: list[tuple[int, int, str]] = []

    def set_count(self, tab: str, count: str) -> None:
        """'19', or '3/19' while a filter hides some."""
        if self.counts.get(tab) != count:
            self.counts[tab] = count
            self.refresh()

    def set_active(self, tab: str) -> None:
        if tab != self.active:
            self.active = tab
            self.refresh()

    def label(self, tab: str, short: bool = False) -> str:
        title = self.titles[tab]
        if short and len(title) > 7:
            title = title[:5] + "."
        count = self.counts.get(tab)
        return f"{title} {count}" if count else title

    def _fits(self, numbers: bool, short: bool) -> bool:
        width = sum(len(self.label(t, short)) + 3 + (2 if numbers else 0) for t in self.tabs)
        return width <= (self.size.width or 120)

    def render(self) -> Text:
        active = self.get_component_rich_style("tab-strip--active", partial=True)
        key = self.get_component_rich_style("tab-strip--key", partial=True)
        # Narrow: the number keys go first, then the long titles.
        tries = ((True, False), (False, False), (False, True))
        numbers, short = next((t for t in tries if self._fits(*t)), tries[-1])
        text = Text(no_wrap=True, overflow="crop", end="")
        places = []
        for number, tab in enumerate(self.tabs, start=1):
            start = len(text)
            chosen = tab == self.active
            if numbers:
                text.append(f" {number}", style=active if chosen else key)
            text.append(f" {self.label(tab, short)} ", style=active if chosen else "")
            places.append((start, len(text), tab))
            text.append(" ")
        self._places = places
        return text

    @property
    def plain(self) -> str:
        return self.render().plain

    def on_click(self, event: events.Click) -> None:
        for start, end, tab in self._places:
            if start <= event.x < end:
                event.stop()
                self.post_message(self.Clicked(tab))
                return
