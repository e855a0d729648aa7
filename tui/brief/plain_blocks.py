"""The block structure of a plain news body, without markdown-it's block parser.

Most article bodies are paragraphs separated by blank lines, with one ATX headline
("# Title") on top. For such a body the block tokens are plain to see: each run of
lines between blank lines is a paragraph, or a heading when it is one "#"-line. The
block parser finds the same, at some twenty rule calls a line; this module finds it
with a look at each line's first character.

A body qualifies only when every line is blank or plain, so that no other block rule
could apply: no leading space or tab (an indented code block, a lazy continuation), no
character that opens a block or ends a paragraph (a heading's "#" aside: "> - + * _ =
~ ` < [ |" and "#"-lines that are not a simple heading), no ordered-list marker
("1." "2)"), and no outer whitespace in a paragraph that a trim would remove. Any other
body goes to markdown-it's block parser, untouched. The tokens are built as the block
parser builds them (state_block.push): same types, tags, nesting, levels, maps, markup
and content (tests/test_plain_blocks.py holds the two to each other, token by token).
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it.token import Token

from tui.regex_cache import compiled

# A line that could start, or end, anything but a paragraph.
_BLOCK_START = frozenset("#>-+*_=~`<[|")
_ORDERED = compiled(r"[0-9]{1,9}[.)]")
# "# Title": one to six "#", one space, a title with no outer whitespace and no closing
# "#" sequence (markdown-it would cut it).
_HEADING = compiled(r"(#{1,6}) (\S(?:.*\S)?)\Z")
_BLANK = frozenset(" \t")
# Where one of commonmark's inline rules can start: a break, an escape, a code span,
# emphasis, a link or an image, an autolink or inline HTML, an entity. Text holding none
# of them parses to one text token of itself.
INLINE_MARKUP = compiled(r"[\n\\`*_\[!<&]")


def _plain(line: str) -> bool:
    first = line[0]
    if first in _BLOCK_START or first in _BLANK:
        return False
    return not (first.isdigit() and _ORDERED.match(line))


def plain_block_tokens(src: str) -> list[Token] | None:
    """The block tokens of `src` (normalized: "\\n" line ends), or None when the body
    holds anything but plain paragraphs and simple headings."""
    blocks = _plain_blocks(src)
    if blocks is None:
        return None
    tokens: list[Token] = []
    for level, content, first, end in blocks:
        if level:
            _block(tokens, "heading", f"h{level}", "#" * level, content, [first, end])
        else:
            _block(tokens, "paragraph", "p", "", content, [first, end])
    return tokens


def plain_document(src: str) -> list[tuple[int, str]] | None:
    """(heading level, or 0 for a paragraph; its text) for each block of a plain body
    whose text holds no inline markup either (INLINE_MARKUP), as markdown-it reads it
    whole: every block one text token of itself. None for any other body, and for one
    with the line ends or NULs markdown-it's normalize rule would rewrite."""
    if "\r" in src or "\0" in src:
        return None
    blocks = _plain_blocks(src)
    if blocks is None:
        return None
    search = INLINE_MARKUP.search
    out = []
    for level, content, _, _ in blocks:
        if search(content):
            return None
        out.append((level, content))
    return out


@lru_cache(maxsize=1)
def _plain_blocks(src: str) -> tuple[tuple[int, str, int, int], ...] | None:
    """(heading level or 0, content, first line, line after) for each block of a plain
    body, or None. The last body's answer is kept: a plain body with inline markup is
    declined by plain_document, then scanned again for markdown-it (plain_block_tokens)."""
    lines = src.split("\n")
    if src.endswith("\n"):
        lines.pop()  # the block parser's lines end at the last line end
    blocks: list[tuple[int, str, int, int]] = []
    start = None  # first line of the paragraph being read
    n = len(lines)
    for i in range(n + 1):
        line = lines[i] if i < n else ""
        if not line.strip(" \t"):  # blank (the block parser's isEmpty): a paragraph ends
            if start is not None:
                content = "\n".join(lines[start:i])
                if content[0].isspace() or content[-1].isspace():
                    return None  # a trim would change it: leave it to the block parser
                blocks.append((0, content, start, i))
                start = None
            continue
        if line[0] == "#" and start is None:
            m = _HEADING.match(line)
            if m is None or line.endswith("#"):
                return None
            # a heading is one line: the next one must be blank for a new paragraph to start
            blocks.append((len(m.group(1)), m.group(2), i, i + 1))
            if i + 1 < n and lines[i + 1].strip(" \t"):
                return None
            continue
        if not _plain(line):
            return None
        if start is None:
            start = i
    return tuple(blocks)


def _block(tokens: list[Token], kind: str, tag: str, markup: str, content: str, where: list[int]) -> None:
    """A block's three tokens as state_block.push makes them: the opening one (level 0,
    with the lines it spans), its inline content (level 1) and the closing one."""
    opening = Token(f"{kind}_open", tag, 1, map=where, markup=markup, block=True)
    inline = Token("inline", "", 0, map=list(where), level=1, children=[], content=content, block=True)
    closing = Token(f"{kind}_close", tag, -1, markup=markup, block=True)
    tokens += (opening, inline, closing)
