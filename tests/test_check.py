"""`newsbrief check`: every problem at once, each naming its file (and line)."""

from __future__ import annotations

from pathlib import Path

from tui.brief.bundled import default_brief_path
from tui.brief.check import check_brief
from tui.cli import main

GOOD = (
    "# Harbour board approves dredging\n\n"
    "The harbour board voted on Monday to dredge the shipping channel before the autumn storms, its chair "
    "Wendell Osgood said, after months of complaints from the fishing fleet about silt in the outer basin.\n"
)


def make(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "brief"
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def lines(problems) -> list[str]:
    return [str(p) for p in problems]


def test_the_bundled_brief_has_no_problems(capsys):
    assert check_brief([default_brief_path()]) == []
    assert main(["check"]) == 0
    assert capsys.readouterr().out == "ok\n"


def test_every_problem_is_reported_at_once(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "outside.md").write_text(GOOD, encoding="utf-8")
    folder = make(
        tmp_path,
        {
            "brief.yaml": (
                "title: Harbour\n"
                "title: Harbour dredging\n"
                "sources:\n"
                "  - id: good\n"
                "    file: sources/good.md\n"
                "    colour: blue\n"
                "  - id: good\n"
                "    file: sources/other.md\n"
                "  - file: ../outside.md\n"
                "  - file: sources/missing.md\n"
                "  - file: sources/latin.txt\n"
                "  - file: sources/blob.md\n"
                "  - file: sources/empty.md\n"
                "  - file: sources/bad-front.md\n"
                "  - id: again\n"
                "    file: sources/good.md\n"
                "  - file: sources/escapes.md\n"
                "  - file: sources/short.md\n"
                "extra: 1\n"
            ),
            "sources/good.md": GOOD,
            "sources/other.md": GOOD,
            "sources/latin.txt": "Caf\xe9 reopens\n\nThe caf\xe9 on the quay reopened.\n".encode("latin-1"),
            "sources/blob.md": b"\x00\x01\x02" * 50,
            "sources/empty.md": "\n\n",
            "sources/bad-front.md": "---\noutlet: [unclosed\n---\n" + GOOD,
            "sources/escapes.md": GOOD.replace("Monday", "\x1b[31mMonday\x1b[0m"),
            "sources/short.md": "Harbour board meets\n\nIt met.\n",
            "sources/forgotten.md": GOOD,
        },
    )
    problems = check_brief([folder])
    assert lines(problems) == [
        "brief/brief.yaml:19: warning: unknown key 'extra' (ignored)",
        "brief/brief.yaml:6: warning: source 1: unknown key 'colour' (ignored)",
        "brief/brief.yaml:7: error: source 2: duplicate id 'good'",
        "brief/brief.yaml:9: error: source 3: file '../outside.md' is outside the brief folder",
        "brief/sources/missing.md: error: no such file",
        "brief/sources/latin.txt:1: error: not UTF-8 text (byte 0xe9)",
        "brief/sources/blob.md: error: binary file, not text",
        "brief/sources/empty.md: error: article is empty",
        "brief/sources/bad-front.md:3: error: invalid YAML: expected ',' or ']', but got '<stream end>'",
        "brief/brief.yaml:2: warning: key 'title' is given twice; the last one wins",
        "brief/sources/forgotten.md: warning: not listed in brief.yaml (not part of the brief)",
        "brief/sources/good.md: warning: source 'again' is the same file as source 'good'",
        "brief/sources/escapes.md: warning: 2 terminal control character(s) removed from the text",
        "brief/sources/short.md: warning: no headline (a first '# heading', or a first line in a .txt)",
        "brief/sources/short.md: warning: article is very short (5 words)",
    ]
    assert main(["check", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines()[-1] == "7 error(s), 8 warning(s)"
    assert err.splitlines()[0] == "brief/brief.yaml:7: error: source 2: duplicate id 'good'"
    assert out.splitlines()[0] == "brief/brief.yaml:19: warning: unknown key 'extra' (ignored)"
    assert "Traceback" not in err


def test_warnings_alone_pass(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    folder = make(tmp_path, {"brief.yaml": "sources:\n  - file: a.md\n    mood: calm\n", "a.md": GOOD})
    assert main(["check", str(folder)]) == 0
    assert (
        capsys.readouterr().out
        == "brief/brief.yaml:3: warning: source 1: unknown key 'mood' (ignored)\nok (1 warning(s))\n"
    )


def test_yaml_syntax_errors_name_the_line(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    folder = make(
        tmp_path, {"brief.yaml": "title: Harbour\nsources:\n  - file: a.md\n  id: x\n", "a.md": GOOD}
    )
    assert lines(check_brief([folder])) == [
        "brief/brief.yaml:4: error: invalid YAML: expected <block end>, but found '?'"
    ]
    assert main(["check", str(folder)]) == 1
    assert capsys.readouterr().err == (
        "brief/brief.yaml:4: error: invalid YAML: expected <block end>, but found '?'\n1 error(s), 0 warning(s)\n"
    )


def test_yaml_tags_and_control_characters(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = make(
        tmp_path, {"brief.yaml": "sources:\n  - file: !!python/object:os.system a.md\n", "a.md": GOOD}
    )
    assert lines(check_brief([folder])) == [
        "brief/brief.yaml:2: error: YAML tag tag:yaml.org,2002:python/object:os.system is not allowed"
    ]
    folder.joinpath("brief.yaml").write_text("title: bell\x07\nsources: [a.md]\n", encoding="utf-8")
    assert lines(check_brief([folder])) == [
        "brief/brief.yaml:1: error: invalid YAML: control character 0x07 is not allowed"
    ]


def test_article_files_without_a_brief_yaml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = make(
        tmp_path,
        {"a.md": GOOD, "b.txt": "Harbour\n\nShort.\n", "c.html": "<html><body><nav>Home</nav></body></html>"},
    )
    assert lines(check_brief([folder / "a.md", folder / "b.txt", folder / "c.html", folder / "d.md"])) == [
        "brief/c.html: error: no article text found in the page",
        "brief/d.md: error: no such file",
        "brief/b.txt: warning: article is very short (1 word)",
    ]


def test_a_missing_brief(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert lines(check_brief([tmp_path / "nowhere.yaml"])) == ["nowhere.yaml: error: no such file"]
    (tmp_path / "empty").mkdir()
    assert lines(check_brief([tmp_path / "empty"])) == [
        "empty: error: no article files (.md, .markdown, .txt, .html, .htm) found"
    ]
