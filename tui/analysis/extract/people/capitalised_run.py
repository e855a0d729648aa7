"""Runs of capitalised words and where the name lies in one: the scanning pattern (`RUN`),
then `parse_chunk`: sentence words and days trimmed, a title inside the run (title before
name: "DHS Secretary Kristi Noem", "Secretary of State Jane Roe"), acronyms before the name
("ICE Todd Lyons") and post-nominals after it ("Jane Roe MP"), then the vetoes."""

from __future__ import annotations

from tui.analysis.extract.people.context import is_acronym
from tui.analysis.extract.people.evidence import AGE, GIVEN, SPEECH, TITLE
from tui.analysis.extract.people.keys import name_word
from tui.analysis.extract.people.role_words import occupation, singular_title
from tui.analysis.extract.people.tables import (
    AMBIGUOUS_GIVEN,
    CALENDAR,
    CAP_STOPS,
    MONTHS,
    NOT_NAME_ROLE_WORDS,
    ORG_WORDS,
    PARTICLES,
    PLACE_PREFIXES,
    PLACES,
    ROLE_HEADS,
    ROMAN,
    SPEECH_VERBS,
    SUFFIXES,
    TITLE_LEADS,
    TITLE_MODIFIERS,
    TITLE_SURNAMES,
    TITLE_WORDS,
    fold,
    fold_words,
    given_names,
)
from tui.analysis.extract.people.vetoes import names_a_thing
from tui.analysis.lexicon import words
from tui.analysis.memo import remembered
from tui.analysis.text import by_first_letter
from tui.regex_cache import compiled

# Capital letters a name may start with (a character class body, shared with role_after_name).
UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_ABBR = "Mr|Mrs|Ms|Mx|Dr|Prof|Sens|Sen|Reps|Rep|Gov|Lt|Col|Gen|Sgt|Capt|Cmdr|Adm|Maj|Rev|Hon|Sr|Jr|St|Supt|Det|Amb|Atty|Cpl|Pvt|Pres|Mt|Ft"
# The rest of a word: letters, apostrophes and hyphens, ending in a letter. Atomic: what
# may follow a word in a run (a space, a stop, the end) never follows a shorter part of
# it, so the engine gives back none of it when the run goes no further (most capitals
# open a single word).
_WORD_REST = r"(?>[\w'’-]*\w)"
# A capital opens an initialism ("J.R."), a word or a lone initial: one leading [{UP}] for all
# three: each copy of a class holding characters past U+00FF costs ~0.2 ms to compile.
# Alternations are grouped by first letter (by_first_letter): at a place at most one
# abbreviation fits, and at most one connector has a name word after it, so their order
# is free and one group is tried there.
_TOK = (
    rf"(?:(?:{by_first_letter(_ABBR.split('|'))})\.|(?:al|el|ad|d)['’-][{UP}]{_WORD_REST}"
    rf"|[{UP}](?:\.(?:[{UP}]\.)*|{_WORD_REST}|))"
)
_CONN_WORDS = (
    "of the|of|for the|for|de la|de los|de las|van der|van den|van de|von der|de|del|della"
    "|van|von|der|den|da|di|du|le|la|bin|ibn|al|dos|das|y"
)
_CONN = f"(?:{by_first_letter(_CONN_WORDS.split('|'))})"
# Two or more capitalised words; a surname alone is looked up later, only for people found.
_VERBS_AFTER = (
    "said|says|told|added|noted|wrote|stated|explained|warned|argued|insisted|acknowledged|confirmed"
    "|recalled|testified|replied|responded|asked|tweeted|posted"
)
_ADVERBS = "also|later|then|again|previously|earlier|has|had|have|would|will"


