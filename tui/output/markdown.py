"""The brief as a markdown document a reporter can paste into a roundup.

Every string that comes from an article or from brief.yaml goes through
`escape_inline` (or `escape_cell` in tables): article text is data, and a pipe,
a leading '#', a bracket or an HTML tag in it must not change the document's
structure. Citations are reference-style links to the sources' urls."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote, urlsplit

from tui.analysis.model import SEVERITIES, Analysis, Figure, FigureGroup
from tui.brief.model import Article
from tui.output.json import people_by_mentions

NONE = "—"  # an empty cell, or a source that is silent
WIDE = 8  # more sources than this: tables list values with their sources, not a column each
MAX_SILENT_LINES = 3  # more silent sources than this share one line under a discrepancy

KIND_LABELS = {
    "figure": "Figure",
    "role": "Role",
    "name": "Name",
    "quote": "Quote",
    "omission": "Omission",
    "headline": "Headline",
    "date": "Date",
    "framing": "Framing",
    "note": "Editor note",
}

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"\s+")
# Characters that start inline structure anywhere in a line: escapes, code spans,
# emphasis, links and images, HTML and autolinks, table cells, strikethrough.
_INLINE = re.compile(r"([\\`*_\[\]<|~])")
# "&amp;" would be decoded to "&": keep entity-like text literal.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# What makes a line a heading, block quote, list item, setext underline or thematic break.
_BLOCK_START = re.compile(r"^(?:[#>+=-]|\d{1,9}(?=[.)]))")


def escape_inline(text: str | None, *, line_start: bool = True) -> str:
    """`text` as one line of markdown that renders as exactly that text.

    Whitespace (newlines included) collapses to single spaces, control characters
    go. With `line_start`, what would open a block (heading, quote, list) when the
    text begins a line or a container is escaped too."""
    if not text:
        return ""
    text = _SPACE.sub(" ", _CONTROL.sub("", text)).strip()
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    if line_start:
        m = _BLOCK_START.match(text)
        if m:
            end = m.end()
            if m.group().isdigit():  # "1999. A year" is not an ordered list
                text = f"{text[:end]}\\{text[end:]}"
            else:
                text = f"\\{text}"
    return text


def escape_heading(text: str | None) -> str:
    """Heading text: also a trailing run of '#', which would close the heading."""
    text = escape_inline(text)
    m = re.search(r"(?<=\s)#+$", text)
    return f"{text[: m.start()]}\\{text[m.start() :]}" if m else text


def escape_cell(text: str | None) -> str:
    """A table cell: never empty, so every row keeps its shape."""
    return escape_inline(text) or NONE


def safe_url(url: str | None) -> str | None:
    """An http(s) url fit for a link destination or an autolink: spaces, brackets,
    pipes, quotes and non-ASCII percent-encoded. Other schemes are not linked."""
    if not url:
        return None
    url = _CONTROL.sub("", url).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe="!#$%&'()*+,/:;=?@[]~-._")


def _table(header: list[str], rows: Iterable[list[str]], align: list[str] | None = None) -> list[str]:
    align = align or ["---"] * len(header)
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines


class _Citations:
    """`[source-id]` links to each source's url, defined once at the end."""

    def __init__(self, articles: list[Article]) -> None:
        self.refs: dict[str, str] = {}
        self.definitions: list[str] = []
        self.articles = {a.id: a for a in articles}
        used: set[str] = set()
        unlinked: list[str] = []
        for a in articles:
            label = escape_inline(a.id, line_start=False)
            url = safe_url(a.url)
            if url is None:
                unlinked.append(a.id)
                continue
            key, n = label, 2
            while key.casefold() in used:  # labels match case-insensitively
                key, n = f"{label}-{n}", n + 1
            used.add(key.casefold())
            self.refs[a.id] = f"[{label}]" if key == label else f"[{label}][{key}]"
            title = ""
            if a.outlet:
                title = ' "' + _SPACE.sub(" ", a.outlet).replace("\\", "\\\\").replace('"', '\\"') + '"'
            self.definitions.append(f"[{key}]: <{url}>{title}")
        for sid in unlinked:
            # With no definition to match, "[id]" renders as itself; escape it only
            # where it would pick up another source's link.
            label = escape_inline(sid, line_start=False)
            self.refs[sid] = f"\\[{label}\\]" if label.casefold() in used else f"[{label}]"

    def __call__(self, source_id: str | None) -> str:
        if source_id is None:
            return "all sources"
        return self.refs.get(source_id) or f"\\[{escape_inline(source_id, line_start=False)}\\]"

    def who(self, source_id: str, *, bold: bool = False) -> str:
        """The outlet with its citation, or the citation alone when there is no outlet."""
        article = self.articles.get(source_id)
        cite = self(source_id)
        if article is None or not article.outlet:
            return f"**{cite}**" if bold else cite
        outlet = escape_inline(article.outlet)
        return f"**{outlet}** ({cite})" if bold else f"{outlet} ({cite})"


def _by_value(pairs: list[tuple[str, str]], cite: _Citations) -> str:
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


