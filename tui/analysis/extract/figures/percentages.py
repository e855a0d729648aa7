"""What a percentage counts: a share of something ("12% of the vote"), a change in
something ("a 30% increase in claims"), or a level or a change named before the number
("turnout reached 61%", "wages rose 4.5%", "the bill cut spending by 6%").

A change reads as a rise or a fall in its thing, whichever way it is written, so that
"wages rose 4.5%" and "a 4.5% rise in wages" meet (figure_key folds the synonyms)."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.changes import changed_by
from tui.analysis.extract.figures.nouns import (
    AUXILIARIES,
    GOAL_NOUNS,
    STOP_WORDS,
    last_noun,
    noun_after_of,
    noun_modified,
    noun_run,
)
from tui.analysis.extract.figures.polls import poll_share
from tui.analysis.extract.figures.reading import Near
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
_ELECTORATE = word_list("figure_electorate_nouns")  # "21 percent of voters": a candidate's share
_FALLS = word_list("figure_fall_verbs")  # the verbs of _PCT_MOVED that go down
# Nouns that end like verbs and are often what a percentage measures.
_ING_NOUNS = word_list("figure_ing_nouns")


def percent_counts(near: Near, end: int, after: int, tokens: list[str]) -> tuple[str | None, int]:
    """What a percentage counts, and the position after it: "12% of the vote" (the vote),
    "a 30% increase in claims" (increase in claims), "a 30% premium" (premium), else what
    the clause names before it: a change, a candidate, a level or a mover."""
    text, hi, titled = near.text, near.sent.end, near.titled
    of = noun_after_of(text, end, hi, titled)
    if of and of[0] in _ELECTORATE and (share := poll_share(near.wide(130), lambda: near.wide(400))):
        return share, of[1]  # "Roe leads with 21 percent of primary voters": support for Roe
    if of:
        return of  # "12% of the vote"
    if tokens and _change_word(tokens[-1]) and (into := _CHANGE_IN.match(text, after, hi)):
        noun, _, _, more, end_in = noun_run(text, into.end() - 1, hi, titled)
        noun = noun or last_noun(more)
        if noun:  # "a 30% increase in claims"
            return f"{tokens[-1].lower()} in {noun}", end_in
        return None, after
    if tokens and (noun := noun_modified(near.words_before, tokens)):
        return noun, after  # "a 30% premium", "a 7 percent unemployment rate"
    wide = near.wide(130)
    at_start = near.lo == near.sent.start
    counts = (
        changed_by(wide)
        or poll_share(wide, lambda: near.wide(400))
        or percent_subject_before(near.before, at_start)
    )
    return counts or _subject_of_copula(wide) or _opinion_after(text, end, hi), after


# A share of those polled that holds an opinion: "64 percent think it would be wrong to
# build it", "52% oppose the plan". The verb and its object, up to the clause's end.
_OPINION = lazy_re(
    r"\s+(?:(?:now|still|also|strongly)\s+)?"
    r"((?:say|said|think|thought|believe|believed|oppose|opposed|support|supported|favou?r|favou?red|"
    r"approve|approved|disapprove|disapproved|want|wanted|agree|agreed|disagree|disagreed)"
    r"(?:\s+[\w'’-]+){1,8}?)(?=\s*(?:[,.;:!?)—–]|$|\s+(?:and|but|while|whereas|regardless)\b))"
)


def _opinion_after(text: str, after: int, hi: int) -> str | None:
    """ "respondents who think it would be wrong to build it": what a bare share of a poll
    holds, when an opinion verb follows it."""
    m = _OPINION.match(text, after, hi)
    return f"respondents who {m.group(1).lower()}" if m else None


# A level named as the subject of a copula: "estimates that are in the range of 4 percent".
_COPULA_SUBJECT = lazy_re(
    r"\b([a-z]{3,})\s+(?:(?:that|which)\s+)?(?:(?:currently|now|still|generally)\s+)?(?:is|are|was|were)\s+"
    r"(?:(?:currently|now|still|generally)\s+)?(?:in\s+the\s+range\s+of\s+|at\s+)?$"
)


def _subject_of_copula(before: str) -> str | None:
    if not before.endswith(("is ", "are ", "was ", "were ", "of ", "at ")):
        return None
    m = _COPULA_SUBJECT.search(before, max(0, len(before) - 70))
    return m.group(1) if m and m.group(1) not in GOAL_NOUNS and _subject_ok(m, before, False) else None


def _change_word(token: str) -> bool:
    low = token.lower()
    return low in INCREASES or low in DECREASES


def percent_subject_before(before: str, at_sentence_start: bool) -> str | None:
    """What a bare percentage is of, named before it.

    A level ("inflation eased to 3.2%", "wages rose to 4%") counts the thing; a change
    ("wages rose 4.5%", "shares fell by 12%") counts its rise or fall, as "a 4.5% rise in
    wages" does, so the two wordings share a key.
    """
    if changed := changed_by(before):
        return changed  # "the bill cut spending by 6 percent"
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
