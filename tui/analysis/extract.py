"""One article's facts: the extractors run in the order they depend on each other."""

from __future__ import annotations

from tui.analysis.dates import extract_dates
from tui.analysis.figures import extract_figures
from tui.analysis.model import ArticleFacts
from tui.analysis.people import extract_people
from tui.analysis.quotes import extract_quotes
from tui.analysis.takeaways import extract_takeaways
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
