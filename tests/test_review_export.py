"""The review in the exports: golden markdown with a section per verdict, `--only`,
the schema.org claims parsed back as JSON-LD (pyld, offline) and checked against the
sources, `analyze --json`'s review key, and no write ever touching the brief's files."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from urllib.parse import unquote

import pytest
from markdown_it import MarkdownIt
from pyld import jsonld
from pyld.documentloader.frozen import FrozenDocumentLoader
from test_export import _headings, _inline_text, fixture_analysis
from test_review import analysed, by_subject, confirm_deaths, copy_brief, daily_agrees_on_deaths

from tui.brief.load import load_brief
from tui.cli import EXPORT_ONLY, main
from tui.output.markdown import render_markdown
from tui.output.markdown_findings import SELECTIONS
from tui.review import Review, findings

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("golden_review", ROOT / "scripts" / "golden_review.py")
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)

# A copy of the schema.org context's definitions for the terms the export uses (the
# same @vocab, and `url` as an IRI, `datePublished` as a Date): pyld is given only this
# document, so nothing is ever fetched.
CONTEXT = json.loads(
    (Path(__file__).parent / "jsonld" / "schemaorg-context.jsonld").read_text(encoding="utf-8")
)
LOADER = FrozenDocumentLoader({"https://schema.org": CONTEXT})
S = "http://schema.org/"

# A local schema, from schema.org: the properties each type may carry (its own and
# those of the types it extends), and the types each property's objects may be.
_THING = {"name", "identifier", "url", "description"}
_WORK = _THING | {"about", "author", "comment", "datePublished", "hasPart", "headline", "publisher", "text"}
PROPERTIES = {
    "Claim": _WORK | {"appearance", "firstAppearance", "claimInterpreter"},
    "NewsArticle": _WORK,
    "Quotation": _WORK | {"spokenByCharacter"},
    "Comment": _WORK,
    "Thing": _THING,
    "Organization": _THING,
    "Person": _THING,
}
CREATIVE_WORKS = {"Claim", "NewsArticle", "Quotation", "Comment"}
RANGES = {
    "appearance": CREATIVE_WORKS,
    "hasPart": CREATIVE_WORKS,
    "comment": {"Comment"},
    "about": set(PROPERTIES),
    "publisher": {"Organization", "Person"},
    "author": {"Organization", "Person"},
}


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


# --- golden files ------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(golden.outputs()))
def test_review_exports_match_golden_files(name):
    expected = (golden.GOLDEN / name).read_text(encoding="utf-8")
    assert golden.outputs()[name] == expected, f"{name} changed; if on purpose, run scripts/golden_review.py"


def test_every_golden_file_is_still_made():
    assert {p.name for p in golden.GOLDEN.iterdir()} == set(golden.outputs())


def test_cli_choices_are_the_exports_selections():
    assert EXPORT_ONLY == SELECTIONS


# --- markdown, parsed back ----------------------------------------------------------


def _section_items(markdown: str, heading: str) -> list[str]:
    """The text of each top-level list item under an h3, its nested lines included."""
    tokens = _md().parse(markdown)
    items, inside, depth = [], False, 0
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            inside = tok.tag == "h3" and _inline_text(tokens[i + 1]) == heading
        elif inside and tok.type == "bullet_list_open":
            depth += 1
        elif inside and tok.type == "bullet_list_close":
            depth -= 1
        elif inside and tok.type == "list_item_open" and depth == 1:
            items.append([])
        elif inside and tok.type == "inline" and depth:
            items[-1].append(_inline_text(tok))
    return [" / ".join(parts) for parts in items]


def test_verdict_sections_come_in_order_confirmed_first():
    text = golden.outputs()["fixture-all.md"]
    headings = [h for _, h in _headings(_md().parse(text))]
    start = headings.index("Review")
    assert headings[start - 1 : start + 7] == [
        "Figures",
        "Review",
        "Confirmed (3)",
        "Follow up (1)",
        "Unreviewed (2)",
        "Dismissed (2)",
        "Stale verdicts (1)",
        "Editor notes",
    ]
    assert "Discrepancies" not in headings and "Agreements" not in headings


def test_each_finding_shows_its_claims_and_the_notes_text_exactly():
    text = golden.outputs()["fixture-all.md"]
    assert _section_items(text, "Confirmed (3)") == [
        "Figure: dredging plan cost (high) — The plan costs $4.2 million in one source and $4.8 million in"
        " another. / Harbor Gazette (harbor-gazette): $4.2 million (¶1) / Valley Ledger (valley-ledger): $4.8 million (¶1)"
        " / [wire-notes]: silent (not mentioned) / Note: " + golden.NOTES["dredging plan cost"],
        "Headline: Council Splits (medium) — The headline says the council split; the body reports a 7-2"
        " vote. / Valley Ledger (valley-ledger): Marlow Spends Big on Harbor | Council Splits (headline)",
        "Figure: ships per year (agreement) — Both give about 1,200 ships a year. (harbor-gazette, valley-ledger)",
    ]
    assert _section_items(text, "Unreviewed (2)")[0].endswith("/ Note: " + golden.NOTES["Sam Ortiz"])
    assert _section_items(text, "Dismissed (2)")[1] == (
        "Figure: metres of depth (only in harbor-gazette) — nearly 3 — “Mayor Elena Varga said the channel had"
        " lost nearly 3 metres of depth since 2024.”"
    )
    assert _section_items(text, "Stale verdicts (1)") == [
        f"Confirmed: figure: council vote margin ({golden.STALE_ID}) / Note: An earlier draft said 6-3; now 7-2"
        " everywhere."
    ]
    html = _md().render(text)
    assert "<b>" not in html and 'href="http://evil.example"' not in html


@pytest.mark.parametrize(
    "only, sections",
    [
        ("confirmed", ["Confirmed (3)", "Stale verdicts (1)"]),
        ("follow_up", ["Follow up (1)"]),
        ("dismissed", ["Dismissed (2)"]),
        ("unreviewed", ["Unreviewed (2)"]),
    ],
)
def test_only_selects_the_findings_of_one_verdict(only, sections):
    analysis, review = golden.reviewed_fixture()
    text = render_markdown(analysis, review, only)
    headings = _headings(_md().parse(text))
    after = headings[headings.index(("h2", "Review")) + 1 :]
    assert [h for tag, h in after if tag == "h3"] == sections
    shown = {"follow_up": "follow up"}.get(only, only)
    assert f"This export shows {shown} findings only." in text


def test_without_marks_the_export_is_as_before(tmp_path):
    analysis = fixture_analysis()
    assert render_markdown(analysis, Review()) == render_markdown(analysis)
    assert "## Discrepancies" in render_markdown(analysis) and "## Review" not in render_markdown(analysis)
    nothing = render_markdown(analysis, Review(), "confirmed")
    assert "No confirmed findings." in nothing and "## Discrepancies" not in nothing


# --- claims as JSON-LD ------------------------------------------------------------------


def _nodes(expanded: list) -> list[dict]:
    """Every node object of an expanded JSON-LD document, nested ones included."""
    out, stack = [], list(expanded)
    while stack:
        node = stack.pop()
        if isinstance(node, dict) and "@type" in node and "@value" not in node:
            out.append(node)
            for key, values in node.items():
                if key.startswith(S):
                    stack.extend(v for v in values if isinstance(v, dict))
    return out


def _type(node: dict) -> str:
    [t] = node["@type"]
    assert t.startswith(S), t
    return t.removeprefix(S)


def check_claims(document: dict, analysis, review) -> list[dict]:
    """Parse back with pyld (offline), validate against the local schema, check each
    appearance against its source; return the Claims as written."""
    expanded = jsonld.expand(document, {"documentLoader": LOADER})
    jsonld.to_rdf(document, {"documentLoader": LOADER, "format": "application/n-quads"})  # a full pass
    for node in _nodes(expanded):
        kind = _type(node)
        for key, values in node.items():
            if key == "@type":
                continue
            prop = key.removeprefix(S)
            assert prop in PROPERTIES[kind], f"{kind} has no property {prop}"
            for value in values:
                if prop in RANGES:
                    assert _type(value) in RANGES[prop], f"{kind}.{prop}: {value['@type']}"
                elif prop == "url":
                    assert set(value) == {"@id"} and value["@id"].startswith("https://")
                elif prop == "datePublished":
                    assert value["@type"] == S + "Date"
                else:
                    assert isinstance(value.get("@value"), str)
    graph = document["@graph"]
    assert [_type(node) for node in expanded] == ["Claim"] * len(graph)
    assert "ClaimReview" not in json.dumps(document) and "reviewRating" not in json.dumps(document)
    by_id = {f.id: f.item for f in findings(analysis)}
    for claim in graph:
        d = by_id[claim["identifier"]]
        assert review.verdict_of(d.id) == "confirmed"
        assert claim["text"] == d.summary and claim["about"]["name"] == d.subject
        speaking = [sid for sid, c in d.claims.items() if not c.silent and c.spans]
        assert [a["identifier"] for a in claim["appearance"]] == speaking
        for appearance in claim["appearance"]:
            article = analysis.brief.article(appearance["identifier"])
            assert unquote(appearance.get("url", "")) == (article.url or "")  # the url, percent-encoded
            assert appearance["headline"] == article.headline
            for span in d.claims[article.id].spans:
                said = article.text[span.start : span.end]
                assert any(said in q["text"] and q["text"] in article.text for q in appearance["hasPart"])
        note = review.note_of(d.id)
        assert claim.get("comment", []) == ([{"@type": "Comment", "text": note}] if note else [])
    return graph


def test_the_claims_golden_file_parses_back_and_matches_the_sources():
    analysis, review = golden.reviewed_fixture()
    document = json.loads((golden.GOLDEN / "fixture-claims.jsonld").read_text(encoding="utf-8"))
    claims = check_claims(document, analysis, review)
    assert [c["name"] for c in claims] == ["Figure: dredging plan cost", "Headline: Council Splits"]


def test_claims_of_a_real_brief_through_the_cli(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    folder = copy_brief(tmp_path)
    for name, url in (("wire", "https://wire.example/floods"), ("daily", "https://daily.example/a b|c")):
        path = folder / "sources" / f"{name}.md"
        path.write_text(f"---\nurl: {url}\n---\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    brief, analysis = analysed(folder)
    review = Review.load(brief)
    for subject, verdict in (("evacuations", "confirmed"), ("aid", "confirmed"), ("deaths", "dismissed")):
        review.mark(by_subject(analysis, "discrepancy", subject), verdict)
    review.note(by_subject(analysis, "discrepancy", "aid"), "The governor's office says $45 million.")
    review.save()
    assert main(["export", "harbor-flood", "--format", "claims", "-o", "claims.jsonld"]) == 0
    document = json.loads((tmp_path / "claims.jsonld").read_text(encoding="utf-8"))
    claims = check_claims(document, analysis, Review.load(brief))
    assert [c["name"] for c in claims] == ["Figure: evacuations", "Figure: aid"]
    urls = {a["identifier"]: a.get("url") for a in claims[0]["appearance"]}
    assert urls == {
        "wire": "https://wire.example/floods",
        "daily": "https://daily.example/a%20b%7Cc",
        "tabloid": None,
    }
    capsys.readouterr()
    assert main(["export", "harbor-flood", "--format", "claims", "--only", "unreviewed"]) == 1
    assert capsys.readouterr().err == (
        "newsbrief: --only is for markdown: --format claims holds the confirmed discrepancies\n"
    )


def test_no_confirmed_discrepancy_is_an_empty_graph_and_a_word(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    copy_brief(tmp_path)
    assert main(["export", "harbor-flood", "--format", "claims"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == {"@context": "https://schema.org", "@graph": []}
    assert err == "newsbrief: no confirmed discrepancies in this brief's review\n"


# --- the CLI: export --only, analyze --json, a finding gone stale -----------------------------


def test_export_only_and_analyze_json_follow_the_review_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    folder = copy_brief(tmp_path)
    review, analysis, deaths = confirm_deaths(folder, "Coroner: four.")
    review.mark(by_subject(analysis, "discrepancy", "aid"), "dismissed")
    review.save()

    assert main(["export", "harbor-flood", "--only", "confirmed"]) == 0
    out = capsys.readouterr().out
    assert [h for t, h in _headings(_md().parse(out)) if t == "h3"][-1] == "Confirmed (1)"
    assert _section_items(out, "Confirmed (1)")[0].startswith("Figure: deaths (high) — ")
    assert _section_items(out, "Confirmed (1)")[0].endswith(" / Note: Coroner: four.")

    assert main(["analyze", "harbor-flood", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    total = len(findings(analysis))
    assert data["review"] == {
        "file": "harbor-flood/review.yaml",
        "reviewed": 2,
        "findings": total,
        "verdicts": {
            by_subject(analysis, "discrepancy", "aid").id: {
                "verdict": "dismissed",
                "note": "",
                "about": "figure: aid",
                "stale": False,
            },
            deaths.id: {
                "verdict": "confirmed",
                "note": "Coroner: four.",
                "about": "figure: deaths",
                "stale": False,
            },
        },
    }
    assert deaths.id in {d["id"] for d in data["discrepancies"]}

    daily_agrees_on_deaths(folder)
    assert main(["analyze", "harbor-flood", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["review"]["verdicts"][deaths.id]["stale"] is True
    assert data["review"]["reviewed"] == 1
    assert main(["export", "harbor-flood"]) == 0
    out = capsys.readouterr().out
    assert _section_items(out, "Stale verdicts (1)") == [
        f"Confirmed: figure: deaths ({deaths.id}) / Note: Coroner: four."
    ]


def test_analyze_json_has_no_review_key_without_a_review_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    copy_brief(tmp_path)
    assert main(["analyze", "harbor-flood", "--json"]) == 0
    assert "review" not in json.loads(capsys.readouterr().out)


# --- no write ever touches an article file or brief.yaml --------------------------------------


def _state(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under `folder`: its hash and its modification time in nanoseconds."""
    return {
        str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def _work_through(folder: Path, out: Path) -> None:
    """Everything that writes: marks and notes saved one by one, the exports, check."""
    brief, analysis = analysed(folder)
    review = Review.load(brief)
    for f, verdict in zip(
        findings(analysis), ["confirmed", "dismissed", "follow_up", None, "confirmed"], strict=False
    ):
        review.mark(f, verdict)
        review.save()
        review.note(f, f"note on {f.subject}")
        review.save()
    for args in (
        ["export", str(folder)],
        ["export", str(folder), "-o", str(out / "brief.md"), "--force"],
        ["export", str(folder), "--format", "claims", "-o", str(out / "claims.jsonld"), "--force"],
        ["export", str(folder), "--only", "unreviewed"],
        ["analyze", str(folder), "--json"],
        ["check", str(folder)],
    ):
        assert main(args) == 0, args


@pytest.mark.parametrize("name, review_inside", [("harbor-flood", True), ("senate-vote", False)])
def test_no_write_touches_an_article_or_brief_yaml(tmp_path, capsys, name, review_inside):
    folder = copy_brief(tmp_path, name)
    out = tmp_path / "out"
    out.mkdir()
    before = _state(folder)
    _work_through(folder, out)
    after = _state(folder)
    if review_inside:
        assert set(after) - set(before) == {"review.yaml"}
        del after["review.yaml"]
    assert after == before


def test_a_review_yaml_linked_to_brief_yaml_is_never_written_through(tmp_path, capsys):
    folder = copy_brief(tmp_path)
    (folder / "review.yaml").symlink_to("brief.yaml")
    before = _state(folder)
    _work_through(folder, tmp_path)
    assert _state(folder) == before
    assert (folder / "review.yaml").resolve() == (folder / "brief.yaml").resolve()
    review = Review.load(load_brief([folder]))
    assert "data-home" in str(review.path) and review.marks
