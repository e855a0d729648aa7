"""One file from disk to text, or one clear problem: size limits, things that are not
files, formats mistaken for text (PDF, images, UTF-16), binary data, encodings."""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from pathlib import Path

from tui.brief.problems import ProblemLog
from tui.regex_cache import compiled

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


LINK_LOOP = "is a symbolic link that loops back on itself"
_NEWLINES = compiled(r"\r\n?")
# Bytes of the C0 set that text does not use (tab, line ends and escape are counted apart).
_CONTROLS = compiled(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def normalise_newlines(text: str) -> str:
    """Windows (CRLF) and old Mac (CR) line ends as LF, so that a file loads exactly as
    the same file saved with LF does: front matter, headings, line numbers."""
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def max_bytes(path: Path) -> int:
    """How large an article file may be: saved web pages get more room."""
    return MAX_HTML_BYTES if path.suffix.lower() in (".html", ".htm") else MAX_ARTICLE_BYTES


def not_a_file(path: Path) -> str | None:
    """Why `path` cannot be read as an article file (a folder, a pipe, a device, a
    dangling or looping link), or None when it is a regular file or does not exist.
    Reading a FIFO or /dev/zero would never end: they are refused before any read."""
    return _stat_file(path)[0]


def _stat_file(path: Path) -> tuple[str | None, os.stat_result | None]:
    """not_a_file's answer, with the file's stat when it has one (its size, without a
    second system call)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return ("is a link to a file that does not exist" if path.is_symlink() else None), None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return LINK_LOOP, None
        return None, None  # reading it will say what is wrong
    return _not_regular(st.st_mode), st


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a file"
    return "is not a regular file"


def read_text(log: ProblemLog, path: Path, limit: int) -> str | None:
    """The file's text, or None with the reason in `log`."""
    try:
        problem, st = _stat_file(path)
        if problem:
            log.error(path, problem)
            return None
        # no stat: the file is missing, or the stat failed; a second one raises what is wrong
        size = st.st_size if st is not None else path.stat().st_size
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
    controls = len(_CONTROLS.findall(head))
    if b"\x00" in head or controls > max(8, len(head) // 20):
        log.error(path, "binary file, not text")
        return None
    try:
        return normalise_newlines(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        declared = _html_charset(raw) if path.suffix.lower() in (".html", ".htm") else None
        if declared:  # a page saved as the site served it, in its own declared encoding
            try:
                return normalise_newlines(raw.decode(declared))
            except (UnicodeDecodeError, LookupError):
                pass
        line = raw[: exc.start].count(b"\n") + 1
        log.error(path, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})", line)
        return None
