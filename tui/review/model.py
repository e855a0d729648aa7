"""A reader's verdicts as plain data: the verdict words, one finding's mark, the
counts the header shows, and the one error a review file can raise."""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.brief.errors import BriefError
from tui.regex_cache import compiled

CONFIRMED = "confirmed"
FOLLOW_UP = "follow_up"
DISMISSED = "dismissed"
VERDICTS = (CONFIRMED, FOLLOW_UP, DISMISSED)  # the order exports list them in
LABELS = {CONFIRMED: "Confirmed", FOLLOW_UP: "Follow up", DISMISSED: "Dismissed"}
UNREVIEWED = "unreviewed"  # a selection (export --only), never a verdict kept in the file

# C0/C1 control characters other than tab and newline: a note is text, never terminal codes.
_CONTROL = compiled(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_note(text: str | None) -> str:
    """A note as it is kept: line endings as \\n, no control characters, no trailing
    spaces on a line, no blank lines around it."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


@dataclass(frozen=True)
class Mark:
    """What the reader decided about one finding. `about` says what the finding was
    when it was marked ("figure: 3,000 per day"), for when it no longer appears."""

    verdict: str | None = None  # confirmed | follow_up | dismissed; None: a note only
    note: str = ""
    about: str = ""

    @property
    def empty(self) -> bool:
        return self.verdict is None and not self.note


@dataclass(frozen=True)
class StaleMark:
    """A mark whose finding the analysis no longer has: kept, and shown as stale."""

    id: str
    mark: Mark


@dataclass(frozen=True)
class Counts:
    """`reviewed` of `total` findings in this analysis have a verdict; `stale` marks
    belong to findings it no longer has."""

    reviewed: int
    total: int
    by_verdict: dict[str, int] = field(default_factory=dict)
    stale: int = 0

    def __str__(self) -> str:
        return f"{self.reviewed}/{self.total} reviewed"


class ReviewError(BriefError):
    """A review file that cannot be used or written: str() is the one line to show."""
