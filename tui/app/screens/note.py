"""The one-line note dialog: an Input prefilled with the finding's note; enter keeps
what it holds (empty removes the note), escape leaves the note as it was."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class NoteScreen(ModalScreen[str | None]):
    """Returns the note as typed, or None when cancelled."""

    CSS_PATH = "../dialogs.tcss"

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="note-cancel")]

    def __init__(self, about: str, note: str, editor_key: str) -> None:
        super().__init__()
        self.about = about
        self.note = note
        self.editor_key = editor_key

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog") as box:
            box.border_title = "Note"
            box.border_subtitle = "enter saves · escape cancels"
            yield Label(Text(self.about, style="bold"), id="note-about")
            first, *more = self.note.split("\n")
            yield Input(value=first, id="note-input", placeholder="Call the agency…", select_on_focus=False)
            hint = f"An empty note removes it. {self.editor_key}: a longer note in $EDITOR."
            if more:  # a note of several lines is edited whole in $EDITOR, never cut here
                hint = f"This note has {len(more) + 1} lines: {self.editor_key} edits it whole in $EDITOR."
            yield Label(Text(hint, style="dim"), id="note-hint")

    def on_mount(self) -> None:
        field = self.query_one("#note-input", Input)
        if "\n" in self.note:
            field.disabled = True
        field.focus()

    @on(Input.Submitted, "#note-input")
    def confirm(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
