"""load → extract → compare: plain functions over dataclasses, no UI imports."""

from __future__ import annotations

from tui.analysis.compare import compare
from tui.analysis.extract import extract
from tui.analysis.model import Analysis
from tui.brief.model import Brief


def analyze(brief: Brief) -> Analysis:
    facts = {a.id: extract(a, brief.people) for a in brief.articles}
    return compare(brief, facts)


__all__ = ["analyze", "compare", "extract"]
