"""Quote shapes and speaker rules of real news copy, one case per entry of the case files
tests/cases/quote_*.yaml: a short synthetic article (invented names), the people
the people extractor would report (name, roles, other written forms), and every quote
that must come out, in text order, with its speaker (and, where given, the speaker's
kind and the words the speaker was resolved at).

A new case is one entry in the file; `rule` says which convention it pins down."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
import yaml

from tui.analysis.extract.quotes import extract_quotes
from tui.analysis.model import PersonMention, Span
from tui.analysis.text import sentences
from tui.brief.articles import parse_markdown

CASES = [
    case
    for path in sorted((Path(__file__).parent / "cases").glob("quote_*.yaml"))
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))
]


def _person(text: str, entry: str | dict) -> PersonMention:
    """A person as the people extractor reports one: every mention of the name, of its
    other forms and of the surname alone, and the roles the article gives them."""
    if isinstance(entry, str):
        entry = {"name": entry}
    name = entry["name"]
    forms = [name, *entry.get("variants", [])]
    taken: list[Span] = []
    for form in [*forms, name.split()[-1]]:
        for m in re.finditer(rf"\b{re.escape(form)}\b", text):
            if not any(s.start <= m.start() < s.end for s in taken):
                taken.append(Span(m.start(), m.end()))
    return PersonMention(
        name=name, roles=list(entry.get("roles", [])), spans=sorted(taken), variants=forms[1:]
    )


def _expected(item: list | dict) -> dict:
    if isinstance(item, list):
        speaker, text = item
        return {"speaker": speaker, "text": text}
    return item


@pytest.mark.parametrize("case", CASES, ids=[c["rule"] for c in CASES])
def test_quote_case(case):
    article = parse_markdown("t", textwrap.dedent(case["text"]).strip() + "\n")
    people = [_person(article.text, p) for p in case.get("people", [])]
    found = extract_quotes(article, sentences(article), people)
    want = [_expected(x) for x in case["quotes"]]
    got = []
    for q, w in zip(found, [*want, *[{}] * len(found)], strict=False):
        assert article.text[q.start : q.end] == q.text
        item = {"speaker": q.speaker, "text": q.text}
        if "kind" in w:
            item["kind"] = q.speaker_kind
        if "at" in w:
            item["at"] = article.text[q.speaker_span.start : q.speaker_span.end] if q.speaker_span else None
        got.append(item)
    assert got == want
