"""Dates named in text and captions. (Being written: returns nothing yet.)"""

from __future__ import annotations

from tui.analysis.model import DateMention
from tui.analysis.text import Sentence
from tui.brief.model import Article


def extract_dates(article: Article, sents: list[Sentence]) -> list[DateMention]:
    return []
