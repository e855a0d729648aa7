"""Rates: how often a figure counts its thing ("3,000 a day", "per week", "every month",
"daily", "a daily goal of 3,000", "$4 a gallon").

A rate may stand in the counted phrase ("3,000 daily arrests": `PER_WORDS`, read by the
noun reader), after it (`rate_after_count`) or as an adjective of a goal before the
number (`rate_adjective_before`)."""

from __future__ import annotations

import re

from tui.analysis.lexicon import word_list
from tui.regex_cache import compiled

# Rate words inside the counted phrase ("3,000 daily arrests") and after it.
PER_WORDS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annual": "year",
    "annually": "year",
    "yearly": "year",
    "hourly": "hour",
    "nightly": "night",
    "quarterly": "quarter",
}
# Every rate names one of these: a cheap test before rate_after_count reads the words.
_RATE_HINT = compiled(
    r"da(?:y|ily)|week|month|year|hour|minute|second|night|quarter|annual|capita|person|head"
    r"|gallon|barrel|share|ounce|ton|liter|litre|kilo|pound"
)
_PER_BEFORE = compiled(
    r"\b(?P<adj>daily|weekly|monthly|annual|yearly|hourly|nightly|quarterly)\s+"
    r"(?:[A-Za-z'-]+\s+){0,2}?"
    r"(?:goal|target|quota|average|rate|total|limit|cap|budget|benchmark|tally|count|number|"
    r"salary|pay|income|revenue|output|production|spending|cost|sales|deficit|figure|pace)\s+"
    r"(?:(?:is|was|are|were|of|at|to|will\s+be|would\s+be|stands\s+at|stood\s+at|reached|hit|"
    r"topped|remains|remained|rose\s+to|fell\s+to|set\s+at)\s+)?$",
    re.IGNORECASE,
)


def rate_after_count(text: str, pos: int, hi: int) -> str | None:
    """A rate after the counted phrase: "per week", "a single day", "each month", "daily".

    Up to four plain words may come first ("450 homes cleared per week"). Read word by
    word from one split of the rest of the clause: no regex with a lazy gap per figure.
    """
    seg = text[pos : hi if hi < pos + 90 else pos + 90]
    if not seg[:1].isspace() or not _RATE_HINT.search(seg.lower()):
        return None  # every rate names one of these: most figures stop here
    toks = seg.split()
    n = len(toks)
    for k in range(min(n, 5)):
        tok = toks[k]
        low = tok.lower()
        if low in _RATE_ARTICLES and k + 1 < n:
            j = k + 1
            if toks[j].lower() == "single" and j + 1 < n:
                j += 1
            unit, rest = _lead_word(toks[j])
            if unit in _RATE_UNITS:
                if not rest and j + 1 < n and _lead_word(toks[j + 1])[0] in _NOT_RATE_NEXT:
                    return None  # "a year ago", "a day earlier"
                if low in ("a", "an") and k and toks[k - 1].lower() in _NOT_RATE_PREV:
                    return None  # "in a day", "for a week": when, not how often
                return "person" if unit == "head" else unit
        else:
            word, rest = _lead_word(tok)
            if word in _RATE_ADVERBS and (
                (rest and rest[0] in _CLAUSE_END)
                or (not rest and (k + 1 == n or _lead_word(toks[k + 1])[0] in _ADVERB_NEXT))
            ):
                return PER_WORDS[word]  # "200 orders arrived weekly"
        if k == 4 or not _GAP_WORD.fullmatch(tok) or _lead_word(low)[0] in _GAP_STOP:
            return None
    return None


def _lead_word(tok: str) -> tuple[str, str]:
    """A token's leading word, lower-cased, and what follows it ("day," -> "day", ",")."""
    m = _LEAD.match(tok)
    if m is None:
        return "", tok
    return m.group().lower(), tok[m.end() :]


_LEAD = compiled(r"\w+")
# The gap before a rate: plain words ("450 homes cleared per week"), up to a conjunction.
_GAP_WORD = compiled(r"[A-Za-z'-]+")
_GAP_STOP = word_list("figure_rate_gap_stops")
# "per day", "a single week", "each month": a rate article, then a unit.
_RATE_ARTICLES = word_list("figure_rate_articles")
_RATE_UNITS = word_list("figure_rate_units")
# "arrived weekly": an adverb that ends its clause.
_RATE_ADVERBS = word_list("figure_rate_adverbs")
_CLAUSE_END = frozenset(",.;:)!?\"'")
_ADVERB_NEXT = word_list("figure_rate_adverb_next")
# "a year ago", "in a day": a time, not a rate.
_NOT_RATE_NEXT = word_list("figure_not_rate_next")
_NOT_RATE_PREV = word_list("figure_not_rate_prev")


def rate_adjective_before(before: str) -> str | None:
    """A rate adjective of a goal or a total before the number: "a daily goal of 3,000"."""
    if "ly " not in before and "nual " not in before:
        return None  # no "daily", "weekly", "annual" to look for
    m = _PER_BEFORE.search(before)
    return PER_WORDS[m.group("adj").lower()] if m else None
