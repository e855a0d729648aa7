"""How a list's line is divided among its cells at a given width: the reader's
verdict (on the lists that hold findings), the severity mark, a marker per source
(or, when the sources do not fit, all their markers in one cell), the item and its
kind. Plain arithmetic, no textual import.

Nothing is cut when there is room: source names are shown whole, then the item and
its kind; only when the width runs out do names shrink (down to their numbers, as in
each column's "3/20"), then the kind, and last the item."""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.style import Style
from rich.text import Text

from tui.app.markers import SEVERITY_SYMBOLS, SILENT, SYMBOLS, counts_cell
from tui.app.verdict_marks import VERDICT_STYLES, verdict_symbol
from tui.app.view_model import DISCREPANCIES, FIGURES, PEOPLE, QUOTES, TAKEAWAYS, Row

KIND_HEADERS = {
    DISCREPANCIES: "Kind",
    TAKEAWAYS: "From",
    PEOPLE: "Role",
    QUOTES: "Speaker",
    FIGURES: "Values",
}
GAP = 2  # spaces between cells
SOURCE_GAP = 1  # between two source columns (and after the last)
MARKER = 2  # severity symbol and a space
ONE_CELL_STRING = 24  # up to this many sources, the one cell spells each marker out


@dataclass(frozen=True)
class Plan:
    width: int
    per_source: tuple[int, ...]  # one width per source column; empty: one cell for all
    headers: tuple[str, ...]  # the header of each source column
    sources_cell: int  # width of the one cell (0 with per-source columns)
    title: int
    kind: int
    item_first: bool
    verdict: int = 0  # the reader's verdict cell, first on the line (0: no verdicts here)

    @property
    def one_cell(self) -> bool:
        return not self.per_source


def short_label(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: max(1, limit - 1)].rstrip() + "…"


def sources_text(row: Row, sources: list[tuple[str, str]]) -> str:
    """Every source's marker in one cell: spelled out for a few, counted for many."""
    if len(sources) <= ONE_CELL_STRING:
        return "".join(SYMBOLS[row.status_of(s)] for s, _ in sources)
    return counts_cell(row.status, len(sources))


def plan(
    width: int,
    sources: list[tuple[str, str]],
    rows: list[Row],
    tab: str,
    item: str = "Item",
    verdict: int = 0,
) -> Plan:
    kind_header = KIND_HEADERS.get(tab, "")
    titles = max([cell_len(r.title) for r in rows] + [8, len(item)])
    kinds = max([cell_len(r.kind) for r in rows] + [len(kind_header)])
    n = len(sources)
    item_first = n > 3
    room = max(20, width - MARKER - verdict)
    full = [max(1, cell_len(label)) for _, label in sources]
    wants = (
        ((None, 16, 12), titles + GAP + kinds),  # everything whole, names down to 12
        ((None, 16, 12), min(titles, 32) + GAP + min(kinds, 8)),  # the item keeps 32
        ((8, 5, 3), min(titles, 24) + GAP + min(kinds, 8)),  # names shrink before the item
    )
    per_source: list[int] = []
    numbered = False
    for limits, need in wants:
        for limit in limits:
            sized = [min(w, limit) if limit else w for w in full]
            if room - sum(sized) - SOURCE_GAP * n >= need:
                per_source = sized
                break
        if per_source:
            break
    else:
        numbers = [len(str(i)) for i in range(1, n + 1)]
        if n <= 12 and room - sum(numbers) - SOURCE_GAP * n >= wants[-1][1]:
            per_source, numbered = numbers, True
    headers = tuple(
        str(i) if numbered else short_label(label, w)
        for i, ((_, label), w) in enumerate(zip(sources, per_source, strict=False), 1)
    )
    if per_source:
        cell, used = 0, sum(per_source) + SOURCE_GAP * n
    else:  # without reading every row: a marker each, or three counts ("≠12 ✓180 ·8")
        cell = max(len("Sources"), n if n <= ONE_CELL_STRING else 3 * (2 + len(str(n))) + 2)
        used = cell + GAP
    title, kind = _item_widths(room - used, titles, kinds, len(kind_header))
    return Plan(width, tuple(per_source), headers, cell, title, kind, item_first, verdict)


