"""Front matter as `newsbrief new` writes it, and as most tools and hands do: one
`key: value` line per field, each value a quoted string, a plain string or an ISO date.
That much of YAML is read here, line by line, to exactly the data the YAML parser
would give; any other line (a comment, a list, a continued or indented value, a value
YAML would read as a number, a boolean or null, an escape) gives None, and the caller
hands the whole text to the YAML parser, which reads it, or says what is wrong with it.

A folder of articles then never imports PyYAML, and each file's metadata costs a few
string operations instead of a parser's setup (together most of loading's time at 200
articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tui.brief.problems import ProblemLog
from tui.brief.sanitize import clean_text
from tui.brief.yaml_load import parse_yaml
from tui.regex_cache import compiled

# A key YAML reads as a string: a word (not "yes", "no", "on", "null" and the like).
_LINE = compiled(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))? *")
# Plain words YAML reads as booleans or null (PyYAML's implicit resolvers), and "y" / "n",
# which YAML 1.1 lists as booleans too: all left to the parser.
_NOT_STRINGS = frozenset(
    "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF y Y n N null Null NULL ~".split()
)
_ISO_DATE = compiled(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_OTHER = object()  # a value this reader leaves to the YAML parser


def _value(text: str | None) -> object:
    """The value YAML gives a one-line scalar, or _OTHER when this reader leaves it to
    the YAML parser."""
    if not text:
        return None  # "key:" is null
    first = text[0]
    if first in "\"'":  # quoted: without its own quote inside, nor (double) an escape
        inner = text[1:-1]
        literal = first not in inner and (first == "'" or "\\" not in inner)
        return inner if len(text) > 1 and text[-1] == first and literal else _OTHER
    if first.isdigit():
        if _ISO_DATE.fullmatch(text):
            try:
                return date.fromisoformat(text)
            except ValueError:
                return _OTHER  # "2010-13-45": the YAML reader says what is wrong
        return _OTHER  # a number, a time, a date with a time: YAML's to resolve
    # A plain string starts with a letter (not an indicator: "&", "*", "!", "-", "[" ...)
    # and holds no ": " (a mapping), " #" (a comment) or trailing ":".
    if not ("a" <= first.lower() <= "z") or text in _NOT_STRINGS:
        return _OTHER
    if ": " in text or " #" in text or text.endswith(":"):
        return _OTHER
    return text


def plain_front_matter(text: str) -> dict | None:
    """The front matter's mapping when every line is a plain `key: value` (see the
    module's docstring), else None: then, and only then, the YAML parser reads it. An
    empty front matter is None too (YAML reads it as no document)."""
    out: dict = {}
    for line in text.split("\n"):
        if not line:
            continue
        if not line.isprintable():
            return None  # tabs, line separators, a byte-order mark: YAML's to judge
        m = _LINE.fullmatch(line)
        if m is None or m.group(1) in _NOT_STRINGS:
            return None
        value = _value(m.group(2))
        if value is _OTHER:
            return None
        out[m.group(1)] = value  # a key given twice: the last one, as YAML reads it
    return out or None


def read_front_matter(log: ProblemLog, path: Path, front: str) -> object:
    """An article file's front matter (the text between its "---" lines) as data:
    escapes and control characters removed first, then this reader, or the YAML
    parser for anything more (its problems in `log`, lines counted from the file's)."""
    front = clean_text(front)
    data = plain_front_matter(front)
    return data if data is not None else parse_yaml(log, path, front, line_offset=1)
