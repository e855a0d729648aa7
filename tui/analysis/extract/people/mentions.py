"""Every mention of every person, linked to them: full forms, the surname alone (to the
first person named with it when two share it), a first name alone once the full name is
given; and each sighting's roles attached to the person its name resolves to."""

from __future__ import annotations

from operator import itemgetter

from tui.analysis.extract.people.context import (
    after_capital,
    find_all,
    next_is_capital,
    next_is_name,
    word_before,
)
from tui.analysis.extract.people.evidence import Person, Sighting
from tui.analysis.extract.people.keys import name_key, name_tokens, surname, surnames
from tui.analysis.extract.people.tables import AMBIGUOUS_GIVEN, MONTHS, TITLE_WORDS, fold
from tui.analysis.lexicon import words
from tui.analysis.model import Span

# A candidate mention: start, minus its length, kind (0 full form, 1 surname alone, 2 first
# name alone), the person (None for a surname, resolved when kept), the surname.
_Hit = tuple[int, int, int, Person | None, str]
_hit_order = itemgetter(0, 1, 2)
# Words before a month that make it a date ("in May", "since March", "early June").
_DATE_BEFORE = words("in since until till by last next early late mid from through this each every of")


def find_mentions(text: str, people: list[Person], given) -> list[tuple[int, int]]:
    """Every mention of every person: full forms first, then surnames and first names alone.
    Each span goes to its person; the surname-alone spans are returned."""
    hits: list[_Hit] = []
    first_hit = _full_form_hits(text, people, hits)
    by_surname: dict[str, list[Person]] = {}
    for p in people:
        sur = surname(p.name)
        for form in surnames(p.name) if sur else ():  # "al-Assad", and "Assad" as copy writes it
            by_surname.setdefault(form, []).append(p)
        for form in p.forms:
            fs = surname(form)
            if fs and fs != sur and len(form.split()) > 1:
                by_surname.setdefault(fs, []).append(p)
    _surname_hits(text, by_surname, given, hits)
    _first_name_hits(text, people, by_surname, first_hit, given, hits)
    hits.sort(key=_hit_order)
    covered = -1
    alone: list[tuple[int, int]] = []
    for start, neg_len, kind, p, sur in hits:
        end = start - neg_len
        if start < covered:
            continue
        if kind == 1:
            cands = by_surname[sur]
            p = primary(cands, start) if len(cands) > 1 else cands[0]
            alone.append((start, end))
        p.spans.append(Span(start, end))
        covered = end
    return alone


def _full_form_hits(text: str, people: list[Person], hits: list[_Hit]) -> dict[int, int]:
    """Every written full form of every person; where each person is first named (by id)."""
    first_hit: dict[int, int] = {}
    for p in people:
        for form in p.forms:
            found = find_all(text, form)
            if found:
                first_hit[id(p)] = min(first_hit.get(id(p), found[0]), found[0])
            for s in found:
                hits.append((s, -len(form), 0, p, ""))
    return first_hit


def _surname_hits(text: str, by_surname: dict[str, list[Person]], given, hits: list[_Hit]) -> None:
    """The surname alone ("Roe said"), unless another given name stands before it or, for a
    surname that is also a first name, a capitalised word after it ("Warren Buffett")."""
    for sur in by_surname:
        fs = fold(sur)
        first_name_too = fs in given or fs in AMBIGUOUS_GIVEN
        month = fs in MONTHS
        for s in find_all(text, sur):
            if month and _month_as_date(text, s, s + len(sur)):
                continue  # "since May 2019", "in May": the month, not Anna May
            if s > 1 and text[s - 1] == " " and text[s - 2].isalpha():
                before = text[max(0, s - 30) : s - 1].rsplit(" ", 1)[-1]
                if before[0].isupper():
                    fb = fold(before)
                    if fb in given and fb not in TITLE_WORDS:
                        continue  # another person's surname ("Eric" + surname) not found as a person
            if first_name_too and next_is_name(text, s + len(sur)):
                continue  # "Warren Buffett" is no mention of Elizabeth Warren
            hits.append((s, -len(sur), 1, None, sur))


def _month_as_date(text: str, start: int, end: int) -> bool:
    """A month used as a date: a day or a year after it, or "in", "since", "last" before it."""
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isdigit():
        return True
    return fold(word_before(text, start)) in _DATE_BEFORE


def _first_name_hits(
    text: str,
    people: list[Person],
    by_surname: dict[str, list[Person]],
    first_hit: dict[int, int],
    given,
    hits: list[_Hit],
) -> None:
    """A first name alone ("what Bram knows"), once the full name has been given, when no
    one else in the article has that first name or surname and it is no ordinary word."""
    firsts: dict[str, list[Person]] = {}
    for p in people:
        toks = name_tokens(p.name)
        if len(toks) > 1 and fold(toks[0]) in given:
            firsts.setdefault(toks[0], []).append(p)
    for first, owners in firsts.items():
        if len(owners) > 1 or first in by_surname:
            continue
        p = owners[0]
        introduced = first_hit.get(id(p), len(text))
        for s in find_all(text, first):
            if s > introduced and not next_is_capital(text, s + len(first)) and not after_capital(text, s):
                hits.append((s, -len(first), 2, p, ""))


def attach_roles(people: list[Person], occs: list[Sighting]) -> None:
    """Each sighting's roles go to the person its name resolves to."""
    full = {form: p for p in people for form in p.forms}
    by_key = {name_key(form): p for p in people for form in p.forms}
    by_surname: dict[str, list[Person]] = {}
    for p in people:
        for sur in surnames(p.name):
            by_surname.setdefault(fold(sur), []).append(p)
    for o in occs:
        if not o.roles:
            continue
        p = full.get(o.name) or (by_key.get(name_key(o.name)) if o.words > 1 else None)
        if p is None and o.words == 1:
            p = primary(by_surname.get(fold(o.name), []), o.start)
        if p is not None:
            p.roles.extend(o.roles)


def primary(cands: list[Person], pos: int) -> Person | None:
    """Of people sharing a surname, the first one named before `pos`: news style gives the
    secondary one a first name ("Melania") once the primary has the surname to themselves."""
    if not cands:
        return None
    before = [p for p in cands if p.forms and min(p.forms.values()) <= pos]
    return min(before or cands, key=lambda p: min(p.forms.values(), default=1 << 30))
