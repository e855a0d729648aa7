"""Which names are people: each name's sightings grouped under its key and their evidence
weighed (a title, a role, an age or a hint is enough; a given name unless vetoed; a speech
verb or a surname used alone unless vetoed or only ever written in full); later short forms
of long names merged ("López Obrador"); title and surname only ("President Trump") when no
full name has the surname; editors' hints."""

from __future__ import annotations

from bisect import bisect_right

from tui.analysis.extract.people.context import after_capital, find_all, is_acronym, next_is_capital
from tui.analysis.extract.people.evidence import (
    GIVEN,
    HINT,
    NOT,
    NOT_SOFT,
    ROLE,
    SPEECH,
    SURE,
    TITLE,
    WHO,
    Person,
    Sighting,
)
from tui.analysis.extract.people.keys import name_key, name_tokens, surname, surnames
from tui.analysis.extract.people.tables import (
    AMBIGUOUS_GIVEN,
    CAP_STOPS,
    COMPANY_NAMES,
    NATIONALITIES,
    NOT_NAME_ROLE_WORDS,
    ORG_WORDS,
    PLACES,
    fold,
)
from tui.regex_cache import compiled


def surname_alone(text: str, body: list[tuple[int, int]], sur: str) -> bool:
    """True when the surname stands alone somewhere in the body, not first in its sentence."""
    if not sur:
        return False
    starts = [b for b, _ in body]
    for pos in find_all(text, sur):
        i = bisect_right(starts, pos) - 1
        if i < 0 or pos + len(sur) > body[i][1]:
            continue
        if pos < body[i][0] + 2 or text[pos - 2] in ".!?:\n":
            continue
        if after_capital(text, pos):
            continue  # part of a longer run of capitals
        if not next_is_capital(text, pos + len(sur)):
            return True
    return False


def decide(occs: list[Sighting], alone, hints, given) -> list[Person]:
    """The people among the sightings, in the order their names were first sighted, then
    title-and-surname-only people and hinted people the article names no other way."""
    groups: dict[str, Person] = {}
    counts: dict[str, int] = {}
    for o in occs:
        if o.words < 2 or o.vetoed:
            continue
        key = name_key(o.name)
        p = groups.get(key)
        if p is None:
            p = groups[key] = Person(key, o.name)
        p.forms.setdefault(o.name, o.start)
        p.flags |= o.flags
        counts[key] = counts.get(key, 0) + 1
    orgs = {a for o in occs for a in o.affiliations}
    people: list[Person] = []
    by_key: dict[str, Person] = {}
    for key, p in groups.items():
        if _is_person(p, counts[key], alone, orgs, given):
            p.name = _fullest(p.forms)
            people.append(p)
            by_key[key] = p
    _merge_trailing_names(people, by_key, given)
    _title_and_surname_only(occs, people, by_key, hints, given)
    _editors_hints(people, by_key, hints)
    return people


_PATRONYMIC = frozenset(("bin", "ibn", "bint"))  # "son of", "daughter of": the given name leads
_PARTICIPLE_END = compiled(r"[gtclspzknv]ed$")  # "managed", "limited", "advanced"


def _thing_opener(name: str, given) -> bool:
    """The first word opens the name of a thing, not a person's: a past participle of
    seven letters or more that is no known given name ("Managed Medicaid", "Limited
    Brands"; names end in -red, -med, -eed, -ied: "Winifred", "Mohammed", "Rasheed"), or
    two capitalised names joined by a hyphen, the first no given name ("the Romney-Ryan
    Medicare plan", a ticket's; "Jean-Pierre" and "Mary-Kate" open given names)."""
    first = name.split()[0]
    low = fold(first)
    if "-" in low:
        parts = first.split("-")
        return len(parts) == 2 and all(p[:1].isupper() for p in parts) and fold(parts[0]) not in given
    return (
        len(low) >= 7 and _PARTICIPLE_END.search(low) is not None and first[1:].islower() and low not in given
    )


def _is_person(p: Person, count: int, alone, orgs: set[str], given) -> bool:
    """A title, a role, an age or a hint is enough; a known given name unless vetoed; a speech
    verb or a "who" clause unless vetoed, where a surname used alone elsewhere counts as a
    speech verb (unless the first word opens a thing's name: _thing_opener) and a name only
    ever written in full (more than once) as a soft veto."""
    signals = p.flags
    if not signals & (SURE | GIVEN):
        if alone(surname(p.name)) and not _thing_opener(p.name, given):
            signals |= SPEECH  # a surname-only mention elsewhere weighs like a speech verb
        elif count > 1:
            # News names a person in full once, then by surname; a company stays in full.
            signals |= NOT_SOFT
    if any(f in orgs for f in p.forms):
        signals |= NOT
    return bool(
        signals & SURE
        or signals & GIVEN
        and not signals & NOT
        or signals & (SPEECH | WHO)
        and not signals & (NOT | NOT_SOFT)
    )