# The first word of a run: _TOK read from its capital on (a run never starts with a
# lower-case particle, "al-", "d'": names do not). The capital comes first and the
# look-behinds (no letter, digit, apostrophe, dot or hyphen before it; the speech verb
# before it) check behind it: a search then skips to the capitals in C instead of trying
# a look-behind at every position. The two look-behinds are one ([\w'’.-]) split so that
# neither class needs a large table.
_FIRST_TOK = (
    rf"[{UP}](?<![\w'.-].)(?<!’.)(?P<v>(?<=said .|says .)|(?<=added .|asked .|wrote .))?"
    rf"(?:(?:{by_first_letter(_ABBR.split('|'), behind=True)})\.|\.(?:[{UP}]\.)*|{_WORD_REST}|)"
)
# One scan finds runs of two or more capitalised words, and single ones beside a speech verb
# ("Lopez said", "said Lopez.": possible surname-only speakers).
RUN = compiled(
    rf"{_FIRST_TOK}"
    rf"(?:(?: (?:{_CONN} )?{_TOK})+|(?= (?:(?:{_ADVERBS}) )?(?:{_VERBS_AFTER})\b)|(?(v)(?=[.,;:!?]|$)|(?!)))"
)
# Words that join an office or a name ("of the", surname particles): never a name alone.
CONNECTORS = words("of the for") | PARTICLES
_GENERATIONS = words("jr jr. sr sr.")
# Lower-case words after which no name goes on: "Maria Lopez of the Federal Reserve".
_NAME_ENDS = frozenset(("of", "for", "the"))


@remembered(16384)
def parse_chunk(chunk: str) -> tuple[int, int, int, int, tuple[str, ...], int, str] | None:
    """Where the name lies in a run of capitals (as offsets into it), its title words and flags.

    Depends on the words alone, so repeated runs ("President X") cost one lookup.
    """
    given = given_names()
    words = chunk.split(" ")
    low = fold_words(chunk)
    i0, i1, flags = _trim(words, low)
    if i1 <= i0:
        return None
    t = _title_in_run(words, low, i0, i1, given)
    name_from = t + 1 if t >= 0 else i0
    if t >= 0 and low[name_from] in ("of", "for"):
        name_from = _name_after_office(low, name_from, i1, given)
        if name_from >= i1:
            return None
    title_words = list(words[i0:name_from])
    name_from, i1 = _name_bounds(words, low, name_from, i1, given, title_words)
    if i1 <= name_from:
        return None
    if _unknown_title_before_given(words, low, name_from, i1, given):
        if (
            low[name_from] in ROLE_HEADS
            or occupation(low[name_from], low[name_from])
            or singular_title(low[name_from])
        ):
            t = name_from
        title_words.append(words[name_from])
        name_from += 1
    at = [
        k
        for k in range(name_from, i1)
        if name_word(words[k]) and words[k].lower() not in SUFFIXES and words[k] not in ROMAN
    ]
    if not at or len(at) > 4 or words[at[-1]].endswith("."):
        return None
    core = [words[k] for k in at]
    if names_a_thing(core, [low[k] for k in at], given):
        return None
    if t >= 0:
        flags |= TITLE
    if len(core) > 1 and low[at[0]] in given:
        flags |= GIVEN
    if len(core) > 1 and low[i1 - 1] in _GENERATIONS:
        flags |= AGE  # "Jr." and "Sr." follow people's names only, like an age

    name = " ".join(words[name_from:i1])
    name_at = sum(map(len, words[:name_from])) + name_from  # a space after each word
    return (
        sum(map(len, words[:i0])) + i0,
        name_at,
        name_at + len(name),
        flags,
        tuple(title_words),
        len(core),
        name,
    )


def _trim(words: list[str], low: list[str]) -> tuple[int, int, int]:
    """The run without leading sentence words ("After", "Said") and trailing days, which are no
    part of a name, as (first word, end); SPEECH when a leading word was "said"."""
    flags = 0
    i0, i1 = 0, len(words)
    titled = not TITLE_WORDS.isdisjoint(low)
    while i0 < i1 and (low[i0] in CAP_STOPS or words[i0][0].islower()):
        if titled and low[i0] in TITLE_LEADS:
            break  # "New York Gov.", "First Lady"
        if low[i0] in ("said", "says", "asked"):
            flags |= SPEECH
        i0 += 1
    if i1 - i0 > 1 and low[i0] in SPEECH_VERBS:
        flags |= SPEECH  # "Added Jane Roe:", a speech verb opening the sentence
        i0 += 1
    while i1 > i0 and (low[i1 - 1] in CALENDAR or not name_word(words[i1 - 1])):
        if month_surname(words, i1 - 1):
            break
        i1 -= 1
    return i0, i1, flags


