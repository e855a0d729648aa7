"""Every key the app answers to, grouped by where it works."""

from __future__ import annotations

import re

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.app.view_model import TABS

# (key, what it does) per section. A key written "@id" or "@id1 @id2" is the key
# that binding answers to now, so the help follows config.toml's [keys] table; the
# tests check every binding of the main screen against these lines.
SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Anywhere",
        [
            ("@next-pane / @previous-pane", "move focus between columns and lists"),
            (" ".join(f"@tab-{tab}" for tab in TABS), "Discrepancies, Takeaways, People, Quotes, Figures"),
            ("@next-discrepancy", "next discrepancy (highlights it in every column)"),
            ("@previous-discrepancy", "previous discrepancy"),
            ("@filter", "filter the current list as you type (escape clears)"),
            ("@sync-scroll", "synchronised scrolling of the columns on/off"),
            ("@faint-marks", "faint marks on every discrepancy on/off"),
            ("@pick-sources", "choose which sources are shown"),
            ("@next-source", "focus the next source column"),
            ("@export", "export the brief to markdown (in a browser: a download)"),
            ("@copy", "copy the selected item with its sources' claims"),
            ("@copy-url", "copy the focused source's URL"),
            ("@open-url", "open the focused source's URL in a browser"),
            ("@edit-source", "edit the focused source's file in $VISUAL / $EDITOR"),
            ("@edit-brief", "edit brief.yaml in $VISUAL / $EDITOR (then re-analyse)"),
            ("@maximise", "maximise the focused pane (again to restore)"),
            ("@back", "restore a maximised pane, else clear the selection"),
            ("ctrl+p", "command palette: jump to a person, quote or figure; themes"),
            ("@suspend", "suspend to the shell (fg brings it back)"),
            ("@help", "this help"),
            ("@quit", "quit"),
        ],
    ),
    (
        "In a list",
        [
            ("up/down, @down / @up", "move the selection"),
            ("@top / @bottom, home / end", "first / last row"),
            ("@deselect", "clear the selection (back to faint marks)"),
        ],
    ),
    (
        "In an article column",
        [
            ("up/down, @down / @up", "scroll"),
            ("@top / @bottom, home / end", "top / bottom"),
            ("@page-down, pgup / pgdn", "page"),
            ("click a marked word", "select the discrepancy it belongs to"),
        ],
    ),
]

_REF = re.compile(r"@([a-z0-9-]+)")


def resolve(keys: str, app=None) -> str:
    """A help line's keys with each @id replaced by the key(s) that binding has now."""
    from tui.app.keymap import default_keys, key_display

    defaults = default_keys()

    def key(match: re.Match) -> str:
        binding_id = match.group(1)
        bound = getattr(app, "keymap_in_force", {}).get(binding_id) or defaults[binding_id]
        return key_display(bound)

    return _REF.sub(key, keys)


def help_table(app=None) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for title, keys in SECTIONS:
        table.add_row(Text(title, style="bold underline"), Text(""))
        for key, what in keys:
            table.add_row(Text(resolve(key, app)), Text(what))
        table.add_row(Text(""), Text(""))
    return table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", show=True, id="help-close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "escape to close"
            yield Static(help_table(self.app), id="help-table")
