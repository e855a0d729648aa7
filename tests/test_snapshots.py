"""SVG snapshots of the screens on the hand-built brief (stable whatever the extractors
do). Regenerate with `pytest tests/test_snapshots.py --snapshot-update` and look at them."""

from __future__ import annotations

import pytest

from tui.app.app import NewsbriefApp


async def _ready(pilot) -> None:
    for _ in range(300):
        await pilot.pause(0.02)
        if getattr(pilot.app.screen, "ready", False):
            break
    await pilot.pause()


def _run(*keys: str):
    async def run_before(pilot) -> None:
        await _ready(pilot)
        if keys:
            await pilot.press(*keys)
        await pilot.pause()
        await pilot.pause()

    return run_before


def test_main_screen_nothing_selected(snap_compare, analysis):
    assert snap_compare(NewsbriefApp([], analysis=analysis), terminal_size=(120, 36), run_before=_run())


def test_main_screen_discrepancy_selected(snap_compare, analysis):
    assert snap_compare(NewsbriefApp([], analysis=analysis), terminal_size=(120, 36), run_before=_run("n"))


@pytest.mark.parametrize("key", ["1", "2", "3", "4", "5"])
def test_each_tab(snap_compare, analysis, key):
    assert snap_compare(NewsbriefApp([], analysis=analysis), terminal_size=(120, 36), run_before=_run(key))


def test_help_screen(snap_compare, analysis):
    app = NewsbriefApp([], analysis=analysis)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_run("question_mark"))


def test_export_dialog(snap_compare, analysis):
    app = NewsbriefApp([], analysis=analysis)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_run("e"))


def test_small_terminal(snap_compare, analysis):
    app = NewsbriefApp([], analysis=analysis)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_run("n"))


def test_large_terminal(snap_compare, analysis):
    app = NewsbriefApp([], analysis=analysis)
    assert snap_compare(app, terminal_size=(200, 60), run_before=_run("n", "n"))


def test_light_theme(snap_compare, analysis):
    app = NewsbriefApp([], analysis=analysis)

    async def run_before(pilot) -> None:
        await _ready(pilot)
        pilot.app.theme = "textual-light"
        await pilot.press("n")
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 36), run_before=run_before)


def test_seed_brief_first_discrepancy(snap_compare):
    """On the real seed brief: changes whenever the extractors do (re-run --snapshot-update then)."""
    from tui.brief.bundled import default_brief_path

    app = NewsbriefApp([default_brief_path()])
    assert snap_compare(app, terminal_size=(120, 36), run_before=_run("n"))
