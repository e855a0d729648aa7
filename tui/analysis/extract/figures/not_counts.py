"""Numbers that are no figure: labels ("Route 66", "Room 204"), clock times ("3 p.m."),
addresses ("12 Elm Street"), codes (zip codes, phone numbers), names and model numbers
("Boeing 737", "the 737 jet"), the second number of a ratio ("1 in 5"), small number
words that say who rather than how many ("the two men") and a listicle headline's count
of its own items ("5 takeaways from the debate").

Years and dates never get here: extract.py skips what dates.scan_text found."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.nouns import COMMON_VERBS, GOAL_NOUNS
from tui.analysis.extract.figures.number_words import SIMPLE_WORDS
from tui.analysis.lexicon import word_list
from tui.regex_cache import compiled

# A number right after one of these names a thing, not a count: "Route 66", "No. 1999".
LABELS = word_list("figure_labels")
_REFERRING = word_list("figure_referring_words")
LIST_NOUNS = word_list("headline_list_nouns")  # what a listicle headline counts
_STREET_AFTER = compiled(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|"
    r"Dr|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Terrace|Square|Plaza|Center|Centre)\b"
)
_TIME_START = frozenset("apAPo")  # after a space: "3 p.m.", "3 PM", "3 o'clock"
_TIME_AFTER = compiled(r":\d|\s*(?:[ap]\.m\.|[ap]m\b|o'clock)", re.I)
_RATIO_WORDS = frozenset(("in", "of", "every"))
_RATIO_BEFORE = compiled(rf"(?:\d|\b(?:{SIMPLE_WORDS}))\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.I)


def listicle_count(counts: str | None) -> bool:
    """A headline's count of the article's own items: "5 takeaways", "10 things"."""
    return counts is not None and counts.lower() in LIST_NOUNS


def ratio_denominator(text: str, sent_start: int, num_start: int, words_before: list[str]) -> bool:
    """The 5 of "1 in 5 children": the share is read at the 1."""
    return (
        len(words_before) > 1
        and words_before[-1].lower() in _RATIO_WORDS
        and _RATIO_BEFORE.search(text, max(sent_start, num_start - 16), num_start) is not None
    )


def says_who(value: float, prev_word: str) -> bool:
    """A small number word after "the", "both", "all": "the two men" says who, not how
    many (the caller checks it is a number word and unqualified)."""
    return value < 10 and prev_word.lower() in _REFERRING


def label_time_address_or_code(
    text: str, dig: str, value: float, prev_word: str, num_start: int, end: int, hi: int
) -> bool:
    """A plain number (no unit, scale or share) that is a label, a clock time, a house
    number, a zip code, an id or a phone number."""
    after_char = text[end : end + 1]
    if prev_word.lower().rstrip(".#") in LABELS or (
        (after_char == ":" or (after_char == " " and text[end + 1 : end + 2] in _TIME_START))
        and _TIME_AFTER.match(text, end, hi)
    ):
        return True
    if text[end + 1 : end + 2].isupper() and _STREET_AFTER.match(text, end, hi):
        return True
    if "," not in dig and "." not in dig and value >= 10000:
        return True  # zip codes, ids: news copy writes counts with separators
    # "(555) 123-4567"
    return text[num_start - 1 : num_start] == "(" and re.match(r"\)\s*\d", text[end : end + 3]) is not None


def name_or_model_number(
    titled: bool, prev_word: str, words_before: list[str], mid_sentence: bool, tokens: list[str], bare: bool
) -> bool:
    """A plain number that counts nothing and is part of a name or a model: "Boeing 737",
    "Fortune 500" (a capitalised word before it, inside a sentence); "the 737 jet" (a
    noun after it that it does not count, when no rate or compound says otherwise)."""
    name = not titled and prev_word.isalpha() and prev_word[0].isupper()
    if name and (len(words_before) > 1 or mid_sentence):
        return True  # "Boeing 737", "Fortune 500": a name, not a count
    # "the 737 jet": a model number before a noun it does not count; not "14 held by"
    if not tokens or not bare or tokens[-1].lower() in GOAL_NOUNS:
        return False
    first = tokens[0].lower()
    return not (first in COMMON_VERBS or (first.endswith("ed") and len(first) > 4))
