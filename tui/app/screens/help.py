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

from tui.app.key_help import SECTIONS as KEY_SECTIONS
from tui.app.markers import LEGEND, SYMBOLS
from tui.app.verdict_marks import VERDICT_LEGEND, VERDICT_SYMBOLS
from tui.regex_cache import compiled

# The sections live in key_help (shared with the palette); the tests check every
# binding of the main screen against these lines.
SECTIONS = KEY_SECTIONS

_REF = compiled(r"@([a-z0-9-]+)")


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
    table.add_row(Text("Markers", style="bold underline"), Text(""))
    for status, what in LEGEND:
        table.add_row(Text(SYMBOLS[status]), Text(what))
    table.add_row(Text("▲ ● ○"), Text("severity: high, medium, low"))
    table.add_row(Text(""), Text(""))
    table.add_row(Text("Verdicts", style="bold underline"), Text("yours, first on a finding's line"))
    for verdict, what in VERDICT_LEGEND:
        table.add_row(Text(VERDICT_SYMBOLS[verdict]), Text(what))
    table.add_row(Text("(blank)"), Text("not reviewed yet"))
    table.add_row(Text(""), Text(""))
    for title, keys in SECTIONS:
        table.add_row(Text(title, style="bold underline"), Text(""))
        for key, what in keys:
            table.add_row(Text(resolve(key, app)), Text(what))
        table.add_row(Text(""), Text(""))
    return table


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "../dialogs.tcss"

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", show=True, id="help-close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "escape to close"
            yield Static(help_table(self.app), id="help-table")
