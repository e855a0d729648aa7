"""Figures: numbers with what they count. (Being written: returns nothing yet.)"""

from __future__ import annotations

from tui.analysis.model import Figure
from tui.analysis.text import Sentence
from tui.brief.model import Article


def extract_figures(article: Article, sents: list[Sentence]) -> list[Figure]:
    return []
