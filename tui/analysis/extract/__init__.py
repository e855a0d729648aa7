"""One article's facts: the extractors run in the order they depend on each other."""

from __future__ import annotations

from tui.analysis.extract.dates import extract_dates
from tui.analysis.extract.figures import extract_figures
from tui.analysis.extract.people import extract_people
from tui.analysis.extract.quotes import extract_quotes
from tui.analysis.extract.takeaways import extract_takeaways
from tui.analysis.model import ArticleFacts
from tui.analysis.text import sentences
from tui.brief.model import Article, PersonHint


def extract(article: Article, hints: list[PersonHint] = ()) -> ArticleFacts:
    sents = sentences(article)
    people = extract_people(article, sents, list(hints))
    return ArticleFacts(
        source=article.id,
        people=people,
        quotes=extract_quotes(article, sents, people),
        figures=extract_figures(article, sents),
        dates=extract_dates(article, sents),
        takeaways=extract_takeaways(article, sents),
    )
