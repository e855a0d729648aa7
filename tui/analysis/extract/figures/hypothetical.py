"""Figures a source does not report as fact: one demanded or sought ("Republicans
should press for $2 trillion in spending cuts", "the union is seeking 5%") and one
supposed in a condition ("if the president wants to raise the debt limit by $2
trillion", "unless 40 senators vote for it"). Another outlet's reported figure for the
same thing is no conflict with these: the comparer lines such a figure up only with
figures of the same frame (compare/figure_claims.py).

Read from the words right before the figure, within its clause: the demand phrases are
data (lexicon/data/figure_demand_phrases.txt); a condition is an "if" or "unless" with no
clause break (a comma, a semicolon, a dash) between it and the figure, so the main
clause after the condition ("…, Republicans should …") is not in it."""

from __future__ import annotations

from tui.analysis.lexicon import entries, words

SOUGHT = "sought"
SUPPOSED = "supposed"
# How a figure's label says it: "decrease in spending (sought)".
FRAME_LABELS = {SOUGHT: "sought", SUPPOSED: "hypothetical"}

_DEMANDS = frozenset(entries("figure_demand_phrases"))
# Words that may stand between the demand and the number: "press for another $2
# trillion", "seeking a 5% raise" (a qualifier such as "at least" is part of the figure).
_BETWEEN = words("a an the another some its their his her")
_LONGEST = max((len(p.split()) for p in _DEMANDS), default=0)
# Every demand ends with one of these (the last words, less those holding another: "seek"
# stands for "seeks"): a figure with none of them near it (most) is passed over by a few
# substring tests in C.
_ENDS = {p.split()[-1] for p in _DEMANDS}
_DEMAND_ENDS = tuple(sorted(w for w in _ENDS if not any(o != w and o in w for o in _ENDS)))
_CONDITIONS = words("if unless")  # the words the substring tests below look for
_CLAUSE_BREAKS = ",;:—–()"
_LOOK_BACK = 200  # characters of the clause searched for a condition
_TAIL = 40  # characters before the figure searched for a demand (its longest, and a few words)
# Every word the tests of figure_frame look for first: a sentence with none of them before
# its last figure (most) frames none of its figures.
_FRAME_WORDS = _DEMAND_ENDS + tuple(sorted(_CONDITIONS))


def may_be_framed(text: str, sent_start: int, end: int) -> bool:
    """Whether any figure of the sentence starting at `sent_start` that starts before `end`
    may be sought or supposed: one substring test per sentence, not two per figure. (Each
    figure's tests read a slice of this span, and lower-casing maps each ASCII letter on
    its own, so a word not in the span's lower case is in none of theirs.)"""
    return _frame_words_in(text[sent_start:end].lower())


def _frame_words_in(low: str) -> bool:
    """Does the lower-cased text hold any of the words a frame's tests look for?"""
    return any(map(low.__contains__, _FRAME_WORDS))


def figure_frame(text: str, sent_start: int, start: int) -> str | None:
    """SOUGHT, SUPPOSED or None (reported) for the figure starting at `start` (its
    qualifier included) in the sentence starting at `sent_start`. Substring tests in C pass
    over most figures, which stand after no demand and in no condition."""
    low = text[max(sent_start, start - _LOOK_BACK) : start].lower()
    if not _frame_words_in(low):
        return None  # most figures: no demand's last word and no condition before them
    tail = text[max(sent_start, start - _TAIL) : start].lower()
    if any(map(tail.__contains__, _DEMAND_ENDS)):
        before = _clause(tail).split()
        while before and before[-1] in _BETWEEN:
            before.pop()
        for n in range(min(_LONGEST, len(before)), 0, -1):
            if " ".join(before[-n:]) in _DEMANDS:
                return SOUGHT
    if any(map(low.__contains__, _CONDITIONS)) and not _CONDITIONS.isdisjoint(
        w.strip("\"“”'‘’") for w in _clause(low).split()
    ):
        return SUPPOSED
    return None


def _clause(text: str) -> str:
    """The text after its last clause break."""
    cut = max(map(text.rfind, _CLAUSE_BREAKS))
    return text[cut + 1 :] if cut >= 0 else text
