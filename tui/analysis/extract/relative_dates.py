"""When, relative to publication: "last week", "last month", "this weekend", "last
Friday", "on Tuesday", "yesterday", "earlier this month", "from 2005 to 2010".

Each mention resolves to an interval of calendar days against the article's published
date (weeks run Monday to Sunday, a weekend is Saturday and Sunday, a bare weekday is
the latest such day on or before publication, "next Friday" the first after it). A
year range resolves without a published date. Without a date nothing else resolves.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from tui.analysis.lexicon import word_list
from tui.analysis.text import Sentence, word_boundary
from tui.analysis.words import content_words
from tui.regex_cache import compiled

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = "|".join(w.capitalize() for w in WEEKDAYS)
_RELS = ("last", "this", "next", "earlier this", "later this", "late last", "early last", "over the")
# Every alternative starts at a word boundary, at one of the letters the lookahead names,
# and holds one of the words _KEYS (a form without one goes there too).
_FORMS = (
    r"(?=[ltneoyfbMTWFS12])"
    r"(?:(?P<rel>" + "|".join(_RELS) + r")\s+"
    r"(?P<unit>week|weekend|month|year|" + _DAY + r")\b"
    r"|(?P<day1>yesterday|today|tonight|the day before)\b"
    r"|(?:on\s+)?(?P<wd>"
    + _DAY
    + r")(?P<wd_time>\s+(?:morning|afternoon|evening|night))?\b(?!,?\s+(?:[A-Z][a-z]+\s+)?\d)"
    r"|(?:from|between)\s+(?P<y1>(?:19|20)\d\d)\s+(?:to|and|through|until)\s+(?P<y2>(?:19|20)\d\d)\b"
    r"|(?P<y3>(?:19|20)\d\d)\s*[-–]\s*(?P<y4>(?:19|20)?\d\d)\b)"
)
# The word boundary before a mention is the start of the block or a non-word character:
# a mention is the group after it.
_AT_BLOCK_START = compiled(f"(?P<at>{_FORMS})")
_AFTER_NON_WORD = compiled(rf"\W(?P<at>{_FORMS})")

# Where a mention can start, found from its key word (a few substring searches in C over
# the article, not the forms tried after every space of it: most paragraphs hold no key
# word). A form's key word is in its first word ("yesterday", "Monday", "1990-95", "the
# day before"), or in the word after one of the words before it and a run of spaces
# ("last week", "earlier this month", "on Monday", "from 2005 to 2010"). That first word
# is a run of letters (at most 6 of them before "day": "Wednesday", "yesterday") or
# starts with the key (a year's first two digits).
_KEYS = (
    (("day", "week", "month", "year", "tonight"), (*_RELS, "on", "the"), True),
    (("19", "20"), ("from", "between"), False),
)
_MOST_LETTERS_BEFORE_KEY = 6


def _starts(text: str) -> list[int]:
    r"""Every place a mention may start, in order: a superset of the places after a
    non-word character (\W) or at the start where the forms match (_mentions tries each)."""
    found = set()
    for keys, words_before, in_letters in _KEYS:
        for key in keys:
            k = text.find(key)
            while k >= 0:
                u = k  # the start of the word the key is in
                if in_letters:
                    lo = max(0, k - _MOST_LETTERS_BEFORE_KEY)
                    u = lo + len(text[lo:k].rstrip(string.ascii_letters))
                if word_boundary(text, u):  # the key's word starts at u (a letter or digit)
                    found.add(u)
                    if u and text[u - 1].isspace():
                        j = u - 1  # the end of the word before, across the spaces
                        while j > 0 and text[j - 1].isspace():
                            j -= 1
                        if text.endswith(words_before, 0, j):
                            found.update(j - len(w) for w in words_before if text.endswith(w, 0, j))
                k = text.find(key, k + 1)
    return sorted(found)


def _mentions(text: str, starts: list[int]):
    r"""Every match of the forms that starts at a word boundary of text, left to right,
    as finditer(r"\b" + forms) finds them, given the places a mention may start (_starts,
    in order): each is tried after the end of the last match (a match ends with a word
    character, so the non-word character before the next one is never inside it)."""
    pos = 0
    for at in starts:
        if at == 0:
            m = _AT_BLOCK_START.match(text)
        elif at > pos:
            m = _AFTER_NON_WORD.match(text, at - 1)
        else:
            continue
        if m:
            yield m
            pos = m.end()


def _starts_by_block(blocks: list) -> list[list[int]]:
    """_starts of each block's text, searched for in all of them at once: the texts one
    after another, a newline between (no form spans it)."""
    joined = "\n".join(b.text for b in blocks)
    offsets = []
    at = 0
    for b in blocks:
        offsets.append(at)
        at += len(b.text) + 1
    out: list[list[int]] = [[] for _ in blocks]
    for at in _starts(joined):
        i = bisect_right(offsets, at) - 1
        out[i].append(at - offsets[i])
    return out


@dataclass(frozen=True, slots=True)
class TimeMention:
    source: str
    text: str  # as written: "last week"
    start: int
    end: int
    first: date  # the interval it names, both ends included
    last: date
    sentence: Sentence
    weekday: str | None = None  # a bare weekday ("Monday", "last Friday"): its name
    anchor: str | None = None  # the verb right before a weekday, which it dates ("met")
    clause: frozenset[str] = frozenset()  # the content words of the clause it dates (clause_words)

    def overlaps(self, other: TimeMention) -> bool:
        """Could both name the same time? Two weekdays meet by name (publication dates
        are often a day off, or are the date of an update); intervals meet with a day
        to spare on either side."""
        if self.weekday or other.weekday:
            # A weekday dates the verb before it ("said Wednesday" is the day of the speech,
            # not of the vote it is about): two weekdays meet unless they date one verb.
            if self.weekday and other.weekday and self.anchor and self.anchor == other.anchor:
                return self.weekday == other.weekday
            return True
        slack = timedelta(days=1)
        return self.first - slack <= other.last and other.first - slack <= self.last

    def label(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        return f"{self.first.isoformat()} to {self.last.isoformat()}"


def _week(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _month(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def _resolve(m: re.Match, published: date | None) -> tuple[date, date] | None:
    if m.group("y1") or m.group("y3"):
        y1 = int(m.group("y1") or m.group("y3"))
        y2s = m.group("y2") or m.group("y4")
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        return (date(y1, 1, 1), date(y2, 12, 31)) if y2 >= y1 else None
    if published is None:
        return None
    if m.group("day1"):
        word = m.group("day1").lower()
        back = 0 if word in ("today", "tonight") else 1
        day = published - timedelta(days=back)
        return day, day
    if m.group("wd"):
        target = WEEKDAYS.index(m.group("wd").lower())
        day = published - timedelta(days=(published.weekday() - target) % 7)
        return day, day
    rel, unit = m.group("rel").lower(), m.group("unit").lower()
    if unit in WEEKDAYS:
        target = WEEKDAYS.index(unit)
        if rel == "next":
            ahead = (target - published.weekday()) % 7 or 7
            day = published + timedelta(days=ahead)
        else:
            back = (published.weekday() - target) % 7
            day = published - timedelta(days=back or (7 if rel == "last" else 0))
        return day, day
    shift = {"last": -1, "late last": -1, "early last": -1, "next": 1}.get(rel, 0)
    if unit == "week":
        first, last = _week(published + timedelta(weeks=shift))
        return first, last
    if unit == "weekend":
        saturday = published + timedelta(days=(5 - published.weekday()) % 7) - timedelta(days=7)
        if rel in ("this", "over the") and published.weekday() >= 5:
            saturday = published - timedelta(days=published.weekday() - 5)
        elif rel == "next":
            saturday += timedelta(days=7)
        elif rel == "last" and published.weekday() >= 5:
            saturday -= timedelta(days=7)
        return saturday, saturday + timedelta(days=1)
    if unit == "month":
        y, mo = published.year, published.month + shift
        if mo == 0:
            y, mo = y - 1, 12
        elif mo == 13:
            y, mo = y + 1, 1
        return _month(y, mo)
    year = published.year + shift
    return date(year, 1, 1), date(year, 12, 31)


NEAR = 12  # words either side of a time: the clause it dates
TIME_WORDS = content_words(
    "last this next week weekend month year yesterday today tonight earlier later early late over "
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night day"
)
_CLAUSE_WORD = compiled(r"[A-Za-z][A-Za-z'’-]*")


def clause_words(s: Sentence, start: int, end: int) -> frozenset[str]:
    """The content words around a time at start..end of sentence s: the clause it dates,
    not the whole sentence (a list of contenders dates each of them differently). The
    comparer finds one event in two sources by them (compare/dates.py)."""
    before = _CLAUSE_WORD.findall(s.text[: start - s.start])[-NEAR:]
    after = _CLAUSE_WORD.findall(s.text[end - s.start :])[:NEAR]
    return content_words(" ".join(before + after)) - TIME_WORDS


IRREGULAR_PAST = word_list("irregular_past_verbs")
_FILLERS = frozenset("on last this early late earlier later the".split())
_WORD_BEFORE = compiled(r"[A-Za-z'’-]+")


def _verb_before(before: str) -> str | None:
    """The past-tense verb right before a weekday ("met on Sunday" → met), or None."""
    for word in reversed(_WORD_BEFORE.findall(before[-60:])):
        low = word.lower()
        if low in _FILLERS:
            continue
        return low if low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4) else None
    return None


def relative_dates(source: str, published: str | None, sents: list[Sentence]) -> list[TimeMention]:
    try:
        day = date.fromisoformat(published) if published else None
    except ValueError:
        day = None
    out = []
    starts = [s.start for s in sents]
    blocks = list({id(s.block): s.block for s in sents}.values())  # one scan per block
    for block, block_starts in zip(blocks, _starts_by_block(blocks), strict=True):
        for m in _mentions(block.text, block_starts):
            span = _resolve(m, day)
            if span is None:
                continue
            at, end = m.span("at")
            s = sents[bisect_right(starts, block.start + at) - 1]
            text = m.group("at")
            start = block.start + at
            if text.lower().startswith("on "):
                start, text = start + 3, text[3:]
            unit = m.group("wd") or m.group("unit") or ""
            weekday = unit.lower() if unit.lower() in WEEKDAYS and m.group("rel") != "next" else None
            anchor = _verb_before(block.text[:at]) if weekday else None
            end = block.start + end
            clause = clause_words(s, start, end)
            out.append(TimeMention(source, text, start, end, span[0], span[1], s, weekday, anchor, clause))
    return out
