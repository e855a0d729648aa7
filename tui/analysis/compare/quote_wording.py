"""One statement as two sources quote it: which words differ, and whether it matters.

Quotes of one statement are aligned word by word (difflib on folded words). What
outlets routinely do is not a discrepancy: quoting more or less of the statement (extra
words at either end on one side only), an editor's bracketed or parenthesised insertion
("[Democrats]", "(local)"), punctuation, case, and a dropped or added function word
("a chance that we could lose" / "a chance we could lose"). What is reported: a content
word added, dropped or replaced inside the shared stretch, different words at an end on
both sides ("nuclear arms" / "a nuclear bomb"), and above all a negation that one side
has and the other lacks ("If they don't pass this bill" / "To pass this bill").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from tui.analysis.compare.common import STOPWORDS, stem
from tui.analysis.lexicon import word_list
from tui.analysis.quote_words import quote_words
from tui.analysis.text import plain_quotes

NEGATIONS = word_list("negations")
# Function words, whose presence or absence changes nothing a reader would cite; small
# words that do change a statement ("very", "only", "not") are not among them.
FUNCTION_WORDS = STOPWORDS - frozenset("very not no only most more all too never".split())
HEARD_EITHER_WAY = frozenset("got get gotten have has had is was are were say says said saying".split())


@dataclass(frozen=True)
class WordingDiff:
    ours: str  # the differing words in context, as the first quote has them
    theirs: str
    negation: bool  # one side negates where the other does not


def _content(words) -> bool:
    return any(w not in FUNCTION_WORDS for w in words)


def _negated(words) -> bool:
    return any(w in NEGATIONS or w.endswith("n't") for w in words)


def wording_diff(a: str, b: str) -> WordingDiff | None:
    """How quote `a` differs from quote `b` of the same statement, or None when the
    difference is only what outlets routinely do."""
    wa, wb = quote_words(a), quote_words(b)
    if wa == wb:
        return None
    ops = SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    equal = [op for op in ops if op[0] == "equal" and op[2] - op[1] >= 2]
    if not equal:
        return None
    shared = sum(op[2] - op[1] for op in equal)
    if shared < SHARED_SHARE * min(len(wa), len(wb)):
        return None  # a phrase in common, not one statement quoted twice
    first, last = equal[0], equal[-1]
    found = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        sa, sb = wa[i1:i2], wb[j1:j2]
        at_edge = i2 <= first[1] or i1 >= last[2]
        negation = _negated(sa) != _negated(sb)
        if at_edge and not (sa and sb):
            continue  # one side quotes more of the statement
        if at_edge and not negation and not (_content(sa) and _content(sb)):
            continue  # one side leads in with its own small words ("adapt to a" / "the")
        if len(sa) > SMALL or len(sb) > SMALL:
            continue  # a long stretch apart: other parts of the statement, not its words changed
        if not negation and _same_words(sa, sb):
            continue  # "environmentalist" / "environmentalists", "world view" / "worldview"
        if not negation and _one_name_spelled_two_ways(sa, sb, a, b):
            continue  # "al-Qaddafi" / "Gadhafi": house style for a name, not the speaker's words
        if negation:
            found.append((i1, i2, j1, j2, True))
        elif _content(sa) or _content(sb):
            found.append((i1, i2, j1, j2, False))
    if not found:
        return None
    negation = any(f[4] for f in found)
    i1, i2, j1, j2, _ = next((f for f in found if f[4]), found[0])
    ours = " ".join(wa[max(0, i1 - 2) : i2 + 1])
    theirs = " ".join(wb[max(0, j1 - 2) : j2 + 1])
    return WordingDiff(ours, theirs, negation)


SMALL = 4  # words on a side: a change a reader sees at once (a word added, dropped, swapped)
SHARED_SHARE = 0.6  # of the shorter quote's words in common runs: one statement


def _same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same words but for an inflection, a compound's spacing or a small verb a
    transcript hears either way ("got" / "have")."""
    if "".join(a) == "".join(b):
        return True
    ca = {stem(w) for w in a if w not in FUNCTION_WORDS and w not in HEARD_EITHER_WAY}
    cb = {stem(w) for w in b if w not in FUNCTION_WORDS and w not in HEARD_EITHER_WAY}
    return ca == cb


NAME_LIKENESS = 0.6  # difflib ratio of the letters: one name transliterated two ways
_NAME_PARTICLES = frozenset("al el de la van von bin ibn".split())


def _one_name_spelled_two_ways(a: tuple[str, ...], b: tuple[str, ...], text_a: str, text_b: str) -> bool:
    """Both sides are one proper name, capitalised in each quote, spelled alike: the
    same person or place in two outlets' transliterations."""
    if not a or not b or len(a) > 3 or len(b) > 3:
        return False
    for words, text in ((a, text_a), (b, text_b)):
        plain = plain_quotes(text)
        for w in words:
            if w in _NAME_PARTICLES:
                continue
            m = re.search(rf"\b{re.escape(w)}\b", plain, re.IGNORECASE)
            if m is None or not m.group(0)[0].isupper():
                return False
    la = "".join(w for w in a if w not in _NAME_PARTICLES)
    lb = "".join(w for w in b if w not in _NAME_PARTICLES)
    return SequenceMatcher(None, la, lb).ratio() >= NAME_LIKENESS


def contains_words(short: str, long: str) -> bool:
    """The short quote's words stand, in order and together, in the long one."""
    ws, wl = quote_words(short), quote_words(long)
    n = len(ws)
    if not n or n > len(wl):
        return False
    return any(wl[i : i + n] == ws for i in range(len(wl) - n + 1))
