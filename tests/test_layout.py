"""Laying out and looking up at any size: the one-cell wrap gives the same lines as
the cell-by-cell one, a huge paragraph is laid out only as far as it is read, and
span lookups find exactly the overlapping spans."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.app.article_layout import EAGER_CHARS, ArticleLayout, _wrap_cells, _wrap_simple, wrap_offsets
from tui.app.spans import SortedSpans
from tui.brief.articles import parse_markdown


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab cd-é’x"), max_size=200), st.integers(1, 30))
def test_the_fast_wrap_gives_the_same_lines_as_the_cell_wrap(text, width):
    assert list(_wrap_simple(text, 0, len(text), width)) == list(_wrap_cells(text, 0, len(text), width))


def test_wide_characters_still_take_the_cell_wrap():
    assert wrap_offsets("日本 語", 4) == [(0, 2), (3, 4)]  # two cells each


def test_a_huge_paragraph_is_laid_out_as_far_as_it_is_read():
    words = "harbour crews said the ferry would sail at dawn"
    body = " ".join([words] * (2 * EAGER_CHARS // len(words)))
    article = parse_markdown("big", f"# Big\n\n{body}\n")
    layout = ArticleLayout(article, 60)
    assert not layout.complete
    made = len(layout._lines)
    assert made < 300  # a screenful ahead, not the ~4,000 lines of the paragraph
    estimate = len(layout)
    assert 3000 < estimate < 5000
    line = layout.line(1000)  # scrolling down lays out up to there
    assert line is not None and len(layout._lines) <= 1000 + 65
    offset = body.rindex("dawn")  # a jump to the end lays out the rest
    row = layout.row_for(article.text.rindex("dawn"))
    start, end = layout.line(row).start, layout.line(row).end
    assert start <= article.text.rindex("dawn") < end
    assert offset > 0 and layout.lines[-1].end == len(article.text)
    assert len(layout) == len(layout.lines)  # exact once complete


def test_an_ordinary_article_is_laid_out_whole_at_once():
    article = parse_markdown("one", "# One\n\nShort text.\n")
    layout = ArticleLayout(article, 40)
    assert layout.complete and len(layout) == 3  # headline, blank, paragraph


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 100), st.integers(0, 30)), max_size=40),
    st.integers(0, 120),
    st.integers(0, 20),
)
def test_sorted_spans_find_exactly_the_overlapping_ones(spans, start, length):
    items = [(s, s + n, i) for i, (s, n) in enumerate(spans)]
    index = SortedSpans(items)
    end = start + length
    want = {i for s, e, i in items if s < max(end, start + 1) and e > start}
    assert set(index.overlapping(start, end)) == want
    assert index.any(start, end) == bool(want)
