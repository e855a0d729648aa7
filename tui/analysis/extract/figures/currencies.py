"""Currencies: the signs written before a number ("$", "€", "HK$", "¥") and the words
after one ("euros", "yen"), each to the unit its money is counted in (data files
lexicon/data/figure_currency_*.txt). One table for the reader of values, the anchors,
the money conventions and the comparer, which compares money only in one unit."""

from __future__ import annotations

import re

from tui.analysis.lexicon import mapping
from tui.analysis.text import longest_first

SIGNS: dict[str, str] = mapping("figure_currency_signs")  # "HK$" → "HK$", "US$" → "$"
WORDS: dict[str, str] = mapping("figure_currency_words")  # "euros" → "€"
UNITS: frozenset[str] = frozenset(SIGNS.values()) | frozenset(WORDS.values())
# The signs as a regular-expression alternation, longest first ("HK$" before "$").
_BY_LENGTH = longest_first(SIGNS)
SIGN_PATTERN = "|".join(map(re.escape, _BY_LENGTH))
_LAST_CHARACTERS = frozenset(s[-1] for s in SIGNS)


def sign_start(text: str, p: int) -> int:
    """Where a currency sign ending at `p` starts ("HK$2": the H), or `p` when none does."""
    if text[p - 1 : p] not in _LAST_CHARACTERS:
        return p  # most numbers: one lookup
    for sign in _BY_LENGTH:
        if p >= len(sign) and text.startswith(sign, p - len(sign)):
            return p - len(sign)
    return p
