"""Years a text gives by arithmetic, not in digits: "two years prior" after "the 2010
elections" is 2008, "four years ago" in a story published in 2012 is 2008, "a decade
before the 2010 census" is 2000. A headline's year that no text writes may still be one
the bodies give this way (compare/headline.py asks only then, so it costs nothing on a
brief whose headline years are all written out).

A count of years ("two", "2", "a", "a decade") then ago, earlier, before, prior, later
or after. "Ago" counts back from the source's published year. The others count from a
year: the one right after "before" or "after" when they open a phrase ("two years before
the 2010 election"), else the last year written in the few hundred characters before the
mention."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.number_words import UNITS
from tui.regex_cache import compiled

_RELATIVE = compiled(
    r"\b(?P<n>\d{1,3}|[a-z]+)[ -](?P<unit>years?|decades?)\s+"
    r"(?P<way>ago|earlier|before|prior|later|after|previously)\b",
    re.IGNORECASE,
)
YEAR = compiled(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")  # a year written in digits
_BACK = ("ago", "earlier", "before", "prior", "previously")
_REACH = 300  # characters before a mention searched for the year it counts from
_AHEAD = 40  # characters after "before"/"after" searched for the year of its phrase


def implied_years(text: str, published: str | None) -> set[int]:
    """The years the text gives as a count of years from another."""
    out: set[int] = set()
    for m in _RELATIVE.finditer(text):
        n = _count(m.group("n").lower())
        if n is None:
            continue
        if m.group("unit").lower().startswith("decade"):
            n *= 10
        way = m.group("way").lower()
        base = _base(text, m, way, published)
        if base is not None:
            out.add(base - n if way in _BACK else base + n)
    return out


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return 1 if word in ("a", "an", "one") else UNITS.get(word)


def _base(text: str, m: re.Match, way: str, published: str | None) -> int | None:
    if way == "ago":
        return int(published[:4]) if published and published[:4].isdigit() else None
    if way in ("before", "after") and text[m.end() : m.end() + 1] == " ":
        ahead = YEAR.search(text, m.end(), m.end() + _AHEAD)
        if ahead:  # "two years before the 2010 election"
            return int(ahead.group())
        if text[m.end() + 1 : m.end() + 2].isalpha():
            return None  # "two years after the war": a year the text does not give
    before = YEAR.findall(text, max(0, m.start() - _REACH), m.start())
    return int(before[-1]) if before else None
