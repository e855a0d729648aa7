"""The plain-body shortcut past markdown-it's block parser (tui/brief/plain_blocks.py):
where it answers, its tokens are the block parser's, field by field; where a body holds
anything else, it declines and the block parser reads it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.brief.articles import parse_markdown, split_front_matter
from tui.brief.plain_blocks import plain_block_tokens, plain_document

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_reference = MarkdownIt("commonmark", {"maxNesting": 200})


def block_parser(src: str) -> list[dict]:
    tokens: list[Token] = []
    _reference.block.parse(src, _reference, {}, tokens)
    return [t.as_dict() for t in tokens]


def shortcut(src: str) -> list[dict] | None:
    tokens = plain_block_tokens(src)
    return None if tokens is None else [t.as_dict() for t in tokens]


PLAIN = [
    "",
    "One paragraph.",
    "One paragraph.\n",
    "# Mayor Wins Vote\n\nThe council voted 5-4 on Tuesday.\n\nShe said “it passed.”\n",
    "## A subhead\n\nText.",
    "A paragraph\nrunning over two lines.\n\n\n\nAnother, after blank lines.",
    "Inner trailing spaces  \nmake a break.",
    "Blank lines with spaces\n   \n\t\nbetween.",
    "2019 was a year.\n\n$5 million, 40% and “quotes”.",
    "in\u00a0side\nis text\u00a0here",
    "Emphasis *here* and a [link](http://x) and &amp; and \\* and <b>x</b> inside.",
]
DECLINED = [
    "> a quote",
    "- a bullet",
    "+ a bullet",
    "* a bullet",
    "1. a list",
    "3) a list",
    "text\n=====",
    "text\n-----",
    "    indented code",
    "\tindented",
    " one space",
    "```\nfence\n```",
    "~~~\nfence\n~~~",
    "<div>html</div>",
    "[ref]: http://example.com",
    "| a | b |",
    "# Closed heading #",
    "#No space",
    "####### seven",
    "# Heading\nthen text without a blank line",
    "Text\n# then a heading",
    "trailing space at the end ",
    "\u00a0leading no-break space",
    "***",
    "___",
]


@pytest.mark.parametrize("src", PLAIN)
def test_plain_bodies_get_the_block_parsers_tokens(src):
    assert shortcut(src) == block_parser(src)


@pytest.mark.parametrize("src", DECLINED)
def test_anything_else_is_left_to_the_block_parser(src):
    assert shortcut(src) is None


def test_the_article_is_the_same_with_or_without_the_shortcut(monkeypatch):
    import tui.brief.articles as articles

    body = (
        "# Mayor Wins Vote\n\nThe council voted 5-4.\n\n*Photo: City Hall*\n\nKey points\n\nShe said “yes.”"
    )
    fast = parse_markdown("a", body)
    monkeypatch.setattr(articles, "plain_block_tokens", lambda src: None)
    slow = parse_markdown("a", body)
    assert (fast.text, fast.blocks, fast.headline) == (slow.text, slow.blocks, slow.headline)
    assert fast.headline == "Mayor Wins Vote"


def test_fuzzed_bodies_agree_with_the_block_parser():
    rng = random.Random(7)
    pieces = [
        "word",
        "Word.",
        "#",
        "# ",
        "## T",
        "> q",
        "-",
        "- x",
        "1.",
        "1) x",
        "=",
        "---",
        "  ",
        "\t",
        "*",
        "_",
        "`",
        "~~~",
        "<p>",
        "[a]: b",
        "|",
        "\u00a0",
        "x  ",
        "9",
        "“Q”",
        "&amp;",
        "\\",
        "",
    ]
    answered = 0
    for _ in range(3000):
        lines = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(0, 6))
        ]
        src = "\n".join(lines) + rng.choice(["", "\n"])
        got = shortcut(src)
        if got is not None:
            answered += 1
            assert got == block_parser(src), repr(src)
    assert answered > 300  # the shortcut answers for a good share of them


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_real_bodies_agree_with_the_block_parser():
    answered = 0
    files = sorted(CORPUS.glob("*/*.md"))
    assert files
    for path in files:
        _, body, _ = split_front_matter(path.read_text(encoding="utf-8"))
        got = shortcut(body)
        if got is not None:
            answered += 1
            assert got == block_parser(body), path.name
    assert answered >= len(files) // 2  # most real bodies are plain


def _both_ways(monkeypatch, body: str):
    """The article parse_markdown makes of `body`, with the plain-document shortcut and
    through markdown-it's tokens."""
    import tui.brief.articles as articles

    fast = parse_markdown("a", body)
    with monkeypatch.context() as m:
        m.setattr(articles, "plain_document", lambda src: None)
        slow = parse_markdown("a", body)
    return (fast.text, fast.blocks, fast.headline), (slow.text, slow.blocks, slow.headline)


PLAIN_DOCUMENTS = [
    "# Mayor Wins Vote\n\nThe council voted 5-4.\n\nPhoto: City Hall at dusk\n\n## Reaction\n\nShe said “yes.”",
    "# \n\n# Second heading is the headline\n\nText (AP Photo/Jane Roe)",  # an empty first heading
    "No headline at all.\n\nJust “paragraphs”, 40% of them.",
    "# One\n\n# Two\n\n### Three",
]


@pytest.mark.parametrize("body", PLAIN_DOCUMENTS + PLAIN + DECLINED)
def test_the_plain_document_shortcut_makes_the_same_article(body, monkeypatch):
    fast, slow = _both_ways(monkeypatch, body)
    assert fast == slow


def test_the_plain_document_shortcut_declines_markup_and_rewritten_line_ends():
    assert plain_document("# Title\n\nText.") == [(1, "Title"), (0, "Text.")]
    for body in ["Text *em*.", "a [link](x)", "two\nlines", "a &amp; b", "cr\r\nlf", "nul\0", "> q"]:
        assert plain_document(body) is None, body


def test_fuzzed_documents_make_the_same_article_both_ways(monkeypatch):
    rng = random.Random(11)
    pieces = ["Word", "word.", "# ", "## T", "Photo: x", "(AP Photo/X)", "  ", "\u00a0", "“Q”", "*", "&", ""]
    answered = 0
    for _ in range(1500):
        blocks = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(0, 5))
        ]
        body = "\n\n".join(blocks) + rng.choice(["", "\n"])
        fast, slow = _both_ways(monkeypatch, body)
        assert fast == slow, repr(body)
        answered += plain_document(body) is not None
    assert answered > 200


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_real_documents_make_the_same_article_both_ways(monkeypatch):
    files = sorted(CORPUS.glob("*/*.md"))
    answered = 0
    for path in files:
        _, body, _ = split_front_matter(path.read_text(encoding="utf-8"))
        fast, slow = _both_ways(monkeypatch, body)
        assert fast == slow, path.name
        answered += plain_document(body) is not None
    assert answered >= len(files) // 2
