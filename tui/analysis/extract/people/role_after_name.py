"""Roles and evidence after a name: a speech verb ("Jane Roe said"), an age ("Jane Roe,
52,"), an appositive ("Jane Roe, a senior official,"), a "who" clause ("who heads the
agency"), a copula ("Jane Roe is the agency's director"), a parenthetical ("Jane Roe
(Democrat)") and the organisation a role names ("chief executive of Acme Freight")."""

from __future__ import annotations

import re

from tui.analysis.extract.people.capitalised_run import UP
from tui.analysis.extract.people.context import PUNCT, clean, strip_possessive
from tui.analysis.extract.people.evidence import AGE, NOT_SOFT, ROLE, SPEECH, WHO, Sighting
from tui.analysis.extract.people.nicknames import nickname_role
from tui.analysis.extract.people.role_words import occupation
from tui.analysis.extract.people.tables import LEAD_VERBS, PREPS, ROLE_HEADS, SPEECH_VERBS, fold
from tui.analysis.extract.people.vetoes import ORG_AFTER
from tui.analysis.lexicon import words

# "Jane Roe said", "Jane Roe later told": a speech verb after the name.
_SPEECH_AFTER = re.compile(
    r",? (?:(?:also|later|then|has|had|have|will|would|previously|recently|again|once|earlier|"
    r"publicly|privately|repeatedly|reportedly|initially) )?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b"
)
# An appositive: ", 52, a senior official" (an age first, perhaps), up to the next stop.
_PHRASE = r"(?:[^,;:.()\[\]—–!?\n]|(?<=\b[A-Z])\.)+"
_APPOSITIVE = re.compile(rf", (?:(\d{{1,3}}), )?({_PHRASE})")
# A parenthetical: " (Democrat)".
_PAREN = re.compile(r" \(([^()\n]{1,100})\)")
# A quoted title inside a description: 'his "border czar"'.
_QUOTED = re.compile(r"[“\"‘]([^”\"’]{2,60})")
# An acronym in brackets after a run: the run is an organisation ("... (ICE)").
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
# Openings of a description that are no part of the role ("serving as", "now").
_STRIP_PREFIXES = (
    "serving as ",
    "who serves as ",
    "who served as ",
    "now ",
    "currently ",
    "formerly ",
    "also ",
)
# Words where a role phrase ends (a verb or a relative pronoun after the role).
_CUT_WORDS = words("""
    are can could had has have is said says that told was were which who whose will would
""")
# Words where the object of "who heads ..." ends ("who headed the agency until 2020").
_TIME_CUTS = words("and until since before after when while during through from in on last")
_DETERMINERS = words("a an the another one")
# Verbs of a "who" clause that introduce a role ("who is", "who served as").
_COPULAS = words("is was serves served has had became becomes remains will")
# "Jane Roe is the agency's director", "Jane Roe has been a nurse": a copula after the name.
_COPULA = re.compile(
    r" (?:is|was|has been|had been|became|remains|is now|was then) ((?:a|an|the|[\w’']+[’']s) [^,;:.()\n—–]+)"
)
# The organisation a role names: "chief executive of Acme Freight" -> "Acme Freight".
_AFFILIATION = re.compile(
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
        found = (
            _appositive_role(text, end, lim, occ)
            if first == ","
            else _parenthetical_role(text, end, lim, occ)
        )
        if found is None:
            return
    pos, phrase = found
    role = role_phrase(phrase, given)
    if role:
        occ.roles.append((pos, role, False))
        occ.flags |= ROLE
        occ.affiliations.extend(_AFFILIATION.findall(role))


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


def role_phrase(phrase: str, given) -> str | None:
    """A role out of an appositive or a bracket: "a senior official driving policy" -> "senior official"."""
    p = phrase.strip()
    words = p.split()
    if not words or len(words) > 25:
        return None
    nickname = nickname_role(p)
    if nickname:
        return nickname  # 'Jane Roe, "the Iron Lady,"', 'Jane Roe, known as "Big Jane"'
    if words[0] == "who":
        if len(words) < 3:
            return None
        verb = words[1].lower()
        if verb in LEAD_VERBS:
            return _who_leads(verb, words[2:])
        if verb not in _COPULAS:
            return None
        words = words[2:]
        while words and words[0].lower() in ("been", "be", "as", "now", "currently", "also", "still"):
            words = words[1:]
        p = " ".join(words)
    low = p.lower()
    for prefix in _STRIP_PREFIXES:
        if low.startswith(prefix):
            p = p[len(prefix) :]
            low = p.lower()
    q = _QUOTED.search(p)
    if q and any(clean(w) in ROLE_HEADS for w in q.group(1).split()):
        return q.group(1).strip(" ,")
    return _role_noun_phrase(p, given)


def _who_leads(verb: str, rest: list[str]) -> str | None:
    """ "who headed the agency until 2020" -> "head of the agency"."""
    obj = []
    for w in rest:
        if clean(w) in _CUT_WORDS or w.lower() in _TIME_CUTS:
            break
        obj.append(w)
    return f"{LEAD_VERBS[verb]} of {' '.join(obj)}" if obj else None


def _role_noun_phrase(p: str, given) -> str | None:
    """The role noun phrase a description opens with, up to its head noun (or the
    prepositional phrase after it): "the town's harbor master", "senior official"."""
    words = [w for w in p.split() if w.strip(PUNCT)]
    described = bool(words) and (words[0].lower() in _DETERMINERS or strip_possessive(words[0]) != words[0])
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    last_head = -1
    end = len(words)
    for k, w in enumerate(words):
        c = clean(w)
        if k and c in _CUT_WORDS or (last_head >= 0 and c.endswith("ing") and len(c) > 5):
            end = k
            break
        if c in ROLE_HEADS:
            last_head = k
        if k + 1 < len(words) and w[0].isupper() and fold(w) in given and words[k + 1][:1].isupper():
            return None  # another person's name: a list, not a role
    while 0 <= last_head < end - 1:
        c = clean(words[last_head + 1])
        if not occupation(words[last_head + 1], c):
            break
        last_head += 1  # "chief negotiator"
    if last_head < 0 and described:
        # "a hydrologist", "the town's harbor master": an occupation by its ending.
        for k in range(end):
            c = clean(words[k])
            if k and c in PREPS:
                break
            if occupation(words[k], c):
                last_head = k
    if last_head < 0:
        return None
    stop = last_head + 1
    if stop < end and clean(words[stop]) in PREPS:
        stop = end
    role = [w.strip('"“”‘’') for w in words[:stop]]
    if not role or len(role) > 12:
        return None
    return " ".join(w for w in role if w)
