"""Article files (markdown, text) to Article: blocks with offsets into plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import block as core_block
from markdown_it.rules_core import normalize as core_normalize
from markdown_it.token import Token

from tui.brief.markdown_html import html_block_paragraphs
from tui.brief.model import (
    BLOCKQUOTE,
    CAPTION,
    HEADING,
    HEADLINE,
    LIST_ITEM,
    PARAGRAPH,
    Article,
    Block,
)
from tui.brief.plain_blocks import INLINE_MARKUP, plain_block_tokens, plain_document
from tui.brief.sanitize import clean_text
from tui.regex_cache import compiled

# A heading or a lone bold line that introduces the source's own key points.
TAKEAWAYS_HEADING = compiled(
    r"^\W*(key (takeaways?|points|facts|findings)|takeaways?|highlights|at a glance|"
    r"what (you need|to know)|the gist|in brief|tl;? ?dr|quick read|the big picture)\W*$",
    re.IGNORECASE,
)
# Photo credits and stock-photo captions: "Photo: …", "(AP Photo/…)", "CITY, ST - MONTH 1, 2016: …".
# Two patterns: what a caption starts with (matched at its start only), and what it
# ends with or says anywhere (searched only when the text holds one of the literals each
# alternative needs: "(", "Getty Images", "Photo by"), so most paragraphs cost a few
# substring tests, not a regex tried at every position.
_CAPTION_START = compiled(
    r"(photo|image|picture|caption|credit|file photo)\b\s*[:|-]"
    r"|[A-Z][A-Z .,'’-]+\s[-–—]\s[A-Z]+ \d{1,2},? \d{4}:",
)
_CAPTION_ANYWHERE = compiled(r"\((?:AP|AFP|Reuters|Getty)[^)]*\)\s*$|Getty Images\s*$|\bPhoto by\b")


def caption_line(text: str) -> bool:
    """A photo credit or a stock-photo caption line."""
    if _CAPTION_START.match(text):
        return True
    return ("(" in text or "Getty Images" in text or "Photo by" in text) and bool(
        _CAPTION_ANYWHERE.search(text)
    )


_FRONT_MATTER = compiled(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_SPACES = compiled(r"[ \t\u00a0]+")
_LINE_SPACES = compiled(r" ?\n ?")


@cache
def _bullet() -> re.Pattern:
    """Compiled on first use: only plain-text articles need it."""
    return compiled(r"^\s*(?:[•·▪‣◦*+-]|\d{1,2}[.)])\s+")


@dataclass
class _Builder:
    """Collects blocks and lays them out as one plain text with offsets."""

    parts: list[tuple[str, str, bool]] = field(default_factory=list)

    def add(self, kind: str, text: str, takeaway: bool = False) -> str:
        """The text as it goes into the article (cleaned), or "" when nothing is left."""
        text = clean_text(text)
        if "  " in text or "\xa0" in text:  # else a single space stays a single space
            text = _SPACES.sub(" ", text)
        text = text.strip()
        if "\n" in text:
            text = _LINE_SPACES.sub("\n", text)
        if text:
            self.parts.append((kind, text, takeaway))
        return text

    def build(self) -> tuple[str, list[Block]]:
        blocks: list[Block] = []
        pos = 0
        for kind, text, takeaway in self.parts:
            if blocks:
                pos += 2
            blocks.append(Block(kind, pos, pos + len(text), text, takeaway))
            pos += len(text)
        return "\n\n".join(text for _, text, _ in self.parts), blocks


def split_front_matter(source: str) -> tuple[str | None, str, int]:
    """(front matter text or None, body, number of lines the front matter took)."""
    m = _FRONT_MATTER.match(source)
    if not m:
        return None, source, 0
    return m.group(1) or "", source[m.end() :], m.group(0).count("\n")


# markdown-it stops, silently, at 20 levels of nesting (ten lists in lists): room for
# 200, and quote markers past QUOTE_DEPTH levels kept at that depth, so deep text is
# still read (and markdown-it's recursion stays far from Python's limit).
MAX_NESTING = 200
QUOTE_DEPTH = 100
_md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})


def _inline(state) -> None:
    """markdown-it's core "inline" rule, skipped for text without INLINE_MARKUP (one
    text token of itself)."""
    md = state.md
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            content = token.content
            if INLINE_MARKUP.search(content):
                md.inline.parse(content, md, state.env, token.children)
            elif content:
                token.children.append(Token("text", "", 0, content=content))


_md.core.ruler.at("inline", _inline)


def _block(state) -> None:
    """markdown-it's core "block" rule, with a shortcut for a body of plain paragraphs
    and simple headings (plain_blocks): the same tokens, without the block parser."""
    tokens = None if state.inlineMode else plain_block_tokens(state.src)
    if tokens is None:
        core_block(state)
    else:
        state.tokens.extend(tokens)


_md.core.ruler.at("block", _block)


def _normalize(state) -> None:
    """markdown-it's core "normalize" rule (CR and CRLF to LF, NUL to U+FFFD), skipped
    when the text holds neither: the loader has already normalised line ends
    (files.normalise_newlines), and rewriting every line end costs a regex pass."""
    if "\r" in state.src or "\0" in state.src:
        core_normalize(state)


_md.core.ruler.at("normalize", _normalize)
_DEEP_QUOTE = compiled(rf"^((?:[ \t]{{0,3}}>){{{QUOTE_DEPTH}}})(?:[ \t]{{0,3}}>)+", re.MULTILINE)


def _inline_text(token) -> tuple[str, list[str], bool]:
    """Plain text of an inline token, the alt texts of its images, and whether the
    whole paragraph is one emphasis (a typical caption under a photo)."""
    out: list[str] = []
    images: list[str] = []
    children = token.children or []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "image":
            alt = "".join(c.content for c in child.children or [] if c.type == "text")
            if alt.strip():
                images.append(alt)
            title = child.attrGet("title")
            if title:
                images.append(str(title))
    meaningful = [c for c in children if not (c.type == "text" and not c.content.strip())]
    emphasised = (
        len(meaningful) >= 3
        and meaningful[0].type in ("em_open", "strong_open")
        and meaningful[-1].type in ("em_close", "strong_close")
    )
    return "".join(out), images, emphasised


def parse_markdown(source_id: str, markdown: str) -> Article:
    """Markdown body (front matter already removed) to an Article."""
    if ">" * 20 in markdown.replace(" ", ""):
        markdown = _DEEP_QUOTE.sub(r"\1", markdown)
    plain = plain_document(markdown)
    if plain is not None:
        return _plain_article(source_id, plain)
    tokens = _md.parse(markdown)
    b = _Builder()
    headline = ""
    in_list = 0
    in_quote = 0
    takeaway_list = False
    after_image = False
    heading_level = 0
    pending_takeaways = False
    for i, tok in enumerate(tokens):
        t = tok.type
        if t == "heading_open":
            heading_level = int(tok.tag[1])
        elif t == "bullet_list_open" or t == "ordered_list_open":
            if in_list == 0:
                takeaway_list = pending_takeaways
            in_list += 1
        elif t == "bullet_list_close" or t == "ordered_list_close":
            in_list -= 1
            if in_list == 0:
                takeaway_list = pending_takeaways = False
        elif t == "blockquote_open":
            in_quote += 1
        elif t == "blockquote_close":
            in_quote -= 1
        elif t in ("fence", "code_block"):
            b.add(PARAGRAPH, tok.content)
        elif t == "html_block":  # raw HTML in the markdown: its text is article text too
            for paragraph in html_block_paragraphs(tok.content):
                b.add(BLOCKQUOTE if in_quote else LIST_ITEM if in_list else PARAGRAPH, paragraph)
        elif t == "inline":
            text, images, emphasised = _inline_text(tok)
            if heading_level:
                if heading_level == 1 and not headline:
                    headline = b.add(HEADLINE, text)
                else:
                    b.add(HEADING, text)
                pending_takeaways = bool(TAKEAWAYS_HEADING.match(text.strip()))
                heading_level = 0
                after_image = False
                continue
            for alt in images:
                b.add(CAPTION, alt)
            if images and not text.strip():
                after_image = True
                continue
            if in_list:
                b.add(LIST_ITEM, text, takeaway=takeaway_list)
            elif in_quote:
                b.add(BLOCKQUOTE, text)
            elif (after_image and emphasised) or caption_line(text.strip()):
                b.add(CAPTION, text)
            elif emphasised and TAKEAWAYS_HEADING.match(text.strip()):
                pending_takeaways = True
                b.add(HEADING, text)
            else:
                b.add(PARAGRAPH, text)
                pending_takeaways = pending_takeaways and _next_is_list(tokens, i)
            after_image = bool(images)
    text, blocks = b.build()
    return Article(id=source_id, text=text, blocks=blocks, headline=headline)


def _plain_article(source_id: str, blocks: list[tuple[int, str]]) -> Article:
    """A body of plain paragraphs and headings without inline markup (most news copy),
    read as the token walk in parse_markdown reads its tokens, without making them: no
    list, quote, image or emphasis can be in it, so a paragraph is a caption line or a
    paragraph, and the first top-level heading is the headline."""
    b = _Builder()
    headline = ""
    for level, text in blocks:
        if level == 1 and not headline:
            headline = b.add(HEADLINE, text)
        else:
            b.add(HEADING if level else CAPTION if caption_line(text.strip()) else PARAGRAPH, text)
    text, built = b.build()
    return Article(id=source_id, text=text, blocks=built, headline=headline)


def _next_is_list(tokens, i: int) -> bool:
    for tok in tokens[i + 1 :]:
        if tok.type == "paragraph_close":
            continue
        return tok.type in ("bullet_list_open", "ordered_list_open")
    return False


def _ends_sentence(line: str) -> bool:
    return bool(re.search(r"[.!?:;\"”’)]\s*$", line))


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 14 and not _ends_sentence(line) and line[:1].isupper()


def parse_text(source_id: str, raw: str) -> Article:
    """Plain text: first non-empty line is the headline; a blank line or a line
    that ends a sentence ends a paragraph; bullets are list items."""
    b = _Builder()
    lines = clean_text(raw).split("\n")
    headline = ""
    chunks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            chunks[-1].append(line.strip())
        elif chunks[-1]:
            chunks.append([])
    takeaways = False
    for chunk in chunks:
        if not chunk:
            continue
        long_unpunctuated = [ln for ln in chunk[:-1] if len(ln) > 50 and not _ends_sentence(ln)]
        hard_wrapped = len(chunk) > 1 and len(long_unpunctuated) >= (len(chunk) - 1) / 2
        paragraphs = [" ".join(chunk)] if hard_wrapped else chunk
        for line in paragraphs:
            bullet = _bullet().match(line)
            if not headline:
                headline = b.add(HEADLINE, line)
            elif bullet:
                b.add(LIST_ITEM, line[bullet.end() :], takeaway=takeaways)
            elif caption_line(line):
                b.add(CAPTION, line)
            elif TAKEAWAYS_HEADING.match(line):
                takeaways = True
                b.add(HEADING, line)
            elif _looks_like_heading(line) and len(chunk) == 1:
                takeaways = False
                b.add(HEADING, line)
            else:
                takeaways = False
                b.add(PARAGRAPH, line)
    text, blocks = b.build()
    return Article(id=source_id, text=text, blocks=blocks, headline=headline)
