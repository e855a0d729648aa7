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

import codecs
import json
from collections.abc import Callable, Iterable
from typing import TextIO

from tui.analysis.compare import paused_gc
from tui.analysis.model import Analysis
from tui.output.json import sections

CHUNK = 1 << 20  # bytes per write

_ITEM = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(", ", ": ")).encode
_LINE = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode


def _value(value: object) -> list[bytes]:
    """A top-level value: an array or an object with one item per line, each item a
    piece of its own (a whole section as one str could take four bytes a character,
    and the writer joins pieces into chunks of about CHUNK bytes)."""
    if isinstance(value, list) and value:
        items = [b",\n    " + _ITEM(item).encode() for item in value]
        return [b"[\n    " + items[0][6:], *items[1:], b"\n  ]"]
    if isinstance(value, dict) and value:
        items = [f",\n    {_ITEM(k)}: {_ITEM(v)}".encode() for k, v in value.items()]
        return [b"{\n    " + items[0][6:], *items[1:], b"\n  }"]
    return [_ITEM(value).encode()]


def json_parts(analysis: Analysis, extra: dict | None = None) -> list[bytes]:
    """The document (`newsbrief analyze --json`) as pieces of UTF-8, in order, with
    `extra` top-level keys after the analysis's (the review, when there is one). Bytes,
    not str: one curly quote makes Python store a whole str at two or four bytes a
    character, and the pieces are all held until the last is made."""
    parts = [b"{\n"]
    for n, (key, value) in enumerate([*sections(analysis), *(extra or {}).items()]):
        parts.append((b",\n" if n else b"") + f"  {_ITEM(key)}: ".encode())
        parts.extend(_value(value))
        del value  # each section's dicts go as soon as they are text
    parts.append(b"\n}\n")
    return parts


def json_line(analysis: Analysis) -> str:
    """The same document on one line, for JSON Lines (`analyze --jsonl`)."""
    with paused_gc():  # the document's dicts hold no cycles: reference counting frees them
        return "{" + ",".join(f"{_LINE(key)}:{_LINE(value)}" for key, value in sections(analysis)) + "}\n"


def _byte_writer(out: TextIO) -> Callable[[bytes], object]:
    """How UTF-8 bytes reach the stream: as they are, through the binary buffer under a
    UTF-8 text stream (sys.stdout, a file opened for text), its text layer flushed
    first; else decoded, for the stream to encode again."""
    buffer = getattr(out, "buffer", None)
    encoding = getattr(out, "encoding", None)
    if buffer is None or not encoding or codecs.lookup(encoding).name != "utf-8":
        return lambda chunk: out.write(chunk.decode())
    out.flush()
    return buffer.write


def write_chunks(parts: Iterable[bytes], out: TextIO) -> None:
    """Write the pieces to a text stream in writes of about CHUNK bytes each."""
    write = _byte_writer(out)
    pending: list[bytes] = []
    size = 0
    for part in parts:
        pending.append(part)
        size += len(part)
        if size >= CHUNK:
            write(b"".join(pending))
            pending, size = [], 0
    if pending:
        write(b"".join(pending))


def write_json(analysis: Analysis, out: TextIO, extra: dict | None = None) -> None:
    """`analyze --json`: the whole document, then written in large chunks."""
    with paused_gc():  # the document's dicts hold no cycles: reference counting frees them
        parts = json_parts(analysis, extra)
    write_chunks(parts, out)
