"""What an amount of money is: its use after it ("$45 million in state aid", "$5 million
for new roads"), or named before it ("a budget of $3 billion", "lowered its profit
forecast to $3.1 billion", "admitted stealing $2.1 million": the money crime, theft)."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.compounds import TIME_UNITS
from tui.analysis.extract.figures.nouns import AUXILIARIES, COMMON_VERBS, DURATIONS, STOP_WORDS, WORD
from tui.analysis.extract.figures.number_words import TENS, UNITS
from tui.analysis.extract.figures.plurals import is_plural
from tui.analysis.extract.figures.rates import PER_WORDS
from tui.analysis.extract.figures.verb_counts import VERB_NOUNS, verb_before, verb_noun
from tui.analysis.lexicon import word_list
from tui.analysis.text import lazy_re

MONEY_UNITS = ("$", "€", "£")
# Currencies written as words after the number: "4.5 billion euros".
CURRENCY_WORDS = {"dollars": "$", "euros": "€", "pounds": "£"}
# What money is for, when it modifies a package or a deal.
MONEY_NOUNS = word_list("figure_money_nouns")
_VAGUE_AMOUNTS = word_list("figure_vague_amounts")
_ORDINALS = word_list("figure_ordinals")
# What an amount of money is, named before it: "a budget of $3 billion", "damage could top
# $2 billion", "losses were put at $40 million", "repairs will cost $5 million".
_NAMED_BEFORE = lazy_re(
    r"\b([a-z]{3,})\s+"
    r"(?:(?:could|may|might|will|would|should|is|was|are|were|has|have|had|be|been|being|already|now|"
    r"likely|expected|projected|set|forecast|estimated|to|also|eventually|soon|easily|each)\s+){0,3}"
    r"(?:of|is|was|are|were|at|worth|totaling|totalling|valued\s+at|stands\s+at|stood\s+at"
    r"|(?:estimated|put|pegged|placed|valued|projected|forecast|calculated)\s+at"
    r"|tops?|topped|reach(?:es|ed)?|exceed(?:s|ed)?|hits?|total(?:s|ed|led)?|surpass(?:es|ed)?|costs?"
    r"|amounts?\s+to|amounted\s+to|came\s+to|comes\s+to|ran\s+to|runs?\s+to)\s+$"
)
# A money forecast moved: "cut its annual profit outlook to $3.1 billion".
_OUTLOOK_BEFORE = lazy_re(
    r"\b(profit|revenue|sales|earnings|income|spending|budget|deficit|loss|losses)\s+"
    r"(?:forecast|outlook|guidance|estimate|target|projection)s?\s+(?:to|at|of)\s+$",
    re.I,
)
# Money spent on or made of something: "$45 million in state aid", "$5 million for new roads".
_MONEY_USE = lazy_re(
    r"\s+(?P<prep>in|of|for)\s+(?:(?:the|its|their|his|her|our)\s+(?=[a-z]))?"
    r"(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})"
)


def money_use_after(text: str, pos: int, hi: int, titled: bool) -> tuple[str | None, str | None, int]:
    """What money after "in", "of" or "for" is: (noun, rate, position after it).

    Up to two modifiers and a noun: "$45 million in state aid" is aid, "$5 million for new
    roads" is roads; a duration, a name or a date is not a use ("$3 million in two years").
    """
    m = _MONEY_USE.match(text, pos, hi)
    if not m:
        return None, None, pos
    picked: list[str] = []
    per = None
    after = pos
    for w in WORD.finditer(text, m.start("words") - 1, m.end()):
        tok = w.group(1)
        low = tok.lower()
        if low in PER_WORDS:
            per = PER_WORDS[low]
            after = w.end()
            continue
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
    if last in DURATIONS or last in _VAGUE_AMOUNTS or any(w in _ORDINALS for w in picked):
        return None, per, pos
    if is_plural(last) or last in MONEY_NOUNS:
        return last, per, after
    known = [w for w in picked if w in MONEY_NOUNS]
    if known:
        return known[-1], per, after
    if last in TIME_UNITS or last.endswith("ed") or last in COMMON_VERBS:
        return None, per, pos
    return last, per, after


def money_named_before(before: str, words_before: list[str]) -> str | None:
    """What an amount of money is, when the words before it say so: a forecast moved
    ("cut its profit outlook to $3.1 billion": profit), a money crime ("admitted stealing
    $2.1 million": theft), or a noun and a verb of amount ("damage could top $2 billion")."""
    if outlook := _OUTLOOK_BEFORE.search(before):
        return outlook.group(1).lower()  # "lowered its profit forecast to $3.1 billion"
    if crime := verb_before(words_before, before):
        noun = verb_noun(crime.group("verb"))
        if noun in MONEY_NOUNS:
            return noun  # "admitted stealing $2.1 million" counts theft
    named = _NAMED_BEFORE.search(before)
    noun = named.group(1).lower() if named else ""
    if (
        noun
        and noun not in STOP_WORDS
        and noun not in _VAGUE_AMOUNTS
        and noun not in AUXILIARIES
        and (noun in MONEY_NOUNS or not noun.endswith(("ed", "ing")))
    ):
        return noun  # "a budget of $3 billion", "damage could top $2 billion"
    return None
