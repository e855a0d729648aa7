"""A hostile or broken review.yaml: one clear line naming the file and line, the
review opens without verdicts (saying why), refuses changes, and the file is never
written over. `check` lists it like brief.yaml's problems; `export` and
`analyze --json` stop with that line and exit 1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_review import analysed, copy_brief

from tui.cli import main
from tui.review import Review, ReviewError, findings

ID = "figure-0123456789"
BOMB = (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
    "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"
    "findings: *i\n"
)
F = "harbor-flood/review.yaml"
HOSTILE = {
    "python tag": (
        f"findings:\n  {ID}: !!python/object/apply:os.system ['touch pwned']\n",
        f"{F}:2: error: YAML tag !!python/object/apply:os.system is not allowed",
    ),
    "custom tag": ("findings: !include other.yaml\n", f"{F}:1: error: YAML tag !include is not allowed"),
    "binary tag": (
        f"findings:\n  {ID}:\n    note: !!binary aGVsbG8=\n",
        f"{F}:3: error: YAML tag !!binary is not allowed",
    ),
    "alias bomb": (BOMB, f"{F}:2: error: YAML aliases (*name) are not allowed"),
    "huge file": (
        f"findings:\n  {ID}:\n    note: {'x' * (3 * 1024 * 1024)}\n",
        f"{F}: error: file is too large (3.0 MiB; the limit is 2 MiB)",
    ),
    "not an id": (
        "findings:\n  banana: confirmed\n",
        f"{F}:2: error: 'banana' is not a finding id (such as figure-3f9a0c12d4)",
    ),
    "a number for an id": (
        "findings:\n  12: confirmed\n",
        f"{F}:2: error: '12' is not a finding id (such as figure-3f9a0c12d4)",
    ),
    "a list for an id": (
        "findings:\n  ? [a, b]\n  : confirmed\n",
        f"{F}:2: error: a list is not a finding id (such as figure-3f9a0c12d4)",
    ),
    "a number for a verdict": (
        f"findings:\n  {ID}:\n    verdict: 3\n",
        f"{F}:3: error: finding {ID}: verdict must be one of confirmed, follow_up, dismissed, not a number '3'",
    ),
    "an unknown verdict": (
        f"findings:\n  {ID}: true-ish\n",
        f"{F}:2: error: finding {ID}: verdict must be one of confirmed, follow_up, dismissed, not 'true-ish'",
    ),
    "a list for a note": (
        f"findings:\n  {ID}:\n    verdict: confirmed\n    note: [a, b]\n",
        f"{F}:4: error: finding {ID}: note must be text, not a list",
    ),
    "a date for a note": (
        f"findings:\n  {ID}:\n    note: 2024-01-01\n",
        f"{F}:3: error: finding {ID}: note must be text, not a date '2024-01-01' (put it in quotes)",
    ),
    "a list for an entry": (
        f"findings:\n  {ID}: [confirmed]\n",
        f"{F}:2: error: finding {ID}: expected a verdict or a mapping, not a list",
    ),
    "a list of findings": (
        "findings:\n  - a\n  - b\n",
        f"{F}:2: error: 'findings' must be a mapping of finding ids, not a list",
    ),
    "a list at the top": (
        "- confirmed\n",
        f"{F}:1: error: review.yaml must be a mapping with a 'findings' mapping",
    ),
    "a newer version": (
        "version: 2\nfindings: {}\n",
        f"{F}:1: error: version 2 is newer than this newsbrief reads (1)",
    ),
    "a word for a version": (
        "version: one\n",
        f"{F}:1: error: 'version' must be a number (1), not a string 'one'",
    ),
    "bad YAML": (
        f"findings:\n  {ID}: {{verdict: confirmed\n",
        f"{F}:3: error: invalid YAML: expected ',' or '}}', but got '<stream end>'",
    ),
    "nested too deeply": (
        "findings: " + "[" * 5000 + "]" * 5000 + "\n",
        f"{F}: error: invalid YAML: nested too deeply",
    ),
    "a control character": (
        f"findings:\n  {ID}: confirmed\x07\n",
        f"{F}:2: error: invalid YAML: control character 0x07 is not allowed",
    ),
    "not UTF-8": (
        f"findings:\n  {ID}:\n    note: caf\xe9\n".encode("latin-1"),
        f"{F}:3: error: not UTF-8 text (byte 0xe9)",
    ),
    "binary": (b"\x00\x01\x02" * 100, f"{F}: error: binary file, not text"),
}


def _write(path: Path, content: str | bytes) -> None:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


@pytest.fixture
def brief_folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return copy_brief(tmp_path)


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_review_is_one_line_and_opens_without_verdicts(brief_folder, case):
    content, line = HOSTILE[case]
    path = brief_folder / "review.yaml"
    _write(path, content)
    before = path.read_bytes()
    brief, analysis = analysed(brief_folder)
    review = Review.load(brief)
    assert [str(p) for p in review.problems] == [line]
    assert review.marks == {} and not review.usable
    assert review.message == f"{line} (verdicts not loaded; newsbrief leaves the file as it is)"
    assert review.counts(analysis).reviewed == 0 and review.stale(analysis) == []
    with pytest.raises(ReviewError) as err:
        review.mark(findings(analysis)[0], "confirmed")
    assert str(err.value) == line
    assert review.save() is False
    assert path.read_bytes() == before


@pytest.mark.parametrize("case", ["python tag", "alias bomb", "a number for a verdict", "not UTF-8"])
def test_the_cli_says_the_one_line_and_exits_1(brief_folder, case, capsys):
    content, line = HOSTILE[case]
    _write(brief_folder / "review.yaml", content)
    for command in (["export"], ["export", "--format", "claims"], ["analyze", "--json"]):
        assert main([*command, str(brief_folder)]) == 1
        out, err = capsys.readouterr()
        assert (out, err) == ("", f"newsbrief: {line}\n")
    assert main(["check", str(brief_folder)]) == 1
    out, err = capsys.readouterr()
    assert err == f"{line}\n1 error(s), 0 warning(s)\n"
    assert not (brief_folder.parent / "pwned").exists()


def test_an_alias_bomb_never_hangs_check(brief_folder):
    """In a child process with a time limit, so a regression fails instead of hanging the run."""
    (brief_folder / "review.yaml").write_text(BOMB, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "tui", "check", str(brief_folder)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=brief_folder.parent,
    )
    assert run.returncode == 1
    assert run.stderr.splitlines()[0] == HOSTILE["alias bomb"][1]


def test_warnings_leave_the_review_usable(brief_folder, capsys):
    brief, analysis = analysed(brief_folder)
    first, second = findings(analysis)[:2]
    (brief_folder / "review.yaml").write_text(
        f"version: 1\ncolour: blue\nfindings:\n  {first.id}:\n    verdict: Follow up\n    flag: red\n"
        f"  {second.id}: dismissed\n  {second.id}: confirmed\n",
        encoding="utf-8",
    )
    review = Review.load(brief)
    assert review.usable and review.message is None
    assert [str(p) for p in review.warnings] == [
        f"{F}:2: warning: unknown key 'colour' (ignored)",
        f"{F}:6: warning: finding {first.id}: unknown key 'flag' (ignored)",
        f"{F}:8: warning: finding {second.id} is given twice; the last one wins",
    ]
    assert review.verdict_of(first) == "follow_up" and review.verdict_of(second) == "confirmed"
    assert main(["check", str(brief_folder)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [str(p) for p in review.warnings] + ["ok (3 warning(s))"]
    assert main(["export", str(brief_folder), "--only", "confirmed"]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [str(p) for p in review.warnings]
    assert "### Confirmed (1)" in out


def test_check_names_verdicts_whose_findings_are_gone(brief_folder, capsys):
    brief, analysis = analysed(brief_folder)
    (brief_folder / "review.yaml").write_text(
        f"findings:\n  {ID}: confirmed\n  {findings(analysis)[0].id}: dismissed\n", encoding="utf-8"
    )
    assert main(["check", str(brief_folder)]) == 0
    out, _ = capsys.readouterr()
    assert out == (
        f"{F}: warning: 1 verdict(s) for findings the analysis no longer has (kept, shown as stale): {ID}\n"
        "ok (1 warning(s))\n"
    )


def test_an_empty_review_file_is_an_empty_review(brief_folder, capsys):
    (brief_folder / "review.yaml").write_text("# nothing yet\n", encoding="utf-8")
    brief, _ = analysed(brief_folder)
    review = Review.load(brief)
    assert review.usable and review.exists and review.marks == {}
    assert main(["check", str(brief_folder)]) == 0
