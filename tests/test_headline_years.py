"""A headline's year that the bodies give by arithmetic, not in digits ("two years prior"
to 2010), is supported: no headline discrepancy (compare/implied_years.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.analysis.compare.implied_years import implied_years
from tui.brief.load import load_brief


@pytest.mark.parametrize(
    ("text", "published", "years"),
    [
        ("Republicans used the charge in the 2010 elections. Two years prior, Obama used it.", None, {2008}),
        ("Four years ago, he ran against the senator.", "2012-08-14", {2008}),
        ("The plant closed a decade before the 2010 census.", None, {2000}),
        ("She joined the board in 1999 and left three years later.", None, {2002}),
        ("A year earlier, in the 2016 race, he lost.", None, set()),  # no year before it
        ("He returned two years after the war.", None, set()),  # a year the text does not give
        ("Four years ago, he ran against the senator.", None, set()),  # no published date
        ("Many years ago they met.", "2012-01-01", set()),
    ],
)
def test_years_given_by_arithmetic(text, published, years):
    assert implied_years(text, published) == years


def headline_findings(tmp_path: Path, body: str) -> list[str]:
    (tmp_path / "a.md").write_text(
        "---\npublished: 2012-08-14\n---\n# Attack in 2008 targeted McCain over Medicare\n\n" + body,
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "---\npublished: 2012-08-14\n---\n# Medicare fight returns\n\nMcCain was attacked over Medicare.\n",
        encoding="utf-8",
    )
    analysis = analyze(load_brief([tmp_path]))
    return [d.summary for d in analysis.discrepancies if d.kind == "headline"]


def test_a_headline_year_a_body_gives_by_arithmetic_is_supported(tmp_path):
    body = (
        "Republicans used the Medicare charge in the 2010 congressional elections. Two years prior, "
        "then-Senator Obama used the same line against McCain.\n"
    )
    assert headline_findings(tmp_path, body) == []


def test_a_headline_year_no_text_gives_is_still_reported(tmp_path):
    body = "Republicans used the Medicare charge in the 2010 congressional elections against McCain.\n"
    assert headline_findings(tmp_path, body) == [
        "a's headline says “2008”; neither its body nor any other source does"
    ]
