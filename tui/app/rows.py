"""The rows of each list, built from an Analysis. Every marker is a verdict the
comparer gave (Discrepancy/Agreement.verdicts, Person.status, FigureGroup.status);
only a takeaway, which the comparer does not judge, takes its markers from the
verdicts of the findings that overlap it. No textual import.

Rows are sparse: a source that says nothing is absent, so a brief of a thousand
sources costs what its sources say, not sources times items."""

from __future__ import annotations

from dataclasses import dataclass

from tui.analysis.model import (
    AGREES,
    CANNOT_TELL,
    DIFFERS,
    HAS_IT,
    SILENT,
    Agreement,
    Analysis,
    Discrepancy,
    Verdict,
)
from tui.app.citations import tidy
from tui.app.markers import relation, stronger
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

TONES = {DIFFERS: TONE_DIFFERS, AGREES: TONE_AGREES, HAS_IT: TONE_HAS, CANNOT_TELL: TONE_HAS}


def _marks(spans, tone: str) -> list[Mark]:
    return sorted({Mark(s.start, s.end, tone) for s in spans})


def verdicts_of(finding: Discrepancy | Agreement) -> dict[str, Verdict]:
    """The comparer's verdicts; for a finding it gives none (headline, framing and
    caption dates today, agreements on people), what its claims say: a source with a
    claim differs (a discrepancy), has it (an omission) or agrees (an agreement); the
    rest are silent."""
    if finding.verdicts:
        return finding.verdicts
    given = AGREES if isinstance(finding, Agreement) else DIFFERS
    speaking = {s: c for s, c in finding.claims.items() if not c.silent}
    if finding.kind == "omission":  # the sources that carry what the others leave out
        given = HAS_IT if len(speaking) == 1 else AGREES
    out = {s: Verdict(given, c.text) for s, c in speaking.items()}
    if isinstance(finding, Agreement):
        for s in finding.sources:
            out.setdefault(s, Verdict(AGREES))
    return out


def _alone(status: dict[str, str]) -> dict[str, str]:
    """One source alone gives the item: it has it, it does not agree with anyone."""
    speaking = [s for s, st in status.items() if st != SILENT]
    if len(speaking) == 1 and status[speaking[0]] == AGREES:
        return {speaking[0]: HAS_IT}
    return status


# --- discrepancies -----------------------------------------------------------


def discrepancy_rows(analysis: Analysis) -> list[Row]:
    rows = []
    for index, d in enumerate(analysis.discrepancies):
        verdicts = verdicts_of(d)
        status = {s: v.verdict for s, v in verdicts.items() if v.verdict != SILENT}
        says, marks = {}, {}
        silent_text = None
        for source, claim in d.claims.items():
            if claim.silent:
                silent_text = silent_text or claim.text
                continue
            says[source] = tidy(claim.text)
            if claim.spans:
                marks[source] = _marks(claim.spans, TONES.get(status.get(source, DIFFERS), TONE_DIFFERS))
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
        verdicts = verdicts_of(finding)
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
                marks.setdefault(source, []).extend(_marks(claim.spans, TONES.get(rel, TONE_FAINT)))
    return status, {s: sorted(set(m)) for s, m in marks.items()}, says


def takeaway_rows(analysis: Analysis) -> list[Row]:
    """Each source's own takeaways (it has it; others agree or differ as the findings
    that overlap it say), the brief's merged ones, then what the sources agree on."""
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
        verdicts = verdicts_of(agreement)
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
                marks={s: _marks(c.spans, TONE_AGREES) for s, c in agreement.claims.items() if c.spans},
                says={
                    s: tidy(v.value or agreement.claims[s].text)
                    for s, v in verdicts.items()
                    if _said(v, agreement, s)
                },
                order=len(analysis.takeaways) + i,
            )
        )
    return rows


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


