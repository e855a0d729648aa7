"""What a sighting of a name carries (`Sighting`), what a person found in the article
gathers (`Person`), and the evidence flags both add up: a known given name, a title, a role,
a speech verb, an age, a "who" clause, an editor's hint; and the two vetoes."""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.analysis.model import Span
from tui.brief.model import PersonHint

# Evidence flags: a known given name first in the name (an ambiguous one, "Grant",
# "Virginia", sets none: it needs the other evidence), a title, a role, a speech verb, an age
# (or "Jr."), a "who" clause, an editor's hint; NOT vetoes a name (a place or an
# organisation), NOT_SOFT vetoes only the weaker evidence (speech, "who").
GIVEN, TITLE, ROLE, SPEECH, AGE, WHO, HINT, NOT, NOT_SOFT = (1 << i for i in range(9))
SURE = TITLE | ROLE | AGE | HINT  # a person whatever else the text says


@dataclass(slots=True)
class Sighting:
    """One sighting of a name in the body, with what surrounds it."""

    name: str
    start: int
    end: int
    words: int  # name words, particles and suffixes aside
    flags: int = 0
    roles: list[tuple[int, str, bool]] = field(default_factory=list)  # (pos, role, sentence-initial)
    vetoed: bool = False
    plural: bool = False  # a plural title ("Sens.", "Defendants") that the names after it share
    affiliations: list[str] = field(
        default_factory=list
    )  # "Acme Freight" in "chief executive of Acme Freight"


@dataclass(eq=False, slots=True)
class Person:
    """A person found in the article: the forms their name is written in, their roles and
    the spans of every mention."""

    key: str
    name: str
    forms: dict[str, int] = field(default_factory=dict)  # full form -> first position
    roles: list[tuple[int, str, bool]] = field(default_factory=list)
    flags: int = 0
    hint: PersonHint | None = None
    spans: list[Span] = field(default_factory=list)
