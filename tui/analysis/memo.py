"""Caches keyed by content: a paragraph's name sightings, a run of capitals parsed, a
word's stem, a quote's words, a name's key. What the analysis works out once and meets
again (in syndicated copy, in the next source, in the next brief) it looks up.

Every such cache is made here (`remembered` for a function, `table` for a dict the
module fills itself), so that all of them can be emptied at once (`clear`): a benchmark
that repeats an analysis measures each repetition as a first analysis (what a command
line run is), and a long session can let go of the texts of the briefs it is done with.
Emptying one never changes a result, only how soon it comes (tests/test_memo.py).

Caches of what never changes (the word lists, the compiled patterns) are not here: they
are loaded once and kept."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

F = TypeVar("F", bound=Callable)

_ALL: list = []  # every content cache: lru_cache wrappers and dicts


def remembered(maxsize: int | None) -> Callable[[F], F]:
    """functools.lru_cache(maxsize), registered so that `clear` empties it."""

    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _ALL.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


def table() -> dict:
    """A dict a module fills as its own cache (and bounds itself), registered for `clear`."""
    made: dict = {}
    _ALL.append(made)
    return made


def clear() -> None:
    """Empty every content cache: the next analysis works everything out afresh."""
    for cache in _ALL:
        if isinstance(cache, dict):
            cache.clear()
        else:
            cache.cache_clear()


def caches() -> list:
    """The registered caches (for tests)."""
    return list(_ALL)