def people_rows(analysis: Analysis) -> list[Row]:
    rows = []
    for index, p in enumerate(analysis.people):
        speaking = set(p.spans) | {s for s, n in p.mentions.items() if n} | set(p.roles)
        status = {s: st for s, st in p.status.items() if st != SILENT}
        for source in speaking:  # mentioned but given no status: the comparer has no view
            status.setdefault(source, AGREES)
        status = _alone(status)
        says, marks = {}, {}
        for source in status:
            roles = p.roles.get(source, [])
            count = p.mentions.get(source, len(p.spans.get(source, [])))
            says[source] = (", ".join(roles) if roles else "no role given") + f" · {count} mention(s)"
            if p.spans.get(source):
                marks[source] = _marks(p.spans[source], TONES.get(status[source], TONE_AGREES))
        roles = sorted({r for rs in p.roles.values() for r in rs})
        rows.append(
            Row(
                key=f"p{index}",
                tab=PEOPLE,
                title=p.name,
                kind=roles[0] if roles else "",
                summary=", ".join(p.aliases),
                status=status,
                marks=marks,
                says=says,
                silent_says="(not named)",
                order=index,
            )
        )
    return rows


def _quote_discrepancies(analysis: Analysis) -> SpanIndex:
    entries = (
        (source, span.start, span.end, d)
        for d in analysis.discrepancies
        if d.kind == "quote" and d.verdicts
        for source, claim in d.claims.items()
        for span in claim.spans
    )
    return SpanIndex(entries)


def quote_rows(analysis: Analysis) -> list[Row]:
    """One row per wording the comparer grouped: the sources that carry it agree on the
    words, unless a quote discrepancy's verdict over them says otherwise. Worked out
    when first shown (a thousand sources carry many quotes)."""
    index = _quote_discrepancies(analysis)
    position = {id(q): i for i, q in enumerate(analysis.quotes)}
    rows: list[Row] = []
    for order, group in enumerate(analysis.quote_groups):

        def fill(row: Row, group=group) -> None:
            row.status, row.marks, row.says = _quote_stands(group, index)

        rows.append(
            LazyRow(
                fill,
                key=f"q{position.get(id(group.quotes[0]), order)}",
                tab=QUOTES,
                title=f"“{group.text}”",
                kind=group.speaker or "unattributed",
                silent_says="(does not carry this quote)",
                order=order,
            )
        )
    return rows


def _quote_stands(group, index: SpanIndex) -> tuple[dict, dict, dict]:
    status: dict[str, str] = {}
    marks: dict[str, list[Mark]] = {}
    says: dict[str, str] = {}
    for q in group.quotes:
        verdict = AGREES
        for d in index.overlapping(q.source, q.start, q.end):
            verdict = stronger(d.verdicts.get(q.source, Verdict(SILENT)).verdict, verdict)
        status[q.source] = stronger(verdict, status.get(q.source, SILENT))
        spans = [(q.start, q.end)] + ([tuple(q.speaker_span)] if q.speaker_span else [])
        marks.setdefault(q.source, []).extend(Mark(s, e, TONE_AGREES) for s, e in spans)
        says[q.source] = f"“{tidy(q.text, 160)}” — {q.speaker or 'unattributed'}"
    status = _alone(status)
    return status, {s: _retone(m, status[s]) for s, m in marks.items()}, says


def _retone(marks: list[Mark], status: str) -> list[Mark]:
    tone = TONES.get(status, TONE_AGREES)
    return sorted({Mark(m.start, m.end, tone) for m in marks})


def figure_rows(analysis: Analysis) -> list[Row]:
    """One row per group of figures counting the same thing, markers from the group's
    status; loose figures when the comparer grouped none."""
    groups = [(g.label, g.figures, g.status) for g in analysis.figure_groups]
    if not groups:
        groups = [(f.counts or f.text, [f], {}) for f in analysis.figures]
    rows = []
    for index, (label, figures, group_status) in enumerate(groups):
        status = {s: st for s, st in group_status.items() if st != SILENT}
        for f in figures:
            status.setdefault(f.source, AGREES)
        status = _alone(status)
        marks: dict[str, list[Mark]] = {}
        says: dict[str, list[str]] = {}
        for f in figures:
            marks.setdefault(f.source, []).append(
                Mark(f.start, f.end, TONES.get(status[f.source], TONE_AGREES))
            )
            said = says.setdefault(f.source, [])
            if f.text not in said:
                said.append(f.text)
        values = list(dict.fromkeys(f.text for f in figures))
        rows.append(
            Row(
                key=f"f{index}",
                tab=FIGURES,
                title=label,
                kind=" / ".join(values),
                status=status,
                marks={s: sorted(set(m)) for s, m in marks.items()},
                says={s: ", ".join(v) for s, v in says.items()},
                silent_says="(no figure for this)",
                order=index,
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
