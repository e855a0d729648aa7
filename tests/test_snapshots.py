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


def _run(*keys: str, theme: str | None = None):
    async def run_before(pilot) -> None:
        await _ready(pilot)
        if theme:
            pilot.app.theme = theme
            await pilot.pause()
        if keys:
            await pilot.press(*keys)
        await pilot.pause()
        await pilot.pause()
        pilot.app.clear_notifications()
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


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("size", [(80, 24), (120, 36), (200, 60)], ids=["80x24", "120x36", "200x60"])
def test_each_size_in_a_dark_and_a_light_theme(snap_compare, analysis, size, theme):
    app = NewsbriefApp([], analysis=analysis)
    assert snap_compare(app, terminal_size=size, run_before=_run("n", "n", theme=theme))


def test_small_terminal_detail_over_the_list(snap_compare, analysis):
    app = NewsbriefApp([], analysis=analysis)
    assert snap_compare(app, terminal_size=(80, 24), run_before=_run("n", "enter"))


def test_search_in_every_column(snap_compare, analysis):
    app = NewsbriefApp([], analysis=analysis)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_run("ctrl+f", *"tolvanen", "enter"))


def test_discrepancies_by_source(snap_compare, analysis):
    app = NewsbriefApp([], analysis=analysis)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_run("1", "S", "S"))


def test_maximised_column(snap_compare, analysis):
    app = NewsbriefApp([], analysis=analysis)
    assert snap_compare(app, terminal_size=(120, 36), run_before=_run("n", "tab", "shift+tab", "c", "z"))


def test_seed_brief_first_discrepancy(snap_compare):
    """On the real seed brief: changes whenever the extractors do (re-run --snapshot-update then)."""
    from tui.brief.bundled import default_brief_path

    app = NewsbriefApp([default_brief_path()])
    assert snap_compare(app, terminal_size=(120, 36), run_before=_run("n"))


def _reviewed(analysis, tmp_path):
    """The hand-built brief as if read from a folder (its review in the data folder),
    with ids, a confirmed figure, a role to follow up with a note, and a stale verdict."""
    from tui.analysis.compare.ids import finding_id
    from tui.review import Review

    for item in (*analysis.discrepancies, *analysis.agreements):
        item.id = finding_id(item.kind, item.subject, "", sorted(item.claims))
    analysis.brief.path = tmp_path / "velmora-ferry"
    analysis.brief.path.mkdir()
    review = Review.load(analysis.brief)
    figure, role, _ = analysis.discrepancies
    review.mark(figure, "confirmed")
    review.mark(role, "follow_up")
    review.note(role, "Ask the board office which title is current")
    review.mark("figure-0123456789", "dismissed")
    review.save()
    return analysis


def test_main_screen_with_verdicts(snap_compare, analysis, tmp_path):
    app = NewsbriefApp([], analysis=_reviewed(analysis, tmp_path))
    assert snap_compare(app, terminal_size=(120, 36), run_before=_run("n", "n"))


def test_note_dialog(snap_compare, analysis, tmp_path):
    app = NewsbriefApp([], analysis=_reviewed(analysis, tmp_path))
    assert snap_compare(app, terminal_size=(120, 36), run_before=_run("n", "n", "i"))


def test_only_unreviewed(snap_compare, analysis, tmp_path):
    app = NewsbriefApp([], analysis=_reviewed(analysis, tmp_path))
    assert snap_compare(app, terminal_size=(120, 36), run_before=_run("U", "n"))
