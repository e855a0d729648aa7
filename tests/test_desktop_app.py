"""The keys that leave the app, through Pilot with fake tools on PATH: y and Y copy
and say how, o opens or says why not (and copies the URL instead), E and B run
$EDITOR and re-read the brief, ctrl+z says when it cannot suspend."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from test_app_keys import SIZE, ready

from tui.app.app import NewsbriefApp
from tui.app.citations import copy_text
from tui.app.rows import all_rows
from tui.app.view_model import DISCREPANCIES
from tui.system.editor import HOW_TO_SET

BRIEFS = Path(__file__).parent / "briefs"
URL = "https://example.org/harbour/ferry"


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


def notes(app, title: str) -> list:
    return [n for n in app._notifications if n.title == title]


@contextlib.asynccontextmanager
async def opened(app):
    """The app running headless, its brief shown."""
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        yield pilot


async def press(pilot, *keys: str) -> None:
    """Press keys, then let what they started in threads (clipboard, browser) finish."""
    await pilot.press(*keys)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def suspended(monkeypatch, tmp_path):
    """App.suspend as a real terminal allows it (the test driver cannot suspend):
    a flag file exists while the app is suspended, so a fake tool can check it."""
    flag = tmp_path / "suspended"
    calls = []

    @contextlib.contextmanager
    def suspend(self):
        calls.append("suspend")
        flag.touch()
        try:
            yield
        finally:
            flag.unlink()
            calls.append("resume")

    monkeypatch.setattr(NewsbriefApp, "suspend", suspend)
    return flag, calls


async def test_y_copies_through_osc52_and_xclip_and_says_so(analysis, fake_bin, monkeypatch):
    fake_bin.add("xclip", stdin=True)
    monkeypatch.setenv("DISPLAY", ":0")
    app = NewsbriefApp([], analysis=analysis)
    async with opened(app) as pilot:
        await press(pilot, "n", "y")
        expected = copy_text(all_rows(analysis)[DISCREPANCIES][0], app.screen.sources, app.screen.articles)
        assert app.clipboard == expected  # what OSC 52 carried
        assert fake_bin.stdin("xclip") == expected
        assert "“delayed sailings per week” with its sources (via xclip + OSC 52)" in messages(app)


async def test_Y_copies_the_focused_sources_url_alone(analysis, fake_bin, monkeypatch):
    fake_bin.add("wl-copy", stdin=True)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    app = NewsbriefApp([], analysis=analysis)
    async with opened(app) as pilot:
        await press(pilot, "Y")
        assert fake_bin.stdin("wl-copy") == URL
        assert app.clipboard == URL
        assert f"{URL} (via wl-copy + OSC 52)" in messages(app)


async def test_in_tmux_with_only_osc52_the_toast_warns(analysis, fake_bin, monkeypatch):
    fake_bin.add("tmux", body='[ "$1" = show-options ] && echo external\nexit 1')
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    app = NewsbriefApp([], analysis=analysis)
    async with opened(app) as pilot:
        await press(pilot, "Y")
        (note,) = notes(app, "Copied")
        assert note.severity == "warning"
        assert note.message.startswith(f"{URL} (via OSC 52); only OSC 52 was sent, and tmux passes it on")
        assert "set -g set-clipboard on" in note.message


async def test_o_without_any_browser_says_so_and_copies_the_url(analysis, fake_bin):
    app = NewsbriefApp([], analysis=analysis)
    async with opened(app) as pilot:
        await press(pilot, "o")
        (note,) = notes(app, "Not opened")
        assert note.severity == "warning"
        assert note.message == (
            f"Could not open a browser (no web browser found (set $BROWSER)): copied {URL} instead (via OSC 52)"
        )
        assert app.clipboard == URL
        assert not any(m.startswith("Open") for m in messages(app))


async def test_o_with_a_browser_that_fails_says_so(analysis, fake_bin, monkeypatch):
    fake_bin.add("brokenfox", status=1)
    monkeypatch.setenv("BROWSER", "brokenfox")
    app = NewsbriefApp([], analysis=analysis)
    async with opened(app) as pilot:
        await press(pilot, "o")
        assert fake_bin.args("brokenfox") == [URL]
        assert (
            f"Could not open a browser (brokenfox could not be launched): copied {URL} instead (via OSC 52)"
            in messages(app)
        )


async def test_o_with_a_console_browser_suspends_the_app_around_it(
    analysis, fake_bin, monkeypatch, suspended
):
    flag, calls = suspended
    fake_bin.add("w3m", body=f'[ -f "{flag}" ] && echo "ran while suspended" >> "{fake_bin.log}/w3m.seen"')
    monkeypatch.setenv("BROWSER", "w3m")
    app = NewsbriefApp([], analysis=analysis)
    async with opened(app) as pilot:
        await pilot.press("o")
        await pilot.pause()
        assert fake_bin.args("w3m") == [URL]
        assert (fake_bin.log / "w3m.seen").read_text() == "ran while suspended\n"
        assert calls == ["suspend", "resume"]
        assert f"Back from w3m ({URL})" in messages(app)


def _brief(tmp_path) -> Path:
    folder = tmp_path / "harbor-flood"
    shutil.copytree(BRIEFS / "harbor-flood", folder)
    return folder


def _appending_editor(fake_bin, text: str) -> None:
    # The file is the last argument ("fake-editor --wait FILE").
    fake_bin.add("fake-editor", body=f"for file; do :; done\nprintf '\\n%s\\n' '{text}' >> \"$file\"")


async def test_E_edits_the_focused_source_and_the_brief_is_read_again(
    tmp_path, fake_bin, monkeypatch, suspended
):
    flag, calls = suspended
    added = "Harbour pilots said the new timetable starts in May."
    _appending_editor(fake_bin, added)
    monkeypatch.setenv("EDITOR", "fake-editor --wait")
    folder = _brief(tmp_path)
    app = NewsbriefApp([folder])
    async with opened(app) as pilot:
        screen = app.screen
        before = screen.analysis
        daily = screen.column("daily")
        daily.focus()
        await pilot.press("2")  # a list is focused now: E still edits the last column focused
        await press(pilot, "E")
        assert fake_bin.args("fake-editor") == [f"--wait {folder / 'sources' / 'daily.md'}"]
        assert calls == ["suspend", "resume"]
        assert added in (folder / "sources" / "daily.md").read_text(encoding="utf-8")
        assert screen.analysis is not before  # analysed again
        column = screen.column("daily")
        assert added in column.article.text
        laid_out = " ".join(
            column.article.text[line.start : line.end] for line in column.lines if line.start >= 0
        )
        assert added in laid_out  # the lines the column paints
        assert screen.active_tab == "takeaways"  # the reader's place is kept
        assert app.focused is screen.active_table and screen.focused_column() is column


async def test_B_edits_brief_yaml_and_the_new_title_shows(tmp_path, fake_bin, monkeypatch, suspended):
    fake_bin.add("fake-editor", body="/bin/sed -i 's/^title: .*/title: Port Caldera floods, edited/' \"$1\"")
    monkeypatch.setenv("VISUAL", "fake-editor")
    monkeypatch.setenv("EDITOR", "not-this-one")
    folder = _brief(tmp_path)
    app = NewsbriefApp([folder])
    async with opened(app) as pilot:
        screen = app.screen
        await press(pilot, "B")
        assert fake_bin.args("fake-editor") == [str(folder / "brief.yaml")]
        assert screen.title == "Port Caldera floods, edited"
        assert screen.analysis.brief.title == "Port Caldera floods, edited"


async def test_an_edit_that_breaks_the_brief_keeps_the_old_view_and_says_why(
    tmp_path, fake_bin, monkeypatch, suspended
):
    fake_bin.add("fake-editor", body="printf 'title: [unclosed\\n' > \"$1\"")
    monkeypatch.setenv("EDITOR", "fake-editor")
    folder = _brief(tmp_path)
    app = NewsbriefApp([folder])
    async with opened(app) as pilot:
        screen = app.screen
        before = screen.analysis
        await press(pilot, "B")
        (note,) = notes(app, "Could not re-read the brief")
        assert note.message.startswith(f"{folder / 'brief.yaml'}:2: error: invalid YAML: ")
        assert screen.analysis is before and len(screen.columns) == 3


async def test_with_no_editor_one_line_says_how_to_set_one(tmp_path, fake_bin, suspended):
    flag, calls = suspended
    app = NewsbriefApp([_brief(tmp_path)])
    async with opened(app) as pilot:
        await pilot.press("E")
        await pilot.pause()
        assert HOW_TO_SET in messages(app)
        assert "\n" not in HOW_TO_SET and "EDITOR" in HOW_TO_SET
        assert calls == []


async def test_an_editor_that_is_not_installed_is_one_line(tmp_path, fake_bin, monkeypatch, suspended):
    monkeypatch.setenv("EDITOR", "no-such-editor")
    app = NewsbriefApp([_brief(tmp_path)])
    async with opened(app) as pilot:
        await pilot.press("E")
        await pilot.pause()
        assert any(m.startswith("cannot run no-such-editor ($VISUAL / $EDITOR)") for m in messages(app))


async def test_a_zero_config_brief_has_no_brief_yaml_to_edit(tmp_path, fake_bin, monkeypatch, suspended):
    flag, calls = suspended
    monkeypatch.setenv("EDITOR", "fake-editor")
    folder = tmp_path / "senate"
    shutil.copytree(BRIEFS / "senate-vote", folder)
    app = NewsbriefApp([folder])
    async with opened(app) as pilot:
        await pilot.press("B")
        await pilot.pause()
        assert any("has no brief.yaml" in m for m in messages(app))
        assert calls == []


async def test_ctrl_z_says_when_it_cannot_suspend(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with opened(app) as pilot:
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "ctrl+z: this terminal cannot suspend the app (use q to quit)" in messages(app)


async def test_a_desktop_browsers_messages_do_not_land_on_the_screen(analysis, fake_bin, monkeypatch, capfd):
    fake_bin.add("noisyfox", body='echo "NOISE on stdout"; echo "NOISE on stderr" >&2')
    monkeypatch.setenv("BROWSER", "noisyfox")
    app = NewsbriefApp([], analysis=analysis)
    async with opened(app) as pilot:
        await press(pilot, "o")
        assert fake_bin.args("noisyfox") == [URL]
        assert f"Opened {URL} in noisyfox" in messages(app)
    captured = capfd.readouterr()
    assert "NOISE" not in captured.out + captured.err
