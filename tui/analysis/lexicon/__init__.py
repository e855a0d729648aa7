"""Word lists of news English, kept as data: one file per list under `data/`.

A list file holds one entry per line (a word, or a phrase of several words); blank lines
and lines starting with `#` are comments. Lists are read once, on first use, and cached.
Adding a title, a speech verb or an organisation word touches no code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


def words(text: str) -> frozenset[str]:
    """A word set written as one string, for the few tables small enough to keep inline."""
    return frozenset(text.split())


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of `data/<name>.txt`, in file order (an empty tuple when the file is
    missing: a broken install degrades the analysis instead of crashing it)."""
    try:
        text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    except OSError:
        return ()
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def mapping(name: str) -> dict[str, str]:
    """The `key = value` entries of `data/<name>.txt`, in file order (a word and what it
    stands for: "sen. = Senator")."""
    out = {}
    for line in entries(name):
        key, sep, value = line.partition(" = ")
        if sep:
            out[key.strip()] = value.strip()
    return out


def word_list(name: str) -> frozenset[str]:
    """The entries of `data/<name>.txt` as a set."""
    return frozenset(entries(name))
