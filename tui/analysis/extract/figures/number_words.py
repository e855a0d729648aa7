"""Number words ("forty-two", "half a dozen", "two million") as values: `WORD_NUMBER`
matches them, `word_value` reads them."""

from __future__ import annotations

import re

from tui.analysis.memo import remembered
from tui.regex_cache import compiled

UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# The one-word numbers ("four", "forty") as an alternation, longest first.
SIMPLE_WORDS = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_BIG = "hundred|thousand|million|billion|trillion"
# "forty-two", "two hundred and fifty thousand", "a dozen", "half a dozen",
# "a hundred", "three dozen". "dozens", "hundreds of" are vague and never match.
WORD_NUMBER = (
    rf"(?:half\s+a\s+dozen|a\s+(?:dozen|single|{_BIG})"
    rf"|(?:{SIMPLE_WORDS})(?:(?:\s+and\s+|[\s-]+)(?:{SIMPLE_WORDS}|{_BIG}|dozen))*)"
)
_TOKEN = compiled(r"[a-z]+")


@remembered(4096)
def word_value(words: str) -> float | None:
    """The value of a number-word phrase matched by WORD_NUMBER, None if malformed.

    Cached: a few phrases ("two", "three", "a dozen") make up most of them."""
    words = words.lower()
    if re.fullmatch(r"half\s+a\s+dozen", words):
        return 6.0
    total = 0.0
    current = 0.0
    seen = False
    for tok in _TOKEN.findall(words):
        if tok in ("a", "and"):
            if tok == "a":
                current = 1.0
            continue
        if tok == "single":  # "a single count"
            current, seen = 1.0, True
            continue
        if tok in UNITS:
            current += UNITS[tok]
        elif tok in TENS:
            current += TENS[tok]
        elif tok == "hundred":
            current = (current or 1.0) * 100
        elif tok == "dozen":
            current = (current or 1.0) * 12
        elif tok in SCALES:
            total += (current or 1.0) * SCALES[tok]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None
