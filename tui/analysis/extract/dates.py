"""Dates named in text and captions.

A stale photo caption or a wrong day is a discrepancy in its own right, so dates
are kept apart from figures: the figure extractor (figures/extract.py) asks
`scan_text` (cached, so the article is scanned once for both) which numbers are
really dates and leaves them alone; it also takes `number_tokens` (where numbers
start) and `plain_text` from here.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from tui.analysis.lexicon import word_list
from tui.analysis.lexicon import words as _words
from tui.analysis.memo import remembered
from tui.analysis.model import DateMention
from tui.analysis.text import Sentence, by_first_letter, lazy_re, longest_first
from tui.brief.model import CAPTION, Article
from tui.regex_cache import compiled


def _words_list(text: str) -> list[str]:
    return text.split()


_MONTHS = _words_list("january february march april may june july august september october november december")
_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_NUMBER = {name: i for i, name in enumerate(_MONTHS, 1)} | _ABBR
WEEKDAYS = _words_list("monday tuesday wednesday thursday friday saturday sunday")


def _forms(words) -> frozenset[str]:
    """Title or upper case only: "march" and "may" in lower case are words, not months."""
    return frozenset(f for w in words for f in (w.title(), w.upper()))


def _cased(words) -> str:
    return "|".join(longest_first(_forms(words)))


# A full month name, or an abbreviation (which needs a day or year after it).
_FULL = _cased(_MONTHS)
_SHORT = _cased(_ABBR)
_MONTH = rf"(?:(?:{_FULL})\b|(?:{_SHORT})\b\.?)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
# Words that make a lone month name or a bare old year read as a date.
PREPOSITIONS = word_list("date_prepositions")

_SP = r"[^\S\n]+"  # spaces that stay inside one block
# Anchors: a digit, or a month or weekday name. Each is then matched in place. A name is
# a whole word of _NAMES not glued to a letter or digit before it.
_FULL_FORMS = _forms(_MONTHS)
_SHORT_FORMS = _forms(_ABBR)
_WEEKDAY_FORMS = _forms(WEEKDAYS)
_NAMES = _FULL_FORMS | _SHORT_FORMS | _WEEKDAY_FORMS


def _by_initial(names) -> str:
    """The names as a pattern that starts with a character class (their capitals) and
    reads the rest of each name after it: "[JM](?:(?<=J)(?:une|an)|(?<=M)(?:ay))". A
    search skips to those capitals in C; the look-behind, after the capital (and over
    it), checks nothing is glued before it. Longest first, whole words only."""
    capitals = "".join(sorted({w[0] for w in names}))
    return f"[{capitals}](?<![^\\W_].)(?:{by_first_letter(sorted(names), behind=True)})(?!\\w)"


# One pattern for every name: compiled, it costs well under a millisecond, and the scan
# stops at the names only, not at every capitalised word.
_NAME_ANCHOR = compiled(_by_initial(_NAMES))
# A number token: digits with their inner separators ("1,500", "10:30", "4/12/2030"). Both
# readers skip digits right after ".,:/" anyway, so one anchor per token is enough.
_DIGITS = compiled(r"\d[\d.,:/]*")
# ASCII text (most articles, once plain_text has folded their quotes and dashes) is read
# as bytes, each character turned into its class: a digit "0", a separator ".", anything
# else " "; a token then runs from a "0" to the next " ", two byte searches (memchr) per
# token instead of a regex stepping through every character of the text.
_DIGIT, _SEPARATOR, _OTHER = b"0", b".", b" "
_CLASSES = (
    bytes(
        _DIGIT[0] if chr(i).isdigit() else _SEPARATOR[0] if chr(i) in ".,:/" else _OTHER[0]
        for i in range(128)
    )
    + _OTHER * 128
)
_AT_DIGIT = compiled(
    rf"""
    (?P<iso>(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))(?![\w-])
  | (?P<num>(?P<na>\d{{1,2}})/(?P<nb>\d{{1,2}})/(?P<ny>{_YEAR}))(?![\w/])
  | (?P<dm>(?P<dmd>{_DAY}){_SP}(?:of{_SP})?(?P<dmm>{_MONTH})(?:,?{_SP}(?P<dmy>{_YEAR}))?)(?!\w)
  | (?P<dec>(?:1[6-9]|20)\d0s)\b
  | (?P<time>(?:1[0-2]|0?[1-9])(?::[0-5]\d)?[^\S\n]?(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b))
  | (?P<yr>1[0-9]\d\d|20\d\d)(?![\w%$]|[.,]\d)
    """,
    re.VERBOSE,
)


# The date forms that can start with a month or weekday name: a month with a day and
# maybe a year, a month with a year, a lone month, a weekday. Matched only where
# _NAME_ANCHOR found a whole name, so of each list only that name can match there (the
# \b after every name rules out the others): one pattern for every name, compiled on first
# use, not one per name (two dozen compiles of half a millisecond each in a process).
_AT_NAME = lazy_re(
    rf"""
    (?P<md>(?P<mdm>{_MONTH}){_SP}(?P<mdd>{_DAY})(?:,?{_SP}(?P<mdy>{_YEAR}))?)(?![\w,.]?\d)
  | (?P<my>(?P<mym>{_MONTH}),?{_SP}(?P<myy>{_YEAR}))(?![\w,]?\d)
  | (?P<mo>{_FULL})\b(?!,?\s+\d)
  | (?P<wd>{_cased(WEEKDAYS)})\b
    """,
    re.VERBOSE,
)


# Characters before a digit that make it part of something else: "3.5", "1,800", "9/11",
# "10:30", "COVID-19", "$2016", "#2016", "'90s".
_NOT_BEFORE_DIGIT = frozenset(".,/:-$€£#'")

_STREET_AFTER = lazy_re(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|"
    r"Dr|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Terrace|Square|Plaza)\b"
)
# "2000 workers" counts workers; "the 2020 elections" is a year.
_PLURAL_AFTER = compiled(r"\s+(?:[a-z]+\s+)?([a-z]+s)\b")
_EVENTS = word_list("date_events")


# "Room 2016" and "No. 1999" are not years; "Election Day 2024" and "Week 2025" are. The
# labels are those figures skip ("Route 66"), read from the same list.
_YEAR_LABELS = word_list("figure_labels") - _words("day week season act game group round top")


def _year_ok(text: str, m: re.Match, lo: int) -> bool:
    """Whether a bare four-digit number reads as a year rather than a count or a label."""
    year = int(m.group("yr"))
    words = text[max(lo, m.start() - 30) : m.start()].lower().split()
    last = words[-1].rstrip(".#") if words else ""
    if last in _YEAR_LABELS or (
        text[m.end() + 1 : m.end() + 2].isupper() and _STREET_AFTER.match(text, m.end())
    ):
        return False
    if last in ("the", "year") and len(words) > 1:
        last = words[-2] if words[-2] not in ("the", "year") or len(words) < 3 else words[-3]
    if last in PREPOSITIONS:
        return True
    if year < 1900:
        return False
    after = _PLURAL_AFTER.match(text, m.end())
    return not after or after.group(1) in _EVENTS or after.group(1).endswith(("ss", "us"))


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month(word: str) -> int:
    return MONTH_NUMBER[word.rstrip(".").lower()]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def _at_digit(text: str, p: int):
    m = _AT_DIGIT.match(text, p)
    if not m:
        return None
    year = month = day = None
    kind = m.lastgroup  # the form matched: each outer group closes after those inside it
    if kind == "iso":
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    elif kind == "num":
        a, b = int(m.group("na")), int(m.group("nb"))  # month first, as US copy writes it
        if a > 12 and b <= 12:  # unless it can only be day first
            a, b = b, a
        if a > 12 or b > 31:
            return None
        year, month, day = int(m.group("ny")), a, b
    elif kind == "dm":
        month, day = _month(m.group("dmm")), _day(m.group("dmd"))
        year = int(m.group("dmy")) if m.group("dmy") else None
    elif kind == "dec":
        return m.start(), m.end(), int(m.group("dec")[:4]), None
    elif kind == "yr":
        if not _year_ok(text, m, max(0, p - 30)):
            return None
        year = int(m.group("yr"))
    return m.start(), m.end(), year, _iso(year, month, day)


def _at_name(text: str, p: int):
    m = _AT_NAME.match(text, p)
    if not m:
        return None
    year = month = day = None
    if m.group("md"):
        month, day = _month(m.group("mdm")), _day(m.group("mdd"))
        year = int(m.group("mdy")) if m.group("mdy") else None
    elif m.group("my"):
        month, year = _month(m.group("mym")), int(m.group("myy"))
    elif (
        m.group("mo")
        and text[max(0, p - 4) : p].lower() != "mid-"
        and (text[max(0, p - 12) : p].lower().split() or [""])[-1] not in PREPOSITIONS
    ):
        return None  # a lone "March" or "May" needs "in", "since", "last"...
    return m.start(), m.end(), year, _iso(year, month, day)


@remembered(16)
def number_tokens(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every number token: the anchors of dates and figures alike."""
    if not text.isascii():
        return tuple([m.span() for m in _DIGITS.finditer(text)])
    classes = text.encode("ascii").translate(_CLASSES)
    out = []
    p = classes.find(_DIGIT)
    while p >= 0:
        e = classes.find(_OTHER, p)
        if e < 0:
            out.append((p, len(classes)))
            break
        out.append((p, e))
        p = classes.find(_DIGIT, e)
    return tuple(out)