def _item_widths(left: int, titles: int, kinds: int, header: int) -> tuple[int, int]:
    """Both whole when they fit; else each keeps what it needs of its half (a short item
    leaves its room to long values and the other way round), the kind never below its
    header."""
    left -= GAP
    if titles + kinds <= left:
        return titles, kinds  # spare room stays at the end of the line
    title = max(8, min(titles, max(left - kinds, left // 2)))
    kind = max(min(header, left), min(kinds, left - title))
    return max(8, left - kind), kind


# --- the cells, as painted -----------------------------------------------------


def cell(value: str, width: int) -> str:
    """`value` in exactly `width` cells: padded, or cut with "…"."""
    if width <= 0:
        return ""
    if cell_len(value) > width:
        return set_cell_size(value, width - 1) + "…"
    return set_cell_size(value, width)


def header_cells(p: Plan, item: str, kind: str) -> Text:
    text = Text(" " * (p.verdict + MARKER))
    items = [(p.title, item, GAP), (p.kind, kind, GAP)]
    if p.one_cell:
        sources = [(p.sources_cell, "Sources", GAP)]
    else:
        sources = [(w, h, SOURCE_GAP) for w, h in zip(p.per_source, p.headers, strict=True)]
    for width, label, gap in items + sources if p.item_first else sources + items:
        text.append(cell(label, width) + " " * gap)
    text.rstrip()
    return text


def row_cells(
    row: Row,
    p: Plan,
    sources: list[tuple[str, str]],
    styles: tuple[dict, dict] | None,
    verdict: str | None = None,
) -> Text:
    """The reader's verdict, severity, markers and item in the plan's cells; `styles`
    (status, severity) give each symbol its colour, None paints them in the line's
    own (on the cursor)."""
    status_styles, severity_styles = styles or ({}, {})
    text = Text()
    if p.verdict:
        text.append(verdict_symbol(verdict), style=VERDICT_STYLES.get(verdict or "", "") if styles else "")
        text.append(" " * (p.verdict - 1))
    if row.severity:
        text.append(SEVERITY_SYMBOLS.get(row.severity, "?"), style=severity_styles.get(row.severity, ""))
        text.append(" ")
    else:
        text.append(" " * MARKER)
    item = Text()
    item.append(cell(row.title, p.title) + " " * GAP)
    kind = Style(dim=True) if styles else Style()
    item.append(cell(row.kind, p.kind) + (" " * GAP if p.item_first else ""), style=kind)
    markers = _markers(row, p, sources, status_styles)
    for part in (item, markers) if p.item_first else (markers, item):
        text.append_text(part)
    return text


def _markers(row: Row, p: Plan, sources: list[tuple[str, str]], styles: dict) -> Text:
    text = Text()
    if row.brief_wide:
        width = p.sources_cell + GAP if p.one_cell else sum(p.per_source) + SOURCE_GAP * len(p.per_source)
        return Text(cell("the brief as a whole", width - 1) + " ", style="dim")
    if p.one_cell:
        spelled = sources_text(row, sources)
        if len(sources) <= ONE_CELL_STRING:
            for (source, _), symbol in zip(sources, spelled, strict=True):
                text.append(symbol, style=styles.get(row.status_of(source), ""))
        else:
            text.append(spelled[: p.sources_cell])
        text.append(" " * max(0, p.sources_cell - len(spelled)) + " " * GAP)
        return text
    for (source, _), width in zip(sources, p.per_source, strict=False):
        status = row.status_of(source)
        text.append(SYMBOLS.get(status, SYMBOLS[SILENT]), style=styles.get(status, ""))
        text.append(" " * (width - 1 + SOURCE_GAP))
    return text
