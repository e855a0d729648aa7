"""Figures: numbers with what they count, at what rate, and how hedged.

The comparer lines figures up across sources by `figure_key`, so the point of
this module is a stable (counts, per) pair: "3,000 daily arrests", "a goal of
3,000 arrests every day" and "the 3,000 daily arrest goal" must all come out as
("arrests", "day"), while years, dates, times, ordinals, ages, addresses and the
pronoun "one" must not come out at all. Shares come out as percentages of what
they count ("1 in 4 adults" and "a quarter of adults" are both 25% of adults), so
they meet "25% of adults" from another outlet.

One pass finds where numbers may start (digit runs, shared with dates.py, and
number words); each candidate is then read with a few anchored, precompiled
regexes over the words around it: no tagger, no second pass over the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.analysis.extract.dates import number_tokens, plain_text, scan_text
from tui.analysis.extract.numbers import LABELS, SCALES, TENS, UNITS, WORD_NUMBER, word_value
from tui.analysis.lexicon import entries, word_list
from tui.analysis.model import Figure
from tui.analysis.text import Sentence, lazy_re
from tui.brief.model import HEADING, HEADLINE, Article

AGE = "age"  # an unnamed age ("a 30-year-old man"); a named one becomes "age of Roe"

QUALIFIERS = entries("figure_qualifiers")
_QUAL = "|".join(r"\s+".join(map(re.escape, q.split())) for q in sorted(QUALIFIERS, key=len, reverse=True))

# Shares written as fractions: "a quarter of voters", "two-thirds of the seats".
FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}
_FRACTION_WORDS = "|".join(sorted(FRACTIONS, key=len, reverse=True))

# The number itself, matched where an anchor says one starts.
_NUM = re.compile(
    rf"""
    (?:
        (?P<cur>US\$|C\$|A\$|\$|€|£)?
        (?P<dig>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:\s+(?P<scale>thousand|million|billion|trillion)\b|(?P<abbr>bn|tn|m|k|b)(?!\w))?
      | (?P<twice>twice)\b
      | (?P<frac>(?P<fnum>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<fden>{_FRACTION_WORDS})
          |(?P<half>half))(?=\s+of\s)
      | (?P<words>{WORD_NUMBER})
    )
    (?P<pct>\s*%|\s*percent\b|\s+per\s+cent\b|\s+percentage\s+points?\b)?
    (?P<times>\s+times\b)?
    (?!\w|[.,]\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_QUAL_LAST = frozenset(q.split()[-1] for q in QUALIFIERS)
_QUAL_BEFORE = re.compile(rf"(?<![\w.])(?P<qual>{_QUAL})\s+$", re.IGNORECASE)


def _first_letter_trie(words: list[str]) -> str:
    """An alternation grouped by first letter: the regex engine then skips faster."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


_FRACTION_ANCHORS = ("half", "third", "quarter", "fifth", "tenth")
# Where number words may start (searched in lower-cased text); digits come from dates.number_tokens.
# No look-behind: it makes the scan slower (it is tried at every position); _anchors checks
# the character before each hit instead.
_WORD_ANCHOR = re.compile(
    rf"(?:{_first_letter_trie([*UNITS, *TENS, 'twice', 'dozen', 'hundred', 'thousand', 'million', 'billion', *_FRACTION_ANCHORS])})\b"
)
_NOT_BEFORE = frozenset(".,/#:@$€£")

_CURRENCY_WORDS = {"dollars": "$", "euros": "€", "pounds": "£"}
_CURRENCY = {"$": "$", "US$": "$", "C$": "$", "A$": "$", "€": "€", "£": "£"}
_ABBR = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}

# Rate words inside the counted phrase ("3,000 daily arrests") and after it.
PER_WORDS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annual": "year",
    "annually": "year",
    "yearly": "year",
    "hourly": "hour",
    "nightly": "night",
    "quarterly": "quarter",
}
# Every rate names one of these: a cheap test before _rate_after reads the words.
_RATE_HINT = re.compile(
    r"da(?:y|ily)|week|month|year|hour|minute|second|night|quarter|annual|capita|person|head"
    r"|gallon|barrel|share|ounce|ton|liter|litre|kilo|pound"
)
_PER_BEFORE = re.compile(
    r"\b(?P<adj>daily|weekly|monthly|annual|yearly|hourly|nightly|quarterly)\s+"
    r"(?:[A-Za-z'-]+\s+){0,2}?"
    r"(?:goal|target|quota|average|rate|total|limit|cap|budget|benchmark|tally|count|number|"
    r"salary|pay|income|revenue|output|production|spending|cost|sales|deficit|figure|pace)\s+"
    r"(?:(?:is|was|are|were|of|at|to|will\s+be|would\s+be|stands\s+at|stood\s+at|reached|hit|"
    r"topped|remains|remained|rose\s+to|fell\s+to|set\s+at)\s+)?$",
    re.IGNORECASE,
)

# Words that end a counted-noun phrase.
_STOP = word_list("figure_stop_words")


def _verb_nouns() -> dict[str, str]:
    """figure_verb_nouns: a verb, then the noun it counts (the rest of the line)."""
    pairs = (line.split(None, 1) for line in entries("figure_verb_nouns"))
    return {verb: noun for verb, noun in pairs}


# A counted thing reported through a verb: "65,600 deported" counts deportations.
VERB_NOUNS = _verb_nouns()
_VERBS = "|".join(sorted(VERB_NOUNS, key=len, reverse=True))
_VERB_AFTER = re.compile(
    rf"\s+(?:(?:had|have|has|were|was|are|is|been|being|got|get|later|reportedly|also|now|"
    rf"already|since|forced|ordered|told|to)\s+){{0,4}}(?P<verb>{_VERBS})\b",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    rf"\b(?P<verb>(?:laid|lay|laying|lays)\s+off|{_VERBS})\s+"
    r"(?:(?:a\s+total\s+of|an\s+additional|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)
# People are counted by what happened to them when the sentence says so.
PEOPLE = word_list("figure_people")
# Heads that are about the counted thing rather than the thing: "a 3,000 arrest goal".
GOAL_NOUNS = word_list("figure_goal_nouns")
# What money is for, when it modifies a package or a deal.
MONEY_NOUNS = word_list("figure_money_nouns")
IRREGULAR_PLURALS = word_list("figure_irregular_plurals")
# Compound units a number word may take: "a two-year term", "a three-day strike".
TIME_UNITS = word_list("figure_time_units")
_COMPOUND_SKIP = word_list("figure_compound_skip")

_WORD = re.compile(r"[ \t]+([A-Za-z]+(?:['-][A-Za-z]+)*)")
_COMPOUND = re.compile(
    r"-(?:(?:a|per)-(?P<per>day|week|month|year|hour)"
    r"|(?P<word>[a-z]+)(?:(?P<old>-old)|-(?:a|per)-(?P<wper>day|week|month|year|hour|second))?)\b"
)
_OF = lazy_re(r"\s+of\s+(?:(?:the|all|its|their|his|her|our|these|those)\s+)?(?=[A-Za-z])", re.I)
_TIMES_CONTEXT = re.compile(
    r"\s+(?:as|the|that|what|more|less|fewer|over|his|her|their|its|our|this|[a-z]{2,}er)\b", re.I
)
_TWICE_CONTEXT = lazy_re(r"\s+(?:as|the|that|what)\b", re.I)
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|"
    r"Dr|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Terrace|Square|Plaza|Center|Centre)\b"
)
_TIME_START = frozenset("apAPo")  # after a space: "3 p.m.", "3 PM", "3 o'clock"
_RATIO_WORDS = frozenset(("in", "of", "every"))
_TIME_AFTER = re.compile(r":\d|\s*(?:[ap]\.m\.|[ap]m\b|o'clock)", re.I)
_AGE_AFTER = lazy_re(r"\s*[,)]|\s*$")
# What an amount of money is, named before it: "a budget of $3 billion", "damage could top
# $2 billion", "losses were put at $40 million", "repairs will cost $5 million".
_NAMED_BEFORE = lazy_re(
    r"\b([a-z]{3,})\s+"
    r"(?:(?:could|may|might|will|would|should|is|was|are|were|has|have|had|be|been|being|already|now|"
    r"likely|expected|projected|set|forecast|estimated|to|also|eventually|soon|easily|each)\s+){0,3}"
    r"(?:of|is|was|are|were|at|worth|totaling|totalling|valued\s+at|stands\s+at|stood\s+at"
    r"|(?:estimated|put|pegged|placed|valued|projected|forecast|calculated)\s+at"
    r"|tops?|topped|reach(?:es|ed)?|exceed(?:s|ed)?|hits?|total(?:s|ed|led)?|surpass(?:es|ed)?|costs?"
    r"|amounts?\s+to|amounted\s+to|came\s+to|comes\s+to|ran\s+to|runs?\s+to)\s+$"
)
# A money forecast moved: "cut its annual profit outlook to $3.1 billion".
_OUTLOOK_BEFORE = lazy_re(
    r"\b(profit|revenue|sales|earnings|income|spending|budget|deficit|loss|losses)\s+"
    r"(?:forecast|outlook|guidance|estimate|target|projection)s?\s+(?:to|at|of)\s+$",
    re.I,
)
# Money spent on or made of something: "$45 million in state aid", "$5 million for new roads".
_MONEY_USE = lazy_re(
    r"\s+(?P<prep>in|of|for)\s+(?:(?:the|its|their|his|her|our)\s+(?=[a-z]))?"
    r"(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})"
)
# A people count that left home: "forced 12,000 from their homes", "15,000 residents fled".
_FROM_HOMES = lazy_re(
    r"(?:\s+(?:have|had|has|were|was|been|being|forced|driven|chased|moved))*\s+(?:out\s+of\s+|from\s+)"
    r"(?:their\s+|the(?:ir)?\s+own\s+|its\s+|his\s+|her\s+)?(?:homes?|houses?|apartments?)\b",
    re.I,
)
# A percentage change in something: "a 30% increase in claims". figure_key folds the synonyms.
INCREASES = word_list("figure_increases")
DECREASES = word_list("figure_decreases")
_AUX = word_list("figure_auxiliaries")
_ORDINALS = word_list("figure_ordinals")
_NOT_BEFORE_HALF = word_list("figure_not_before_half")
_CHANGE_IN = lazy_re(r"\s+in\s+(?:the\s+)?(?=[A-Za-z])", re.I)
# Other words for people, folded by figure_key so that "15,000 residents" and "12,000 people"
# group; narrower groups (civilians, citizens, villagers) stay apart on purpose.
PEOPLE_SYNONYMS = word_list("figure_people_synonyms")
# Singular wholes a share is taken of: "40% of the vote", "6% of its workforce".
MASS_NOUNS = word_list("figure_mass_nouns")
_COMMON_VERBS = word_list("figure_common_verbs")
_REFERRING = word_list("figure_referring_words")
_DURATIONS = word_list("figure_durations")
_NUMBER_OF_BEFORE = lazy_re(r"\bnumber\s+of\s+(?:[a-z]+\s+){0,2}?([a-z]+)\b[^,.;:]{0,40}$", re.I)
# What a bare percentage is of, when the clause names it first: "turnout reached 61%".
_PCT_SUBJECT = lazy_re(
    r"\b(inflation|unemployment|jobless|turnout|approval|growth|gdp|interest|poverty|participation|"
    r"vacancy|occupancy|mortality|literacy|tariffs?)\b(?:\s+rates?|\s+ratings?)?[^,;.:()]{0,40}$",
    re.IGNORECASE,
)
_PCT_SYNONYMS = {"jobless": "unemployment"}
# What moved by a percentage, named just before the verb: "wages rose 4.5%".
_PCT_MOVED = lazy_re(
    r"\b([A-Za-z]{3,})\s+(?:(?:have|has|had|were|was|is|are|would|will|could|may|might|to)\s+)?"
    r"(?P<verb>rose|fell|grew|increased|decreased|declined|jumped|dropped|climbed|slipped|slid|dipped|"
    r"surged|soared|plunged|tumbled|gained|edged\s+(?:up|down|higher|lower)|"
    r"rise|fall|grow|increase|decrease|decline|jump|drop|climb|slip|dip|surge|plunge|gain)\s+"
    r"(?:by\s+(?:only\s+|just\s+)?|(?P<to>to)\s+)?$",
    re.IGNORECASE,
)
# Something changed by an actor: "the bill cut non-defense spending by 6 percent".
_PCT_CHANGED = lazy_re(
    r"\b(?P<verb>cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers|slashed|slashes|slash|trimmed|"
    r"trims|trim|raised|raises|raise|raising|boosted|boosts|boost|hiked|hikes|hike)\s+"
    r"(?:(?:the|its|their|his|her|our)\s+)?(?:[a-z][\w-]*\s+)?(?P<thing>[a-z]{3,})\s+by\s+(?:only\s+|just\s+)?$"
)
_CUTS = word_list("figure_cut_verbs")
_FALLS = word_list("figure_fall_verbs")
_TOLL_BEFORE = lazy_re(r"\btoll\b[^,.;:]{0,30}$", re.I)
_SIMPLE_WORDS = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_VAGUE_AMOUNTS = word_list("figure_vague_amounts")
_RATIO_AFTER = lazy_re(
    rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<den>\d{{1,3}}(?:,\d{{3}})*(?![\w.,]\d)|(?:{_SIMPLE_WORDS})\b)",
    re.I,
)
_RATIO_BEFORE = re.compile(rf"(?:\d|\b(?:{_SIMPLE_WORDS}))\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.I)
_BETWEEN_BEFORE = lazy_re(r"\b(?:between|from)\s+$", re.I)
_RANGE_JOIN = re.compile(r"\s+(?:and|to|or|through)\s+|\s*-\s*", re.I)


@dataclass(slots=True)
class _Raw:
    """A candidate figure before ranges and hyphen chains are resolved."""

    start: int
    num_start: int
    end: int
    value: float
    qualifier: str | None
    unit: str | None
    counts: str | None
    per: str | None
    scale: float | None
    words: bool
    commas: bool
    prev_join: bool
    next_join: bool


def _is_plural(tok: str) -> bool:
    """Cached: the same few hundred words come back in every article."""
    known = _PLURAL_CACHE.get(tok)
    if known is None:
        known = _PLURAL_CACHE[tok] = _plural(tok)
        if len(_PLURAL_CACHE) > 50_000:
            _PLURAL_CACHE.clear()
    return known


_PLURAL_CACHE: dict[str, bool] = {}


def _plural(tok: str) -> bool:
    low = tok.lower()
    if low in IRREGULAR_PLURALS:
        return True
    if tok.isupper() or "'" in tok or len(low) < 3:
        return False
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "ous", "ics"))


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


def _verb_noun(verb: str) -> str:
    verb = verb.lower()
    return "layoffs" if verb.endswith("off") else VERB_NOUNS[verb]


def _noun_run(text: str, pos: int, end: int, titled: bool):
    """The counted noun after a number: (counts, per, verb, tokens, position after the head)."""
    tokens: list[str] = []
    per = None
    verb = None
    head = None
    after = pos
    for _ in range(6):
        m = _WORD.match(text, pos, end)
        if not m:
            break
        tok = m.group(1)
        info = _TOKEN_KINDS.get(tok)
        if info is None:
            info = _token_kind(tok)
        low, kind = info
        if kind is _K_PER:
            per = PER_WORDS[low]
            pos = after = m.end()
            continue
        if kind is _K_STOP:
            break
        if kind is _K_VERB:
            if low != "laid" or re.match(r"\s+off\b", text[m.end() : end]):
                verb = VERB_NOUNS[low]
                after = m.end()
            break
        tokens.append(tok)
        pos = after = m.end()
        if kind is _K_PLURAL or (kind is _K_NAME_PLURAL and titled):
            nxt = _WORD.match(text, pos, end) if low in IRREGULAR_PLURALS else None
            if nxt and _is_plural(nxt.group(1)) and nxt.group(1).lower() not in _STOP:
                tokens.append(nxt.group(1))  # "police officers", "staff members"
                low, after = nxt.group(1).lower(), nxt.end()
            head = low
            break
        if kind is _K_END:
            break  # "the 3,000 figure shows", "12% of the population supports"
    return head, per, verb, tokens, after


# What a word does in a counted phrase, worked out once per distinct word.
_K_PER, _K_STOP, _K_VERB, _K_PLURAL, _K_NAME_PLURAL, _K_END, _K_OTHER = (
    "per",
    "stop",
    "verb",
    "plural",
    "name plural",
    "end",
    "other",
)
_TOKEN_KINDS: dict[str, tuple[str, str]] = {}


def _token_kind(tok: str) -> tuple[str, str]:
    low = tok.lower()
    if low in PER_WORDS:
        kind = _K_PER
    elif low in _STOP or "'" in tok:  # a possessive ends the phrase
        kind = _K_STOP if low in _STOP or low not in VERB_NOUNS else _K_VERB
    elif low in VERB_NOUNS:
        kind = _K_VERB
    elif _is_plural(tok):
        kind = _K_NAME_PLURAL if tok[0].isupper() else _K_PLURAL
    elif low in GOAL_NOUNS or low in MASS_NOUNS:
        kind = _K_END
    else:
        kind = _K_OTHER
    if len(_TOKEN_KINDS) > 50_000:
        _TOKEN_KINDS.clear()
    _TOKEN_KINDS[tok] = (low, kind)
    return low, kind


def _pct_subject(before: str, at_sentence_start: bool) -> str | None:
    """What a bare percentage is of, named before it.

    A level ("inflation eased to 3.2%", "wages rose to 4%") counts the thing; a change
    ("wages rose 4.5%", "shares fell by 12%") counts its rise or fall, as "a 4.5% rise in
    wages" does, so the two wordings share a key.
    """
    changed = _PCT_CHANGED.search(before) if before.endswith(" ") else None
    if changed:
        return f"{'fall' if changed.group('verb').lower() in _CUTS else 'rise'} in {changed.group('thing')}"
    moved = _PCT_MOVED.search(before) if before.endswith(" ") else None
    level = _PCT_SUBJECT.search(before)
    if moved and not moved.group("to"):
        subject = moved.group(1).lower()
        if level and subject in ("rate", "rates", "rating", "ratings"):
            subject = level.group(1).lower()  # "the jobless rate fell 0.2%"
        elif not _subject_ok(moved, before, at_sentence_start):
            return None
        subject = _PCT_SYNONYMS.get(subject, subject)
        return f"{'fall' if moved.group('verb').lower() in _FALLS else 'rise'} in {subject}"
    if level:
        subject = level.group(1).lower()
        return _PCT_SYNONYMS.get(subject, subject)
    if moved and _subject_ok(moved, before, at_sentence_start):
        return moved.group(1).lower()
    return None


# Nouns that end like verbs and are often what a percentage measures.
_ING_NOUNS = word_list("figure_ing_nouns")


def _subject_ok(m: re.Match, before: str, at_sentence_start: bool) -> bool:
    """A common noun: lower-case, or capitalised only as the sentence's first word."""
    word = m.group(1)
    low = word.lower()
    if low in _STOP or low in _AUX or low in PEOPLE:
        return False
    if low.endswith(("ed", "ing")) and low not in _ING_NOUNS:
        return False
    if word[0].isupper():
        return at_sentence_start and not before[: m.start(1)].strip()
    return True


def _change_word(token: str) -> bool:
    low = token.lower()
    return low in INCREASES or low in DECREASES


def _money_use(text: str, pos: int, hi: int, titled: bool) -> tuple[str | None, str | None, int]:
    """What money after "in", "of" or "for" is: (noun, rate, position after it).

    Up to two modifiers and a noun: "$45 million in state aid" is aid, "$5 million for new
    roads" is roads; a duration, a name or a date is not a use ("$3 million in two years").
    """
    m = _MONEY_USE.match(text, pos, hi)
    if not m:
        return None, None, pos
    picked: list[str] = []
    per = None
    after = pos
    for w in _WORD.finditer(text, m.start("words") - 1, m.end()):
        tok = w.group(1)
        low = tok.lower()
        if low in PER_WORDS:
            per = PER_WORDS[low]
            after = w.end()
            continue
        if (
            low in _STOP
            or low in VERB_NOUNS
            or low in UNITS
            or low in TENS
            or (not titled and tok[0].isupper())
        ):
            break
        picked.append(low)
        after = w.end()
        if _is_plural(tok):
            break
    if not picked:
        return None, per, pos
    last = picked[-1]
    if last in _DURATIONS or last in _VAGUE_AMOUNTS or any(w in _ORDINALS for w in picked):
        return None, per, pos
    if _is_plural(last) or last in MONEY_NOUNS:
        return last, per, after
    known = [w for w in picked if w in MONEY_NOUNS]
    if known:
        return known[-1], per, after
    if last in TIME_UNITS or last.endswith("ed") or last in _COMMON_VERBS:
        return None, per, pos
    return last, per, after


def _last_noun(tokens: list[str]) -> str | None:
    """The last word of a short phrase, unless it looks like the verb after it."""
    words = [t.lower() for t in tokens if not t.isupper()]
    if len(words) > 1 and (words[-1].endswith("ed") or words[-1] in _COMMON_VERBS):
        words.pop()
    return words[-1] if words and (len(words) == 1 or words[-1] in MASS_NOUNS) else None


def _fallback_head(tokens: list[str], money: bool) -> str | None:
    """When no plural noun is counted: "a 3,000 arrest goal" -> arrests; "$2bn aid" -> aid."""
    for tok in tokens:
        if _is_plural(tok):  # a capitalised plural: "3,000 Americans"
            return tok.lower()
    words = [t.lower() for t in tokens if not t.isupper()]
    if not words:
        return None
    if words[-1] in GOAL_NOUNS:
        if len(words) >= 2 and not money:
            return pluralise(words[-2])
        if len(words) >= 2 and words[-2] in MONEY_NOUNS:
            return words[-2]  # "$2bn aid package" is aid, as "$2bn in aid" is
        return words[-1] if money else None
    # A known use of money; anything else may be a verb ("$3 billion held").
    known = [w for w in words if w in MONEY_NOUNS] if money else []
    return known[-1] if known else None


def _candidate(m: re.Match, q: re.Match | None, text: str, sent: Sentence, titled: bool):
    dig, cur, scale_word, abbr, twice, number_words, pct, times, frac = m.group(
        "dig", "cur", "scale", "abbr", "twice", "words", "pct", "times", "frac"
    )
    num_start = m.start()
    start = q.start("qual") if q else num_start
    end = m.end()
    hi = sent.end
    qualifier = " ".join(q.group("qual").lower().split()) if q else None
    scale = None
    unit = None
    words = False
    share = False  # a proportion read as a percentage: "1 in 4 adults", "a quarter of voters"
    ratio = (
        _RATIO_AFTER.match(text, end, hi)
        if not (cur or pct or scale_word or abbr or times or frac) and text.startswith((" in ", " out "), end)
        else None
    )
    if frac:
        before = text[max(sent.start, start - 40) : start].split()
        if m.group("half") and before and before[-1].lower() in _NOT_BEFORE_HALF:
            return None  # "the second half of the year"
        den = FRACTIONS[(m.group("fden") or "half").lower()]
        num = (
            1
            if m.group("half") or m.group("fnum").lower() in ("a", "one")
            else UNITS[m.group("fnum").lower()]
        )
        if num >= den:
            return None
        value, unit, share = round(100 * num / den, 1), "%", True
    elif dig:
        value = float(dig.replace(",", ""))
        if scale_word:
            scale = SCALES[scale_word.lower()]
        elif abbr:
            scale = _ABBR[abbr.lower()]
        if scale:
            value = round(value * scale, 3)  # 45.2 * 1e9 is 45199999999.99999
    elif twice:
        if not _TWICE_CONTEXT.match(text, end, hi):
            return None
        value, unit = 2.0, "times"
    else:
        value = word_value(number_words)
        if value is None or (value == 1 and not ratio):
            return None
        words = True
    if ratio:
        den = ratio.group("den").lower()
        whole = float(den.replace(",", "")) if den[0].isdigit() else (UNITS.get(den) or TENS[den])
        if not 0 < value < whole:
            return None
        value, end, share = round(100 * value / whole, 1), ratio.end(), True
        unit = "%"
        words = False
    if cur:
        unit = _CURRENCY[cur.upper()]
    if pct:
        unit = "%"
    if times:
        if unit or not _TIMES_CONTEXT.match(text, end, hi):
            return None
        unit = "times"
    plain = dig and not (cur or pct or scale or times or share)
    after_char = text[end : end + 1]
    if after_char == "/":
        return None  # "3/4", "24/7"
    lo = sent.start if sent.start > start - 40 else start - 40
    before = text[lo:start]
    words_before = before.split()
    prev_word = words_before[-1] if words_before else ""
    if (
        len(words_before) > 1
        and prev_word.lower() in _RATIO_WORDS
        and _RATIO_BEFORE.search(text, max(sent.start, num_start - 16), num_start)
    ):
        return None  # the 5 of "1 in 5 children": the share is read at the 1
    if words and value < 10 and not qualifier and prev_word.lower() in _REFERRING:
        return None  # "the two men", "both three-judge panels": who, not how many
    if plain:
        if prev_word.lower().rstrip(".#") in LABELS or (
            (after_char == ":" or (after_char == " " and text[end + 1 : end + 2] in _TIME_START))
            and _TIME_AFTER.match(text, end, hi)
        ):
            return None
        if text[end + 1 : end + 2].isupper() and _STREET_AFTER.match(text, end, hi):
            return None
        if "," not in dig and "." not in dig and value >= 10000:
            return None  # zip codes, ids: news copy writes counts with separators
        if text[num_start - 1 : num_start] == "(" and re.match(r"\)\s*\d", text[end : end + 3]):
            return None  # "(555) 123-4567"
    prev_join = num_start >= 2 and text[num_start - 1] == "-" and text[num_start - 2].isdigit()
    next_join = after_char == "-" and text[end + 1 : end + 2].isdigit()

    counts = per = None
    pos = end
    tokens: list[str] = []
    compound_word = None
    strong = False
    compound = _COMPOUND.match(text, end, hi) if after_char == "-" else None
    if compound:
        if compound.group("per"):
            per = compound.group("per").lower()
            pos = compound.end()
        elif compound.group("old"):
            if unit:
                return None
            counts = AGE
            pos = compound.end()
        else:
            word = compound.group("word").lower()
            if word == "strong" and not (unit or words):
                strong = True  # "a 50,000-strong crowd" counts the crowd
            elif word in _COMPOUND_SKIP or (words and word not in TIME_UNITS):
                return None
            else:
                compound_word = word
            per = compound.group("wper")  # "a 100-mile-per-hour wind"
            pos = compound.end()
    head = verb = None
    after = pos
    if counts is None and unit != "times":
        head, run_per, verb, more, after = _noun_run(text, pos, hi, titled)
        tokens += more
        per = per or run_per
        money = unit in ("$", "€", "£")
        if strong:
            head = tokens[0].lower() if tokens and not tokens[0][0].isupper() else None
            if head is None:
                return None
        elif share:
            if frac and (of := _OF.match(text, end, hi)):
                head, _, _, more, after = _noun_run(text, of.end() - 1, hi, titled)
                head = head or _last_noun(more)  # "a quarter of voters", "half of the vote"
            if head is None or head in _DURATIONS:
                return None  # "1 in 5 said so", "scored 2 in 10 minutes"
        elif unit == "%":
            head = None
            of = _OF.match(text, end, hi)
            if of:
                head, _, _, more, after = _noun_run(text, of.end() - 1, hi, titled)
                head = head or _last_noun(more)  # "12% of the vote"
            elif tokens and _change_word(tokens[-1]) and (into := _CHANGE_IN.match(text, after, hi)):
                noun, _, _, more, end_in = _noun_run(text, into.end() - 1, hi, titled)
                noun = noun or _last_noun(more)
                if noun:  # "a 30% increase in claims"
                    head, after = f"{tokens[-1].lower()} in {noun}", end_in
            else:
                head = _pct_subject(before, lo == sent.start)
        elif head in PEOPLE:
            v = _VERB_AFTER.match(text, after, hi) or _verb_before(words_before, before)
            if v:
                head = _verb_noun(v.group("verb"))
            elif _FROM_HOMES.match(text, after, hi):
                head = "evacuations"  # "forced 12,000 people from their homes", as "12,000 fled"
        elif head is None and verb and not tokens:
            head = verb
        elif head is None and not tokens and not money:
            v = _verb_before(words_before, before)
            if v:
                head = _verb_noun(v.group("verb"))  # "ICE deported 300 last week"
            elif "toll" in before and _TOLL_BEFORE.search(before):
                head = "deaths"  # "the death toll rose to 2,000"
            elif (
                "number" in before
                and (number := _NUMBER_OF_BEFORE.search(before))
                and _is_plural(number.group(1))
            ):
                head = number.group(1).lower()  # "the number of homes affected rose to 300"
            elif _FROM_HOMES.match(text, end, hi):
                head = "evacuations"  # "floods force 12,000 from homes"
            elif of := _OF.match(text, end, hi):
                head, _, _, _, _ = _noun_run(text, of.end() - 1, hi, titled)  # "three of the men"
        elif head is None and tokens:
            head = _fallback_head(tokens, money)
        elif head is None and money:
            head, rest_per, after = _money_use(text, after, hi, titled)
            per = per or rest_per  # "$45bn in quarterly revenue"
        if compound_word:
            head = pluralise(compound_word)  # "a 10-point lead" counts points
        if head is None and money and (outlook := _OUTLOOK_BEFORE.search(before)):
            head = outlook.group(1).lower()  # "lowered its profit forecast to $3.1 billion"
        if head is None and money and (crime := _verb_before(words_before, before)):
            noun = _verb_noun(crime.group("verb"))
            if noun in MONEY_NOUNS:
                head = noun  # "admitted stealing $2.1 million" counts theft
        if head is None and money:
            named = _NAMED_BEFORE.search(before)
            noun = named.group(1).lower() if named else ""
            if (
                noun
                and noun not in _STOP
                and noun not in _VAGUE_AMOUNTS
                and noun not in _AUX
                and (noun in MONEY_NOUNS or not noun.endswith(("ed", "ing")))
            ):
                head = noun  # "a budget of $3 billion", "damage could top $2 billion"
        if head in _CURRENCY_WORDS and unit is None and (head != "pounds" or scale):
            unit, head = _CURRENCY_WORDS[head], None  # "4.5 billion euros"
        counts = head
        if counts and abbr and abbr.lower() in "mbk" and not (cur or _is_plural(counts)):
            return None  # "a 100m sprint" is metres, not millions
    elif counts is None and abbr and not cur:
        return None
    if plain and counts is None and not qualifier and _is_age(value, prev_word, text, end, hi):
        counts = AGE
    if plain and unit is None and counts is None and not qualifier:
        name = not titled and prev_word.isalpha() and prev_word[0].isupper()
        if name and (len(words_before) > 1 or start - len(before) > sent.start):
            return None  # "Boeing 737", "Fortune 500": a name, not a count
        if tokens and tokens[-1].lower() not in GOAL_NOUNS and per is None and compound is None:
            return None  # "the 737 jet": a model number before a noun it does not count
    if qualifier in ("over", "under") and counts in _DURATIONS:
        qualifier, start = None, num_start  # "over three days" is when, not how many
        before = text[max(sent.start, start - 40) : start]
    if counts != AGE and per is None and unit != "times":
        per = _rate_after(text, after, hi) or _rate_before(before)
    return _Raw(
        start,
        num_start,
        end,
        value,
        qualifier,
        unit,
        counts,
        per,
        scale,
        words,
        "," in (dig or ""),
        prev_join,
        next_join,
    )


def _is_age(value: float, prev_word: str, text: str, end: int, hi: int) -> bool:
    """ "Jane Roe, 54, said" and "aged 54": an age, kept apart from counts."""
    if value > 120 or not float(value).is_integer():
        return False
    name = prev_word.endswith(",") and prev_word[:-1].isalpha()  # "Jane Roe, 54," "the driver, 23,"
    if prev_word.lower() in ("aged", "ages"):
        return True
    return name and _AGE_AFTER.match(text, end, hi) is not None


def _verb_before(words_before: list[str], before: str) -> re.Match | None:
    """_VERB_BEFORE, tried only when one of the last few words is a known verb or "off"."""
    if any(w.lower() in VERB_NOUNS or w.lower() == "off" for w in words_before[-4:]):
        return _VERB_BEFORE.search(before)
    return None


def _rate_after(text: str, pos: int, hi: int) -> str | None:
    """A rate after the counted phrase: "per week", "a single day", "each month", "daily".

    Up to four plain words may come first ("450 homes cleared per week"). Read word by
    word from one split of the rest of the clause: no regex with a lazy gap per figure.
    """
    seg = text[pos : hi if hi < pos + 90 else pos + 90]
    if not seg[:1].isspace() or not _RATE_HINT.search(seg.lower()):
        return None  # every rate names one of these: most figures stop here
    toks = seg.split()
    n = len(toks)
    for k in range(min(n, 5)):
        tok = toks[k]
        low = tok.lower()
        if low in _RATE_ARTICLES and k + 1 < n:
            j = k + 1
            if toks[j].lower() == "single" and j + 1 < n:
                j += 1
            unit, rest = _lead_word(toks[j])
            if unit in _RATE_UNITS:
                if not rest and j + 1 < n and _lead_word(toks[j + 1])[0] in _NOT_RATE_NEXT:
                    return None  # "a year ago", "a day earlier"
                if low in ("a", "an") and k and toks[k - 1].lower() in _NOT_RATE_PREV:
                    return None  # "in a day", "for a week": when, not how often
                return "person" if unit == "head" else unit
        else:
            word, rest = _lead_word(tok)
            if word in _RATE_ADVERBS and (
                (rest and rest[0] in _CLAUSE_END)
                or (not rest and (k + 1 == n or _lead_word(toks[k + 1])[0] in _ADVERB_NEXT))
            ):
                return PER_WORDS[word]  # "200 orders arrived weekly"
        if k == 4 or not _GAP_WORD.fullmatch(tok) or _lead_word(low)[0] in _GAP_STOP:
            return None
    return None


def _lead_word(tok: str) -> tuple[str, str]:
    """A token's leading word, lower-cased, and what follows it ("day," -> "day", ",")."""
    m = _LEAD.match(tok)
    if m is None:
        return "", tok
    return m.group().lower(), tok[m.end() :]


_LEAD = re.compile(r"\w+")
_GAP_WORD = re.compile(r"[A-Za-z'-]+")
_GAP_STOP = word_list("figure_rate_gap_stops")
_RATE_ARTICLES = word_list("figure_rate_articles")
_RATE_UNITS = word_list("figure_rate_units")
_RATE_ADVERBS = word_list("figure_rate_adverbs")
_CLAUSE_END = frozenset(",.;:)!?\"'")
_ADVERB_NEXT = word_list("figure_rate_adverb_next")
_NOT_RATE_NEXT = word_list("figure_not_rate_next")
_NOT_RATE_PREV = word_list("figure_not_rate_prev")


def _rate_before(before: str) -> str | None:
    if "ly " not in before and "nual " not in before:
        return None  # no "daily", "weekly", "annual" to look for
    m = _PER_BEFORE.search(before)
    return PER_WORDS[m.group("adj").lower()] if m else None


def _resolve(raws: list[_Raw], text: str) -> list[_Raw]:
    """Ranges share what they count; hyphen chains that are not ranges (scores, phones) go."""
    keep = [not (r.prev_join or r.next_join) for r in raws]
    ranges: list[tuple[_Raw, _Raw]] = []
    for i in range(len(raws) - 1):
        a, b = raws[i], raws[i + 1]
        if a.next_join and not a.prev_join and b.prev_join and not b.next_join and b.start == a.end + 1:
            if b.counts or b.unit or b.scale or (a.commas and b.commas):
                keep[i] = keep[i + 1] = True
                ranges.append((a, b))
            continue
        if not (keep[i] and keep[i + 1]):
            continue
        between = text[a.end : b.start]
        if between.lower() == " of " and a.counts is None and a.unit is None and b.unit is None:
            a.counts = b.counts  # "44 of 120 seats"
            continue
        sep = _RANGE_JOIN.fullmatch(between)
        if sep is None:
            continue
        word = sep.group().strip().lower()
        if word in ("and", "or") and not _BETWEEN_BEFORE.search(text[max(0, a.start - 12) : a.start]):
            continue
        ranges.append((a, b))
    for a, b in ranges:
        if b.counts is None and a.counts and b.unit == a.unit:
            b.counts, b.per = a.counts, b.per or a.per  # "aged 18 to 24", "from 3,000 arrests to 4,000"
        if a.counts is None and (a.unit is None or a.unit == b.unit):
            a.counts = b.counts
            a.per = a.per or b.per
            a.unit = b.unit
            if a.scale is None and b.scale and a.value < 1000:
                a.value = round(a.value * b.scale, 3)
                a.scale = b.scale
    return [r for r, k in zip(raws, keep, strict=True) if k]


def _anchors(text: str) -> list[int]:
    """Where a number may start, in order: digits, currency signs, number words."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two: keep offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = []
    for p, _ in number_tokens(text):
        prev = text[p - 1 : p]
        if prev in ("$", "€", "£"):
            p -= 3 if text[p - 3 : p - 1] == "US" else 1
            if text[p - 1 : p] in ("C", "A"):
                p -= 1
            prev = text[p - 1 : p]
        if prev.isalnum() or prev in _NOT_BEFORE:
            continue
        if prev == "-" and text[p - 2 : p - 1].isalpha():
            continue  # "COVID-19", "F-35"
        found.append(p)
    for m in _WORD_ANCHOR.finditer(low):
        p = m.start()
        word = m.group()
        if word in _FRACTION_ANCHORS:
            if not low.startswith(" of ", m.end()):
                continue  # only a share of something: "a third of", "half of"
            if word != "half":
                if not low.endswith("a ", 0, p):
                    continue
                p -= 2
        elif word in ("dozen", "hundred", "thousand", "million", "billion"):
            if low.endswith("half a ", 0, p):
                p -= 7
            elif low.endswith("a ", 0, p):
                p -= 2
            else:
                continue
        if p and (text[p - 1].isalnum() or text[p - 1] in _NOT_BEFORE):
            continue
        found.append(p)
    found.sort()
    return found


def extract_figures(article: Article, sents: list[Sentence]) -> list[Figure]:
    text = plain_text(article.text)
    dates = scan_text(text)
    out: list[Figure] = []
    if not sents:
        return out
    # Anchors, sentences and dates are all in text order: walk them together.
    n_sents, n_dates = len(sents), len(dates)
    si = di = 0
    sent = sents[0]
    titled = sent.block.kind in _TITLED
    raws: list[_Raw] = []
    last = 0
    for p in _anchors(text):
        if p < last:
            continue
        if p >= sent.end:
            if raws:
                _emit(article, sent, raws, text, out)
                raws = []
            si += 1
            while si < n_sents and p >= sents[si].end:
                si += 1
            if si == n_sents:
                break
            sent = sents[si]
            titled = sent.block.kind in _TITLED
        if p < sent.start:
            continue
        while di < n_dates and dates[di][1] <= p:
            di += 1
        if di < n_dates and dates[di][0] <= p:
            last = dates[di][1]
            continue
        m = _NUM.match(text, p, sent.end)
        if not m:
            continue
        q = None
        if text[p - 1 : p] == " ":
            lo = sent.start if sent.start > p - 25 else p - 25
            head = text[lo:p].split()
            if head and head[-1].lower() in _QUAL_LAST:
                q = _QUAL_BEFORE.search(text, lo, p)
        raw = _candidate(m, q, text, sent, titled)
        if raw is None:
            last = m.end()
        else:
            last = raw.end
            raws.append(raw)
    if raws:
        _emit(article, sent, raws, text, out)
    return _with_tallies(article, sents, out)


_TITLED = frozenset((HEADLINE, HEADING))
_PRISON_AFTER = re.compile(
    r"(?:\s+(?:years?|months?))?\s+(?:in\s+(?:a\s+)?(?:federal\s+|state\s+)?(?:prison|jail)|behind\s+bars)\b",
    re.I,
)
_PRISON_BEFORE = re.compile(r"\bsentenced\s+to\s+(?:serve\s+)?$", re.I)
_NAME_BEFORE_AGE = re.compile(r"([A-Z][\w'’-]+),\s*$")


def _refined_counts(counts: str | None, text: str, sent: Sentence, start: int, end: int) -> str | None:
    """Two news conventions that say whose or what kind a count is:
    - "Jane Roe, 58," is the age of Roe (ages of one person can then be compared);
    - "seven years in prison", "sentenced to six years" is a prison term."""
    if counts == AGE:
        name = _NAME_BEFORE_AGE.search(text, max(sent.start, start - 40), start)
        return f"age of {name.group(1)}" if name else counts
    if counts in ("years", "months") and (
        _PRISON_AFTER.match(text, end) or _PRISON_BEFORE.search(text, max(sent.start, start - 30), start)
    ):
        return f"{counts} in prison"
    return counts


# "passed 74-24", "won 3-1": a tally is one figure, the first number, counting votes or goals.
_TALLY = re.compile(r"(?<![\w.,$()-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\w%-]|[.,]\d)")
_TALLY_CONTEXT = (
    (
        lazy_re(r"\b(?:vote[sd]?|voting|passed|approved|rejected|confirmed|ballots?|margin|tally)\b", re.I),
        "vote",
    ),
    (
        lazy_re(r"\b(?:won|wins?|lost|beat|defeated|victory|score[sd]?|drew|draw|lead|led)\b", re.I),
        "score",
    ),
)


def _with_tallies(article: Article, sents: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """Vote counts and scores, which read as two numbers joined by a dash."""
    found: list[Figure] = []
    for sent in sents:
        if "-" not in sent.text and "–" not in sent.text:
            continue
        for m in _TALLY.finditer(sent.text):
            kind = next((k for pattern, k in _TALLY_CONTEXT if pattern.search(sent.text)), None)
            if kind is None:
                continue
            start, end = sent.start + m.start(), sent.start + m.end()
            found.append(
                Figure(
                    article.id,
                    float(m.group(1)),
                    m.group(),
                    start,
                    end,
                    _context(sent, start, end),
                    kind,
                    unit="tally",
                )
            )
    if not found:
        return figures
    taken = [(f.start, f.end) for f in found]
    kept = [f for f in figures if not any(s < f.end and f.start < e for s, e in taken)]
    return sorted(kept + found, key=lambda f: f.start)


def _emit(article: Article, sent: Sentence, raws: list[_Raw], text: str, out: list[Figure]) -> None:
    """One sentence's candidates, ranges resolved, as Figures."""
    for r in _resolve(raws, text) if len(raws) > 1 or raws[0].prev_join or raws[0].next_join else raws:
        if r.words and not (r.counts or r.unit):
            continue  # "one of", "one day", "three" alone: not a count of anything
        r.counts = _refined_counts(r.counts, article.text, sent, r.start, r.end)
        out.append(
            Figure(
                article.id,
                r.value,
                article.text[r.start : r.end],
                r.start,
                r.end,
                _context(sent, r.start, r.end),
                r.counts,
                r.per,
                r.qualifier,
                r.unit,
            )
        )


CONTEXT = 300  # characters of sentence kept around a figure


def _context(sent: Sentence, start: int, end: int) -> str:
    """The sentence, or the part of a very long one around the figure: a figure's
    context must not grow with its sentence (a run-on 'sentence' of thousands)."""
    if len(sent.text) <= CONTEXT:
        return sent.text
    half = (CONTEXT - (end - start)) // 2
    lo = max(sent.start, start - half)
    hi = min(sent.end, end + half)
    text = sent.text[lo - sent.start : hi - sent.start]
    return ("…" if lo > sent.start else "") + text + ("…" if hi < sent.end else "")


# Words outlets use for one thing when it moves by a percentage.
THING_SYNONYMS = {"stock": "shares", "stocks": "shares", "share": "shares", "prices": "price"}


def figure_key(figure: Figure) -> tuple[str | None, str | None]:
    """(counts, per): figures with equal keys count the same thing at the same rate.

    `counts` is already normalised by the extractor (plural, verbs turned into
    nouns), so it is nearly its own lemma. Two folds make outlets' wordings meet
    while `Figure.counts` keeps the word the article used, for display:
    - residents, persons, individuals and inhabitants count people ("15,000
      residents" and "12,000 people" are one figure); civilians, citizens,
      villagers and the like stay apart, since they name a narrower group;
    - a percentage change reads as an increase or a decrease of its thing ("a 12%
      rise in fares" and "a 9% jump in fares" are one figure).
    An age gives None: two people's ages are not two sources' values for one fact.
    """
    counts = figure.counts.lower() if figure.counts and figure.counts != AGE else None
    if counts and counts.startswith("age of "):
        counts = figure.counts  # a person's name keeps its capitals
    if counts in PEOPLE_SYNONYMS:
        counts = "people"
    elif counts and " in " in counts:
        change, _, thing = counts.partition(" in ")
        thing = THING_SYNONYMS.get(thing, thing)
        if change in INCREASES:
            counts = f"increase in {thing}"
        elif change in DECREASES:
            counts = f"decrease in {thing}"
    return (counts, figure.per)
