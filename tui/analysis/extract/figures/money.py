"""What an amount of money is, by its use after it: "$45 million in state aid", "$5 million
for new roads", "spent $2 million on ads". What names it before it is in money_before.py."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.compounds import TIME_UNITS
from tui.analysis.extract.figures.money_before import MONEY_NOUNS
from tui.analysis.extract.figures.nouns import COMMON_VERBS, DURATIONS, STOP_WORDS, VAGUE_AMOUNTS, WORD
from tui.analysis.extract.figures.number_words import TENS, UNITS
from tui.analysis.extract.figures.percentages import DECREASES, INCREASES
from tui.analysis.extract.figures.plurals import is_plural
from tui.analysis.extract.figures.rates import PER_WORDS
from tui.analysis.extract.figures.verb_counts import VERB_NOUNS
from tui.analysis.lexicon import word_list
from tui.analysis.text import lazy_re

_ORDINALS = word_list("figure_ordinals")
# Money spent on or made of something: "$45 million in state aid", "$5 million for new roads".
# Money as the subject of a copula that names it: "$1.1 million is the estimated cost".
_MONEY_IS = lazy_re(
    r"\s+(?:is|was|would\s+be|will\s+be)\s+(?:the|an?|its|their)\s+"
    r"(?:(?:estimated|total|projected|expected|annual|likely|final)\s+)?([a-z]+)\b"
)
_MONEY_USE = lazy_re(
    r"\s+(?P<prep>in|of|for|on)\s+(?:(?:the|its|their|his|her|our)\s+(?=[a-z]))?"
    r"(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})"
)


# Money spent on something: "spent $2 million on ads" (after "on" only with such a verb).
_SPENT_BEFORE = lazy_re(
    r"\b(?:spent|spend|spends|spending|invested|invests|investing|wasted|splurged)\s+$", re.I
)
# A means of payment is no use: "bought it for $4 billion in cash".
_MEANS = frozenset(("cash", "stock", "cash and stock", "stock and cash"))


def money_use_after(
    text: str, pos: int, hi: int, titled: bool, before: str
) -> tuple[str | None, str | None, int]:
    """What money after "in", "of", "for" (or "on", after a verb of spending) is:
    (noun, rate, position after it).

    Up to two modifiers and a noun: "$45 million in state aid" is aid, "$5 million for new
    roads" is roads, "$3 billion in spending cuts" cuts in spending (as a percentage
    change reads), "$882 billion in Medicare cuts" cuts (a name before the noun modifies
    it); a duration, a name or a date is not a use ("$3 million in two years", "$5
    million in Ohio").
    """
    named = _MONEY_IS.match(text, pos, hi)
    if named and named.group(1).lower() in MONEY_NOUNS:
        return named.group(1).lower(), None, named.end()  # "$1.1 million is the estimated cost of …"
    m = _MONEY_USE.match(text, pos, hi)
    if not m or (m.group("prep") == "on" and not _SPENT_BEFORE.search(before)):
        return None, None, pos
    picked: list[str] = []
    per = None
    after = pos
    found = list(WORD.finditer(text, m.start("words") - 1, m.end()))
    for k, w in enumerate(found):
        tok = w.group(1)
        low = tok.lower()
        if low in PER_WORDS:
            per = PER_WORDS[low]
            after = w.end()
            continue
        if not titled and tok[0].isupper() and not picked and k + 1 < len(found):
            following = found[k + 1].group(1)
            if following[0].islower() and following.lower() not in STOP_WORDS:
                continue  # "$882 billion in Medicare cuts": a name modifying the noun
        if (
            low in STOP_WORDS
            or low in VERB_NOUNS
            or low in UNITS
            or low in TENS
            or (not titled and tok[0].isupper())
        ):
            break
        picked.append(low)
        after = w.end()
        if is_plural(tok):
            break
    if not picked:
        return None, per, pos
    last = picked[-1]
    if " ".join(picked) in _MEANS:
        return None, per, pos
    if last in DURATIONS or last in VAGUE_AMOUNTS or any(w in _ORDINALS for w in picked):
        return None, per, pos
    if len(picked) > 1 and (last in INCREASES or last in DECREASES):
        return f"{last} in {picked[-2]}", per, after  # "$3 billion in spending cuts"
    if is_plural(last) or last in MONEY_NOUNS:
        return last, per, after
    known = [w for w in picked if w in MONEY_NOUNS]
    if known:
        return known[-1], per, after
    if last in TIME_UNITS or last.endswith("ed") or last in COMMON_VERBS:
        return None, per, pos
    return last, per, after
