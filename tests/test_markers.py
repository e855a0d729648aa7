"""Per-source markers drawn from the comparer's verdicts: a six-source brief where
five agree and one dissents, an omission one source has, a source cut off; and the
takeaway statuses of the seed brief. Rows first, then what the app shows."""

from __future__ import annotations

import pytest
from test_app_keys import ready

from tui.analysis.model import (
    AGREES,
    CANNOT_TELL,
    DIFFERS,
    HAS_IT,
    SILENT,
    Analysis,
    Claim,
    Discrepancy,
    Span,
    Verdict,
)
from tui.app.app import NewsbriefApp
from tui.app.markers import counts_cell, relation
from tui.app.rows import all_rows
from tui.app.view_model import DISCREPANCIES, TAKEAWAYS, Group, ordered
from tui.brief.articles import parse_markdown
from tui.brief.bundled import default_brief_path
from tui.brief.model import Brief

OUTLETS = ["Ashford Post", "Bell Herald", "Corran Times", "Dunmore Echo", "Elm Courier", "Fenwick Wire"]
IDS = ["ash", "bell", "corran", "dun", "elm", "fen"]


def _six_sources() -> Analysis:
    articles = []
    for i, (sid, outlet) in enumerate(zip(IDS, OUTLETS, strict=True)):
        role = "Council member" if sid == "fen" else "Councillor"
        body = f"{role} Dana Vey said the vote was close." + (
            " Mayor Ilse Varga did not comment." if sid == "bell" else ""
        )
        if sid == "elm":
            body = "Dana Vey said the vote"  # cut off before the role is given
        article = parse_markdown(sid, f"# Vote {i}\n\n{body}\n")
        article.outlet = outlet
        articles.append(article)
    brief = Brief(title="Council vote", articles=articles)

    def span(sid: str, needle: str) -> list[Span]:
        text = brief.article(sid).text
        at = text.find(needle)
        return [Span(at, at + len(needle))] if at >= 0 else []

    role_verdicts = {sid: Verdict(AGREES, "Councillor") for sid in ("ash", "bell", "corran", "dun")}
    role_verdicts["fen"] = Verdict(DIFFERS, "Council member")
    role_verdicts["elm"] = Verdict(CANNOT_TELL)
    role = Discrepancy(
        "role",
        "medium",
        "Dana Vey",
        "Dana Vey: “Councillor” (5 sources) vs “Council member” (Fenwick Wire)",
        {
            sid: Claim(role_verdicts[sid].value or "", span(sid, role_verdicts[sid].value or "~"))
            for sid in IDS
        },
        id="role-dana-vey",
        predicate="role",
        verdicts=role_verdicts,
        consensus="Councillor",
        dissenters=["fen"],
    )
    omission = Discrepancy(
        "omission",
        "low",
        "Ilse Varga",
        "only Bell Herald names the mayor",
        {"bell": Claim("Mayor Ilse Varga did not comment", span("bell", "Ilse Varga"))},
        id="omission-ilse-varga",
        verdicts={"bell": Verdict(HAS_IT, "Mayor Ilse Varga")},
    )
    return Analysis(brief=brief, facts={}, discrepancies=[omission, role])


# --- rows ------------------------------------------------------------------------


def test_markers_come_from_the_verdicts():
    rows = all_rows(_six_sources())[DISCREPANCIES]
    role, omission = rows  # by severity
    assert role.status == {
        "ash": AGREES,
        "bell": AGREES,
        "corran": AGREES,
        "dun": AGREES,
        "fen": DIFFERS,
        "elm": CANNOT_TELL,
    }
    assert role.says["fen"] == "Council member" and role.says["ash"] == "Councillor"
    assert (role.consensus, role.dissenters, role.odd_ones) == ("Councillor", ["fen"], ["fen"])
    # The omission: the one source that has it, every other silent (absent).
    assert omission.status == {"bell": HAS_IT}
    assert omission.odd_ones == ["bell"]
    assert omission.status_of("ash") == SILENT


def test_sorting_by_source_puts_the_odd_one_out_first():
    analysis = _six_sources()
    rows = all_rows(analysis)[DISCREPANCIES]
    labels = {a.id: a.label for a in analysis.brief.articles}
    entries = ordered(rows, "source", labels)
    assert [e.title if isinstance(e, Group) else e.key for e in entries] == [
        "Fenwick Wire: the odd one out in 1 finding",
        "role-dana-vey",
        "Bell Herald: the odd one out in 1 finding",
        "omission-ilse-varga",
    ]
    by_kind = ordered(rows, "kind", labels)
    assert [e.title for e in by_kind if isinstance(e, Group)] == ["omission (1)", "role (1)"]


def test_relation_and_counts():
    assert relation(AGREES, AGREES, False) == AGREES
    assert relation(DIFFERS, DIFFERS, False) == DIFFERS  # no majority, two values
    assert relation(DIFFERS, DIFFERS, True) == AGREES  # both off the consensus, the same way
    assert relation(AGREES, DIFFERS, False) == DIFFERS
    assert relation(AGREES, CANNOT_TELL, False) == CANNOT_TELL
    assert relation(AGREES, SILENT, False) == SILENT
    assert counts_cell({"a": DIFFERS, "b": AGREES, "c": AGREES}, 1000) == "≠1 ✓2 ·997"


