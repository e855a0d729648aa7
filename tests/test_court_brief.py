"""A synthetic courts story: a prison term, a sum stolen and a defendant's age that
two outlets give differently, in the conventions court reporting uses."""

from pathlib import Path

from tui.analysis import analyze
from tui.brief.load import load_brief

COURT = Path(__file__).parent / "briefs" / "court-sentence"


def test_term_sum_and_age_contradictions():
    analysis = analyze(load_brief(COURT))
    figures = {d.subject: d.summary for d in analysis.discrepancies if d.kind == "figure"}
    assert figures == {
        "years in prison": "years in prison: six (courier) vs 7 (gazette)",
        "theft": "theft: $2.1 million (courier) vs $2.4 million (gazette)",
        "age of Harlow": "age of Harlow: 57 (courier) vs 58 (gazette)",
    }


def test_court_roles_and_speakers():
    analysis = analyze(load_brief(COURT))
    people = {p.name: p for p in analysis.people}
    assert set(people) == {"Gwen Harlow", "Victor Salas", "Nadia Colt", "Thomas Reyes"}
    assert people["Thomas Reyes"].roles["gazette"] == ["U.S. District Judge"]
    said = {(q.source, q.speaker, q.text) for q in analysis.quotes}
    assert ("courier", "Victor Salas", "She is deeply sorry") in said
    assert ("gazette", "Nadia Colt", "She betrayed the trust of every family in this district") in said
