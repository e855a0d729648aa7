"""The counted noun after a number: "3,000 arrests", "12 police officers", "3,000 daily
arrests" (a rate inside the phrase), "65,600 deported" (a verb that counts), and what a
share is of ("12% of the vote", "a quarter of voters")."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.plurals import IRREGULAR_PLURALS, is_plural
from tui.analysis.extract.figures.rates import PER_WORDS
from tui.analysis.extract.figures.verb_counts import VERB_NOUNS
from tui.analysis.lexicon import word_list
from tui.analysis.memo import table
from tui.analysis.text import lazy_re
from tui.regex_cache import compiled

# Words that end a counted-noun phrase.
STOP_WORDS = word_list("figure_stop_words")
# Heads that are about the counted thing rather than the thing: "a 3,000 arrest goal".
GOAL_NOUNS = word_list("figure_goal_nouns")
# Singular wholes a share is taken of: "40% of the vote", "6% of its workforce".
MASS_NOUNS = word_list("figure_mass_nouns")
# Nouns that end like verbs: "spending", "advertising" ("a radio advertising push").
ING_NOUNS = word_list("figure_ing_nouns")
# Words for an amount that name no use of it: "$3 million in total", "the $7,200 figure".
VAGUE_AMOUNTS = word_list("figure_vague_amounts")
# Verbs that may end a short phrase after a number ("12% of voters backed"): never its noun.
COMMON_VERBS = word_list("figure_common_verbs")
# Lengths of time: "over three days" is when, not how many; "2 in 10 minutes" is no share.
DURATIONS = word_list("figure_durations")
# Auxiliaries and adverbs between a noun and its verb ("damage could soon top $2 billion").
AUXILIARIES = word_list("figure_auxiliaries")

# "4,000 more nurses", "500 additional officers", "12 fewer flights": the noun comes next.
_MORE = compiled(r"[ \t]+(?:more|fewer|additional|extra)(?=[ \t]+[a-z])")
_MORE_STARTS = (" more ", " fewer ", " additional ", " extra ")
WORD = compiled(r"[ \t]+([A-Za-z]+(?:['-][A-Za-z]+)*)")
OF = lazy_re(r"\s+of\s+(?:(?:the|all|its|their|his|her|our|these|those)\s+)?(?=[A-Za-z])", re.I)


def noun_run(text: str, pos: int, end: int, titled: bool):
    """The counted noun after a number: (counts, per, verb, tokens, position after the head)."""
    tokens: list[str] = []
    per = None
    verb = None
    head = None
    increment = None
    if text.startswith(_MORE_STARTS, pos) and (more := _MORE.match(text, pos, end)):
        # "4,000 more nurses" counts nurses added, not all of them: "more nurses" meets only
        # other increments, never a total ("two more debates" / "the second of three debates")
        increment = "fewer" if text.startswith(" fewer", pos) else "more"
        pos = more.end()
    after = pos
    for _ in range(6):
        m = WORD.match(text, pos, end)
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
            nxt = WORD.match(text, pos, end) if low in IRREGULAR_PLURALS else None
            if nxt and is_plural(nxt.group(1)) and nxt.group(1).lower() not in STOP_WORDS:
                tokens.append(nxt.group(1))  # "police officers", "staff members"
                low, after = nxt.group(1).lower(), nxt.end()
            head = low
            break
        if kind is _K_END:
            break  # "the 3,000 figure shows", "12% of the population supports"
    if increment and head:
        head = f"{increment} {head}"
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
_TOKEN_KINDS: dict[str, tuple[str, str]] = table()


def _token_kind(tok: str) -> tuple[str, str]:
    low = tok.lower()
    if low in PER_WORDS:
        kind = _K_PER
    elif low in STOP_WORDS or "'" in tok:  # a possessive ends the phrase
        kind = _K_STOP if low in STOP_WORDS or low not in VERB_NOUNS else _K_VERB
    elif low in VERB_NOUNS:
        kind = _K_VERB
    elif is_plural(tok):
        kind = _K_NAME_PLURAL if tok[0].isupper() else _K_PLURAL
    elif low in GOAL_NOUNS or low in MASS_NOUNS:
        kind = _K_END
    else:
        kind = _K_OTHER
    if len(_TOKEN_KINDS) > 50_000:
        _TOKEN_KINDS.clear()
    _TOKEN_KINDS[tok] = (low, kind)
    return low, kind


# A word of a proper-noun modifier run: "Acme", "Bolt's", "and", "&".
_NAME_WORD = compiled(r"[ \t]+([A-Z][\w.&'’-]*|and|&)")


def noun_after_names(text: str, pos: int, end: int) -> tuple[str, int] | None:
    """The counted noun after proper-noun modifiers joined by "and" or a possessive:
    "2,700 Acme and Bolt's Depot stores" counts stores: (noun, position after it)."""
    named = False
    for _ in range(6):
        m = _NAME_WORD.match(text, pos, end)
        if not m:
            break
        named = m.group(1)[0].isupper()
        pos = m.end()
    if not named:
        return None
    for _ in range(3):  # up to two lower-case modifiers, then the plural
        m = WORD.match(text, pos, end)
        if not m or not m.group(1)[0].islower() or m.group(1) in STOP_WORDS:
            return None
        pos = m.end()
        if is_plural(m.group(1)):
            return m.group(1).lower(), pos
    return None


_DETERMINERS = frozenset("a an the its their his her our this each".split())


def noun_modified(words_before: list[str], tokens: list[str]) -> str | None:
    """The noun an amount modifies, after an article: "a separate $7 million radio advertising
    push aimed at farmers" is the push, "a 30% premium" the premium, "a 7 percent
    unemployment rate" unemployment. Proper nouns are skipped; a participle ends the phrase
    (an -ing word after a noun is one, unless it is a noun itself: "a grant covering road
    work" is the grant, "a radio advertising push" the push)."""
    near = [w.lower() for w in words_before[-2:]]
    if not any(w in _DETERMINERS or w.endswith(("'s", "’s")) for w in near):
        return None
    singular = bool(near) and near[-1] in ("a", "an")  # "a 5 percent tax": one thing
    words: list[str] = []
    for tok in tokens:
        if tok[0].isupper():
            if words:
                break
            continue  # "Acme", "TV": a name modifying the phrase
        low = tok.lower()
        if (
            (low.endswith("ed") and len(low) > 3)
            or low in COMMON_VERBS
            or (words and low.endswith("ing") and low not in ING_NOUNS)
            or (
                singular
                and words
                and low.endswith("s")
                and not low.endswith("ss")
                and not is_plural(words[-1])
            )
        ):
            # "aimed at voters", "a grant covering road work": the phrase has ended; so has
            # "a 5 percent tax applies" at its verb (a singular phrase ends in no plural)
            break
        words.append(low)
    if len(words) > 1 and words[-1] in GOAL_NOUNS:
        return words[-2]  # "a 7 percent unemployment rate"
    return words[-1] if words and words[-1] not in VAGUE_AMOUNTS else None  # not "the $7,200 figure"


def last_noun(tokens: list[str]) -> str | None:
    """The last word of a short phrase, unless it looks like the verb after it."""
    words = [t.lower() for t in tokens if not t.isupper()]
    if len(words) > 1 and (words[-1].endswith("ed") or words[-1] in COMMON_VERBS):
        words.pop()
    return words[-1] if words and (len(words) == 1 or words[-1] in MASS_NOUNS) else None


def noun_after_of(text: str, end: int, hi: int, titled: bool) -> tuple[str | None, int] | None:
    """What a share is of, when "of" follows the number: "12% of the vote", "a quarter of
    voters": (noun, position after it); None when no "of" follows."""
    of = OF.match(text, end, hi)
    if not of:
        return None
    head, _, _, more, after = noun_run(text, of.end() - 1, hi, titled)
    return head or last_noun(more), after
