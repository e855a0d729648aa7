"""Names used as modifiers: "the Obama administration", "the Bush tax cuts", "the Nixon
White House", "top Obama campaign strategist", and the parties of a case name ("Acme
Stores v. Dukes"). Each is a mention of a person: a surname the article also gives in
full is left to mentions.py (it links the surname to the full name); any other becomes a
surname-only person, so another source's full name can be matched to it."""

from __future__ import annotations

import re
from bisect import bisect_right

from tui.analysis.extract.people.capitalised_run import UP
from tui.analysis.extract.people.context import find_all
from tui.analysis.extract.people.evidence import Person
from tui.analysis.extract.people.keys import surname
from tui.analysis.extract.people.tables import (
    CALENDAR,
    CAP_STOPS,
    COMPANY_NAMES,
    NATIONALITIES,
    NOT_NAME_ROLE_WORDS,
    ORG_WORDS,
    PLACE_PREFIXES,
    PLACES,
    TITLE_WORDS,
    fold,
)
from tui.analysis.lexicon import entries, words

# A surname: "Obama", "O'Neill", "Smith-Jones" (a possessive after it is no part of it).
_WORD = rf"(?:[{UP}]['’])?[{UP}][a-z]+(?:-[{UP}][a-z]+)?"
_HEADS = "|".join(re.escape(h) for h in sorted(entries("person_modifier_heads"), key=len, reverse=True))
# One capitalised word, then a noun it modifies ("Obama administration"), or a case name.
_MODIFIER = re.compile(
    rf"(?<![\w'’.-])(?:(?P<mod>{_WORD})(?:['’]s)? (?:{_HEADS})(?![\w-])"
    rf"|(?P<left>{_WORD}) vs?\. (?P<right>{_WORD})(?! [{UP}]))"
)
# Capitalised words before a modifier that still leave it a single name, beside the
# sentence words ("The Obama administration", "In Roe v. Wade"): "Former Obama aide".
_OPENING_WORDS = words("Former")


def modifier_people(text: str, body: list[tuple[int, int]], people: list[Person], hints) -> list[Person]:
    """Surname-only people for the names used as modifiers in the body whose surname no
    person found (nor an editor's hint) has."""
    if not _HEADS:
        return []
    known = {fold(surname(form)) for p in people for form in p.forms}
    known |= {fold(surname(n)) for h in hints for n in (h.name, *h.aliases) if n.strip()}
    starts = [b for b, _ in body]
    out: list[Person] = []
    for bstart, bend in body:
        for m in _MODIFIER.finditer(text, bstart, bend):
            for group in ("mod", "left", "right"):
                word = m.group(group)
                if word is None:
                    continue
                pos = m.start(group)
                if any(part in known for part in fold(word).split("-")) or fold(word) in known:
                    continue  # named in full ("the Romney-Ryan plan": a ticket of known people)
                if not _single_name(text, pos, bstart, group == "right"):
                    continue
                if _named_like_a_person(text, body, starts, word):
                    out.append(Person(fold(word), word, {word: pos}))
                    known.add(fold(word))
    return out


def _single_name(text: str, pos: int, bstart: int, right_party: bool) -> bool:
    """The word stands alone: no capitalised word before it ("Wal-Mart Stores v." is a
    longer name), bar an opening article; the party after "v." needs no such check."""
    if right_party or pos == bstart or text[pos - 1] != " ":
        return True
    before = text[max(bstart, pos - 30) : pos - 1].rsplit(" ", 1)[-1]
    return not before[:1].isupper() or fold(before) in CAP_STOPS or before in _OPENING_WORDS


def _named_like_a_person(text: str, body: list[tuple[int, int]], starts: list[int], word: str) -> bool:
    """A word that may be a surname: no known name of a thing, place, title or date, and
    never written in lower case in the article."""
    f = fold(word)
    if (
        f in CAP_STOPS
        or f in ORG_WORDS
        or f in PLACES
        or f in PLACE_PREFIXES
        or f in NATIONALITIES
        or f in COMPANY_NAMES
        or f in NOT_NAME_ROLE_WORDS
        or f in TITLE_WORDS
        or f in CALENDAR
    ):
        return False
    for pos in find_all(text, word.lower()):
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < body[i][1]:
            return False  # an ordinary word, capitalised where a sentence starts
    return True
