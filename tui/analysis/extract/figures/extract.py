"""extract_figures: one pass over an article's number anchors, its sentences and its
dates (all in text order, walked together); each number that is no date is read in
place (candidate.py), then each sentence's candidates become Figures (emit.py), and
vote tallies and scores are added (tallies.py)."""

from __future__ import annotations

from tui.analysis.extract.dates import number_tokens, plain_text, scan_text
from tui.analysis.extract.figures.anchors import number_starts
from tui.analysis.extract.figures.candidate import read_candidate
from tui.analysis.extract.figures.emit import emit
from tui.analysis.extract.figures.qualifiers import qualifier_before
from tui.analysis.extract.figures.reading import Raw
from tui.analysis.extract.figures.tallies import with_tallies
from tui.analysis.extract.figures.values import NUMBER
from tui.analysis.model import Figure
from tui.analysis.text import Sentence
from tui.brief.model import HEADING, HEADLINE, Article

_TITLED = frozenset((HEADLINE, HEADING))


def extract_figures(article: Article, sents: list[Sentence]) -> list[Figure]:
    text = plain_text(article.text)
    dates = scan_text(text)
    out: list[Figure] = []
    if not sents:
        return out
    # Anchors, sentences and dates are all in text order: walk them together.
    n_sents, n_dates = len(sents), len(dates)
    si = di = 0
    sent = sents[0]
    titled = sent.block.kind in _TITLED
    raws: list[Raw] = []
    last = 0
    for p in number_starts(text):
        if p < last:
            continue
        if p >= sent.end:
            if raws:
                emit(article, sent, raws, text, out, sents[si - 1].start if si else sent.start)
                raws = []
            si += 1
            while si < n_sents and p >= sents[si].end:
                si += 1
            if si == n_sents:
                break
            sent = sents[si]
            titled = sent.block.kind in _TITLED
        if p < sent.start:
            continue
        while di < n_dates and dates[di][1] <= p:
            di += 1
        if di < n_dates and dates[di][0] <= p:
            last = dates[di][1]
            continue  # a date or a time: dates.py reports it
        m = NUMBER.match(text, p, sent.end)
        if not m:
            continue
        raw = read_candidate(m, qualifier_before(text, p, sent.start), text, sent, titled)
        if raw is None:
            last = m.end()
        else:
            last = raw.end
            raws.append(raw)
    if raws:
        emit(article, sent, raws, text, out, sents[si - 1].start if si else sent.start)
    return with_tallies(article, sents, out, number_tokens(text))
