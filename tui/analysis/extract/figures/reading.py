"""A number being read: `Raw`, the candidate figure the steps fill in, and `Near`, the
words before it that several steps look at (read once per number)."""

from __future__ import annotations

from dataclasses import dataclass

from tui.analysis.text import Sentence


@dataclass(slots=True)
class Raw:
    """A candidate figure before ranges and hyphen chains are resolved."""

    start: int
    num_start: int
    end: int
    value: float
    qualifier: str | None
    unit: str | None
    counts: str | None
    per: str | None
    scale: float | None
    words: bool
    commas: bool
    prev_join: bool
    next_join: bool


@dataclass(slots=True)
class Near:
    """Where a number stands: its sentence, and up to 40 characters of it before the figure."""

    text: str
    sent: Sentence
    titled: bool  # a headline or heading: capitalised words may be plain nouns
    lo: int  # where `before` starts: the sentence start, or 40 characters back
    before: str
    words_before: list[str]
    prev_word: str

    def wide(self, span: int = 120) -> str:
        """Up to `span` characters of the sentence before the figure, for conventions that
        name a figure well before it ("the death toll from the quake ... rose to 245")."""
        start = self.lo + len(self.before)
        return self.text[max(self.sent.start, start - span) : start]

    @classmethod
    def of(cls, text: str, sent: Sentence, titled: bool, start: int) -> Near:
        lo = sent.start if sent.start > start - 40 else start - 40
        before = text[lo:start]
        words_before = before.split()
        return cls(text, sent, titled, lo, before, words_before, words_before[-1] if words_before else "")
