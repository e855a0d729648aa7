"""What compare/ matches people and roles across sources by: `name_key` (one key for the
variants of a name: "Ken Roe" and "Kenneth Roe"), `surname` (particles kept: "de
Gaulle"), `canonical_first_name` (nicknames folded) and `role_head` (the head noun of a
role, synonyms folded: "spokeswoman" and "spokesman" meet)."""

from __future__ import annotations

from tui.analysis.extract.people.context import PUNCT, strip_possessive
from tui.analysis.extract.people.tables import (
    HEAD_SYNONYMS,
    NICKNAMES,
    PARTICLES,
    PREPS,
    ROMAN,
    SUFFIXES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    fold,
)
from tui.analysis.memo import remembered

_POSSESSIVE_END = ("’s", "'s", "’", "'")
# The Arabic article joined to a surname ("al-Assad", "el-Sisi"), which news copy drops
# as often as it keeps ("Assad said", "Sisi told reporters").
_ARTICLES = ("al-", "el-", "ad-", "al’", "el’", "al'", "el'")


def name_word(word: str) -> bool:
    """A word of a name: capitalised, or a surname with its article ("al-Assad")."""
    return word[:1].isupper() or bare_surname(word) is not None


def bare_surname(word: str) -> str | None:
    """ "al-Assad" -> "Assad", "el-Sisi" -> "Sisi"; None for a word with no article."""
    if word[:3].lower() in _ARTICLES and word[3:4].isupper():
        return word[3:]
    return None


@remembered(8192)
def canonical_first_name(first: str) -> str:
    """The formal given name behind a nickname ("Ken" -> "kenneth"), lower-case."""
    f = fold(first).strip(".")
    return NICKNAMES.get(f, f)


def name_tokens(name: str) -> list[str]:
    """Name words without leading titles, trailing suffixes or a possessive."""
    return list(_name_tokens_cached(name))


@remembered(8192)
def _name_tokens_cached(name: str) -> tuple[str, ...]:
    toks = name.replace("\u00a0", " ").split()
    if toks:
        last = toks[-1]
        for end in _POSSESSIVE_END:
            if last.endswith(end) and len(last) > len(end) + 1:
                toks[-1] = last[: -len(end)]
                break
    while len(toks) > 1 and toks[0].lower() in TITLE_WORDS:
        toks.pop(0)
    while len(toks) > 1 and (toks[-1].lower().rstrip(",") in SUFFIXES or toks[-1] in ROMAN):
        toks.pop()
    return tuple(toks)


def _split_surname(toks: list[str]) -> tuple[list[str], str]:
    """(given and middle names, surname with its particles)."""
    if not toks:
        return [], ""
    i = len(toks) - 1
    while i > 1 and toks[i - 1].lower() in PARTICLES and toks[i - 1][0].islower():
        i -= 1
    return toks[:i], " ".join(toks[i:])


@remembered(8192)
def surname(name: str) -> str:
    """The family name: "Kenneth Genalo" -> "Genalo"; "Martin Luther King Jr." -> "King"."""
    return _split_surname(name_tokens(name))[1]


def surnames(name: str) -> tuple[str, ...]:
    """The family name and, when it has the Arabic article, the name without it:
    ("al-Assad", "Assad")."""
    sur = surname(name)
    bare = bare_surname(sur)
    return (sur, bare) if bare else (sur,)


@remembered(8192)
def name_key(name: str) -> str:
    """Same key for first-name variants of one person: "genalo|kenneth"."""
    firsts, sur = _split_surname(name_tokens(name))
    firsts = [t for t in firsts if len(t.rstrip(".")) > 1 and "." not in t.rstrip(".")]
    if not sur:
        return fold(name).strip()
    if not firsts:
        return fold(sur)
    return f"{fold(sur)}|{canonical_first_name(firsts[0])}"


_C_SUITE = (
    ("chief executive officer", "ceo"),
    ("chief executive", "ceo"),
    ("chief financial officer", "cfo"),
    ("chief operating officer", "coo"),
    ("chief technology officer", "cto"),
    ("chief information officer", "cio"),
    ("chief marketing officer", "cmo"),
)


def role_head(role: str) -> str:
    """The head noun of a role with synonyms folded: "White House deputy chief of staff" -> "chief"."""
    words = [w.strip(PUNCT).lower() for w in role.replace("\u00a0", " ").split()]
    words = [w for w in words if w]
    for i, w in enumerate(words):
        if i and w in PREPS:
            words = words[:i]
            break
    if not words:
        return ""
    phrase = " ".join(words)
    for spelled, short in _C_SUITE:  # "Chief Executive Officer" is the CEO, not an "officer"
        if phrase.endswith(spelled):
            return short
    head = strip_possessive(words[-1])
    head = TITLE_ABBREVIATIONS.get(head if head.endswith(".") else head + ".", head).lower()  # "Sen."
    return HEAD_SYNONYMS.get(head, head)
