"""A reader's verdicts as the app shows them: a symbol and a word for each (never
colour alone), the header's count, the detail's lines and the stale lines. Plain
data and rich Text, no textual import and no review code (the screen passes the
verdicts in)."""

from __future__ import annotations

from typing import NamedTuple

from rich.text import Text

# The verdict words of tui.review.model, written out so the first paint does not
# import the review package; a test checks they are the same.
CONFIRMED = "confirmed"
FOLLOW_UP = "follow_up"
DISMISSED = "dismissed"

VERDICT_SYMBOLS = {CONFIRMED: "✔", DISMISSED: "✗", FOLLOW_UP: "⚑"}
VERDICT_WORDS = {CONFIRMED: "confirmed", DISMISSED: "dismissed", FOLLOW_UP: "follow up"}
VERDICT_STYLES = {CONFIRMED: "bold", DISMISSED: "dim", FOLLOW_UP: "bold"}
# The help screen's and README's legend, in the order a reviewer uses them.
VERDICT_LEGEND = (
    (CONFIRMED, "confirmed: the finding holds, checked"),
    (DISMISSED, "dismissed: not a real difference (a synonym, a misreading)"),
    (FOLLOW_UP, "follow up: needs a call, a document, a second look"),
)
UNREVIEWED_CELL = " "  # an unreviewed finding: nothing, so the symbols stand out
CELL = 2  # the verdict symbol and a space, first on the line


def verdict_symbol(verdict: str | None) -> str:
    return VERDICT_SYMBOLS.get(verdict or "", UNREVIEWED_CELL)


def verdict_word(verdict: str | None) -> str:
    return VERDICT_WORDS.get(verdict or "", "not reviewed")


def reviewed_text(reviewed: int, total: int) -> str:
    """The header's count: '3/19 reviewed'."""
    return f"{reviewed}/{total} reviewed"


class ReviewLines(NamedTuple):
    """The detail's review part: `top` (the verdict and the note, the reader's own word,
    right under the summary) and `below` (how to mark an unreviewed finding, after what
    the sources say)."""

    top: Text
    below: Text


def review_lines(verdict: str | None, note: str, keys: str) -> ReviewLines:
    """The verdict in words with its symbol, and the note (several lines kept as
    written); `keys` says how to mark an unreviewed one."""
    top = Text()
    if verdict:
        top.append(f"{verdict_symbol(verdict)} Verdict: {verdict_word(verdict)}\n", style="bold")
    if note:
        lines = note.split("\n")
        top.append("Note: ", style="bold")
        top.append(lines[0] + "\n")
        for line in lines[1:]:
            top.append(f"      {line}\n")
    hint = Text() if verdict else Text(f"Not reviewed yet ({keys})\n", style="dim")
    if note:  # beside the reader's note, not far below it
        top.append_text(hint)
        hint = Text()
    return ReviewLines(top, hint)


def stale_line(fid: str, verdict: str | None, about: str, note: str) -> str:
    """One stale mark, for the end of the list: what it was about (its id when the
    file does not say), that it has gone."""
    mark = verdict_symbol(verdict) if verdict else "✎"
    what = about or fid
    first = note.split("\n", 1)[0]
    tail = f" — note: {first[:60]}" if first else ""
    return f"{mark} {what}: no longer appears (stale {verdict_word(verdict) if verdict else 'note'}){tail}"


def stale_heading(count: int) -> str:
    """Kept in the review file, never dropped: the finding may come back."""
    return f"Stale: {count} verdict{'s' * (count != 1)} on findings that no longer appear"
