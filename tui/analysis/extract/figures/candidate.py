"""One number read in place, in named steps: its value (values.py), whether it is a
count at all (not_counts.py), what it counts (a hyphen compound, compounds.py, else the
counted thing, counted.py), then an age, a name or a model number, and its rate."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.compounds import TIME_UNITS, hyphen_compound
from tui.analysis.extract.figures.counted import counted_thing
from tui.analysis.extract.figures.not_counts import (
    label_time_address_or_code,
    listicle_count,
    name_or_model_number,
    ratio_denominator,
    says_who,
)
from tui.analysis.extract.figures.nouns import DURATIONS
from tui.analysis.extract.figures.plurals import is_plural
from tui.analysis.extract.figures.rates import rate_adjective_before, rate_after_count
from tui.analysis.extract.figures.reading import Near, Raw
from tui.analysis.extract.figures.values import GROUPS, MEASURES, read_value
from tui.analysis.extract.figures.whose import AGE, age_after_name, age_named_before, years_old
from tui.analysis.text import Sentence
from tui.regex_cache import compiled

_FOLD = compiled(r"-fold\b", re.I)


_COMPOUND_WORD = compiled(r"-([a-z]+)\b")


def _counted_compound(text: str, end: int) -> bool:
    """ "the five-term senator" is a count, not who: a hyphen compound of a counted
    noun (not of a time unit: "the three-year lease" stays out)."""
    m = _COMPOUND_WORD.match(text, end)
    return m is not None and m.group(1) not in TIME_UNITS


def read_candidate(m: re.Match, q: re.Match | None, text: str, sent: Sentence, titled: bool) -> Raw | None:
    """The figure a NUMBER match `m` (with its qualifier match `q`) starts, or None."""
    groups = m.group(*GROUPS)
    dig, cur, _, abbr, _, _, pct, times, frac, measure = groups
    num_start = m.start()
    start = q.start("qual") if q else num_start
    qualifier = " ".join(q.group("qual").lower().split()) if q else None
    value_read = read_value(m, groups, text, sent, start)
    if value_read is None:
        return None
    value, unit, scale, words, share, end = value_read
    plain = dig and not (cur or pct or scale or times or share or measure)
    after_char = text[end : end + 1]
    if after_char == "/":
        return None  # "3/4", "24/7"
    near = Near.of(text, sent, titled, start)
    if ratio_denominator(text, sent.start, num_start, near.words_before):
        return None  # the 5 of "1 in 5 children": the share is read at the 1
    if (
        words
        and not qualifier
        and says_who(value, near.prev_word)
        and not (near.prev_word.lower() == "the" and _counted_compound(text, end))
    ):
        return None  # "the two men", "both three-judge panels": who, not how many
    if plain and label_time_address_or_code(text, dig, value, near.prev_word, num_start, end, sent.end):
        return None
    prev_join = num_start >= 2 and text[num_start - 1] == "-" and text[num_start - 2].isdigit()
    next_join = after_char == "-" and text[end + 1 : end + 2].isdigit()
    raw = Raw(
        start,
        num_start,
        end,
        value,
        qualifier,
        unit,
        None,
        None,
        scale,
        words,
        "," in (dig or ""),
        prev_join,
        next_join,
    )

    if measure:
        raw.counts, raw.per = MEASURES[measure.lower()]  # "2kg", "70mph": the unit says it
        return raw
    compound = compound_word = None
    pos, strong = end, False
    if after_char == "-" and unit is None and _FOLD.match(text, end):
        raw.unit, raw.end = "times", end + 5  # "a 10-fold increase", "a three-fold rise"
        return raw
    if after_char == "-":
        hyphen = hyphen_compound(text, end, sent.end, unit, words)
        if hyphen is None:
            return None
        compound, raw.counts, raw.per, pos, compound_word, strong = hyphen
    tokens: list[str] = []
    after = pos
    if raw.counts is None and unit != "times":
        found = counted_thing(raw, near, pos, share, bool(frac), strong, compound_word)
        if found is None:
            return None
        after, tokens = found
        if raw.counts and abbr and abbr.lower() in "mbk" and not (cur or is_plural(raw.counts)):
            return None  # "a 100m sprint" is metres, not millions
        if titled and listicle_count(raw.counts):
            return None  # "5 takeaways from the debate": the article's own items
    elif raw.counts is None and abbr and not cur:
        return None
    return _age_name_and_rate(raw, near, plain, tokens, compound is None, after)


def _age_name_and_rate(raw: Raw, near: Near, plain, tokens: list[str], no_compound: bool, after: int):
    """The last steps: a plain number after a name is an age ("Jane Roe, 54,") or part of
    the name ("Boeing 737"); "over three days" is no qualifier; then the rate."""
    text, sent = near.text, near.sent
    if (
        plain
        and raw.counts is None
        and not raw.qualifier
        and age_after_name(raw.value, near.prev_word, text, raw.end, sent.end)
    ):
        raw.counts = AGE
    elif plain and raw.counts is None and (age := age_named_before(raw.value, near.before)):
        raw.counts = age  # "raising the retirement age to 68"
    elif years_old(raw.counts, text, after, sent.end):
        raw.counts = AGE  # "71 years old"
    if plain and raw.unit is None and raw.counts is None and not raw.qualifier:
        bare = raw.per is None and no_compound
        if name_or_model_number(
            near.titled, near.prev_word, near.words_before, near.lo > sent.start, tokens, bare
        ):
            return None
    before = near.before
    if raw.qualifier in ("over", "under") and raw.counts in DURATIONS:
        raw.qualifier, raw.start = None, raw.num_start  # "over three days" is when, not how many
        before = text[max(sent.start, raw.start - 40) : raw.start]
    if raw.counts != AGE and raw.per is None and raw.unit != "times":
        raw.per = rate_after_count(text, after, sent.end) or rate_adjective_before(before)
    return raw
