"""Qualifiers: the hedge written before a figure ("nearly 3,000", "at least 12", "over 40%")."""

from __future__ import annotations

import re

from tui.analysis.lexicon import entries
from tui.analysis.text import lazy_re

QUALIFIERS = entries("figure_qualifiers")
# The alternation tries longer qualifiers first; ties keep the file's order.
_BY_LENGTH = sorted(QUALIFIERS, key=len, reverse=True)
_QUAL_LAST = frozenset(q.split()[-1] for q in QUALIFIERS)


def _qualifier_before(quals: list[str]) -> re.Pattern:
    alternation = "|".join(r"\s+".join(map(re.escape, q.split())) for q in quals)
    return lazy_re(rf"(?<![\w.])(?P<qual>{alternation})\s+$", re.IGNORECASE)


# A qualifier ends with the word before the number, so for each such word only the
# qualifiers whose last word ends it are tried (in the same order): a match of any other
# would not end at that word. A few alternatives per position instead of all of them.
_QUAL_BEFORE = {
    last: _qualifier_before([q for q in _BY_LENGTH if last.endswith(q.split()[-1].lower())])
    for last in _QUAL_LAST
}


def qualifier_before(text: str, p: int, sent_start: int) -> re.Match | None:
    """The qualifier right before the number at `p` (its group "qual"), if any.

    The regex runs only when the word before the number can end a qualifier."""
    if text[p - 1 : p] != " ":
        return None
    lo = sent_start if sent_start > p - 25 else p - 25
    head = text[lo:p].split()
    if head and (pattern := _QUAL_BEFORE.get(head[-1].lower())) is not None:
        return pattern.search(text, lo, p)
    return None
