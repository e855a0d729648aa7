"""Capitalised names of places and things, with where each stands and whether the text
ever writes it mid-sentence (a proper noun) rather than only at a sentence's start
("These", "While"). The comparer looks among them for one name spelled two ways."""

from __future__ import annotations

from operator import itemgetter
from typing import NamedTuple

from tui.regex_cache import compiled

# Not glued to a word before it: the look-behind stands after the capital (over both
# characters), so that the scan looks for capitals in C instead of trying every position.
_CAPITAL = compiled(r"([A-Z](?<![\w'’-].)[a-z]{3,}(?:[A-Z][a-z]+)?)(?![\w-])")
_OPENERS = " \t“\"‘'(—–-"


class NameUse(NamedTuple):
    word: str
    start: int
    end: int
    mid_sentence: bool


# A NameUse's word and whether it stands mid-sentence, read in C (map over a source's uses)
use_word, use_mid_sentence = itemgetter(0), itemgetter(3)


def _sentence_initial(text: str, at: int) -> bool:
    """Does a sentence (or a block) start here? Looks back over spaces and opening marks."""
    i = at - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in ".!?:\n…"


_LOOK_BACK = 16  # characters before a name searched for a sentence end, before the walk


def proper_names(text: str) -> list[NameUse]:
    out = []
    append = out.append
    new = tuple.__new__  # NameUse(...) without its Python-level __new__
    for m in _CAPITAL.finditer(text):  # group 1 is the whole match (the rest is a look-ahead)
        start, end = m.span()
        # _sentence_initial, in C: the text before the name with spaces and opening marks
        # stripped ends at a sentence end; the walk only when the window is all of those.
        before = text[start - _LOOK_BACK if start > _LOOK_BACK else 0 : start].rstrip(_OPENERS)
        if before:
            mid = before[-1] not in ".!?:\n…"
        else:
            mid = start > _LOOK_BACK and not _sentence_initial(text, start)
        append(new(NameUse, (m.group(), start, end, mid)))
    return out
