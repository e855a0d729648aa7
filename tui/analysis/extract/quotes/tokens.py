"""Words and clauses of the article text, as the attribution rules see them: tokens,
capitalised runs, acronyms, the end of a clause. Pure functions of the text."""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.analysis.extract.quotes.vocabulary import (
    ADVERBS,
    CONNECTORS,
    LY_NOUNS,
    NOT_ORG_ACRONYMS,
    SPEECH_VERB,
)
from tui.analysis.text import ABBREVIATIONS, lazy_re, word_boundary
from tui.regex_cache import compiled

Token = tuple[int, int, str]  # start, end, the word as written
Named = tuple[int, int, str]  # start, end, and the person or organisation named there

_TOKEN = compiled(r"[A-Za-z][\w'’&.-]*")
# Where the clause after a closing mark ends, and where a noun phrase inside it ends.
TAIL_STOP = compiled(r"[“”\"‘!?;:\n]|\.(?=\s|$)")
NP_STOP = compiled(r"[,;:()“”\"‘!?\n—–]|\.(?=\s|$)")
# "He accused Roe …", "She told …": a pronoun opening a clause (group 1: the pronoun).
PRONOUN_START = compiled(r"\s*(He|She)\b")
_KEEP_DOT = lazy_re(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.")
_SENTENCE_END = lazy_re(r"[.!?](?:\s+[A-Z“\"]|$)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A time after a speaker, before the verb: "Roe on Monday said", "the Herald on July 20, 2006,".
_TIME_TAIL = lazy_re(
    rf"\s+(?:(?:on|last|this|early|late)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?\s*$"
    r"|\s+on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*$|\s+(?:last|this)\s+(?:week|month|year|weekend)\s*$"
)
_TIME_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday morning afternoon evening night "
    "week month year weekend".split()
)
_NAME_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")


def tokens_in(text: str, lo: int, hi: int) -> list[Token]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]


def bare(word: str) -> str:
    """A token without possessive or trailing dot: "NASA’s" -> "NASA"."""
    if word[-1] not in "s'’.":
        return word
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if word.endswith(".") and not _KEEP_DOT.fullmatch(word):
        word = word.rstrip(".")
    return word


def is_acronym(word: str) -> bool:
    w = bare(word)
    return 2 <= len(w) <= 6 and w.isupper() and w.isalpha() and w not in NOT_ORG_ACRONYMS


def name_parts(name: str) -> list[str]:
    """The words of a name without "Jr." and the like."""
    return [p for p in name.replace(",", " ").split() if p.rstrip(".").lower() not in _NAME_SUFFIXES]


def run_forward(toks: list[Token], k: int) -> list[Token]:
    """The capitalised run starting at toks[k] ("Department of Harbor Safety"), up to a possessive."""
    run: list[Token] = []
    while k < len(toks):
        w = toks[k][2]
        if run and toks[k][0] - run[-1][1] > 1:
            break  # "The Post, 2009": a comma or a number between is the run's end
        if (
            w[0].isupper()
            or w.lower() in CONNECTORS
            and run
            and k + 1 < len(toks)
            and toks[k + 1][2][0].isupper()
        ):
            run.append(toks[k])
        else:
            break
        if w.endswith(("’s", "'s")):
            break
        k += 1
    return run


def run_backward(toks: list[Token], k: int) -> list[Token]:
    """The capitalised run ending just before toks[k] (and next to it)."""
    run: list[Token] = []
    i = k - 1
    if 0 <= i < k < len(toks) and toks[k][0] - toks[i][1] > 1:
        return run  # "Reuters, prosecutors": a comma between
    while i >= 0:
        w = toks[i][2]
        if run and run[0][0] - toks[i][1] > 1:
            break
        if w[0].isupper():
            if run and w.endswith(("’s", "'s")):
                break
            run.insert(0, toks[i])
        elif w.lower() in CONNECTORS and run and i > 0 and toks[i - 1][2][0].isupper():
            run.insert(0, toks[i])
        else:
            break
        i -= 1
    return run


