"""What the panes show, derived from an Analysis: plain data, no textual import,
so every rule about statuses, spans and copy text is unit-testable on its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from tui.analysis.compare.common import shorten
from tui.analysis.model import AGREES, DIFFERS, SILENT, Analysis, Discrepancy

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

STATUS_SYMBOLS = {AGREES: "✓", DIFFERS: "≠", SILENT: "·"}
SEVERITY_SYMBOLS = {"high": "▲", "medium": "●", "low": "○"}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}

# Tones of a highlighted span; the article view maps each to a theme-derived style.
TONE_DIFFERS = "differs"
TONE_AGREES = "agrees"
TONE_FAINT = "faint"


class Mark(NamedTuple):
    """A highlighted stretch of one article's text."""

    start: int
    end: int
    tone: str


@dataclass
class Row:
    """One line of a pane: what it is, where each source stands, where it is in the text."""

    key: str
    tab: str
    title: str
    kind: str = ""
    severity: str | None = None
    summary: str = ""
    status: dict[str, str] = field(default_factory=dict)
    marks: dict[str, list[Mark]] = field(default_factory=dict)
    says: dict[str, str] = field(default_factory=dict)  # what each source says, for the detail panel

    @property
    def search_text(self) -> str:
        parts = [self.title, self.kind, self.summary, *self.says.values()]
        return " ".join(p for p in parts if p).casefold()

    def matches(self, query: str) -> bool:
        words = query.casefold().split()
        text = self.search_text
        return all(w in text for w in words)


def _sorted_marks(marks: list[Mark]) -> list[Mark]:
    return sorted(set(marks))


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def discrepant_spans(analysis: Analysis) -> dict[str, list[tuple[int, int]]]:
    """Every span a discrepancy cites, per source: where the sources disagree."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for d in analysis.discrepancies:
        for source, claim in d.claims.items():
            for s in claim.spans:
                spans.setdefault(source, []).append((s.start, s.end))
    return spans


def faint_marks(analysis: Analysis) -> dict[str, tuple[Mark, ...]]:
    """The faint layer: all discrepancy spans, so a reader sees disagreement while reading."""
    return {
        source: tuple(_sorted_marks([Mark(s, e, TONE_FAINT) for s, e in spans]))
        for source, spans in discrepant_spans(analysis).items()
    }


def _in_discrepancy(spans: dict[str, list[tuple[int, int]]], source: str, start: int, end: int) -> bool:
    return any(_overlaps(start, end, s, e) for s, e in spans.get(source, ()))


def _label(analysis: Analysis, source: str) -> str:
    try:
        return analysis.brief.article(source).label
    except KeyError:
        return source


# --- rows per tab ------------------------------------------------------------


def discrepancy_rows(analysis: Analysis) -> list[Row]:
    sources = analysis.source_ids
    order = sorted(
        enumerate(analysis.discrepancies), key=lambda p: (SEVERITY_ORDER.get(p[1].severity, 3), p[0])
    )
    rows = []
    for index, d in order:
        status, marks, says = {}, {}, {}
        for source in sources:
            claim = d.claims.get(source)
            if claim is None or claim.silent:
                status[source] = SILENT
                says[source] = claim.text if claim and claim.text else "(says nothing)"
            else:
                status[source] = DIFFERS
                says[source] = claim.text
                marks[source] = _sorted_marks([Mark(s.start, s.end, TONE_DIFFERS) for s in claim.spans])
        rows.append(
            Row(
                key=f"d{index}",
                tab=DISCREPANCIES,
                title=d.subject,
                kind=d.kind,
                severity=d.severity,
                summary=d.summary,
                status=status,
                marks=marks,
                says=says,
            )
        )
    return rows


def takeaway_rows(analysis: Analysis) -> list[Row]:
    """Each source's own takeaways, the brief's merged ones (no per-source status:
    they speak for the brief), then what the sources agree on, with its spans."""
    sources = analysis.source_ids
    discrepant = discrepant_spans(analysis)
    rows = []
    for index, t in enumerate(analysis.takeaways):
        if t.source is None:
            rows.append(Row(key=f"t{index}", tab=TAKEAWAYS, title=t.text, kind="brief"))
            continue
        status = dict.fromkeys(sources, SILENT)
        marks: dict[str, list[Mark]] = {}
        differs = t.start is not None and _in_discrepancy(discrepant, t.source, t.start, t.end or t.start)
        status[t.source] = DIFFERS if differs else AGREES
        if t.start is not None and t.end is not None:
            marks[t.source] = [Mark(t.start, t.end, TONE_DIFFERS if differs else TONE_AGREES)]
        rows.append(
            Row(
                key=f"t{index}",
                tab=TAKEAWAYS,
                title=t.text,
                kind=_takeaway_kind(analysis, t.source, t.start),
                status=status,
                marks=marks,
                says={t.source: t.text},
            )
        )
    for index, agreement in enumerate(analysis.agreements):
        status = {s: AGREES if s in agreement.sources else SILENT for s in sources}
        marks = {
            source: _sorted_marks([Mark(sp.start, sp.end, TONE_AGREES) for sp in claim.spans])
            for source, claim in agreement.claims.items()
            if claim.spans
        }
        says = {source: claim.text for source, claim in agreement.claims.items() if claim.text}
        rows.append(
            Row(
                key=f"a{index}",
                tab=TAKEAWAYS,
                title=agreement.subject,
                kind=f"agreed {agreement.kind}",
                summary=agreement.summary,
                status=status,
                marks=marks,
                says=says,
            )
        )
    return rows


def _takeaway_kind(analysis: Analysis, source: str, start: int | None) -> str:
    """ "own list" for an item of the source's key-points list, "lead" for a sentence."""
    if start is None:
        return "lead"
    try:
        blocks = analysis.brief.article(source).blocks
    except KeyError:
        return "lead"
    inside = next((b for b in blocks if b.start <= start < b.end), None)
    return "own list" if inside is not None and inside.takeaway else "lead"


