"""`newsbrief serve` in headless Chromium: the page draws from this machine alone,
`n` selects the first discrepancy, `e` is a download in the browser, `o` opens a
tab in the browser. The bundled brief, copied with a URL per source (it has none,
and `o` needs one)."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import served  # noqa: E402

pytestmark = pytest.mark.skipif(served.missing() is not None, reason=str(served.missing()))

URLS = {
    "crackdown-stuns": "https://news.example/2025/crackdown-stuns",
    "trump-boots-ice": "https://news.example/2025/trump-boots-ice",
}


@pytest.fixture(scope="module")
def brief_with_urls(tmp_path_factory) -> Path:
    from tui.brief.bundled import default_brief_path

    folder = tmp_path_factory.mktemp("served") / "brief"
    shutil.copytree(default_brief_path(), folder)
    yaml = folder / "brief.yaml"
    text = yaml.read_text(encoding="utf-8")
    for source, url in URLS.items():
        line = f"    file: sources/{source}.md\n"
        assert line in text
        text = text.replace(line, f"{line}    url: {url}\n")
    yaml.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def analysis(brief_with_urls):
    from tui.analysis import analyze
    from tui.brief.load import load_brief

    return analyze(load_brief([brief_with_urls]))


@pytest.fixture(scope="module")
def server(brief_with_urls):
    with served.serving([brief_with_urls], served.free_port()) as (url, first_line):
        yield url, first_line


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = served.launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def session(browser, server):
    """A new page, so a new app process; requests leaving 127.0.0.1 are answered
    here (and recorded) instead of going out."""
    outside: list[str] = []
    context, page, text = served.open_page(browser, server[0])

    def stub(route):
        outside.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<p>opened</p>")

    context.route(re.compile(r"^(?!http://127\.0\.0\.1[:/])"), stub)
    yield page, text, outside
    context.close()


def test_serve_says_where_and_that_it_is_local(server):
    url, first_line = server
    assert first_line.startswith("newsbrief: serving “ICE leadership shake-up over deportation pace” at ")
    assert url.rstrip("/") in first_line
    assert "only this machine can connect" in first_line


def test_the_page_draws_with_nothing_from_outside(browser, server, analysis):
    requests: list[str] = []
    context = browser.new_context()
    context.on("request", lambda r: requests.append(r.url))
    page = context.new_page()
    text = served.TerminalText(page)
    page.goto(server[0])
    page.wait_for_selector("body.-first-byte", timeout=30000)
    assert text.wait_for(page, "Nothing selected")
    # An article column: the terminal is painted in runs of changed cells, so the
    # headline's words are looked for one run at a time, each given time to arrive.
    assert text.wait_for(page, "Trump-Backed Crackdown") and text.wait_for(page, "Sanctuary Cities")
    # The columns come first; the lists (and their counts) when the analysis is done.
    assert text.wait_for(page, f"Discrepancies {len(analysis.discrepancies)}")
    drawn = text.since()
    assert analysis.brief.title in drawn
    assert f"Discrepancies {len(analysis.discrepancies)}" in drawn
    assert requests and all(r.startswith(server[0]) for r in requests), requests
    assert any(r.endswith("/static/fonts/RobotoMono-VariableFont_wght.ttf") for r in requests)
    context.close()


def test_n_selects_the_first_discrepancy(session, analysis):
    from tui.app.rows import all_rows
    from tui.app.view_model import DISCREPANCIES

    page, text, _ = session
    first = all_rows(analysis)[DISCREPANCIES][0]
    mark = text.mark()
    page.keyboard.press("n")
    # The detail pane: the row's severity line, then its summary (both only once selected).
    assert text.wait_for(page, f"{first.severity} · {first.kind}", mark)
    assert first.summary[:30] in text.since(mark)


def test_e_is_a_download_of_the_markdown(session, analysis):
    from tui.app.view_model import export_name
    from tui.output.markdown import render_markdown

    page, text, _ = session
    mark = text.mark()
    page.keyboard.press("e")
    assert text.wait_for(page, "your browser downloads it", mark)
    with page.expect_download(timeout=20000) as info:
        page.keyboard.press("Enter")
    download = info.value
    assert download.suggested_filename == export_name(analysis.brief)
    body = Path(download.path()).read_text(encoding="utf-8")
    assert body == render_markdown(analysis)
    headings = [t.content for t in MarkdownIt().parse(body) if t.type == "inline"]
    assert headings[0] == analysis.brief.title


def test_o_asks_the_browser_for_a_tab(session):
    page, text, outside = session
    with page.context.expect_page(timeout=20000) as info:
        page.keyboard.press("o")
    tab = info.value
    tab.wait_for_load_state()
    assert tab.url == URLS["crackdown-stuns"]
    assert outside == [URLS["crackdown-stuns"]]
    assert text.wait_for(page, f"Opening {URLS['crackdown-stuns']}")  # the toast
