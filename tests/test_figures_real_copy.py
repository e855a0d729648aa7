"""Figures on the shapes of real news copy, one rule per case.

Each case in tests/cases/figure_cases.yaml is a short sentence of invented names and
places, with every figure it must give, in order: [text, value, counts, per, qualifier,
unit]. A new case is one entry there; this file only reads them."""

from pathlib import Path

import pytest
import yaml

from tui.analysis.extract.figures import extract_figures
from tui.analysis.text import sentences
from tui.brief.articles import parse_markdown

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "figure_cases.yaml").read_text(encoding="utf-8"))


def figures_of(text: str) -> list[tuple]:
    article = parse_markdown("t", "# A headline\n\n" + text)
    return [
        (f.text, f.value, f.counts, f.per, f.qualifier, f.unit)
        for f in extract_figures(article, sentences(article))
    ]


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_case(case):
    expected = [tuple(f) for f in case["figures"]]
    assert all(len(f) == 6 for f in expected), "quote a text with a comma in it"
    assert figures_of(case["text"]) == expected


def test_case_names_are_unique():
    names = [c["rule"] for c in CASES]
    assert len(names) == len(set(names))
