"""The findings part of the markdown export, in one of two layouts:

- without a review: `## Discrepancies` by severity, then `## Agreements`;
- with one (or with `export --only`): `## Review`, a section per verdict, confirmed
  first (then follow up, unreviewed, dismissed), each finding with the reader's note,
  and the stale verdicts (their findings are gone) at the end, never dropped.

Every string from an article, brief.yaml or review.yaml goes through markdown_text's
escaping, notes included."""

from __future__ import annotations

from tui.analysis.model import SEVERITIES, Agreement, Analysis, Discrepancy, OnlyHere
from tui.output.markdown_text import NONE, Citations, Doc, escape_inline, kind_label
from tui.review.findings import AGREEMENT, DISCREPANCY, Finding
from tui.review.model import CONFIRMED, DISMISSED, FOLLOW_UP, LABELS, UNREVIEWED, Mark
from tui.review.review import Review

# A source's verdict, beside what it says: who gives the consensus, who dissents.
VERDICT_WORDS = {
    "agrees": "agrees",
    "differs": "differs",
    "cannot_tell": "cannot tell: text cut off",
    "has_it": "only source",
}
MAX_SILENT_LINES = 3  # more silent sources than this share one line under a discrepancy
ALL = "all"
SELECTIONS = (ALL, CONFIRMED, FOLLOW_UP, DISMISSED, UNREVIEWED)  # export --only
SECTION_ORDER = (CONFIRMED, FOLLOW_UP, None, DISMISSED)  # None: unreviewed
_SECTION_TITLES = {**LABELS, None: "Unreviewed"}
_COUNT_WORDS = {CONFIRMED: "confirmed", FOLLOW_UP: "to follow up", DISMISSED: "dismissed"}


def _bullet(kind: str, subject: str, summary: str, qualifier: str = "") -> str:
    """`- **Figure: 3,000 per day** (high) — summary`."""
    line = f"- **{kind_label(kind)}: {escape_inline(subject, line_start=False)}**"
    if qualifier:
        line += f" ({qualifier})"
    summary = escape_inline(summary, line_start=False)
    return f"{line} — {summary}" if summary else line


def discrepancy_lines(d: Discrepancy, cite: Citations, qualifier: str = "") -> list[str]:
    """The discrepancy's line, then what each source says (many silent ones share a line)."""
    lines = [_bullet(d.kind, d.subject, d.summary, qualifier)]
    silent = [sid for sid, c in d.claims.items() if c.silent]
    grouped = len(silent) > MAX_SILENT_LINES
    for sid, claim in d.claims.items():
        if grouped and claim.silent:
            continue
        text = escape_inline(claim.text, line_start=False)
        if claim.silent:
            text = f"*silent* ({text})" if text.strip("—- ") else "*silent*"
        verdict = d.verdicts.get(sid)
        tag = (
            f" *({VERDICT_WORDS[verdict.verdict]})*"
            if verdict is not None and verdict.verdict in VERDICT_WORDS
            else ""
        )
        where = "" if claim.silent else cite.place(sid, claim.spans)
        lines.append(f"  - {cite.who(sid, bold=True)}{tag}: {text or NONE}{where}")
    if grouped:
        lines.append(f"  - *Silent* ({len(silent)} sources): {', '.join(cite(sid) for sid in silent)}")
    return lines


def agreement_line(a: Agreement, cite: Citations, qualifier: str = "") -> str:
    line = _bullet(a.kind, a.subject, a.summary, qualifier)
    sources = ", ".join(cite(sid) for sid in a.sources)
    return f"{line} ({sources})" if sources else line


def only_here_line(o: OnlyHere, cite: Citations) -> str:
    return _bullet(o.kind, o.subject, o.text, f"only in {cite(o.source)}")


def severity_sections(doc: Doc, analysis: Analysis, cite: Citations) -> None:
    """`## Discrepancies` by severity and `## Agreements`: the export without a review."""
    doc.para("## Discrepancies")
    if not analysis.discrepancies:
        doc.para("No discrepancies found.")
    extra = [s for s in dict.fromkeys(d.severity for d in analysis.discrepancies) if s not in SEVERITIES]
    for severity in [*SEVERITIES, *extra]:
        items = [d for d in analysis.discrepancies if d.severity == severity]
        if items:
            doc.para(f"### {escape_inline(str(severity).capitalize())} severity")
            doc.para(*(line for d in items for line in discrepancy_lines(d, cite)))
    doc.para("## Agreements")
    if analysis.agreements:
        doc.para(*(agreement_line(a, cite) for a in analysis.agreements))
    else:
        doc.para("No agreements found.")
    only_here_section(doc, analysis, cite)


