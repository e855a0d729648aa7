"""Loading briefs: blocks and offsets, front matter, text files, brief.yaml."""

from pathlib import Path

import pytest

from tui.brief.articles import parse_markdown, parse_text
from tui.brief.bundled import default_brief_path
from tui.brief.errors import BriefError
from tui.brief.load import load_brief

SEED = Path(__file__).parent.parent / "content" / "ice-leadership-shakeup"


def kinds(article):
    return [(b.kind, b.text) for b in article.blocks]


def test_every_block_slices_back_out_of_the_plain_text():
    brief = load_brief(SEED)
    for article in brief.articles:
        for block in article.blocks:
            assert article.text[block.start : block.end] == block.text


def test_seed_brief_structure():
    brief = load_brief(SEED)
    assert brief.title == "ICE leadership shake-up over deportation pace"
    assert [a.id for a in brief.articles] == ["crackdown-stuns", "trump-boots-ice"]
    first = brief.articles[0]
    assert first.headline == "Trump-Backed Crackdown STUNS Sanctuary Cities"
    captions = [b.text for b in first.blocks if b.kind == "caption"]
    assert captions[0] == "Man giving thumbs up at a Trump Pence rally"
    assert captions[1].startswith("ASTON, PA - SEPTEMBER 22, 2016:")
    takeaways = [b.text for b in first.blocks if b.takeaway]
    assert len(takeaways) == 5
    assert takeaways[1].startswith("Stephen Miller has set an aggressive target")
    assert first.outlet is None and first.published is None  # the seeds name neither


def test_markdown_structure_and_offsets():
    md = (
        "# A headline\n\nFirst *para* with a [link](http://x).\n\n## Key points\n\n- one point\n- two\n\n"
        "> a block quote\n\n![A caption](img.jpg)\n\n*Photo credit line*\n\nLast para.\n"
    )
    article = parse_markdown("x", md)
    assert kinds(article) == [
        ("headline", "A headline"),
        ("paragraph", "First para with a link."),
        ("heading", "Key points"),
        ("list_item", "one point"),
        ("list_item", "two"),
        ("blockquote", "a block quote"),
        ("caption", "A caption"),
        ("caption", "Photo credit line"),
        ("paragraph", "Last para."),
    ]
    assert [b.takeaway for b in article.blocks if b.kind == "list_item"] == [True, True]
    assert article.text.startswith("A headline\n\nFirst para")


def test_a_list_without_a_key_points_heading_is_not_takeaways():
    article = parse_markdown("x", "# H\n\n## Background\n\n- a\n- b\n")
    assert [b.takeaway for b in article.blocks if b.kind == "list_item"] == [False, False]


def test_text_file_headline_bullets_and_hard_wrapped_paragraphs():
    raw = (
        "The Headline Here\n\nKey Takeaways\n\n  • First point\n  • Second point\n\n"
        "A paragraph that was wrapped by a PDF viewer at a fixed width and so\n"
        "continues on this line until it ends.\n\nOne line paragraph.\nAnother line paragraph.\n"
    )
    article = parse_text("t", raw)
    assert kinds(article) == [
        ("headline", "The Headline Here"),
        ("heading", "Key Takeaways"),
        ("list_item", "First point"),
        ("list_item", "Second point"),
        (
            "paragraph",
            "A paragraph that was wrapped by a PDF viewer at a fixed width and so continues on this line until it ends.",
        ),
        ("paragraph", "One line paragraph."),
        ("paragraph", "Another line paragraph."),
    ]
    assert [b.takeaway for b in article.blocks if b.kind == "list_item"] == [True, True]


def test_front_matter_fills_metadata_and_brief_yaml_wins(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\noutlet: Front Matter Post\npublished: 2024-03-05\nurl: https://example.org/a\n---\n# Head A\n\nBody text here.\n"
    )
    (tmp_path / "brief.yaml").write_text(
        "title: T\nsources:\n  - id: alpha\n    file: a.md\n    outlet: Yaml Times\n"
    )
    article = load_brief(tmp_path).articles[0]
    assert (article.id, article.outlet, article.published, article.url) == (
        "alpha",
        "Yaml Times",
        "2024-03-05",
        "https://example.org/a",
    )


