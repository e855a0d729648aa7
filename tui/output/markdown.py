"""The brief as a markdown document a reporter can paste into a roundup: sources,
takeaways, people, quotes, figures, then the findings (markdown_findings: by
severity, or by the reader's verdict when the brief has a review), the editor's
notes and the citations, reference-style links to the sources' urls.

Every string from an article, brief.yaml or review.yaml is escaped (markdown_text):
article text is data and never changes the document's structure."""

from __future__ import annotations

import re

from tui.analysis.model import Analysis, Figure, FigureGroup
from tui.output.json import people_by_mentions
from tui.output.markdown_findings import ALL, severity_sections, verdict_sections
from tui.output.markdown_text import (  # noqa: F401 (KIND_LABELS: this module's API, as before)
    KIND_LABELS,
    NONE,
    Citations,
    Doc,
    escape_cell,
    escape_heading,
    escape_inline,
    safe_url,
    table,
)
from tui.review.review import Review

WIDE = 8  # more sources than this: tables list values with their sources, not a column each


def _by_value(pairs: list[tuple[str, str]], cite: Citations) -> str:
    """'value ([a], [b]); other ([c])': with many sources, one column each stops working."""
    groups: dict[str, list[str]] = {}
    for sid, value in pairs:
        if value:
            groups.setdefault(value, [])
            if sid not in groups[value]:
                groups[value].append(sid)
    return "; ".join(f"{value} ({', '.join(cite(s) for s in sids)})" for value, sids in groups.items())


def figure_rows(analysis: Analysis) -> list[FigureGroup]:
    """The comparer's groups; without them, figures grouped by what they count."""
    if analysis.figure_groups:
        return analysis.figure_groups
    groups: dict[tuple[str | None, str | None], FigureGroup] = {}
    for f in analysis.figures:
        key = (f.counts, f.per)
        if key not in groups:
            label = " per ".join(x for x in key if x) or "unspecified"
            groups[key] = FigureGroup(label=label, counts=f.counts, per=f.per)
        groups[key].figures.append(f)
    return list(groups.values())


def _figures_in(figures: list[Figure], source_id: str) -> str:
    texts = [escape_inline(f.text) for f in figures if f.source == source_id]
    return "; ".join(dict.fromkeys(t for t in texts if t)) or NONE


def render_markdown(analysis: Analysis, review: Review | None = None, only: str = ALL) -> str:
    """The export. With a `review` that holds marks, or `only` other than "all"
    (confirmed, follow_up, dismissed, unreviewed), the findings come by verdict."""
    brief = analysis.brief
    cite = Citations(brief.articles)
    doc = Doc()
    doc.para(f"# {escape_heading(brief.title) or 'News brief'}")
    for chunk in re.split(r"\n\s*\n", brief.summary or ""):
        if chunk.strip():
            doc.para(escape_inline(chunk))
    _sources(doc, analysis, cite)
    _takeaways(doc, analysis, cite)
    _people(doc, analysis, cite)
    _quotes(doc, analysis, cite)
    _figures(doc, analysis, cite)
    if only != ALL or (review is not None and review.marks):
        verdict_sections(doc, analysis, cite, review if review is not None else Review(), only)
    else:
        severity_sections(doc, analysis, cite)
    notes = [escape_inline(n) for n in brief.notes if n and n.strip()]
    if notes:
        doc.para("## Editor notes")
        doc.para(*(f"- {n}" for n in notes))
    if cite.definitions:
        doc.para(*cite.definitions)
    return doc.text()


def _sources(doc: Doc, analysis: Analysis, cite: Citations) -> None:
    doc.para("## Sources")
    rows = []
    for a in analysis.brief.articles:
        url = safe_url(a.url)
        rows.append(
            [
                cite(a.id),
                escape_cell(a.outlet),
                escape_cell(a.headline),
                escape_cell(a.published),
                f"<{url}>" if url else escape_cell(a.url),
                f"{a.words:,}",
            ]
        )
    header = ["Source", "Outlet", "Headline", "Published", "URL", "Words"]
    doc.para(*table(header, rows, [*["---"] * 5, "---:"]))


def _takeaways(doc: Doc, analysis: Analysis, cite: Citations) -> None:
    doc.para("## Key takeaways")
    ids = analysis.source_ids
    by_source: dict[str | None, list[str]] = {}
    for t in analysis.takeaways:
        text = escape_inline(t.text)
        if text:
            by_source.setdefault(t.source, []).append(text)
    if not by_source:
        doc.para("No takeaways found.")
    for sid in [None, *ids, *(s for s in by_source if s is not None and s not in ids)]:
        if sid in by_source:
            doc.para(f"### {'Across sources' if sid is None else cite.who(sid)}")
            doc.para(*(f"- {text}" for text in by_source[sid]))


def _people(doc: Doc, analysis: Analysis, cite: Citations) -> None:
    doc.para("## People")
    if not analysis.people:
        doc.para("No people found.")
        return
    ids = analysis.source_ids
    wide = len(ids) > WIDE
    rows = []
    for p in people_by_mentions(analysis.people):
        name = escape_inline(p.name)
        aliases = [escape_inline(x, line_start=False) for x in p.aliases if x and x != p.name]
        if aliases:
            name += f" (also: {', '.join(aliases)})"
        if wide:
            named = [sid for sid in ids if p.mentions.get(sid) or p.roles.get(sid) or p.spans.get(sid)]
            pairs = [(sid, escape_inline(r)) for sid in ids for r in p.roles.get(sid, []) if r and r.strip()]
            rows.append([name, str(len(named)), _by_value(pairs, cite) or NONE])
            continue
        cells = [name]
        for sid in ids:
            roles = [escape_inline(r) for r in p.roles.get(sid, []) if r and r.strip()]
            if roles:
                cells.append("; ".join(roles))
            elif p.mentions.get(sid) or p.spans.get(sid):
                cells.append("named, no role given")
            else:
                cells.append(NONE)
        rows.append(cells)
    header = ["Person", "Sources", "Roles"] if wide else ["Person", *(cite(sid) for sid in ids)]
    doc.para(*table(header, rows))


def _quotes(doc: Doc, analysis: Analysis, cite: Citations) -> None:
    doc.para("## Quotes")
    speakers: dict[str | None, list] = {}
    for q in analysis.quotes:
        speakers.setdefault(q.speaker or None, []).append(q)
    if not speakers:
        doc.para("No quotes found.")
    for speaker in sorted(speakers, key=lambda s: s is None):  # unattributed last
        name = escape_inline(speaker) if speaker else ""
        doc.para(f"### {escape_heading(speaker) or 'Unattributed'}")
        for q in speakers[speaker]:
            by = f" — {name}" if name else ""
            doc.para(f"> “{escape_inline(q.text, line_start=False)}”{by} ({cite(q.source)})")


def _figures(doc: Doc, analysis: Analysis, cite: Citations) -> None:
    doc.para("## Figures")
    ids = analysis.source_ids
    groups = figure_rows(analysis)
    if groups and len(ids) > WIDE:
        rows = [
            [
                escape_cell(g.counts or g.label),
                escape_cell(g.per),
                _by_value([(f.source, escape_inline(f.text)) for f in g.figures], cite) or NONE,
            ]
            for g in groups
        ]
        doc.para(*table(["What is counted", "Per", "Figures"], rows))
    elif groups:
        rows = [
            [escape_cell(g.counts or g.label), escape_cell(g.per)]
            + [_figures_in(g.figures, sid) for sid in ids]
            for g in groups
        ]
        doc.para(*table(["What is counted", "Per", *(cite(sid) for sid in ids)], rows))
    else:
        doc.para("No figures found.")
