"""A synthetic three-source brief in other house styles (wire, local daily, tabloid .txt):
the analysis must generalise beyond the seed story."""

from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.brief.load import load_brief

FLOOD = Path(__file__).parent / "briefs" / "harbor-flood"


@pytest.fixture(scope="module")
def analysis():
    return analyze(load_brief(FLOOD))


def test_people_and_roles(analysis):
    people = {p.name: p for p in analysis.people}
    assert {
        "Alicia Brennan",
        "Miriam Hale",
        "Peter Vance",
        "Luis Ortega",
        "Derek Voss",
        "Samuel Okafor",
    } <= set(people)
    assert not {"Port Caldera", "City Hall", "Varn River", "National Weather Service"} & set(people)
    assert people["Alicia Brennan"].mentions.keys() == {"wire", "daily", "tabloid"}
    assert "former fire chief" in people["Alicia Brennan"].roles["daily"]


def test_speakers_including_pronouns_and_continuations(analysis):
    said = {(q.source, q.speaker, q.text.rstrip(".,")) for q in analysis.quotes}
    assert ("wire", "Alicia Brennan", "Our priority is getting every family to dry ground") in said
    assert ("daily", "Alicia Brennan", "We have never seen the river rise this fast") in said
    assert ("tabloid", "Derek Voss", "The mayor ignored every warning") in said
    assert ("wire", "Peter Vance", "This will be one of the costliest floods in the state's history") in said


def test_contradicting_figures(analysis):
    figures = {d.subject: d for d in analysis.discrepancies if d.kind == "figure"}
    assert "deaths" in figures and figures["deaths"].severity == "high"
    assert "Three (daily)" in figures["deaths"].summary
    # Two independent sources against one: the consensus is named, and the dissenter.
    assert (
        figures["aid"].summary
        == "aid: $40 million (tabloid) vs $45 million (wire and daily); tabloid differs"
    )
    assert figures["aid"].consensus == "$45 million" and figures["aid"].dissenters == ["tabloid"]
    assert {s: v.verdict for s, v in figures["aid"].verdicts.items()} == {
        "wire": "agrees",
        "daily": "agrees",
        "tabloid": "differs",
    }
    assert figures["damage"].summary == "damage: $1.2 billion (wire) vs $2 billion (tabloid)"
    assert (
        figures["evacuations"].summary
        == "evacuations: 12,000 (wire and tabloid) vs More than 15,000 (daily); daily differs"
    )


def test_agreements(analysis):
    agreed = {a.subject for a in analysis.agreements}
    assert "14 shelters" in agreed
    assert any(a.kind == "quote" and a.subject == "Alicia Brennan" for a in analysis.agreements)


def test_tabloid_framing_and_no_false_headline_flags(analysis):
    framing = [d for d in analysis.discrepancies if d.kind == "framing"]
    assert [d.subject for d in framing] == ["loaded headline of tabloid"]
    assert "CALDERA" not in framing[0].summary  # a place name in capitals is not a loaded word
    assert not [d for d in analysis.discrepancies if d.kind == "headline"]
