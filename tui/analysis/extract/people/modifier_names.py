"""Names used as modifiers: "the Halloran administration", "the Pratt tax cuts", "the
Ostrow White House", "top Halloran campaign strategist", and the parties of a case name
("Acme Stores v. Dorsey"). Each is a mention of a person: a surname the article also gives in
full is left to mentions.py (it links the surname to the full name); any other becomes a
surname-only person, so another source's full name can be matched to it."""

from __future__ import annotations

from bisect import bisect_right

from tui.analysis.extract.people.capitalised_run import UP
from tui.analysis.extract.people.context import find_all
from tui.analysis.extract.people.evidence import Person
from tui.analysis.extract.people.keys import surname
from tui.analysis.extract.people.tables import CAP_STOPS, THING_WORDS, fold
from tui.analysis.lexicon import entries, words
from tui.analysis.memo import table
from tui.analysis.text import by_first_letter
from tui.regex_cache import compiled

# A surname: "Halloran", "O'Neary", "McDowell", "DeSoto", "Smith-Jones" (a possessive after
# it is no part of it).
_WORD = rf"(?:[{UP}]['’])?[{UP}][a-z]+(?:[{UP}][a-z]+)?(?:-[{UP}][a-z]+)?"
_HEAD_LIST = entries("person_modifier_heads")
# A noun a name modifies ("... administration"), after a space; the scan looks for the
# nouns alone, and the name is read before each one found: a scan for capitalised words
# costs four times more. The space opens the pattern (a search skips to spaces in C, and
# a noun glued to the word before it modifies no name) and the nouns are grouped by first
# letter (one group tried at a space, not every noun).
_MODIFIED = compiled(rf" (?:{by_first_letter(_HEAD_LIST)})(?![\w-])") if _HEAD_LIST else None
# A noun that ends a longer one ("campaign" in "presidential campaign"): after the rest of
# the longer one it is the longer one's, even where that is glued to the word before it
# ("Preelection campaign") and so no modifier either.
_LONGER_ENDING: dict[str, tuple[str, ...]] = {
    h: tuple(long[: -len(h)] for long in _HEAD_LIST if long.endswith(" " + h)) for h in _HEAD_LIST
}
# The name before such a noun: "Halloran administration", "Halloran's agenda".
_MODIFIER = compiled(rf"({_WORD})(?:['’]s)? $")
# The parties of a case name, around " v. " ("Roe v. Wade"; not "v. Board of Education").
_CASE_SPLIT = compiled(r" vs?\. ")
_NAME_BEFORE = compiled(rf"({_WORD}) $")
_NAME_AFTER = compiled(rf"({_WORD})(?![\w'’-]| [{UP}])")
# Capitalised words before a modifier that still leave it a single name, beside the
# sentence words ("The Halloran administration", "In Roe v. Wade"): "Former Halloran aide".
_OPENING_WORDS = words("Former")
# Paragraph text -> its candidate names (offset in it, word); cleared when full.
_BLOCKS: dict[str, list[tuple[int, str]]] = table()
_BLOCKS_MAX = 4096


def modifier_people(text: str, body: list[tuple[int, int]], people: list[Person], hints) -> list[Person]:
    """Surname-only people for the names used as modifiers in the body whose surname no
    person found (nor an editor's hint) has."""
    if _MODIFIED is None:
        return []
    found = [
        (bstart + offset, word) for bstart, bend in body for offset, word in _candidates(text[bstart:bend])
    ]
    if not found:
        return []  # the common case: no name used as a modifier
    known = {fold(surname(form)) for p in people for form in p.forms}
    known |= {fold(surname(n)) for h in hints for n in (h.name, *h.aliases) if n.strip()}
    starts = [b for b, _ in body]
    out: list[Person] = []
    for pos, word in found:
        f = fold(word)
        if f in known or any(part in known for part in f.split("-")):
            continue  # named in full ("the Ramsey-Rudd plan": a ticket of known people)
        if _named_like_a_person(text, body, starts, word):
            out.append(Person(f, word, {word: pos}))
            known.add(f)
    return out


def _candidates(block: str) -> list[tuple[int, str]]:
    """The single capitalised words used as modifiers in one paragraph (cached by its text)."""
    got = _BLOCKS.get(block)
    if got is not None:
        return got
    found: list[tuple[int, str]] = []
    for m in _MODIFIED.finditer(block):
        at = m.start() + 1
        if at < 3:
            continue
        longer = _LONGER_ENDING[m.group()[1:]]
        if longer and block.endswith(longer, 0, at):
            continue  # the end of a longer noun: "Preelection campaign"
        word_at = block.rfind(" ", max(0, at - 40), at - 1) + 1
        if block[word_at] in '(“"‘—–':
            word_at += 1  # "(Halloran administration)", "“Halloran agenda”"
        if not block[word_at].isupper():
            continue  # the cheap test first: most such nouns follow a lower-case word
        name = _MODIFIER.match(block, word_at, at)
        if name and _starts_word(block, word_at) and _single_name(block, word_at):
            found.append((word_at, name.group(1)))
    if " v" in block:
        for m in _CASE_SPLIT.finditer(block):
            left = _NAME_BEFORE.search(block, max(0, m.start() - 40), m.start() + 1)
            if left and _starts_word(block, left.start()) and _single_name(block, left.start()):
                found.append((left.start(), left.group(1)))
            right = _NAME_AFTER.match(block, m.end())
            if right:
                found.append((right.start(), right.group(1)))
    if len(_BLOCKS) >= _BLOCKS_MAX:
        _BLOCKS.clear()
    _BLOCKS[block] = found
    return found


def _starts_word(block: str, pos: int) -> bool:
    """No letter, digit, apostrophe or hyphen is glued before pos ("Donald" in "McDonald")."""
    return pos == 0 or not (block[pos - 1].isalnum() or block[pos - 1] in "_'’.-")


def _single_name(block: str, pos: int) -> bool:
    """The word stands alone: no capitalised word before it ("Acme Stores v." is a
    longer name), bar a sentence word or an opening one ("The Halloran administration")."""
    if pos == 0 or block[pos - 1] != " ":
        return True
    before = block[max(0, pos - 30) : pos - 1].rsplit(" ", 1)[-1]
    return not before[:1].isupper() or fold(before) in CAP_STOPS or before in _OPENING_WORDS


def _named_like_a_person(text: str, body: list[tuple[int, int]], starts: list[int], word: str) -> bool:
    """A word that may be a surname: no known name of a thing, place, title or date, and
    never written in lower case in the article."""
    if fold(word) in THING_WORDS:
        return False
    for pos in find_all(text, word.lower()):
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < body[i][1]:
            return False  # an ordinary word, capitalised where a sentence starts
    return True
