"""People named in one article. (Being written: returns nothing yet.)"""

from __future__ import annotations

from tui.analysis.model import PersonMention
from tui.analysis.text import Sentence
from tui.brief.model import Article, PersonHint


def extract_people(article: Article, sents: list[Sentence], hints: list[PersonHint] = ()) -> list[PersonMention]:
    return []


def name_key(name: str) -> str:
    return name.lower()