def month_surname(words: list[str], k: int) -> bool:
    """ "Anna May", "Daniel March": a month after a known given name is a surname (a day
    number after it makes it a date again: see scan.analyse_chunk)."""
    return k > 0 and fold(words[k]) in MONTHS and fold(words[k - 1]) in given_names()


def _title_in_run(words: list[str], low: list[str], i0: int, i1: int, given) -> int:
    """A title inside the run (title before name: "DHS Secretary Kristi Noem"): the index of
    the last title word, the name being what follows it; -1 when there is none."""
    for i in range(i1 - 1, i0 - 1, -1):
        w = low[i]
        if w in TITLE_WORDS or i < i1 - 1 and w[-1:] == "s" and singular_title(w) in TITLE_WORDS:
            if not any(w not in SUFFIXES and w not in CONNECTORS for w in low[i + 1 : i1]):
                continue
            if low[i] in TITLE_SURNAMES and i > i0 and low[i - 1] in given:
                continue
            if all(w in TITLE_MODIFIERS for w in low[i0 : i + 1]):
                return -1  # "the Executive Branch": a qualifier with no title to qualify
            return i
        if (
            low[i] in NOT_NAME_ROLE_WORDS
            and i1 - i >= 3
            and (low[i + 1] in given or low[i + 1] in AMBIGUOUS_GIVEN or i == i0 and i1 - i == 3)
            and words[i + 2][0].isupper()
        ):
            # "Caldera County Coroner Jane Roe", "Engineer Ivo Quarrendon": a capitalised role noun
            # ends the title (the name after it must still pass the organisation and place vetoes).
            return i
    return -1


def _name_after_office(low: list[str], name_from: int, i1: int, given) -> int:
    """ "Secretary of State Jane Roe": the office ends where a given name starts (else the
    last two capitalised words, or the last one, are the name)."""
    j = name_from + 1
    while j < i1 and low[j] in CONNECTORS:
        j += 1
    caps = list(range(j, i1))
    gi = next((k for k in caps if low[k] in given), None)
    if gi is None:
        # One word after the office is what it is of, no name: "Queen of Harbors", "Duke of Kent".
        gi = caps[-2] if len(caps) >= 3 else caps[-1] if len(caps) == 2 else i1
    return gi


def _name_bounds(
    words: list[str], low: list[str], name_from: int, i1: int, given, title_words: list[str]
) -> tuple[int, int]:
    """The name's first and end word once acronyms before it join the title words and what
    follows it ("of the Federal Reserve", "MP") is cut off."""
    # Acronyms before a name are modifiers ("ICE Todd Lyons", "Tory MPs Jane Roe"), never
    # name words, and neither is what comes before them.
    for k in range(i1 - 2, name_from - 1, -1):
        if low[k] not in given and is_acronym(words[k]):
            title_words.extend(words[name_from : k + 1])
            name_from = k + 1
            break
    # "Maria Lopez of the Federal Reserve": the name stops at "of".
    if not _NAME_ENDS.isdisjoint(words):
        for k in range(name_from, i1):
            if words[k] in _NAME_ENDS:
                i1 = k
                break
    # Trailing acronyms are post-nominals ("Jane Roe MP"), not name words.
    while i1 - name_from > 1 and (not name_word(words[i1 - 1]) or is_acronym(words[i1 - 1])):
        i1 -= 1
    return name_from, i1


def _unknown_title_before_given(words: list[str], low: list[str], name_from: int, i1: int, given) -> bool:
    """An unknown title before a known given name: "Councillor Jane Roe", "Brigadier John Doe"."""
    return (
        i1 - name_from >= 3
        and not (len(words[name_from]) == 2 and words[name_from][1] == ".")  # "A. Barry Roe"
        and low[name_from] not in given
        and low[name_from] not in AMBIGUOUS_GIVEN
        and low[name_from + 1] in given
        and words[name_from][0].isupper()
        and not (low[name_from] in PLACE_PREFIXES or low[name_from] in PLACES or low[name_from] in ORG_WORDS)
    )
