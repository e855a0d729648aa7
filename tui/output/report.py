"""`newsbrief analyze PATH` without --json: the analysis as a readable terminal report.

Article text is data: every string from a source or brief.yaml goes into a
rich.text.Text, never through markup."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from tui.analysis.model import SEVERITIES, Analysis
from tui.output.json import people_by_mentions
from tui.output.markdown import KIND_LABELS, figure_rows

SEVERITY_STYLES = {"high": "bold red", "medium": "yellow", "low": "cyan"}
SILENT_MARK = "—"
MAX_IDS = 8  # source ids listed on one claim line before "and N more"
WIDE = 5  # more sources than this: values listed with their sources, not a column each
MAX_CLAIM_LINES = 12  # per discrepancy; a report is read, not searched


def _indent(renderable, left: int) -> Padding:
    """Indented, without padding lines out to the console width (piped output stays clean)."""
    return Padding(renderable, (0, 0, 0, left), expand=False)


def _t(text: object, style: str = "") -> Text:
    return Text("" if text is None else str(text), style=style)


def _heading(title: str, count: int | None = None) -> Text:
    text = Text(title, style="bold underline")
    if count is not None:
        text.append(f" ({count})", style="dim")
    return text


def _table(*headers: str | Text) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=False)
    for h in headers:
        table.add_column(h if isinstance(h, Text) else Text(h), overflow="fold")
    return table


def _sources(analysis: Analysis) -> Table:
    table = _table("id", "outlet", "headline", "published", "words")
    table.columns[-1].justify = "right"
    for a in analysis.brief.articles:
        table.add_row(
            _t(a.id, "bold"),
            _t(a.outlet or SILENT_MARK),
            _t(a.headline),
            _t(a.published or SILENT_MARK),
            _t(f"{a.words:,}"),
        )
    return table


def _claims(claims: dict) -> Text:
    """One line per distinct claim, with every source that makes it: with many
    sources most are silent, and two hundred lines of "silent" say nothing."""
    groups: dict[tuple[bool, str], list[str]] = {}
    for sid, claim in claims.items():
        groups.setdefault((claim.silent, claim.text or ""), []).append(sid)
    text = Text()
    for n, ((silent, claim_text), sids) in enumerate(groups.items()):
        if n == MAX_CLAIM_LINES:
            rest = sum(len(ids) for ids in list(groups.values())[n:])
            text.append(f"\n… and {rest} more sources (the export and --json list every claim)", style="dim")
            break
        if text:
            text.append("\n")
        shown = ", ".join(sids[:MAX_IDS])
        if len(sids) > MAX_IDS:
            shown += f" and {len(sids) - MAX_IDS} more"
        text.append(shown, style="bold")
        text.append(": ")
        if silent:
            text.append("silent", style="dim italic")
            if claim_text.strip("—- "):
                text.append(f" ({claim_text})", style="dim")
        else:
            text.append(claim_text or SILENT_MARK)
    return text


def _discrepancies(analysis: Analysis) -> list:
    parts: list = []
    extra = [s for s in dict.fromkeys(d.severity for d in analysis.discrepancies) if s not in SEVERITIES]
    for severity in [*SEVERITIES, *extra]:
        items = [d for d in analysis.discrepancies if d.severity == severity]
        if not items:
            continue
        parts.append(
            Text(f"{str(severity).upper()} ({len(items)})", style=SEVERITY_STYLES.get(severity, "bold"))
        )
        for d in items:
            line = Text()
            line.append(KIND_LABELS.get(d.kind) or str(d.kind).capitalize(), style="bold")
            line.append(": ")
            line.append(d.subject or "", style="bold")
            if d.summary:
                line.append(" — ")
                line.append(d.summary)
            parts.append(_indent(line, 2))
            if d.claims:
                parts.append(_indent(_claims(d.claims), 6))
    return parts


def _ids(sids: list[str]) -> str:
    shown = ", ".join(sids[:MAX_IDS])
    return shown + (f" and {len(sids) - MAX_IDS} more" if len(sids) > MAX_IDS else "")


def _by_value(pairs: list[tuple[str, str]]) -> Text:
    """'value (s1, s2); other (s3)': one column per source stops working past a few sources."""
    groups: dict[str, list[str]] = {}
    for sid, value in pairs:
        groups.setdefault(value, []).append(sid)
    text = Text()
    for value, sids in groups.items():
        if text:
            text.append("; ")
        text.append(value)
        text.append(f" ({_ids(sids)})", style="dim")
    return text


def _people(analysis: Analysis) -> Table:
    ids = analysis.source_ids
    if len(ids) > WIDE:
        table = _table("person", "sources", "roles")
        for p in people_by_mentions(analysis.people):
            name = Text(p.name, style="bold")
            if [a for a in p.aliases if a and a != p.name]:
                name.append(f" (also {', '.join(a for a in p.aliases if a and a != p.name)})", style="dim")
            named = [sid for sid in ids if p.mentions.get(sid) or p.roles.get(sid) or p.spans.get(sid)]
            pairs = [(sid, role) for sid in ids for role in p.roles.get(sid, []) if role]
            table.add_row(name, Text(str(len(named))), _by_value(pairs))
        return table
    table = _table("person", *(Text(sid) for sid in ids))
    for p in people_by_mentions(analysis.people):
        name = Text(p.name, style="bold")
        aliases = [a for a in p.aliases if a and a != p.name]
        if aliases:
            name.append(f" (also {', '.join(aliases)})", style="dim")
        cells = [name]
        for sid in ids:
            roles = [r for r in p.roles.get(sid, []) if r]
            if roles:
                cells.append(Text("; ".join(roles)))
            elif p.mentions.get(sid) or p.spans.get(sid):
                cells.append(Text("named", style="dim"))
            else:
                cells.append(Text(SILENT_MARK, style="dim"))
        table.add_row(*cells)
    return table


def _figures(analysis: Analysis) -> Table:
    ids = analysis.source_ids
    if len(ids) > WIDE:
        table = _table("counts", "per", "figures")
        for g in figure_rows(analysis):
            pairs = [(f.source, f.text) for f in g.figures]
            table.add_row(_t(g.counts or g.label), _t(g.per or SILENT_MARK), _by_value(pairs))
        return table
    table = _table("counts", "per", *(Text(sid) for sid in ids))
    for g in figure_rows(analysis):
        cells = [_t(g.counts or g.label), _t(g.per or SILENT_MARK)]
        for sid in ids:
            texts = list(dict.fromkeys(f.text for f in g.figures if f.source == sid))
            cells.append(Text("; ".join(texts)) if texts else Text(SILENT_MARK, style="dim"))
        table.add_row(*cells)
    return table


def _quotes(analysis: Analysis) -> list:
    text = Text()
    for q in analysis.quotes:
        if text:
            text.append("\n")
        text.append("“")
        text.append(q.text)
        text.append("” — ")
        text.append(q.speaker or "unattributed", style="bold" if q.speaker else "dim italic")
        text.append(f" [{q.source}]", style="dim")
    return [_indent(text, 2)] if text else []


def build_report(analysis: Analysis) -> Group:
    """The report as one renderable, so the TUI or a test can render it too."""
    brief = analysis.brief
    parts: list = [Text(brief.title or "News brief", style="bold")]
    if brief.summary:
        parts.append(Text(" ".join(brief.summary.split()), style="italic"))
    parts += [Text(), _heading("Sources", len(brief.articles)), _sources(analysis), Text()]

    parts.append(_heading("Discrepancies", len(analysis.discrepancies)))
    parts += _discrepancies(analysis) or [_indent(Text("none found", style="dim"), 2)]
    parts.append(Text())

    parts.append(_heading("People", len(analysis.people)))
    parts.append(_people(analysis) if analysis.people else _indent(Text("none found", style="dim"), 2))
    parts.append(Text())

    groups = figure_rows(analysis)
    parts.append(_heading("Figures", len(analysis.figures)))
    parts.append(_figures(analysis) if groups else _indent(Text("none found", style="dim"), 2))
    parts.append(Text())

    parts.append(_heading("Quotes", len(analysis.quotes)))
    parts += _quotes(analysis) or [_indent(Text("none found", style="dim"), 2)]

    if analysis.agreements:
        parts += [Text(), _heading("Agreements", len(analysis.agreements))]
        for a in analysis.agreements:
            line = Text("• ")
            line.append(KIND_LABELS.get(a.kind) or str(a.kind).capitalize(), style="bold")
            line.append(f": {a.subject}")
            if a.summary:
                line.append(f" — {a.summary}")
            if a.sources:
                line.append(f" [{', '.join(a.sources)}]", style="dim")
            parts.append(_indent(line, 2))
    if brief.notes:
        parts += [Text(), _heading("Editor notes", len(brief.notes))]
        parts += [_indent(Text("• " + n), 2) for n in brief.notes]
    return Group(*parts)


def print_report(analysis: Analysis, console: Console | None = None) -> None:
    console = console or Console(highlight=False)
    console.print(build_report(analysis))
