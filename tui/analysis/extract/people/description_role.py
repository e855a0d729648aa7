"""A role out of a description after a name (an appositive, a bracket, a "who" clause):
the role noun phrase it opens with, kept whole ("the company's president", "CEO of World
Wrestling Entertainment", "former aide to Jane Roe"), and no role from a description
that is a clause ("accusing the president of ...", "is known as ...", "who has a
frosty relationship with President X")."""

from __future__ import annotations

from tui.analysis.extract.people.context import PUNCT, clean, strip_possessive
from tui.analysis.extract.people.nicknames import nickname_role
from tui.analysis.extract.people.role_words import occupation
from tui.analysis.extract.people.tables import (
    CALENDAR,
    LEAD_VERBS,
    PLACE_ABBREVIATIONS,
    PREPS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    fold,
)
from tui.analysis.lexicon import words as word_set
from tui.regex_cache import compiled

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
CUT_WORDS = word_set("""
    are can could had has have is said says that told was were which who whose will would
""")
# Words where the object of "who heads ..." ends ("who headed the agency until 2020").
_TIME_CUTS = word_set("and until since before after when while during through from in on last")
_DETERMINERS = word_set("a an the another one")
# Verbs of a "who" clause that introduce a role ("who is", "who served as").
_COPULAS = word_set("is was serves served has had became becomes remains will")
# Conjunctions that open a clause or continue a list after a name's comma, not a description.
_CLAUSE_OPENERS = word_set(
    "and or but nor while whereas as when after before because although though if since until"
)
# Adverbs between "who" and its verb ("who also serves as").
_WHO_ADVERBS = word_set("also now currently still previously once later recently formerly")
# Words after "who is" / "who has" before the role ("who has been a", "who is now").
_AFTER_COPULA = word_set("been be as now currently also still")
# A quoted title inside a description: 'his "border czar"'.
_QUOTED = compiled(r"[“\"‘]([^”\"’]{2,60})")
_QUOTE_MARKS = '"“”‘’'
# Words before "of" whose role follows it: "one of the organizers", "among the lawyers for".
_PART_OF = word_set("one some many several each any all two three four five among")


def role_phrase(phrase: str, given) -> str | None:
    """A role out of an appositive or a bracket: "a senior official driving policy" -> "senior official"."""
    p = phrase.strip()
    words = p.split()
    if not words or len(words) > 25 or words[0] in _CLAUSE_OPENERS:
        return None  # ", and a pollster", ", while the mayor watched": no description
    nickname = nickname_role(p)
    if nickname:
        return nickname  # 'Jane Roe, "the Iron Lady,"', 'Jane Roe, known as "Big Jane"'
    if words[0] == "who":
        words = [words[0]] + [w for w in words[1:3] if w.lower() not in _WHO_ADVERBS] + words[3:]
        if len(words) < 3:
            return None
        verb = words[1].lower()
        if verb in LEAD_VERBS:
            return _who_leads(verb, words[2:])
        if verb not in _COPULAS or verb in ("has", "had") and words[2].lower() != "been":
            return None  # "who has a frosty relationship with ...": no role
        words = words[2:]
        while words and words[0].lower() in _AFTER_COPULA:
            words = words[1:]
    elif words[0].lower() in CUT_WORDS:
        # "Jane Roe, 64, is the agency's director" / "is known as a brilliant lawyer"
        if words[0].lower() not in ("is", "was") or len(words) < 2 or words[1].lower() not in _DETERMINERS:
            return None
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
        if clean(w) in CUT_WORDS or w.lower() in _TIME_CUTS:
            break
        obj.append(w)
    return f"{LEAD_VERBS[verb]} of {' '.join(obj)}" if obj else None


