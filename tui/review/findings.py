"""The findings of an analysis that a reader can review: every discrepancy, agreement
and only-here item, in the order the analysis lists them, each with its stable id."""

from __future__ import annotations

from dataclasses import dataclass

from tui.analysis.model import Agreement, Analysis, Discrepancy, OnlyHere

DISCREPANCY = "discrepancy"
AGREEMENT = "agreement"
ONLY_HERE = "only_here"
GROUPS = (DISCREPANCY, AGREEMENT, ONLY_HERE)


@dataclass(frozen=True)
class Finding:
    """One reviewable item: `item` is the analysis's own Discrepancy, Agreement or OnlyHere."""

    id: str
    group: str  # discrepancy | agreement | only_here
    item: Discrepancy | Agreement | OnlyHere

    @property
    def kind(self) -> str:
        return self.item.kind

    @property
    def subject(self) -> str:
        return self.item.subject


def findings(analysis: Analysis) -> list[Finding]:
    """Discrepancies, then agreements, then only-here items. An item without an id (a
    hand-built analysis) is listed but can hold no verdict."""
    out = [Finding(d.id, DISCREPANCY, d) for d in analysis.discrepancies]
    out += [Finding(a.id, AGREEMENT, a) for a in analysis.agreements]
    out += [Finding(o.id, ONLY_HERE, o) for o in analysis.only_here]
    return out


def finding_ids(analysis: Analysis) -> set[str]:
    return {f.id for f in findings(analysis) if f.id}


def describe(finding: Finding | Discrepancy | Agreement | OnlyHere) -> str:
    """What the finding is about, in a few words: kept with its verdict, so a verdict
    whose finding has gone can still say what it was ("figure: 3,000 per day")."""
    item = finding.item if isinstance(finding, Finding) else finding
    what = f"{item.kind}: {item.subject}"
    if isinstance(item, Agreement):
        return f"agreement, {what}"
    if isinstance(item, OnlyHere):
        return f"only in {item.source}, {what}"
    return what
