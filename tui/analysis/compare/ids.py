"""Stable ids for findings: derived from what a finding is (its kind, subject,
predicate and the sources involved), never from its position in a list or its
offsets, so re-analysing a brief, or editing an article elsewhere, keeps them.
A reviewer's verdict (review.yaml) is keyed by these ids."""

from __future__ import annotations

import hashlib

from tui.analysis.word_tokens import alnum_words


def _norm(part: object) -> str:
    """Folded: lower case, every run of other characters than a-z and 0-9 one space."""
    return " ".join(alnum_words(str(part or "").casefold()))


def finding_id(kind: str, subject: object, predicate: object = "", sources=()) -> str:
    """`figure-3f9a0c12d4`: the kind, then ten hex digits of a hash of what it is."""
    key = "|".join([kind, _norm(subject), _norm(predicate), ",".join(sorted(sources))])
    return f"{kind}-{hashlib.sha1(key.encode()).hexdigest()[:10]}"


def assign_unique(items) -> None:
    """Two findings that hash alike (the same kind, subject and sources, twice) get
    `-2`, `-3` in the order they come, so every id names one finding."""
    seen: dict[str, int] = {}
    for item in items:
        n = seen.get(item.id, 0) + 1
        seen[item.id] = n
        if n > 1:
            item.id = f"{item.id}-{n}"
