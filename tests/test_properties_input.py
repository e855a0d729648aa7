"""For any brief.yaml (generated YAML, aliases and alias bombs included) and any tag
soup posing as a saved page: loading and `check` give data or one-line problems,
never a traceback, never a hang (each case under a second: Hypothesis's deadline),
and every span of what loads lies inside its article's text."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import check_article

from tui.brief.check import check_brief
from tui.brief.errors import BriefError
from tui.brief.html_import import html_to_markdown
from tui.brief.load import load_brief

SETTINGS = settings(
    max_examples=40,
    deadline=1000,  # milliseconds: a case that takes longer is a hang in the making
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
ARTICLE = "# Harbour board meets\n\nThe harbour board met on Monday, said Wendell Osgood, its chair.\n"


@pytest.fixture(scope="module", autouse=True)
def warm():
    """Imports and first-use caches outside the timed cases."""
    html_to_markdown("<html><body><article><h1>Warm</h1><p>Up the parser, once.</p></article></body></html>")
    with tempfile.TemporaryDirectory() as folder:
        _brief(Path(folder), "sources: [sources/a.md]\n")
        check_brief([Path(folder)])


# --- YAML ----------------------------------------------------------------------------

SCALARS = st.sampled_from(
    ["Harbour", "'quoted'", '"double"', "2031-04-12", "12", "null", "~", "yes", "[a, b]", "{x: 1}",
     "!!python/object:os.system", "!custom x", "|", ">", "\x07", "é", "- x", "a: b", "*", "&", ""]
)  # fmt: skip


@st.composite
def alias_chain(draw) -> list[str]:
    """Anchors that alias the ones before, with random fan-out: small ones load, bombs
    (fan-out ** depth past the limit) must be refused, quickly."""
    depth = draw(st.integers(1, 9))
    fan = draw(st.integers(1, 12))
    rows = [f"a0: &a0 [{', '.join(['lol'] * fan)}]"]
    rows += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * fan)}]" for i in range(1, depth)]
    return rows


@st.composite
def brief_yaml(draw) -> str:
    rows = draw(alias_chain()) if draw(st.booleans()) else []
    alias = rows[-1].split(":")[0] if rows else None
    if draw(st.booleans()):
        rows.append(f"title: {draw(SCALARS)}" if not alias or draw(st.booleans()) else f"title: *{alias}")
    entries = draw(st.lists(st.sampled_from(["sources/a.md", "{file: sources/a.md, id: x}", "sources/b.md",
                                             "../outside.md", "{id: y}", "42", f"*{alias}" if alias else "[]"]),
                            max_size=4))  # fmt: skip
    if entries or draw(st.booleans()):
        rows.append(f"sources: [{', '.join(entries)}]")
    for key in draw(
        st.lists(st.sampled_from(["notes", "ignore", "people", "summary", "colour"]), max_size=3)
    ):
        value = f"*{alias}" if alias and draw(st.booleans()) else draw(SCALARS)
        rows.append(f"{key}: {value}")
    if draw(st.booleans()):  # shuffle lines: most orders are still YAML, some are not
        rows = draw(st.permutations(rows))
    junk = draw(st.sampled_from(["", "\n  bad: indent", "\n- stray", "\n: nothing", "\n\t tab"]))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return newline.join(rows) + junk + newline


def _brief(folder: Path, spec: str) -> Path:
    (folder / "sources").mkdir(exist_ok=True)
    (folder / "sources" / "a.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "brief.yaml").write_bytes(spec.encode("utf-8", "surrogatepass"))
    return folder


@SETTINGS
@given(brief_yaml())
def test_any_brief_yaml_loads_or_gives_one_line_and_check_finishes(spec):
    with tempfile.TemporaryDirectory() as tmp:
        folder = _brief(Path(tmp), spec)
        problems = check_brief([folder])
        assert all("\n" not in str(p) for p in problems)
        try:
            brief = load_brief(folder)
        except BriefError as exc:
            assert "\n" not in str(exc)
            assert any(p.error for p in problems), "check says ok where loading fails"
            return
        assert not any(p.error for p in problems), "check finds an error where loading succeeds"
        for article in brief.articles:
            check_article(article)


# --- HTML tag soup ------------------------------------------------------------------------

TAGS = [
    "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<h1>", "</h1>", "<h2>", "<figure>",
    "</figure>", "<figcaption>", "</figcaption>", "<img src='data:image/png;base64,iVBORw0KGgo='>",
    "<img src=x.jpg alt='Cranes at the quay'>", "<script>alert(1)</script>", "<style>p{}</style>",
    "<table><tr><td>", "</td></tr></table>", "<br>", "<b>", "</b>", "<i>", "<a href='javascript:x'>",
    "</a>", "<span hidden>", "</span>", "<!-- c -->", "<![CDATA[ x ]]>", "&amp;", "&nbsp;", "&#0;",
    "<blockquote>", "</blockquote>", "<ul><li>", "</li></ul>", "<meta property='og:title' content='OG'>",
    "<title>", "</title>", "<", ">", "</", "<p class='caption'>", "<time datetime='2031-04-12'>",
]  # fmt: skip
WORDS = ["The harbour board met on Monday,", "said Wendell Osgood.", "“It will cost $4.2 million,” he said.",
         "3,000 containers a day", "Port Calder", "\u202e", "\x1b[31m", "[bold]x[/]"]  # fmt: skip


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(TAGS), st.sampled_from(WORDS), st.text(max_size=20)), max_size=60))
def test_any_tag_soup_gives_markdown_or_one_line(pieces):
    html = "".join(pieces)
    try:
        meta, markdown = html_to_markdown(html)
    except BriefError as exc:
        assert "\n" not in str(exc)
        return
    assert markdown.startswith("# ") and "\n" not in meta["headline"]
    # (a script's words can be text: in "</<script>", "</<script>" is a bogus comment to
    # HTML, so a browser shows what follows too)
    assert "\x1b" not in markdown and "\x00" not in markdown
    from tui.brief.articles import parse_markdown

    check_article(parse_markdown("x", markdown))
