"""Per-source markers: the comparer's verdicts as a reader sees them, a symbol and a
word for each (never colour alone). Plain data, no textual import."""

from __future__ import annotations

# The comparer's verdict words (tui.analysis.model), written out here so the first
# paint does not import the analysis package; a test checks they are the same.
AGREES = "agrees"
DIFFERS = "differs"
SILENT = "silent"
CANNOT_TELL = "cannot_tell"
HAS_IT = "has_it"

SYMBOLS = {AGREES: "✓", DIFFERS: "≠", SILENT: "·", CANNOT_TELL: "?", HAS_IT: "◆"}
WORDS = {
    AGREES: "agrees",
    DIFFERS: "differs",
    SILENT: "silent",
    CANNOT_TELL: "cannot tell: its text is cut off",
    HAS_IT: "has it",
}
# The legend line shown under the lists and in help, in the order a reader meets them.
LEGEND = (
    (AGREES, "gives the consensus"),
    (DIFFERS, "differs"),
    (SILENT, "silent"),
    (CANNOT_TELL, "text cut off"),
    (HAS_IT, "only this source has it"),
)
# When several findings speak about one row (a takeaway), the strongest word wins.
STRENGTH = {DIFFERS: 4, AGREES: 3, HAS_IT: 2, CANNOT_TELL: 1, SILENT: 0}

SEVERITY_SYMBOLS = {"high": "▲", "medium": "●", "low": "○"}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def symbol(status: str) -> str:
    return SYMBOLS.get(status, SYMBOLS[SILENT])


def word(status: str) -> str:
    return WORDS.get(status, status)


def stronger(a: str, b: str) -> str:
    return a if STRENGTH.get(a, 0) >= STRENGTH.get(b, 0) else b


def legend_text() -> str:
    return "  ".join(f"{SYMBOLS[s]} {what}" for s, what in LEGEND)


def relation(owner: str, other: str, same_value: bool) -> str:
    """How `other` stands to what `owner` says, given their verdicts on one finding:
    both with the consensus (or saying the same) agree; one off it differs; a source
    cut off cannot tell; a silent one is silent."""
    if other in (SILENT, CANNOT_TELL):
        return other
    if owner not in (AGREES, DIFFERS, HAS_IT):
        return SILENT
    if owner == other == AGREES or same_value:
        return AGREES
    return DIFFERS


def counts_cell(status: dict[str, str], total: int) -> str:
    """Markers of many sources in one cell: '≠1 ✓5 ·994' (dissenters first)."""
    counts: dict[str, int] = {}
    for st in status.values():
        if st != SILENT:
            counts[st] = counts.get(st, 0) + 1
    silent = total - sum(counts.values())
    if silent:
        counts[SILENT] = silent
    order = (DIFFERS, CANNOT_TELL, HAS_IT, AGREES, SILENT)
    return " ".join(f"{SYMBOLS[s]}{counts[s]}" for s in order if counts.get(s))
