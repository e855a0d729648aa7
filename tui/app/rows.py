"""The rows of each list, built from an Analysis. Every marker is a verdict the
comparer gave (Discrepancy/Agreement.verdicts, Person.status, FigureGroup.status);
only a takeaway, which the comparer does not judge, takes its markers from the
verdicts of the findings that overlap it. No textual import.

Rows are sparse: a source that says nothing is absent, so a brief of a thousand
sources costs what its sources say, not sources times items."""

from __future__ import annotations

from dataclasses import dataclass

from tui.analysis.model import (
    DIFFERS,
    HAS_IT,
    SILENT,
    Agreement,
    Analysis,
    Verdict,
)
from tui.app.citations import tidy
from tui.app.fact_rows import figure_rows, people_rows, quote_rows
from tui.app.markers import relation, stronger
from tui.app.row_parts import TONES, marks_of
from tui.app.spans import SpanIndex
from tui.app.view_model import (
    DISCREPANCIES,
    FIGURES,
    PEOPLE,
    QUOTES,
    TABS,
    TAKEAWAYS,
    TONE_AGREES,
    TONE_DIFFERS,
    TONE_FAINT,
    TONE_HAS,
    LazyRow,
    Mark,
    Row,
    odd_one_out,
    ordered,
)

# --- discrepancies -----------------------------------------------------------


def discrepancy_rows(analysis: Analysis) -> list[Row]:
    rows = []
    for index, d in enumerate(analysis.discrepancies):
        verdicts = d.verdicts
        status = {s: v.verdict for s, v in verdicts.items() if v.verdict != SILENT}
        says, marks = {}, {}
        silent_text = None
        for source, claim in d.claims.items():
            if claim.silent:
                silent_text = silent_text or claim.text
                continue
            says[source] = tidy(claim.text)
            if claim.spans:
                marks[source] = marks_of(claim.spans, TONES.get(status.get(source, DIFFERS), TONE_DIFFERS))
        for source, v in verdicts.items():
            if v.value and v.verdict != SILENT:
                claim, value = says.get(source), tidy(v.value)
                says[source] = claim if claim and claim.startswith(value) else _value_and(value, claim)
        rows.append(
            Row(
                key=d.id or f"d{index}",
                tab=DISCREPANCIES,
                title=d.subject,
                kind=d.kind,
                severity=d.severity,
                summary=tidy(d.summary),
                status=status,
                marks=marks,
                says=says,
                consensus=d.consensus,
                dissenters=list(d.dissenters),
                silent_says=f"({silent_text})" if silent_text and silent_text != "—" else "(says nothing)",
                order=index,
            )
        )
    return rows


def _value_and(value: str, claim: str | None) -> str:
    """The source's value, then its claim when that says more."""
    return value if not claim or claim == value else f"{value} — {claim}"


# --- takeaways ---------------------------------------------------------------


FACT_KINDS = ("figure", "role", "quote", "date")  # the aligned facts the comparer judges


def _finding_index(analysis: Analysis) -> tuple[SpanIndex, list]:
    """The findings that take a side on a fact (the comparer's verdicts on a figure, a
    role, a quote or a date, and agreements on them), findable by the spans they cite.
    Naming the same person, a name form or loaded wording says nothing about a takeaway."""
    findings = [d for d in analysis.discrepancies if d.verdicts and d.kind in FACT_KINDS]
    findings += [a for a in analysis.agreements if a.kind in FACT_KINDS]
    entries = (
        (source, span.start, span.end, i)
        for i, f in enumerate(findings)
        for source, claim in f.claims.items()
        for span in claim.spans
    )
    return SpanIndex(entries), findings


def _takeaway_row(t, key: str, analysis: Analysis, index: SpanIndex, findings: list) -> Row:
    """A source's own takeaway; the others' markers are worked out when first shown."""

    def fill(row: Row) -> None:
        row.status, row.marks, row.says = _takeaway_stands(t, index, findings)

    return LazyRow(
        fill,
        key=key,
        tab=TAKEAWAYS,
        title=t.text,
        kind=_takeaway_kind(analysis, t.source, t.start),
        silent_says="(nothing on this)",
    )


def _takeaway_stands(t, index: SpanIndex, findings: list) -> tuple[dict, dict, dict]:
    """Where each source stands on a takeaway: the owner has it; another agrees or
    differs as the verdicts of the facts that overlap it say."""
    owner = t.source
    status = {owner: HAS_IT}
    says = {owner: t.text}
    marks: dict[str, list[Mark]] = {}
    if t.start is None or t.end is None:
        return status, marks, says
    marks[owner] = [Mark(t.start, t.end, TONE_HAS)]
    for i in dict.fromkeys(index.overlapping(owner, t.start, t.end)):
        finding = findings[i]
        verdicts = finding.verdicts
        mine = verdicts.get(owner, Verdict(SILENT))
        for source, v in verdicts.items():
            if source == owner:
                continue
            rel = relation(mine.verdict, v.verdict, bool(v.value) and v.value == mine.value)
            if rel == SILENT:
                continue
            before = status.get(source, SILENT)
            status[source] = stronger(rel, before)
            claim = finding.claims.get(source)
            value = v.value or (claim.text if claim else "")
            if status[source] != before or source not in says:
                says[source] = f"{finding.subject}: {tidy(value)}" if value else finding.subject
            if claim and claim.spans:
                marks.setdefault(source, []).extend(marks_of(claim.spans, TONES.get(rel, TONE_FAINT)))
    return status, {s: sorted(set(m)) for s, m in marks.items()}, says


