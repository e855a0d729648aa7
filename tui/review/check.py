"""`newsbrief check` on a brief's review file: its problems as brief.yaml's are
listed, and a warning for verdicts whose findings the analysis no longer has."""

from __future__ import annotations

from tui.brief.errors import Problem
from tui.brief.model import Brief
from tui.brief.paths import safe_path
from tui.review.review import Review

SHOWN_STALE = 5  # ids named in the stale warning; the rest are counted


def check_review(brief: Brief | None) -> list[Problem]:
    """Errors and warnings of the review file of `brief` (none when it has no file)."""
    if brief is None:
        return []
    review = Review.load(brief)
    problems = [*review.problems, *review.warnings]
    if review.usable and review.marks:
        from tui.analysis import analyze

        stale = review.stale(analyze(brief))
        if stale:
            ids = ", ".join(s.id for s in stale[:SHOWN_STALE])
            more = f" and {len(stale) - SHOWN_STALE} more" if len(stale) > SHOWN_STALE else ""
            problems.append(
                Problem(
                    safe_path(review.path),
                    f"{len(stale)} verdict(s) for findings the analysis no longer has "
                    f"(kept, shown as stale): {ids}{more}",
                    error=False,
                )
            )
    return problems
