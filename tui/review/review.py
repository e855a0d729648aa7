"""One brief's review: the reader's mark per finding id, read from and saved to its
review file (tui.review.store says where). See the package docstring for the API."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from tui.analysis.model import Agreement, Analysis, Discrepancy, OnlyHere
from tui.brief.errors import Problem
from tui.brief.model import Brief
from tui.brief.paths import safe_path
from tui.review.findings import Finding, describe, finding_ids, findings
from tui.review.model import VERDICTS, Counts, Mark, ReviewError, StaleMark, clean_note
from tui.review.read import FINDING_ID, read_review
from tui.review.store import REVIEW_FILE, brief_key, dump_review, review_path, write_review

Target = str | Finding | Discrepancy | Agreement | OnlyHere
NOT_USED = "verdicts not loaded; newsbrief leaves the file as it is"


class Review:
    """The marks of one brief. Change them with `mark` and `note`, then `save()`
    (atomic) after each change. A review whose file has errors (`problems`) holds no
    marks, refuses changes and is never saved over the file: `message` says why."""

    def __init__(
        self,
        path: Path | None = None,
        marks: Mapping[str, Mark] | None = None,
        *,
        problems: list[Problem] | tuple[Problem, ...] = (),
        title: str | None = None,
        brief: str | None = None,
        exists: bool = False,
    ) -> None:
        self.path = path
        self.problems = [p for p in problems if p.error]
        self.warnings = [p for p in problems if not p.error]
        self.exists = exists  # the file was there when the review was read
        self._marks: dict[str, Mark] = {} if self.problems else dict(marks or {})
        self._changed: set[str] = set()
        self._title, self._brief = title, brief  # written into the file, for a reader of it

    @classmethod
    def load(cls, brief: Brief, *, data_dir: Path | None = None) -> Review:
        """The review of `brief`: its file's marks, an empty review when there is no
        file yet, or an unusable one (`problems`) when the file has errors."""
        path = review_path(brief, data_dir)
        if path is None:
            return cls(None, title=brief.title)
        result = read_review(path)
        stored = brief.path is not None and path != brief.path / REVIEW_FILE  # in the data folder
        key = brief_key(brief.path) if stored else None
        return cls(
            path, result.marks, problems=result.problems, title=brief.title, brief=key, exists=result.exists
        )

    # --- reading ---------------------------------------------------------------

    @property
    def usable(self) -> bool:
        return not self.problems

    @property
    def message(self) -> str | None:
        """One line for the user when the file could not be used, else None."""
        if not self.problems:
            return None
        return f"{self.problems[0]} ({NOT_USED})"

    @property
    def marks(self) -> Mapping[str, Mark]:
        return MappingProxyType(self._marks)

    def mark_of(self, finding: Target) -> Mark | None:
        return self._marks.get(_id(finding))

    def verdict_of(self, finding: Target) -> str | None:
        mark = self._marks.get(_id(finding))
        return mark.verdict if mark else None

    def note_of(self, finding: Target) -> str:
        mark = self._marks.get(_id(finding))
        return mark.note if mark else ""

    def stale(self, analysis: Analysis) -> list[StaleMark]:
        """Marks whose finding `analysis` no longer has, by id: kept, shown as stale."""
        present = finding_ids(analysis)
        return [StaleMark(fid, mark) for fid, mark in sorted(self._marks.items()) if fid not in present]

    def counts(self, analysis: Analysis) -> Counts:
        """How many of the analysis's findings have a verdict, and of each kind."""
        present = finding_ids(analysis)
        by_verdict = dict.fromkeys(VERDICTS, 0)
        for fid in present:
            verdict = self.verdict_of(fid)
            if verdict:
                by_verdict[verdict] += 1
        stale = sum(1 for fid in self._marks if fid not in present)
        return Counts(sum(by_verdict.values()), len(present), by_verdict, stale)

    def by_verdict(self, analysis: Analysis) -> dict[str | None, list[Finding]]:
        """The analysis's findings under their verdict (None: unreviewed), in its order."""
        groups: dict[str | None, list[Finding]] = {v: [] for v in (*VERDICTS, None)}
        for f in findings(analysis):
            groups[self.verdict_of(f.id) if f.id else None].append(f)
        return groups

    # --- changing ----------------------------------------------------------------

    def mark(self, finding: Target, verdict: str | None) -> None:
        """Set the verdict (confirmed, follow_up, dismissed), or clear it with None
        (the note stays). Pass the Finding (or Discrepancy…) rather than its id when
        you have it: what it is about is kept too, for when it disappears."""
        if verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {VERDICTS} or None, not {verdict!r}")
        self._change(finding, verdict=verdict)

    def note(self, finding: Target, text: str | None) -> None:
        """Set the note ('' or None removes it); control characters are dropped."""
        self._change(finding, note=clean_note(text))

    def _change(self, finding: Target, **fields) -> None:
        if self.problems:
            raise ReviewError(self.problems[0])
        fid = _id(finding)
        if not FINDING_ID.fullmatch(fid):
            raise ValueError(f"not a finding id: {fid!r}")
        old = self._marks.get(fid, Mark())
        about = old.about if isinstance(finding, str) else describe(_item(finding))
        new = Mark(fields.get("verdict", old.verdict), fields.get("note", old.note), about)
        if new == old and fid in self._marks:
            return
        if new.empty:
            self._marks.pop(fid, None)
        else:
            self._marks[fid] = new
        self._changed.add(fid)

    @property
    def unsaved(self) -> bool:
        return bool(self._changed)

    def save(self) -> bool:
        """Write the changes since the last save (False: there were none). The file is
        read again first, so marks another window saved meanwhile are kept; raises
        ReviewError (one line) when the file cannot be kept or has gone bad."""
        if not self._changed:
            return False
        if self.path is None:
            raise ReviewError("this brief has no folder, so its review cannot be kept")
        if self.problems:
            raise ReviewError(self.problems[0])
        disk = read_review(self.path)
        if disk.errors:
            first = disk.errors[0]
            raise ReviewError(
                Problem(
                    first.path, f"{first.message} (changed since it was read; not saving over it)", first.line
                )
            )
        merged = dict(disk.marks)
        for fid in self._changed:
            if fid in self._marks:
                merged[fid] = self._marks[fid]
            else:
                merged.pop(fid, None)
        write_review(self.path, dump_review(merged, title=self._title, brief=self._brief))
        self._marks = merged
        self._changed.clear()
        self.exists = True
        return True

    def __repr__(self) -> str:
        where = safe_path(self.path) if self.path else "(not kept)"
        return f"<Review {where}: {len(self._marks)} marks, {len(self.problems)} problems>"


def _item(finding: Target):
    return finding.item if isinstance(finding, Finding) else finding


def _id(finding: Target) -> str:
    return finding if isinstance(finding, str) else finding.id
