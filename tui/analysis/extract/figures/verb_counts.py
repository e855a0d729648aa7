"""Counts reported through a verb: "65,600 deported" and "ICE deported 65,600" count
deportations, "3,000 people were arrested" counts arrests, "forced 12,000 from their
homes" counts evacuations. `VERB_NOUNS` (lexicon figure_verb_nouns) says what each
verb counts."""

from __future__ import annotations

import re

from tui.analysis.lexicon import entries, word_list
from tui.analysis.text import lazy_re, longest_first
from tui.regex_cache import compiled


def _verb_nouns() -> dict[str, str]:
    """figure_verb_nouns: a verb, then the noun it counts (the rest of the line)."""
    pairs = (line.split(None, 1) for line in entries("figure_verb_nouns"))
    return {verb: noun for verb, noun in pairs}


# A counted thing reported through a verb: "65,600 deported" counts deportations.
VERB_NOUNS = _verb_nouns()
_VERBS = "|".join(longest_first(VERB_NOUNS))
_VERB_AFTER = compiled(
    rf"\s+(?:(?:had|have|has|were|was|are|is|been|being|got|get|later|reportedly|also|now|"
    rf"already|since|forced|ordered|told|to)\s+){{0,4}}(?P<verb>{_VERBS})\b",
    re.IGNORECASE,
)
_VERB_BEFORE = compiled(
    rf"\b(?P<verb>(?:laid|lay|laying|lays)\s+off|{_VERBS})\s+"
    r"(?:(?:a\s+total\s+of|an\s+additional|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)
# People are counted by what happened to them when the sentence says so.
PEOPLE = word_list("figure_people")
# A people count that left home: "forced 12,000 from their homes", "15,000 residents fled".
FROM_HOMES = lazy_re(
    r"(?:\s+(?:have|had|has|were|was|been|being|forced|driven|chased|moved))*\s+(?:out\s+of\s+|from\s+)"
    r"(?:their\s+|the(?:ir)?\s+own\s+|its\s+|his\s+|her\s+)?(?:homes?|houses?|apartments?)\b",
    re.I,
)


def verb_before(words_before: list[str], before: str) -> re.Match | None:
    """The verb right before a number ("deported 300", "laid off 1,200"), tried only when
    one of the last few words is a known verb or "off"."""
    if any(w.lower() in VERB_NOUNS or w.lower() == "off" for w in words_before[-4:]):
        return _VERB_BEFORE.search(before)
    return None


def verb_noun(verb: str) -> str:
    """What a verb counts: "deported" -> deportations, "laid off" -> layoffs."""
    verb = verb.lower()
    return "layoffs" if verb.endswith("off") else VERB_NOUNS[verb]


def people_count_by_verb(text: str, after: int, hi: int, words_before: list[str], before: str) -> str | None:
    """What a count of people counts, when the sentence says what happened to them:
    "3,000 people were arrested", "arrested 3,000 people" (arrests), "12,000 residents
    fled their homes" (evacuations). None: they are counted as people."""
    v = _VERB_AFTER.match(text, after, hi) or verb_before(words_before, before)
    if v:
        return verb_noun(v.group("verb"))
    if FROM_HOMES.match(text, after, hi):
        return "evacuations"  # "forced 12,000 people from their homes", as "12,000 fled"
    return None
