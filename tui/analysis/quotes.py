"""Direct quotes and their speakers. (Being written: returns nothing yet.)"""

from __future__ import annotations

from tui.analysis.model import PersonMention, Quote
from tui.analysis.text import Sentence
from tui.brief.model import Article


def extract_quotes(article: Article, sents: list[Sentence], people: list[PersonMention]) -> list[Quote]:
    return []
