"""Markdown export: golden file, structure parsed back, escaping, and `export -o`.

The fixture is a hand-built Analysis of an invented story (three sources, one
hostile), so these tests do not depend on how good the extractors are."""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from tui.analysis.model import (
    AGREES,
    DIFFERS,
    SILENT,
    Agreement,
    Analysis,
    ArticleFacts,
    Claim,
    Discrepancy,
    Figure,
    FigureGroup,
    Person,
    Quote,
    Span,
    Takeaway,
)
from tui.brief.articles import parse_markdown
from tui.brief.model import Article, Brief
from tui.cli import main
from tui.output import files
from tui.output.markdown import escape_heading, escape_inline, render_markdown, safe_url

GOLDEN = Path(__file__).parent / "golden" / "fixture.md"

HARBOR = """\
# Marlow Council Approves $4.2 Million Harbor Dredging Plan

The Marlow city council voted 7-2 on Tuesday to fund a $4.2 million plan to dredge the silted east channel.

## Key takeaways

- The council approved $4.2 million to dredge the east channel
- Mayor Elena Varga called the vote overdue
- About 1,200 ships use the port every year

Mayor Elena Varga said the channel had lost nearly 3 metres of depth since 2024. "We cannot let the channel silt up while the shipping season starts," Varga said.

Council member Tomas Reiner, who voted against the plan, said the cost would fall on residents. "This is a bill the harbor should pay, not the taxpayers," Reiner said.

Priya Okafor, the port's harbor master, said about 1,200 ships use the port every year.
"""

LEDGER = """\
# Marlow Spends Big on Harbor \\| Council Splits

Marlow's council approved a $4.8 million plan to dredge the harbor's east channel, in a 7-2 vote.

Deputy Mayor Tomas Reiner opposed the measure. "The harbor makes money; let it pay," he said.

Mayor Elena Varga defended the cost. "Every week we wait costs the port business," Varga said.

Harbor master P. Okafor said 1,200 ships call at the port each year.
"""

# Hostile: markdown and HTML that must come out of the export as literal text.
WIRE = """\
# Wire notes: harbor vote \\<script\\>alert(1)\\</script\\> \\| 7-2

Union steward Sam Ortiz, of the \\*Dockworkers\\* \\| Local 12, said: "\\# We were never asked \\[again\\](http://evil.example) \\<b\\>bold\\</b\\>."

\\- 12% of the budget goes to the dredging contractor, a spokesperson said.
"""


