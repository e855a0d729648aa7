"""One sentence's candidates as Figures: ranges resolved, elided nouns filled, bare number words dropped,
whose a count is refined (ages of named people, prison terms), the frame read (sought, supposed; a
sentence of several figures is tested once for the words a frame needs), the context cut."""

from __future__ import annotations

from tui.analysis.extract.figures.candidate import Raw
from tui.analysis.extract.figures.elision import fill_elided
from tui.analysis.extract.figures.hypothetical import figure_frame, may_be_framed
from tui.analysis.extract.figures.ranges import resolve_ranges
from tui.analysis.extract.figures.whose import named_age_or_prison_term
from tui.analysis.model import Figure
from tui.analysis.text import Sentence
from tui.brief.model import Article

CONTEXT = 300  # characters of sentence kept around a figure


def emit(
    article: Article, sent: Sentence, raws: list[Raw], text: str, out: list[Figure], prev_start: int
) -> None:
    """One sentence's candidates, ranges resolved and elided nouns filled, as Figures
    (`out` holds the article's figures so far; `prev_start` is where the previous
    sentence starts)."""
    if len(raws) > 1 or raws[0].prev_join or raws[0].next_join:
        raws = resolve_ranges(raws, text)
    if len(raws) > 1 or (raws and raws[0].counts is None and raws[0].unit is None):
        fill_elided(raws, text, sent.start, out, prev_start)
    # A sentence of several figures is tested once for the words a frame needs.
    framed = len(raws) < 2 or may_be_framed(article.text, sent.start, max(r.start for r in raws))
    for r in raws:
        if r.words and not (r.counts or r.unit):
            continue  # "one of", "one day", "three" alone: not a count of anything
        r.counts = named_age_or_prison_term(r.counts, article.text, sent, r.start, r.end)
        out.append(
            Figure(
                article.id,
                r.value,
                article.text[r.start : r.end],
                r.start,
                r.end,
                context(sent, r.start, r.end),
                r.counts,
                r.per,
                r.qualifier,
                r.unit,
                figure_frame(article.text, sent.start, r.start) if framed else None,
            )
        )


def context(sent: Sentence, start: int, end: int) -> str:
    """The sentence, or the part of a very long one around the figure: a figure's
    context must not grow with its sentence (a run-on 'sentence' of thousands)."""
    if len(sent.text) <= CONTEXT:
        return sent.text
    half = (CONTEXT - (end - start)) // 2
    lo = max(sent.start, start - half)
    hi = min(sent.end, end + half)
    text = sent.text[lo - sent.start : hi - sent.start]
    return ("…" if lo > sent.start else "") + text + ("…" if hi < sent.end else "")
