"""Numbers in headlines: a listicle's count ("5 takeaways from the debate") counts the
article's own items (no figure, no headline claim, no omission), while a number before
any other noun is still a claim ("3 big banks fail"); and a headline's number is
supported by the body's in another form ("3 percent" by "3%")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.brief.load import load_brief

BODY = "Ana Duarte and Tom Reyes clashed over housing on Tuesday night. Duarte promised 2,000 new homes.\n"
OTHER = "# Duarte, Reyes clash over housing\n\n" + BODY


def _analysis(tmp_path: Path, headline: str):
    for sid, text in (("a", f"# {headline}\n\n{BODY}"), ("b", OTHER)):
        (tmp_path / f"{sid}.md").write_text(f"---\npublished: 2031-05-06\n---\n{text}", encoding="utf-8")
    return analyze(load_brief([tmp_path]))


@pytest.mark.parametrize(
    "headline",
    [
        "5 takeaways from the mayoral debate",
        "10 things to know about the debate",
        "3 big questions after the debate",
    ],
)
def test_a_listicle_count_is_no_claim_and_no_figure(tmp_path, headline):
    analysis = _analysis(tmp_path, headline)
    assert [d.summary for d in analysis.discrepancies] == []
    assert [(f.source, f.text) for f in analysis.figures] == [("a", "2,000"), ("b", "2,000")]


def test_a_count_of_anything_else_in_a_headline_is_still_a_claim(tmp_path):
    analysis = _analysis(tmp_path, "3 big banks back Duarte housing plan")
    assert [d.summary for d in analysis.discrepancies if d.kind == "headline"] == [
        "a's headline says “3”; neither its body nor any other source does"
    ]


def test_a_headline_percentage_is_supported_by_the_body_written_with_a_sign(tmp_path):
    body = "Ana Duarte said sales fell 3%. Tom Reyes said they fell 4 percent.\n"
    for sid, text in (("a", f"# Sales fall 3 percent, 4% say others\n\n{body}"), ("b", OTHER)):
        (tmp_path / f"{sid}.md").write_text(f"---\npublished: 2031-05-06\n---\n{text}", encoding="utf-8")
    analysis = analyze(load_brief([tmp_path]))
    assert [d.summary for d in analysis.discrepancies if d.kind == "headline"] == []
