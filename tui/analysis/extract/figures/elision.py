"""Counted nouns a number leaves out, to be read from the figure it continues:

- a list that goes on from a count in the same sentence: "35 seats are in play,
  with 21 currently held by the Tarn party and 14 held by the Vell party" (21 and 14 seats);
- "N of them" (or of those, of these) in the sentence after a count: "We have 27
  wards ... You take 11 of them" (11 wards). Only when the sentence names no
  other plural before it, and only from the previous sentence's last figure: a "them"
  that could mean something else leaves the figure uncounted (counts None).
The figure continued must count a plain plural noun (not a duration, an age or money).

- the value a figure is compared with, in its sentence: "unemployment stands at 6.1 per
  cent, up from 5.8 per cent", "the toll rose to 51 from 43", "prices rose 2% in May,
  against 3% in April": the value it is set against (the nearest before it in the
  sentence, of the same unit) lends it its counted thing and rate (not an age)."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.nouns import DURATIONS, STOP_WORDS
from tui.analysis.extract.figures.plurals import is_plural
from tui.analysis.extract.figures.reading import Raw
from tui.analysis.extract.figures.whose import AGE
from tui.analysis.model import Figure
from tui.analysis.text import lazy_re
from tui.regex_cache import compiled

_OF_THEM = lazy_re(r"\s+of\s+(?:them|those|these)\b(?!\s+[a-z]+s\b)", re.I)
# the list goes on: "..., with 21", "and 14", "while five"
_LIST_BEFORE = lazy_re(r"(?:\b(?:with|and|while|including)|,)\s+$", re.I)
# and the number is followed by what happened to the things: "21 currently held by"
_VERB_AFTER = lazy_re(
    r"\s+(?:(?:currently|now|still|already|also|were|are|have\s+been|had\s+been)\s+)*"
    r"(?:[a-z]{2,}ed|held|won|run|kept|led|set|lost|went|came|voted)\b"
)
_WORD = compiled(r"[A-Za-z]+")
# what a value compared with another stands after: "up from", "rose to 51 from", "compared
# with", "against", "versus"
_COMPARED_BEFORE = lazy_re(r"(?:\bfrom|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?)\s+$", re.I)


def fill_elided(raws: list[Raw], text: str, sent_start: int, earlier: list[Figure], prev_start: int) -> None:
    """Set the counted noun of the sentence's uncounted numbers that continue a count
    (see the module). `earlier` are the article's figures so far, `prev_start` where the
    previous sentence starts."""
    for i, r in enumerate(raws):
        if r.counts is None and i and _COMPARED_BEFORE.search(text, max(sent_start, r.start - 16), r.start):
            _compared_with(r, raws[:i])
        if r.counts is not None or r.unit is not None:
            continue
        after = text[r.end : r.end + 60]
        if after.startswith(" of ") and _OF_THEM.match(after):
            if not _names_a_plural(text[sent_start : r.start]):
                previous = [f for f in earlier if prev_start <= f.start < sent_start]
                r.counts = _continued(previous[-1].counts, previous[-1].unit) if previous else None
        elif i and _VERB_AFTER.match(after) and _LIST_BEFORE.search(text, max(0, r.start - 12), r.start):
            r.counts = _continued(raws[i - 1].counts, raws[i - 1].unit)


def _compared_with(r: Raw, before: list[Raw]) -> None:
    """The counted thing and rate of the value `r` is compared with: the nearest figure
    before it in the sentence of the same unit."""
    other = next((b for b in reversed(before) if b.unit == r.unit), None)
    if other is not None and other.counts is not None and other.counts != AGE:
        r.counts, r.per = other.counts, other.per


def _continued(counts: str | None, unit: str | None) -> str | None:
    """The counted noun a figure lends to the one that continues it, if a plain plural."""
    if not counts or unit or " " in counts or counts in DURATIONS or not is_plural(counts):
        return None
    return counts


def _names_a_plural(text: str) -> bool:
    return any(w.islower() and w not in STOP_WORDS and is_plural(w) for w in _WORD.findall(text))
