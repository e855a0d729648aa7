"""The app under config.toml: a theme picked in the palette is kept, a remapped key
works (and the help, footer and palette say so), a bad file is one line on screen
and the defaults, faint marks and the export folder come from the file."""

from __future__ import annotations

from test_app_keys import SIZE, ready

from tui.app.app import NewsbriefApp
from tui.app.rows import all_rows
from tui.app.screens.export import ExportScreen
from tui.app.screens.help import SECTIONS, HelpScreen, resolve
from tui.app.view_model import DISCREPANCIES
from tui.app.widgets.key_bar import KeyBar
from tui.config import load_settings


def _config(tmp_path, text: str):
    path = tmp_path / "newsbrief" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


async def test_textual_theme_in_the_environment_wins_for_this_run(analysis, tmp_path, monkeypatch):
    monkeypatch.setenv("TEXTUAL_THEME", "textual-dark")
    path = _config(tmp_path, 'theme = "nord"\n')
    app = NewsbriefApp([], analysis=analysis, settings=load_settings(path))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert app.theme == "textual-dark"
    assert path.read_text(encoding="utf-8") == 'theme = "nord"\n'  # not overwritten by the override


async def test_a_remapped_key_works_and_the_old_one_does_not(analysis, tmp_path):
    path = _config(tmp_path, '[keys]\nnext-discrepancy = "x"\nhelp = "f1"\n')
    app = NewsbriefApp([], analysis=analysis, settings=load_settings(path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert screen.selected is None
        await pilot.press("x")
        await pilot.pause()
        assert screen.selected.key == all_rows(analysis)[DISCREPANCIES][0].key
        bar = screen.query_one(KeyBar).plain
        assert bar.startswith(" 12345 Lists  xN Discrepancy ")  # the remapped key, in its place
        assert " f1 Help" in bar  # help is always shown, at the end
        commands = {c.title: c.help for c in app.get_system_commands(screen)}
        assert commands["Next discrepancy"].endswith("(x)")
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        lines = {what: resolve(key, app) for _, keys in SECTIONS for key, what in keys}
        assert lines["next discrepancy: highlights it in every column, focus in the list"] == "x"
        assert lines["this help"] == "f1"


async def test_an_invalid_file_is_one_line_on_screen_and_the_app_runs_with_defaults(
    analysis, tmp_path, monkeypatch
):
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    bad = 'theme = "nord"\n[keys]\nnext-discrepancy = 3\n'
    path = _config(tmp_path, bad)
    app = NewsbriefApp([], analysis=analysis, settings=load_settings(path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        (note,) = [n for n in app._notifications if n.title == "Settings"]
        assert note.severity == "error"
        assert note.message == (
            f"{path}: error: key 'keys.next-discrepancy': expected a key such as \"j\" or a list "
            'such as ["j", "down"], not a number 3 (starting with the default settings)'
        )
        assert app.theme == "textual-dark"  # the file's theme is not half-applied
        await pilot.press("n")
        await pilot.pause()
        assert screen.selected is not None  # default keys
        app.theme = "gruvbox"
        await pilot.pause()
    assert path.read_text(encoding="utf-8") == bad  # the user's broken file is theirs to fix


async def test_an_unknown_theme_and_binding_id_are_warnings(analysis, tmp_path, monkeypatch):
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    path = _config(tmp_path, 'theme = "no-such-theme"\n[keys]\nexport = "X"\nno-such-id = "z"\n')
    app = NewsbriefApp([], analysis=analysis, settings=load_settings(path))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        messages = sorted(n.message for n in app._notifications if n.title == "Settings")
        assert messages == [
            f"{path}: warning: key 'keys.no-such-id': no key binding has this id, ignored "
            "(newsbrief --print-config lists them)",
            f"{path}: warning: key 'theme': no theme called 'no-such-theme' (ctrl+p → Change theme lists them)",
        ]
        await pilot.press("X")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)  # the good remap still applies


async def test_faint_marks_follow_the_file_and_m_saves_the_choice(analysis, tmp_path):
    path = _config(tmp_path, "faint_marks = false\n")
    app = NewsbriefApp([], analysis=analysis, settings=load_settings(path))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.show_faint is False
        assert [c.show_faint for c in screen.columns] == [False, False]
        await pilot.press("m")
        await pilot.pause()
        assert [c.show_faint for c in screen.columns] == [True, True]
    assert path.read_text(encoding="utf-8") == "faint_marks = true\n"


async def test_export_proposes_the_configured_folder(analysis, tmp_path, monkeypatch):
    from tui.output.markdown import render_markdown

    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "briefs"
    folder.mkdir()
    path = _config(tmp_path, f'export_dir = "{folder}"\n')
    app = NewsbriefApp([], analysis=analysis, settings=load_settings(path))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#export-path")
        assert field.value == str(folder / "velmora-ferry-director-leaves.md")
        await pilot.press("enter")
        await pilot.pause()
    assert (folder / "velmora-ferry-director-leaves.md").read_text(encoding="utf-8") == render_markdown(
        analysis
    )


async def test_going_back_to_the_first_theme_is_saved_too(analysis, tmp_path, monkeypatch):
    """The palette previews themes as you move through them, then returns to the
    first one on escape: the file must end with the theme on screen."""
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    path = _config(tmp_path, 'theme = "nord"\n')
    app = NewsbriefApp([], analysis=analysis, settings=load_settings(path))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.theme = "gruvbox"
        await pilot.pause()
        assert path.read_text(encoding="utf-8") == 'theme = "gruvbox"\n'
        app.theme = "nord"
        await pilot.pause()
    assert path.read_text(encoding="utf-8") == 'theme = "nord"\n'
