"""The main screen's review keys: mark the selected finding confirmed, dismissed or
to follow up, clear it, a note (one line, or $EDITOR), and the unreviewed filter.
Every change is saved at once through tui.review; what the lists, the header and
the detail show of it is pushed from here. Mixed into MainScreen."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding

from tui.app.verdict_marks import (
    ReviewLines,
    review_lines,
    reviewed_text,
    stale_heading,
    stale_line,
)
from tui.app.view_model import DISCREPANCIES, TAB_TITLES, TAKEAWAYS, Group, ListReview

if TYPE_CHECKING:
    from tui.analysis.model import Analysis
    from tui.app.view_model import Row
    from tui.review import Finding, Review

VERDICT_GROUP = Binding.Group("Verdict", compact=True)
# Spliced into MainScreen.BINDINGS after n / N; each id is remappable in config.toml.
REVIEW_BINDINGS = [
    Binding("x", "mark('confirmed')", "Confirmed", group=VERDICT_GROUP, id="confirm"),
    Binding("d", "mark('dismissed')", "Dismissed", group=VERDICT_GROUP, id="dismiss"),
    Binding("u", "mark('follow_up')", "Follow up", group=VERDICT_GROUP, id="follow-up"),
    Binding("i", "note", "Note", id="note"),
    Binding("U", "toggle_unreviewed", "Unreviewed", id="unreviewed"),
    Binding("backspace", "clear_mark", "Clear verdict", show=False, id="clear-verdict"),
    Binding("I", "note_in_editor", "Note in $EDITOR", show=False, id="note-editor"),
]
REVIEW_ACTIONS = {"mark", "clear_mark", "note", "note_in_editor", "toggle_unreviewed"}
REVIEW_TABS = frozenset({DISCREPANCIES, TAKEAWAYS})  # the lists that hold findings
NOT_A_FINDING = "rows hold no verdict: mark a discrepancy (1), or an agreement or only-here item (2)"
NOT_KEPT = "This brief has no folder, so verdicts cannot be kept"
NOT_LOADED = "review file not loaded"


class ReviewMixin:
    """Relies on MainScreen's parts (the list, the detail, the title bar), its
    selection and run_in_editor (DesktopMixin)."""

    review: Review | None = None
    unreviewed_only = False
    _findings: dict = {}
    _review_told: str | None = None
    _where_told = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in REVIEW_ACTIONS:
            if not self.ready:
                return None
            return self.review is not None and self.review.path is not None  # hidden where nothing is kept
        return super().check_action(action, parameters)

    # --- loading ----------------------------------------------------------------

    def load_review(self, analysis: Analysis) -> None:
        """Read the brief's review (on every analysis, so a re-analysis re-attaches the
        verdicts by id); a file with errors is said once, and marks are refused."""
        from tui.review import Review, findings

        self.review = review = Review.load(analysis.brief)
        self._findings = {f.id: f for f in findings(analysis) if f.id}
        told = review.message or "; ".join(str(w) for w in review.warnings) or None
        if told and told != self._review_told:
            severity, title = ("error", "Review not loaded") if review.message else ("warning", "Review")
            self.notify(told, title=title, severity=severity, timeout=30, markup=False)
        self._review_told = told
        self.detail.reviewer = self._review_lines
        self.show_review()

    def show_review(self) -> None:
        """Push the verdicts into the list (cell, filter, stale lines), the header's
        count and the detail."""
        review = self.review
        if review is None or self.analysis is None:
            return
        kept = review.path is not None
        verdicts = {fid: m.verdict for fid, m in review.marks.items() if m.verdict and fid in self._findings}
        stale = review.stale(self.analysis)
        tails = {}
        if stale:
            lines = [
                Group(stale_line(s.id, s.mark.verdict, s.mark.about, s.mark.note), faint=True) for s in stale
            ]
            tails[DISCREPANCIES] = (Group(stale_heading(len(stale))), *lines)
        self.active_table.set_review(
            ListReview(
                verdicts,
                frozenset(self._findings),
                REVIEW_TABS if kept else frozenset(),
                self.unreviewed_only,
                tails,
            )
        )
        self.update_tab_labels()
        self._show_counts(review, kept)
        self.detail.hint = self.base_hint + (self._stale_hint(stale) if stale else "")
        self.detail.show(self.selected)

    def _show_counts(self, review: Review, kept: bool) -> None:
        from tui.app.widgets.title_bar import TitleBar

        counts, compact = self.base_counts
        if review.problems:
            counts, compact = f"{counts} · {NOT_LOADED}", f"{compact} · review not loaded"
        elif kept:
            c = review.counts(self.analysis)
            counts = f"{counts} · {reviewed_text(c.reviewed, c.total)}"
            compact = f"{compact} · {c.reviewed}/{c.total} rev."
        self.sub_title = counts
        self.query_one(TitleBar).show(self.title, counts, compact)

    @staticmethod
    def _stale_hint(stale) -> str:
        lines = [f"\n\n{stale_heading(len(stale))} (kept in the review file):"]
        for s in stale:
            lines.append(f"\n{stale_line(s.id, s.mark.verdict, s.mark.about, '')}")
            if s.mark.note:
                lines.append(f"\n    note: {s.mark.note}")
        return "".join(lines)

    def _review_lines(self, row: Row) -> ReviewLines | None:
        """The detail's verdict and note for a row that is a finding."""
        finding = self._findings.get(row.key)
        review = self.review
        if finding is None or review is None or review.path is None:
            return None
        if review.problems:
            return ReviewLines(Text(f"Verdicts not loaded: {review.message}\n", style="dim"), Text())
        return review_lines(review.verdict_of(finding), review.note_of(finding), self._mark_keys())

    def _mark_keys(self) -> str:
        from tui.app.screens.help import resolve

        return resolve("@confirm confirmed, @dismiss dismissed, @follow-up follow up, @note a note", self.app)

    # --- the keys ---------------------------------------------------------------

    def _target(self) -> Finding | None:
        """The selected finding, or None with a line saying why nothing can be marked."""
        review = self.review
        if review is None or review.path is None:
            self.notify(NOT_KEPT, severity="warning")
            return None
        if review.problems:
            self.notify(f"Not marked: {review.message}", title="Review", severity="error", markup=False)
            return None
        row = self.selected
        if row is None:
            self.notify("Select a finding first (n: the next discrepancy)", severity="warning")
            return None
        finding = self._findings.get(row.key)
        if finding is None:
            self.notify(f"{TAB_TITLES[row.tab]} {NOT_A_FINDING}", severity="warning", markup=False)
        return finding

    def action_mark(self, verdict: str) -> None:
        finding = self._target()
        if finding is not None:
            self._change(lambda: self.review.mark(finding, verdict))

    def action_clear_mark(self) -> None:
        finding = self._target()
        if finding is None:
            return
        if self.review.verdict_of(finding) is None:
            self.notify("This finding has no verdict to clear", severity="warning")
            return
        self._change(lambda: self.review.mark(finding, None))

    def action_note(self) -> None:
        finding = self._target()
        if finding is None:
            return
        from tui.app.screens.help import resolve
        from tui.app.screens.note import NoteScreen
        from tui.review.findings import describe

        def done(text: str | None) -> None:
            if text is not None:
                self._change(lambda: self.review.note(finding, text))

        note = NoteScreen(describe(finding), self.review.note_of(finding), resolve("@note-editor", self.app))
        self.app.push_screen(note, done)

    def action_note_in_editor(self) -> None:
        """A longer note in $VISUAL / $EDITOR: a temporary file, never the brief's folder."""
        finding = self._target()
        if finding is None:
            return
        with tempfile.TemporaryDirectory(prefix="newsbrief-note-") as folder:
            path = Path(folder) / "note.txt"
            before = self.review.note_of(finding)
            path.write_text(before + "\n" if before else "", encoding="utf-8")
            if self.run_in_editor(path) != 0:
                return  # said by run_in_editor; the note stays as it was
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                self.notify(f"the note could not be read back: {exc.strerror or exc}", severity="error")
                return
        self._change(lambda: self.review.note(finding, text))

    def action_toggle_unreviewed(self) -> None:
        self.unreviewed_only = not self.unreviewed_only
        self.show_review()
        self.refresh_bindings()
        which = "only the findings without a verdict" if self.unreviewed_only else "every finding"
        self.notify(f"Discrepancies and Takeaways: {which}", timeout=3)

    def _change(self, change) -> None:
        """Apply a change and save it at once; a file that cannot be written is one line."""
        from tui.review import ReviewError

        try:
            change()
        except ReviewError as exc:
            self.notify(str(exc), title="Review", severity="error", markup=False)
            return
        try:
            saved = self.review.save()
        except ReviewError as exc:
            self.notify(
                f"{exc} (shown, but not kept: the next change tries again)",
                title="Verdict not saved",
                severity="error",
                timeout=20,
                markup=False,
            )
        else:
            if saved and not self._where_told:
                self._where_told = True
                self.notify(f"Verdicts are kept in {self.review.path}", title="Review", markup=False)
        self.show_review()
