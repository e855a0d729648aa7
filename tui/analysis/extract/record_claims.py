"""Record claims: a superlative with a time scope, in the outlet's own voice — "the
worst since 1929", "the largest ever", "the deadliest in the state's history", "the
highest in a decade". The scope is all-time ("ever", "in history", "on record") or
bounded ("since 1990", "in 20 years", "in decades"). Two sources that give one event
scopes that cannot both hold ("the worst since 2008" / "the largest ever") frame it
differently; the comparer (compare/framing.py) reports them."""

from __future__ import annotations

import re
from typing import NamedTuple

from tui.analysis.text import Sentence
from tui.regex_cache import compiled

_SCOPE = (
    r"(?P<ever>ever|in (?:[\w'’]+ ){0,3}history|on record)"
    r"|(?P<since>since (?:at least )?(?:the )?(?P<year>\d{4})s?)"
    r"|(?P<span>in (?:at least |more than |over )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|a half) "
    r"(?:years|decades|decade|year|generations?)|in decades|in a generation)"
)
_RECORD = compiled(
    r"\b(?P<sup>[a-z]+est|most [a-z]+|biggest|worst|best)\b(?P<what>[^.,;:!?“”\"]{0,60}?)\b(?:"
    + _SCOPE
    + r")\b",
    re.IGNORECASE,
)
# What a claim's lower-cased sentence must hold besides a scope word: a superlative
# ("-est", "most ...", "worst"; IGNORECASE also reads a long s, "ſ", as "s", so a
# sentence with one is always read).
_SUPERLATIVE_HINT = compiled("est|most |worst|ſ")
_NOT_SUPERLATIVE = frozenset(
    "interest honest modest forest earnest protest contest arrest request suggest".split()
)


class RecordClaim(NamedTuple):
    start: int
    end: int
    text: str  # "the worst since 1929"
    scope: str  # "ever", or "since 1929", "in 20 years"
    sentence: Sentence


def record_claims(sents: list[Sentence], quoted) -> list[RecordClaim]:
    """`quoted(start, end)`: is this span inside quotation marks (a speaker's words)?"""
    out = []
    for s in sents:
        low = s.text.lower()
        # no word of a time scope or no superlative: no record claim (far cheaper tests; a
        # substring search per scope word, in C, costs half what one alternation does)
        if not (
            "ever" in low
            or "history" in low
            or "record" in low
            or "since" in low
            or "year" in low
            or "decade" in low
            or "generation" in low
        ) or not _SUPERLATIVE_HINT.search(low):
            continue
        for m in _RECORD.finditer(s.text):
            if m.group("sup").lower() in _NOT_SUPERLATIVE:
                continue
            start, end = s.start + m.start(), s.start + m.end()
            if quoted(start, end):
                continue
            scope = "ever" if m.group("ever") else (m.group("since") or m.group("span")).lower()
            out.append(RecordClaim(start, end, m.group(0), scope, s))
    return out
