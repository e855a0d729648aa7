"""Ranges and hyphen chains among one sentence's numbers: "3,000 to 4,000 arrests",
"between 3 and 5", "aged 18 to 24" and "3,000-4,000" share what they count; "44 of 120
seats" counts seats; hyphen chains that are no range (scores, phone numbers) go."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.candidate import Raw
from tui.analysis.text import lazy_re
from tui.regex_cache import compiled

_BETWEEN_BEFORE = lazy_re(r"\b(?:between|from)\s+$", re.I)
# "44 of 120 seats", "nine of those 31 seats": the first counts what the second does.
_OF_WHOLE = compiled(r"\s+of\s+(?:(?:the|those|these|its|their|our|his|her)\s+)?", re.I)
_RANGE_JOIN = compiled(r"\s+(?:and|to|or|through)\s+|\s*-\s*", re.I)


def resolve_ranges(raws: list[Raw], text: str) -> list[Raw]:
    """Ranges share what they count; hyphen chains that are not ranges (scores, phones) go."""
    keep = [not (r.prev_join or r.next_join) for r in raws]
    ranges: list[tuple[Raw, Raw]] = []
    for i in range(len(raws) - 1):
        a, b = raws[i], raws[i + 1]
        if a.next_join and not a.prev_join and b.prev_join and not b.next_join and b.start == a.end + 1:
            if b.counts or b.unit or b.scale or (a.commas and b.commas):
                keep[i] = keep[i + 1] = True
                ranges.append((a, b))
            continue
        if not (keep[i] and keep[i + 1]):
            continue
        between = text[a.end : b.start]
        if (
            a.counts is None
            and a.unit is None
            and b.unit is None
            and " of " in between
            and _OF_WHOLE.fullmatch(between)
        ):
            a.counts = b.counts  # "44 of 120 seats", "nine of those 31 seats"
            continue
        sep = _RANGE_JOIN.fullmatch(between)
        if sep is None:
            continue
        word = sep.group().strip().lower()
        if word in ("and", "or") and not _BETWEEN_BEFORE.search(text[max(0, a.start - 12) : a.start]):
            continue
        ranges.append((a, b))
    for a, b in ranges:
        if b.counts is None and a.counts and b.unit == a.unit:
            b.counts, b.per = a.counts, b.per or a.per  # "aged 18 to 24", "from 3,000 arrests to 4,000"
        if a.counts is None and (a.unit is None or a.unit == b.unit):
            a.counts = b.counts
            a.per = a.per or b.per
            a.unit = b.unit
            if a.scale is None and b.scale and a.value < 1000:
                a.value = round(a.value * b.scale, 3)
                a.scale = b.scale
    return [r for r, k in zip(raws, keep, strict=True) if k]