def only_here_section(doc: Doc, analysis: Analysis, cite: Citations) -> None:
    """`## Only here`: what one source alone gives, per source, outside the discrepancies."""
    if not analysis.only_here:
        return
    doc.para("## Only here")
    for sid in analysis.source_ids:
        items = [o for o in analysis.only_here if o.source == sid]
        if items:
            doc.para(f"### {cite.who(sid)}")
            doc.para(*(_bullet(o.kind, o.subject, o.text) for o in items))


def note_lines(note: str) -> list[str]:
    """A note under its finding: `*Note:*` and its lines, joined by hard line breaks."""
    lines = [escape_inline(line) for line in note.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return []
    first, *rest = lines
    out = [f"  - *Note:* {first}"]
    out += [f"    {line}" for line in rest]
    return [line + "\\" for line in out[:-1]] + out[-1:]


def _finding_lines(f: Finding, cite: Citations, mark: Mark | None) -> list[str]:
    item = f.item
    if f.group == DISCREPANCY:
        lines = discrepancy_lines(item, cite, escape_inline(str(item.severity)))
    elif f.group == AGREEMENT:
        lines = [agreement_line(item, cite, "agreement")]
    else:
        lines = [only_here_line(item, cite)]
    return lines + (note_lines(mark.note) if mark else [])


def _order(f: Finding) -> tuple[int, int]:
    """Discrepancies by severity, then agreements, then only-here items; else as listed."""
    group = (DISCREPANCY, AGREEMENT).index(f.group) if f.group in (DISCREPANCY, AGREEMENT) else 2
    severity = getattr(f.item, "severity", None)
    return group, SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


def _summary(review: Review, analysis: Analysis, only: str) -> str:
    counts = review.counts(analysis)
    parts = [f"{counts.by_verdict[v]} {_COUNT_WORDS[v]}" for v in (CONFIRMED, FOLLOW_UP, DISMISSED)]
    text = f"{counts.reviewed} of {counts.total} findings reviewed: {', '.join(parts)}."
    if counts.stale:
        verdicts = "verdict" if counts.stale == 1 else "verdicts"
        text += f" {counts.stale} stale {verdicts}, on findings the analysis no longer has."
    if only != ALL:
        shown = _SECTION_TITLES[None if only == UNREVIEWED else only].lower()
        text += f" This export shows {shown} findings only."
    return text


def verdict_sections(doc: Doc, analysis: Analysis, cite: Citations, review: Review, only: str = ALL) -> None:
    """`## Review`: a section per verdict, confirmed first, then the stale verdicts."""
    doc.para("## Review")
    doc.para(_summary(review, analysis, only))
    groups = review.by_verdict(analysis)
    wanted = SECTION_ORDER if only == ALL else (None if only == UNREVIEWED else only,)
    shown = 0
    for verdict in wanted:
        items = groups[verdict]
        if not items:
            continue
        items = sorted(items, key=_order)
        shown += len(items)
        doc.para(f"### {_SECTION_TITLES[verdict]} ({len(items)})")
        doc.para(*(line for f in items for line in _finding_lines(f, cite, review.mark_of(f.id))))
    stale = [s for s in review.stale(analysis) if only == ALL or s.mark.verdict == only]
    if not shown and not stale:
        doc.para(f"No {_SECTION_TITLES[wanted[0]].lower()} findings." if only != ALL else "No findings.")
    if stale:
        doc.para(f"### Stale verdicts ({len(stale)})")
        doc.para(
            "Verdicts on findings this analysis no longer has (an article, or newsbrief, changed since); kept in the review file."
        )
        lines = []
        for s in stale:
            verdict = _SECTION_TITLES[s.mark.verdict] if s.mark.verdict else "No verdict"
            about = escape_inline(s.mark.about, line_start=False) or "(not recorded)"
            lines.append(f"- **{verdict}**: {about} (`{s.id}`)")
            lines += note_lines(s.mark.note)
        doc.para(*lines)
