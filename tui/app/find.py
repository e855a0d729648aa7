"""Search in the article text: where a query occurs in each source, in reading
order (source by source), and which match is current. Case-insensitive, never a
regular expression from the user; offsets are the article's own. No textual import."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.app.view_model import TONE_CURRENT, TONE_MATCH, Mark

MAX_PER_SOURCE = 5_000  # a one-letter query in a huge text stops here


@dataclass
class Search:
    query: str = ""
    sources: list[str] = field(default_factory=list)  # searched, in column order
    matches: list[tuple[str, int, int]] = field(default_factory=list)
    current: int | None = None
    capped: bool = False
    by_source: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def run(self, query: str, texts: list[tuple[str, str]]) -> None:
        """Find `query` in each (source, text); the current match goes back to the first."""
        self.query, self.sources = query, [s for s, _ in texts]
        self.matches, self.current, self.capped, self.by_source = [], None, False, {}
        if not query.strip():
            return
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        for source, text in texts:
            for n, m in enumerate(pattern.finditer(text)):
                if n >= MAX_PER_SOURCE:
                    self.capped = True
                    break
                self.matches.append((source, m.start(), m.end()))
                self.by_source.setdefault(source, []).append((m.start(), m.end()))
        if self.matches:
            self.current = 0

    def step(self, delta: int) -> tuple[str, int, int] | None:
        if not self.matches:
            return None
        self.current = 0 if self.current is None else (self.current + delta) % len(self.matches)
        return self.matches[self.current]

    def start_from(self, source: str, offset: int) -> None:
        """Make the first match at or after (source, offset) current, for a fresh query."""
        order = {s: i for i, s in enumerate(self.sources)}
        here = (order.get(source, 0), offset)
        for i, (s, start, _) in enumerate(self.matches):
            if (order.get(s, 0), start) >= here:
                self.current = i
                return

    @property
    def current_match(self) -> tuple[str, int, int] | None:
        return self.matches[self.current] if self.current is not None and self.matches else None

    def marks(self, source: str) -> tuple[Mark, ...]:
        now = self.current_match
        return tuple(
            Mark(s, e, TONE_CURRENT if now == (source, s, e) else TONE_MATCH)
            for s, e in self.by_source.get(source, ())
        )

    def count_text(self) -> str:
        if not self.query.strip():
            return ""
        if not self.matches:
            return "no match"
        where = len({s for s, _, _ in self.matches})
        total = f"{len(self.matches)}{'+' if self.capped else ''}"
        place = f"{(self.current or 0) + 1}/{total}"
        return f"{place} in {where} source{'s' * (where != 1)}"
