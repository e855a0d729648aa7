"""A synthetic business story: job cuts, a profit forecast and a share move that two
outlets word differently, and a CEO named by title in one and abbreviation in the other."""

from pathlib import Path

from tui.analysis import analyze
from tui.brief.load import load_brief

CARMAKER = Path(__file__).parent / "briefs" / "carmaker-cuts"


def test_figures_that_clash_and_agree():
    analysis = analyze(load_brief(CARMAKER))
    figures = {d.subject: d.summary for d in analysis.discrepancies if d.kind == "figure"}
    assert figures == {
        "jobs": "jobs: 4,500 (newswire) vs 5,000 (autodesk)",
        "decrease in shares": "decrease in shares: 8.2% (newswire) vs 9% (autodesk)",
    }
    assert "$3.1 billion profit" in {a.subject for a in analysis.agreements}


def test_ceo_and_chief_executive_officer_are_one_role():
    analysis = analyze(load_brief(CARMAKER))
    roles = {d.subject for d in analysis.discrepancies if d.kind == "role"}
    assert "Priya Raman" not in roles
    assert {(q.source, q.speaker) for q in analysis.quotes} >= {
        ("newswire", "Priya Raman"),
        ("autodesk", "Marcus Delaney"),
    }