def takeaway_rows(analysis: Analysis) -> list[Row]:
    """Each source's own takeaways (it has it; others agree or differ as the findings
    that overlap it say), the brief's merged ones, what the sources agree on, then
    what one source alone gives."""
    index, findings = _finding_index(analysis)
    rows = []
    for i, t in enumerate(analysis.takeaways):
        if t.source is None:
            rows.append(Row(key=f"t{i}", tab=TAKEAWAYS, title=t.text, kind="brief", brief_wide=True, order=i))
            continue
        row = _takeaway_row(t, f"t{i}", analysis, index, findings)
        row.order = i
        rows.append(row)
    for i, agreement in enumerate(analysis.agreements):
        verdicts = agreement.verdicts
        status = {s: v.verdict for s, v in verdicts.items() if v.verdict != SILENT}
        origins = f" ({agreement.origins} independent origins)" if agreement.origins else ""
        rows.append(
            Row(
                key=agreement.id or f"a{i}",
                tab=TAKEAWAYS,
                title=agreement.subject,
                kind=f"agreed {agreement.kind}",
                summary=tidy(agreement.summary) + origins,
                status=status,
                marks={s: marks_of(c.spans, TONE_AGREES) for s, c in agreement.claims.items() if c.spans},
                says={
                    s: tidy(v.value or agreement.claims[s].text)
                    for s, v in verdicts.items()
                    if _said(v, agreement, s)
                },
                order=len(analysis.takeaways) + i,
            )
        )
    rows += only_here_rows(analysis, len(rows))
    return rows


def only_here_rows(analysis: Analysis, order: int) -> list[Row]:
    """What one source alone gives (the comparer's only-here items), after the
    agreements: findings a reader can review too."""
    labels = {a.id: a.label for a in analysis.brief.articles}
    return [
        Row(
            key=o.id or f"o{i}",
            tab=TAKEAWAYS,
            title=o.subject,
            kind=f"only here: {o.kind}",
            summary=f"Only {labels.get(o.source, o.source)} gives this",
            status={o.source: HAS_IT},
            marks={o.source: marks_of(o.spans, TONE_HAS)} if o.spans else {},
            says={o.source: tidy(o.text)},
            silent_says="(does not give this)",
            order=order + i,
        )
        for i, o in enumerate(analysis.only_here)
    ]


def _said(v: Verdict, agreement: Agreement, source: str) -> bool:
    return bool(v.value) or (source in agreement.claims and bool(agreement.claims[source].text))


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


# --- people, quotes, figures -------------------------------------------------


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
    rows = {tab: rows_for(analysis, tab) for tab in TABS}
    labels = {a.id: a.label for a in analysis.brief.articles}
    rows[DISCREPANCIES] = [r for r in ordered(rows[DISCREPANCIES], "severity", labels) if isinstance(r, Row)]
    return rows


def faint_marks(analysis: Analysis) -> dict[str, tuple[Mark, ...]]:
    """The faint layer: every span a discrepancy cites, so disagreement shows while reading."""
    spans: dict[str, set[Mark]] = {}
    for d in analysis.discrepancies:
        for source, claim in d.claims.items():
            for s in claim.spans:
                spans.setdefault(source, set()).add(Mark(s.start, s.end, TONE_FAINT))
    return {source: tuple(sorted(marks)) for source, marks in spans.items()}


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


def compact_counts(analysis: Analysis) -> str:
    """The counts for a narrow title line: sources and discrepancies only."""
    n_src, n_disc = len(analysis.brief.articles), len(analysis.discrepancies)
    high = sum(1 for d in analysis.discrepancies if d.severity == "high")
    return f"{n_src} src · {n_disc} disc." + (f" ({high} high)" if high else "")


@dataclass
class Prepared:
    """Everything the screen shows of an analysis, worked out off the UI thread."""

    analysis: Analysis
    rows: dict[str, list[Row]]
    faint: dict[str, tuple[Mark, ...]]
    counts: str
    compact: str
    odd_one_out: str | None


def prepare(analysis: Analysis) -> Prepared:
    rows = all_rows(analysis)
    labels = {a.id: a.label for a in analysis.brief.articles}
    return Prepared(
        analysis,
        rows,
        faint_marks(analysis),
        counts_line(analysis),
        compact_counts(analysis),
        odd_one_out(rows[DISCREPANCIES], labels),
    )
