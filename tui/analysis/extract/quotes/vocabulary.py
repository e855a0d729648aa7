"""The quote extractor's words, read once from `tui/analysis/lexicon/data/quote_*.txt`,
and the speech-verb pattern built from them.

Only the speech verbs and the participles are ordered (they become regex alternations);
every other list is a set. The pronouns and the joiners stay inline: code branches on
the pronouns, and `organisations.ORG_RUN` spells the joiners out in its pattern."""

from __future__ import annotations

from tui.analysis.lexicon import entries, word_list, words
from tui.analysis.text import in_order_by_first_letter, longest_first
from tui.regex_cache import compiled

# Ordered: the verb alternation tries longer verbs first, equal lengths in file order.
SPEECH_VERBS = list(entries("quote_speech_verbs"))
SPEECH_VERB_SET = frozenset(SPEECH_VERBS)


# Speech a video or a recording shows: "…," Roe is shown saying / was heard saying.
_SHOWN_SAYING = [
    rf"{aux}\s+(?:shown|seen|heard|caught|filmed|recorded)\s+saying"
    for aux in ("is", "was", "are", "were", "be", "been")
]
# "Roe dismissed the report as “…”": the verb runs up to the "as" before the quote.
_DISMISSED_AS = r"dismiss(?:ed|es)\s+(?:[\w'’-]+\s+){0,6}?as"
# "…," the agency in a statement: the statement stands for the verb.
_IN_A_STATEMENT = r"in\s+an?\s+(?:written\s+|brief\s+|joint\s+)?statement"
# A speech verb anywhere: "said", "pointed out", "called" (not "called for"), "described".
# The lookahead names the letters the alternatives start with: most word boundaries fail
# on it at once; past it, the alternatives are grouped by their first letter
# (in_order_by_first_letter). "called" comes last, as it did after every other verb
# with a "c": its lookbehind opens it, not its letter.
_SPEECH_ALTERNATIVES = [
    *_SHOWN_SAYING,
    _DISMISSED_AS,
    _IN_A_STATEMENT,
    *longest_first(SPEECH_VERBS),
    r"pointed out",
    "described",
]
_FIRST_LETTERS = "".join(sorted({a[0] for a in _SPEECH_ALTERNATIVES} | {"c"}))
SPEECH_VERB = compiled(
    rf"\b(?=[{_FIRST_LETTERS}])(?:{in_order_by_first_letter(_SPEECH_ALTERNATIVES)}"
    r"|(?<!-)called(?!\s+(?:for|on|off|up|in|out|back)\b))\b"
)
PARTICIPLES = list(entries("quote_participles"))  # ordered: an alternation in file order

ADVERBS = word_list("quote_adverbs")  # "X also said", "X has said"
LY_NOUNS = word_list("quote_ly_nouns")  # -ly words that are no adverb: "the family said"
TITLES = word_list("quote_titles")  # everything up to the last title before a name is role
FEMALE_NAMES = word_list("quote_female_given_names")  # "she said" after a man is named
MALE_NAMES = word_list("quote_male_given_names")
ROLE_NOUNS = word_list("quote_role_nouns")  # "the mayor said"
# "the congressman" is the one the article calls "Representative": each word's synonyms.
ROLE_SYNONYMS: dict[str, frozenset[str]] = {}
for _line in entries("quote_role_synonyms"):
    for _w in _line.split():
        ROLE_SYNONYMS[_w] = ROLE_SYNONYMS.get(_w, frozenset()) | frozenset(_line.split())
RELATION_NOUNS = word_list("quote_relation_nouns")  # "his rival Jane Roe"
GENERIC_PERSONS = word_list("quote_generic_person_nouns")  # "the woman said": nobody named
CLAUSE_OPENERS = word_list("quote_clause_openers")
SPEECH_NOUNS = word_list(
    "quote_speech_nouns"
)  # "Roe's comment that “…”"  # "and Roe said": Roe may be a subject
PARTY_NOUNS = word_list("quote_party_nouns")  # "the Arizona Republican said": a person named before
# Organisation words that are hardly ever surnames: a "person" holding one is not.
STRICT_ORG_WORDS = word_list("quote_org_words")
# A capitalised phrase holding one of these is an organisation, not a person.
ORG_WORDS = STRICT_ORG_WORDS | word_list("quote_org_words_ambiguous")
GENERIC_ORGS = word_list("quote_generic_orgs")  # "the agency said"
COLLECTIVES = word_list("quote_collectives")  # "police said"
ORG_SPEAKER_NOUNS = GENERIC_ORGS | COLLECTIVES
DOC_NOUNS = word_list("quote_document_nouns")  # "the statement said"
PLURAL_PEOPLE = word_list("quote_plural_people")  # "critics said": nobody in particular
PUBLICATION_HEADS = word_list("quote_publication_heads")  # "the Harbor Times": a publication
NEWS_AGENCIES = word_list("quote_news_agencies")  # "according to Reuters": a relay
SPOKES = word_list("quote_spokespeople")  # "a spokesperson for the agency said"
CALENDAR = word_list("quote_calendar_words")
NOT_ORG_ACRONYMS = word_list("quote_not_org_acronyms")
PREPOSITIONS = word_list("quote_prepositions")

UNRESOLVED_PRONOUNS = words("they we i it you")
JOINERS = words("of for and on the &")
CONNECTORS = JOINERS | word_list("quote_name_particles")
