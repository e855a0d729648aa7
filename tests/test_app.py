"""The app's plain parts (view model, layout) and its screens on real and synthetic briefs."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.model import AGREES, DIFFERS, HAS_IT
from tui.app.app import NewsbriefApp
from tui.app.article_layout import BLANK, LineIndex, layout_article, wrap_offsets
from tui.app.citations import copy_text
from tui.app.rows import all_rows, counts_line, faint_marks
from tui.app.view_model import (
    DISCREPANCIES,
    FIGURES,
    PEOPLE,
    QUOTES,
    TAKEAWAYS,
    Mark,
    export_name,
    filter_rows,
    first_mark,
    step,
)
from tui.app.widgets.article_view import ArticleView
from tui.brief.articles import parse_markdown
from tui.brief.bundled import default_brief_path
from tui.brief.model import Brief

SIZE = (120, 36)


async def ready(pilot) -> None:
    """Wait for the analysis worker and the first paint."""
    app = pilot.app
    for _ in range(300):
        await pilot.pause(0.02)
        if getattr(app.screen, "ready", False):
            break
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert not errors, errors
    assert app.screen.ready
    await pilot.pause()


# --- layout ----------------------------------------------------------------


def test_wrap_offsets_breaks_at_spaces_and_folds_long_words():
    text = "alpha beta gamma delta"
    assert wrap_offsets(text, 11) == [(0, 10), (11, 22)]
    assert [text[s:e] for s, e in wrap_offsets(text, 11)] == ["alpha beta", "gamma delta"]
    assert wrap_offsets("abcdefghij", 4) == [(0, 4), (4, 8), (8, 10)]
    assert wrap_offsets("", 10) == [(0, 0)]
    assert wrap_offsets("one\ntwo", 40, base=100) == [(100, 103), (104, 107)]


def test_wrap_counts_cells_not_characters():
    # Two wide characters take four cells.
    assert wrap_offsets("日本 語", 4) == [(0, 2), (3, 4)]


def test_layout_article_prefixes_and_offsets(analysis):
    article = analysis.brief.article("harbour")
    lines = layout_article(article, 40)
    text_lines = [ln for ln in lines if ln.kind != BLANK]
    # Every line's offsets point into the article text.
    for ln in text_lines:
        assert article.text[ln.start : ln.end].strip() == article.text[ln.start : ln.end]
    kinds = [ln.kind for ln in text_lines]
    assert kinds[0] == "headline"
    captions = [ln for ln in text_lines if ln.kind == "caption"]
    assert captions[0].prefix == "▌ "
    takeaways = [ln for ln in text_lines if ln.takeaway]
    assert takeaways[0].prefix == "★ "
    quote = next(ln for ln in text_lines if ln.kind == "blockquote")
    assert article.text[quote.start : quote.end] == "The harbour needs reliable boats."
    index = LineIndex(lines)
    offset = article.text.index("Piet Oranje")
    row = index.row_for(offset)
    assert lines[row].start <= offset < lines[row].end


# --- view model -----------------------------------------------------------------


def test_discrepancy_rows_sorted_by_severity_with_status_and_marks(analysis):
    rows = all_rows(analysis)[DISCREPANCIES]
    assert [(r.severity, r.title) for r in rows] == [
        ("high", "delayed sailings per week"),
        ("medium", "Mira Tolvanen"),
        ("low", "Piet Oranje"),
    ]
    ta = analysis.brief.article("harbour").text
    tb = analysis.brief.article("coastal").text
    first = rows[0]
    # Two values, no majority: each source differs, as the verdicts say.
    assert first.status == {"harbour": DIFFERS, "coastal": DIFFERS}
    (ma,) = first.marks["harbour"]
    (mb,) = first.marks["coastal"]
    assert (ta[ma.start : ma.end], tb[mb.start : mb.end]) == ("40", "25")
    assert rows[2].status == {"harbour": HAS_IT}  # an omission: the one source that has it
    # A silent source is absent, as in the verdicts.
    assert rows[2].status_of("coastal") == "silent"
    assert "coastal" not in rows[2].marks


def test_other_rows(analysis):
    rows = all_rows(analysis)
    assert [r.title for r in rows[PEOPLE]] == ["Ansel Brook", "Mira Tolvanen", "Piet Oranje"]
    assert rows[PEOPLE][2].status == {"harbour": HAS_IT}  # only one source names him
    assert rows[PEOPLE][1].says == {
        "harbour": "board chair · 3 mention(s)",
        "coastal": "board member · 2 mention(s)",
    }
    # The same quote in two sources is one row that both agree on.
    assert len(rows[QUOTES]) == 1
    assert rows[QUOTES][0].status == {"harbour": AGREES, "coastal": AGREES}
    assert [r.title for r in rows[FIGURES]] == ["delayed sailings per week", "sailings per day"]
    assert rows[FIGURES][0].status == {"harbour": DIFFERS, "coastal": DIFFERS}
    assert rows[FIGURES][0].marks["harbour"][0].tone == "differs"
    assert rows[FIGURES][1].marks["coastal"][0].tone == "agrees"
    # A source's own takeaway: it has it; the other agrees where a finding says so (12 a day).
    assert [(r.kind, r.status) for r in rows[TAKEAWAYS]] == [
        ("own list", {"harbour": HAS_IT, "coastal": AGREES}),
        ("lead", {"coastal": HAS_IT}),
        ("agreed figure", {"harbour": AGREES, "coastal": AGREES}),
    ]
    agreed = rows[TAKEAWAYS][2]
    ta = analysis.brief.article("harbour").text
    assert [(ta[m.start : m.end], m.tone) for m in agreed.marks["harbour"]] == [("12", "agrees")]


def test_brief_wide_takeaways_have_no_per_source_status(analysis):
    from tui.analysis.model import Takeaway

    analysis.takeaways.insert(0, Takeaway(None, "Sources differ on the delays."))
    row = all_rows(analysis)[TAKEAWAYS][0]
    assert (row.title, row.kind, row.status, row.marks) == ("Sources differ on the delays.", "brief", {}, {})
    assert row.brief_wide
    text = copy_text(row, [("harbour", "Harbour Gazette"), ("coastal", "Coastal Daily")], {})
    assert "- ≠" not in text and "- ✓" not in text


def test_faint_marks_cover_every_discrepancy_span(analysis):
    faint = faint_marks(analysis)
    ta = analysis.brief.article("harbour").text
    assert [ta[m.start : m.end] for m in faint["harbour"]] == ["40", "board chair", "Piet Oranje"]
    assert {m.tone for m in faint["coastal"]} == {"faint"}


def test_filter_step_first_mark(analysis):
    rows = all_rows(analysis)[DISCREPANCIES]
    assert [r.title for r in filter_rows(rows, "tolv")] == ["Mira Tolvanen"]
    assert [r.title for r in filter_rows(rows, "interim head")] == ["Piet Oranje"]
    assert filter_rows(rows, "  ") == rows
    assert step(None, 3, +1) == 0
    assert step(None, 3, -1) == 2
    assert step(2, 3, +1) == 0
    assert step(0, 3, -1) == 2
    assert step(None, 0, +1) is None
    assert first_mark(rows[0], "harbour") == rows[0].marks["harbour"][0].start
    assert first_mark(rows[2], "coastal") is None
    assert first_mark(None, "harbour") is None


def test_copy_text_cites_each_source_by_paragraph_in_whole_words(analysis):
    row = all_rows(analysis)[DISCREPANCIES][0]
    articles = {a.id: a for a in analysis.brief.articles}
    sources = [(a.id, a.label) for a in analysis.brief.articles]
    text = copy_text(row, sources, articles)
    assert text.splitlines()[0] == "**Discrepancy (high, figure): delayed sailings per week**"
    assert "- ≠ Harbour Gazette (differs): 40 delayed sailings a week" in text
    assert "- ≠ Coastal Daily (differs): 25 delayed sailings a week" in text
    # The sentence it is said in, located by paragraph, never by character offset.
    assert (
        "  - ¶3: “The Velmora ferry board removed director Ansel Brook on Tuesday after 40 delayed sailings a week.”"
        in text
    )
    assert "chars" not in text
    assert (
        "- Harbour Gazette, “Ferry Board Ousts Director Over Delays”, 2031-04-02, https://example.org/harbour/ferry"
        in text
    )


def test_counts_and_export_name(analysis, tmp_path):
    assert counts_line(analysis) == "2 sources · 3 people · 3 discrepancies (1 high)"
    assert export_name(analysis.brief) == "velmora-ferry-director-leaves.md"
    analysis.brief.path = tmp_path / "Ferry Story"
    analysis.brief.path.mkdir()
    assert export_name(analysis.brief) == "ferry-story.md"


# --- app ---------------------------------------------------------------------------


async def test_app_shows_columns_tabs_and_header(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = app.screen
        assert screen.title == "Velmora ferry director leaves"
        assert screen.query_one("#title").plain == (
            "≠ Velmora ferry director leaves  2 sources · 3 people · 3 discrepancies (1 high)"
        )
        assert screen.sub_title == "2 sources · 3 people · 3 discrepancies (1 high)"
        columns = screen.columns
        assert [c.article.id for c in columns] == ["harbour", "coastal"]
        assert str(columns[0].border_title) == "Harbour Gazette"
        assert str(columns[0].border_subtitle) == "1/2 · 2031-04-02 · 87 words"
        # Nothing selected: faint marks only, the reader starts in the first column.
        assert app.focused is columns[0]
        assert columns[0].highlights == ()
        assert columns[0].faint == faint_marks(analysis)["harbour"]
        table = screen.table(DISCREPANCIES)
        assert len(table.shown) == 3
        # One marker per source, then the item, whole, and its kind.
        assert table.layout_plan.headers == ("Harbour Gazette", "Coastal Daily")
        assert table.header_text().plain.split() == ["Harbour", "Gazette", "Coastal", "Daily", "Item", "Kind"]
        lines = [table.row_text(r).plain.split() for r in table.rows_in_order]
        assert lines[0] == ["▲", "≠", "≠", "delayed", "sailings", "per", "week", "figure"]
        assert lines[2] == ["○", "◆", "·", "Piet", "Oranje", "omission"]
        # Each marker sits under its source's name.
        header, first = table.header_text().plain, table.row_text(table.rows_in_order[0]).plain
        assert first[header.index("Coastal")] == "≠"
        tabs = screen.query_one("#tabs")
        assert [tabs.label(t) for t in ("discrepancies", "quotes")] == ["Discrepancies 3", "Quotes 1"]


async def test_markup_in_article_text_is_shown_literally(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.screen.column("coastal")
        painted = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert "[bold red]Not markup[/]" in painted
        assert "[link=https://evil.example]click[/link]" in painted


async def test_markup_from_a_file_on_disk_is_literal(tmp_path):
    folder = tmp_path / "brief"
    folder.mkdir()
    (folder / "one.md").write_text(
        "# Headline [b]x[/b]\n\nThe mayor said [bold red]boo[/] and [link=http://x]y[/link].\n",
        encoding="utf-8",
    )
    (folder / "two.txt").write_text(
        "Second source\n\nNothing [/] odd here \x1b[31mred\x1b[0m.\n", encoding="utf-8"
    )
    app = NewsbriefApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        one = app.screen.column("one")
        painted = " ".join(" ".join(one.render_line(y).text for y in range(one.size.height)).split())
        assert "Headline [b]x[/b]" in painted
        assert "The mayor said [bold red]boo[/] and [link=http://x]y[/link]." in painted
        two = app.screen.column("two")
        painted = " ".join(" ".join(two.render_line(y).text for y in range(two.size.height)).split())
        assert "Nothing [/] odd here" in painted
        assert "\x1b" not in painted


async def test_failing_brief_is_a_notification_not_a_traceback(tmp_path):
    app = NewsbriefApp([tmp_path / "missing"])
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(50):
            await pilot.pause(0.02)
            if app._notifications:
                break
        notes = list(app._notifications)
        assert len(notes) == 1
        assert notes[0].severity == "error"
        assert "missing" in notes[0].message
        assert app.screen.ready is False


async def test_seed_brief_opens_with_both_sources():
    app = NewsbriefApp([default_brief_path()])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert [c.article.id for c in app.screen.columns] == ["crackdown-stuns", "trump-boots-ice"]
        assert app.screen.title == "ICE leadership shake-up over deportation pace"


def _arrests_discrepancy(analysis):
    for row in all_rows(analysis)[DISCREPANCIES]:
        if row.kind != "figure":
            continue
        texts = {
            src: [analysis.brief.article(src).text[m.start : m.end] for m in marks]
            for src, marks in row.marks.items()
        }
        joined = " ".join(t for ts in texts.values() for t in ts)
        if "3,000" in joined:
            return row
    return None


async def test_seed_brief_highlights_the_arrests_vs_deportations_figure():
    from tui.analysis import analyze
    from tui.brief.load import load_brief

    analysis = analyze(load_brief([default_brief_path()]))
    row = _arrests_discrepancy(analysis)
    if row is None:
        pytest.skip("the comparer does not report the 3,000 figure discrepancy yet")
    a = analysis.brief.article("crackdown-stuns").text
    b = analysis.brief.article("trump-boots-ice").text
    app = NewsbriefApp([default_brief_path()], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = app.screen
        table = screen.table(DISCREPANCIES)
        index = [r.key for r in table.shown].index(row.key)
        for _ in range(index + 1):
            await pilot.press("n")
        await pilot.pause()
        assert screen.selected.key == row.key
        hl_a = screen.column("crackdown-stuns").highlights
        hl_b = screen.column("trump-boots-ice").highlights
        assert hl_a and hl_b
        assert all(m.tone == "differs" for m in hl_a + hl_b)
        # The arrests goal in one source, the deportations goal in the other, at their offsets.
        arrests = [a.index("3,000 daily arrest goal"), a.index("3,000 arrests for ICE every day")]
        deportations = b.index("3,000 deportations")
        for offset in arrests:
            assert any(m.start <= offset < m.end for m in hl_a), offset
        assert any(m.start <= deportations < m.end for m in hl_b)
        assert all("3,000" in a[m.start : m.end] for m in hl_a)
        assert [b[m.start : m.end] for m in hl_b] == ["3,000"]
        # Each column scrolled to its first highlighted span.
        for source, marks in (("crackdown-stuns", hl_a), ("trump-boots-ice", hl_b)):
            view = screen.column(source)
            row_index = view.row_for_offset(marks[0].start)
            assert view.scroll_y <= row_index < view.scroll_y + view.scrollable_content_region.height


async def test_theme_change_recolours_columns_and_tables(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n")
        await pilot.pause()
        view = app.screen.column("harbour")
        before = view.get_component_rich_style("article-view--differs", partial=True)
        table = app.screen.table(DISCREPANCIES)

        def marker_style():
            text = table.row_text(table.rows_in_order[0])
            return next(span.style for span in text.spans if text.plain[span.start : span.end] == "≠")

        cell_before = marker_style()
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        after = view.get_component_rich_style("article-view--differs", partial=True)
        assert before.bgcolor != after.bgcolor
        assert marker_style() != cell_before
        # The painted line uses the new colour.
        offset = view.highlights[0].start
        y = view.row_for_offset(offset) - int(view.scroll_y)
        strip = view.render_line(y)
        assert any(seg.style and seg.style.bgcolor == after.bgcolor for seg in strip)


async def test_every_builtin_theme_renders(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n")
        for theme in list(app.available_themes):
            app.theme = theme
            await pilot.pause()
            assert app.screen.column("harbour").render_line(3) is not None


async def test_narrow_terminal_shows_one_column_and_c_moves_through_the_sources(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        screen = app.screen
        assert screen.has_class("-narrow")
        (view,) = screen.columns  # only the column on screen exists
        assert view.outer_size.width == screen.query_one("#columns").size.width
        assert view.article.id == "harbour"
        await pilot.press("c")
        await pilot.pause()
        assert app.focused is view and view.article.id == "coastal"
        assert str(view.border_subtitle).startswith("2/2")
        await pilot.press("c")
        assert view.article.id == "harbour"
        await pilot.press("C")
        assert view.article.id == "coastal"


async def test_wide_terminal_uses_the_room(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=(200, 60)) as pilot:
        await ready(pilot)
        screen = app.screen
        assert screen.has_class("-roomy")
        assert not screen.has_class("-narrow")
        a, b = screen.columns
        assert a.size.width > 90 and b.size.width > 90


def _synthetic_brief(n: int, words: int) -> Brief:
    sentence = "Councillor Dana Vey said {n} buses ran late in Orrin on Monday. "
    articles = []
    for i in range(n):
        body = "".join(sentence.format(n=i + k) for k in range(words // 12))
        articles.append(parse_markdown(f"s{i:02d}", f"# Source {i}\n\n{body}\n"))
    return Brief(title="Synthetic", articles=articles)


async def test_many_sources_mount_only_the_columns_on_screen_and_picker_hides_some():
    from tui.analysis.model import Analysis

    brief = _synthetic_brief(8, 300)
    analysis = Analysis(brief=brief, facts={})
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = app.screen
        assert [c.article.id for c in screen.columns] == ["s00", "s01", "s02"]
        screen.columns[2].focus()
        await pilot.press("c")  # past the last column: the window moves on
        await pilot.pause()
        assert [c.article.id for c in screen.columns] == ["s01", "s02", "s03"]
        assert app.focused.article.id == "s03"
        assert str(app.focused.border_subtitle).startswith("4/8")
        await pilot.press("v")
        await pilot.pause()
        picker = app.screen
        assert type(picker).__name__ == "SourcePicker"
        sel = picker.query_one("SelectionList")
        for i in range(2, 8):
            sel.deselect(f"s{i:02d}")
        await pilot.press("enter")
        await pilot.pause()
        assert [c.article.id for c in screen.shown_columns] == ["s00", "s01"]


def test_app_module_imports_no_trafilatura():
    import subprocess
    import sys

    code = "import sys, tui.app.app, tui.app.screens.main; print('trafilatura' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[1]
    )
    assert out.stdout.strip() == "False", out.stderr


def test_view_model_and_layout_import_no_textual():
    import subprocess
    import sys

    code = "import sys, tui.app.view_model, tui.app.article_layout; print('textual' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=Path(__file__).parents[1]
    )
    assert out.stdout.strip() == "False", out.stderr


def test_mark_is_a_plain_tuple():
    assert Mark(1, 2, "faint") == (1, 2, "faint")
    assert {
        "article-view--differs",
        "article-view--agrees",
        "article-view--faint",
    } <= ArticleView.COMPONENT_CLASSES


def _wide_analysis(n: int):
    """n sources, each with one discrepancy span deep in its text."""
    from tui.analysis.model import DIFFERS, Analysis, Claim, Discrepancy, Span, Verdict

    brief = _synthetic_brief(n, 600)
    claims = {}
    for a in brief.articles:
        start = a.text.index("buses", len(a.text) // 2)
        claims[a.id] = Claim("buses", [Span(start, start + 5)])
    verdicts = {sid: Verdict(DIFFERS, "buses") for sid in claims}  # no two give the same value
    d = Discrepancy("figure", "high", "late buses", "sources differ", claims, verdicts=verdicts)
    return Analysis(brief=brief, facts={}, discrepancies=[d, d])


async def test_navigation_repaints_only_visible_columns(monkeypatch):
    analysis = _wide_analysis(12)
    painted: dict[str, int] = {}
    original = ArticleView._render_row

    def counting(self, line, width, base):
        painted[self.article.id] = painted.get(self.article.id, 0) + 1
        return original(self, line, width, base)

    monkeypatch.setattr(ArticleView, "_render_row", counting)
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        screen = app.screen
        visible = {c.article.id for c in screen.columns}
        assert 1 < len(visible) < 12  # the other sources have no widget at all
        painted.clear()
        await pilot.press("n")
        await pilot.pause()
        # Every column on screen has its highlight and has scrolled to it...
        for view in screen.columns:
            assert [view.article.text[m.start : m.end] for m in view.highlights] == ["buses"]
            assert view.scroll_y > 0
        # ...and only those painted, a screenful each at most.
        assert set(painted) == visible
        assert max(painted.values()) <= SIZE[1]
        painted.clear()
        await pilot.press("n")  # same spans again: nothing to repaint in any column
        await pilot.pause()
        assert painted == {}
        await pilot.press("c", "c", "c")  # the window moves: the new source gets its marks
        await pilot.pause()
        newcomer = screen.columns[-1]
        assert newcomer.article.id not in visible
        assert [newcomer.article.text[m.start : m.end] for m in newcomer.highlights] == ["buses"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab cd\n日é-"), max_size=120), st.integers(1, 30))
def test_wrap_offsets_properties(text, width):
    from rich.cells import cell_len

    lines = wrap_offsets(text, width)
    assert lines
    previous_end = 0
    for start, end in lines:
        assert previous_end <= start <= end <= len(text)
        assert cell_len(text[start:end]) <= max(width, 2)  # a wide char never splits
        previous_end = end
    # Every non-space character is on exactly one line.
    covered = "".join(text[s:e] for s, e in lines)
    assert "".join(covered.split()) == "".join(text.split())


async def test_twelve_short_named_sources_get_a_column_each():
    app = NewsbriefApp([], analysis=_wide_analysis(12))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        header = app.screen.active_table.header_text().plain.split()
        assert header == ["Item", "Kind", *[f"s{i:02d}" for i in range(12)]]
        assert str(app.screen.columns[2].border_subtitle).startswith("3/12 · ")


async def test_many_sources_share_one_marker_cell_in_the_list():
    app = NewsbriefApp([], analysis=_wide_analysis(20))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        table = app.screen.active_table
        assert table.header_text().plain.split() == ["Item", "Kind", "Sources"]
        row = table.row_text(table.rows_in_order[0]).plain
        assert row.split()[-1] == "≠" * 20  # one marker per source, in one cell


def test_a_claim_that_holds_its_value_is_not_repeated_in_the_detail():
    from tui.analysis import analyze
    from tui.brief.bundled import default_brief_path
    from tui.brief.load import load_brief

    rows = all_rows(analyze(load_brief([default_brief_path()])))[DISCREPANCIES]
    caption = next(r for r in rows if r.kind == "date")
    assert (
        caption.says["crackdown-stuns"] == "caption: SEPTEMBER 22, 2016"
    )  # not "SEPTEMBER 22, 2016 — caption: …"
    figure = next(r for r in rows if r.kind == "figure")
    assert figure.says["trump-boots-ice"].startswith("deportations — ")  # a value the claim does not say
