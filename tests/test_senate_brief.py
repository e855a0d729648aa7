"""A synthetic political story (zero-config folder, front matter): vote tallies,
percentage changes and money that two outlets report differently."""

from pathlib import Path

from tui.analysis import analyze
from tui.brief.load import load_brief

SENATE = Path(__file__).parent / "briefs" / "senate-vote"


def test_contradicting_tally_change_and_money():
    analysis = analyze(load_brief(SENATE))
    assert [a.outlet for a in analysis.brief.articles] == [
        "Daily Dispatch (synthetic)",
        "Capitol Ledger (synthetic)",
    ]
    figures = {d.subject: d.summary for d in analysis.discrepancies if d.kind == "figure"}
    assert figures == {
        "vote": "vote: 72-26 (dispatch) vs 74-24 (ledger)",  # the tally's two sides: one finding
        "decrease in spending": "decrease in spending: 2 percent (dispatch) vs 6 percent (ledger)",
        "relief": "relief: $40 billion (ledger) vs $45 billion (dispatch)",
    }


def test_people_roles_and_a_shared_quote():
    analysis = analyze(load_brief(SENATE))
    people = {p.name: p for p in analysis.people}
    assert set(people) == {"Dana Whitcomb", "Harold Pruitt", "Elena Morales"}  # not "Heritage Action"
    assert people["Dana Whitcomb"].roles["ledger"] == ["Senate Majority Leader"]
    assert any(a.kind == "quote" and a.subject == "Dana Whitcomb" for a in analysis.agreements)
    assert not [
        d for d in analysis.discrepancies if d.kind == "role"
    ]  # Majority Leader = Senate Majority Leader
