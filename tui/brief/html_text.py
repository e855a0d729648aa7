"""Text taken from a web page, made fit for metadata (one clean line, an ISO date), and
the private-use marks that carry a figure's caption through trafilatura."""

from __future__ import annotations

import datetime as dt
import re

from tui.brief.sanitize import clean_text
from tui.regex_cache import compiled

MAX_FIELD = 300  # metadata longer than this is not a headline, a name or an outlet


# Private-use marks that carry a <figure>'s caption and image through trafilatura.
FIG_OPEN, FIG_SEP = "\ue000", "\ue001"
PRIVATE_MARKS = compiled("[\ue000\ue001]")
WS = compiled(r"\s+")


def one_line(value: object, limit: int = MAX_FIELD) -> str | None:
    """A metadata value as one clean line, or None when there is nothing usable."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = WS.sub(" ", PRIVATE_MARKS.sub("", clean_text(str(value)))).strip()
    if not text or len(text) > limit:
        return None
    return text


def page_date(value: object) -> str | None:
    """YYYY-MM-DD from an ISO date/datetime string (time zones ignored), else None."""
    text = one_line(value)
    if not text:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None
