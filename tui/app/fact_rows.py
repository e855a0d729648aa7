"""The rows of the People, Quotes and Figures lists, from the comparer's Person.status,
FigureGroup.status and quote groups (the verdicts of a quote discrepancy over them
where there is one). No textual import."""

from __future__ import annotations

from tui.analysis.compare.verdicts import alone
from tui.analysis.model import AGREES, SILENT, Analysis, Verdict
from tui.app.citations import tidy
from tui.app.markers import stronger
from tui.app.row_parts import TONES, marks_of, retone
from tui.app.spans import SpanIndex
from tui.app.view_model import FIGURES, PEOPLE, QUOTES, TONE_AGREES, LazyRow, Mark, Row


def people_rows(analysis: Analysis) -> list[Row]:
    rows = []
    for index, p in enumerate(analysis.people):
        speaking = set(p.spans) | {s for s, n in p.mentions.items() if n} | set(p.roles)
        status = {s: st for s, st in p.status.items() if st != SILENT}
        for source in speaking:  # mentioned but given no status: the comparer has no view
            status.setdefault(source, AGREES)
        status = alone(status)
        says, marks = {}, {}
        for source in status:
            roles = p.roles.get(source, [])
            count = p.mentions.get(source, len(p.spans.get(source, [])))
            says[source] = (", ".join(roles) if roles else "no role given") + f" · {count} mention(s)"
            if p.spans.get(source):
                marks[source] = marks_of(p.spans[source], TONES.get(status[source], TONE_AGREES))
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
    status = alone(status)
    return status, {s: retone(m, status[s]) for s, m in marks.items()}, says


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
        status = alone(status)
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
