"""Article text is data: terminal escape sequences and control characters go."""

from __future__ import annotations

from tui.regex_cache import compiled

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), other two-byte escapes, and C1 CSI.
_ESCAPES = compiled(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[@-Z\\-_]?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
)
# Bidi embedding/override/isolate controls are gone too: they reorder what a terminal shows.
_CONTROLS = compiled(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff\u202a-\u202e\u2066-\u2069]"
)


def clean_text(text: str) -> str:
    """Newlines normalised, tabs to spaces, escapes and other control characters removed."""
    if "\r" not in text and "\t" not in text and _CONTROLS.search(text) is None:
        return text  # every escape starts with a control character: nothing to remove
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _ESCAPES.sub("", text)
    return _CONTROLS.sub("", text)