def last_word(text: str, lo: int, hi: int) -> Token | None:
    j = hi
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in "'’-"):
        j -= 1
    if j == hi:
        return None
    return j, hi, text[j:hi]


def is_adverb(word: str) -> bool:
    """ "also", "has", "clearly", "once": what may stand between a speaker and the verb."""
    w = word.lower()
    return w in ADVERBS or (word.islower() and len(w) > 4 and w.endswith("ly") and w not in LY_NOUNS)


def skip_adverbs(text: str, lo: int, hi: int) -> int:
    """Where the phrase in [lo, hi) ends without the adverbs and the time at its end: "Roe
    clearly", "Roe on Monday", "Roe on July 20" end after "Roe"."""
    return skip_adverbs_to_word(text, lo, hi)[0]


def skip_adverbs_to_word(text: str, lo: int, hi: int) -> tuple[int, Token | None]:
    """skip_adverbs, and the word the phrase then ends with (last_word up to there)."""
    while True:
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        w = last_word(text, lo, hi)
        if w is None:
            return hi, w
        if w[2].isdigit() or w[2] in _TIME_WORDS:
            t = _TIME_TAIL.search(text, max(lo, hi - 40), hi)
            if t is None:
                return hi, w
            hi = t.start()
        elif is_adverb(w[2]):
            hi = w[0]
        else:
            return hi, w


def has_word(text: str, word: str) -> bool:
    """Whether text writes word as a whole word: re.search(rf"\\b{re.escape(word)}\\b", text),
    with no pattern compiled per word (each compile costs as much as a long search)."""
    at = text.find(word)
    while at != -1:
        if word_boundary(text, at) and word_boundary(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def word_ends_with(text: str, ending: str, lo: int, hi: int) -> bool:
    """Whether a word of text[lo:hi] ends with `ending` (a word boundary after it): a test
    in C, mostly, before a pattern of such words runs."""
    at = text.find(ending, lo, hi)
    while at != -1:
        if word_boundary(text, at + len(ending), hi):
            return True
        at = text.find(ending, at + 1, hi)
    return False


def between(items: list[Named], lo: int, hi: int) -> list[Named]:
    """The items of a start-sorted list that start in [lo, hi)."""
    return items[bisect_left(items, (lo,)) : bisect_left(items, (hi,))]


def _abbrev_before(text: str, dot: int) -> bool:
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].rstrip(".").lower()
    return len(word) == 1 or word in ABBREVIATIONS


def clause_end(text: str, pos: int, hi: int, stop: re.Pattern = TAIL_STOP) -> int:
    """First sentence-ending or quoting character at or after pos, skipping
    the dots of abbreviations and initials."""
    hi = min(hi, pos + 300)
    while True:
        m = stop.search(text, pos, hi)
        if m is None:
            return hi
        if m.group() == "." and _abbrev_before(text, m.start()):
            pos = m.end()
            continue
        return m.start()


LEAD_GAP = 30  # words a lead-in may stand before its quote: "told reporters that failure to … “…”"


def lead_before(pattern: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """The last match of pattern in [lo, hi) when it leads into what opens at hi: at most
    LEAD_GAP words, no sentence end and no speech verb of its own in between."""
    found = list(pattern.finditer(text, lo, hi))
    if not found:
        return None
    after = text[found[-1].end() : hi]
    if len(after.split()) > LEAD_GAP or has_sentence_end(after) or SPEECH_VERB.search(after):
        return None
    return found[-1]


def has_sentence_end(s: str) -> bool:
    """A full stop that is not a title's or an initial's ("told Mr. Roe", "Sen.") ends the clause."""
    if "." not in s and "!" not in s and "?" not in s:
        return False  # most clauses before a quote: no pattern run at all
    return any(s[m.start()] != "." or not _abbrev_before(s, m.start()) for m in _SENTENCE_END.finditer(s))
