"""Figures not reported as fact (extract/figures/hypothetical.py): a figure sought ("should
press for $2 trillion in cuts") or supposed ("if the limit rises by $2 trillion") meets only
figures of its own frame, so a demand is never reported as conflicting with what happened."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.analysis import analyze
from tui.analysis.extract import extract
from tui.brief.articles import parse_markdown
from tui.brief.load import load_brief
from tui.output.json_write import json_parts


def frames(sentence: str) -> list[tuple[str, str | None]]:
    article = parse_markdown("s", f"# Budget talks\n\n{sentence}\n")
    return [(f.text, f.frame) for f in extract(article).figures]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Corker said Republicans should press for $2 trillion in spending cuts.",
            [("$2 trillion", "sought")],
        ),
        ("The union is seeking a 5% raise for its 9,000 members.", [("5%", "sought"), ("9,000", None)]),
        ("The city demanded another $40 million in damages.", [("$40 million", "sought")]),
        (
            # the condition and the main clause it governs: only the condition is supposed
            "If the president wants to raise the debt limit by $2 trillion, Republicans will cut "
            "$1 trillion in spending.",
            [("$2 trillion", "supposed"), ("$1 trillion", None)],
        ),
        ("The bill fails unless 60 senators vote for it.", [("60", "supposed")]),
        ("The deal cut $1 trillion in spending, and the talks sought no more.", [("$1 trillion", None)]),
        ("Asked for a comment, the agency said 3,000 people were arrested.", [("3,000", None)]),
    ],
)
def test_the_frame_of_each_figure(sentence, expected):
    assert frames(sentence) == expected


def brief_of(tmp_path: Path, **articles: str):
    for sid, text in articles.items():
        (tmp_path / f"{sid}.md").write_text(f"---\npublished: 2031-05-06\n---\n{text}", encoding="utf-8")
    return analyze(load_brief([tmp_path]))


def figure_findings(analysis):
    return [d.summary for d in analysis.discrepancies if d.kind == "figure"]


def test_a_figure_sought_never_conflicts_with_the_figure_reported(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Cliff talks\n\nWith $1 trillion in spending cuts set to kick in, the talks resumed.\n",
        b="# Cliff talks\n\nCorker said Republicans should press for $2 trillion in spending cuts.\n",
    )
    assert figure_findings(analysis) == []
    labels = {g.label: sorted(g.status) for g in analysis.figure_groups}
    assert labels["decrease in spending"] == ["a"]
    assert labels["decrease in spending (sought)"] == ["b"]
    document = json.loads(b"".join(json_parts(analysis)))
    assert [(f["source"], f["text"], f["frame"]) for f in document["figures"]] == [
        ("a", "$1 trillion", None),
        ("b", "$2 trillion", "sought"),
    ]


def test_two_sources_giving_one_demand_two_values_still_conflict(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Cliff talks\n\nCorker said Republicans should press for $2 trillion in spending cuts.\n",
        b="# Cliff talks\n\nCorker said Republicans would push for $3 trillion in spending cuts.\n",
    )
    (clash,) = figure_findings(analysis)
    assert "$2 trillion (a)" in clash and "$3 trillion (b)" in clash
    assert "(sought)" in clash


def test_a_figure_supposed_never_conflicts_with_the_figure_reported(tmp_path):
    analysis = brief_of(
        tmp_path,
        a="# Levee vote\n\nIf 12,000 residents of the valley are flooded out, the state will call in the "
        "Guard.\n",
        b="# Levee vote\n\nThe flood forced 3,500 residents of the valley from their homes.\n",
    )
    assert figure_findings(analysis) == []


def test_what_a_plan_calls_for_is_reported_not_sought():
    assert frames("The budget calls for $3.8 trillion in spending next year.") == [("$3.8 trillion", None)]