def test_zero_config_folder_and_file_list(tmp_path):
    (tmp_path / "one.md").write_text("# One\n\nBody one.\n")
    (tmp_path / "two.txt").write_text("Two\n\nBody two.\n")
    (tmp_path / "notes.json").write_text("{}")
    brief = load_brief(tmp_path)
    assert [a.id for a in brief.articles] == ["one", "two"]
    brief = load_brief([tmp_path / "two.txt", tmp_path / "one.md"])
    assert [a.headline for a in brief.articles] == ["Two", "One"]


def test_a_folder_without_brief_yaml_is_titled_from_its_headlines_not_its_name(tmp_path):
    folder = tmp_path / "walmart-b"
    folder.mkdir()
    (folder / "a.md").write_text("# Supreme Court weighs Wal-Mart bias case\n\nBody.\n")
    (folder / "b.md").write_text("# Justices hear the Wal-Mart bias case\n\nBody.\n")
    assert load_brief(folder).title == "Wal-Mart bias case"  # the words every headline shares
    (folder / "c.md").write_text("# Retail giant in court\n\nBody.\n")
    assert load_brief(folder).title == "Supreme Court weighs Wal-Mart bias case"  # else the first


def test_markup_and_escapes_in_article_text_are_kept_as_data(tmp_path):
    (tmp_path / "a.md").write_text(
        "# [bold red]Head[/]\n\nText \x1b[31mred\x1b[0m and \x1b]8;;http://x\x07link\x07 [link=x]y[/link].\n"
    )
    article = load_brief(tmp_path).articles[0]
    assert article.headline == "[bold red]Head[/]"
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert "Text red and link [link=x]y[/link]." in article.text


@pytest.mark.parametrize(
    "yaml_text, message",
    [
        (
            "title: x\n  bad: indent\n",
            "brief.yaml:2: error: invalid YAML: mapping values are not allowed here",
        ),
        ("sources: !!python/object:os.system {}\n", "YAML tag"),
        ("title: x\n", "'sources' must be a non-empty list"),
        ("sources:\n  - file: ../outside.md\n", "outside the brief folder"),
        ("sources:\n  - file: a.md\n  - file: a.md\n", "duplicate id 'a'"),
        ("sources:\n  - file: missing.md\n", "missing.md: error: no such file"),
    ],
)
def test_bad_brief_yaml_gives_one_clear_error(tmp_path, yaml_text, message):
    (tmp_path / "a.md").write_text("# A\n\nBody.\n")
    (tmp_path / "brief.yaml").write_text(yaml_text)
    with pytest.raises(BriefError) as info:
        load_brief(tmp_path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_default_brief_is_bundled():
    assert (default_brief_path() / "brief.yaml").is_file()


@pytest.mark.parametrize(
    "markdown",
    [
        "Plain words, 3% of them: one-line; “quoted” — and (bracketed).",
        "A *stressed* word, __strong__ ones, `code` and a [link](https://example.org).",
        "An ![image](a.png) &amp; an entity, an escaped \\* star, <b>html</b> and <https://x.org>.",
        "Two lines\nof one paragraph, and a hard  \nbreak.",
        "# Heading\n\n> quoted *text*\n\n- item one\n- item [two]\n\n[ref]: /url\n\nUses [ref].",
    ],
)
def test_plain_text_shortcut_parses_as_markdown_it_does(markdown):
    """The loader skips markdown-it's inline parser for text holding no inline markup:
    every token, children included, is what stock markdown-it makes."""
    from markdown_it import MarkdownIt

    from tui.brief.articles import MAX_NESTING, _md

    def dump(tokens):
        return [
            (t.type, t.tag, t.nesting, t.content, t.markup, t.level, t.attrs, t.map)
            + (dump(t.children) if t.children is not None else None,)
            for t in tokens
        ]

    stock = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    assert dump(_md.parse(markdown)) == dump(stock.parse(markdown))
