"""Roles and evidence after a name: a speech verb ("Jane Roe said"), an age ("Jane Roe,
52,"), an appositive ("Jane Roe, a senior official,"), a "who" clause ("who heads the
agency"), a copula ("Jane Roe is the agency's director"), a parenthetical ("Jane Roe
(Democrat)") and the organisation a role names ("chief executive of Acme Freight")."""

from __future__ import annotations

import re

from tui.analysis.extract.people.capitalised_run import UP
from tui.analysis.extract.people.description_role import role_phrase
from tui.analysis.extract.people.evidence import AGE, NOT_SOFT, ROLE, SPEECH, WHO, Sighting
from tui.analysis.extract.people.tables import (
    ABBREVIATED_TITLES,
    PLACE_ABBREVIATIONS,
    SPEECH_VERBS,
    TITLE_WORDS,
    fold,
)
from tui.analysis.extract.people.vetoes import ORG_AFTER
from tui.analysis.lexicon import word_list
from tui.analysis.text import longest_first
from tui.regex_cache import compiled

# "Jane Roe said", "Jane Roe later told": a speech verb after the name.
_SPEECH_AFTER = compiled(
    r",? (?:(?:also|later|then|has|had|have|will|would|previously|recently|again|once|earlier|"
    r"publicly|privately|repeatedly|reportedly|initially) )?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b"
)
# An appositive: ", 52, a senior official" (an age first, perhaps), up to the next stop.
# A full stop inside it belongs to an initial, an address ("U.S.", "Acme.com") or an
# abbreviated title before a name ("a top adviser to Mr. Reid", "an aide to Sen. Lee").
_TITLE_STOP = "|".join(
    rf"(?<=\b{w.capitalize()}\.)" for w in sorted({*ABBREVIATED_TITLES, *PLACE_ABBREVIATIONS})
)
# ", Mo.," after a city: a state inside the phrase ("president of the Kansas City, Mo., branch")
_STATE = "|".join(re.escape(w) for w in longest_first(word_list("state_abbreviations")))
# The plain characters are read as one run (possessive: nothing is ever given back, as
# nothing follows the phrase), not one loop of the alternation each; a full stop is read
# before what is looked for behind it.
_PHRASE = (
    rf"(?:[^,;:.()\[\]—–!?\n]++|\.(?:(?<=\b[A-Z]\.)|(?<=\w\.)(?=[a-z])|(?:{_TITLE_STOP})(?= [A-Z]))"
    rf"|(?<=[a-z]), (?:{_STATE})\.,(?= [a-z]))+"
)
_APPOSITIVE = compiled(rf", (?:(\d{{1,3}}), )?({_PHRASE})")
# A parenthetical: " (Democrat)".
_PAREN = compiled(r" \(([^()\n]{1,100})\)")
# An acronym in brackets after a run: the run is an organisation ("... (ICE)").
_ACRONYM = compiled(r"[A-Z]{2,6}s?")
# "Jane Roe is the agency's director", "Jane Roe has been a nurse": a copula after the name.
_COPULA = compiled(
    r" (?:is|was|has been|had been|became|remains|is now|was then) ((?:a|an|the|[\w’']+[’']s) [^,;:.()\n—–]+)"
)
# The organisation a role names: "chief executive of Acme Freight" -> "Acme Freight".
_AFFILIATION = compiled(
    rf"\b(?:of|for|at|with) (?:the )?((?:[{UP}][\w'’&-]*)(?: (?:of |and |for |& )?[{UP}][\w'’&-]*)*)"
)


def after_name(text: str, end: int, bend: int, occ: Sighting, given) -> None:
    """Speech verbs, ages, appositive, copula and bracketed roles after a name."""
    lim = min(bend, end + 240)
    first = text[end : end + 1]
    if end >= lim or first not in (",", " "):
        return
    if _SPEECH_AFTER.match(text, end, lim):
        occ.flags |= SPEECH
    found = None
    if ORG_AFTER.match(text, end, lim):
        occ.flags |= NOT_SOFT
    elif first == " " and text[end + 1 : end + 3] in ("is", "wa", "ha", "be", "re"):
        found = _copula_role(text, end, lim)
        if found is None:
            return
    if found is None:
        if first == ",":
            found = _appositive_role(text, end, lim, occ)
        elif text[end + 1 : end + 2] == "(":  # the cheap test first: most names have no bracket after
            found = _parenthetical_role(text, end, lim, occ)
        if found is None:
            return
    pos, phrase = found
    role = role_phrase(phrase, given)
    if role:
        occ.roles.append((pos, role, False))
        occ.flags |= ROLE
        for org in _AFFILIATION.findall(role):
            first = fold(org.split(" ", 1)[0])
            if first not in given and first not in TITLE_WORDS:
                occ.affiliations.append(org)  # "aide to President Jane Roe" names no organisation


def _copula_role(text: str, end: int, lim: int) -> tuple[int, str] | None:
    """ "Jane Roe is the agency's director": where the phrase after the verb starts, and it."""
    m = _COPULA.match(text, end, lim)
    if m is None:
        return None
    return m.start(m.lastindex), m.group(1)


def _appositive_role(text: str, end: int, lim: int, occ: Sighting) -> tuple[int, str] | None:
    """ "Jane Roe, 52, a senior official," / "Jane Roe, who heads the agency,": the phrase
    between the commas (an age before it is evidence too)."""
    m = _APPOSITIVE.match(text, end, lim)
    if m is None:
        return None
    if m.group(1):
        occ.flags |= AGE
    phrase = m.group(2)
    if phrase.startswith("who "):
        occ.flags |= WHO
    return m.start(m.lastindex), phrase


def _parenthetical_role(text: str, end: int, lim: int, occ: Sighting) -> tuple[int, str] | None:
    """ "Jane Roe (Democrat)": the bracket's text; an acronym in it makes the run an
    organisation ("Immigration and Customs Enforcement (ICE)")."""
    if text[end + 1 : end + 2] != "(":
        return None
    m = _PAREN.match(text, end, lim)
    if m is None:
        return None
    phrase = m.group(1).strip()
    if _ACRONYM.fullmatch(phrase):
        occ.vetoed = True  # "Immigration and Customs Enforcement (ICE)"
        return None
    return m.start(m.lastindex), phrase
