"""Plain values from what users wrote (YAML, front matter, file names): text, lists,
ISO dates and the short ids of sources."""

from __future__ import annotations

import datetime as dt
import re


def text_value(value: object) -> str | None:
    """A scalar as text; None for lists and mappings (str() of an aliased YAML
    structure can be exponentially long)."""
    if value is None or isinstance(value, (list, dict, set, tuple)):
        return None
    text = str(value).strip()
    return text or None


def list_value(value: object) -> list:
    """A YAML value as a list: one item stands for a list of one."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def iso_date(value: object) -> str | None:
    """An ISO date string from what YAML or front matter gave, or None if it is not one."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        m = re.match(r"^\s*(\d{4}-\d{2}-\d{2})", value)
        if m:
            try:
                dt.date.fromisoformat(m.group(1))
                return m.group(1)
            except ValueError:
                return None
    return None


def slug(text: str) -> str:
    """A short id from a file stem: lower case, words joined by '-'."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:40].strip("-") or "source"
