"""The people extractor on the shapes of real news copy: one case per entry in
tests/cases/people_cases.yaml (a short synthetic article, invented names, and exactly
the people it names with their roles in text order), so a new case is one entry."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tui.analysis.extract.people import extract_people
from tui.analysis.text import sentences
from tui.brief.articles import parse_markdown

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "people_cases.yaml").read_text(encoding="utf-8"))


def _article(case: dict):
    markdown = case.get("markdown") or f"# A headline about the story\n\n{case['text'].strip()}\n"
    return parse_markdown("case", markdown)


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_people_case(case):
    article = _article(case)
    people = {p.name: p for p in extract_people(article, sentences(article))}
    assert {name: p.roles for name, p in people.items()} == (case["people"] or {})
    for name, count in (case.get("mentions") or {}).items():
        spans = [article.text[s.start : s.end] for s in people[name].spans]
        assert len(spans) == count, spans
    for name, variants in (case.get("variants") or {}).items():
        assert people[name].variants == variants


def test_every_case_names_its_rule_once():
    rules = [c["rule"] for c in CASES]
    assert len(rules) == len(set(rules))
    assert all(set(c) <= {"rule", "text", "markdown", "people", "mentions", "variants"} for c in CASES)
