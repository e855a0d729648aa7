"""Page furniture inside a loosely built page's article: bylines, time stamps, share
buttons, 'Read more' promos, copyright lines. Not article text, though the byline and the
date are kept as metadata."""

from __future__ import annotations

import datetime as dt
import re

from tui.brief.html_text import page_date
from tui.regex_cache import compiled

# Page furniture that lands inside the article container on loosely built pages.
_FURNITURE = compiled(
    r"^(share (this|on|via)\b|follow us\b|read more\b|read next\b|more on this story\b|"
    r"related( stories| articles| coverage| content)?\s*:|sign up\b|subscribe (now|to|for|today)\b|"
    r"copyright\b|©|\(c\) \d{4}|all rights reserved|click here\b|advertisement$|sponsored( content)?$|"
    r"listen to this article\b|updated \d+ (minutes?|hours?|days?) ago$|comments?( \(\d+\))?$|"
    r"this article (was|is) (originally )?published\b)",
    re.IGNORECASE,
)
_STAMP = compiled(r"^(published|updated|posted|last updated|first published)\b\s*:?", re.IGNORECASE)
_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|da|del|la|al|bin))*"
_BYLINE_P = compiled(rf"^(?i:by)\s+({_NAME}(?:,\s*{_NAME})*\s+and\s+{_NAME}|{_NAME})(?:\s*[,|–—-]\s*.*)?$")
_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
_TEXT_DATE = compiled(
    r"\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})|([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b"
)


def _text_date(text: str) -> str | None:
    """'9 April 2026' or 'April 9, 2026' (or an ISO date) to YYYY-MM-DD."""
    iso = re.search(r"\b(\d{4}-\d{2}-\d{2})\b", text)
    if iso:
        return page_date(iso.group(1))
    m = _TEXT_DATE.search(text)
    if not m:
        return None
    day, month, year = (
        (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    )
    number = next(
        (n for name, n in _MONTHS.items() if name.startswith(month.lower()) and len(month) >= 3), None
    )
    if number is None:
        return None
    try:
        return dt.date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


def drop_furniture(blocks: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], dict]:
    """Bylines, time stamps, share buttons, 'Read more' promos and copyright lines that a
    loosely built page keeps inside its article: not article text, though the byline and
    the date are worth keeping as metadata."""
    kept: list[tuple[str, str, str]] = []
    found: dict = {}
    for i, (kind, text, src) in enumerate(blocks):
        if kind != "paragraph" or len(text.split()) > 20:
            kept.append((kind, text, src))
            continue
        byline = _BYLINE_P.match(text) if i < 5 else None
        if byline:
            found.setdefault("author", re.sub(r"\s+and\s+", ", ", byline.group(1)))
            continue
        if _STAMP.match(text) and len(text.split()) <= 12:
            date = _text_date(text)
            if date and _STAMP.match(text).group(1).lower() in ("published", "posted", "first published"):
                found.setdefault("published", date)
            continue
        if _FURNITURE.match(text):
            continue
        kept.append((kind, text, src))
    return kept, found
