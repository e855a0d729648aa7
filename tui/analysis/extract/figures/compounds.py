"""Hyphen compounds after a number: an age ("a 30-year-old"), a crowd ("a 50,000-strong
march" counts the march), a unit ("a 10-point lead" counts points, "a two-year term",
"a five-term senator"), a scale ("a 6.4-magnitude quake"), a rate ("3,000-a-day",
"a 100-mile-per-hour wind"). "10-fold" is a multiple: candidate.py reads it."""

from __future__ import annotations

from tui.analysis.extract.figures.whose import AGE
from tui.analysis.lexicon import word_list
from tui.regex_cache import compiled

# Compound units a number word may take: "a two-year term", "a three-day strike".
TIME_UNITS = word_list("figure_time_units")
# Counted nouns a number word may take besides those: "a five-term senator".
_COMPOUND_COUNTS = word_list("figure_compound_counts")
# Scales a number is a reading on: "a 6.4-magnitude quake" counts magnitude, unpluralised.
SCALES = word_list("figure_scales")
_COMPOUND_SKIP = word_list("figure_compound_skip")
_COMPOUND = compiled(
    r"-(?:(?:a|per)-(?P<per>day|week|month|year|hour)"
    r"|(?P<word>[a-z]+)(?:(?P<old>-old)|-(?:a|per)-(?P<wper>day|week|month|year|hour|second))?)\b"
)


def hyphen_compound(text: str, end: int, hi: int, unit: str | None, words: bool):
    """The compound a number written at text[:end] starts, before "-": (match, counts, per,
    position after it, unit word, strong), or None when it makes the number no figure
    ("a 40-odd", "three-judge", a $ or % age)."""
    compound = _COMPOUND.match(text, end, hi)
    counts = per = compound_word = None
    pos = end
    strong = False
    if compound:
        if compound.group("per"):
            per = compound.group("per").lower()
            pos = compound.end()
        elif compound.group("old"):
            if unit:
                return None
            counts = AGE
            pos = compound.end()
        else:
            word = compound.group("word").lower()
            if word == "strong" and not (unit or words):
                strong = True  # "a 50,000-strong crowd" counts the crowd
            elif word in SCALES and not unit:
                counts = word  # "a 6.4-magnitude quake"
            elif word in _COMPOUND_SKIP or (
                words and word not in TIME_UNITS and word not in _COMPOUND_COUNTS
            ):
                return None
            else:
                compound_word = word
            per = compound.group("wper")  # "a 100-mile-per-hour wind"
            pos = compound.end()
    return compound, counts, per, pos, compound_word, strong
