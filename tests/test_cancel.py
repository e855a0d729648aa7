"""The analysis stops when nobody waits for it: `analyze(should_stop=...)` between
articles, and the app's worker when the app quits or a reload supersedes it."""

from __future__ import annotations

import threading

import pytest

import tui.analysis.extract as extract_module
from tui.analysis import AnalysisCancelled, analyze
from tui.brief.articles import parse_markdown
from tui.brief.model import Brief


def _brief(n: int) -> Brief:
    articles = [
        parse_markdown(
            f"s{i}", f"# Buses late\n\nCouncillor Dana Vey said {i + 10} buses ran late on Monday.\n"
        )
        for i in range(n)
    ]
    return Brief(title="Buses", articles=articles)


def _counting(monkeypatch) -> list[str]:
    seen: list[str] = []
    original = extract_module.extract

    def counting(article, hints=()):
        seen.append(article.id)
        return original(article, hints)

    monkeypatch.setattr(extract_module, "extract", counting)
    return seen


def test_analyze_stops_before_the_next_article_when_asked(monkeypatch):
    seen = _counting(monkeypatch)
    with pytest.raises(AnalysisCancelled):
        analyze(_brief(5), should_stop=lambda: len(seen) >= 2)
    assert seen == ["s0", "s1"]


def test_analyze_without_a_stop_runs_to_the_end(monkeypatch):
    seen = _counting(monkeypatch)
    analysis = analyze(_brief(3), should_stop=lambda: False)
    assert seen == ["s0", "s1", "s2"] and len(analysis.brief.articles) == 3


def test_the_apps_worker_stops_and_delivers_nothing_once_stopped(monkeypatch):
    from tui.app.screens.loading import LoadingMixin

    delivered: list[str] = []

    class Screen(LoadingMixin):
        paths: list = []

        def _deliver(self, stop, callback, *args):
            delivered.append(callback.__name__)

        def show_analysis(self, prepared):  # pragma: no cover - must not be reached
            delivered.append("show_analysis")

        def failed(self, message):  # pragma: no cover - must not be reached
            delivered.append("failed")

    seen = _counting(monkeypatch)
    stop = threading.Event()
    stop.set()  # the app quit (on_unmount) or a newer analysis started
    Screen()._work(_brief(4), stop)
    assert seen == [] and delivered == []
