"""The JSON document as text, fast, valid, and written in large chunks.

- `allow_nan=False` everywhere: NaN and Infinity are not JSON, and a reader that
  follows the standard would reject the whole document.
- One top-level key per line and, in arrays and maps, one item per line: readable and
  diff-friendly like an indented dump, but each item goes through the json module's C
  encoder (which `indent=` turns off), so encoding costs a fraction of a pretty dump.
- The text is complete in memory before the first byte goes out (a failure never leaves
  half a document), then written a megabyte at a time: json.dump writes once per token,
  which with PYTHONUNBUFFERED=1 is one system call per token."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from tui.analysis.model import Analysis
from tui.output.json import sections

CHUNK = 1 << 20  # characters per write

_ITEM = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(", ", ": ")).encode
_LINE = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode


def _value(value: object) -> str:
    """A top-level value: an array or an object with one item per line."""
    if isinstance(value, list) and value:
        return "[\n" + ",\n".join("    " + _ITEM(item) for item in value) + "\n  ]"
    if isinstance(value, dict) and value:
        return "{\n" + ",\n".join(f"    {_ITEM(k)}: {_ITEM(v)}" for k, v in value.items()) + "\n  }"
    return _ITEM(value)


def json_parts(analysis: Analysis) -> list[str]:
    """The document (`newsbrief analyze --json`) as pieces of text, in order."""
    parts = ["{\n"]
    for key, value in sections(analysis):
        if len(parts) > 1:
            parts.append(",\n")
        parts.append(f"  {_ITEM(key)}: {_value(value)}")
        del value  # each section's dicts go as soon as they are text
    parts.append("\n}\n")
    return parts


def json_line(analysis: Analysis) -> str:
    """The same document on one line, for JSON Lines (`analyze --jsonl`)."""
    return "{" + ",".join(f"{_LINE(key)}:{_LINE(value)}" for key, value in sections(analysis)) + "}\n"


def write_chunks(parts: Iterable[str], out: TextIO) -> None:
    """Write the pieces in writes of about CHUNK characters each."""
    pending: list[str] = []
    size = 0
    for part in parts:
        pending.append(part)
        size += len(part)
        if size >= CHUNK:
            out.write("".join(pending))
            pending, size = [], 0
    if pending:
        out.write("".join(pending))


def write_json(analysis: Analysis, out: TextIO) -> None:
    """`analyze --json`: the whole document, then written in large chunks."""
    write_chunks(json_parts(analysis), out)
