"""Where a figure may start: digit runs (shared with dates.py), currency signs before
them, and number words ("forty", "a dozen", "half a million", "a third of")."""

from __future__ import annotations

from itertools import chain

from tui.analysis.extract.dates import number_tokens
from tui.analysis.extract.figures.compounds import SCALES
from tui.analysis.extract.figures.currencies import sign_start
from tui.analysis.extract.figures.number_words import TENS, UNITS
from tui.analysis.text import by_first_letter
from tui.regex_cache import compiled

SCALE_PREFIXES = tuple(f"{w}-" for w in SCALES)


_FRACTION_ANCHORS = ("half", "third", "quarter", "fifth", "tenth")
# "tenfold", "a hundredfold": multiples written as one word
FOLDS = [
    f"{w}fold" for w in ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred")
]
# Where number words may start (searched in lower-cased text); digits come from dates.number_tokens.
# No look-behind: it makes the scan slower (it is tried at every position); number_starts checks
# the character before each hit instead. Past the text's start, a number word is searched only
# after a character that is no ASCII letter or digit (group 1 is the word): the search then skips
# the letters of words in C. It finds every start the plain alternation finds that number_starts
# keeps: a kept word follows no letter or digit (or follows "a " / "half a "), and the words are
# ASCII letters, so no hit of the plain alternation can cover a kept start.
_NUMBER_WORDS = by_first_letter(
    [
        *UNITS,
        *TENS,
        *FOLDS,
        "twice",
        "dozen",
        "hundred",
        "thousand",
        "million",
        "billion",
        "single",
        *_FRACTION_ANCHORS,
    ]
)
_WORD_AT_START = compiled(rf"({_NUMBER_WORDS})\b")
_WORD_AFTER_NON_ALNUM = compiled(rf"[^a-z0-9]({_NUMBER_WORDS})\b")
# In ASCII text without "_", the same search after every character that is no letter or
# digit has become a space: a literal first character, which the search skips to fastest.
_WORD_AFTER_SPACE = compiled(rf" ({_NUMBER_WORDS})\b")
_SPACED = str.maketrans({chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")})
# A number glued to one of these is part of something else: "3.5", "#2", "$" is read with it.
NOT_BEFORE = frozenset(".,/#:@$€£")
_TWO_DIGITS = compiled(r"\d\ds?(?![\w.,])")
_YEAR_BEFORE = frozenset(
    "of in since the until by from through before after summer spring fall winter class".split()
)


def _year_apostrophe(text: str, p: int) -> bool:
    """ "'04", "the '90s" are years; "'50 people" opening a quote is not."""
    m = _TWO_DIGITS.match(text, p)
    if not m:
        return False
    before = text[max(0, p - 12) : p - 1].split()
    return m.group().endswith("s") or (bool(before) and before[-1].lower() in _YEAR_BEFORE)


def number_starts(text: str) -> list[int]:
    """Where a number may start, in order: digits, currency signs, number words."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two: keep offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = []
    for p, _ in number_tokens(text):
        p = sign_start(text, p)  # "$2", "HK$2": the number starts at its currency sign
        prev = text[p - 1 : p]
        if prev.isalnum() or prev in NOT_BEFORE:
            continue
        if prev in "'’" and _year_apostrophe(text, p):
            continue  # "the campaign of '04", "the '90s": a year
        if prev == "-" and text[p - 2 : p - 1].isalpha() and not low.endswith(SCALE_PREFIXES, 0, p):
            continue  # "COVID-19", "F-35"; not "magnitude-6.4"
        found.append(p)
    head = _WORD_AT_START.match(low)
    if low.isascii() and "_" not in low:
        words = _WORD_AFTER_SPACE.finditer(low.translate(_SPACED))
    else:
        words = _WORD_AFTER_NON_ALNUM.finditer(low)
    for m in chain((head,) if head else (), words):
        p = m.start(1)
        word = m.group(1)
        if word in _FRACTION_ANCHORS:
            if not low.startswith(" of ", m.end()):
                continue  # only a share of something: "a third of", "half of"
            if word != "half":
                if not low.endswith("a ", 0, p):
                    continue
                p -= 2
        elif word in ("dozen", "hundred", "thousand", "million", "billion", "single"):
            if low.endswith("half a ", 0, p) and word != "single":
                p -= 7
            elif low.endswith("a ", 0, p):
                p -= 2
            else:
                continue
        if p and (text[p - 1].isalnum() or text[p - 1] in NOT_BEFORE):
            continue
        found.append(p)
    found.sort()
    return found
