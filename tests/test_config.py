"""config.toml: where it lives, what it may hold, the one line for a bad file, and
a writer that changes only the keys the app saves."""

from __future__ import annotations

import tomllib

import pytest

from tui.config import ConfigError, Settings, config_path, load_settings, save_settings, with_top_level


def test_the_file_lives_under_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert config_path() == tmp_path / "newsbrief" / "config.toml"


def test_no_file_means_the_defaults_and_no_complaint(tmp_path):
    settings = load_settings(tmp_path / "config.toml")
    assert settings == Settings(path=tmp_path / "config.toml")
    assert settings.problems == () and settings.writable and not settings.found


def test_every_key_is_read(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    path = tmp_path / "config.toml"
    path.write_text(
        'theme = "nord"\nexport_dir = "~/briefs"\nfaint_marks = false\n\n'
        '[keys]\nnext-discrepancy = "x"\ncopy-url = ["u", "ctrl+u"]\n',
        encoding="utf-8",
    )
    settings = load_settings(path)
    assert settings.theme == "nord"
    assert settings.export_dir == tmp_path / "briefs"
    assert settings.faint_marks is False
    assert settings.keys == {"next-discrepancy": "x", "copy-url": "u,ctrl+u"}
    assert settings.problems == ()


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ('theme = "nord\n', ":1: error: invalid TOML: "),
        ("theme = 3\n", ": error: key 'theme': expected a non-empty string, not a number 3"),
        ('faint_marks = "yes"\n', ": error: key 'faint_marks': expected true or false, not a string \"yes\""),
        ('keys = "x"\n', ": error: key 'keys': expected a table ([keys]), not a string \"x\""),
        ("[keys]\nnext-discrepancy = 1\n", ": error: key 'keys.next-discrepancy': expected a key such as"),
        ("\n\n[keys\n", ":3: error: invalid TOML: "),
    ],
)
def test_an_invalid_file_is_one_line_naming_the_file_and_key_then_defaults(tmp_path, content, line):
    path = tmp_path / "config.toml"
    path.write_text(content, encoding="utf-8")
    settings = load_settings(path)
    (problem,) = settings.problems
    assert problem.startswith(f"{path}{line}"), problem
    assert problem.endswith("(starting with the default settings)")
    assert "\n" not in problem
    assert (settings.theme, settings.keys, settings.faint_marks) == (None, {}, True)
    assert not settings.writable


def test_a_file_that_is_not_utf8_is_one_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_bytes(b'theme = "caf\xe9"\n')
    (problem,) = load_settings(path).problems
    assert problem.startswith(f"{path}: error: not UTF-8 text (byte 0xe9)")


def test_an_unknown_key_warns_and_the_rest_still_counts(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('colour = "red"\ntheme = "nord"\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.problems == (f"{path}: warning: unknown key 'colour' (ignored)",)
    assert settings.theme == "nord" and settings.writable


def test_saving_changes_only_its_keys_and_keeps_comments(tmp_path):
    path = tmp_path / "config.toml"
    original = (
        '# my settings\ntheme = "nord"  # dark, for the evening\n\n[keys]\nnext-discrepancy = "x"  # my key\n'
    )
    path.write_text(original, encoding="utf-8")
    save_settings(path, theme="gruvbox", faint_marks=False)
    assert path.read_text(encoding="utf-8") == (
        "# my settings\n"
        'theme = "gruvbox"  # dark, for the evening\n'
        "faint_marks = false\n"
        "\n"
        "[keys]\n"
        'next-discrepancy = "x"  # my key\n'
    )


def test_saving_creates_the_folder_and_the_file(tmp_path):
    path = tmp_path / "deeper" / "newsbrief" / "config.toml"
    save_settings(path, theme='odd "name" \\ here')
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"theme": 'odd "name" \\ here'}
    assert load_settings(path).theme == 'odd "name" \\ here'


def test_saving_refuses_what_it_cannot_write_back_faithfully(tmp_path):
    path = tmp_path / "config.toml"
    original = 'theme = """nord\n"""\n'  # a multi-line string: the line writer would break it
    path.write_text(original, encoding="utf-8")
    with pytest.raises(ConfigError, match="edit the file by hand"):
        save_settings(path, theme="gruvbox")
    assert path.read_text(encoding="utf-8") == original


def test_a_key_inside_a_table_is_not_the_top_level_one():
    text = '[keys]\ntheme = "x"\n'
    assert tomllib.loads(with_top_level(text, "theme", "nord")) == {"theme": "nord", "keys": {"theme": "x"}}


def test_settings_and_desktop_modules_load_no_textual():
    """Reading config.toml and running desktop tools are not UI: they import no textual."""
    import subprocess
    import sys

    code = (
        "import sys, tui.config, tui.system.clipboard, tui.system.browser, tui.system.editor\n"
        "print(sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
