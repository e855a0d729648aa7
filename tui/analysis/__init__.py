"""load → extract → compare: plain functions over dataclasses, no UI imports."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.analysis.model import Analysis
    from tui.brief.model import Brief


def analyze(brief: Brief) -> Analysis:
    """The whole analysis of a brief: every article's facts, then the comparison."""
    from tui.analysis.compare import compare, paused_gc
    from tui.analysis.extract import extract

    with paused_gc():
        facts = {a.id: extract(a, brief.people) for a in brief.articles}
        return compare(brief, facts)


__all__ = ["analyze"]