def render_markdown(analysis: Analysis) -> str:
    brief = analysis.brief
    articles = brief.articles
    ids = [a.id for a in articles]
    cite = _Citations(articles)
    out: list[str] = []

    def para(*lines: str) -> None:
        out.extend(lines)
        out.append("")

    para(f"# {escape_heading(brief.title) or 'News brief'}")
    for chunk in re.split(r"\n\s*\n", brief.summary or ""):
        if chunk.strip():
            para(escape_inline(chunk))

    # --- sources
    para("## Sources")
    rows = []
    for a in articles:
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
    para(*_table(["Source", "Outlet", "Headline", "Published", "URL", "Words"], rows, [*["---"] * 5, "---:"]))

    # --- takeaways
    para("## Key takeaways")
    by_source: dict[str | None, list[str]] = {}
    for t in analysis.takeaways:
        text = escape_inline(t.text)
        if text:
            by_source.setdefault(t.source, []).append(text)
    if not by_source:
        para("No takeaways found.")
    for sid in [None, *ids, *(s for s in by_source if s is not None and s not in ids)]:
        if sid in by_source:
            para(f"### {'Across sources' if sid is None else cite.who(sid)}")
            para(*(f"- {text}" for text in by_source[sid]))

    # --- people
    para("## People")
    wide = len(ids) > WIDE
    if analysis.people:
        rows = []
        for p in people_by_mentions(analysis.people):
            name = escape_inline(p.name)
            aliases = [escape_inline(x, line_start=False) for x in p.aliases if x and x != p.name]
            if aliases:
                name += f" (also: {', '.join(aliases)})"
            if wide:
                named = [sid for sid in ids if p.mentions.get(sid) or p.roles.get(sid) or p.spans.get(sid)]
                pairs = [
                    (sid, escape_inline(r)) for sid in ids for r in p.roles.get(sid, []) if r and r.strip()
                ]
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
        para(*_table(header, rows))
    else:
        para("No people found.")

    # --- quotes
    para("## Quotes")
    speakers: dict[str | None, list] = {}
    for q in analysis.quotes:
        speakers.setdefault(q.speaker or None, []).append(q)
    if not speakers:
        para("No quotes found.")
    for speaker in sorted(speakers, key=lambda s: s is None):  # unattributed last
        name = escape_inline(speaker) if speaker else ""
        para(f"### {escape_heading(speaker) or 'Unattributed'}")
        for q in speakers[speaker]:
            by = f" — {name}" if name else ""
            para(f"> “{escape_inline(q.text, line_start=False)}”{by} ({cite(q.source)})")

    # --- figures
    para("## Figures")
    groups = figure_rows(analysis)
    if groups and wide:
        rows = [
            [
                escape_cell(g.counts or g.label),
                escape_cell(g.per),
                _by_value([(f.source, escape_inline(f.text)) for f in g.figures], cite) or NONE,
            ]
            for g in groups
        ]
        para(*_table(["What is counted", "Per", "Figures"], rows))
    elif groups:
        rows = [
            [escape_cell(g.counts or g.label), escape_cell(g.per)]
            + [_figures_in(g.figures, sid) for sid in ids]
            for g in groups
        ]
        para(*_table(["What is counted", "Per", *(cite(sid) for sid in ids)], rows))
    else:
        para("No figures found.")

    # --- discrepancies
    para("## Discrepancies")
    if not analysis.discrepancies:
        para("No discrepancies found.")
    extra = [s for s in dict.fromkeys(d.severity for d in analysis.discrepancies) if s not in SEVERITIES]
    for severity in [*SEVERITIES, *extra]:
        items = [d for d in analysis.discrepancies if d.severity == severity]
        if not items:
            continue
        para(f"### {escape_inline(str(severity).capitalize())} severity")
        lines = []
        for d in items:
            kind = KIND_LABELS.get(d.kind) or escape_inline(str(d.kind).capitalize())
            subject = escape_inline(d.subject, line_start=False)
            summary = escape_inline(d.summary, line_start=False)
            lines.append(f"- **{kind}: {subject}** — {summary}" if summary else f"- **{kind}: {subject}**")
            silent = [sid for sid, c in d.claims.items() if c.silent]
            grouped = len(silent) > MAX_SILENT_LINES
            for sid, claim in d.claims.items():
                if grouped and claim.silent:
                    continue
                text = escape_inline(claim.text, line_start=False)
                if claim.silent:
                    text = f"*silent* ({text})" if text.strip("—- ") else "*silent*"
                lines.append(f"  - {cite.who(sid, bold=True)}: {text or NONE}")
            if grouped:
                lines.append(
                    f"  - *Silent* ({len(silent)} sources): {', '.join(cite(sid) for sid in silent)}"
                )
        para(*lines)

    # --- agreements
    para("## Agreements")
    if analysis.agreements:
        lines = []
        for a in analysis.agreements:
            kind = KIND_LABELS.get(a.kind) or escape_inline(str(a.kind).capitalize())
            subject = escape_inline(a.subject, line_start=False)
            summary = escape_inline(a.summary, line_start=False)
            sources = ", ".join(cite(sid) for sid in a.sources)
            line = f"- **{kind}: {subject}**"
            if summary:
                line += f" — {summary}"
            if sources:
                line += f" ({sources})"
            lines.append(line)
        para(*lines)
    else:
        para("No agreements found.")

    # --- editor notes
    notes = [escape_inline(n) for n in brief.notes if n and n.strip()]
    if notes:
        para("## Editor notes")
        para(*(f"- {n}" for n in notes))

    if cite.definitions:
        para(*cite.definitions)
    return "\n".join(out).rstrip("\n") + "\n"
