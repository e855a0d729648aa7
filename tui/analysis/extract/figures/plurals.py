"""Plural nouns: a counted thing is a plural ("3,000 arrests", "12 police officers"),
and a singular head is made plural to meet it ("a 3,000 arrest goal" counts arrests)."""

from __future__ import annotations

from tui.analysis.lexicon import word_list
from tui.analysis.memo import table

IRREGULAR_PLURALS = word_list("figure_irregular_plurals")
# "freshmen", "gunmen", "congressmen" are plurals; "regimen", "specimen" are not.
_MEN_SINGULARS = word_list("figure_men_singulars")
# "news", "series", "gas" end in -s and are no plurals.
_S_SINGULARS = word_list("figure_s_singulars")


def is_plural(tok: str) -> bool:
    """Cached: the same few hundred words come back in every article."""
    known = _PLURAL_CACHE.get(tok)
    if known is None:
        known = _PLURAL_CACHE[tok] = _plural(tok)
        if len(_PLURAL_CACHE) > 50_000:
            _PLURAL_CACHE.clear()
    return known


_PLURAL_CACHE: dict[str, bool] = table()


def _plural(tok: str) -> bool:
    low = tok.lower()
    if low in IRREGULAR_PLURALS:
        return True
    if tok.isupper() or "'" in tok or len(low) < 3:
        return False
    if low.endswith("men") and len(low) > 4:
        return low not in _MEN_SINGULARS
    return (
        low.endswith("s") and not low.endswith(("ss", "us", "is", "ous", "ics")) and low not in _S_SINGULARS
    )


_IRREGULAR = {
    "foot": "feet",
    "man": "men",
    "woman": "women",
    "child": "children",
    "person": "people",
    "tooth": "teeth",
}


def pluralise(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in IRREGULAR_PLURALS or word.endswith("s"):
        return word
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("x", "ch", "sh")):
        return word + "es"
    return word + "s"