def _span(article: Article, text: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(text, start + 1)
    return Span(start, start + len(text))


def _quote(article: Article, speaker: str | None, text: str) -> Quote:
    s = _span(article, text)
    return Quote(article.id, speaker, text, s.start, s.end, speaker_kind="person" if speaker else None)


def _figure(article: Article, text: str, value: float, counts, per=None, qualifier=None, unit=None) -> Figure:
    s = _span(article, text)
    sentence = next(
        b.text for b in article.blocks if b.start <= s.start and s.end <= b.end
    )  # the block is one sentence or close enough for a fixture
    return Figure(article.id, value, text, s.start, s.end, sentence, counts, per, qualifier, unit)


def fixture_analysis() -> Analysis:
    hg = parse_markdown("harbor-gazette", HARBOR)
    hg.outlet, hg.url, hg.published = (
        "Harbor Gazette",
        "https://harbor-gazette.example/2031/04/12/dredging-vote",
        "2031-04-12",
    )
    vl = parse_markdown("valley-ledger", LEDGER)
    vl.outlet, vl.url, vl.published = (
        "Valley Ledger",
        "https://valley-ledger.example/news/harbor?id=7&ref=a|b",
        "2031-04-13",
    )
    wn = parse_markdown("wire-notes", WIRE)
    wn.url = "javascript:alert(1)"
    brief = Brief(
        title="Marlow harbor dredging vote",
        articles=[hg, vl, wn],
        summary="Three sources cover the Marlow council's vote to dredge the harbor's east channel.\n"
        "They agree on the 7-2 vote and disagree on the cost.",
        notes=[
            "Valley Ledger's $4.8 million may include the contractor's fee: check the council minutes.",
            "# not a heading | nor a cell",
        ],
    )
    varga = Person(
        "Elena Varga",
        roles={"harbor-gazette": ["mayor"], "valley-ledger": ["mayor"]},
        mentions={"harbor-gazette": 3, "valley-ledger": 2},
        spans={"harbor-gazette": [_span(hg, "Elena Varga", 0)], "valley-ledger": [_span(vl, "Elena Varga")]},
        status={"harbor-gazette": AGREES, "valley-ledger": AGREES, "wire-notes": SILENT},
    )
    reiner = Person(
        "Tomas Reiner",
        roles={"harbor-gazette": ["council member"], "valley-ledger": ["deputy mayor"]},
        mentions={"harbor-gazette": 2, "valley-ledger": 1},
        status={"harbor-gazette": DIFFERS, "valley-ledger": DIFFERS, "wire-notes": SILENT},
    )
    okafor = Person(
        "Priya Okafor",
        aliases=["P. Okafor"],
        roles={"harbor-gazette": ["the port's harbor master"], "valley-ledger": ["harbor master"]},
        mentions={"harbor-gazette": 1, "valley-ledger": 1},
    )
    ortiz = Person(
        "Sam Ortiz",
        roles={"wire-notes": ["union steward, of the *Dockworkers* | Local 12"]},
        mentions={"wire-notes": 1},
    )
    quotes = [
        _quote(hg, "Elena Varga", "We cannot let the channel silt up while the shipping season starts,"),
        _quote(hg, "Tomas Reiner", "This is a bill the harbor should pay, not the taxpayers,"),
        _quote(vl, "Tomas Reiner", "The harbor makes money; let it pay,"),
        _quote(vl, "Elena Varga", "Every week we wait costs the port business,"),
        _quote(wn, "Sam Ortiz", "# We were never asked [again](http://evil.example) <b>bold</b>."),
        _quote(wn, None, "- 12% of the budget"),
    ]
    cost_hg = _figure(hg, "$4.2 million", 4_200_000, "dredging plan", unit="$")
    cost_hg2 = _figure(hg, "$4.2 million", 4_200_000, "dredging plan", unit="$")
    cost_vl = _figure(vl, "$4.8 million", 4_800_000, "dredging plan", unit="$")
    ships_hg = _figure(hg, "about 1,200", 1200, "ships", "year", "about")
    ships_vl = _figure(vl, "1,200", 1200, "ships", "year")
    depth = _figure(hg, "nearly 3", 3, "metres of depth", qualifier="nearly")
    share = _figure(wn, "12%", 12, "budget | contractor", unit="%")
    figures = [cost_hg, cost_hg2, ships_hg, depth, cost_vl, ships_vl, share]
    groups = [
        FigureGroup("dredging plan", "dredging plan", None, [cost_hg, cost_hg2, cost_vl]),
        FigureGroup("ships per year", "ships", "year", [ships_hg, ships_vl]),
        FigureGroup("metres of depth", "metres of depth", None, [depth]),
        FigureGroup("budget | contractor", "budget | contractor", None, [share]),
    ]
    takeaways = [
        Takeaway(None, "The council voted 7-2 to dredge the east channel; the cost differs by source."),
        *(Takeaway("harbor-gazette", b.text, b.start, b.end) for b in hg.blocks if b.takeaway),
        Takeaway("valley-ledger", vl.blocks[1].text, vl.blocks[1].start, vl.blocks[1].end),
        Takeaway("wire-notes", wn.blocks[1].text, wn.blocks[1].start, wn.blocks[1].end),
    ]
    discrepancies = [
        Discrepancy(
            "omission",
            "low",
            "Sam Ortiz",
            "Sam Ortiz is named in one source only.",
            {
                "harbor-gazette": Claim("", silent=True),
                "valley-ledger": Claim("", silent=True),
                "wire-notes": Claim("Union steward Sam Ortiz", [_span(wn, "Sam Ortiz")]),
            },
        ),
        Discrepancy(
            "figure",
            "high",
            "dredging plan cost",
            "The plan costs $4.2 million in one source and $4.8 million in another.",
            {
                "harbor-gazette": Claim("$4.2 million", [_span(hg, "$4.2 million")]),
                "valley-ledger": Claim("$4.8 million", [_span(vl, "$4.8 million")]),
                "wire-notes": Claim("not mentioned", silent=True),
            },
        ),
        Discrepancy(
            "role",
            "medium",
            "Tomas Reiner",
            "Tomas Reiner's title differs.",
            {
                "harbor-gazette": Claim("council member", [_span(hg, "Council member")]),
                "valley-ledger": Claim("deputy mayor", [_span(vl, "Deputy Mayor")]),
            },
        ),
        Discrepancy(
            "name",
            "low",
            "Priya Okafor",
            "Named Priya Okafor in one source, P. Okafor in another.",
            {
                "harbor-gazette": Claim("Priya Okafor", [_span(hg, "Priya Okafor")]),
                "valley-ledger": Claim("P. Okafor", [_span(vl, "P. Okafor")]),
            },
        ),
        Discrepancy(
            "headline",
            "medium",
            "Council Splits",
            "The headline says the council split; the body reports a 7-2 vote.",
            {"valley-ledger": Claim("Marlow Spends Big on Harbor | Council Splits", [Span(0, 44)])},
        ),
    ]
    agreements = [
        Agreement(
            "figure",
            "ships per year",
            "Both give about 1,200 ships a year.",
            ["harbor-gazette", "valley-ledger"],
            {"harbor-gazette": Claim("about 1,200"), "valley-ledger": Claim("1,200")},
        ),
        Agreement("figure", "council vote", "Both report a 7-2 vote.", ["harbor-gazette", "valley-ledger"]),
    ]
    facts = {a.id: ArticleFacts(a.id) for a in brief.articles}
    return Analysis(
        brief=brief,
        facts=facts,
        people=[ortiz, okafor, varga, reiner],  # not in mention order: the renderers sort
        quotes=quotes,
        figures=figures,
        figure_groups=groups,
        takeaways=takeaways,
        discrepancies=discrepancies,
        agreements=agreements,
    )


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


# --- golden ------------------------------------------------------------------


def test_fixture_export_matches_golden_file():
    text = render_markdown(fixture_analysis())
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


# --- structure, parsed back ----------------------------------------------------


def _inline_text(token) -> str:
    """Rendered plain text of an inline token: what a reader sees."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "html_inline":
            out.append("<HTML>" + child.content)
    return "".join(out)


def _tables(tokens) -> list[list[list[str]]]:
    """Every table as rows of cell texts, the header row first."""
    tables, rows, row = [], None, None
    for i, tok in enumerate(tokens):
        if tok.type == "table_open":
            rows = []
        elif tok.type == "tr_open":
            row = []
        elif tok.type in ("th_open", "td_open"):
            row.append(_inline_text(tokens[i + 1]))
        elif tok.type == "tr_close":
            rows.append(row)
        elif tok.type == "table_close":
            tables.append(rows)
    return tables


def _headings(tokens) -> list[tuple[str, str]]:
    return [
        (tok.tag, _inline_text(tokens[i + 1])) for i, tok in enumerate(tokens) if tok.type == "heading_open"
    ]


def test_export_parses_back_into_headings_in_order():
    tokens = _md().parse(render_markdown(fixture_analysis()))
    assert _headings(tokens) == [
        ("h1", "Marlow harbor dredging vote"),
        ("h2", "Sources"),
        ("h2", "Key takeaways"),
        ("h3", "Across sources"),
        ("h3", "Harbor Gazette (harbor-gazette)"),
        ("h3", "Valley Ledger (valley-ledger)"),
        ("h3", "[wire-notes]"),
        ("h2", "People"),
        ("h2", "Quotes"),
        ("h3", "Elena Varga"),
        ("h3", "Tomas Reiner"),
        ("h3", "Sam Ortiz"),
        ("h3", "Unattributed"),
        ("h2", "Figures"),
        ("h2", "Discrepancies"),
        ("h3", "High severity"),
        ("h3", "Medium severity"),
        ("h3", "Low severity"),
        ("h2", "Agreements"),
        ("h2", "Editor notes"),
    ]


def test_export_tables_have_expected_headers_and_cells():
    tokens = _md().parse(render_markdown(fixture_analysis()))
    sources, people, figures = _tables(tokens)
    assert sources == [
        ["Source", "Outlet", "Headline", "Published", "URL", "Words"],
        [
            "harbor-gazette",
            "Harbor Gazette",
            "Marlow Council Approves $4.2 Million Harbor Dredging Plan",
            "2031-04-12",
            "https://harbor-gazette.example/2031/04/12/dredging-vote",
            "128",
        ],
        [
            "valley-ledger",
            "Valley Ledger",
            "Marlow Spends Big on Harbor | Council Splits",
            "2031-04-13",
            "https://valley-ledger.example/news/harbor?id=7&ref=a|b",  # the href is encoded
            "70",
        ],
        [
            "[wire-notes]",
            "—",
            "Wire notes: harbor vote <script>alert(1)</script> | 7-2",
            "—",
            "javascript:alert(1)",
            "38",
        ],
    ]
    assert people == [
        ["Person", "harbor-gazette", "valley-ledger", "[wire-notes]"],
        ["Elena Varga", "mayor", "mayor", "—"],
        ["Tomas Reiner", "council member", "deputy mayor", "—"],
        ["Priya Okafor (also: P. Okafor)", "the port's harbor master", "harbor master", "—"],
        ["Sam Ortiz", "—", "—", "union steward, of the *Dockworkers* | Local 12"],
    ]
    assert figures == [
        ["What is counted", "Per", "harbor-gazette", "valley-ledger", "[wire-notes]"],
        ["dredging plan", "—", "$4.2 million", "$4.8 million", "—"],
        ["ships", "year", "about 1,200", "1,200", "—"],
        ["metres of depth", "—", "nearly 3", "—", "—"],
        ["budget | contractor", "—", "—", "—", "12%"],
    ]


def test_export_quotes_are_blockquotes_citing_their_source():
    tokens = _md().parse(render_markdown(fixture_analysis()))
    quotes = []
    depth = 0
    for tok in tokens:
        depth += tok.nesting if tok.type.startswith("blockquote") else 0
        if tok.type == "inline" and depth > 0:
            quotes.append(_inline_text(tok))
    assert quotes == [
        "“We cannot let the channel silt up while the shipping season starts,” — Elena Varga (harbor-gazette)",
        "“Every week we wait costs the port business,” — Elena Varga (valley-ledger)",
        "“This is a bill the harbor should pay, not the taxpayers,” — Tomas Reiner (harbor-gazette)",
        "“The harbor makes money; let it pay,” — Tomas Reiner (valley-ledger)",
        "“# We were never asked [again](http://evil.example) <b>bold</b>.” — Sam Ortiz ([wire-notes])",
        "“- 12% of the budget” ([wire-notes])",
    ]


def test_export_citations_link_to_source_urls_and_never_to_unsafe_ones():
    html = _md().render(render_markdown(fixture_analysis()))
    assert '<a href="https://harbor-gazette.example/2031/04/12/dredging-vote" title="Harbor Gazette">' in html
    assert (
        '<a href="https://valley-ledger.example/news/harbor?id=7&amp;ref=a%7Cb" title="Valley Ledger">'
        in html
    )
    assert "javascript:" not in re.sub(r"<td>javascript:alert\(1\)</td>", "", html)
    assert "<script>" not in html and "<b>" not in html
    assert "evil.example" not in re.findall(r'href="([^"]*)"', html)[0]
    assert all("evil" not in href for href in re.findall(r'href="([^"]*)"', html))


def test_export_discrepancies_list_each_sources_claim_by_severity():
    text = render_markdown(fixture_analysis())
    section = text.split("## Discrepancies\n", 1)[1].split("## Agreements", 1)[0]
    assert section == (
        "\n### High severity\n\n"
        "- **Figure: dredging plan cost** — The plan costs $4.2 million in one source and $4.8 million in another.\n"
        "  - **Harbor Gazette** ([harbor-gazette]): $4.2 million (¶1)\n"
        "  - **Valley Ledger** ([valley-ledger]): $4.8 million (¶1)\n"
        "  - **[wire-notes]**: *silent* (not mentioned)\n\n"
        "### Medium severity\n\n"
        "- **Role: Tomas Reiner** — Tomas Reiner's title differs.\n"
        "  - **Harbor Gazette** ([harbor-gazette]): council member (¶7)\n"
        "  - **Valley Ledger** ([valley-ledger]): deputy mayor (¶2)\n"
        "- **Headline: Council Splits** — The headline says the council split; the body reports a 7-2 vote.\n"
        "  - **Valley Ledger** ([valley-ledger]): Marlow Spends Big on Harbor \\| Council Splits (headline)\n\n"
        "### Low severity\n\n"
        "- **Omission: Sam Ortiz** — Sam Ortiz is named in one source only.\n"
        "  - **Harbor Gazette** ([harbor-gazette]): *silent*\n"
        "  - **Valley Ledger** ([valley-ledger]): *silent*\n"
        "  - **[wire-notes]**: Union steward Sam Ortiz (¶1)\n"
        "- **Name: Priya Okafor** — Named Priya Okafor in one source, P. Okafor in another.\n"
        "  - **Harbor Gazette** ([harbor-gazette]): Priya Okafor (¶8)\n"
        "  - **Valley Ledger** ([valley-ledger]): P. Okafor (¶4)\n\n"
    )


def test_export_cites_the_paragraph_each_claim_stands_in():
    """ "(¶N)" is the Nth body paragraph below the headline, as a reader counts them:
    the cited paragraph holds the claim's words."""
    analysis = fixture_analysis()
    articles = {a.id: a for a in analysis.brief.articles}
    text = render_markdown(analysis)
    line = next(ln for ln in text.splitlines() if "deputy mayor (¶" in ln)
    n = int(re.search(r"\(¶(\d+)\)", line).group(1))
    body = articles["valley-ledger"].body_blocks()
    assert "deputy mayor" in articles["valley-ledger"].text[body[n - 1].start : body[n - 1].end].lower()
    assert "deputy mayor" not in articles["valley-ledger"].text[body[n - 2].start : body[n - 2].end].lower()


def test_export_of_an_empty_analysis_keeps_every_section():
    brief = Brief(title="", articles=[parse_markdown("only", "# Just a headline\n\nOne line of text.")])
    text = render_markdown(Analysis(brief=brief, facts={}))
    tokens = _md().parse(text)
    assert [h for _, h in _headings(tokens)] == [
        "News brief",
        "Sources",
        "Key takeaways",
        "People",
        "Quotes",
        "Figures",
        "Discrepancies",
        "Agreements",
    ]
    assert "No discrepancies found." in text and "No people found." in text


# --- escaping ----------------------------------------------------------------

HOSTILE = [
    "# Not a heading",
    "## also not",
    "> not a quote",
    "- not a list item",
    "+ nor this",
    "* nor this",
    "1. not an ordered list",
    "2024) nor this",
    "---",
    "===",
    "a | b | c",
    "`code` and ```fences```",
    "~~~",
    "[a link](http://evil.example)",
    "![an image](http://evil.example/x.png)",
    "[ref]: http://evil.example",
    "<script>alert(1)</script>",
    "<b>bold</b> & <i>it</i>",
    "<http://autolink.example>",
    "AT&T &amp; &#x41; &copy;",
    "*stars* and _underscores_ and **strong**",
    "back\\slash at the end\\",
    "line one\nline two\n\nparagraph two",
    "    indented code",
    "trailing spaces  ",
    "[bold red]rich markup[/]",
    "\x1b[31mred\x1b[0m",
]


def _rendered_paragraph(markdown: str) -> str:
    tokens = _md().parse(markdown)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], markdown
    return _inline_text(tokens[1])


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", text).split())


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_inline_renders_as_the_literal_text(text):
    assert _rendered_paragraph(escape_inline(text)) == _plain(text)


