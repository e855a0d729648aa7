"""What the panes show, as plain data: rows, marks, tabs, the order of a list.

No textual import and no analysis code, so the first paint does not wait for either;
the rows themselves are built from an Analysis in tui.app.rows."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from tui.app.markers import DIFFERS, HAS_IT, SEVERITY_ORDER, SILENT

DISCREPANCIES = "discrepancies"
TAKEAWAYS = "takeaways"
PEOPLE = "people"
QUOTES = "quotes"
FIGURES = "figures"
TABS = (DISCREPANCIES, TAKEAWAYS, PEOPLE, QUOTES, FIGURES)
TAB_TITLES = {
    DISCREPANCIES: "Discrepancies",
    TAKEAWAYS: "Takeaways",
    PEOPLE: "People",
    QUOTES: "Quotes",
    FIGURES: "Figures",
}

# Tones of a highlighted span; the article view maps each to a theme-derived style.
TONE_DIFFERS = "differs"
TONE_AGREES = "agrees"
TONE_HAS = "has"
TONE_FAINT = "faint"
TONE_MATCH = "match"
TONE_CURRENT = "current"

SORTS = ("severity", "kind", "source")


class Mark(NamedTuple):
    """A highlighted stretch of one article's text."""

    start: int
    end: int
    tone: str


@dataclass
class Row:
    """One line of a list: what it is, where each source stands, where it is in the text.
    `status` and `says` hold only the sources that say something: a source missing from
    `status` is silent, as in the comparer's verdicts."""

    key: str
    tab: str
    title: str
    kind: str = ""
    severity: str | None = None
    summary: str = ""
    status: dict[str, str] = field(default_factory=dict)
    marks: dict[str, list[Mark]] = field(default_factory=dict)
    says: dict[str, str] = field(default_factory=dict)
    consensus: str | None = None
    dissenters: list[str] = field(default_factory=list)
    silent_says: str = "(says nothing)"
    brief_wide: bool = False  # a takeaway of the brief as a whole: no per-source marker
    order: int = 0  # position in the comparer's list, for stable sorting
    _search: str | None = field(default=None, repr=False, compare=False)

    def status_of(self, source: str) -> str:
        return self.status.get(source, SILENT)

    def says_of(self, source: str) -> str:
        return self.says.get(source) or self.silent_says

    @property
    def search_text(self) -> str:
        if self._search is None:
            parts = [self.title, self.kind, self.summary, *self.says.values()]
            self._search = " ".join(p for p in parts if p).casefold()
        return self._search

    def matches(self, query: str) -> bool:
        text = self.search_text
        return all(w in text for w in query.casefold().split())

    @property
    def odd_ones(self) -> list[str]:
        """The sources that stand apart: dissenters from a consensus, or the one source
        that alone has the item. Empty when the sources differ with no majority."""
        alone = [s for s, st in self.status.items() if st == HAS_IT]
        if len(alone) == 1:
            return alone
        if self.consensus is not None:
            return list(self.dissenters)
        return []


def _lazy(name: str) -> property:
    def get(self):
        fill = self.__dict__.pop("_fill", None)
        if fill is not None:
            fill(self)
        return self.__dict__[name]

    def put(self, value) -> None:
        self.__dict__[name] = value

    return property(get, put)


class LazyRow(Row):
    """A row whose per-source part (status, marks, says) is worked out when first read:
    a brief of a thousand sources pays for the rows on screen, not for every row. Its
    filter text is what the row shows (title, kind, summary)."""

    status = _lazy("_status")
    marks = _lazy("_marks")
    says = _lazy("_says")

    def __init__(self, fill: Callable[[Row], None], **fields) -> None:
        super().__init__(**fields)
        self.__dict__["_fill"] = fill

    @property
    def search_text(self) -> str:
        if self._search is None:
            self._search = " ".join(p for p in (self.title, self.kind, self.summary) if p).casefold()
        return self._search


@dataclass(frozen=True)
class Group:
    """A heading line inside a sorted list (not selectable); `faint`: a line of
    information under a heading (a stale verdict)."""

    title: str
    faint: bool = False


