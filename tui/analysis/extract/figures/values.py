"""The value of a number where an anchor says one starts: digits ("3,000", "2.5"), a
currency and a scale ("$2.3bn", "US$5 million", "€40m"), a percentage ("12 percent",
"3 percentage points"), number words ("forty-two", "half a dozen"), "twice" and "N times",
and shares read as percentages ("a quarter of voters" and "1 in 4 voters" are 25%)."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.currencies import SIGN_PATTERN, SIGNS
from tui.analysis.extract.figures.number_words import (
    SCALES,
    SIMPLE_WORDS,
    TENS,
    UNITS,
    WORD_NUMBER,
    word_value,
)
from tui.analysis.lexicon import mapping, word_list
from tui.analysis.text import Sentence, lazy_re, longest_first
from tui.regex_cache import compiled

# Shares written as fractions: "a quarter of voters", "two-thirds of the seats".
FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}
_FRACTION_WORDS = "|".join(longest_first(FRACTIONS))

# Units written as abbreviations ("2kg", "70mph", "500 MW") → (what is counted, the rate).
MEASURES = {
    abbr: (counted, per or None)
    for abbr, (counted, _, per) in (
        (a, c.partition(" per ")) for a, c in mapping("figure_unit_abbreviations").items()
    )
}
_MEASURE_ABBREVIATIONS = "|".join(re.escape(a) for a in longest_first(MEASURES))
# The number itself, matched where an anchor says one starts.
NUMBER = compiled(
    rf"""
    (?:
        (?P<cur>{SIGN_PATTERN})?
        (?P<dig>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:\s+(?P<scale>thousand|million|billion|trillion)\b|(?P<abbr>bn|tn|m|k|b)(?!\w)
          |\s?(?P<measure>{_MEASURE_ABBREVIATIONS})(?![\w/]))?
      | (?P<twice>twice)\b
      | (?P<fold>(?:{SIMPLE_WORDS}|hundred)fold)\b
      | (?P<frac>(?P<fnum>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<fden>{_FRACTION_WORDS})
          |(?P<half>half))(?=\s+of\s)
      | (?P<words>{WORD_NUMBER})
    )
    (?P<pct>\s*%|\s*percent\b|\s+per\s+cent\b|\s+percentage\s+points?\b)?
    (?P<times>\s+times\b)?
    (?!\w|[.,]\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# The groups of NUMBER that read_value and the candidate reader use, in this order.
GROUPS = ("dig", "cur", "scale", "abbr", "twice", "words", "pct", "times", "frac", "measure")

_ABBR = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
_TIMES_CONTEXT = compiled(
    r"\s+(?:as|the|that|what|more|less|fewer|over|his|her|their|its|our|this|[a-z]{2,}er)\b", re.I
)
_TWICE_CONTEXT = lazy_re(r"\s+(?:as|the|that|what)\b", re.I)
_NOT_BEFORE_HALF = word_list("figure_not_before_half")
# A share written as a ratio: "1 in 4 adults", "one out of every five".
_RATIO_AFTER = lazy_re(
    rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<den>\d{{1,3}}(?:,\d{{3}})*(?![\w.,]\d)|(?:{SIMPLE_WORDS})\b)",
    re.I,
)


def read_value(m: re.Match, groups: tuple, text: str, sent: Sentence, start: int):
    """(value, unit, scale, words, share, end) of a NUMBER match whose `groups` are
    m.group(*GROUPS); None when it is no amount ("one" alone, "twice" without "as",
    "three halves", "the second half of"). A share ends after its ratio ("1 in 4")."""
    dig, cur, scale_word, abbr, twice, number_words, pct, times, frac, measure = groups
    end = m.end()
    if m.group("fold"):
        return word_value(m.group("fold")[:-4]), "times", None, False, False, end  # "tenfold"
    hi = sent.end
    scale = None
    unit = None
    words = False
    share = False  # a proportion read as a percentage: "1 in 4 adults", "a quarter of voters"
    ratio = (
        _RATIO_AFTER.match(text, end, hi)
        if not (cur or pct or scale_word or abbr or times or frac or measure)
        and text[end : end + 5].lower().startswith((" in ", " out "))
        else None
    )
    if frac:
        value = _fraction_percent(m, text, sent.start, start)
        if value is None:
            return None
        unit, share = "%", True
    elif dig:
        value = float(dig.replace(",", ""))
        if scale_word:
            scale = SCALES[scale_word.lower()]
        elif abbr:
            scale = _ABBR[abbr.lower()]
        if scale:
            value = round(value * scale, 3)  # 45.2 * 1e9 is 45199999999.99999
    elif twice:
        if not _TWICE_CONTEXT.match(text, end, hi):
            return None
        value, unit = 2.0, "times"
    else:
        value = word_value(number_words)
        if value is None or (value == 1 and not ratio and not _one_of_a_kind(text, start, end, hi)):
            return None
        words = True
    if ratio:
        den = ratio.group("den").lower()
        whole = float(den.replace(",", "")) if den[0].isdigit() else (UNITS.get(den) or TENS[den])
        if not 0 < value < whole:
            return None
        value, end, share = round(100 * value / whole, 1), ratio.end(), True
        unit = "%"
        words = False
    if cur:
        unit = SIGNS.get(cur) or SIGNS[cur.upper()]
    if pct:
        unit = "%"
    if times:
        if unit or not _TIMES_CONTEXT.match(text, end, hi):
            return None
        unit = "times"
    return value, unit, scale, words, share, end


# "a single count of fraud", "by one vote": "one" or "a single" before one of these is a figure.
_SINGLE_NOUN = lazy_re(rf"\s+(?:{'|'.join(longest_first(word_list('figure_single_nouns')))})\b(?!-)", re.I)


def _one_of_a_kind(text: str, start: int, end: int, hi: int) -> bool:
    """ "a single count", "one vote", but not "not a single vote" (none) or "one of"."""
    return _SINGLE_NOUN.match(text, end, hi) is not None and text[max(0, start - 4) : start].lower() != "not "


def _fraction_percent(m: re.Match, text: str, sent_start: int, start: int) -> float | None:
    """A fraction of something as a percentage: "a quarter of" is 25, "two-thirds of" 66.7;
    None for "the second half of the year" (a part, not a share) and "three halves"."""
    before = text[max(sent_start, start - 40) : start].split()
    if m.group("half") and before and before[-1].lower() in _NOT_BEFORE_HALF:
        return None  # "the second half of the year"
    den = FRACTIONS[(m.group("fden") or "half").lower()]
    num = 1 if m.group("half") or m.group("fnum").lower() in ("a", "one") else UNITS[m.group("fnum").lower()]
    if num >= den:
        return None
    return round(100 * num / den, 1)
