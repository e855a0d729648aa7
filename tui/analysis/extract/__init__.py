"""One article's facts: the extractors run in the order they depend on each other.

| package / module | what it extracts                                              |
|------------------|---------------------------------------------------------------|
| people/          | people, their roles and every mention (names, titles, appositives, surnames) |
| quotes/          | direct quotes and their speakers (mark pairing, attribution shapes, speakers) |
| figures/         | numbers, what they count, rate, qualifier and unit            |
| figure_context.py | the words of each figure's sentence; numbers written outside figures |
| dates.py         | dates and times in text and captions                           |
| relative_dates.py | "last week", "this weekend", year ranges, read against the published date |
| proper_names.py  | capitalised names of places and things, and whether each is used mid-sentence |
| wire_runs.py     | sampled eight-word runs outside quotes: the fingerprint of shared wire copy |
| quote_runs.py    | every run of a quote's opening words, hashed: a silent source searched for a quote |
| loaded_wording.py | loaded and editorial words, and shouted headline words, in the outlet's voice |
| record_claims.py | superlatives with a time scope ("the worst since 1929", "the largest ever") |
| takeaways.py     | the source's key points, or its lead                            |

Each package's `__init__.py` maps the news conventions it implements to its modules.
"""

from __future__ import annotations

from tui.analysis.extract.dates import extract_dates
from tui.analysis.extract.figure_context import add_context, loose_numbers
from tui.analysis.extract.figures import extract_figures
from tui.analysis.extract.loaded_wording import in_quotes, loaded_terms
from tui.analysis.extract.people import extract_people
from tui.analysis.extract.proper_names import proper_names
from tui.analysis.extract.quote_runs import quote_runs
from tui.analysis.extract.quotes import extract_quotes
from tui.analysis.extract.record_claims import record_claims
from tui.analysis.extract.relative_dates import relative_dates
from tui.analysis.extract.takeaways import extract_takeaways
from tui.analysis.extract.wire_runs import sampled_runs
from tui.analysis.model import ArticleFacts
from tui.analysis.text import sentences
from tui.brief.model import Article, PersonHint


def extract(article: Article, hints: list[PersonHint] = ()) -> ArticleFacts:
    sents = sentences(article)
    people = extract_people(article, sents, list(hints))
    figures = extract_figures(article, sents)
    add_context(figures, sents)
    low = article.text.lower()
    return ArticleFacts(
        source=article.id,
        people=people,
        quotes=extract_quotes(article, sents, people),
        figures=figures,
        dates=extract_dates(article, sents),
        takeaways=extract_takeaways(article, sents),
        sentences=sents,
        times=relative_dates(article.id, article.published, sents),
        names=proper_names(article.text),
        runs=sampled_runs(article.text),
        quote_runs=quote_runs(article.text),
        loaded=loaded_terms(article, low),
        loose_numbers=loose_numbers(article.text, figures),
        records=record_claims(sents, lambda start, end: in_quotes(article, start, end)),
        low=low,
    )
