"""Every key the app answers to, grouped by where it works."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

# (key, what it does) per section; the tests check these against the real BINDINGS.
SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Anywhere",
        [
            ("tab / shift+tab", "move focus between columns and lists"),
            ("1 2 3 4 5", "Discrepancies, Takeaways, People, Quotes, Figures"),
            ("n or ]", "next discrepancy (highlights it in every column)"),
            ("N or [", "previous discrepancy"),
            ("/", "filter the current list as you type (escape clears)"),
            ("s", "synchronised scrolling of the columns on/off"),
            ("m", "faint marks on every discrepancy on/off"),
            ("v", "choose which sources are shown"),
            ("c", "focus the next source column"),
            ("e", "export the brief to markdown"),
            ("y", "copy the selected item with its sources' claims"),
            ("o", "open the focused source's URL in a browser"),
            ("z or f", "maximise the focused pane (again to restore)"),
            ("ctrl+p", "command palette: jump to a person, quote or figure; themes"),
            ("?", "this help"),
            ("q", "quit"),
        ],
    ),
    (
        "In a list",
        [
            ("up/down, j/k", "move the selection"),
            ("g / G, home / end", "first / last row"),
            ("escape", "clear the selection (back to faint marks)"),
        ],
    ),
    (
        "In an article column",
        [
            ("up/down, j/k", "scroll"),
            ("g / G, home / end", "top / bottom"),
            ("space, pgup / pgdn", "page"),
            ("click a marked word", "select the discrepancy it belongs to"),
        ],
    ),
]


def help_table() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for title, keys in SECTIONS:
        table.add_row(Text(title, style="bold underline"), Text(""))
        for key, what in keys:
            table.add_row(Text(key), Text(what))
        table.add_row(Text(""), Text(""))
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", show=True),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "escape to close"
            yield Static(help_table(), id="help-table")