@pytest.mark.parametrize("text", [*HOSTILE, "Breaking #", "Vote ## ", "C# and F#", "#"])
def test_escape_heading_keeps_the_whole_text_in_the_heading(text):
    for level in ("#", "###"):
        tokens = _md().parse(f"{level} {escape_heading(text)}\n")
        assert [t.type for t in tokens] == ["heading_open", "inline", "heading_close"]
        assert _inline_text(tokens[1]) == _plain(text)


def test_escape_inline_examples():
    assert escape_inline("# Breaking | news") == "\\# Breaking \\| news"
    assert escape_inline("1999. A year") == "1999\\. A year"
    assert escape_inline("- x", line_start=False) == "- x"
    assert escape_inline("<script>") == "\\<script>"
    assert escape_inline("[x](y)") == "\\[x\\](y)"
    assert escape_inline("&amp;") == "\\&amp;"
    assert escape_inline("a\n\nb") == "a b"
    assert escape_inline(None) == ""
    assert escape_heading("Breaking #") == "Breaking \\#"
    assert escape_heading("C# and F#") == "C# and F#"


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_stays_in_its_table_cell_list_item_and_quote(text):
    cell = escape_inline(text) or "—"
    tokens = _md().parse(f"| a | b |\n| --- | --- |\n| {cell} | z |\n")
    assert _tables(tokens) == [[["a", "b"], [_plain(text) or "—", "z"]]]
    tokens = _md().parse(f"- {escape_inline(text)}\n- z\n")
    items = [_inline_text(t) for t in tokens if t.type == "inline"]
    assert items == [_plain(text), "z"]
    tokens = _md().parse(f"> “{escape_inline(text, line_start=False)}” ([s])\n")
    assert [t.type for t in tokens][:2] == ["blockquote_open", "paragraph_open"]
    assert [_inline_text(t) for t in tokens if t.type == "inline"] == [f"“{_plain(text)}” ([s])"]


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_escape_inline_round_trips_any_text(text):
    escaped = escape_inline(text)
    expected = _plain(text)
    if not expected:
        assert escaped == ""
        return
    assert _rendered_paragraph(escaped) == expected


