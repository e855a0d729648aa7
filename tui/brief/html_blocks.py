"""trafilatura's XML body to our blocks, (kind, text, image src) in page order: marked
figures back to captions, tables to rows of cells, wire-copy credit lines left out."""

from __future__ import annotations

import re

from tui.brief.html_text import FIG_OPEN, FIG_SEP, PRIVATE_MARKS, WS, one_line
from tui.brief.model import BLOCKQUOTE, CAPTION, HEADING, LIST_ITEM
from tui.brief.sanitize import clean_text
from tui.regex_cache import compiled

# An <h1> kept apart from the other headings: the one at the top is the headline.
H1 = "h1"


# Wire-copy trailers: "(Reporting by A and B; Editing by C)" ends a story, it is not part of it.
_CREDIT = r"(?:additional |further )?(?:reporting|writing|editing|compiled|research|fact-checking)\s+by\b"
_CREDIT_TRAILER = compiled(rf"\s*\(\s*{_CREDIT}[^()]*\)\s*$", re.IGNORECASE)
_CREDIT_LINE = compiled(rf"^\(?\s*{_CREDIT}[^()]{{0,300}}\)?$", re.IGNORECASE)


def _text_of(el, skip: tuple[str, ...] = ("graphic",)) -> str:
    parts: list[str] = []
    if el.text:
        parts.append(el.text)
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in skip:
            parts.append(_text_of(child, skip))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


def blocks_from_xml(body) -> list[tuple[str, str, str]]:
    """(kind, text, image src) for each block of trafilatura's XML body, in order."""
    out: list[tuple[str, str, str]] = []

    def add(kind: str, raw: str, src: str = "") -> None:
        text = WS.sub(" ", clean_text(raw)).strip()
        if kind == "paragraph":
            if _CREDIT_LINE.match(text):
                return
            text = _CREDIT_TRAILER.sub("", text)
        if text:
            out.append((kind, text, src))

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag == "p":
                text = _text_of(child)
                stripped = text.strip()
                if stripped.startswith(FIG_OPEN) and FIG_SEP in stripped:
                    src, caption = stripped[1:].split(FIG_SEP, 1)
                    add(CAPTION, PRIVATE_MARKS.sub("", caption), src.strip())
                else:  # <br><br> in old-style pages separates paragraphs
                    for part in re.split(r"\n[^\S\n]*\n", PRIVATE_MARKS.sub("", text)):
                        add("paragraph", part)
                for g in child.iter("graphic"):
                    _graphic(g)
            elif tag == "head":
                add(H1 if child.get("rend") == "h1" else HEADING, _text_of(child))
            elif tag == "list":
                for item in list(child.iter("item")):  # a nested list's items come on their own
                    add(LIST_ITEM, _text_of(item, ("graphic", "list")))
            elif tag == "quote":
                add(BLOCKQUOTE, _text_of(child))
            elif tag == "graphic":
                _graphic(child)
            elif tag == "table":
                for row in child.iter("row"):
                    cells = [WS.sub(" ", _text_of(c)).strip() for c in row.iter("cell")]
                    add("paragraph", " | ".join(c for c in cells if c))
            elif tag in ("div", "main", "section"):
                walk(child)
            else:
                add("paragraph", _text_of(child))

    def _graphic(g) -> None:
        """An uncaptioned photo: its alt text, when it says something, is its caption."""
        alt = one_line(g.get("title") or g.get("alt"), 2000)
        if alt and len(alt.split()) >= 4:
            add(CAPTION, alt, g.get("src") or "")

    walk(body)
    # An <h1> past the top is a section heading; the one at the top is the headline.
    return [(HEADING if kind == H1 and i else kind, text, src) for i, (kind, text, src) in enumerate(out)]
