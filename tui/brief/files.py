"""One file from disk to text, or one clear problem: size limits, things that are not
files, formats mistaken for text (PDF, images, UTF-16), binary data, encodings."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from tui.brief.problems import ProblemLog

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
MAX_HTML_BYTES = 10 * 1024 * 1024  # a saved page carries its scripts and styles
MAX_YAML_BYTES = 1024 * 1024
# File signatures of formats people mistake for text: a clearer message than "binary".
MAGIC = (
    (b"%PDF", "a PDF file, not text (copy its text into a .txt file)"),
    (b"PK\x03\x04", "a ZIP-based file (docx, odt, epub, zip), not text"),
    (b"\x89PNG", "an image (PNG), not text"),
    (b"\xff\xd8\xff", "an image (JPEG), not text"),
    (b"GIF8", "an image (GIF), not text"),
    (b"\xd0\xcf\x11\xe0", "an old Office document, not text"),
    (b"\x1f\x8b", "a gzip archive, not text"),
    (b"\xff\xfe", "UTF-16 text: save it as UTF-8"),
    (b"\xfe\xff", "UTF-16 text: save it as UTF-8"),
)


def _html_charset(raw: bytes) -> str | None:
    """The encoding a saved page declares in its first bytes (<meta charset=...>)."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", raw[:4096], re.IGNORECASE)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return None if codec in ("utf-8", "utf-16", "utf-32") else codec


def max_bytes(path: Path) -> int:
    """How large an article file may be: saved web pages get more room."""
    return MAX_HTML_BYTES if path.suffix.lower() in (".html", ".htm") else MAX_ARTICLE_BYTES


def read_text(log: ProblemLog, path: Path, limit: int) -> str | None:
    """The file's text, or None with the reason in `log`."""
    try:
        if path.is_dir():
            log.error(path, "is a folder, not a file")
            return None
        if path.exists() and not path.is_file():  # a FIFO or a device would never end
            log.error(path, "is not a regular file")
            return None
        size = path.stat().st_size
        if size > limit:
            mib = size / (1024 * 1024)
            log.error(path, f"file is too large ({mib:.1f} MiB; the limit is {limit // (1024 * 1024)} MiB)")
            return None
        raw = path.read_bytes()
    except FileNotFoundError:
        log.error(path, "no such file")
        return None
    except OSError as exc:
        log.error(path, f"cannot read file ({exc.strerror or exc})")
        return None
    for magic, what in MAGIC:
        if raw.startswith(magic):
            log.error(path, what)
            return None
    head = raw[:8192]
    controls = sum(1 for b in head if b < 9 or 13 < b < 27 or 27 < b < 32)
    if b"\x00" in head or controls > max(8, len(head) // 20):
        log.error(path, "binary file, not text")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _html_charset(raw) if path.suffix.lower() in (".html", ".htm") else None
        if declared:  # a page saved as the site served it, in its own declared encoding
            try:
                return raw.decode(declared)
            except (UnicodeDecodeError, LookupError):
                pass
        line = raw[: exc.start].count(b"\n") + 1
        log.error(path, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})", line)
        return None
