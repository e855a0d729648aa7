"""Regenerate tests/golden/review/: the exports of a reviewed brief.

    python scripts/golden_review.py          # rewrite the files
    python scripts/golden_review.py --check  # exit 1 and name the files whose output changed

The brief is the hand-built Marlow fixture of tests/test_export.py (three sources,
one hostile), with finding ids made the way the comparer makes them and a review
holding every kind of mark: confirmed, follow up, dismissed, a note without a
verdict, notes with markdown and several lines in them, and a stale verdict. The
files are `newsbrief export` with `--only all`, `confirmed` and `unreviewed`, and
`--format claims`. Read `git diff tests/golden/review` before committing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "review"
STALE_ID = "figure-00c0ffee00"

NOTES = {
    "dredging plan cost": (
        "Council minutes (p. 4) give $4.2 million.\n"
        "# The Ledger's figure | includes the <b>contractor's</b> fee: [minutes](http://evil.example)\n"
        "- checked with the clerk"
    ),
    "Tomas Reiner": "Call the council clerk: is Reiner deputy mayor since March?",
    "Priya Okafor": "Same person; P. is her initial.",
    "Sam Ortiz": "Ask the Gazette why they left out the union.",
}
VERDICTS = {
    "dredging plan cost": "confirmed",
    "Council Splits": "confirmed",
    "ships per year": "confirmed",
    "Tomas Reiner": "follow_up",
    "Priya Okafor": "dismissed",
    "metres of depth": "dismissed",
}


def reviewed_fixture():
    """(analysis, review): the Marlow fixture with ids, an only-here item, and marks."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_export import _span, fixture_analysis

    from tui.analysis.compare.ids import finding_id
    from tui.analysis.model import OnlyHere
    from tui.review import Mark, Review, findings

    analysis = fixture_analysis()
    hg = analysis.brief.article("harbor-gazette")
    analysis.only_here = [
        OnlyHere(
            "harbor-gazette",
            "figure",
            "metres of depth",
            "nearly 3 — “Mayor Elena Varga said the channel had lost nearly 3 metres of depth since 2024.”",
            [_span(hg, "nearly 3")],
        )
    ]
    for d in analysis.discrepancies:
        d.id = finding_id(d.kind, d.subject, d.predicate, d.claims)
    for a in analysis.agreements:
        a.id = finding_id("agreement", a.subject, a.predicate, a.sources)
    for o in analysis.only_here:
        o.id = finding_id("only", o.subject, o.kind, [o.source])
    stale = Mark("confirmed", "An earlier draft said 6-3; now 7-2 everywhere.", "figure: council vote margin")
    # Never saved: the marks live in memory. The stale one is from an earlier analysis.
    review = Review(ROOT / "nowhere" / "review.yaml", {STALE_ID: stale})
    for f in findings(analysis):
        if f.subject in VERDICTS:
            review.mark(f, VERDICTS[f.subject])
        if f.subject in NOTES:
            review.note(f, NOTES[f.subject])
    return analysis, review


def outputs() -> dict[str, str]:
    """Golden file name → its text."""
    from tui.output.claims import claims_document
    from tui.output.markdown import render_markdown

    analysis, review = reviewed_fixture()
    out = {
        f"fixture-{only}.md": render_markdown(analysis, review, only)
        for only in ("all", "confirmed", "unreviewed")
    }
    claims = claims_document(analysis, review)
    out["fixture-claims.jsonld"] = json.dumps(claims, ensure_ascii=False, indent=2) + "\n"
    return out


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    from golden import update

    return update(GOLDEN, outputs(), check="--check" in argv)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
