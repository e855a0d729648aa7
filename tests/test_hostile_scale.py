"""Hostile and unusual input met at scale (issue 13): each case one clear line and the
right exit status, never a hang, never data lost without a word. `newsbrief check`
is timed in these tests only, and only against a hang (2 s)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_hostile import ARTICLE, brief, one_error_line, run

from tui.brief import html_bounded
from tui.brief.load import load_brief
from tui.output import files as output_files

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "content" / "ice-leadership-shakeup"
BODY = "".join(
    f"<p>The harbour board met on Monday to discuss part {i} of the dredging budget, officials said.</p>"
    for i in range(6)
)


def check_quickly(capsys, *paths: Path) -> tuple[int, str, str]:
    """`newsbrief check`, which must finish in under two seconds on hostile input."""
    started = time.monotonic()
    result = run(capsys, "check", *map(str, paths))
    assert time.monotonic() - started < 2, "check took too long"
    return result


def page(image_chars: int) -> str:
    blob = "QUJD" * (image_chars // 4)
    return (
        "<html><head><title>Harbour board meets</title></head><body><article>"
        f'<h1>Harbour board meets</h1><img src="data:image/png;base64,{blob}">{BODY}</article></body></html>'
    )


# --- YAML -------------------------------------------------------------------------


def test_an_alias_bomb_in_front_matter_is_refused(tmp_path, capsys):
    rows = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    rows += [f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]" for p, n in zip("abcde", "bcdef", strict=True)]
    path = tmp_path / "bomb.md"
    path.write_text("---\n" + "\n".join(rows) + "\noutlet: Harbour Times\n---\n" + ARTICLE, encoding="utf-8")
    expected = f"{path}:6: error: YAML aliases expand this document to more than 100,000 values (refused)"
    rc, out, err = run(capsys, "analyze", "--json", str(path))
    assert (rc, out) == (1, "")
    assert one_error_line(err) == f"newsbrief: {expected}"
    rc, _, err = check_quickly(capsys, path)
    assert rc == 1 and err.splitlines()[0] == expected


def test_an_alias_that_contains_itself_is_one_line(tmp_path, capsys):
    folder = brief(tmp_path, "title: &t [a, *t]\nsources: [sources/a.md]\n", {"sources/a.md": ARTICLE})
    rc, _, err = run(capsys, "analyze", str(folder))
    assert rc == 1
    assert one_error_line(err) == (
        f"newsbrief: {folder}/brief.yaml:1: error: a YAML alias refers to the list or mapping it is in"
    )
    assert check_quickly(capsys, folder)[0] == 1


def test_a_few_honest_aliases_still_load(tmp_path):
    spec = "people:\n  - &w {name: Wendell Osgood, aliases: [Wendy Osgood]}\nsources: [sources/a.md]\nnotes: [*w]\n"
    folder = brief(tmp_path, spec, {"sources/a.md": ARTICLE})
    loaded = load_brief(folder)
    assert [(p.name, p.aliases) for p in loaded.people] == [("Wendell Osgood", ("Wendy Osgood",))]


# --- line ends ----------------------------------------------------------------------

FRONT = "---\noutlet: Harbour Times\npublished: 2031-04-12\nauthor: Ines Quarrow\n---\n"


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_crlf_and_cr_files_load_exactly_as_lf(tmp_path, capsys, newline):
    text = FRONT + (SEED / "sources" / "crackdown-stuns.md").read_text(encoding="utf-8")
    (tmp_path / "lf").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "lf" / "a.md").write_text(text, encoding="utf-8", newline="\n")
    (tmp_path / "other" / "a.md").write_bytes(text.replace("\n", newline).encode("utf-8"))
    assert newline.encode() in (tmp_path / "other" / "a.md").read_bytes()
    lf, other = load_brief(tmp_path / "lf"), load_brief(tmp_path / "other")
    a, b = lf.articles[0], other.articles[0]
    assert (b.outlet, b.published, b.author) == ("Harbour Times", "2031-04-12", "Ines Quarrow")
    assert (b.headline, b.text, b.blocks) == (a.headline, a.text, a.blocks)
    outputs = []
    for folder in ("lf", "other"):
        assert run(capsys, "analyze", "--json", str(tmp_path / folder))[0] == 0
        outputs.append(capsys.readouterr().out.replace(str(tmp_path / folder), "X"))
    assert outputs[0] == outputs[1]


def test_a_crlf_brief_yaml_gives_the_same_lines_in_messages(tmp_path, capsys):
    spec = "title: Harbour\nsources:\n  - file: sources/a.md\n    colour: red\n"
    folder = brief(tmp_path, spec.replace("\n", "\r\n"), {"sources/a.md": ARTICLE})
    rc, out, _ = check_quickly(capsys, folder)
    assert rc == 0
    assert f"{folder}/brief.yaml:4: warning: source 1: unknown key 'colour' (ignored)" in out


# --- numbers beyond float range ------------------------------------------------------


def _strict_json(text: str):
    def refuse(name):
        raise AssertionError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize(
    "number",
    ["9" * 5000, ",".join(["999"] * 1700), "$" + "9" * 400 + " billion", "9" * 400 + " percent"],
    ids=["digits", "grouped", "money", "percent"],
)
def test_a_number_beyond_float_range_keeps_the_json_valid(tmp_path, capsys, number):
    path = tmp_path / "big.md"
    path.write_text(f"# Count\n\nThey counted {number} votes, and 3,000 more on Monday.\n", encoding="utf-8")
    rc, out, _ = run(capsys, "analyze", "--json", str(path))
    assert rc == 0
    data = _strict_json(out)
    assert [f["value"] for f in data["figures"] if f["text"] == "3,000"] == [3000]
    assert all(abs(f["value"]) < float("inf") for f in data["figures"])
    rc, out, _ = run(capsys, "analyze", "--jsonl", str(path))
    assert rc == 0 and _strict_json(out) == data
    assert check_quickly(capsys, path)[0] == 0


# --- files that are not files -----------------------------------------------------------


def test_a_symlink_loop_is_one_line_and_exit_1(tmp_path, capsys):
    loop = tmp_path / "loop.md"
    loop.symlink_to(loop)
    for command in (["analyze", "--json"], ["export"], ["check"]):
        rc, out, err = run(capsys, *command, str(loop))
        assert (rc, out) == (1, "")
        expected = f"{loop}: error: is a symbolic link that loops back on itself"
        assert expected in err.splitlines()[0] and "internal error" not in err
    folder = brief(tmp_path, "sources: [sources/a.md, sources/loop.md]\n", {"sources/a.md": ARTICLE})
    (folder / "sources" / "loop.md").symlink_to("loop.md")
    rc, _, err = check_quickly(capsys, folder)
    assert rc == 1
    assert err.splitlines()[0] == (
        f"{folder}/brief.yaml:1: error: source 2: file 'sources/loop.md' is a symbolic link that loops back on itself"
    )


def test_folder_mode_never_skips_a_pipe_or_a_broken_link_unsaid(tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(folder / "pipe.md")
    (folder / "gone.md").symlink_to(folder / "nowhere.md")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    rc, out, err = check_quickly(capsys, folder)
    assert rc == 1 and "ok" not in out
    assert err.splitlines() == [
        f"{folder}/gone.md: error: is a link to a file that does not exist",
        f"{folder}/loop.txt: error: is a symbolic link that loops back on itself",
        f"{folder}/pipe.md: error: is a named pipe (FIFO), not a file",
        "3 error(s), 1 warning(s)",
    ]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: os.mkfifo(p), "is a named pipe (FIFO), not an article file"),
        (None, "is a device, not an article file"),
        (lambda p: p.mkdir(), "is a folder, not an article file"),
    ],
    ids=["fifo", "dev-zero", "folder"],
)
def test_new_names_what_an_input_is(tmp_path, capsys, make, message):
    path = Path("/dev/zero") if make is None else tmp_path / "input.md"
    if make is not None:
        make(path)
    started = time.monotonic()
    rc, _, err = run(capsys, "new", str(tmp_path / "out"), str(path))
    assert time.monotonic() - started < 2
    assert rc == 1
    if make is not None and message.startswith("is a folder"):  # a folder of inputs with no article in it
        assert (
            one_error_line(err)
            == f"newsbrief: {path}: error: no article files (.md, .markdown, .txt, .html, .htm) in this folder"
        )
    else:
        assert one_error_line(err) == f"newsbrief: {path}: error: {message}"
    assert not (tmp_path / "out").exists()


def test_an_unreadable_file_is_one_line(tmp_path, capsys, monkeypatch):
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    real = Path.read_bytes

    def denied(self):
        if self == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    for command in ("analyze", "export"):
        rc, out, err = run(capsys, command, str(path))
        assert (rc, out) == (1, "")
        assert one_error_line(err) == f"newsbrief: {path}: error: cannot read file (Permission denied)"
    rc, out, err = check_quickly(capsys, path)
    assert (rc, out) == (1, "")
    assert err.splitlines() == [
        f"{path}: error: cannot read file (Permission denied)",
        "1 error(s), 0 warning(s)",
    ]


# --- HTML ------------------------------------------------------------------------------


@pytest.mark.parametrize("image_chars", [10_000_000, 10_300_000], ids=["10M-base64", "10.3MB-page"])
def test_a_page_with_a_huge_inline_image_keeps_its_article(tmp_path, capsys, image_chars):
    saved = tmp_path / "page.html"
    saved.write_text(page(image_chars), encoding="utf-8")
    assert saved.stat().st_size < 10 * 1024 * 1024  # under the limit for saved pages
    started = time.monotonic()
    rc, _, err = run(capsys, "new", str(tmp_path / "out"), str(saved))
    assert time.monotonic() - started < 10
    assert rc == 0, err
    markdown = next((tmp_path / "out" / "sources").glob("*.md")).read_text(encoding="utf-8")
    assert [line for line in markdown.splitlines() if "dredging" in line] == [
        f"The harbour board met on Monday to discuss part {i} of the dredging budget, officials said."
        for i in range(6)
    ]
    assert "QUJD" not in markdown
    rc, out, _ = check_quickly(capsys, saved)
    assert rc == 0 and out.startswith("ok")


def test_a_page_that_takes_too_long_is_refused_in_one_line(tmp_path, capsys, monkeypatch):
    """Ten thousand paragraphs take trafilatura seconds: past the limit (made short here)
    the page is refused, the helper stopped, and the next page gets a new one."""
    slow = tmp_path / "slow.html"
    paragraphs = "".join(
        f"<div><p>Part {i} of the dredging budget was discussed.</p></div>" for i in range(10_000)
    )
    slow.write_text(
        f"<html><body><article><h1>Harbour</h1>{paragraphs}</article></body></html>", encoding="utf-8"
    )
    monkeypatch.setattr(html_bounded, "MAX_SECONDS", 0.2)
    started = time.monotonic()
    rc, _, err = run(capsys, "new", str(tmp_path / "out"), str(slow))
    assert time.monotonic() - started < 2
    assert rc == 1
    assert one_error_line(err) == (
        f"newsbrief: {slow}: error: the page took more than 0.2 s to read, so it was refused"
        " (copy the article's text into a .txt file instead)"
    )
    assert not (tmp_path / "out").exists()
    monkeypatch.setattr(html_bounded, "MAX_SECONDS", 30.0)
    saved = tmp_path / "page.html"
    saved.write_text(page(0), encoding="utf-8")
    assert run(capsys, "new", str(tmp_path / "out"), str(saved))[0] == 0


# --- markdown that markdown-it would drop --------------------------------------------------


def test_text_quoted_deeper_than_twenty_levels_is_kept(tmp_path, capsys):
    path = tmp_path / "a.md"
    deep = "> " * 25 + "Nested reply text about the harbour board vote on Monday."
    path.write_text(f"# Harbour board\n\n{deep}\n\n{'> ' * 300}Deeper still.\n", encoding="utf-8")
    article = load_brief(path).articles[0]
    assert [(b.kind, b.text) for b in article.blocks[1:]] == [
        ("blockquote", "Nested reply text about the harbour board vote on Monday."),
        ("blockquote", "Deeper still."),
    ]
    assert check_quickly(capsys, path)[0] == 0


def test_text_in_an_html_block_is_kept_and_scripts_are_not(tmp_path, capsys):
    path = tmp_path / "a.md"
    path.write_text(
        '# Harbour board\n\n<div class="note">\nThe board voted 7-2 on <b>Monday</b>.\n</div>\n\n'
        "<script>alert('x')</script>\n\n<table><tr><td>Dredging: $4.2 million</td></tr></table>\n",
        encoding="utf-8",
    )
    article = load_brief(path).articles[0]
    assert [(b.kind, b.text) for b in article.blocks[1:]] == [
        ("paragraph", "The board voted 7-2 on Monday."),
        ("paragraph", "Dredging: $4.2 million"),
    ]
    assert check_quickly(capsys, path)[0] == 0


# --- writing ----------------------------------------------------------------------------


@pytest.mark.parametrize("unbuffered", ["", "1"], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("command", [["export"], ["analyze", "--json"], ["analyze", "--jsonl"]])
def test_a_full_disk_on_stdout_is_one_line_and_exit_1(command, unbuffered):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "tui", *command, str(SEED)],
            stdout=full,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": unbuffered},
            text=True,
        )
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["newsbrief: cannot write the output: No space left on device"]


def test_export_errors_name_the_target_not_the_temporary_file(tmp_path, capsys, monkeypatch):
    target = tmp_path / "brief.md"
    target.write_text("old\n", encoding="utf-8")

    def busy(src, dst):
        raise OSError(errno.EBUSY, "Device or resource busy", str(src), str(dst))

    monkeypatch.setattr(output_files.os, "replace", busy)
    rc, _, err = run(capsys, "export", str(SEED), "-o", str(target), "--force")
    assert rc == 1
    assert one_error_line(err) == f"newsbrief: {target}: Device or resource busy"
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]  # no temporary file left


def test_force_onto_a_symlink_writes_the_file_it_points_to(tmp_path, capsys):
    real = tmp_path / "exports" / "real.md"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    rc, _, err = run(capsys, "export", str(SEED), "-o", str(link))
    assert rc == 1 and "already exists" in err
    assert run(capsys, "export", str(SEED), "-o", str(link), "--force")[0] == 0
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text(encoding="utf-8").startswith("# ICE leadership shake-up")
