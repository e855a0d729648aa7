"""Capitalised names of places and things, with where each stands and whether the text
ever writes it mid-sentence (a proper noun) rather than only at a sentence's start
("These", "While"). The comparer looks among them for one name spelled two ways."""

from __future__ import annotations

import re
from typing import NamedTuple

# Not glued to a word before it: the look-behind stands after the capital (over both
# characters), so that the scan looks for capitals in C instead of trying every position.
_CAPITAL = re.compile(r"([A-Z](?<![\w'’-].)[a-z]{3,}(?:[A-Z][a-z]+)?)(?![\w-])")
_OPENERS = " \t“\"‘'(—–-"


class NameUse(NamedTuple):
    word: str
    start: int
    end: int
    mid_sentence: bool


def _sentence_initial(text: str, at: int) -> bool:
    """Does a sentence (or a block) start here? Looks back over spaces and opening marks."""
    i = at - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in ".!?:\n…"


def proper_names(text: str) -> list[NameUse]:
    return [
        NameUse(m.group(1), m.start(1), m.end(1), not _sentence_initial(text, m.start(1)))
        for m in _CAPITAL.finditer(text)
    ]
