"""Markdown text that renders as exactly the text given: escaping for inline text,
headings and table cells, safe link destinations, tables, and reference-style
citations of the sources. Every string that comes from an article, from brief.yaml
or from a reviewer's note goes through `escape_inline` (or `escape_cell` in tables):
it is data, and a pipe, a leading '#', a bracket or an HTML tag in it must not
change the document's structure."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote, urlsplit

from tui.brief.model import Article
from tui.regex_cache import compiled

NONE = "—"  # an empty cell, or a source that is silent

KIND_LABELS = {
    "figure": "Figure",
    "role": "Role",
    "name": "Name",
    "quote": "Quote",
    "omission": "Omission",
    "headline": "Headline",
    "date": "Date",
    "framing": "Framing",
    "note": "Editor note",
}

_CONTROL = compiled(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACE = compiled(r"\s+")
# Characters that start inline structure anywhere in a line: escapes, code spans,
# emphasis, links and images, HTML and autolinks, table cells, strikethrough.
_INLINE = compiled(r"([\\`*_\[\]<|~])")
# "&amp;" would be decoded to "&": keep entity-like text literal.
_ENTITY = compiled(r"&(?=#?[A-Za-z0-9]+;)")
# What makes a line a heading, block quote, list item, setext underline or thematic break.
_BLOCK_START = compiled(r"^(?:[#>+=-]|\d{1,9}(?=[.)]))")


def escape_inline(text: str | None, *, line_start: bool = True) -> str:
    """`text` as one line of markdown that renders as exactly that text.

    Whitespace (newlines included) collapses to single spaces, control characters
    go. With `line_start`, what would open a block (heading, quote, list) when the
    text begins a line or a container is escaped too."""
    if not text:
        return ""
    text = _SPACE.sub(" ", _CONTROL.sub("", text)).strip()
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    if line_start:
        m = _BLOCK_START.match(text)
        if m:
            end = m.end()
            if m.group().isdigit():  # "1999. A year" is not an ordered list
                text = f"{text[:end]}\\{text[end:]}"
            else:
                text = f"\\{text}"
    return text


def escape_heading(text: str | None) -> str:
    """Heading text: also a trailing run of '#', which would close the heading."""
    text = escape_inline(text)
    m = re.search(r"(?<=\s)#+$", text)
    return f"{text[: m.start()]}\\{text[m.start() :]}" if m else text


def escape_cell(text: str | None) -> str:
    """A table cell: never empty, so every row keeps its shape."""
    return escape_inline(text) or NONE


def safe_url(url: str | None) -> str | None:
    """An http(s) url fit for a link destination or an autolink: spaces, brackets,
    pipes, quotes and non-ASCII percent-encoded. Other schemes are not linked."""
    if not url:
        return None
    url = _CONTROL.sub("", url).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe="!#$%&'()*+,/:;=?@[]~-._")


def table(header: list[str], rows: Iterable[list[str]], align: list[str] | None = None) -> list[str]:
    align = align or ["---"] * len(header)
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines


class Citations:
    """`[source-id]` links to each source's url, defined once at the end."""

    def __init__(self, articles: list[Article]) -> None:
        self.refs: dict[str, str] = {}
        self.definitions: list[str] = []
        self.articles = {a.id: a for a in articles}
        used: set[str] = set()
        unlinked: list[str] = []
        for a in articles:
            label = escape_inline(a.id, line_start=False)
            url = safe_url(a.url)
            if url is None:
                unlinked.append(a.id)
                continue
            key, n = label, 2
            while key.casefold() in used:  # labels match case-insensitively
                key, n = f"{label}-{n}", n + 1
            used.add(key.casefold())
            self.refs[a.id] = f"[{label}]" if key == label else f"[{label}][{key}]"
            title = ""
            if a.outlet:
                title = ' "' + _SPACE.sub(" ", a.outlet).replace("\\", "\\\\").replace('"', '\\"') + '"'
            self.definitions.append(f"[{key}]: <{url}>{title}")
        for sid in unlinked:
            # With no definition to match, "[id]" renders as itself; escape it only
            # where it would pick up another source's link.
            label = escape_inline(sid, line_start=False)
            self.refs[sid] = f"\\[{label}\\]" if label.casefold() in used else f"[{label}]"

    def __call__(self, source_id: str | None) -> str:
        if source_id is None:
            return "all sources"
        return self.refs.get(source_id) or f"\\[{escape_inline(source_id, line_start=False)}\\]"

    def place(self, source_id: str, spans) -> str:
        """Where in the source the claim is, as a reader finds it: " (¶3)", " (¶3, ¶7)"
        or " (headline)"; "" when the claim has no span or the source is unknown."""
        article = self.articles.get(source_id)
        if article is None or not spans:
            return ""
        names = list(dict.fromkeys(article.place_name(s.start) for s in spans))
        return f" ({', '.join(names[:3])}{', …' if len(names) > 3 else ''})"

    def who(self, source_id: str, *, bold: bool = False) -> str:
        """The outlet with its citation, or the citation alone when there is no outlet."""
        article = self.articles.get(source_id)
        cite = self(source_id)
        if article is None or not article.outlet:
            return f"**{cite}**" if bold else cite
        outlet = escape_inline(article.outlet)
        return f"**{outlet}** ({cite})" if bold else f"{outlet} ({cite})"


def kind_label(kind: str) -> str:
    """'Figure', 'Editor note': what a finding's kind is called in the export."""
    return KIND_LABELS.get(kind) or escape_inline(str(kind).capitalize())


class Doc:
    """A markdown document built a block at a time, blank lines between blocks."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def para(self, *lines: str) -> None:
        self.lines.extend(lines)
        self.lines.append("")

    def text(self) -> str:
        return "\n".join(self.lines).rstrip("\n") + "\n"
