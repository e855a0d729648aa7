"""Evidence that a run of capitals names no person: organisation, place, nationality and
company words (`names_a_thing`), the cues after a company or an organisation ("Inc.",
", which", "said it"), and the furniture of a news page: bylines, photo and reporting
credits, wire datelines."""

from __future__ import annotations

import re

from tui.analysis.extract.people.context import is_acronym
from tui.analysis.extract.people.tables import (
    AMBIGUOUS_GIVEN,
    CAP_STOPS,
    COMPANY_CUES,
    COMPANY_NAMES,
    MONTHS,
    NATIONALITIES,
    NOT_NAME_ROLE_WORDS,
    ORG_SURNAMES,
    ORG_WORDS,
    PLACE_PREFIXES,
    PLACES,
)
from tui.analysis.text import lazy_re, longest_first
from tui.regex_cache import compiled


def names_a_thing(core: list[str], folded: list[str], given) -> bool:
    """True when the words (and `folded`, the same folded) name an organisation, place,
    building or company."""
    first = folded[0]
    first_given = first in given or first in AMBIGUOUS_GIVEN
    if " ".join(folded) in COMPANY_NAMES or first in COMPANY_NAMES and len(core) == 1:
        return True
    for i, (w, f) in enumerate(zip(core, folded, strict=True)):
        if is_acronym(w) and f not in given:
            return True
        if f in NATIONALITIES and not (i == 0 and first_given):
            return True
        if f in NOT_NAME_ROLE_WORDS and not (i == 0 and first_given):
            return True
        # "Linda Park" may be a person; "Marina Reserve" and "Sun Center Studios" are not.
        if (
            f in ORG_WORDS
            and not (i == 0 and first_given)
            and not (first in given and i == len(core) - 1 == 1 and f in ORG_SURNAMES)
        ):
            return True
        if i and f in CAP_STOPS and f not in given and not (f in MONTHS and folded[i - 1] in given):
            return True  # a sentence word, though "Anna May" is a name
    if not first_given and (_AGENT_PLURAL if len(core) == 1 else _PLURAL_THING).search(core[-1]):
        return True  # "Civil Liberties", "General Contractors": a plural noun, no surname
    if core[0] in _COUNTRY_ABBREVIATIONS:
        return True  # "U.S. Constitution", "U.N. Security Council": never initials
    return not first_given and (first in PLACES or first in PLACE_PREFIXES)


# The last word of a run that is a plural common noun, which no surname is: "Liberties",
# "Contractors", "Residents", "Students" (surnames in -s such as "Sanders" do not end so).
_PLURAL_THING = compiled(r"(?:ies|tors|sors|ants|ents)$")
# Alone after a title ("Justice Davies", "Mr. Clements"), only agent nouns: -ies and
# -ents end surnames too.
_AGENT_PLURAL = compiled(r"(?:tors|sors)$")
_COUNTRY_ABBREVIATIONS = frozenset(("U.S.", "U.K.", "U.N.", "E.U."))