def test_safe_url_links_only_http_and_encodes_structure():
    assert safe_url("https://a.example/x y|z<>") == "https://a.example/x%20y%7Cz%3C%3E"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("ftp://a.example/") is None
    assert safe_url("https://") is None
    assert safe_url(None) is None


# --- files and `export -o` ----------------------------------------------------

ARTICLE_A = """\
# Riverton Opens New Bridge

Riverton opened its new bridge on Monday. Transport director Mina Kowal said 9,000 cars a day would cross it.
"""
ARTICLE_B = """\
# Bridge Opens in Riverton

The city opened the bridge Monday. "It will carry 12,000 cars a day," said Mina Kowal, the city's transport director.
"""


@pytest.fixture
def brief_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "brief"
    folder.mkdir()
    (folder / "a.md").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "brief.yaml").write_text(
        "title: Riverton bridge opening\n"
        "sources:\n"
        "  - {id: a, file: a.md, outlet: Riverton Post, url: 'https://riverton-post.example/bridge'}\n"
        "  - {id: b, file: b.md}\n",
        encoding="utf-8",
    )
    return folder


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_export_to_stdout(brief_dir, capsys):
    assert main(["export", str(brief_dir)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Riverton bridge opening\n")
    assert (
        "| [a] | Riverton Post | Riverton Opens New Bridge | — | <https://riverton-post.example/bridge> | 23 |\n"
        "| [b] | — | Bridge Opens in Riverton | — | — | 24 |\n"
    ) in out
    assert out.endswith('\n[a]: <https://riverton-post.example/bridge> "Riverton Post"\n')


def test_export_o_writes_the_file(brief_dir, tmp_path, capsys):
    out = tmp_path / "roundup.md"
    assert main(["export", str(brief_dir), "-o", str(out)]) == 0
    assert capsys.readouterr().err == f"wrote {out}\n"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Riverton bridge opening\n")
    assert "## Sources" in text and "## Discrepancies" in text
    assert _leftovers(tmp_path) == []


def test_export_o_refuses_to_overwrite(brief_dir, tmp_path, capsys):
    out = tmp_path / "roundup.md"
    out.write_text("my own notes\n", encoding="utf-8")
    assert main(["export", str(brief_dir), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"newsbrief: {out}: already exists (use --force to overwrite)\n"
    assert out.read_text(encoding="utf-8") == "my own notes\n"
    assert _leftovers(tmp_path) == []


def test_export_force_overwrites(brief_dir, tmp_path):
    out = tmp_path / "roundup.md"
    out.write_text("my own notes\n", encoding="utf-8")
    out.chmod(0o640)
    assert main(["export", str(brief_dir), "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Riverton bridge opening\n")
    assert out.stat().st_mode & 0o777 == 0o640
    assert _leftovers(tmp_path) == []


def test_export_into_a_missing_folder_is_one_line(brief_dir, tmp_path, capsys):
    out = tmp_path / "nope" / "roundup.md"
    assert main(["export", str(brief_dir), "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"newsbrief: {out}: folder {out.parent} does not exist\n"


class _FailingFile:
    """A file that takes half of what is written and then fails, like a full disk."""

    def __init__(self, fh):
        self.fh = fh

    def write(self, data):
        self.fh.write(data[: len(data) // 2])
        self.fh.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.fh.close()

    def __getattr__(self, name):
        return getattr(self.fh, name)


def test_export_failing_mid_write_leaves_the_original_intact(brief_dir, tmp_path, monkeypatch, capsys):
    out = tmp_path / "roundup.md"
    out.write_text("my own notes\n", encoding="utf-8")
    real_fdopen = os.fdopen
    monkeypatch.setattr(files.os, "fdopen", lambda *a, **k: _FailingFile(real_fdopen(*a, **k)))
    assert main(["export", str(brief_dir), "-o", str(out), "--force"]) == 1
    assert capsys.readouterr().err == f"newsbrief: {out}: No space left on device\n"
    assert out.read_text(encoding="utf-8") == "my own notes\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief", "roundup.md"]


def test_write_atomically_failing_rename_leaves_nothing_behind(tmp_path, monkeypatch):
    out = tmp_path / "x.md"
    out.write_text("old\n", encoding="utf-8")

    def fail(*args):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(OSError) as info:
        files.write_atomically(out, "new\n", overwrite=True)
    assert info.value.filename == str(out)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.md"]


def test_write_atomically_new_file_and_refusals(tmp_path):
    out = tmp_path / "new.md"
    files.write_atomically(out, "héllo\n")
    assert out.read_bytes() == "héllo\n".encode()
    with pytest.raises(FileExistsError) as info:
        files.write_atomically(out, "again\n")
    assert (info.value.errno, info.value.filename) == (errno.EEXIST, str(out))
    with pytest.raises(IsADirectoryError):
        files.write_atomically(tmp_path, "x", overwrite=True)
    with pytest.raises(FileNotFoundError) as info:
        files.write_atomically(tmp_path / "missing" / "x.md", "x")
    assert info.value.filename == str(tmp_path / "missing" / "x.md")
    assert out.read_text(encoding="utf-8") == "héllo\n"
    assert _leftovers(tmp_path) == []


_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30).filter(
    lambda s: _plain(s) != ""
)


@settings(max_examples=60, derandomize=True, deadline=None)
@given(
    title=_TEXT,
    outlet=_TEXT,
    headline=_TEXT,
    name=_TEXT,
    role=_TEXT,
    said=_TEXT,
    counts=_TEXT,
    subject=_TEXT,
    claim=_TEXT,
    note=_TEXT,
)
def test_any_article_text_keeps_the_export_structure(
    title, outlet, headline, name, role, said, counts, subject, claim, note
):
    """Whatever the strings, the sections, tables and quotes come back as written."""
    a = parse_markdown("one", "# x\n\nText.")
    a.outlet, a.headline, a.url = outlet, headline, "https://one.example/a"
    b = parse_markdown("two", "# y\n\nText.")
    brief = Brief(title=title, articles=[a, b], notes=[note])
    f = Figure("one", 5, said, 0, 1, "", counts=counts)
    analysis = Analysis(
        brief=brief,
        facts={},
        people=[Person(name, roles={"one": [role]}, mentions={"one": 1})],
        quotes=[Quote("one", name, said, 0, 1)],
        figures=[f],
        figure_groups=[FigureGroup(counts, counts, None, [f])],
        discrepancies=[
            Discrepancy(
                "figure", "high", subject, claim, {"one": Claim(claim), "two": Claim("", silent=True)}
            )
        ],
    )
    tokens = _md().parse(render_markdown(analysis))
    assert [h for _, h in _headings(tokens)] == [
        _plain(title),
        "Sources",
        "Key takeaways",
        "People",
        "Quotes",
        _plain(name),
        "Figures",
        "Discrepancies",
        "High severity",
        "Agreements",
        "Editor notes",
    ]
    sources, people, figures = _tables(tokens)
    assert sources[1][:3] == ["one", _plain(outlet), _plain(headline)]
    assert people == [["Person", "one", "[two]"], [_plain(name), _plain(role), "—"]]
    assert figures == [["What is counted", "Per", "one", "[two]"], [_plain(counts), "—", _plain(said), "—"]]
    inline = [_inline_text(t) for t in tokens if t.type == "inline"]
    assert f"“{_plain(said)}” — {_plain(name)} (one)" in inline
    assert f"Figure: {_plain(subject)} — {_plain(claim)}" in inline
    assert _plain(note) in inline


SEED = Path(__file__).resolve().parents[1] / "content" / "ice-leadership-shakeup"


def test_seed_brief_export_parses_back_with_its_tables(capsys):
    assert main(["export", str(SEED)]) == 0
    text = capsys.readouterr().out
    tokens = _md().parse(text)
    headings = [h for tag, h in _headings(tokens) if tag in ("h1", "h2")]
    assert headings == [
        "ICE leadership shake-up over deportation pace",
        "Sources",
        "Key takeaways",
        "People",
        "Quotes",
        "Figures",
        "Discrepancies",
        "Agreements",
        "Only here",
    ]
    # What one source alone gives, per source, outside the discrepancies.
    h3 = [h for tag, h in _headings(tokens) if tag == "h3"]
    assert h3[-2:] == ["[crackdown-stuns]", "[trump-boots-ice]"]
    assert "- **Person: Kristi Noem** — Kristi Noem, DHS Secretary — “The shakeup comes" in text
    # Each source's verdict beside its claim.
    assert "- **[trump-boots-ice]** *(differs)*: Ken Genalo" in text
    sources, people, figures = _tables(tokens)
    assert sources[1:] == [
        ["[crackdown-stuns]", "—", "Trump-Backed Crackdown STUNS Sanctuary Cities", "—", "—", "738"],
        [
            "[trump-boots-ice]",
            "—",
            "Trump Boots ICE Bosses After Deportation Numbers Fall Short",
            "—",
            "—",
            "417",
        ],
    ]
    assert people[0] == ["Person", "[crackdown-stuns]", "[trump-boots-ice]"]
    assert ["Stephen Miller", "senior White House official", "White House deputy chief of staff"] in people
    assert ["Kristi Noem", "—", "DHS Secretary"] in people
    assert figures[0] == ["What is counted", "Per", "[crackdown-stuns]", "[trump-boots-ice]"]
    assert "### High severity" in text and "- **Figure: " in text


def test_citations_never_borrow_another_sources_link():
    a = parse_markdown("Alpha", "# A\n\nText.")
    a.url = "https://alpha.example/"
    b = parse_markdown("alpha", "# B\n\nText.")
    c = parse_markdown("ALPHA", "# C\n\nText.")
    c.url = "https://other.example/"
    quotes = [Quote(s, "Ann Example", "Hello", 0, 1) for s in ("Alpha", "alpha", "ALPHA")]
    text = render_markdown(Analysis(brief=Brief("t", [a, b, c]), facts={}, quotes=quotes))
    html = _md().render(text)
    assert re.findall(r"<blockquote>\n<p>(.*?)</p>", html) == [
        '“Hello” — Ann Example (<a href="https://alpha.example/">Alpha</a>)',
        "“Hello” — Ann Example ([alpha])",
        '“Hello” — Ann Example (<a href="https://other.example/">ALPHA</a>)',
    ]


def wide_analysis(n: int = 10) -> Analysis:
    """n sources: past a handful, one column per source stops being readable."""
    articles = []
    for i in range(n):
        a = parse_markdown(f"w{i:02d}", f"# Story {i}\n\nMayor Ines Quarrow said 40 buses a day would run.")
        a.url = f"https://w{i:02d}.example/story" if i % 2 == 0 else None
        articles.append(a)
    figures = [
        Figure(a.id, 40 if i < 7 else 45, "40" if i < 7 else "45", 0, 2, "", "buses", "day")
        for i, a in enumerate(articles)
    ]
    person = Person(
        "Ines Quarrow",
        roles={a.id: ["mayor" if i < 8 else "deputy mayor"] for i, a in enumerate(articles) if i != 9},
        mentions={a.id: 1 for a in articles},
    )
    claims = {a.id: Claim(f.text) for a, f in zip(articles, figures, strict=True)}
    claims.update({a.id: Claim("", silent=True) for a in articles[:5]})
    return Analysis(
        brief=Brief("Wide", articles),
        facts={},
        people=[person],
        figures=figures,
        figure_groups=[FigureGroup("buses per day", "buses", "day", figures)],
        discrepancies=[Discrepancy("figure", "high", "buses per day", "40 or 45 buses a day", claims)],
    )


def test_wide_brief_lists_values_with_their_sources():
    text = render_markdown(wide_analysis())
    sources, people, figures = _tables(_md().parse(text))
    assert len(sources) == 11
    assert people == [
        ["Person", "Sources", "Roles"],
        [
            "Ines Quarrow",
            "10",
            "mayor (w00, [w01], w02, [w03], w04, [w05], w06, [w07]); deputy mayor (w08)",
        ],
    ]
    assert people[1][2].count("[") == 4  # sources without a url show as [id]; the others are links
    assert figures == [
        ["What is counted", "Per", "Figures"],
        ["buses", "day", "40 (w00, [w01], w02, [w03], w04, [w05], w06); 45 ([w07], w08, [w09])"],
    ]
    assert "  - *Silent* (5 sources): [w00], [w01], [w02], [w03], [w04]\n" in text
    assert "  - **[w05]**: 40\n  - **[w06]**: 40\n" in text
