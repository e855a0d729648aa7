"""load → extract → compare: plain functions over dataclasses, no UI imports."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.analysis.model import Analysis
    from tui.brief.model import Brief


class AnalysisCancelled(Exception):
    """`analyze` stopped because its caller asked it to (`should_stop`)."""


def analyze(brief: Brief, should_stop: Callable[[], bool] | None = None) -> Analysis:
    """The whole analysis of a brief: every article's facts, then the comparison.

    `should_stop` is asked before each article and before the comparison; when it
    says yes, AnalysisCancelled is raised and nothing is returned (the app's worker,
    when the app quits or a reload supersedes it)."""
    from tui.analysis.compare import compare, paused_gc
    from tui.analysis.extract import extract

    def check() -> None:
        if should_stop is not None and should_stop():
            raise AnalysisCancelled

    with paused_gc():
        facts = {}
        for a in brief.articles:
            check()
            facts[a.id] = extract(a, brief.people)
        check()
        return compare(brief, facts)


__all__ = ["AnalysisCancelled", "analyze"]
