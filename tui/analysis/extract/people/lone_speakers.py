"""People named by surname alone beside a speech verb ("Lopez said", "said Lopez."), with
no full name in the article: kept so another source's full name can be matched to them,
once organisations, places, plural nouns and ordinary capitalised words are ruled out."""

from __future__ import annotations

from bisect import bisect_right

from tui.analysis.extract.people.context import (
    after_capital,
    find_all,
    next_is_capital,
    sentence_initial,
)
from tui.analysis.extract.people.evidence import SPEECH, Person
from tui.analysis.extract.people.keys import bare_surname
from tui.analysis.extract.people.role_words import singular_title
from tui.analysis.extract.people.tables import ROLE_HEADS, SPEECH_VERBS, THING_WORDS, fold
from tui.analysis.lexicon import word_list, words
from tui.analysis.text import lazy_re


def hyphenated_name(word: str) -> bool:
    """ "Okafor-Lind": capitalised parts joined by hyphens, every part a word."""
    return all(part[:1].isupper() and part[1:].islower() and part.isalpha() for part in word.split("-"))


# Context that makes a lone capitalised word a place or an organisation: a word before it,
# or what follows it ("Acme said it", "Acme's shares", "Ruritania's government").
_NOT_PERSON_BEFORE = words(
    "the in at from to near across into inside outside throughout via toward towards & of"
)
_ORG_RIGHT = lazy_re(
    r" (?:said|says) (?:it|its|in a statement|on its)\b|[’']s? (?:shares|stock|board|website|headquarters|"
    r"government|military|forces|army|capital|economy|embassy|officials|ministry)\b|, which\b|-based\b"
)
# Plural common nouns that open sentences ("Witnesses said"), beyond plural role nouns.
_PLURAL_NOUNS = word_list("plural_nouns")


def lone_speakers(
    text: str, body: list[tuple[int, int]], people: list[Person], cands: dict[str, int], given
) -> list[Person]:
    """People named by surname alone beside a speech verb ("Lopez said"), so another source's
    full name can be matched to them; organisations, places and plural nouns ruled out."""
    taken = {w for p in people for form in p.forms for w in form.split()}
    taken |= {bare for w in taken if (bare := bare_surname(w))}  # "Sisi" after "el-Sisi"
    out = []
    for w, first in cands.items():
        if w in taken or _common_word(fold(w), given) or after_capital(text, first):
            continue
        if _lone_word_is_person(text, body, w):
            out.append(Person(fold(w), w, {w: first}, flags=SPEECH))
    return out


def _common_word(f: str, given) -> bool:
    """A capitalised word that is never a surname alone: a known name of a thing, place or title."""
    return (
        f in THING_WORDS
        or f in given
        or f in _PLURAL_NOUNS
        or f in SPEECH_VERBS
        or bool(singular_title(f))
        or f.endswith("es")
        and f[:-2] in ROLE_HEADS
    )


def _lone_word_is_person(text: str, body: list[tuple[int, int]], w: str) -> bool:
    """Every use of the word fits a person: never lower-case, never a place or an organisation,
    and at least once not at the head of a sentence (where any noun is capitalised)."""
    low = w.lower()
    if find_all(text, low):
        return False  # an ordinary word, capitalised where a sentence starts
    starts = [b for b, _ in body]
    mid_sentence = False
    for pos in find_all(text, w):
        i = bisect_right(starts, pos) - 1
        if i < 0 or pos >= body[i][1]:
            continue  # headline or heading
        bstart = body[i][0]
        end = pos + len(w)
        if _ORG_RIGHT.match(text, end, min(body[i][1], end + 40)):
            return False
        if next_is_capital(text, end) or after_capital(text, pos):
            continue  # part of a longer name, weighed elsewhere
        if pos > bstart and text[pos - 1] == " ":
            before = text[max(bstart, pos - 12) : pos - 1].rsplit(" ", 1)[-1]
            if before.lower() in _NOT_PERSON_BEFORE:
                return False
        if not sentence_initial(text, pos, bstart):
            mid_sentence = True
    # Only at the head of sentences, where nouns are capitalised too: a plural is too risky.
    return mid_sentence or not low.endswith("s")
