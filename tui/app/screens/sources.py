"""Pick which sources are shown as columns (the rest stay analysed, just hidden)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, SelectionList
from textual.widgets.selection_list import Selection


class SourcePicker(ModalScreen[list[str] | None]):
    """Returns the ids to show, in brief order, or None when cancelled."""

    CSS_PATH = "../dialogs.tcss"

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="sources-cancel"),
        Binding("enter", "apply", "Apply", priority=True, id="sources-apply"),
    ]

    def __init__(self, sources: list[tuple[str, str]], shown: set[str]) -> None:
        super().__init__()
        self.sources = sources
        self.shown = shown

    def compose(self) -> ComposeResult:
        with Vertical(id="sources-dialog", classes="dialog") as box:
            box.border_title = "Sources shown"
            box.border_subtitle = "space toggles · enter applies"
            yield SelectionList[str](
                *[Selection(Text(label), sid, sid in self.shown) for sid, label in self.sources],
                id="source-list",
            )
            with Horizontal(classes="buttons"):
                yield Button("Apply", variant="primary", id="sources-ok")
                yield Button("Cancel", id="sources-cancel")

    @on(Button.Pressed, "#sources-ok")
    def action_apply(self) -> None:
        chosen = set(self.query_one(SelectionList).selected)
        if not chosen:
            self.notify("Keep at least one source", severity="warning")
            return
        self.dismiss([sid for sid, _ in self.sources if sid in chosen])

    @on(Button.Pressed, "#sources-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
