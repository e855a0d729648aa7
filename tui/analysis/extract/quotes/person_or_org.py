"""A capitalised phrase as a speaker: a person (one people.py found, or one the
article names in full elsewhere) or an organisation. Titles and acronyms ahead of
a name are role (`title_before_name`: "Deputy Director Jane Roe"); a phrase with
an organisation word or a joiner ("Department of Harbor Safety") is an
organisation unless its head is a known person ("Alma Pruitt of Dunmore County")."""

from __future__ import annotations

import re
from bisect import insort

from tui.analysis.extract.people.tables import fold, given_names
from tui.analysis.extract.quotes.antecedents import role_noun_speaker
from tui.analysis.extract.quotes.context import (
    BODY,
    ORGANIZATION,
    PERSON,
    UNRESOLVED,
    Candidate,
    Context,
    Speaker,
)
from tui.analysis.extract.quotes.tokens import Token, bare, has_word, is_acronym, name_parts, word_boundary
from tui.analysis.extract.quotes.vocabulary import (
    CALENDAR,
    COLLECTIVES,
    CONNECTORS,
    JOINERS,
    NEWS_AGENCIES,
    ORG_WORDS,
    PARTY_NOUNS,
    PLURAL_PEOPLE,
    PUBLICATION_HEADS,
    TITLES,
)
from tui.analysis.model import Span

_ARTICLES = ("The", "A", "An")
# Capitalised words before a surname that are no given name: "When Ransome said".
_NOT_GIVEN_NAMES = ("The", "A", "An", "In", "On", "At", "But", "And", "As", "When", "While")


def person_or_organisation(ctx: Context, run: list[Token], c: Candidate) -> Speaker:
    """A capitalised phrase as a person or an organisation."""
    if len(run) > 1 and run[0][2] in ("The", "the") and bare(run[-1][2]).lower() in PARTY_NOUNS:
        # "The Arizona Republican said": the epithet of someone named before
        body = ctx.blocks[c.block].kind in BODY
        return role_noun_speaker(ctx, c, run[:-1], bare(run[-1][2]).lower(), body)
    while run and run[0][2].lower() in CONNECTORS:
        run = run[1:]
    while run and run[-1][2].lower() in CONNECTORS:
        run = run[:-1]
    if not run:
        return UNRESOLVED
    while run and run[0][2] in _ARTICLES:
        run = run[1:]
    if not run:
        return UNRESOLVED
    words = [bare(w) for _, _, w in run]
    if all(w.lower() in CALENDAR for w in words):
        return UNRESOLVED
    text = ctx.text
    whole = Span(run[0][0], run[-1][0] + len(bare(run[-1][2])))
    if len(words) == 1 and words[0].lower() in PLURAL_PEOPLE:
        return UNRESOLVED  # "Critics said" opening a sentence: people, unnamed
    if len(words) == 1 and words[0].lower() in COLLECTIVES:
        return Speaker(words[0].lower(), ORGANIZATION, whole)  # "Police said" opening a sentence
    joins = [i for i, w in enumerate(words) if w.lower() in JOINERS]
    if joins:
        # "Alma Pruitt of Dunmore County" is a person from somewhere;
        # "Department of Harbor Safety" is an organisation.
        head = run[: joins[0]]
        if head and not any(bare(w).lower() in ORG_WORDS for _, _, w in head):
            sp = person_or_organisation(ctx, head, c)
            if sp.kind == PERSON:
                return sp
        return Speaker(text[whole.start : whole.end], ORGANIZATION, whole)
    if any(w.lower() in ORG_WORDS for w in words) and " ".join(words).casefold() not in ctx.by_name:
        return Speaker(text[whole.start : whole.end], ORGANIZATION, whole)
    if (len(words) > 1 and words[-1].lower() in PUBLICATION_HEADS) or " ".join(
        words
    ).lower() in NEWS_AGENCIES:
        return Speaker(text[whole.start : whole.end], ORGANIZATION, whole)  # "the Harbor Times"
    return _titled_name(ctx, run, words, whole, c)


def title_before_name(words: list[str]) -> int:
    """How many words ahead of the name are role: up to the last title or acronym
    before the final word ("FAA Deputy Director Jane Roe" -> 3)."""
    cut = 0
    for i, w in enumerate(words[:-1]):
        if w.lower().rstrip(".") in TITLES or is_acronym(w):
            cut = i + 1
    return cut


