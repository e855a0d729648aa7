"""Vote tallies and scores: "passed 74-24", "won 3-1". A tally is one figure, its first
number, counting votes or goals; the two numbers it is made of are no figures."""

from __future__ import annotations

import re

from tui.analysis.extract.figures.emit import context
from tui.analysis.model import Figure
from tui.analysis.text import Sentence, lazy_re
from tui.brief.model import Article

# "passed 74-24", "won 3-1": a tally is one figure, the first number, counting votes or goals.
_TALLY = re.compile(r"(?<![\w.,$()-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\w%-]|[.,]\d)")
_TALLY_CONTEXT = (
    (
        lazy_re(r"\b(?:vote[sd]?|voting|passed|approved|rejected|confirmed|ballots?|margin|tally)\b", re.I),
        "vote",
    ),
    (
        lazy_re(r"\b(?:won|wins?|lost|beat|defeated|victory|score[sd]?|drew|draw|lead|led)\b", re.I),
        "score",
    ),
)


def with_tallies(article: Article, sents: list[Sentence], figures: list[Figure]) -> list[Figure]:
    """Vote counts and scores, which read as two numbers joined by a dash."""
    found: list[Figure] = []
    for sent in sents:
        if "-" not in sent.text and "–" not in sent.text:
            continue
        for m in _TALLY.finditer(sent.text):
            kind = next((k for pattern, k in _TALLY_CONTEXT if pattern.search(sent.text)), None)
            if kind is None:
                continue
            start, end = sent.start + m.start(), sent.start + m.end()
            found.append(
                Figure(
                    article.id,
                    float(m.group(1)),
                    m.group(),
                    start,
                    end,
                    context(sent, start, end),
                    kind,
                    unit="tally",
                )
            )
    if not found:
        return figures
    taken = [(f.start, f.end) for f in found]
    kept = [f for f in figures if not any(s < f.end and f.start < e for s, e in taken)]
    return sorted(kept + found, key=lambda f: f.start)
