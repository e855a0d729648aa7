"""Money is compared in one currency only (extract/figures/currencies.py): the same bridge
priced in Hong Kong and in US dollars is no conflict; two prices in one currency are."""

from __future__ import annotations

from pathlib import Path

from tui.analysis import analyze
from tui.analysis.extract.figures.currencies import sign_start
from tui.brief.load import load_brief


def _figure_findings(tmp_path: Path, a: str, b: str) -> list[str]:
    for sid, money in (("a", a), ("b", b)):
        text = f"# Bridge opens\n\nThe {money} harbour bridge opened to traffic on Monday, officials said.\n"
        (tmp_path / f"{sid}.md").write_text(f"---\npublished: 2031-05-06\n---\n{text}", encoding="utf-8")
    return [d.summary for d in analyze(load_brief([tmp_path])).discrepancies if d.kind == "figure"]


def test_one_price_in_two_currencies_is_no_conflict(tmp_path):
    assert _figure_findings(tmp_path, "HK$2 billion", "US$256 million") == []


def test_two_prices_in_one_currency_conflict(tmp_path):
    (clash,) = _figure_findings(tmp_path, "HK$2 billion", "HK$2.4 billion")
    assert "HK$2 billion (a)" in clash and "HK$2.4 billion (b)" in clash


def test_a_sign_is_read_whole_before_its_number():
    text = "cost HK$2, US$3, $4 and €5"
    starts = {text[sign_start(text, text.index(d)) : text.index(d) + 1] for d in "2345"}
    assert starts == {"HK$2", "US$3", "$4", "€5"}
    assert sign_start("2 apples", 0) == 0  # nothing before the text's first character
