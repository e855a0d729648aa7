"""The first paint: title and columns before the analysis is imported or run; the
lists fill in later without moving anything; quitting never waits for the analysis."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from tui.app.app import NewsbriefApp
from tui.brief.bundled import default_brief_path
from tui.brief.load import load_brief

ROOT = Path(__file__).resolve().parents[1]


def test_opening_the_app_imports_no_analysis_and_no_list_widgets():
    code = (
        "import sys\n"
        "import tui.app.app, tui.app.screens.main\n"
        "heavy = [m for m in sys.modules if m.startswith(('tui.analysis.', 'tui.app.rows'))]\n"
        "heavy += [m for m in ('textual.widgets._data_table', 'textual.widgets._tabbed_content') if m in sys.modules]\n"
        "heavy += [m for m in sys.modules if m.startswith(('tui.app.widgets.item_list', 'tui.app.widgets.detail',"
        " 'tui.app.widgets.tab_strip', 'tui.app.list_layout'))]\n"
        "print(sorted(set(heavy) - {'tui.analysis.model'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "[]", out.stderr


async def test_columns_are_on_screen_while_the_analysis_runs_and_nothing_moves_after(monkeypatch):
    import tui.analysis

    release = threading.Event()
    real = tui.analysis.analyze

    def slow(brief, should_stop=None):
        release.wait(10)
        return real(brief, should_stop=should_stop)

    monkeypatch.setattr(tui.analysis, "analyze", slow)
    path = default_brief_path()
    app = NewsbriefApp([path], brief=load_brief([path]))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert not screen.ready
        assert [c.article.id for c in screen.columns] == ["crackdown-stuns", "trump-boots-ice"]
        assert screen.query_one("#title").plain.startswith("≠ ICE leadership shake-up over deportation pace")
        assert "Analysing 2 sources" in screen.active_table.render_line(1).text
        before = {
            w.id: w.region for w in screen.query("#columns, #panel, #tabs, #items, #detail, ArticleView")
        }
        release.set()
        for _ in range(300):
            await pilot.pause(0.02)
            if screen.ready:
                break
        assert screen.ready and screen.active_table.shown
        after = {
            w.id: w.region for w in screen.query("#columns, #panel, #tabs, #items, #detail, ArticleView")
        }
        assert after == before  # the lists filled in where they were: nothing jumped


async def test_quitting_does_not_wait_for_the_analysis(monkeypatch):
    import tui.analysis
    from tui.app.screens.main import MainScreen

    real = tui.analysis.analyze
    go_on = threading.Event()
    monkeypatch.setattr(
        tui.analysis, "analyze", lambda brief, should_stop=None: go_on.wait(30) and real(brief, should_stop)
    )
    shown = []
    monkeypatch.setattr(MainScreen, "show_analysis", lambda self, prepared: shown.append(prepared))
    app = NewsbriefApp([default_brief_path()])
    start = time.perf_counter()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause(0.2)
        await pilot.press("q")
    assert time.perf_counter() - start < 5  # not the 30 s the analysis would take
    thread = next(t for t in threading.enumerate() if t.name == "analysis")
    assert thread.daemon  # the interpreter can exit without it
    go_on.set()  # the analysis goes on after the app has gone: it stops (cancelled), nothing shown
    thread.join(30)
    assert not thread.is_alive() and shown == []


async def test_the_first_frame_has_the_title_columns_and_the_panels_place_then_the_lists():
    from tui.app.screens import main as main_screen

    shown = []
    real = main_screen.MainScreen._mount_panel

    async def watched(self):
        shown.append([w.id for w in self.query("#panel > *")])
        await real(self)

    path = default_brief_path()
    app = NewsbriefApp([path], brief=load_brief([path]))
    main_screen.MainScreen._mount_panel = watched
    try:
        async with app.run_test(size=(120, 36)) as pilot:
            for _ in range(200):
                await pilot.pause(0.02)
                if getattr(app.screen, "ready", False):
                    break
            assert shown == [["panel-wait"]]  # the first frame: the panel's place, waiting
            assert [w.id for w in app.screen.query("#panel > *")] == ["lists", "detail"]
            assert not app.screen.query("#panel-wait")
    finally:
        main_screen.MainScreen._mount_panel = real
