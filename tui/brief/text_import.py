"""Plain-text articles for `newsbrief new`: a byline among the first lines as metadata,
and the parsed article written back as markdown."""

from __future__ import annotations

import re

from tui.brief.markdown_writer import join_blocks, md_escape
from tui.brief.model import Article
from tui.regex_cache import compiled

_BYLINE = compiled(
    r"^by\s+([A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|de|van|von|da|del|la))*)\s*$", re.IGNORECASE
)


def text_metadata(article: Article) -> dict:
    """A byline ('By Jane Doe') among the first lines of a plain-text article."""
    meta: dict = {}
    for block in article.blocks[1:4]:
        m = _BYLINE.match(block.text)
        if m and len(m.group(1).split()) <= 6:
            meta["author"] = m.group(1)
            break
    return meta


def text_to_markdown(article: Article) -> str:
    """A parsed plain-text article written back as markdown that parses to the same blocks."""
    return join_blocks((block.kind, md_escape(block.text.replace("\n", " "))) for block in article.blocks)
