"""The brief as loaded from disk: plain data, no parsing and no UI."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

# Block kinds, in the order a reader meets them in an article.
HEADLINE = "headline"
HEADING = "heading"
PARAGRAPH = "paragraph"
CAPTION = "caption"
LIST_ITEM = "list_item"
BLOCKQUOTE = "blockquote"


@dataclass(frozen=True, slots=True)
class Block:
    """One visual unit of an article, located by offsets into Article.text."""

    kind: str
    start: int
    end: int
    text: str
    takeaway: bool = False  # a list item of the source's own key-points list


@dataclass
class Article:
    """One source. `text` is the plain text every offset in the app refers to:
    the blocks' texts joined by blank lines, headline first."""

    id: str
    text: str
    blocks: list[Block]
    headline: str = ""
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date when known
    author: str | None = None
    path: Path | None = None
    partial: bool = False  # the user says the text is incomplete (front matter or brief.yaml)

    @property
    def words(self) -> int:
        return len(self.text.split())

    @property
    def label(self) -> str:
        """What the UI and exports call this source."""
        return self.outlet or self.id

    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind != HEADLINE]

    def paragraph_at(self, offset: int) -> int | None:
        """The 1-based number of the body block (paragraph, caption, list item…) holding
        `offset`, as a reader counts them below the headline; None in the headline."""
        body = self.body_blocks()
        i = bisect_right([b.start for b in body], offset) - 1
        if i < 0 or offset > body[i].end:
            return None
        return i + 1

    def place_name(self, offset: int) -> str:
        """Where `offset` stands, as a citation gives it: "¶3", or "headline"."""
        number = self.paragraph_at(offset)
        return f"¶{number}" if number is not None else "headline"


@dataclass(frozen=True)
class PersonHint:
    """An editor's note from brief.yaml: this is a person, with these aliases."""

    name: str
    aliases: tuple[str, ...] = ()


@dataclass
class Brief:
    title: str
    articles: list[Article]
    summary: str = ""
    path: Path | None = None
    people: list[PersonHint] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def article(self, source_id: str) -> Article:
        for article in self.articles:
            if article.id == source_id:
                return article
        raise KeyError(source_id)
