"""How far each source's text goes: a silence only counts where the text was there to
speak. A source is cut off when the user marks it `partial: true`, or when its text
stops mid-sentence or mid-word, or ends on an ellipsis or a "[…]" of an excerpt.

A claim the other sources make later in their texts than a cut-off source reaches gets
"cannot tell" from that source instead of "silent".
"""

from __future__ import annotations

from bisect import bisect_right

from tui.brief.model import HEADLINE, Article
from tui.regex_cache import compiled

_EXCERPT_END = compiled(r"(?:\.\.\.|…|\[(?:\.\.\.|…)\]|\((?:\.\.\.|…)\))\s*$")
_STOPS, _CLOSERS, _END_QUOTES = ".!?…", "\"'”’)]", '"”’'  # what a finished text ends with
_WORD = compiled(r"\S+")
MARGIN = 30  # words: a claim this close to where the cut source stops is past its end too


def cut_off(article: Article) -> str | None:
    """Why this text looks incomplete, or None when it ends as a finished article does."""
    if article.partial:
        return "marked partial"
    block = next((b for b in reversed(article.blocks) if b.kind != HEADLINE), None)
    if block is None:
        return None
    last = block.text.rstrip()
    # Both patterns end at the end of the text: the excerpt marks are at most five
    # characters, so the tail is searched, not the whole last paragraph.
    if _EXCERPT_END.search(last[-8:]):
        return "ends on an ellipsis"
    if not _clean_end(last):
        return "stops mid-sentence"
    return None


def _clean_end(last: str) -> bool:
    """Does a text with no trailing whitespace end as a finished one does: a stop, then
    only closing quotes and brackets; or a closing quote at the very end."""
    if not last:
        return False
    kept = last.rstrip(_CLOSERS)
    return (kept != "" and kept[-1] in _STOPS) or last[-1] in _END_QUOTES


class Reach:
    """Word positions, so "where the others make the claim" can be set against "how far
    a cut-off source goes" in the same unit, whatever the lengths of the texts."""

    def __init__(self, articles: list[Article]):
        self.reason = {a.id: why for a in articles if (why := cut_off(a))}
        self._texts = {a.id: a.text for a in articles}
        self._starts: dict[str, list[int]] = {}  # word starts, counted only when needed

    def _word_starts(self, source: str) -> list[int]:
        starts = self._starts.get(source)
        if starts is None:
            starts = self._starts[source] = [m.start() for m in _WORD.finditer(self._texts.get(source, ""))]
        return starts

    def word_at(self, source: str, offset: int) -> int:
        return bisect_right(self._word_starts(source), offset)

    def words(self, source: str) -> int:
        return len(self._word_starts(source))

    def cannot_tell(self, source: str, others_at: list[tuple[str, int]]) -> bool:
        """True when `source` is cut off before the earliest point (source, offset) where
        another source makes the claim. A source marked partial can never tell."""
        why = self.reason.get(source)
        if why is None:
            return False
        if why == "marked partial" or not others_at:
            return True
        earliest = min(self.word_at(s, off) for s, off in others_at)
        return earliest + MARGIN >= self.words(source)
