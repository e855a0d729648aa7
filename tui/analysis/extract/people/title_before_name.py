"""Roles written before a name: the capitalised title in the run ("DHS Secretary Kristi
Noem", "Sen." spelled out), the lower-case title walked back over ("border czar Tom Roe",
"Health and Human Services Secretary"), a role set off by commas ("the agency's acting
director, Jane Roe,") and a plural title shared by a list ("Defendants Jane Roe, John Doe
and Ann Poe")."""

from __future__ import annotations

from tui.analysis.extract.people.context import PUNCT, clean, strip_possessive
from tui.analysis.extract.people.evidence import TITLE, Sighting
from tui.analysis.extract.people.role_words import singular_title
from tui.analysis.extract.people.tables import (
    CAP_STOPS,
    HONORIFICS,
    LEFT_STOPS,
    ORG_WORDS,
    PLACE_ABBREVIATIONS,
    PREPS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    fold,
)
from tui.analysis.lexicon import word_list
from tui.analysis.memo import remembered
from tui.regex_cache import compiled

_PLURAL_ABBREVIATIONS = word_list("plural_abbreviations")
# "U.S.", "U.N.": capitals with full stops.
_INITIALISM = compiled(r"(?:[A-Z]\.){2,}")
# After the first name of a list: another name joined to it ("Jane Roe and John Doe").
_LIST_AFTER = compiled(r"(?:,? and |, )[A-Z]")
# What joins the names of a list that shares a plural title: a comma or "and", after
# where the last one is from ("of Oregon", "in New Mexico", ", D-Calif.", " (R-Texas)").
_LIST_JOIN = compiled(
    r"(?:,? (?:of|from|in) (?:the )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: state)?"
    r"|, [DRI]-[A-Z][\w.]*(?: [A-Z][\w.]*)?| \([DRI]-[^()\n]{1,20}\))?(?:,? and |, )"
)


@remembered(4096)
def title_before_name(title_words: tuple[str, ...]) -> str:
    """The role the capitalised title words before a name give ("DHS Secretary" for "DHS
    Secretary Kristi Noem", "Senator" for "Sen."), honorifics left out; "" when none of
    them is a title or a role."""
    out = []
    for k, w in enumerate(title_words):
        low = w.lower()
        if low in HONORIFICS:
            continue
        if not out and low.endswith("ing") and low not in TITLE_WORDS and low not in ROLE_MODIFIERS:
            continue  # the verb opening the sentence: "Saying President Obama …" ("Acting" is a title)
        if k == len(title_words) - 1 and singular_title(low):
            w = w[:-1]  # "Defendants Jane Roe, John Doe and ..." -> "Defendant"
        out.append(TITLE_ABBREVIATIONS.get(low, w))
    if out and not any(w.lower() in TITLE_WORDS or w.lower() in ROLE_HEADS for w in out):
        return ""
    return " ".join(out)


def role_before_name(text: str, bstart: int, start: int, need_head: bool) -> str:
    """The title written before a name in lower case: "White House deputy chief of staff"."""
    if start - 1 < bstart or text[start - 1] != " ":
        return ""
    tail: list[str] = []
    if need_head and start - 2 >= bstart and text[start - 2] == ",":
        found = _role_comma_name(text, bstart, start)
        if found is None:
            return ""
        start, tail = found
    if need_head:
        # Cheap test first: most names have no role noun right before them.
        near = text[max(bstart, start - 50) : start - 1].rsplit(" ", 3)
        t = near[-1]
        if not (t and t[-1] not in PUNCT and clean(t) in ROLE_HEADS) and not (
            len(near) >= 3 and near[-2] == "of" and clean(near[-3]) in ROLE_HEADS
        ):
            return ""
    toks = text[max(bstart, start - 120) : start - 1].split(" ")
    if start - 120 > bstart:
        toks = toks[1:]
    j = len(toks) - 1
    acc: list[str] = []
    if need_head:
        found = _role_head_last(toks, j)
        if found is None:
            return ""
        acc, j = found
    _walk_back_over_title(text, start, toks, j, acc)
    return " ".join(acc + tail)


def plural_role_over_list(text: str, bstart: int, start: int, end: int) -> str:
    """ "two longtime Republican strategists, Jane Roe and John Doe": a plural role, a comma,
    then a list of names; the singular role for the first (plural_title_over_list gives it
    to the others), "" when the name at start..end opens no such list."""
    if text[start - 2 : start] != ", " or not _LIST_AFTER.match(text, end):
        return ""
    toks = text[max(bstart, start - 120) : start - 2].split(" ")
    if start - 120 > bstart:
        toks = toks[1:]
    head = toks[-1] if toks else ""
    singular = singular_title(clean(head)) if head and head[-1] not in PUNCT else ""
    if not singular or singular not in ROLE_HEADS:
        return ""
    acc = [head[: len(singular)]]
    _walk_back_over_title(text, start - 2, toks, len(toks) - 2, acc)
    return " ".join(acc)