def _title_and_surname_only(
    occs: list[Sighting], people: list[Person], by_key: dict[str, Person], hints, given
) -> None:
    """Title + surname only ("President Trump", "Mr. Lopez") when no full name has the
    surname. A name written family name first ("Xi Jinping", "Moon Jae-in") is referred to
    by its first word ("Mr. Xi", "President Moon"), and so is a name with a patronymic
    ("Mohammed bin Salman": "Prince Mohammed"): title + that word, when it is no given name
    (or the name has a patronymic) and opens one full name only, is a form of that person."""
    taken = {fold(sur) for p in people for sur in surnames(p.name)}  # "al-Assad", "Assad"
    taken |= {fold(surname(n)) for h in hints for n in (h.name, *h.aliases) if " " in n.strip()}
    family_first: dict[str, list[Person]] = {}
    for p in people:
        toks = name_tokens(p.name)
        first = fold(toks[0])
        written_family_first = len(toks) in (2, 3) and first not in given and first not in AMBIGUOUS_GIVEN
        patronymic = len(toks) >= 3 and not _PATRONYMIC.isdisjoint(t.lower() for t in toks[1:-1])
        if written_family_first or patronymic:  # "Mr. Xi" of Xi Jinping, "Prince Mohammed" of M. bin Salman
            family_first.setdefault(first, []).append(p)
    for o in occs:
        if o.words == 1 and not o.vetoed and o.flags & (TITLE | ROLE) and o.name[0].isupper():
            f = fold(o.name)
            if f in taken or f in CAP_STOPS or f in ORG_WORDS or f in PLACES or f in NATIONALITIES:
                continue
            if is_acronym(o.name) or f in NOT_NAME_ROLE_WORDS or f in COMPANY_NAMES:
                continue
            owners = family_first.get(f)
            if owners is not None and len(owners) == 1:
                owners[0].forms.setdefault(o.name, o.start)  # "Mr. Xi" after "Xi Jinping"
                continue
            p = Person(f, o.name, {o.name: o.start}, flags=o.flags)
            people.append(p)
            by_key[f] = p
            taken.add(f)


def _editors_hints(people: list[Person], by_key: dict[str, Person], hints) -> None:
    """Editors' hints: always people; their aliases are the hint's name."""
    for h in hints:
        hname = " ".join(h.name.split())
        if not hname:
            continue
        keys = {name_key(hname)} | {name_key(a) for a in h.aliases if a.strip()}
        found = [p for k, p in by_key.items() if k in keys]
        if found:
            p = found[0]
            for other in found[1:]:
                p.forms.update(other.forms)
                people.remove(other)
        else:
            p = Person(name_key(hname), hname)
            people.append(p)
        p.hint = h
        p.name = hname
        p.flags |= HINT
        p.forms.setdefault(hname, 1 << 30)
        for a in h.aliases:
            if a.strip():
                p.forms.setdefault(a.strip(), 1 << 30)


def _merge_trailing_names(people: list[Person], by_key: dict[str, Person], given) -> None:
    """ "López Obrador" after "Andrés Manuel López Obrador", "Von der Leyen" opening a sentence
    after "Ursula von der Leyen": a later, shorter form of a longer name, not another person."""
    if len(people) < 2:
        return
    tails: dict[str, Person] = {}
    for q in people:
        toks = name_tokens(q.name)
        for k in range(1, len(toks) - 1):
            if fold(toks[k]) in given:
                continue  # "Ann Smith" is not "Mary Ann Smith"
            tail = " ".join(toks[k:])
            tails.setdefault(tail[0].lower() + tail[1:], q)
    if not tails:
        return
    for p in list(people):
        name = p.name[0].lower() + p.name[1:]
        q = tails.get(name)
        if q is None or q is p or len(name_tokens(p.name)) >= len(name_tokens(q.name)):
            continue
        for form, pos in p.forms.items():
            q.forms[form] = min(pos, q.forms.get(form, pos))
        q.flags |= p.flags
        people.remove(p)
        by_key.pop(p.key, None)


def _fullest(forms: dict[str, int]) -> str:
    """The longest written form: most words, then most letters, then the first used."""
    return max(forms, key=lambda f: (len(f.split()), len(f), -forms[f]))
