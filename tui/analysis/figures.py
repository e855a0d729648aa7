"""Figures: numbers with what they count, at what rate, and how hedged.

The comparer lines figures up across sources by `figure_key`, so the point of
this module is a stable (counts, per) pair: "3,000 daily arrests", "a goal of
3,000 arrests every day" and "the 3,000 daily arrest goal" must all come out as
("arrests", "day"), while years, dates, times, ordinals, ages, addresses and the
pronoun "one" must not come out at all.

One pass finds where numbers may start (digit runs, shared with dates.py, and
number words); each candidate is then read with a few anchored, precompiled
regexes over the words around it: no tagger, no second pass over the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from tui.analysis.dates import digit_runs, plain_text, scan_text
from tui.analysis.model import Figure
from tui.analysis.numbers import LABELS, SCALES, TENS, UNITS, WORD_NUMBER, word_value
from tui.analysis.text import Sentence
from tui.brief.model import HEADING, HEADLINE, Article


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


AGE = "age"  # what an age ("Jane Roe, 54,") counts; figure_key keeps it out of groups

QUALIFIERS = (
    "more than",
    "over",
    "well over",
    "just over",
    "nearly",
    "almost",
    "about",
    "approximately",
    "approx.",
    "around",
    "roughly",
    "at least",
    "up to",
    "a minimum of",
    "a maximum of",
    "fewer than",
    "less than",
    "no more than",
    "no fewer than",
    "no less than",
    "at most",
    "just under",
    "under",
    "some",
    "an estimated",
    "estimated",
    "as many as",
    "as much as",
    "as few as",
    "close to",
    "upwards of",
    "in excess of",
)
_QUAL = "|".join(r"\s+".join(map(re.escape, q.split())) for q in sorted(QUALIFIERS, key=len, reverse=True))

# The number itself, matched where an anchor says one starts.
_NUM = re.compile(
    rf"""
    (?:
        (?P<cur>US\$|C\$|A\$|\$|€|£)?
        (?P<dig>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:\s+(?P<scale>thousand|million|billion|trillion)\b|(?P<abbr>bn|tn|m|k|b)(?!\w))?
      | (?P<twice>twice)\b
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


# Where number words may start (searched in lower-cased text); digits come from dates.digit_runs.
_WORD_ANCHOR = re.compile(
    rf"(?:{_first_letter_trie([*UNITS, *TENS, 'twice', 'dozen', 'hundred', 'thousand', 'million', 'billion'])})\b"
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
_PER_UNITS = (
    "day|week|month|year|hour|minute|second|night|quarter|capita|person|head"
    "|gallon|barrel|share|ounce|ton|tonne|litre|liter|kilogram|kilo|pound"
)
_GAP = r"(?:\s+(?!(?:and|or|but|while|which|who|than|since|after|before|when|because)\b)[A-Za-z'-]+){0,4}?"
_PER_AFTER = re.compile(
    rf"{_GAP}\s+(?:(?P<art>per|a|an|each|every)\s+(?:single\s+)?(?P<unit>{_PER_UNITS})\b"
    r"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly)\b"
    # an adverb ends the clause; "quarterly revenue" is another noun's adjective
    r"(?=\s*(?:[,.;:)!?\"']|$)|\s+(?:and|or|but|in|on|at|for|to|since|until|by|from|with|over|so)\b))",
    re.IGNORECASE,
)
# Every rate names one of these: a cheap test before _PER_AFTER.
_RATE_HINT = re.compile(
    r"da(?:y|ily)|week|month|year|hour|minute|second|night|quarter|annual|capita|person|head"
    r"|gallon|barrel|share|ounce|ton|liter|litre|kilo|pound"
)
_NOT_RATE_AFTER = re.compile(r"\s+(?:ago|earlier|later|before|after|prior|old|long)\b", re.I)
_NOT_RATE_BEFORE = re.compile(r"\b(?:in|within|for|of|than|on|last|next|this|that|one)\s+$", re.I)
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
_STOP = _words(
    """of in on at for from to by with within without into onto over under about after
    before during since until through across against among between per than via toward
    towards upon around behind beyond near off out up down like as
    the a an this that these those its his her their our my your each every all both
    either neither some any no another other such what which whose whom who
    and or but nor so yet while whereas although though because if unless when where whether
    is are was were be been being am has have had do does did will would can could may
    might must should shall he she it they we you i me him them us
    currently also just now then still already only even previously reportedly recently
    nearly almost approximately roughly more less most least very too again ago later
    earlier there here not never ever always often sometimes however instead said says
    times percent halves thirds quarters fifths sixths tenths last next yesterday today"""
)
# A counted thing reported through a verb: "65,600 deported" counts deportations.
VERB_NOUNS = {
    "arrested": "arrests",
    "arresting": "arrests",
    "deported": "deportations",
    "deporting": "deportations",
    "detained": "detentions",
    "detaining": "detentions",
    "killed": "deaths",
    "killing": "deaths",
    "died": "deaths",
    "dead": "deaths",
    "murdered": "murders",
    "injured": "injuries",
    "injuring": "injuries",
    "wounded": "injuries",
    "wounding": "injuries",
    "hurt": "injuries",
    "hired": "hires",
    "hiring": "hires",
    "fired": "firings",
    "laid": "layoffs",
    "evacuated": "evacuations",
    "evacuating": "evacuations",
    "displaced": "displaced people",
    "displacing": "displaced people",
    "rescued": "rescues",
    "rescuing": "rescues",
    "removed": "removals",
    "removing": "removals",
    "expelled": "expulsions",
    "expelling": "expulsions",
    "executed": "executions",
    "convicted": "convictions",
    "indicted": "indictments",
    "charged": "charges",
    "hospitalized": "hospitalizations",
    "hospitalised": "hospitalisations",
    "infected": "infections",
    "vaccinated": "vaccinations",
    "released": "releases",
    "missing": "missing people",
    "fled": "evacuations",
    "evacuate": "evacuations",
    "flee": "evacuations",
}
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
PEOPLE = _words(
    """people persons individuals immigrants migrants aliens illegals refugees asylum-seekers
    seekers residents citizens noncitizens non-citizens foreigners nationals workers employees
    staff staffers civilians children kids minors adults men women students patients soldiers
    troops protesters protestors demonstrators detainees prisoners inmates victims passengers
    families suspects fighters militants members others americans"""
)
# Heads that are about the counted thing rather than the thing: "a 3,000 arrest goal".
GOAL_NOUNS = _words(
    """goal target quota benchmark mark milestone threshold figure number level limit cap
    ceiling record average rate total count tally pace plan pledge promise deadline window
    period increase decrease rise drop jump cut reduction surge boost hike program programme
    package budget deal fund bill initiative operation campaign span term stretch run streak
    high low withdrawal requirement extension"""
)
# What money is for, when it modifies a package or a deal.
MONEY_NOUNS = _words(
    """aid relief funding stimulus bailout rescue spending tax loan debt investment defense
    defence military infrastructure settlement damages compensation revenue profit sales
    payment salary bonus grant subsidy support assistance insurance pension contract
    bail charge fine penalty ransom bond award verdict lawsuit judgment donation gift bid
    offer fee price rent wage income loss deficit surplus windfall payout buyout
    acquisition merger purchase sale order cost restitution financing capital assets
    valuation debt"""
)
IRREGULAR_PLURALS = _words(
    "people police personnel staff cattle feet teeth children men women data media "
    "sheep fish deer aircraft livestock crew clergy"
)
# Compound units a number word may take: "a two-year term", "a three-day strike".
TIME_UNITS = _words(
    "second minute hour day night week month year decade century mile kilometre kilometer "
    "member person seat page point game"
)
_COMPOUND_SKIP = _words("strong plus odd fold long wide high deep tall something")

_WORD = re.compile(r"[ \t]+([A-Za-z]+(?:['-][A-Za-z]+)*)")
_COMPOUND = re.compile(
    r"-(?:(?:a|per)-(?P<per>day|week|month|year|hour)"
    r"|(?P<word>[a-z]+)(?:(?P<old>-old)|-(?:a|per)-(?P<wper>day|week|month|year|hour|second))?)\b"
)
_OF = re.compile(r"\s+of\s+(?:(?:the|all|its|their|his|her|our|these|those)\s+)?(?=[A-Za-z])", re.I)
_IN_OF = re.compile(r"\s+(?:in|of)\s+(?=[A-Za-z])", re.I)
_TIMES_CONTEXT = re.compile(
    r"\s+(?:as|the|that|what|more|less|fewer|over|his|her|their|its|our|this|[a-z]{2,}er)\b", re.I
)
_TWICE_CONTEXT = re.compile(r"\s+(?:as|the|that|what)\b", re.I)
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|"
    r"Dr|Way|Place|Pl|Court|Ct|Parkway|Pkwy|Terrace|Square|Plaza|Center|Centre)\b"
)
_TIME_START = frozenset(": apAPo")
_TIME_AFTER = re.compile(r":\d|\s*(?:[ap]\.m\.|[ap]m\b|o'clock)", re.I)
_AGE_AFTER = re.compile(r"\s*[,)]|\s*$")
_NAMED_BEFORE = re.compile(
    r"\b([a-z]{3,})\s+(?:of|is|was|at|worth|totaling|totalling|valued\s+at|stands\s+at|stood\s+at)\s+$"
)
# Singular wholes a share is taken of: "40% of the vote", "6% of its workforce".
MASS_NOUNS = _words(
    """vote population workforce electorate public market economy budget country nation
    state city company industry sector land area revenue income staff total"""
)
_COMMON_VERBS = _words("went came fell rose grew held made took gave got saw voted backed say says said")
_REFERRING = _words("the these those their his her its our my your all both other last first next")
_DURATIONS = _words("seconds minutes hours days nights weeks months years decades")
_NUMBER_OF_BEFORE = re.compile(r"\bnumber\s+of\s+(?:[a-z]+\s+){0,2}?([a-z]+)\b[^,.;:]{0,40}$", re.I)
# What a bare percentage is of, when the clause names it first: "turnout reached 61%".
_PCT_SUBJECT = re.compile(
    r"\b(inflation|unemployment|turnout|approval|growth|gdp|interest|poverty|participation|"
    r"vacancy|occupancy|mortality|literacy|tariffs?)\b(?:\s+rates?|\s+ratings?)?[^,;.:()]{0,40}$",
    re.IGNORECASE,
)
_TOLL_BEFORE = re.compile(r"\btoll\b[^,.;:]{0,30}$", re.I)
_SIMPLE_WORDS = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_VAGUE_AMOUNTS = _words(
    "range total sum amount average peak high low minimum maximum excess upwards figure number estimate value"
)
_RATIO_AFTER = re.compile(rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d|(?:{_SIMPLE_WORDS})\b)", re.I)
_RATIO_BEFORE = re.compile(rf"(?:\d|\b(?:{_SIMPLE_WORDS}))\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.I)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.I)
_RANGE_JOIN = re.compile(r"\s+(?:and|to|or|through)\s+|\s*-\s*", re.I)


@dataclass
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
        low = tok.lower()
        if low in PER_WORDS:
            per = PER_WORDS[low]
            pos = after = m.end()
            continue
        if low in _STOP:
            break
        if low in VERB_NOUNS:
            if low != "laid" or re.match(r"\s+off\b", text[m.end() : end]):
                verb = VERB_NOUNS[low]
                after = m.end()
            break
        if "'" in tok:  # a possessive ends the phrase
            break
        tokens.append(tok)
        pos = after = m.end()
        if _is_plural(tok) and (titled or not tok[0].isupper()):
            nxt = _WORD.match(text, pos, end) if low in IRREGULAR_PLURALS else None
            if nxt and _is_plural(nxt.group(1)) and nxt.group(1).lower() not in _STOP:
                tokens.append(nxt.group(1))  # "police officers", "staff members"
                low, after = nxt.group(1).lower(), nxt.end()
            head = low
            break
        if low in GOAL_NOUNS or low in MASS_NOUNS:
            break  # "the 3,000 figure shows", "12% of the population supports"
    return head, per, verb, tokens, after


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


def _candidate(m: re.Match, q: re.Match | None, text: str, sent: Sentence):
    dig, cur, scale_word, abbr, twice, number_words, pct, times = m.group(
        "dig", "cur", "scale", "abbr", "twice", "words", "pct", "times"
    )
    titled = sent.block.kind in (HEADLINE, HEADING)
    num_start = m.start()
    start = q.start("qual") if q else num_start
    end = m.end()
    hi = sent.end
    qualifier = " ".join(q.group("qual").lower().split()) if q else None
    scale = None
    unit = None
    words = False
    if dig:
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
        if value is None or value == 1:
            return None
        words = True
    if cur:
        unit = _CURRENCY[cur.upper()]
    if pct:
        unit = "%"
    if times:
        if unit or not _TIMES_CONTEXT.match(text, end, hi):
            return None
        unit = "times"
    plain = dig and not (cur or pct or scale or times)
    if (
        text[end : end + 1] == "/"
        or (text.startswith((" in ", " out "), end) and _RATIO_AFTER.match(text, end, hi))
        or (
            text.find(" in ", max(sent.start, num_start - 16), num_start) >= 0
            or text.find(" of ", max(sent.start, num_start - 16), num_start) >= 0
        )
        and _RATIO_BEFORE.search(text, max(sent.start, num_start - 16), num_start)
    ):
        return None  # "1 in 5 children" is a proportion, not two counts
    before = text[max(sent.start, start - 40) : start]
    words_before = before.split()
    prev_word = words_before[-1] if words_before else ""
    if words and value < 10 and not qualifier and prev_word.lower() in _REFERRING:
        return None  # "the two men", "both three-judge panels": who, not how many
    if plain:
        if prev_word.lower().rstrip(".#") in LABELS or (
            text[end : end + 1] in _TIME_START and _TIME_AFTER.match(text, end, hi)
        ):
            return None
        if text[end + 1 : end + 2].isupper() and _STREET_AFTER.match(text, end, hi):
            return None
        if "," not in dig and "." not in dig and value >= 10000:
            return None  # zip codes, ids: news copy writes counts with separators
        if text[num_start - 1 : num_start] == "(" and re.match(r"\)\s*\d", text[end : end + 3]):
            return None  # "(555) 123-4567"
    prev_join = num_start >= 2 and text[num_start - 1] == "-" and text[num_start - 2].isdigit()
    next_join = text[end : end + 1] == "-" and text[end + 1 : end + 2].isdigit()

    counts = per = None
    pos = end
    tokens: list[str] = []
    compound_word = None
    compound = _COMPOUND.match(text, end, hi) if text[end : end + 1] == "-" else None
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
            if word in _COMPOUND_SKIP or (words and word not in TIME_UNITS):
                return None
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
        if unit == "%":
            head = None
            of = _OF.match(text, end, hi)
            if of:
                head, _, _, more, after = _noun_run(text, of.end() - 1, hi, titled)
                head = head or _last_noun(more)  # "12% of the vote"
            elif subject := _PCT_SUBJECT.search(before):
                head = subject.group(1).lower()  # "inflation eased to 3.2%"
        elif head in PEOPLE:
            v = _VERB_AFTER.match(text, after, hi) or _verb_before(words_before, before)
            if v:
                head = _verb_noun(v.group("verb"))
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
            elif of := _OF.match(text, end, hi):
                head, _, _, _, _ = _noun_run(text, of.end() - 1, hi, titled)  # "three of the men"
        elif head is None and tokens:
            head = _fallback_head(tokens, money)
        elif head is None and money:
            rest = _IN_OF.match(text, after, hi)
            if rest:
                head, rest_per, _, more, after = _noun_run(text, rest.end() - 1, hi, titled)
                head = head or _fallback_head(more, True)
                per = per or rest_per  # "$45bn in quarterly revenue"
        if compound_word:
            head = pluralise(compound_word)  # "a 10-point lead" counts points
        if head is None and money:
            named = _NAMED_BEFORE.search(before)
            noun = named.group(1).lower() if named else ""
            if noun and noun not in _STOP and noun not in _VAGUE_AMOUNTS and not noun.endswith(("ed", "ing")):
                head = noun  # "a budget of $3 billion"
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
        start=start,
        num_start=num_start,
        end=end,
        value=value,
        qualifier=qualifier,
        unit=unit,
        counts=counts,
        per=per,
        scale=scale,
        words=words,
        commas="," in (dig or ""),
        prev_join=prev_join,
        next_join=next_join,
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
    if not _RATE_HINT.search(text[pos : min(hi, pos + 60)].lower()):
        return None
    m = _PER_AFTER.match(text, pos, hi)
    if not m:
        return None
    if m.group("adv"):
        return PER_WORDS[m.group("adv").lower()]
    if _NOT_RATE_AFTER.match(text, m.end(), hi):
        return None
    art = m.group("art").lower()
    if art in ("a", "an") and _NOT_RATE_BEFORE.search(text[max(pos, m.start("art") - 12) : m.start("art")]):
        return None
    unit = m.group("unit").lower()
    return "person" if unit == "head" else unit


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
    for p in digit_runs(text):
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
        if m.group() in ("dozen", "hundred", "thousand", "million", "billion"):
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
    date_starts = [d[0] for d in dates]
    starts = [s.start for s in sents]
    by_sentence: dict[int, list[_Raw]] = {}
    last = 0
    for p in _anchors(text):
        if p < last:
            continue
        i = bisect_right(starts, p) - 1
        if i < 0 or p >= sents[i].end:
            continue
        d = bisect_right(date_starts, p) - 1
        if d >= 0 and p < dates[d][1]:
            last = dates[d][1]
            continue
        sent = sents[i]
        m = _NUM.match(text, p, sent.end)
        if not m:
            continue
        q = None
        head = text[max(sent.start, p - 16) : p].split()
        if head and head[-1].lower() in _QUAL_LAST:
            q = _QUAL_BEFORE.search(text, max(sent.start, p - 25), p)
        raw = _candidate(m, q, text, sent)
        last = m.end()
        if raw is not None:
            by_sentence.setdefault(i, []).append(raw)
    out: list[Figure] = []
    for i, raws in by_sentence.items():
        sent = sents[i]
        for r in _resolve(raws, text):
            if r.words and not (r.counts or r.unit):
                continue  # "one of", "one day", "three" alone: not a count of anything
            out.append(
                Figure(
                    source=article.id,
                    value=r.value,
                    text=article.text[r.start : r.end],
                    start=r.start,
                    end=r.end,
                    sentence=sent.text,
                    counts=r.counts,
                    per=r.per,
                    qualifier=r.qualifier,
                    unit=r.unit,
                )
            )
    return out


def figure_key(figure: Figure) -> tuple[str | None, str | None]:
    """(counts, per): figures with equal keys count the same thing at the same rate.

    `counts` is already normalised by the extractor (plural, verbs turned into
    nouns), so it is its own lemma. An age gives None: two people's ages are not
    two sources' values for one fact.
    """
    counts = figure.counts.lower() if figure.counts and figure.counts != AGE else None
    return (counts, figure.per)
