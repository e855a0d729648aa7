"""The `/` filter line over the lists: hidden until asked for, escape clears it."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class FilterInput(Input):
    BINDINGS = [Binding("escape", "clear_filter", "Clear filter", show=False, id="filter-clear")]

    @dataclass
    class Cleared(Message):
        filter_input: FilterInput

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="filter this list…  (enter: keep, escape: clear)", id=id)
        self.display = False

    def show_query(self, query: str) -> None:
        """Mirror the active list's filter; stay out of the way when there is none."""
        with self.prevent(Input.Changed):
            self.value = query
        self.display = bool(query)

    def action_clear_filter(self) -> None:
        self.value = ""
        self.display = False
        self.post_message(self.Cleared(self))