def _may_be_date(text: str, start: int, end: int) -> bool:
    """A cheap look at a number token before the date regex: most numbers in news are
    counts ("528 inspections", "1,500") that no date form can start with."""
    core = text[start:end].rstrip(".,:/")
    n = len(core)
    if n == 4 or "/" in core or ":" in core:
        return True  # a year, a decade, an ISO or numeric date, a time
    if n > 2 or not core.isdigit():
        return False  # "1,500", "2.3", "528": never a date
    nxt = text[start + n : start + n + 2]
    c = nxt[:1]
    if c in _AFTER_DAY:
        return True  # "22nd", "3pm", "3-"
    # "22 March", "3 p.m.", "3 of May"
    return c == " " and (nxt[1:2].isupper() or nxt[1:2] in _AFTER_DAY_SPACE)


_AFTER_DAY = frozenset("sntrhdaApP")
_AFTER_DAY_SPACE = frozenset("aApPo")


@remembered(16)
def scan_text(text: str) -> tuple[tuple[int, int, int | None, str | None], ...]:
    """(start, end, year, iso) of every date or time in a plain_text()-ed article.

    Cached: figures/extract.py asks for the same text to keep dates out of figures.
    """
    hits = []
    for p, e in number_tokens(text):
        prev = text[p - 1] if p else " "
        if prev.isalnum() or prev in _NOT_BEFORE_DIGIT or not _may_be_date(text, p, e):
            continue
        hit = _at_digit(text, p)
        if hit:
            hits.append(hit)
    for m in _NAME_ANCHOR.finditer(text):
        hit = _at_name(text, m.start())
        if hit:
            hits.append(hit)
    hits.sort()
    out = []
    last = 0
    for hit in hits:  # a hit that starts inside an earlier one is part of it
        if hit[0] >= last:
            out.append(hit)
            last = hit[1]
    return tuple(out)


_PLAIN = (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-"))


def plain_text(text: str) -> str:
    """text.plain_quotes, but a few str.replace calls: forty times faster on long text."""
    for a, b in _PLAIN:
        if a in text:
            text = text.replace(a, b)
    return text


def extract_dates(article: Article, sents: list[Sentence]) -> list[DateMention]:
    hits = scan_text(plain_text(article.text))
    starts = [s.start for s in sents]
    out: list[DateMention] = []
    for s, e, year, iso in hits:
        i = bisect_right(starts, s) - 1
        if i < 0 or s >= sents[i].end:
            continue  # outside every sentence
        out.append(
            DateMention(
                source=article.id,
                text=article.text[s:e],
                start=s,
                end=e,
                year=year,
                iso=iso,
                in_caption=sents[i].block.kind == CAPTION,
            )
        )
    return out