# After a name: an organisation that "said it" or "has shares" (a soft veto).
ORG_AFTER = compiled(
    r", which\b| (?:said|says) it\b| (?:said|says) in a statement\b|[’']s? (?:shares|stock|board|website|headquarters)\b"
)
# Before a name: a photo or reporting credit ("Photo by", "Credit:"); every pattern ends in
# one of _CREDIT_ENDS, the cheap test run first.
_CREDIT = compiled(
    r"(?:\b(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Ii]llustrations?|[Rr]eporting|[Ee]diting|[Ww]riting|[Vv]ideo"
    r"|[Gg]raphics?|[Cc]ompiled|[Ww]ritten|[Ff]act-checked) by"
    r"|\b(?:[Cc]redit|[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]icture|[Ii]llustration|[Vv]ideo|[Gg]raphics?"
    r"|[Ss]ource)s?:) $"
)
_CREDIT_ENDS = frozenset(["y ", ": "])  # how every credit pattern ends
# "Acme Freight Inc.", "Roe & Sons": a company, whatever the words look like.
_COMPANY_AFTER = compiled(
    "[ ,]*(?:" + "|".join(re.escape(w) for w in longest_first(COMPANY_CUES)) + r")(?=[ ,]|$)",
    re.IGNORECASE,
)
_COMPANY_FIRST = frozenset(c for w in COMPANY_CUES for c in (w[0], w[0].upper()))
# "Jane Roe contributed reporting", "Jane Roe and John Doe contributed to this report".
_CONTRIBUTED = compiled(r"(?: and [^.;\n]{1,60})? contributed\b")
# A wire dateline before an agency credit: "PORT CALDERA (Synthetic Wire) —", "KYIV, Ukraine (Reuters) -".
_DATELINE = lazy_re(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,[^()\n]{1,40})? \($")
# A byline block: "By Jane Doe and John Roe, Staff Writers", "By JANE DOE | Reuters".
_BYLINE = lazy_re(
    r"By (?:[A-Z][\w.'’-]*|and|in|for|of|the|staff|writers?|reporters?|correspondents?|editors?|contributors?"
    r"|[,|&·•—–-]|\d[\w:,.]*|a\.m\.|p\.m\.)(?:[ ,|]+(?:[A-Z][\w.'’-]*|and|in|for|of|the|staff|writers?"
    r"|reporters?|correspondents?|editors?|contributors?|[|&·•—–-]|\d[\w:,.]*|a\.m\.|p\.m\.))*[ .]*"
)


# A broadcaster named by its network and city: "Denver Fox affiliate", "the CBS station".
_BROADCASTER_WORDS = (" affiliate", " station", " network")
_BROADCASTER_AFTER = compiled(rf"(?:{'|'.join(_BROADCASTER_WORDS)})s?\b")


def credit_or_company(
    text: str, bstart: int, bend: int, cstart: int, chunk: str, nstart: int, nend: int
) -> bool:
    """True when the name at text[nstart:nend] (in a chunk of capitals at `cstart`, in the
    block bstart..bend) is a byline, a photo or reporting credit, the agency after a wire
    dateline or a company by the cue after it."""
    if cstart == bstart and chunk.startswith("By "):
        return True  # a byline: the writer, not a person in the story
    if "/" in (text[nend : nend + 1], text[nstart - 1 : nstart]) or (
        text[nstart - 2 : nstart] in _CREDIT_ENDS and _CREDIT.search(text, max(bstart, nstart - 40), nstart)
    ):
        return True  # a photo or reporting credit: "Photo by Jane Roe/AP", "(Editing by John Doe)"
    if (
        text[nstart - 1 : nstart] == "("
        and nstart - bstart < 60
        and _DATELINE.fullmatch(text, bstart, nstart)
    ):
        return True  # the agency after a dateline: "PORT CALDERA (Synthetic Wire) —"
    if text[nend : nend + 5] in (" cont", " and ") and _CONTRIBUTED.match(text, nend, min(bend, nend + 80)):
        return True  # a reporting credit at the foot of the story
    if text.startswith(_BROADCASTER_WORDS, nend) and _BROADCASTER_AFTER.match(
        text, nend, min(bend, nend + 14)
    ):
        return True  # "told Denver Fox affiliate KDVR": a station, not a person
    after = text[nend + 1 : nend + 3]
    # "Acme Freight Inc.", "Roe & Sons"
    return bool(
        (after[:1] in _COMPANY_FIRST or after[1:] in _COMPANY_FIRST)
        and _COMPANY_AFTER.match(text, nend, min(bend, nend + 8))
    )


def is_byline(text: str, start: int, end: int) -> bool:
    """A block that only credits the writers: metadata (Article.author), not people in the story."""
    return (
        end - start < 160
        and text.startswith("By ", start)
        and _BYLINE.fullmatch(text, start, len(text[start:end].rstrip()) + start) is not None
    )
