"""Votes cast one way and margins, kept apart from each other.

- "212 voted for it", "12 voted against", "all 40 voted yes": a bare number counts
  the votes its verb names (the noun it leaves out is the vote), as the sides of a
  tally do ("passed 212-12", tallies.py);
- "won by 22 percentage points", "carried the county by 9 percent", "by a margin of
  40 votes", "a 40-vote margin": the margin, which is neither side's count."""

from __future__ import annotations

import re

from tui.analysis.text import lazy_re

MARGIN = "margin"
_VOTED_AFTER = lazy_re(
    r"\s+(?:(?:had|have|has|later|also|then|all|both)\s+)?voted\s+"
    r"(?P<side>for|against|in\s+favou?r|yes|no|to\s+(?:approve|pass|confirm|reject|block))\b",
    re.I,
)
_AGAINST = ("against", "no", "to reject", "to block")
# The verb of a win or a lead, up to three words, then "by"; or "margin of".
_MARGIN_BEFORE = lazy_re(
    r"(?:\b(?:won|wins?|winning|carried|carry|carries|carrying|beat|beats|beating|defeated|defeats|"
    r"lost|loses?|losing|leads?|leading|led|trails?|trailing|trailed|ahead|edged)(?:\s+[\w'’-]+){0,3}?\s+by"
    r"|\bmargin\s+of)\s+(?:(?:a|an|just|only)\s+)?$",
    re.I,
)
# What a margin is counted in: a bare number, votes or points ("won by 50 votes").
MARGIN_UNITS = frozenset(("votes", "points", "percentage points"))


def votes_cast_after(text: str, pos: int, hi: int) -> str | None:
    """ "212 voted for it": "votes for" (or "votes against"), else None."""
    if text.find("voted", pos, pos + 24) < 0:
        return None  # most numbers stop here
    m = _VOTED_AFTER.match(text, pos, hi)
    if not m:
        return None
    side = " ".join(m.group("side").lower().split())
    return "votes against" if side in _AGAINST else "votes for"


def is_margin(before: str) -> bool:
    """The words before a number make it a margin: "won by", "a margin of"."""
    lo = len(before) - 12
    if before.find("by", lo) < 0 and before.find("margin", lo) < 0:
        return False
    return _MARGIN_BEFORE.search(before) is not None
