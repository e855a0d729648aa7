"""Whose a number is, in two news conventions for one person: an age ("Jane Roe, 58,",
"aged 58", "a 30-year-old man", "71 years old", "workers 55 and older"; an age a rule sets
is named: "the retirement age to 68" is the retirement age) and a prison term ("seven years in prison", "sentenced
to six years"). Vote tallies and scores are in tallies.py, money crimes in money.py."""

from __future__ import annotations

import re

from tui.analysis.text import Sentence, lazy_re
from tui.regex_cache import compiled

AGE = "age"  # an unnamed age ("a 30-year-old man"); a named one becomes "age of Roe"

_AGE_AFTER = lazy_re(r"\s*[,)]|\s*$")
# "workers 55 and older", "children 12 and under": an age bracket
_AGE_BRACKET = lazy_re(r"\s+(?:and|or)\s+(?:older|over|up|younger|under)\b", re.I)
# "71 years old", "63 years of age"
_YEARS_OLD = lazy_re(r"\s+(?:old\b|of\s+age\b)", re.I)
# "raising the retirement age to 68", "the voting age of 18", "at age 65"
_AGE_NAMED = lazy_re(
    r"\b(?:(?P<mod>[a-z]+)\s+)?age\s+(?:(?:is|was|of|to|at|from|will\s+be|would\s+be|rose\s+to|rises\s+to)\s+)?$"
)
_NOT_AGE_MODIFIERS = frozenset("the a an its their his her our at of to by from whose this that".split())
_NAME_BEFORE_AGE = compiled(r"([A-Z][\w'’-]+),\s*$")
_PRISON_AFTER = compiled(
    r"(?:\s+(?:years?|months?))?\s+(?:in\s+(?:a\s+)?(?:federal\s+|state\s+)?(?:prison|jail)|behind\s+bars)\b",
    re.I,
)
_PRISON_BEFORE = compiled(r"\bsentenced\s+to\s+(?:serve\s+)?$", re.I)


def age_after_name(value: float, prev_word: str, text: str, end: int, hi: int) -> bool:
    """ "Jane Roe, 54, said" and "aged 54": an age, kept apart from counts."""
    if value > 120 or not float(value).is_integer():
        return False
    name = prev_word.endswith(",") and prev_word[:-1].isalpha()  # "Jane Roe, 54," "the driver, 23,"
    if prev_word.lower() in ("aged", "ages") or _AGE_BRACKET.match(text, end, hi):
        return True  # "aged 58", "workers 55 and older"
    return name and _AGE_AFTER.match(text, end, hi) is not None


def years_old(counts: str | None, text: str, after: int, hi: int) -> bool:
    """ "71 years old", "63 years of age": an age, not a duration."""
    return counts == "years" and _YEARS_OLD.match(text, after, hi) is not None


def age_named_before(value: float, before: str) -> str | None:
    """An age a rule sets, named before the number: "the retirement age to 68" is the
    retirement age, "the age of 21" and "at age 65" an age."""
    if value > 120 or "age" not in before[-12:]:
        return None
    m = _AGE_NAMED.search(before)
    if not m:
        return None
    mod = m.group("mod")
    return f"{mod} age" if mod and mod not in _NOT_AGE_MODIFIERS else AGE


def named_age_or_prison_term(
    counts: str | None, text: str, sent: Sentence, start: int, end: int
) -> str | None:
    """Two news conventions that say whose or what kind a count is:
    - "Jane Roe, 58," is the age of Roe (ages of one person can then be compared);
    - "seven years in prison", "sentenced to six years" is a prison term."""
    if counts == AGE:
        name = _NAME_BEFORE_AGE.search(text, max(sent.start, start - 40), start)
        return f"age of {name.group(1)}" if name else counts
    if counts in ("years", "months") and (
        _PRISON_AFTER.match(text, end) or _PRISON_BEFORE.search(text, max(sent.start, start - 30), start)
    ):
        return f"{counts} in prison"
    return counts
