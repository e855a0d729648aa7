"""What a number counts, when no hyphen compound said so: which news convention names the
counted thing, tried in this order (the first that applies decides):

- votes cast one way: "212 voted for it" (votes.py);
- a reading on a scale or one of a kind: "magnitude 6.4", "a single count of fraud";
- a crowd: "a 50,000-strong march" counts the march;
- a share: "a quarter of voters", "1 in 4 adults" (percentages of voters, of adults);
- a percentage: "12% of the vote", "a 30% increase in claims", "a 30% premium",
  "turnout reached 61%", "Smith leading Jones, 51 percent to 43 percent"
  (percentages.py, polls.py, changes.py);
- people, counted by what happened to them: "3,000 people were arrested" counts arrests
  (verb_counts.py);
- money named before it in a way that outranks its use after it: "buy Bolt for $4.2
  billion in cash" is the deal (money_before.py);
- a verb after the number: "65,600 deported" counts deportations;
- a bare number, counted by the words around it: "ICE deported 300", "the death toll
  from the quake rose on Tuesday to 2,000", "the number of homes affected rose to 300",
  "estimates of how many nurses ... run from 5,000", "forced 12,000 from their homes",
  "three of the men";
- a noun that is no plural: "a 3,000 arrest goal" counts arrests, "$2bn aid" is aid;
  after proper-noun modifiers: "2,700 Acme and Bolt stores"; money modifying a phrase:
  "a $7 million radio advertising push";
- money, by its use after it: "$45 million in state aid" (money.py);
then "a 10-point lead" counts points, a win's "by" makes a margin ("won by 22 percentage
points"), money may be named before it ("a budget of $3 billion", "offered $45 a share"),
and a currency word is a unit ("4.5 billion euros")."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.compounds import SCALES
from tui.analysis.extract.figures.currencies import UNITS as MONEY_UNITS
from tui.analysis.extract.figures.currencies import WORDS as CURRENCY_WORDS
from tui.analysis.extract.figures.money import money_use_after
from tui.analysis.extract.figures.money_before import (
    MONEY_NOUNS,
    money_named_before,
    money_named_first,
)
from tui.analysis.extract.figures.nouns import (
    DURATIONS,
    GOAL_NOUNS,
    OF,
    VAGUE_AMOUNTS,
    noun_after_names,
    noun_after_of,
    noun_modified,
    noun_run,
)
from tui.analysis.extract.figures.percentages import percent_counts
from tui.analysis.extract.figures.plurals import is_plural, pluralise
from tui.analysis.extract.figures.reading import Near, Raw
from tui.analysis.extract.figures.verb_counts import (
    FROM_HOMES,
    PEOPLE,
    people_count_by_verb,
    verb_before,
    verb_noun,
)
from tui.analysis.extract.figures.votes import MARGIN, MARGIN_UNITS, is_margin, votes_cast_after
from tui.analysis.lexicon import word_list
from tui.analysis.text import lazy_re, longest_first
from tui.regex_cache import compiled

# A count named well before its number, in the same clause: "the death toll from the quake
# rose on Tuesday to 245", "the number of homes flooded reached 300", "estimates of how many
# nurses could join run from 5,000". Searched in up to _NAMED_SPAN characters before it.
_NAMED_SPAN = 120
SINGLE_NOUNS = word_list("figure_single_nouns")
# A scale word as it may stand before or after the number: "magnitude 6.4", "Magnitude-6.4".
SCALE_FORMS = frozenset(f for w in SCALES for f in (w, w.capitalize(), f"{w}-", f"{w.capitalize()}-"))
_TOLL_BEFORE = lazy_re(r"\btoll\b[^,.;:]{0,80}$", re.I)
_NUMBER_OF_BEFORE = lazy_re(
    r"\b(?:number\s+of|how\s+many)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\b[^,.;:]{0,80}$", re.I
)


_GOAL_AFTER = compiled(r"[ -]([A-Za-z]+)\b")  # the word after a plural that money modifies
# A currency written as a word right after the number: "4.5 billion euros", "1.2 trillion yen".
_CURRENCY_WORD = compiled(rf"\s+({'|'.join(longest_first(CURRENCY_WORDS))})\b", re.I)
# A role that narrows the people counted: " who serve as store managers", " who work as nurses".
_SERVING_AS = compiled(
    r",?\s+(?:who|that)\s+(?:now\s+)?(?:serve|served|serves|work|worked|works)\s+as\s+(?:[a-z]+\s+){0,2}?([a-z]{3,}s)\b"
)


def _currency(word: str | None, raw: Raw) -> str | None:
    """The unit of a currency word after the number; "pounds" is money only after a scale
    ("2 million pounds"; "210 pounds" is a weight)."""
    if word in CURRENCY_WORDS and (word != "pounds" or raw.scale):
        return CURRENCY_WORDS[word]
    return None


def counted_thing(
    raw: Raw, near: Near, pos: int, share: bool, frac: bool, strong: bool, compound_word: str | None
) -> tuple[int, list[str]] | None:
    """Set raw.counts (and raw.per, and raw.unit for a currency word) from the words from
    `pos` on: (position after the counted phrase, its tokens), or None when the number is
    no figure ("1 in 5 said so", "a 50,000-strong" with nothing after it)."""
    text, hi, titled, end = near.text, near.sent.end, near.titled, raw.end
    word = _CURRENCY_WORD.match(text, pos, hi) if raw.unit is None else None
    if word and (currency := _currency(word.group(1).lower(), raw)):  # "1.2 trillion yen"
        raw.unit, pos = currency, word.end()
    head, run_per, verb, tokens, after = noun_run(text, pos, hi, titled)
    per = raw.per or run_per
    unit = raw.unit
    money = unit in MONEY_UNITS
    if head is not None and not money and (serving := _SERVING_AS.match(text, after, hi)):
        # "544 women who serve as store managers" counts the managers, as "544 store managers" does
        head, after = serving.group(1).lower(), serving.end()
    goal = (
        _GOAL_AFTER.match(text, after, hi) if money and head is not None and head not in MONEY_NOUNS else None
    )
    if goal and goal.group(1).lower() in GOAL_NOUNS:
        # "the $447 billion jobs package": the money is the package, the jobs what it is for
        head, after = goal.group(1).lower(), goal.end()
    # Each convention below is tried for every number: cheap tests first, calls after.
    if unit is None and text.find("voted", pos, pos + 24) >= 0 and (side := votes_cast_after(text, pos, hi)):
        head, raw.unit = side, "tally"  # "212 voted for it"
    elif (
        unit is None
        and (
            (raw.value == 1 and raw.words)
            or near.prev_word in SCALE_FORMS
            or (tokens and tokens[0] in SCALE_FORMS)
        )
        and (read := scale_or_single(raw, near, tokens))
    ):
        head = read  # "magnitude 6.4", "a single count of fraud"
    elif strong:
        head = tokens[0].lower() if tokens and not tokens[0][0].isupper() else None
        if head is None:
            return None
    elif share:
        if frac and (of := noun_after_of(text, end, hi, titled)):
            head, after = of  # "a quarter of voters", "half of the vote"
        if head is None or head in DURATIONS:
            return None  # "1 in 5 said so", "scored 2 in 10 minutes"
    elif unit == "%":
        head, after = percent_counts(near, end, after, tokens)
    elif head in PEOPLE:
        head = people_count_by_verb(text, after, hi, near.words_before, near.before) or head
    elif head is None and money and (first := money_named_first(near, raw.qualifier)):
        head, per = first[0], per or first[1]  # "buy Bolt for $4.2 billion", "fined Acme $12 million"
    elif head is None and verb and not tokens:
        head = verb
    elif head is None and not tokens and not money:
        head = bare_number_counts(near, end)
    elif head is None and tokens:
        head = head_of_phrase(tokens, money)
        if (
            head is None
            and not titled
            and tokens[0][0].isupper()
            and (named := noun_after_names(text, pos, hi))
        ):
            head, after = named  # "2,700 Acme and Bolt stores"
        if head is None and money:
            head = noun_modified(near.words_before, tokens)  # "a $7 million radio ad push"
    elif head is None and money:
        head, rest_per, after = money_use_after(text, after, hi, titled, near.before)
        per = per or rest_per  # "$45bn in quarterly revenue"
    if compound_word:
        head = pluralise(compound_word)  # "a 10-point lead" counts points
        if tokens and tokens[0].lower() == MARGIN:
            head = MARGIN  # "a 40-vote margin"
    if (head is None or head in MARGIN_UNITS) and not money and is_margin(near.before):
        head = MARGIN  # "won by 22 percentage points", "by a margin of 40 votes"
    if head is None and money:
        head = money_named_before(near.before, near.words_before)
    if unit is None and (currency := _currency(head, raw)):
        raw.unit, head = currency, None  # "4.5 billion more euros": past a word
    raw.counts, raw.per = head, per
    return after, tokens


def scale_or_single(raw: Raw, near: Near, tokens: list[str]) -> str | None:
    """A reading on a scale ("magnitude 6.4", "a 6.4 magnitude quake": magnitude), or one
    of a kind ("a single count of fraud", "one seat": counts, seats)."""
    first = tokens[0].lower() if tokens else ""
    if first in SCALES:
        return first
    before = near.prev_word.lower().rstrip("-")
    if before in SCALES:
        return before
    if raw.value == 1 and raw.words and first in SINGLE_NOUNS:
        return pluralise(first)
    return None


def bare_number_counts(near: Near, end: int) -> str | None:
    """What a number with nothing counted after it counts, by the words around it."""
    text, hi, before = near.text, near.sent.end, near.before
    v = verb_before(near.words_before, before)
    if v:
        return verb_noun(v.group("verb"))  # "ICE deported 300 last week"
    wide = near.wide(_NAMED_SPAN)
    if "toll" in wide and _TOLL_BEFORE.search(wide):
        return "deaths"  # "the death toll rose to 2,000"
    number = _NUMBER_OF_BEFORE.search(wide) if "number" in wide or "many" in wide else None
    if number and is_plural(number.group(1)):
        return number.group(1).lower()  # "the number of homes affected rose to 300"
    if FROM_HOMES.match(text, end, hi):
        return "evacuations"  # "floods force 12,000 from homes"
    if of := OF.match(text, end, hi):
        return noun_run(text, of.end() - 1, hi, near.titled)[0]  # "three of the men"
    return None


def head_of_phrase(tokens: list[str], money: bool) -> str | None:
    """When no plural noun is counted: "a 3,000 arrest goal" -> arrests; "$2bn aid" -> aid."""
    for tok in tokens:
        if is_plural(tok):  # a capitalised plural: "3,000 Americans"
            return tok.lower()
    words = [t.lower() for t in tokens if not t.isupper()]
    if not words:
        return None
    if words[-1] in GOAL_NOUNS:
        if len(words) >= 2 and not money:
            return pluralise(words[-2])
        if len(words) >= 2 and words[-2] in MONEY_NOUNS:
            return words[-2]  # "$2bn aid package" is aid, as "$2bn in aid" is
        return words[-1] if money and words[-1] not in VAGUE_AMOUNTS else None  # not "the $7,200 figure"
    # A known use of money; anything else may be a verb ("$3 billion held").
    known = [w for w in words if w in MONEY_NOUNS] if money else []
    return known[-1] if known else None
