"""Search in the article text: ctrl+f in every column, F in the focused one; the
matches and their highlights, stepping through them, escape."""

from __future__ import annotations

from test_app_keys import ready

from tui.app.app import NewsbriefApp
from tui.app.find import Search

SIZE = (120, 36)


def lit(view) -> list[tuple[str, str]]:
    return [(view.article.text[m.start : m.end], m.tone) for m in view.matches]


def test_search_is_case_insensitive_literal_and_in_column_order():
    search = Search()
    search.run("a.b", [("one", "A.B then a.b and axb"), ("two", "no match"), ("three", "x a.B")])
    assert search.matches == [("one", 0, 3), ("one", 9, 12), ("three", 2, 5)]  # "." is not a wildcard
    assert search.count_text() == "1/3 in 2 sources"
    assert search.step(1) == ("one", 9, 12)
    assert search.step(1) == ("three", 2, 5)
    assert search.step(1) == ("one", 0, 3)  # wraps round
    assert search.step(-1) == ("three", 2, 5)
    assert [m.tone for m in search.marks("one")] == ["match", "match"]
    assert [m.tone for m in search.marks("three")] == ["current"]
    search.run("", [("one", "x")])
    assert search.matches == [] and search.count_text() == ""


async def test_ctrl_f_finds_in_every_column_and_highlights_each_match(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        harbour, coastal = screen.column("harbour"), screen.column("coastal")
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert app.focused.id == "find-input"
        await pilot.press(*"tolvanen")
        await pilot.pause()
        # Every occurrence, whatever its case, in both columns; the first one current.
        assert lit(harbour) == [("Tolvanen", "current"), ("Tolvanen", "match"), ("Tolvanen", "match")]
        assert lit(coastal) == [("Tolvanen", "match"), ("Tolvanen", "match")]
        assert screen.query_one("#find-count").render().plain == "1/5 in 2 sources"
        # The painted line carries the match's style.
        _, start, _ = screen.search.current_match
        y = harbour.row_for_offset(start) - int(harbour.scroll_y)
        current = harbour._tone_style("current")
        assert any(seg.style and seg.style.bgcolor == current.bgcolor for seg in harbour.render_line(y))
        # enter / down step on, up steps back, into the next column when this one is done.
        await pilot.press("enter", "enter", "enter")
        await pilot.pause()
        assert screen.search.current_match[0] == "coastal"
        assert lit(coastal)[0] == ("Tolvanen", "current")
        assert "current" not in {tone for _, tone in lit(harbour)}
        await pilot.press("up")
        await pilot.pause()
        assert lit(harbour)[2] == ("Tolvanen", "current")
        # Leave the search line: > and < go on from anywhere, moving focus to the match.
        await pilot.press("tab")
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert screen.search.current_match[0] == "coastal"
        assert app.focused is coastal
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert app.focused is harbour
        # Escape clears the search (after nothing else is left to clear but it).
        await pilot.press("escape")
        await pilot.pause()
        assert harbour.matches == () and coastal.matches == ()
        assert not screen.query_one("#find").display


async def test_F_searches_only_the_focused_column_and_escape_in_the_line_closes_it(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        coastal = screen.column("coastal")
        coastal.focus()
        await pilot.press("F", *"brook")
        await pilot.pause()
        assert screen.query_one("#find-scope").render().plain == "Find in Coastal Daily:"
        assert lit(coastal) == [("Brook", "current"), ("Brook", "match")]
        assert screen.column("harbour").matches == ()
        await pilot.press("escape")
        await pilot.pause()
        assert coastal.matches == () and app.focused is coastal


async def test_text_that_looks_like_markup_or_a_pattern_is_searched_as_typed(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("ctrl+f", *"[bold red]")
        await pilot.pause()
        assert lit(screen.column("coastal")) == [("[bold red]", "current")]
        await pilot.press(*"(")
        await pilot.pause()
        assert screen.query_one("#find-count").render().plain == "no match"