@dataclass(frozen=True)
class ListReview:
    """What the list shows of the reader's review: the verdict per row key, the rows
    that can hold one, the tabs with a verdict cell, the unreviewed filter, and lines
    after a tab's rows (the stale verdicts)."""

    verdicts: Mapping[str, str] = field(default_factory=dict)
    findings: frozenset[str] = frozenset()
    tabs: frozenset[str] = frozenset()
    unreviewed_only: bool = False
    tails: Mapping[str, tuple[Group, ...]] = field(default_factory=dict)

    def keep(self, tab: str, rows: list[Row]) -> list[Row]:
        if not self.unreviewed_only or tab not in self.tabs:
            return rows
        return [r for r in rows if r.key in self.findings and r.key not in self.verdicts]


def filter_rows(rows: list[Row], query: str) -> list[Row]:
    return [r for r in rows if r.matches(query)] if query.strip() else list(rows)


def ordered(rows: list[Row], sort: str, labels: dict[str, str]) -> list[Row | Group]:
    """The list in the reader's chosen order: by severity (as the comparer ranks),
    by kind, or by source, grouped so the source most often the odd one out is first."""
    if sort == "kind":
        out: list[Row | Group] = []
        by_kind: dict[str, list[Row]] = {}
        for row in sorted(rows, key=lambda r: (r.kind, SEVERITY_ORDER.get(r.severity or "", 3), r.order)):
            by_kind.setdefault(row.kind or "other", []).append(row)
        for kind, group in by_kind.items():
            out.append(Group(f"{kind} ({len(group)})"))
            out.extend(group)
        return out
    if sort == "source":
        return _by_odd_source(rows, labels)
    return sorted(rows, key=lambda r: (SEVERITY_ORDER.get(r.severity or "", 3), r.order))


def _by_odd_source(rows: list[Row], labels: dict[str, str]) -> list[Row | Group]:
    groups: dict[str, list[Row]] = {}
    rest: list[Row] = []
    for row in sorted(rows, key=lambda r: (SEVERITY_ORDER.get(r.severity or "", 3), r.order)):
        odd = row.odd_ones
        if len(odd) == 1:
            groups.setdefault(odd[0], []).append(row)
        else:
            rest.append(row)
    out: list[Row | Group] = []
    for source, group in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        n = len(group)
        out.append(Group(f"{labels.get(source, source)}: the odd one out in {n} finding{'s' * (n != 1)}"))
        out.extend(group)
    if rest:
        out.append(Group(f"No single odd one out ({len(rest)})"))
        out.extend(rest)
    return out


def odd_one_out(rows: list[Row], labels: dict[str, str]) -> str | None:
    """'Fox News is the odd one out in 3 of 5 findings', when one source stands out."""
    tally: dict[str, int] = {}
    for row in rows:
        odd = row.odd_ones
        if len(odd) == 1 and row.status_of(odd[0]) in (DIFFERS, HAS_IT):
            tally[odd[0]] = tally.get(odd[0], 0) + 1
    if not tally:
        return None
    source, n = max(tally.items(), key=lambda kv: kv[1])
    return f"{labels.get(source, source)} is the odd one out in {n} of {len(rows)} findings"


def first_mark(row: Row | None, source: str) -> int | None:
    """Where a column should scroll to for this row: its first highlighted offset."""
    if row is None or not row.marks.get(source):
        return None
    return min(m.start for m in row.marks[source])


def step(index: int | None, count: int, delta: int) -> int | None:
    """The next row index, wrapping at the ends (n/N cycle through discrepancies)."""
    if count == 0:
        return None
    if index is None:
        return 0 if delta > 0 else count - 1
    return (index + delta) % count


def tab_label(tab: str, shown: int | None, total: int | None) -> str:
    """'Discrepancies 19', or '3/19' while a filter hides some; no count before the analysis."""
    title = TAB_TITLES[tab]
    if total is None:
        return title
    return f"{title} {shown}/{total}" if shown is not None and shown != total else f"{title} {total}"


def export_name(brief) -> str:
    """Default export file name: the brief folder's name, or a slug of its title."""
    if brief.path is not None:
        stem = brief.path.stem if brief.path.is_file() or brief.path.suffix else brief.path.name
        if stem and stem != "brief":
            return f"{_slug(stem)}.md"
        if brief.path.name == "brief.yaml":
            return f"{_slug(brief.path.parent.name)}.md"
    return f"{_slug(brief.title)}.md"


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:60].strip("-") or "brief"
