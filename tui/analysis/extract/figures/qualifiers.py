"""Qualifiers: the hedge written before a figure ("nearly 3,000", "at least 12", "over 40%")."""

from __future__ import annotations

import re

from tui.analysis.lexicon import entries

QUALIFIERS = entries("figure_qualifiers")
# The alternation tries longer qualifiers first; ties keep the file's order.
_QUAL = "|".join(r"\s+".join(map(re.escape, q.split())) for q in sorted(QUALIFIERS, key=len, reverse=True))
_QUAL_LAST = frozenset(q.split()[-1] for q in QUALIFIERS)
_QUAL_BEFORE = re.compile(rf"(?<![\w.])(?P<qual>{_QUAL})\s+$", re.IGNORECASE)


def qualifier_before(text: str, p: int, sent_start: int) -> re.Match | None:
    """The qualifier right before the number at `p` (its group "qual"), if any.

    The regex runs only when the word before the number can end a qualifier."""
    if text[p - 1 : p] != " ":
        return None
    lo = sent_start if sent_start > p - 25 else p - 25
    head = text[lo:p].split()
    if head and head[-1].lower() in _QUAL_LAST:
        return _QUAL_BEFORE.search(text, lo, p)
    return None
