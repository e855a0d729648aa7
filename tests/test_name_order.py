"""Names whose later mentions are not the last word (tui/analysis/extract/people): a name
written family name first ("Mr. Tan" of Tan Weiming), one with a patronymic ("Prince
Faisal" of Faisal bin Tariq) and a surname with the Arabic article ("Hadid" of Karim
al-Hadid), end to end: one person each, and the quotes credited to them."""

from __future__ import annotations

from tui.analysis.extract import extract
from tui.brief.articles import parse_markdown

TEXT = """# Talks in the capital

Chinese Premier Tan Weiming met Crown Prince Faisal bin Tariq and Syria's Karim al-Hadid on Monday.

“Trade between our countries will double,” Mr. Tan said. “We are ready,” Prince Faisal said.

Hadid told reporters the talks were “constructive and long overdue.”
"""


def test_each_is_one_person_and_speaks_for_themselves():
    facts = extract(parse_markdown("s", TEXT))
    assert [(p.name, p.roles, len(p.spans)) for p in facts.people] == [
        ("Tan Weiming", ["Chinese Premier"], 2),
        ("Faisal bin Tariq", ["Crown Prince", "Prince"], 2),
        ("Karim al-Hadid", [], 2),
    ]
    assert [(q.speaker, q.text) for q in facts.quotes] == [
        ("Tan Weiming", "Trade between our countries will double"),
        ("Faisal bin Tariq", "We are ready"),
        ("Karim al-Hadid", "constructive and long overdue."),
    ]
