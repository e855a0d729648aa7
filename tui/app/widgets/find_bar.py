"""The search line over the article columns (ctrl+f: every column, F: the focused
one). Typing searches as you go; enter and the arrows step through the matches.
Mounted the first time it is asked for, so start-up does not pay for Input."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Static


class FindInput(Input):
    BINDINGS = [
        Binding("enter", "step(1)", "Next match", key_display="enter", id="find-next-enter"),
        Binding("down", "step(1)", "Next match", show=False, id="find-next-down"),
        Binding("up", "step(-1)", "Previous", key_display="↑", id="find-previous-up"),
        Binding("escape", "close", "Close", key_display="esc", id="find-close"),
    ]

    @dataclass
    class Step(Message):
        delta: int

    @dataclass
    class Closed(Message):
        pass

    def action_step(self, delta: int) -> None:
        self.post_message(self.Step(delta))

    def action_close(self) -> None:
        self.post_message(self.Closed())


class FindBar(Horizontal):
    DEFAULT_CSS = """
    FindBar {
        height: 1;
        background: $boost;
    }
    FindBar > #find-scope {
        width: auto;
        padding: 0 1;
        color: $text-accent;
        text-style: bold;
    }
    FindBar > FindInput {
        width: 1fr;
        height: 1;
        border: none;
        padding: 0;
        background: $boost;
    }
    FindBar > FindInput:focus {
        border: none;
        background-tint: $primary 10%;
    }
    FindBar > #find-count {
        width: auto;
        padding: 0 1;
        color: $text-muted;
    }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="find-scope")
        yield FindInput(
            placeholder="find in the text…  (enter/↓ next, ↑ previous, escape closes)", id="find-input"
        )
        yield Static(id="find-count")

    @property
    def input(self) -> FindInput:
        return self.query_one(FindInput)

    def show_scope(self, scope: str) -> None:
        self.query_one("#find-scope", Static).update(Text(f"Find in {scope}:"))

    def show_count(self, count: str) -> None:
        self.query_one("#find-count", Static).update(Text(count))