def _titled_name(ctx: Context, run: list[Token], words: list[str], whole: Span, c: Candidate) -> Speaker:
    """The name after any titles, matched to a known person, completed from a full
    mention elsewhere in the article, or taken as written."""
    text = ctx.text
    cut = title_before_name(words)
    titled = cut > 0 or words[0].lower().rstrip(".") in TITLES and len(words) > 1
    name_toks = run[cut:]
    names = words[cut:]
    if len(names) == 1 and is_acronym(names[0]):
        return Speaker(names[0], ORGANIZATION, whole)
    if len(names) > 4:
        return Speaker(text[whole.start : whole.end], ORGANIZATION, whole)
    span = Span(name_toks[0][0], name_toks[-1][0] + len(names[-1]))
    written = text[span.start : span.end]
    pi = _known_person(ctx, names, written, c.open)
    if pi is not None:
        return Speaker(ctx.people[pi].name, PERSON, span)
    if len(names) == 1:
        full = _full_name(ctx, names[0])
        if full is not None:
            insort(ctx.extra, (span.start, span.end, full))
            return Speaker(full, PERSON, span)
        if not titled:
            return Speaker(written, ORGANIZATION, span)
    elif not titled and _common_words_name(ctx.text, names):
        # "Third Way, a moderate Democratic group", "a coalition called Strengthen Social
        # Security": a group's name, not a person's.
        return Speaker(written, ORGANIZATION, span)
    insort(ctx.extra, (span.start, span.end, written))
    return Speaker(written, PERSON, span)


def _common_words_name(text: str, names: list[str]) -> bool:
    """A name the people pass did not take for a person, with no given name ahead of its
    last word, made of words the article also writes in lower case ("way", "security"):
    a group's name. A person's name is seldom an ordinary word ("Saoirse Dunleavy")."""
    if any(fold(w) in given_names() for w in names[:-1]):
        return False
    return any(has_word(text, w.lower()) for w in names if len(w) > 2)


def _known_person(ctx: Context, names: list[str], written: str, pos: int) -> int | None:
    """The person people.py found under this name: as written, by surname alone, or
    given name and surname when the surname is one person's and the given name fits."""
    pi = ctx.by_name.get(written.casefold())
    if pi is None and len(names) == 1:
        pi = _by_surname(ctx, names[0], pos)
    if pi is None and len(names) > 2:
        # "Historian Alan Brinkley": a known person's full name after a role word of its own
        pi = ctx.by_name.get(" ".join(names[-2:]).casefold())
    if pi is None and len(names) > 1 and len(names) <= 4:
        cands = ctx.by_surname.get(names[-1].casefold(), [])
        pi = (
            cands[0]
            if len(cands) == 1 and len(names) == 2 and _first_matches(ctx, cands[0], names[0])
            else None
        )
    return pi


def _first_matches(ctx: Context, pi: int, first: str) -> bool:
    parts = name_parts(ctx.people[pi].name)
    return bool(parts) and (parts[0].startswith(first) or first.startswith(parts[0][:3]))


def _by_surname(ctx: Context, word: str, pos: int) -> int | None:
    """Two people may share a surname: the one named last before pos wins."""
    cands = ctx.by_surname.get(word.casefold())
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    best, best_pos = cands[0], -1
    for ms, _, pi in ctx.mentions:
        if ms > pos:
            break
        if pi in cands and ms > best_pos:
            best, best_pos = pi, ms
    return best


def _full_name(ctx: Context, surname: str) -> str | None:
    """'Ransome' -> 'Pell Ransome' when the article names them in full somewhere."""
    if surname in ctx.full_names:
        return ctx.full_names[surname]
    ctx.full_names[surname] = found = _find_full_name(ctx.text, surname)
    return found


def _find_full_name(text: str, surname: str) -> str | None:
    at = text.find(surname)
    while at != -1 and not (word_boundary(text, at + len(surname)) and _after_given_name(text, at)):
        at = text.find(surname, at + 1)
    if at == -1:
        return None  # never written after a given name: no pattern to compile for it
    # \b([A-Z]…, the capital first (its \b checked behind it): the search skips to capitals
    pat = re.compile(rf"([A-Z](?<=\b[A-Z])[a-z]+(?:\s+[A-Z]\.)?)\s+{re.escape(surname)}\b")
    for m in pat.finditer(text):
        first = m.group(1).split()[0]
        if first.lower() in TITLES or first.lower() in ORG_WORDS or first.lower() in CALENDAR:
            continue
        if first in _NOT_GIVEN_NAMES:
            continue
        return f"{m.group(1)} {surname}"
    return None


def _after_given_name(text: str, at: int) -> bool:
    """A capitalised word, and maybe an initial, before text[at] ("Pell ", "Pell K. "): where
    _find_full_name's pattern can find the surname that starts at `at`."""
    j = at
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == at:
        return False
    if j >= 2 and text[j - 1] == "." and "A" <= text[j - 2] <= "Z":  # the initial
        k = j = j - 2
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == k:
            return False
    k = j
    while k > 0 and "a" <= text[k - 1] <= "z":
        k -= 1
    return 0 < k < j and "A" <= text[k - 1] <= "Z" and word_boundary(text, k - 1)
