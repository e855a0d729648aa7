"""Export dialog: a file name to confirm, and a second dialog before overwriting."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label


class ExportScreen(ModalScreen[Path | None]):
    """Returns the chosen path, or None when cancelled."""

    CSS_PATH = "../dialogs.tcss"

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export-cancel")]

    def __init__(self, default_name: str, *, web: bool = False) -> None:
        super().__init__()
        self.default_name = default_name
        self.web = web

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog", classes="dialog") as box:
            box.border_title = "Export to markdown"
            where = (
                "File name (your browser downloads it):"
                if self.web
                else "File (relative to the current folder):"
            )
            yield Label(Text(where))
            yield Input(value=self.default_name, id="export-path", select_on_focus=False)
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-ok")
    def confirm(self) -> None:
        value = self.query_one("#export-path", Input).value.strip()
        if not value:
            self.notify("Give a file name", severity="warning")
            return
        self.dismiss(Path(value).expanduser())

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; escape and n say no, so nothing is overwritten by accident."""

    CSS_PATH = "../dialogs.tcss"

    BINDINGS = [
        Binding("escape,n", "answer(False)", "No", id="confirm-no"),
        Binding("y", "answer(True)", "Yes", id="confirm-yes"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog", classes="dialog") as box:
            box.border_title = "Confirm"
            yield Label(Text(self.question), id="confirm-question")
            with Horizontal(classes="buttons"):
                yield Button("Overwrite (y)", variant="error", id="confirm-yes")
                yield Button("Cancel (n)", id="confirm-no")

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    @on(Button.Pressed, "#confirm-yes")
    def yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def no(self) -> None:
        self.dismiss(False)

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