def people_rows(analysis: Analysis) -> list[Row]:
    sources = analysis.source_ids
    rows = []
    for index, p in enumerate(analysis.people):
        status, marks, says = {}, {}, {}
        for source in sources:
            spans = p.spans.get(source, [])
            mentioned = bool(spans) or p.mentions.get(source, 0) > 0
            st = p.status.get(source) or (AGREES if mentioned else SILENT)
            status[source] = st
            roles = p.roles.get(source, [])
            if mentioned:
                count = p.mentions.get(source, len(spans))
                says[source] = (", ".join(roles) if roles else "no role given") + f" · {count} mention(s)"
            else:
                says[source] = "(not named)"
            if spans:
                tone = TONE_DIFFERS if st == DIFFERS else TONE_AGREES
                marks[source] = _sorted_marks([Mark(s.start, s.end, tone) for s in spans])
        roles = sorted({r for rs in p.roles.values() for r in rs})
        rows.append(
            Row(
                key=f"p{index}",
                tab=PEOPLE,
                title=p.name,
                kind=shorten(roles[0], 40) if roles else "",
                summary=", ".join(p.aliases),
                status=status,
                marks=marks,
                says=says,
            )
        )
    return rows


def quote_rows(analysis: Analysis) -> list[Row]:
    """One row per wording the comparer grouped; every source that carries it agrees."""
    sources = analysis.source_ids
    discrepant = discrepant_spans(analysis)
    index_of = {id(q): i for i, q in enumerate(analysis.quotes)}
    rows = []
    for group in analysis.quote_groups:
        status = dict.fromkeys(sources, SILENT)
        marks: dict[str, list[Mark]] = {}
        says = dict.fromkeys(sources, "(does not carry this quote)")
        for same in group.quotes:
            differs = _in_discrepancy(discrepant, same.source, same.start, same.end)
            status[same.source] = DIFFERS if differs else AGREES
            tone = TONE_DIFFERS if differs else TONE_AGREES
            marks.setdefault(same.source, []).append(Mark(same.start, same.end, tone))
            if same.speaker_span is not None:
                marks[same.source].append(Mark(same.speaker_span.start, same.speaker_span.end, tone))
            says[same.source] = f"“{shorten(same.text)}” — {same.speaker or 'unattributed'}"
        rows.append(
            Row(
                key=f"q{index_of[id(group.quotes[0])]}",
                tab=QUOTES,
                title=f"“{group.text}”",
                kind=group.speaker or "unattributed",
                status=status,
                marks={s: _sorted_marks(m) for s, m in marks.items()},
                says=says,
            )
        )
    return rows


