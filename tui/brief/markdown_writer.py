"""Blocks written as markdown that parses back to the same blocks: what a page or a text
file says is escaped so it stays words, never markup."""

from __future__ import annotations

from collections.abc import Iterable

from tui.brief.model import BLOCKQUOTE, HEADING, HEADLINE, LIST_ITEM
from tui.regex_cache import compiled

_MD_SPECIAL = compiled(r"([\\`*_\[\]<>!&|~])")
_LINE_START = compiled(r"^(\s*)([#>+=-]|\d{1,9}(?=[.)]))")


def md_escape(text: str) -> str:
    """Text made literal for markdown-it: what a page says must stay words, not markup."""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    m = _LINE_START.match(text)
    if m:  # "1. x", "- x", "# x", "+ x" would start a list or a heading
        at = m.end() if m.group(2).isdigit() else m.start(2)
        text = f"{text[:at]}\\{text[at:]}"
    return text


def join_blocks(blocks: Iterable[tuple[str, str]]) -> str:
    """Markdown from (kind, escaped text) pairs: '# ' for the headline, '## ' for a heading,
    '- ' for list items (one list while they follow each other), '> ' for a quote; any other
    kind (a paragraph, a caption already written as an image) goes as it is given."""
    lines: list[str] = []
    previous = None
    for kind, text in blocks:
        if kind == HEADLINE:
            lines.append(f"# {text}")
        elif kind == HEADING:
            lines.append(f"## {text}")
        elif kind == LIST_ITEM:
            if previous == LIST_ITEM:
                lines[-1] += f"\n- {text}"
            else:
                lines.append(f"- {text}")
        elif kind == BLOCKQUOTE:
            lines.append(f"> {text}")
        else:
            lines.append(text)
        previous = kind
    return "\n\n".join(lines) + "\n"
