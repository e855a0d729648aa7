"""Whether one word is a role: an occupation by its ending ("hydrologist", "negotiator") or
a plural title before a list of names ("Defendants")."""

from __future__ import annotations

from tui.analysis.extract.people.tables import PREPS, ROLE_HEADS, TITLE_WORDS
from tui.analysis.lexicon import word_list

_OCCUPATION_ENDINGS = ("ist", "ian", "eer", "er", "or", "man", "woman", "person", "ant")
_NOT_OCCUPATIONS = word_list("not_occupations")


def occupation(word: str, c: str) -> bool:
    """A lower-case noun with an occupational ending: "hydrologist", "negotiator"."""
    return (
        word[0].islower()
        and len(c) > 4
        and c.endswith(_OCCUPATION_ENDINGS)
        and c not in _NOT_OCCUPATIONS
        and c not in PREPS
    )


def singular_title(low: str) -> str:
    """ "defendants" -> "defendant": a plural title before a list of names, else ""."""
    if len(low) > 4 and low[-1] == "s" and low not in TITLE_WORDS:
        stem = low[:-1]
        if stem in ROLE_HEADS or stem in TITLE_WORDS:
            return stem
    return ""