# --- the app ---------------------------------------------------------------------


async def test_six_sources_five_agree_one_dissents_in_the_list_and_the_detail():
    app = NewsbriefApp([], analysis=_six_sources())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        table = screen.active_table
        header = table.header_text().plain.split()
        assert header[:2] == ["Item", "Kind"] and len(header) == 8  # a column per source
        marks = {}
        for row in table.rows_in_order:
            cells = table.row_text(row).plain.split()
            marks[row.title] = cells[-6:]
        # Ashford Bell Corran Dunmore Elm Fenwick: five with the consensus, one off it,
        # one cut off before it; for the omission, the source that has it.
        assert marks["Dana Vey"] == ["✓", "✓", "✓", "✓", "?", "≠"]
        assert marks["Ilse Varga"] == ["·", "◆", "·", "·", "·", "·"]
        await pilot.press("n")
        await pilot.pause()
        detail = screen.detail.plain.splitlines()
        assert "Consensus: Councillor (4 of 5 that say)" in detail
        # The odd one out first, with its value; then the one that cannot tell; then the rest.
        assert detail[detail.index("Consensus: Councillor (4 of 5 that say)") + 1 :] == [
            "≠ Fenwick Wire (differs): Council member  ¶1",
            "? Elm Courier (cannot tell: its text is cut off): (says nothing)",
            "✓ Ashford Post (agrees): Councillor  ¶1",
            "✓ Bell Herald (agrees): Councillor  ¶1",
            "✓ Corran Times (agrees): Councillor  ¶1",
            "✓ Dunmore Echo (agrees): Councillor  ¶1",
        ]
        # Marks in the text follow the verdicts: the dissenter's words in the "differs" tone.
        fen = screen.column("fen")
        assert [(fen.article.text[m.start : m.end], m.tone) for m in fen.highlights] == [
            ("Council member", "differs")
        ]
        ash = screen.column("ash")
        assert [(ash.article.text[m.start : m.end], m.tone) for m in ash.highlights] == [
            ("Councillor", "agrees")
        ]


async def test_S_sorts_the_discrepancies_by_source_with_group_lines():
    app = NewsbriefApp([], analysis=_six_sources())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("1", "S")
        await pilot.pause()
        table = screen.active_table
        assert table.sort == "kind"
        await pilot.press("S")
        await pilot.pause()
        assert table.sort == "source"
        assert isinstance(table.entries[0], Group)
        assert table.entries[0].title == "Fenwick Wire: the odd one out in 1 finding"
        assert "Item (by source)" in table.header_text().plain
        await pilot.press("home")
        await pilot.pause()
        assert screen.selected.title == "Dana Vey"  # the group line is skipped
        await pilot.press("j")
        await pilot.pause()
        assert screen.selected.title == "Ilse Varga"


@pytest.fixture(scope="module")
def seed():
    from tui.analysis import analyze
    from tui.brief.load import load_brief

    return analyze(load_brief([default_brief_path()]))


async def test_takeaway_statuses_on_the_seed_brief(seed):
    app = NewsbriefApp([default_brief_path()], analysis=seed)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await ready(pilot)
        await pilot.press("2")
        await pilot.pause()
        table = screen.active_table
        by_title = {r.title: r for r in table.rows_in_order}
        arrests = next(
            r for t, r in by_title.items() if t.startswith("Stephen Miller has set an aggressive target")
        )
        # The source whose takeaway it is has it; the one that says 3,000 *deportations* differs.
        assert arrests.status == {"crackdown-stuns": HAS_IT, "trump-boots-ice": DIFFERS}
        assert arrests.says["trump-boots-ice"] == "3,000 per day: deportations"
        deported = next(r for t, r in by_title.items() if t.startswith("Trump administration has deported"))
        assert deported.status == {"crackdown-stuns": HAS_IT, "trump-boots-ice": AGREES}
        lead = next(r for t, r in by_title.items() if t.startswith("President Donald Trump has officially"))
        assert lead.status == {"trump-boots-ice": HAS_IT}  # the other source says nothing on it
        table.select_key(arrests.key)
        await pilot.pause()
        assert table.row_text(arrests).plain.split()[0:2] == ["◆", "≠"]  # no severity: a takeaway
        assert "≠ trump-boots-ice (differs): 3,000 per day: deportations" in screen.detail.plain
        b = seed.brief.article("trump-boots-ice").text
        marks = screen.column("trump-boots-ice").highlights
        assert [(b[m.start : m.end], m.tone) for m in marks] == [("3,000", "differs")]
        assert screen.active_tab == TAKEAWAYS


def test_marker_words_are_the_comparers_verdicts():
    """markers.py writes the verdict words out (the first paint does not import the
    analysis package): they must be the model's own."""
    from tui.analysis import model
    from tui.app import markers

    for name in ("AGREES", "DIFFERS", "SILENT", "CANNOT_TELL", "HAS_IT"):
        assert getattr(markers, name) == getattr(model, name)
