"""The seed brief end to end: what issue #2 says the analysis must find."""

from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.brief.load import load_brief

SEED = Path(__file__).parent.parent / "content" / "ice-leadership-shakeup"
A, B = "crackdown-stuns", "trump-boots-ice"


@pytest.fixture(scope="module")
def analysis():
    return analyze(load_brief(SEED))


def test_people_each_once_and_no_non_people(analysis):
    names = [p.name for p in analysis.people]
    expected = {
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
    }
    assert set(names) == expected
    assert len(names) == len(set(names))


def test_genalo_has_ken_as_alias(analysis):
    genalo = next(p for p in analysis.people if p.name == "Kenneth Genalo")
    assert "Ken Genalo" in genalo.aliases
    assert set(genalo.mentions) == {A, B}


def test_miller_roles_per_source(analysis):
    miller = next(p for p in analysis.people if p.name == "Stephen Miller")
    assert any("senior White House official" in r for r in miller.roles[A])
    assert any("deputy chief of staff" in r for r in miller.roles[B])


def test_quotes_have_the_right_speakers(analysis):
    speakers = {(q.source, q.speaker) for q in analysis.quotes}
    assert (A, "Stephen Miller") in speakers
    assert (A, "Tom Homan") in speakers
    assert (B, "Tom Homan") in speakers
    assert (B, "ICE") in speakers
    assert all(len(q.text.split()) > 3 for q in analysis.quotes)


def test_figures_with_what_they_count(analysis):
    found = {(f.source, f.value, f.counts, f.per) for f in analysis.figures}
    assert (A, 3000, "arrests", "day") in found
    assert (B, 3000, "deportations", "day") in found
    assert (A, 660, "arrests", "day") in found
    assert any(v == 1800 for _, v, _, _ in found)
    assert {(s, v) for s, v, _, _ in found} >= {
        (A, 158000),
        (B, 158000),
        (A, 65600),
        (B, 65600),
        (A, 100),
        (B, 100),
    }
    assert all(f.value != 2016 for f in analysis.figures)


def _find(analysis, kind, words):
    return [d for d in analysis.discrepancies if d.kind == kind and all(w in d.summary for w in words)]


def test_the_3000_goal_counts_different_things(analysis):
    (d,) = _find(analysis, "figure", ["3,000", "arrests", "deportations"])
    assert d.severity == "high"
    a = analysis.brief.article(A)
    b = analysis.brief.article(B)
    assert all(a.text[s.start : s.end].endswith("3,000") for s in d.claims[A].spans)
    assert [b.text[s.start : s.end] for s in d.claims[B].spans] == ["3,000"]


def test_the_expected_discrepancies(analysis):
    assert _find(analysis, "role", ["Stephen Miller"])
    assert _find(analysis, "name", ["Kenneth Genalo", "Ken Genalo"])
    assert any(d.kind == "quote" and d.subject == "Tom Homan" for d in analysis.discrepancies)
    (headline,) = [d for d in analysis.discrepancies if d.kind == "headline"]
    assert "Sanctuary Cities" in headline.summary
    # Kristi Noem, named once in one source's body, is a detail only that source has:
    # its only-here list, not an omission (she is neither in the lead nor repeated).
    assert [o.subject for o in analysis.only_here if o.source == B and o.kind == "person"] == ["Kristi Noem"]
    assert not [d for d in analysis.discrepancies if d.kind == "omission"]
    assert any("2016" in d.summary for d in analysis.discrepancies if d.kind == "date")


def test_agreements_on_the_first_100_days(analysis):
    subjects = " | ".join(a.subject for a in analysis.agreements if a.kind == "figure")
    assert "158,000" in subjects
    assert "65,600" in subjects
