"""`newsbrief analyze --json` (SPEC.md schema 1), checked key by key and type by type,
and the Rich report printed without --json."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from test_export import fixture_analysis

from tui.analysis.model import Analysis, Figure
from tui.brief.articles import parse_markdown
from tui.brief.model import Brief
from tui.cli import main
from tui.output.json import analysis_to_json, number
from tui.output.report import print_report

SEED = Path(__file__).resolve().parents[1] / "content" / "ice-leadership-shakeup"

# --- a small validator: no new dependency -----------------------------------------

NUMBER = "number"  # int or float, never bool
OPT_STR = (str, type(None))
OPT_INT = (int, type(None))


class BySource:
    """An object keyed by source id, every value matching `spec`."""

    def __init__(self, spec):
        self.spec = spec


SCHEMA_1 = {
    "schema": int,
    "brief": {"title": str, "path": str},
    "sources": [
        {"id": str, "outlet": OPT_STR, "headline": str, "url": OPT_STR, "published": OPT_STR, "words": int}
    ],
    "people": [{"name": str, "aliases": [str], "roles": BySource([str]), "mentions": BySource(int)}],
    "quotes": [{"source": str, "speaker": OPT_STR, "text": str, "start": int, "end": int}],
    "figures": [
        {
            "source": str,
            "value": NUMBER,
            "text": str,
            "counts": OPT_STR,
            "per": OPT_STR,
            "qualifier": OPT_STR,
            "frame": OPT_STR,
            "sentence": str,
            "start": int,
            "end": int,
        }
    ],
    "takeaways": [{"source": OPT_STR, "text": str}],
    "discrepancies": [
        {"kind": str, "severity": str, "subject": str, "summary": str, "claims": BySource(str)}
    ],
    "agreements": [{"kind": str, "subject": str, "summary": str, "sources": [str]}],
}

# Keys added to schema 1 by the comparison that a fact-checker can trust (issue 9):
# a stable id, a verdict per source with the consensus and the dissenters, origins,
# and the per-source only-here lists. SCHEMA_1's keys all stay.
VERDICT = {"verdict": str, "value": OPT_STR}
VERDICTS = ("agrees", "differs", "silent", "cannot_tell", "has_it")
SCHEMA_1_ADDED = {
    "sources": [{"origin": int, "partial": bool, "cut_off": OPT_STR}],
    "origins": [[str]],
    "discrepancies": [
        {
            "id": str,
            "predicate": OPT_STR,
            "verdicts": BySource(VERDICT),
            "consensus": OPT_STR,
            "dissenters": [str],
        }
    ],
    "agreements": [
        {
            "id": str,
            "predicate": OPT_STR,
            "verdicts": BySource(VERDICT),
            "origins": int,
            "attributions": BySource(str),
        }
    ],
    "only_here": BySource([{"id": str, "kind": str, "subject": str, "text": str, "spans": [[int]]}]),
}


def _type_ok(value, spec) -> bool:
    if spec == NUMBER:
        return isinstance(value, int | float) and not isinstance(value, bool)
    types = spec if isinstance(spec, tuple) else (spec,)
    if isinstance(value, bool) and bool not in types:
        return False
    return isinstance(value, types)


def validate(value, spec, ids: set[str], path: str = "$") -> list[str]:
    """Every way `value` breaks `spec`, as 'path: problem' lines (empty when it fits)."""
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            return [f"{path}: expected an object, got {type(value).__name__}"]
        errors = []
        for key, sub in spec.items():
            if key not in value:
                errors.append(f"{path}: missing key {key!r}")
            else:
                errors += validate(value[key], sub, ids, f"{path}.{key}")
        return errors
    if isinstance(spec, list):
        if not isinstance(value, list):
            return [f"{path}: expected an array, got {type(value).__name__}"]
        return [e for i, item in enumerate(value) for e in validate(item, spec[0], ids, f"{path}[{i}]")]
    if isinstance(spec, BySource):
        if not isinstance(value, dict):
            return [f"{path}: expected an object by source id, got {type(value).__name__}"]
        errors = [f"{path}: {k!r} is not a source id" for k in value if k not in ids]
        return errors + [e for k, v in value.items() for e in validate(v, spec.spec, ids, f"{path}.{k}")]
    if not _type_ok(value, spec):
        return [f"{path}: {value!r} is not {spec}"]
    return []


def check_schema(data: dict) -> None:
    ids = {s["id"] for s in data.get("sources", [])}
    assert validate(data, SCHEMA_1, ids) == []
    assert validate(data, SCHEMA_1_ADDED, ids) == []
    # Maps by source hold the sources that speak: a silent source is listed once, in a
    # discrepancy's `silent`, and is in neither its `claims` nor its `spans` (nor in a
    # person's `status`); every other source of a discrepancy has a claim.
    for d in data["discrepancies"]:
        assert set(d["claims"]) == set(d["spans"])
        assert not set(d["silent"]) & set(d["claims"]), d["id"]
    for p in data["people"]:
        assert "silent" not in p["status"].values()
    for d in data["discrepancies"] + data["agreements"]:
        assert all(v["verdict"] in VERDICTS for v in d["verdicts"].values())
        assert set(d.get("dissenters", [])) <= set(d["verdicts"])
    assert sorted(s for group in data["origins"] for s in group) == sorted(ids)
    finding_ids = [d["id"] for d in data["discrepancies"] + data["agreements"]]
    finding_ids += [o["id"] for items in data["only_here"].values() for o in items]
    finding_ids = [i for i in finding_ids if i]  # hand-built findings have none
    assert len(finding_ids) == len(set(finding_ids)), "finding ids are unique"
    assert data["schema"] == 1
    assert json.loads(json.dumps(data)) == data  # plain JSON, nothing lost on the way


def test_validator_catches_broken_documents():
    data = analysis_to_json(fixture_analysis())
    data["people"][0]["mentions"]["harbor-gazette"] = "3"
    data["figures"][0]["value"] = True
    del data["quotes"][0]["speaker"]
    data["discrepancies"][0]["claims"]["nowhere"] = "x"
    ids = {s["id"] for s in data["sources"]}
    assert validate(data, SCHEMA_1, ids) == [
        "$.people[0].mentions.harbor-gazette: '3' is not <class 'int'>",
        "$.quotes[0]: missing key 'speaker'",
        "$.figures[0].value: True is not number",
        "$.discrepancies[0].claims: 'nowhere' is not a source id",
    ]


# --- the fixture -------------------------------------------------------------------


def test_fixture_json_fits_schema_1():
    check_schema(analysis_to_json(fixture_analysis()))


def test_fixture_json_values():
    data = analysis_to_json(fixture_analysis())
    assert data["brief"] == {
        "title": "Marlow harbor dredging vote",
        "path": "",
        "summary": "Three sources cover the Marlow council's vote to dredge the harbor's east channel.\n"
        "They agree on the 7-2 vote and disagree on the cost.",
        "notes": [
            "Valley Ledger's $4.8 million may include the contractor's fee: check the council minutes.",
            "# not a heading | nor a cell",
        ],
    }
    assert [(s["id"], s["outlet"], s["published"], s["words"]) for s in data["sources"]] == [
        ("harbor-gazette", "Harbor Gazette", "2031-04-12", 128),
        ("valley-ledger", "Valley Ledger", "2031-04-13", 70),
        ("wire-notes", None, None, 38),
    ]
    assert [p["name"] for p in data["people"]] == ["Elena Varga", "Tomas Reiner", "Priya Okafor", "Sam Ortiz"]
    assert data["people"][1] == {
        "name": "Tomas Reiner",
        "aliases": [],
        "roles": {"harbor-gazette": ["council member"], "valley-ledger": ["deputy mayor"]},
        "mentions": {"harbor-gazette": 2, "valley-ledger": 1},
        # a source missing from a status map is silent (wire-notes never names him)
        "status": {"harbor-gazette": "differs", "valley-ledger": "differs"},
    }
    cost = data["figures"][0]
    assert cost["value"] == 4200000 and type(cost["value"]) is int
    assert {k: cost[k] for k in ("source", "text", "counts", "per", "qualifier", "unit")} == {
        "source": "harbor-gazette",
        "text": "$4.2 million",
        "counts": "dredging plan",
        "per": None,
        "qualifier": None,
        "unit": "$",
    }
    assert data["discrepancies"][1] == {
        "kind": "figure",
        "severity": "high",
        "subject": "dredging plan cost",
        "summary": "The plan costs $4.2 million in one source and $4.8 million in another.",
        # a silent source is named once, in `silent`, not given a "not mentioned" claim
        "claims": {"harbor-gazette": "$4.2 million", "valley-ledger": "$4.8 million"},
        "spans": {"harbor-gazette": [[114, 126]], "valley-ledger": [[74, 86]]},
        "silent": ["wire-notes"],
        "id": "",
        "predicate": None,
        "verdicts": {},
        "consensus": None,
        "dissenters": [],
    }
    assert data["agreements"][0]["sources"] == ["harbor-gazette", "valley-ledger"]
    assert data["takeaways"][0] == {
        "source": None,
        "text": "The council voted 7-2 to dredge the east channel; the cost differs by source.",
        "start": None,
        "end": None,
    }


def test_json_offsets_slice_back_to_the_text():
    analysis = fixture_analysis()
    data = analysis_to_json(analysis)
    texts = {a.id: a.text for a in analysis.brief.articles}
    for q in data["quotes"]:
        assert texts[q["source"]][q["start"] : q["end"]] == q["text"]
    for f in data["figures"]:
        assert texts[f["source"]][f["start"] : f["end"]] == f["text"]


def test_figure_values_are_int_when_integral():
    assert [number(v) for v in (3000.0, 2.5, 0.0, 7, 1.5e6)] == [3000, 2.5, 0, 7, 1500000]
    assert [type(number(v)) for v in (3000.0, 2.5, 1.5e6)] == [int, float, int]
    article = parse_markdown("s", "# H\n\nRates rose 2.5% and 12% in a year.")
    figures = [
        Figure("s", 2.5, "2.5%", 18, 22, "Rates rose 2.5% and 12% in a year.", "rates", unit="%"),
        Figure("s", 12.0, "12%", 27, 30, "Rates rose 2.5% and 12% in a year.", "rates", unit="%"),
    ]
    brief = Brief(title="t", articles=[article])
    out = json.dumps(analysis_to_json(Analysis(brief=brief, facts={}, figures=figures)))
    assert '"value": 2.5,' in out and '"value": 12,' in out


def test_empty_analysis_fits_schema_1():
    brief = Brief(title="Empty", articles=[parse_markdown("only", "# Headline\n\nText.")], path=Path("x"))
    data = analysis_to_json(Analysis(brief=brief, facts={}))
    check_schema(data)
    assert data["brief"]["path"] == "x"
    assert data["people"] == [] and data["discrepancies"] == []


# --- the CLI on the seed brief ------------------------------------------------------


def _analyze_json(capsys, *args: str) -> dict:
    assert main(["analyze", *args, "--json"]) == 0
    out = capsys.readouterr().out
    return json.loads(out)


def test_seed_brief_json_fits_schema_1(capsys):
    data = _analyze_json(capsys, str(SEED))
    check_schema(data)
    assert data["brief"]["title"] == "ICE leadership shake-up over deportation pace"
    assert [(s["id"], s["headline"]) for s in data["sources"]] == [
        ("crackdown-stuns", "Trump-Backed Crackdown STUNS Sanctuary Cities"),
        ("trump-boots-ice", "Trump Boots ICE Bosses After Deportation Numbers Fall Short"),
    ]
    assert [(s["outlet"], s["url"], s["published"]) for s in data["sources"]] == [(None, None, None)] * 2
    totals = [sum(p["mentions"].values()) for p in data["people"]]
    assert totals == sorted(totals, reverse=True)


def test_analyze_json_without_a_path_analyses_the_bundled_brief(capsys):
    bundled = _analyze_json(capsys)
    explicit = _analyze_json(capsys, str(SEED))
    check_schema(bundled)
    assert bundled["brief"]["title"] == "ICE leadership shake-up over deportation pace"
    assert {k: v for k, v in bundled.items() if k != "brief"} == {
        k: v for k, v in explicit.items() if k != "brief"
    }


def test_analyze_json_on_a_missing_path_is_one_line(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nope"), "--json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1 and "nope" in captured.err


# --- the report without --json --------------------------------------------------------


def _report(analysis: Analysis, width: int = 120) -> str:
    buf = io.StringIO()
    print_report(analysis, Console(file=buf, width=width, color_system=None, highlight=False))
    return buf.getvalue()


def test_report_shows_sources_discrepancies_by_severity_people_and_figures():
    out = _report(fixture_analysis())
    lines = [line.rstrip() for line in out.splitlines()]
    assert lines[0] == "Marlow harbor dredging vote"
    heads = [
        line
        for line in lines
        if line.split(" (")[0] in ("Sources", "Discrepancies", "People", "Figures", "Quotes")
    ]
    assert heads == ["Sources (3)", "Discrepancies (5)", "People (4)", "Figures (7)", "Quotes (6)"]
    severities = [line.strip() for line in lines if line.strip().split(" (")[0] in ("HIGH", "MEDIUM", "LOW")]
    assert severities == ["HIGH (1)", "MEDIUM (2)", "LOW (2)"]
    assert (
        "  Figure: dredging plan cost — The plan costs $4.2 million in one source and $4.8 million in another."
        in lines
    )
    assert "      wire-notes: silent (not mentioned)" in lines
    assert any(
        line.startswith("Tomas Reiner") and "council member" in line and "deputy mayor" in line
        for line in lines
    )


def test_report_prints_article_text_literally():
    out = _report(fixture_analysis(), width=200)
    assert "Wire notes: harbor vote <script>alert(1)</script> | 7-2" in out
    assert "“# We were never asked [again](http://evil.example) <b>bold</b>.” — Sam Ortiz [wire-notes]" in out
    article = parse_markdown(
        "m", "# [bold red]Loud[/] headline [link=https://evil.example]x[/link]\n\nText [/b]."
    )
    brief = Brief(title="[red]title[/red]", articles=[article], notes=["[/]"])
    out = _report(Analysis(brief=brief, facts={}), width=200)
    assert "[red]title[/red]" in out
    assert "[bold red]Loud[/] headline [link=https://evil.example]x[/link]" in out
    assert "• [/]" in out


@pytest.mark.parametrize("args", [["analyze"], ["analyze", str(SEED)]])
def test_analyze_without_json_prints_the_report(args, capsys):
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("ICE leadership shake-up over deportation pace\n")
    assert "crackdown-stuns" in out and "Trump-Backed Crackdown STUNS" in out
    assert "Sources (2)" in out and "Discrepancies (" in out


def test_seed_brief_json_has_the_story_people_quotes_figures_and_discrepancies(capsys):
    """What issue 2 asks of the seed brief, as the JSON shows it."""
    data = _analyze_json(capsys, str(SEED))
    names = [p["name"] for p in data["people"]]
    assert sorted(names) == sorted(
        [
            "Donald Trump",
            "Kenneth Genalo",
            "Garrett Ripa",
            "Robert Hammer",
            "Marcos Charles",
            "Derek Gordon",
            "Stephen Miller",
            "Tom Homan",
            "Todd Lyons",
            "Kristi Noem",
        ]
    )
    people = {p["name"]: p for p in data["people"]}
    assert people["Kenneth Genalo"]["aliases"] == ["Ken Genalo"]
    assert people["Stephen Miller"]["roles"] == {
        "crackdown-stuns": ["senior White House official"],
        "trump-boots-ice": ["White House deputy chief of staff"],
    }
    speakers = {(q["source"], q["speaker"]) for q in data["quotes"]}
    assert {
        ("crackdown-stuns", "Stephen Miller"),
        ("crackdown-stuns", "Tom Homan"),
        ("trump-boots-ice", "Tom Homan"),
        ("trump-boots-ice", "ICE"),
    } <= speakers
    values = {f["value"] for f in data["figures"]}
    assert {3000, 660, 1800, 158000, 65600, 100} <= values
    assert all(type(f["value"]) is int for f in data["figures"] if f["value"] in (3000, 158000))
    figure = [d for d in data["discrepancies"] if d["kind"] == "figure" and d["severity"] == "high"]
    assert any("arrests" in d["summary"] and "deportations" in d["summary"] for d in figure)
    kinds = {d["kind"] for d in data["discrepancies"]}
    assert {"figure", "role", "name", "quote", "headline", "framing", "date"} <= kinds
    # Kristi Noem is named once, in one source's body: a detail only that source has,
    # listed per source rather than reported as an omission (not salient there).
    assert any(o["subject"] == "Kristi Noem" for o in data["only_here"]["trump-boots-ice"])
    check_schema(data)
    assert all(d["id"] for d in data["discrepancies"] + data["agreements"])
    agreed = " ".join(a["subject"] for a in data["agreements"])
    assert "158,000" in agreed and "65,600" in agreed


def test_report_on_a_wide_brief_lists_values_with_their_sources():
    from test_export import wide_analysis

    out = _report(wide_analysis(), width=200)
    lines = [line.rstrip() for line in out.splitlines()]
    assert any(
        line.split()
        == "Ines Quarrow 10 mayor (w00, w01, w02, w03, w04, w05, w06, w07); deputy mayor (w08)".split()
        for line in lines
    )
    assert "      w00, w01, w02, w03, w04: silent" in lines
    assert "      w05, w06: 40" in lines
    assert "      w07, w08, w09: 45" in lines


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_write_json_gives_one_document_on_any_text_stream(encoding):
    """A UTF-8 stream gets the bytes through its buffer, any other the text to encode:
    the same document either way, curly quotes and all, and the text layer flushed first."""
    from tui.output.json_write import json_parts, write_json
    from tui.stdout import CheckedOutput

    analysis = fixture_analysis()
    extra = {"note": "“Café” — 10 €"}
    expected = b"".join(json_parts(analysis, extra)).decode()
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, write_through=False)
    stream.write("before ")  # still in the text layer when the JSON starts
    write_json(analysis, CheckedOutput(stream), extra)
    stream.flush()
    assert raw.getvalue().decode(encoding) == "before " + expected
    text = io.StringIO()  # no buffer at all
    write_json(analysis, text, extra)
    assert text.getvalue() == expected
    assert json.loads(expected)["note"] == "“Café” — 10 €"