def _role_comma_name(text: str, bstart: int, start: int) -> tuple[int, list[str]] | None:
    """Role, comma, name: "the agency's acting director, Jane Roe, said" / "a spokeswoman for
    the authority, Jane Roe,". Where the role's head noun ends (the walk back starts there)
    and the words after it ("for the authority"); None when no role comes before the comma."""
    clause = text[max(bstart, start - 60) : start - 2].split(" ")[-6:]
    for k in range(len(clause) - 1, -1, -1):
        w = clause[k]
        if not w or w[-1] in PUNCT or w[-1] == ".":
            return None
        if clean(w) in ROLE_HEADS and (k == len(clause) - 1 or clause[k + 1] in PREPS):
            tail = clause[k + 1 :]
            return start - (1 + sum(len(x) + 1 for x in tail)), tail
    return None


def _role_head_last(toks: list[str], j: int) -> tuple[list[str], int] | None:
    """The role noun ending the words before a name ("czar", "chief of staff") and the index
    of the word before it; None when the last word is no role head."""
    if j < 0:
        return None
    t = toks[j]
    if t and t[-1] not in PUNCT and clean(t) in ROLE_HEADS:
        return [t], j - 1
    if (
        j >= 2
        and toks[j - 1] == "of"
        and toks[j].isalpha()
        and toks[j - 2][-1:] not in PUNCT
        and clean(toks[j - 2]) in ROLE_HEADS
    ):
        return toks[j - 2 : j + 1], j - 3
    return None


def _walk_back_over_title(text: str, start: int, toks: list[str], j: int, acc: list[str]) -> None:
    """Prepend to `acc` the title words before it, from toks[j] back: modifiers ("former
    deputy"), possessives ("the agency's"), capitalised offices ("Health and Human Services"),
    stopping at a function word, a speech verb, punctuation or a sentence word."""
    head_len = len(acc)
    while j >= 0:
        t = toks[j]
        if (
            not t
            or t[-1] in PUNCT
            or t[-1] == "."
            and not _INITIALISM.fullmatch(t)
            and t[:-1] not in PLACE_ABBREVIATIONS
            or t[0] in PUNCT
        ):
            break  # a full stop ends the title, bar an initialism's ("former U.S. ambassador")
            # or a place's ("St. Louis Tea Party organizer")
        low = t.lower()
        right = acc[0] if acc else text[start : start + 1]
        if low in ("and", "&") and right[:1].isupper() and j and fold(toks[j - 1]) in ORG_WORDS:
            acc.insert(0, t)  # "Health and Human Services Secretary"
            j -= 1
            continue
        if low == "and" and head_len and j and toks[j - 1].islower() and clean(toks[j - 1]) in ROLE_HEADS:
            acc.insert(0, t)  # "former governor and Metro News contributor": two roles, one person
            head_len = len(acc) + 1  # the other role's head may have a word before it too
            j -= 1
            continue
        if low in LEFT_STOPS or low in SPEECH_VERBS:
            if low == "the" and any(strip_possessive(w) != w for w in acc[:3]):
                acc.insert(0, "the")  # "the company's president": a possessive keeps its article
            break
        if t[0].isupper():
            if fold(strip_possessive(t)) in CAP_STOPS:
                break
        elif (
            low in ROLE_MODIFIERS
            or low in ROLE_HEADS
            or strip_possessive(t) != t
            or (
                len(acc) == head_len
                and head_len
                and t.isalpha()
                and not low.endswith(("ed", "ly"))
                and (not low.endswith("ing") or j and _modified(toks[j - 1]))
                and not any(c.isdigit() for c in t)
            )
        ):
            pass
        else:
            break
        acc.insert(0, t)
        j -= 1


def _modified(word: str) -> bool:
    """The word before a noun in -ing is part of a title with it: an organisation, a role
    modifier or a possessive ("NWA wrestling executive", "former marketing chief")."""
    if not word or word[-1] in PUNCT:
        return False
    return word[0].isupper() or word.lower() in ROLE_MODIFIERS or strip_possessive(word) != word


def plural_title(last_title_word: str) -> bool:
    """ "Sens.", "Defendants": a title that the names listed after it share."""
    low = last_title_word.lower()
    return low in _PLURAL_ABBREVIATIONS or bool(singular_title(low))


def plural_title_over_list(text: str, occs: list[Sighting]) -> None:
    """ "Defendants Jane Roe, John Doe and Ann Poe": each name in the list gets the title."""
    for i, o in enumerate(occs):
        if not o.plural:
            continue
        role = o.roles[-1][1]
        end = o.end
        for nxt in occs[i + 1 :]:
            if nxt.start - end > 60 or not _LIST_JOIN.fullmatch(text, end, nxt.start):
                break
            if nxt.roles and nxt.roles[0][0] <= nxt.start:
                break
            nxt.roles.append((nxt.start, role, False))
            nxt.flags |= TITLE
            end = nxt.end


# An editor's bracket around a title and a given name, the surname outside it:
# "[President Barack] Obama’s war".
_AFTER_BRACKET = compiled(r"\] ([A-Z][\w'’-]*[a-z])\b")


def names_cut_by_brackets(text: str, occs: list[Sighting], given) -> None:
    """A titled given name closing an editor's bracket ("[President Barack] Obama") is
    the full name with the surname after the bracket: the sighting takes it."""
    for o in occs:
        if o.words != 1 or not o.flags & TITLE or fold(o.name) not in given:
            continue
        m = _AFTER_BRACKET.match(text, o.end)
        if m:
            surname = strip_possessive(m.group(1))  # "Obama’s war"
            o.name, o.end, o.words = f"{o.name} {surname}", m.start(1) + len(surname), 2
