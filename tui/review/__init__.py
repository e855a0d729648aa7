"""The review workflow: a reader's verdict on each finding (confirmed, follow up,
dismissed) and a note, kept with the brief and carried into the exports. Plain
modules, no UI: the app, the CLI and the exports all go through `Review`.

Where the file lives (tui.review.store):

- `review.yaml` beside brief.yaml for a curated brief;
- for a zero-config folder, loose article files or the bundled brief, newsbrief's
  data folder (`$XDG_DATA_HOME/newsbrief/reviews/<name>-<hash of the path>.yaml`,
  platformdirs elsewhere), keyed by the brief's folder: never the user's folder.

Nothing else is ever written: not an article, not brief.yaml.

The API the app calls:

    review = Review.load(brief)            # never raises for a bad file:
    review.problems, review.message        #   errors, and the one line to show; the
                                           #   review then holds no marks and refuses changes
    review.warnings                        # unknown keys and the like (the file is used)
    review.path                            # where it lives (None: a brief built in memory)
    review.mark(finding, "confirmed")      # or "follow_up", "dismissed"; None clears it
    review.note(finding, "Call the agency")  # "" removes the note
    review.save()                          # atomic; call after each change; ReviewError
                                           #   (one line) when it cannot be written
    review.verdict_of(finding) -> str | None
    review.note_of(finding) -> str
    review.mark_of(finding) -> Mark | None
    review.counts(analysis) -> Counts      # .reviewed of .total findings, .by_verdict, .stale
    review.stale(analysis) -> [StaleMark]  # verdicts whose finding no longer appears: kept
    review.by_verdict(analysis) -> {verdict | None: [Finding]}  # None: unreviewed
    findings(analysis) -> [Finding]        # every discrepancy, agreement and only-here item

`finding` is a Finding, a Discrepancy, an Agreement, an OnlyHere or an id string;
passing the object keeps what it was about, for when it disappears. Marks are keyed
by the stable finding ids of tui.analysis.compare.ids, so they survive re-analysis.
`save()` reads the file again and writes only the findings this Review changed, so
two windows on one brief (two browser tabs of `newsbrief serve`) do not undo each
other's verdicts.

The file is read without constructing Python objects: YAML aliases and tags other
than YAML's plain types are refused (tui.review.yaml_nodes), and it may be at most
2 MiB. Any error means no verdicts are used, with one line saying why.
"""

from __future__ import annotations

from tui.review.findings import Finding, findings
from tui.review.model import (
    CONFIRMED,
    DISMISSED,
    FOLLOW_UP,
    LABELS,
    VERDICTS,
    Counts,
    Mark,
    ReviewError,
    StaleMark,
)
from tui.review.review import Review

__all__ = [
    "CONFIRMED",
    "DISMISSED",
    "FOLLOW_UP",
    "LABELS",
    "VERDICTS",
    "Counts",
    "Finding",
    "Mark",
    "Review",
    "ReviewError",
    "StaleMark",
    "findings",
]