def _role_noun_phrase(p: str, given) -> str | None:
    """The role noun phrase a description opens with, up to its head noun and the
    prepositional phrase after it: "the town's harbor master", "CEO of Acme Freight"."""
    words = [w for w in p.split() if w.strip(PUNCT)]
    if not words:
        return None
    possessive_next = len(words) > 1 and strip_possessive(words[1]) != words[1]
    keep_the = words[0].lower() == "the" and possessive_next  # "the company's president"
    described = words[0].lower() in _DETERMINERS or strip_possessive(words[0]) != words[0]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or not described and _participle(words[0]):
        return None  # "accusing the president of ...": a clause, not a role
    found = _head(words, given)
    if found is None:
        return None
    head, end = found
    if head < 0 and described:
        head = _occupation_head(words, end)  # "a hydrologist", "the town's harbor master"
    if head < 0:
        return None
    stop = head + 1
    if stop < end and clean(words[stop]) in PREPS:
        stop = end
    role = [w.strip(_QUOTE_MARKS) for w in words[:stop]]
    while role and (role[-1].lower() in PREPS or role[-1].lower() in _DETERMINERS or role[-1] == "and"):
        role.pop()  # "president of": a dangling preposition
    if not role or len(role) > 16:
        return None
    return " ".join((["the"] if keep_the else []) + [w for w in role if w])


def _head(words: list[str], given) -> tuple[int, int] | None:
    """(index of the role's head noun or -1, where the phrase ends); None when the
    description is another person's name (a list, not a role)."""
    head = -1
    end = len(words)
    complement = False  # past the head's preposition: "chief of staff to President X"
    for k, w in enumerate(words):
        c = clean(w)
        if k and c in CUT_WORDS or head >= 0 and w[0].islower() and c.endswith("ing") and len(c) > 5:
            end = k
            break
        if c == "and" and k + 1 < len(words) and words[k + 1].lower() in _DETERMINERS:
            end = k  # "a former aide and a close ally of ...": a second description
            break
        if head >= 0 and c in PREPS:
            complement = True
        elif head < 0 and k and c in PREPS and not _heads_a_role(words[k - 1]):
            end = k  # "the second of three debates for …": no role head before its complement
            break
        if (
            not complement
            and k + 1 < len(words)
            and w[0].isupper()
            and fold(w) in given
            and words[k + 1][:1].isupper()
            and not (k and words[k - 1].endswith(".") and words[k - 1][:-1] in PLACE_ABBREVIATIONS)
        ):
            return None  # another person's name: a list, not a role ("St. Louis" is a place)
        if not complement and c in ROLE_HEADS and not _title_of_a_name(words, k):
            if _name_follows(words, k + 1, given):
                return None  # "political director Jane Roe": another titled person, a list
            head = k
    while 0 <= head < end - 1 and occupation(words[head + 1], clean(words[head + 1])):
        head += 1  # "chief negotiator"
    return head, end


def _heads_a_role(word: str) -> bool:
    """Can the word before a preposition head the role ("supporter of", "one of the
    organizers"), or is what follows the preposition another noun's ("the second of
    three debates")?"""
    c = clean(word)
    return c in _PART_OF or c in ROLE_HEADS or occupation(word, c)


def _name_follows(words: list[str], k: int, given) -> bool:
    """A person's name starts at words[k]: a known given name, or two capitalised words
    ("director Jane Roe"; not "veteran Republican operative")."""
    if k >= len(words) or not words[k][:1].isupper() or fold(words[k]) in CALENDAR:
        return False
    return fold(words[k]) in given or k + 1 < len(words) and words[k + 1][:1].isupper()


def _title_of_a_name(words: list[str], k: int) -> bool:
    """ "relationship with President Jane Roe": a capitalised title before a name is that
    person's, not the head of this role."""
    return words[k][0].isupper() and k + 1 < len(words) and words[k + 1][:1].isupper()


def _occupation_head(words: list[str], end: int) -> int:
    """The last occupation noun before the first preposition, by its ending; -1 when none."""
    head = -1
    for k in range(end):
        c = clean(words[k])
        if k and c in PREPS:
            break
        if occupation(words[k], c):
            head = k
    return head


def _participle(word: str) -> bool:
    """ "accusing", "issued": a clause opens here, unless the word is a role's own
    ("acting director", "retired general", "managing editor")."""
    c = clean(word)
    return (
        word[0].islower()
        and c.endswith(("ing", "ed"))
        and len(c) > 4
        and c not in ROLE_MODIFIERS
        and c not in ROLE_HEADS
    )
