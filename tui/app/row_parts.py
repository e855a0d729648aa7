"""What every list's rows share: the tone of a verdict's marks in the text, marks from
spans, a finding's verdicts, one source alone. No textual import."""

from __future__ import annotations

from tui.analysis.model import AGREES, CANNOT_TELL, DIFFERS, HAS_IT, SILENT, Agreement, Discrepancy, Verdict
from tui.app.view_model import TONE_AGREES, TONE_DIFFERS, TONE_HAS, Mark

TONES = {DIFFERS: TONE_DIFFERS, AGREES: TONE_AGREES, HAS_IT: TONE_HAS, CANNOT_TELL: TONE_HAS}


def marks_of(spans, tone: str) -> list[Mark]:
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


def alone(status: dict[str, str]) -> dict[str, str]:
    """One source alone gives the item: it has it, it does not agree with anyone."""
    speaking = [s for s, st in status.items() if st != SILENT]
    if len(speaking) == 1 and status[speaking[0]] == AGREES:
        return {speaking[0]: HAS_IT}
    return status


def retone(marks: list[Mark], status: str) -> list[Mark]:
    tone = TONES.get(status, TONE_AGREES)
    return sorted({Mark(m.start, m.end, tone) for m in marks})
