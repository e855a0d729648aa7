"""The top line: the brief's title and its counts (one cheap widget, no clock)."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


class TitleBar(Widget, can_focus=False):
    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        height: 1;
        background: $panel;
        color: $foreground;
        padding: 0 1;
    }
    TitleBar > .title-bar--title {
        text-style: bold;
    }
    TitleBar > .title-bar--counts {
        text-style: dim;
    }
    TitleBar > .title-bar--icon {
        color: $accent;
        text-style: bold;
    }
    """

    COMPONENT_CLASSES = {"title-bar--title", "title-bar--counts", "title-bar--icon"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.title_text = "newsbrief"
        self.counts = "opening the brief…"

    def show(self, title: str, counts: str) -> None:
        self.title_text, self.counts = title, counts
        self.refresh()

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append("≠ ", style=self.get_component_rich_style("title-bar--icon", partial=True))
        text.append(self.title_text, style=self.get_component_rich_style("title-bar--title", partial=True))
        text.append("  ")
        text.append(self.counts, style=self.get_component_rich_style("title-bar--counts", partial=True))
        return text

    @property
    def plain(self) -> str:
        return self.render().plain
