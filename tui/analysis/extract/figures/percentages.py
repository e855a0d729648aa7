"""What a percentage counts: a share of something ("12% of the vote"), a change in
something ("a 30% increase in claims"), or a level or a change named before the number
("turnout reached 61%", "wages rose 4.5%", "the bill cut spending by 6%").

A change reads as a rise or a fall in its thing, whichever way it is written, so that
"wages rose 4.5%" and "a 4.5% rise in wages" meet (figure_key folds the synonyms)."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.nouns import AUXILIARIES, STOP_WORDS, last_noun, noun_after_of, noun_run
from tui.analysis.extract.figures.verb_counts import PEOPLE
from tui.analysis.lexicon import word_list
from tui.analysis.text import lazy_re

# A percentage change in something: "a 30% increase in claims". figure_key folds the synonyms.
INCREASES = word_list("figure_increases")
DECREASES = word_list("figure_decreases")
_CHANGE_IN = lazy_re(r"\s+in\s+(?:the\s+)?(?=[A-Za-z])", re.I)
# What a bare percentage is of, when the clause names it first: "turnout reached 61%".
_PCT_SUBJECT = lazy_re(
    r"\b(inflation|unemployment|jobless|turnout|approval|growth|gdp|interest|poverty|participation|"
    r"vacancy|occupancy|mortality|literacy|tariffs?)\b(?:\s+rates?|\s+ratings?)?[^,;.:()]{0,40}$",
    re.IGNORECASE,
)
_PCT_SYNONYMS = {"jobless": "unemployment"}
# What moved by a percentage, named just before the verb: "wages rose 4.5%", "shares of
# Acme Corp. fell 3%".
_PCT_MOVED = lazy_re(
    r"\b([A-Za-z]{3,})(?:\s+(?:of|in)(?:\s+[A-Z][\w.&'’-]*){1,4})?\s+(?:(?:have|has|had|were|was|is|are|would|will|could|may|might|to)\s+)?"
    r"(?P<verb>rose|fell|grew|increased|decreased|declined|jumped|dropped|climbed|slipped|slid|dipped|"
    r"surged|soared|plunged|tumbled|gained|edged\s+(?:up|down|higher|lower)|"
    r"rise|fall|grow|increase|decrease|decline|jump|drop|climb|slip|dip|surge|plunge|gain)\s+"
    r"(?:by\s+(?:only\s+|just\s+)?|(?P<to>to)\s+)?$",
    re.IGNORECASE,
)
# Something changed by an actor: "the bill cut non-defense spending by 6 percent".
_PCT_CHANGED = lazy_re(
    r"\b(?P<verb>cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers|slashed|slashes|slash|trimmed|"
    r"trims|trim|raised|raises|raise|raising|boosted|boosts|boost|hiked|hikes|hike)\s+"
    r"(?:(?:the|its|their|his|her|our)\s+)?(?:[a-z][\w-]*\s+)?(?P<thing>[a-z]{3,})\s+by\s+(?:only\s+|just\s+)?$"
)
_CUTS = word_list("figure_cut_verbs")  # the verbs of _PCT_CHANGED that lower
_FALLS = word_list("figure_fall_verbs")  # the verbs of _PCT_MOVED that go down
# Nouns that end like verbs and are often what a percentage measures.
_ING_NOUNS = word_list("figure_ing_nouns")


def percent_counts(
    text: str, end: int, after: int, hi: int, titled: bool, tokens: list[str], before: str, at_start: bool
) -> tuple[str | None, int]:
    """What a percentage counts, and the position after it: "12% of the vote" (the vote),
    "a 30% increase in claims" (increase in claims), else what the clause names before it."""
    of = noun_after_of(text, end, hi, titled)
    if of:
        return of  # "12% of the vote"
    if tokens and _change_word(tokens[-1]) and (into := _CHANGE_IN.match(text, after, hi)):
        noun, _, _, more, end_in = noun_run(text, into.end() - 1, hi, titled)
        noun = noun or last_noun(more)
        if noun:  # "a 30% increase in claims"
            return f"{tokens[-1].lower()} in {noun}", end_in
        return None, after
    return percent_subject_before(before, at_start), after


def _change_word(token: str) -> bool:
    low = token.lower()
    return low in INCREASES or low in DECREASES


def percent_subject_before(before: str, at_sentence_start: bool) -> str | None:
    """What a bare percentage is of, named before it.

    A level ("inflation eased to 3.2%", "wages rose to 4%") counts the thing; a change
    ("wages rose 4.5%", "shares fell by 12%") counts its rise or fall, as "a 4.5% rise in
    wages" does, so the two wordings share a key.
    """
    changed = _PCT_CHANGED.search(before) if before.endswith(" ") else None
    if changed:
        return f"{'fall' if changed.group('verb').lower() in _CUTS else 'rise'} in {changed.group('thing')}"
    moved = _PCT_MOVED.search(before) if before.endswith(" ") else None
    level = _PCT_SUBJECT.search(before)
    if moved and not moved.group("to"):
        subject = moved.group(1).lower()
        if level and subject in ("rate", "rates", "rating", "ratings"):
            subject = level.group(1).lower()  # "the jobless rate fell 0.2%"
        elif not _subject_ok(moved, before, at_sentence_start):
            return None
        subject = _PCT_SYNONYMS.get(subject, subject)
        return f"{'fall' if moved.group('verb').lower() in _FALLS else 'rise'} in {subject}"
    if level:
        subject = level.group(1).lower()
        return _PCT_SYNONYMS.get(subject, subject)
    if moved and _subject_ok(moved, before, at_sentence_start):
        return moved.group(1).lower()
    return None


def _subject_ok(m: re.Match, before: str, at_sentence_start: bool) -> bool:
    """A common noun: lower-case, or capitalised only as the sentence's first word."""
    word = m.group(1)
    low = word.lower()
    if low in STOP_WORDS or low in AUXILIARIES or low in PEOPLE:
        return False
    if low.endswith(("ed", "ing")) and low not in _ING_NOUNS:
        return False
    if word[0].isupper():
        return at_sentence_start and not before[: m.start(1)].strip()
    return True
