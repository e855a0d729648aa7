"""The command line: each command's output and its one-line errors."""

import json
from pathlib import Path

import pytest

from tui.cli import main

SEED = str(Path(__file__).parent.parent / "content" / "ice-leadership-shakeup")


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert "Traceback" not in err[0]
    return err[0]


@pytest.mark.parametrize("command", [[], ["analyze"], ["export"], ["analyze", "--json"]])
def test_a_missing_path_is_one_line_and_exit_1(capsys, command, tmp_path):
    missing = str(tmp_path / "nope")
    assert main([*command, missing]) == 1
    assert one_error_line(capsys) == f"newsbrief: {missing}: error: no such file"


def test_a_file_that_is_not_an_article_is_refused(capsys, tmp_path):
    p = tmp_path / "data.csv"
    p.write_text("a,b\n")
    assert main(["analyze", str(p)]) == 1
    assert "not an article file" in one_error_line(capsys)


def test_an_empty_folder_is_an_empty_brief(capsys, tmp_path):
    assert main(["analyze", str(tmp_path)]) == 1
    assert "no article files" in one_error_line(capsys)


def test_analyze_json_accepts_the_brief_yaml_path(capsys):
    assert main(["analyze", f"{SEED}/brief.yaml", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["brief"]["title"] == "ICE leadership shake-up over deportation pace"
    assert [s["id"] for s in data["sources"]] == ["crackdown-stuns", "trump-boots-ice"]


def test_analyze_json_without_a_path_reads_the_bundled_brief(capsys):
    assert main(["analyze", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["schema"] == 1


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("newsbrief ")


def test_opening_hands_the_loaded_brief_to_the_app(monkeypatch):
    """The CLI loads the brief to fail fast; the app must not read it from disk again."""
    from tui.app.app import NewsbriefApp

    opened = []
    monkeypatch.setattr(NewsbriefApp, "run", lambda self: opened.append(self.initial_brief))
    assert main([SEED]) == 0
    (brief,) = opened
    assert brief.title == "ICE leadership shake-up over deportation pace"
