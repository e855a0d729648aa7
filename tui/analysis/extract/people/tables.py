"""The word tables of the people extractor: general news English, no story's names.

The word sets are data files under tui/analysis/lexicon/data/, one per table, named after
it in lower case (`role_heads.txt` is ROLE_HEADS); they are read once, at import. So are the
mappings (abbreviated titles, head synonyms, lead verbs: `key = value` lines); a few
closed grammatical sets stay here. `fold` is how every table is looked up: lower case, accents off.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from tui.analysis.lexicon import entries, mapping, word_list, words


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (lower-case, accents folded): a strong, not a sure, person signal."""
    return frozenset(fold(w) for w in entries("given_names")) - AMBIGUOUS_GIVEN


def fold(word: str) -> str:
    """Lower-case without accents, so "José" and "Jose" meet."""
    if word.isascii():
        return word.lower()
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c)).lower().replace("’", "'")


def fold_words(text: str) -> list[str]:
    """Each word of the text (split at spaces) folded: one call for plain ASCII text."""
    if text.isascii():
        return text.lower().split(" ")
    return [fold(w) for w in text.split(" ")]


# Given names that are also places or ordinary words: a person signal only with other evidence.
AMBIGUOUS_GIVEN = word_list("ambiguous_given")

# Nickname -> the canonical given name, so "Ken Genalo" and "Kenneth Genalo" share a key.
NICKNAMES: dict[str, str] = dict(pair.split() for pair in entries("nicknames"))

# Honorifics: a person marker, but no role.
HONORIFICS = word_list("honorifics")

# Abbreviated titles, spelled out when they become a role.
TITLE_ABBREVIATIONS = mapping("title_abbreviations")

# Capitalised words that, in a run of capitals, mark a title before a name ("Acting Director X").
TITLE_WORDS = word_list("title_words") | HONORIFICS | frozenset(TITLE_ABBREVIATIONS)
TITLE_MODIFIERS = word_list("title_modifiers")  # "Executive", "Vice": a title only with another
# The abbreviated honorifics and titles, without their stop ("Mr", "Sen", "Gov").
ABBREVIATED_TITLES = sorted(
    {w.rstrip(".") for w in (*HONORIFICS, *TITLE_ABBREVIATIONS) if w.endswith(".") and "." not in w[:-1]}
)
# Abbreviations that open a place's name, their stop no sentence end ("St. Louis").
PLACE_ABBREVIATIONS = word_list("place_abbreviations")
# Of those, the ones that also make common surnames or given names need a name after them
# and must not follow a given name ("Martin Luther King").
TITLE_SURNAMES = word_list("title_surnames")

# Nouns that head a role phrase ("the agency's top deportation official").
ROLE_HEADS = word_list("role_heads")
# Role heads that are also common surnames: never evidence that a capitalised token is not a name.
_SURNAME_HEADS = word_list("surname_heads")
NOT_NAME_ROLE_WORDS = ROLE_HEADS - _SURNAME_HEADS

# Role-phrase head synonyms, folded for comparing roles across sources.
HEAD_SYNONYMS = mapping("head_synonyms")

# Lower-case words that may stand before a role head inside a title ("former deputy").
ROLE_MODIFIERS = word_list("role_modifiers")

# Lower-case words that end a walk back from a name over its title ("like border czar X").
LEFT_STOPS = word_list("left_stops")

# Verbs of speech that follow or precede a person's name.
SPEECH_VERBS = word_list("speech_verbs")

# "X, who headed Y" -> "head of Y".
LEAD_VERBS = mapping("lead_verbs")

# Capitalised words that begin a sentence or heading but never a name.
CAP_STOPS = word_list("cap_stops")
# Of those, words that may open a title ("New York Gov.", "First Lady", "Top Democrat").
TITLE_LEADS = word_list("title_leads")
# Days and months, stripped from either end of a run of capitals.
CALENDAR = word_list("calendar")
# Of those, the months: after a given name, with no day number after it, a month is a
# surname ("Anna May", "Daniel March").
MONTHS = words("january february march april may june july august september october november december")

# Words that make a run of capitals an organisation, building or place, not a person.
ORG_WORDS = word_list("org_words")
# Of those, the ones that are also common surnames: a given name before one may make a
# person ("Linda Park"); any other organisation word vetoes the name ("Marina Reserve").
ORG_SURNAMES = word_list("org_surnames")
# Nationality adjectives and demonyms: never a name token.
NATIONALITIES = word_list("nationalities")
# Places a capitalised run may start with; a run led by one is no person (unless a given name).
PLACES = word_list("places")
# Leading words of multi-word place names ("New York", "San Diego", "Fort Worth").
PLACE_PREFIXES = word_list("place_prefixes")
# Companies that look like a person's name ("Morgan Stanley said") and single-word
# organisations that speak in the news like people ("Pfizer said"): never a surname alone.
COMPANY_NAMES = frozenset(fold(n) for n in entries("company_names"))
# Words after a name-like run that make it a company ("Stanley Black & Decker Inc.").
COMPANY_CUES = word_list("company_cues")

# Trailing parts of a name that are not the surname.
SUFFIXES = word_list("suffixes")
# Lower-case particles that belong to a surname ("de Gaulle", "van der Berg").
PARTICLES = word_list("particles")

# Prepositions that end a role's head ("chief of staff") or continue a role phrase.
PREPS = words("of from at for in with on to within under")
# Roman numerals that close a name ("John Doe III"): no surname, no acronym.
ROMAN = frozenset(["II", "III", "IV"])

# Words that name a thing, a place, a title or a date: never a surname used alone.
THING_WORDS = (
    CAP_STOPS
    | ORG_WORDS
    | PLACES
    | PLACE_PREFIXES
    | NATIONALITIES
    | COMPANY_NAMES
    | NOT_NAME_ROLE_WORDS
    | TITLE_WORDS
    | CALENDAR
)
