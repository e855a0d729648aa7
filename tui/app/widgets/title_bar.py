"""The top line: the brief's title and its counts (one cheap widget, no clock).
The counts are never cut: the title gives way first, then the counts get shorter."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
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
        self.compact = ""

    def show(self, title: str, counts: str, compact: str = "") -> None:
        self.title_text, self.counts, self.compact = title, counts, compact or counts
        self.refresh()

    def render(self) -> Text:
        width = self.content_region.width or 120
        counts = self.counts
        title = self.title_text
        room = width - 2 - 2 - cell_len(counts)
        if room < min(24, cell_len(title)):
            counts = self.compact
            room = width - 2 - 2 - cell_len(counts)
        if cell_len(title) > room:
            title = set_cell_size(title, max(1, room - 1)) + "…" if room > 1 else ""
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append("≠ ", style=self.get_component_rich_style("title-bar--icon", partial=True))
        text.append(title, style=self.get_component_rich_style("title-bar--title", partial=True))
        text.append("  ")
        text.append(counts, style=self.get_component_rich_style("title-bar--counts", partial=True))
        return text

    @property
    def plain(self) -> str:
        return self.render().plain
