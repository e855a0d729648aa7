"""What every list's rows share: the tone of a verdict's marks in the text, marks from
spans. No textual import."""

from __future__ import annotations

from tui.analysis.model import AGREES, CANNOT_TELL, DIFFERS, HAS_IT
from tui.app.view_model import TONE_AGREES, TONE_DIFFERS, TONE_HAS, Mark

TONES = {DIFFERS: TONE_DIFFERS, AGREES: TONE_AGREES, HAS_IT: TONE_HAS, CANNOT_TELL: TONE_HAS}


def marks_of(spans, tone: str) -> list[Mark]:
    return sorted({Mark(s.start, s.end, tone) for s in spans})


def retone(marks: list[Mark], status: str) -> list[Mark]:
    tone = TONES.get(status, TONE_AGREES)
    return sorted({Mark(m.start, m.end, tone) for m in marks})
