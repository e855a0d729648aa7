"""Across sources. (Being written.)"""

from __future__ import annotations

from tui.analysis.model import Analysis, ArticleFacts
from tui.brief.model import Brief


def compare(brief: Brief, facts: dict[str, ArticleFacts]) -> Analysis:
    analysis = Analysis(brief=brief, facts=facts)
    for f in facts.values():
        analysis.quotes.extend(f.quotes)
        analysis.figures.extend(f.figures)
        analysis.takeaways.extend(f.takeaways)
        analysis.dates.extend(f.dates)
    return analysis
