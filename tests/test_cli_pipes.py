"""The command line as other tools see it: a reader that stops early, a locale that
is not UTF-8, output that is not a terminal, typos, help, versions, completion,
and --print-config."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tui.brief.bundled import default_brief_path
from tui.cli import COMMANDS, _actions, _command_parser, _parser, main

ROOT = Path(__file__).resolve().parents[1]
PIPE_BUFFER = 64 * 1024


def run(*args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, env={**os.environ, **(env or {})}, **kwargs
    )


@pytest.fixture(scope="module")
def big_brief(tmp_path_factory) -> Path:
    """The bundled articles sixty times over: output far larger than a pipe holds."""
    folder = tmp_path_factory.mktemp("big")
    for n in range(60):
        for article in sorted((default_brief_path() / "sources").glob("*.md")):
            shutil.copy(article, folder / f"{article.stem}-{n}.md")
    return folder


@pytest.mark.parametrize("command", [["analyze", "--json"], ["analyze"], ["export"]])
def test_a_reader_that_stops_early_ends_the_run_quietly_with_status_0(big_brief, command):
    """`newsbrief … | head -1`: read one line, close the pipe; no message, status 0."""
    full = run(*command, str(big_brief), check=True).stdout
    assert len(full) > PIPE_BUFFER + 16 * 1024  # more than the pipe and our read take: EPIPE is certain
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", *command, str(big_brief)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = process.stdout.readline()
    process.stdout.close()
    status = process.wait(timeout=120)
    assert first == full.splitlines(keepends=True)[0]
    assert process.stderr.read() == b""
    assert status == 0


C_LOCALE = {"PYTHONUTF8": "0", "LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONIOENCODING": ""}


def test_json_is_utf8_whatever_the_locale():
    done = run("analyze", "--json", env=C_LOCALE)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    text = done.stdout.decode("utf-8")
    assert "’" in text  # non-ASCII really went out
    data = json.loads(text)
    assert data["brief"]["title"] == "ICE leadership shake-up over deportation pace"


def test_export_and_the_report_are_utf8_whatever_the_locale():
    from tui.analysis import analyze
    from tui.brief.load import load_brief
    from tui.output.markdown import render_markdown

    export = run("export", env=C_LOCALE)
    assert export.returncode == 0 and export.stderr == b""
    assert export.stdout.decode("utf-8") == render_markdown(analyze(load_brief([default_brief_path()])))
    report = run("analyze", env=C_LOCALE)
    assert report.returncode == 0 and report.stderr == b""
    assert "— " in report.stdout.decode("utf-8")


def test_errors_stay_one_line_in_a_c_locale(tmp_path):
    missing = tmp_path / "café"
    done = run("analyze", str(missing), env=C_LOCALE)
    assert done.returncode == 1
    assert done.stderr.decode("utf-8").splitlines() == [f"newsbrief: {missing}: error: no such file"]


def test_the_piped_report_has_no_trailing_padding(capsys):
    assert main(["analyze"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) > 40 and "Discrepancies (" in out
    assert [line for line in lines if line != line.rstrip()] == []


@pytest.mark.parametrize(
    ("word", "line"),
    [
        ("analyse", "newsbrief: unknown command 'analyse' (did you mean 'analyze'?)"),
        ("exprot", "newsbrief: unknown command 'exprot' (did you mean 'export'?)"),
        ("srve", "newsbrief: unknown command 'srve' (did you mean 'serve'?)"),
        (
            "frobnicate",
            "newsbrief: unknown command 'frobnicate', and no file or folder of that name "
            "(commands: analyze, export, check, new, serve)",
        ),
    ],
)
def test_a_word_that_is_neither_a_command_nor_a_path(capsys, tmp_path, monkeypatch, word, line):
    monkeypatch.chdir(tmp_path)
    assert main([word]) == 1
    out = capsys.readouterr()
    assert out.err.splitlines() == [line] and out.out == ""


def test_a_folder_with_a_command_like_name_still_opens(tmp_path, monkeypatch):
    from tui.app.app import NewsbriefApp

    monkeypatch.chdir(tmp_path)
    shutil.copytree(default_brief_path(), tmp_path / "briefing")
    opened = []
    monkeypatch.setattr(NewsbriefApp, "run", lambda self: opened.append(self.paths))
    assert main(["briefing"]) == 0
    assert opened == [[Path("briefing")]]


def test_a_missing_file_is_still_no_such_file(capsys, tmp_path):
    assert main([str(tmp_path / "notes.md")]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"newsbrief: {tmp_path / 'notes.md'}: error: no such file"
    ]


def test_every_argument_of_every_command_has_help():
    missing = [
        f"{action.dest} ({', '.join(action.option_strings) or 'positional'})"
        for parser in (_parser(), _command_parser())
        for action in _actions(parser)
        if not action.help and action.dest != "command"
    ]
    assert missing == []
    help_text = _command_parser()._subparsers._group_actions[0].choices["analyze"].format_help()
    assert "PATH" in help_text and "a brief folder, its brief.yaml, or article files" in help_text


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_version_on_every_command(capsys, command):
    with pytest.raises(SystemExit) as info:
        main([*command, "--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == "newsbrief 0.1.0\n"


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_completion_completes_commands_options_and_paths(tmp_path):
    (tmp_path / "content").mkdir()
    script = run("--print-completion", "bash", check=True).stdout.decode()
    (tmp_path / "complete.sh").write_text(script)
    probe = (
        "source complete.sh\n"
        'try() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _shtab_newsbrief; '
        'echo "${COMPREPLY[*]}"; }\n'
        "try newsbrief se\ntry newsbrief analyze --jso\ntry newsbrief analyze con\n"
    )
    done = subprocess.run(["bash", "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["serve", "--json --jsonl", "content"]


def test_print_config_is_a_config_file_of_what_is_in_force(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    (tmp_path / "newsbrief").mkdir()
    (tmp_path / "newsbrief" / "config.toml").write_text(
        'theme = "nord"\n[keys]\nnext-discrepancy = "x"\n', encoding="utf-8"
    )
    assert main(["--print-config"]) == 0
    out = capsys.readouterr()
    data = tomllib.loads(out.out)
    assert out.out.startswith(f"# {tmp_path / 'newsbrief' / 'config.toml'}\n")
    assert data["theme"] == "nord" and data["faint_marks"] is True
    assert data["keys"]["next-discrepancy"] == "x"
    assert data["keys"]["export"] == "e" and data["keys"]["copy-url"] == "Y"
    assert out.err == ""


def test_print_config_with_a_bad_file_says_so_in_one_line_and_exits_1(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = Path(tmp_path / "newsbrief" / "config.toml")
    path.parent.mkdir()
    path.write_text("theme = \n", encoding="utf-8")
    assert main(["--print-config"]) == 1
    out = capsys.readouterr()
    assert tomllib.loads(out.out)["faint_marks"] is True  # the defaults, still shown
    (line,) = out.err.splitlines()
    assert line.startswith(f"newsbrief: {path}:1: error: invalid TOML")


def test_print_config_names_a_binding_id_that_does_not_exist(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    path = tmp_path / "newsbrief" / "config.toml"
    path.parent.mkdir()
    path.write_text('[keys]\nnext-discrepency = "x"\n', encoding="utf-8")
    assert main(["--print-config"]) == 0
    (line,) = capsys.readouterr().err.splitlines()
    assert line == (
        f"newsbrief: {path}: warning: key 'keys.next-discrepency': no key binding has this id, "
        "ignored (did you mean 'next-discrepancy'?)"
    )
