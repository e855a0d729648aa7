"""What an amount of money is, named before it. Two strengths:

`money_named_first` (outranks a use written after the money):
- a deal: "agreed to buy Bolt for $4.2 billion in cash" is the deal, not cash;
- a change: "would cut deficits by $212 billion" (a fall in deficits);
- a fine: "regulators fined Acme $12 million", "was fined $3,000";
- a share price: "shares rose 12% to $45.10", "the stock closed at $18" (price per share);
- a cost with its payer: "the ad is costing Bolt Group $3 million";
- an appositive: "the price of a ticket at the fair, about $8.25,", "similar savings —
  roughly $90 million";
- a limit: "taxes on wages up to $84,300" is wages.

`money_named_before` (when nothing after the money says what it is):
- a forecast moved: "cut its profit outlook to $3.1 billion";
- a money crime: "admitted stealing $2.1 million" (theft);
- a money verb: "offered $45 a share" (offer), "donated $2 million" (donation);
- a noun and a verb of amount: "damage could top $2 billion", "a budget of $3 billion",
  "pensions averaging $1,420 a month"; never a verb after a pronoun ("what comes of
  $9 million", "the amount we owe is")."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.changes import changed_by
from tui.analysis.extract.figures.nouns import AUXILIARIES, STOP_WORDS, VAGUE_AMOUNTS
from tui.analysis.extract.figures.plurals import is_plural
from tui.analysis.extract.figures.reading import Near
from tui.analysis.extract.figures.verb_counts import verb_before, verb_noun
from tui.analysis.lexicon import entries, word_list
from tui.analysis.text import lazy_re, longest_first

MONEY_NOUNS = word_list("figure_money_nouns")
_SPAN = 90  # characters of the clause searched before the money
_OBJECT = r"(?:\s+[A-Za-z'’.&-]+){1,6}?"  # an object of a few words, no numbers
_DEAL = lazy_re(rf"\b(?:{'|'.join(longest_first(word_list('figure_deal_verbs')))}){_OBJECT}\s+for\s+$", re.I)
_FINED = lazy_re(r"\b(?:fined|fining)(?:\s+[A-Za-z'’.&-]+){0,4}?\s+$", re.I)
_SHARE_PRICE = lazy_re(
    r"\b(?:shares|stock)\b(?:\s+[\w'’.&-]+){0,3}?\s+"
    r"(?:rose|fell|jumped|climbed|dropped|slid|slipped|gained|lost|surged|soared|plunged|tumbled|sank|"
    r"closed|ended|finished|opened|traded|trading|hit|reached|touched|edged)"
    r"(?:\s+(?:up|down|higher|lower))?(?:\s+(?:by\s+)?[$\d.,]+\s*(?:%|percent|cents?)?)?\s+(?:to|at)\s+$",
    re.I,
)
_COST_PAYER = lazy_re(r"\bcost(?:s|ing)?\s+(?!of\b)(?:[A-Za-z'’.&-]+\s+){1,4}?$", re.I)
_APPOSITIVE = lazy_re(r"\b(?:the|a|an|its|their|his|her)\s+(?P<noun>[a-z]+)\s+of\s+[^,;:()$]{1,60},\s*$")
_NOUN_APPOSITIVE = lazy_re(r"\b(?P<noun>[a-z]{3,})(?:\s*(?:,|—|--|:)|\s+-)\s*$")
_LIMITS = frozenset(
    ("up to", "under", "over", "above", "below", "in excess of", "upwards of", "more than", "less than")
)

_OUTLOOK_BEFORE = lazy_re(
    r"\b(profit|revenue|sales|earnings|income|spending|budget|deficit|loss|losses)\s+"
    r"(?:forecast|outlook|guidance|estimate|target|projection)s?\s+(?:to|at|of)\s+$",
    re.I,
)
_MONEY_VERBS = dict(line.split(None, 1) for line in entries("figure_money_verbs"))
_MONEY_VERB = lazy_re(  # any case of the verb: a headline's "For Cutting $600 Billion"
    rf"\b(?P<verb>(?i:{'|'.join(longest_first(_MONEY_VERBS))}))\s+"
    r"(?:(?:the|a|an|its|their|his|her|them|him|it|us|[A-Z][\w'’.&-]*|[a-z]+s)\s+){0,3}$"
)
_NAMED_BEFORE = lazy_re(
    r"\b([a-z]{3,})\s+"
    r"(?:(?:could|may|might|will|would|should|is|was|are|were|has|have|had|be|been|being|already|now|"
    r"likely|expected|projected|set|forecast|estimated|to|also|eventually|soon|easily|each)\s+){0,3}"
    r"(?:of|is|was|are|were|at|worth|totaling|totalling|valued\s+at|stands\s+at|stood\s+at"
    r"|(?:estimated|put|pegged|placed|valued|projected|forecast|calculated)\s+at"
    r"|averag(?:e|es|ed|ing)(?:\s+of)?"
    r"|tops?|topped|reach(?:es|ed)?|exceed(?:s|ed)?|hits?|total(?:s|ed|led)?|surpass(?:es|ed)?|costs?"
    r"|amounts?\s+to|amounted\s+to|came\s+to|comes\s+to|ran\s+to|runs?\s+to)\s+$"
)
_PRONOUNS = frozenset("i we you they he she it what who".split())


def money_named_first(near: Near, qualifier: str | None) -> tuple[str, str | None] | None:
    """(counts, per) of money whose kind is named before it in a way that outranks its
    use after it (see the module), or None."""
    wide = near.wide(_SPAN)
    if changed := changed_by(wide):
        return changed, None  # "would cut deficits by $212 billion"
    if "for" in wide[-5:] and _DEAL.search(wide):
        return "deal", None  # "agreed to buy Bolt for $4.2 billion"
    if ("fined" in wide or "fining" in wide) and _FINED.search(wide):
        return "fine", None  # "fined Acme $12 million"
    if wide.endswith((" to ", " at ")) and ("hare" in wide or "tock" in wide) and _SHARE_PRICE.search(wide):
        return "price", "share"  # "shares rose 12% to $45.10"
    if "cost" in wide and _COST_PAYER.search(wide):
        return "cost", None  # "is costing Bolt Group $3 million"
    if wide.endswith((", ", ",", " - ", "— ", "-- ", ": ")):  # plain_text writes dashes as "-"
        app = _APPOSITIVE.search(wide) or _NOUN_APPOSITIVE.search(wide)
        if app and app.group("noun") in MONEY_NOUNS:
            return app.group("noun"), None  # "the price of a ticket, about $8.25,", "savings — $90 million"
    last = near.words_before[-1] if near.words_before else ""
    limit = qualifier in _LIMITS and last.isalpha() and last.islower() and last not in STOP_WORDS
    if limit and (is_plural(last) or last in MONEY_NOUNS):
        return last, None  # "taxes on wages up to $84,300"
    return None


def money_named_before(before: str, words_before: list[str]) -> str | None:
    """What an amount of money is, when only the words before it say so (see the module)."""
    if outlook := _OUTLOOK_BEFORE.search(before):
        return outlook.group(1).lower()  # "lowered its profit forecast to $3.1 billion"
    if crime := verb_before(words_before, before):
        noun = verb_noun(crime.group("verb"))
        if noun in MONEY_NOUNS:
            return noun  # "admitted stealing $2.1 million" counts theft
    if any(w.lower() in _MONEY_VERBS for w in words_before[-5:]) and (verb := _MONEY_VERB.search(before)):
        return _MONEY_VERBS[verb.group("verb").lower()]  # "offered $45 a share", "donated $2 million"
    named = _NAMED_BEFORE.search(before)
    noun = named.group(1).lower() if named else ""
    if (
        noun
        and noun not in STOP_WORDS
        and noun not in VAGUE_AMOUNTS
        and noun not in AUXILIARIES
        and (noun in MONEY_NOUNS or not noun.endswith(("ed", "ing")))
        and not _after_pronoun(before, named.start(1))
    ):
        return noun  # "a budget of $3 billion", "damage could top $2 billion"
    return None


def _after_pronoun(before: str, at: int) -> bool:
    """The word before `at` is a pronoun: "what comes of", "the amount I get is"."""
    prev = before[:at].split()[-1:]
    return bool(prev) and prev[0].lower() in _PRONOUNS