def figure_rows(analysis: Analysis) -> list[Row]:
    """One row per group of figures counting the same thing; loose figures when not grouped."""
    sources = analysis.source_ids
    discrepant = discrepant_spans(analysis)
    groups = [(g.label, g.figures, g.status) for g in analysis.figure_groups]
    if not groups:
        groups = [(f.counts or f.text, [f], {}) for f in analysis.figures]
    rows = []
    for index, (label, figures, group_status) in enumerate(groups):
        status = dict.fromkeys(sources, SILENT)
        marks: dict[str, list[Mark]] = {}
        says: dict[str, list[str]] = {}
        for f in figures:
            differs = group_status.get(f.source) == DIFFERS or _in_discrepancy(
                discrepant, f.source, f.start, f.end
            )
            status[f.source] = DIFFERS if differs or status[f.source] == DIFFERS else AGREES
            marks.setdefault(f.source, []).append(
                Mark(f.start, f.end, TONE_DIFFERS if differs else TONE_AGREES)
            )
            says.setdefault(f.source, []).append(shorten(f.sentence or f.text))
        for source, st in group_status.items():
            if source in status and st in STATUS_SYMBOLS:
                status[source] = st
        values = sorted({f.text for f in figures})
        rows.append(
            Row(
                key=f"f{index}",
                tab=FIGURES,
                title=label,
                kind=" / ".join(values),
                status=status,
                marks={s: _sorted_marks(m) for s, m in marks.items()},
                says={s: " … ".join(v) for s, v in says.items()},
            )
        )
    return rows


BUILDERS = {
    DISCREPANCIES: discrepancy_rows,
    TAKEAWAYS: takeaway_rows,
    PEOPLE: people_rows,
    QUOTES: quote_rows,
    FIGURES: figure_rows,
}


def rows_for(analysis: Analysis, tab: str) -> list[Row]:
    return BUILDERS[tab](analysis)


def all_rows(analysis: Analysis) -> dict[str, list[Row]]:
    return {tab: rows_for(analysis, tab) for tab in TABS}


def filter_rows(rows: list[Row], query: str) -> list[Row]:
    return [r for r in rows if r.matches(query)] if query.strip() else list(rows)


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


# --- text for the header, detail panel and clipboard -------------------------


def counts_line(analysis: Analysis) -> str:
    n_src = len(analysis.brief.articles)
    n_people = len(analysis.people)
    n_disc = len(analysis.discrepancies)
    high = sum(1 for d in analysis.discrepancies if d.severity == "high")
    parts = [
        f"{n_src} source{'s' if n_src != 1 else ''}",
        f"{n_people} {'person' if n_people == 1 else 'people'}",
        f"{n_disc} discrepanc{'y' if n_disc == 1 else 'ies'}" + (f" ({high} high)" if high else ""),
    ]
    return " · ".join(parts)


def citation(analysis: Analysis, source: str) -> str:
    try:
        article = analysis.brief.article(source)
    except KeyError:
        return source
    bits = [article.label]
    if article.headline:
        bits.append(f"“{article.headline}”")
    if article.published:
        bits.append(article.published)
    if article.url:
        bits.append(article.url)
    return ", ".join(bits)


def copy_text(analysis: Analysis, row: Row) -> str:
    """The selected item as markdown a reporter can paste: what each source says, cited."""
    head = TAB_TITLES[row.tab].rstrip("s") if row.tab != PEOPLE else "Person"
    if row.tab == DISCREPANCIES:
        head = f"Discrepancy ({row.severity}, {row.kind})"
    lines = [f"**{head}: {row.title}**"]
    if row.summary:
        lines.append("")
        lines.append(row.summary)
    lines.append("")
    for source in analysis.source_ids if row.status else ():
        status = row.status.get(source, SILENT)
        said = row.says.get(source, "(says nothing)")
        lines.append(f"- {STATUS_SYMBOLS[status]} {_label(analysis, source)}: {said}")
        for m in row.marks.get(source, [])[:3]:
            lines.append(f"  - cited at chars {m.start}–{m.end}: “{_excerpt(analysis, source, m)}”")
    lines.append("")
    lines.append("Sources:")
    for source in analysis.source_ids:
        lines.append(f"- {citation(analysis, source)}")
    return "\n".join(lines) + "\n"


def _excerpt(analysis: Analysis, source: str, mark: Mark) -> str:
    try:
        text = analysis.brief.article(source).text
    except KeyError:
        return ""
    return shorten(text[mark.start : mark.end], 200)


def discrepancy_for(analysis: Analysis, row: Row) -> Discrepancy | None:
    if row.tab != DISCREPANCIES:
        return None
    index = int(row.key[1:])
    return analysis.discrepancies[index] if 0 <= index < len(analysis.discrepancies) else None


def export_name(analysis: Analysis) -> str:
    """Default export file name: the brief folder's name, or a slug of its title."""
    brief = analysis.brief
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
