"""A change made by an actor, by an amount: "the bill cut non-defense spending by 6
percent", "cutting yearly cost-of-living raises by 2 percent", "would cut deficits
by $212 billion". The amount counts the fall (or rise) in the thing changed, as "a 6%
cut in spending" does, so the wordings share a figure_key."""

from __future__ import annotations

from tui.analysis.lexicon import word_list
from tui.analysis.text import lazy_re

_CUTS = word_list("figure_cut_verbs")  # the verbs of _CHANGED that lower
_CHANGED = lazy_re(
    r"\b(?P<verb>cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers|lowering|slashed|slashes|slash|"
    r"slashing|trimmed|trims|trim|trimming|raised|raises|raise|raising|boosted|boosts|boost|boosting|"
    r"hiked|hikes|hike|hiking)\s+"
    r"(?:(?:the|its|their|his|her|our)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<thing>[A-Za-z]{3,})\s+"
    r"by\s+(?:only\s+|just\s+|about\s+|nearly\s+|roughly\s+)?$"
)


def changed_by(before: str) -> str | None:
    """ "fall in spending" (or "rise in ...") when `before` ends "cut spending by"."""
    if not before.endswith("by "):
        return None
    m = _CHANGED.search(before, max(0, len(before) - 90))
    if not m:
        return None
    return f"{'fall' if m.group('verb').lower() in _CUTS else 'rise'} in {m.group('thing').lower()}"
