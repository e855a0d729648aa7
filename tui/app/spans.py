"""Sorted span lookups: which items cover a stretch of one source's text.

Items are sorted by start once; a query bisects for the first item that can still
overlap (by a running maximum of ends) and for the last that starts before the
stretch ends, so the cost grows with the hits, not with every span of the brief."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class SortedSpans(Generic[T]):
    """(start, end, item) triples of one text, sorted, with overlap queries."""

    def __init__(self, spans: Iterable[tuple[int, int, T]]) -> None:
        ordered = sorted(spans, key=lambda s: (s[0], s[1]))
        self._starts = [s for s, _, _ in ordered]
        self._ends = [e for _, e, _ in ordered]
        self._items = [item for _, _, item in ordered]
        reach, running = [], -1
        for end in self._ends:
            running = max(running, end)
            reach.append(running)
        self._reach = reach  # non-decreasing: the furthest end so far

    def __len__(self) -> int:
        return len(self._items)

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items whose span shares a character with [start, end); an empty stretch
        counts as the character at `start`."""
        end = max(end, start + 1)
        lo = bisect_right(self._reach, start)
        hi = bisect_left(self._starts, end)
        return [self._items[i] for i in range(lo, hi) if self._ends[i] > start]

    def any(self, start: int, end: int) -> bool:
        end = max(end, start + 1)
        lo = bisect_right(self._reach, start)
        hi = bisect_left(self._starts, end)
        return any(self._ends[i] > start for i in range(lo, hi))


class SpanIndex(Generic[T]):
    """SortedSpans per source, built from (source, start, end, item) as they come."""

    def __init__(self, spans: Iterable[tuple[str, int, int, T]] = ()) -> None:
        per: dict[str, list[tuple[int, int, T]]] = {}
        for source, start, end, item in spans:
            per.setdefault(source, []).append((start, end, item))
        self._by_source = {source: SortedSpans(items) for source, items in per.items()}

    def overlapping(self, source: str, start: int, end: int) -> list[T]:
        spans = self._by_source.get(source)
        return spans.overlapping(start, end) if spans else []

    def any(self, source: str, start: int, end: int) -> bool:
        spans = self._by_source.get(source)
        return spans.any(start, end) if spans else False
