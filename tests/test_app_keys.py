"""Every key of the app, driven through Pilot on the hand-built two-source brief."""

from __future__ import annotations

import pytest

from tui.app.app import NewsbriefApp
from tui.app.citations import copy_text
from tui.app.rows import all_rows
from tui.app.screens.export import ConfirmScreen, ExportScreen
from tui.app.screens.help import SECTIONS, HelpScreen, resolve
from tui.app.screens.main import MainScreen
from tui.app.view_model import DISCREPANCIES, PEOPLE
from tui.app.widgets.article_view import ArticleView
from tui.app.widgets.detail import DetailPanel
from tui.app.widgets.item_list import ItemList

SIZE = (120, 36)


async def ready(pilot) -> MainScreen:
    for _ in range(300):
        await pilot.pause(0.02)
        if getattr(pilot.app.screen, "ready", False):
            break
    await pilot.pause()
    assert pilot.app.screen.ready
    return pilot.app.screen


def texts(screen: MainScreen, source: str) -> list[str]:
    view = screen.column(source)
    return [view.article.text[m.start : m.end] for m in view.highlights]


async def test_tab_and_shift_tab_move_focus_and_the_tab_strip_is_no_stop(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        harbour, coastal = screen.columns
        assert app.focused is harbour
        await pilot.press("tab")
        assert app.focused is coastal
        await pilot.press("tab")  # straight into the list: the tab strip takes no focus
        assert isinstance(app.focused, ItemList) and app.focused.tab == DISCREPANCIES
        await pilot.press("tab")
        assert isinstance(app.focused, DetailPanel)
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        assert app.focused is harbour


@pytest.mark.parametrize(
    ("key", "tab", "first"),
    [
        ("1", "discrepancies", "delayed sailings per week"),
        ("2", "takeaways", "Board chair Mira Tolvanen wants 12 sailings a day"),
        ("3", "people", "Ansel Brook"),
        ("4", "quotes", "“We cannot keep passengers waiting”"),
        ("5", "figures", "delayed sailings per week"),
    ],
)
async def test_number_keys_switch_tabs_and_select_the_first_row(analysis, key, tab, first):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press(key)
        await pilot.pause()
        assert screen.active_tab == tab
        assert isinstance(app.focused, ItemList) and app.focused.tab == tab
        assert screen.selected.title == first


async def test_people_tab_highlights_every_mention(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("3")
        await pilot.pause()
        assert texts(screen, "harbour") == ["Ansel Brook", "Brook"]
        assert texts(screen, "coastal") == ["Ansel Brook", "Brook"]
        assert {m.tone for m in screen.column("harbour").highlights} == {"agrees"}
        await pilot.press("down")
        await pilot.pause()
        assert screen.selected.title == "Mira Tolvanen"
        assert texts(screen, "harbour") == ["Mira Tolvanen"]
        assert {m.tone for m in screen.column("harbour").highlights} == {"differs"}
        await pilot.press("j")
        await pilot.pause()
        assert screen.selected.title == "Piet Oranje"
        assert texts(screen, "coastal") == []
        await pilot.press("k")
        await pilot.pause()
        assert screen.selected.title == "Mira Tolvanen"
        await pilot.press("up")
        await pilot.pause()
        assert screen.selected.title == "Ansel Brook"
        await pilot.press("G")
        await pilot.pause()
        assert screen.selected.title == "Piet Oranje"
        await pilot.press("g")
        await pilot.pause()
        assert screen.selected.title == "Ansel Brook"


async def test_n_puts_focus_in_the_list_and_j_k_go_on_through_it(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("3")  # start on another tab
        screen.columns[0].focus()
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert screen.active_tab == DISCREPANCIES
        assert screen.selected.title == "delayed sailings per week"
        assert texts(screen, "harbour") == ["40"]
        assert texts(screen, "coastal") == ["25"]
        assert isinstance(app.focused, ItemList)  # from here j/k move through the list
        scroll = screen.columns[0].scroll_y
        await pilot.press("j")
        await pilot.pause()
        assert screen.selected.title == "Mira Tolvanen"
        assert texts(screen, "harbour") == ["board chair"]
        assert texts(screen, "coastal") == ["Board member"]
        await pilot.press("j")
        await pilot.pause()
        assert screen.selected.title == "Piet Oranje"
        await pilot.press("k")
        await pilot.pause()
        assert screen.selected.title == "Mira Tolvanen"
        assert screen.columns[0].scroll_y <= scroll + 20  # the column followed, it was not scrolled by j
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.selected.title == "Piet Oranje"
        await pilot.press("n")  # wraps round
        await pilot.pause()
        assert screen.selected.title == "delayed sailings per week"
        await pilot.press("N")
        await pilot.pause()
        assert screen.selected.title == "Piet Oranje"
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert screen.selected.title == "Mira Tolvanen"


async def test_escape_clears_an_open_filter_then_a_kept_filter_then_the_selection(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        table = screen.table(DISCREPANCIES)
        tabs = screen.query_one("#tabs")
        # An open filter: escape closes it and shows every row again.
        await pilot.press("1", "slash", *"tolv")
        await pilot.pause()
        assert [r.title for r in table.shown] == ["Mira Tolvanen"]
        assert tabs.label(DISCREPANCIES) == "Discrepancies 1/3"
        await pilot.press("escape")
        await pilot.pause()
        assert len(table.shown) == 3 and not screen.query_one("#filter").display
        assert tabs.label(DISCREPANCIES) == "Discrepancies 3"
        assert isinstance(app.focused, ItemList)
        # A kept filter (enter): the next escape clears it, the selection stays.
        await pilot.press("slash", *"tolv", "enter")
        await pilot.pause()
        assert app.focused is table and screen.selected.title == "Mira Tolvanen"
        assert tabs.label(DISCREPANCIES) == "Discrepancies 1/3"
        await pilot.press("escape")
        await pilot.pause()
        assert len(table.shown) == 3
        assert tabs.label(DISCREPANCIES) == "Discrepancies 3"
        assert screen.selected.title == "Mira Tolvanen"
        # Then the selection: back to faint marks.
        await pilot.press("escape")
        await pilot.pause()
        assert screen.selected is None
        assert screen.column("harbour").highlights == ()
        assert len(screen.column("harbour").faint) == 3


async def test_m_toggles_faint_marks(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        view = screen.column("harbour")
        assert view.show_faint
        await pilot.press("m")
        assert not view.show_faint
        assert view._active_marks() == ()
        await pilot.press("m")
        assert view.show_faint


async def test_slash_filters_the_current_list(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("1", "slash")
        await pilot.pause()
        field = screen.query_one("#filter")
        assert field.display and app.focused is field
        await pilot.press(*"tolv")
        await pilot.pause()
        table = screen.table(DISCREPANCIES)
        assert [r.title for r in table.shown] == ["Mira Tolvanen"]
        assert len(table.shown) == 1
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is table
        assert screen.selected.title == "Mira Tolvanen"
        await pilot.press("slash")
        await pilot.press("escape")
        await pilot.pause()
        assert len(table.shown) == 3
        assert not field.display
        assert app.focused is table


async def test_s_synchronises_column_scrolling(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=(120, 24)) as pilot:
        screen = await ready(pilot)
        harbour, coastal = screen.columns
        assert harbour.max_scroll_y > 0 and coastal.max_scroll_y > 0
        await pilot.press("j", "j")
        await pilot.pause()
        assert harbour.scroll_y == 2 and coastal.scroll_y == 0
        await pilot.press("s")
        assert screen.sync_scroll
        await pilot.press("end")
        await pilot.pause()
        assert harbour.scroll_y == harbour.max_scroll_y
        assert coastal.scroll_y == coastal.max_scroll_y
        await pilot.press("s", "home")
        await pilot.pause()
        assert harbour.scroll_y == 0 and coastal.scroll_y == coastal.max_scroll_y


async def test_export_writes_render_markdown_to_the_default_file(analysis, tmp_path, monkeypatch):
    from tui.output.markdown import render_markdown

    monkeypatch.chdir(tmp_path)
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one("#export-path").value == "velmora-ferry-director-leaves.md"
        await pilot.press("enter")
        await pilot.pause()
        target = tmp_path / "velmora-ferry-director-leaves.md"
        assert target.read_text(encoding="utf-8") == render_markdown(analysis)
        assert isinstance(app.screen, MainScreen)
        messages = [n.message for n in app._notifications]
        assert str(target.resolve()) in messages


async def test_export_asks_before_overwriting(analysis, tmp_path, monkeypatch):
    from tui.output.markdown import render_markdown

    monkeypatch.chdir(tmp_path)
    target = tmp_path / "velmora-ferry-director-leaves.md"
    target.write_text("mine\n", encoding="utf-8")
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("e", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # cancel: untouched
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert target.read_text(encoding="utf-8") == "mine\n"
        await pilot.press("e", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == render_markdown(analysis)


async def test_export_dialog_escape_cancels(analysis, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert list(tmp_path.iterdir()) == []


async def test_y_copies_the_selected_item_with_citations(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("y")
        await pilot.pause()
        assert "Select an item first" in [n.message for n in app._notifications]
        await pilot.press("n", "y")
        await pilot.pause()
        row = all_rows(analysis)[DISCREPANCIES][0]
        assert app.clipboard == copy_text(row, screen.sources, screen.articles)
        assert any(n.title == "Copied" for n in app._notifications)


async def test_o_opens_the_focused_sources_url(analysis, fake_bin, monkeypatch):
    fake_bin.add("fakefox")
    monkeypatch.setenv("BROWSER", "fakefox")
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert fake_bin.args("fakefox") == ["https://example.org/harbour/ferry"]
        assert "Opened https://example.org/harbour/ferry in fakefox" in [
            n.message for n in app._notifications
        ]
        screen.column("coastal").focus()
        await pilot.press("o")
        await pilot.pause()
        assert fake_bin.args("fakefox") == ["https://example.org/harbour/ferry"]
        assert "Coastal Daily has no URL" in [n.message for n in app._notifications]


async def test_z_and_f_maximise_and_restore(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("z")
        assert screen.maximized is screen.columns[0]
        await pilot.press("z")
        assert screen.maximized is None
        await pilot.press("2", "f")
        assert screen.maximized is screen.query_one("#panel")
        await pilot.press("escape")  # first escape restores
        assert screen.maximized is None


async def test_question_mark_shows_help_with_every_key(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        written = " ".join(k for _, keys in SECTIONS for k, _ in keys)
        helped = " ".join(resolve(k, app) for _, keys in SECTIONS for k, _ in keys)
        for binding in MainScreen.BINDINGS:
            assert f"@{binding.id}" in written, binding.id
            first = binding.key.split(",")[0]
            shown = {
                "question_mark": "?",
                "slash": "/",
                "right_square_bracket": "]",
                "left_square_bracket": "[",
                "greater_than_sign": ">",
                "less_than_sign": "<",
            }
            assert shown.get(first, first) in helped, binding.key
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_q_quits(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app._exit


async def test_palette_jumps_to_a_person(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Piet Oranje")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert app.screen is screen
        assert screen.active_tab == PEOPLE
        assert screen.selected.title == "Piet Oranje"
        assert texts(screen, "harbour") == ["Piet Oranje"]


async def test_palette_lists_key_commands(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        commands = {c.title: c.help for c in app.get_system_commands(screen)}
        for title in (
            "Export to markdown",
            "Filter the list",
            "Find in every column",
            "Synchronised scrolling",
            "Choose the sources shown",
            "Maximise the pane",
            "Help",
            "Theme",
        ):
            assert title in commands, title
        # Real descriptions, each naming its key; none is just "key: y".
        assert commands["Copy the selected item"] == (
            "with what each source says and where (paragraph), as markdown (y)"
        )
        assert not any(h.startswith("key:") for h in commands.values())
        # Textual's own Maximize/Minimize and Keys would duplicate ours.
        assert not {"Maximize", "Minimize", "Keys"} & set(commands)
        titles = [c.title for c in app.get_system_commands(screen)]
        assert len(titles) == len(set(titles))


async def test_mouse_click_selects_rows_and_focuses_columns(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        table = screen.table(DISCREPANCIES)
        await pilot.click(table, offset=(5, 2))  # header is row 0; data row 1 is y=2
        await pilot.pause()
        assert screen.selected.title == "Mira Tolvanen"
        await pilot.click(screen.columns[1], offset=(10, 5))
        await pilot.pause()
        assert app.focused is screen.columns[1]
        assert isinstance(app.focused, ArticleView)


async def test_column_keys_scroll(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=(120, 24)) as pilot:
        screen = await ready(pilot)
        view = screen.columns[0]
        await pilot.press("j")
        assert view.scroll_y == 1
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("k")
        assert view.scroll_y == view.max_scroll_y - 1
        await pilot.press("g")
        assert view.scroll_y == 0


async def test_switching_tabs_from_a_list_selects_in_the_new_list(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("2")
        await pilot.pause()
        assert screen.selected.title == "Board chair Mira Tolvanen wants 12 sailings a day"
        await pilot.press("3")  # focus is already on the list
        await pilot.pause()
        assert screen.selected.title == "Ansel Brook"
        await pilot.press("down", "1")
        await pilot.pause()
        assert screen.selected.title == "delayed sailings per week"
        await pilot.press("3")  # the people list remembers its cursor
        await pilot.pause()
        assert screen.selected.title == "Mira Tolvanen"


async def test_clicking_a_marked_word_selects_its_discrepancy(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        view = screen.column("coastal")
        offset = view.article.text.index("Board member")
        row = view.row_for_offset(offset)
        line = view.lines[row]
        x = offset - line.start + len(line.prefix) + 2  # inside the word
        # Content area starts after the border (1) and padding (1).
        await pilot.click(view, offset=(x + 2, row - int(view.scroll_y) + 1))
        await pilot.pause()
        assert screen.selected.title == "Mira Tolvanen"
        assert screen.active_tab == DISCREPANCIES
        assert app.focused is view
        assert view.offset_at(x, row - int(view.scroll_y)) == offset + 2
        await pilot.click(view, offset=(3, 1))  # the headline: nothing marked there
        await pilot.pause()
        assert screen.selected.title == "Mira Tolvanen"


async def test_export_to_a_missing_folder_is_a_toast(analysis, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#export-path")
        field.value = "no/such/folder/out.md"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        failures = [n for n in app._notifications if n.title == "Export failed"]
        assert len(failures) == 1 and failures[0].severity == "error"
        assert list(tmp_path.iterdir()) == []


async def test_o_and_Y_say_so_when_no_source_has_a_url(analysis):
    for article in analysis.brief.articles:
        article.url = None
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert "Harbour Gazette has no URL" in [n.message for n in app._notifications]
        await pilot.press("Y")
        await pilot.pause()
        assert [n.message for n in app._notifications].count("Harbour Gazette has no URL") == 2


async def test_palette_jump_targets_are_each_listed_once_with_their_kind():
    from tui.app.commands import jump_targets
    from tui.brief.bundled import default_brief_path

    app = NewsbriefApp([default_brief_path()])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        texts = [text for text, _, _ in jump_targets(screen)]
        assert len(texts) == len(set(texts))
        # Two findings about one headline are told apart by their kind.
        assert "Discrepancy (headline): headline of crackdown-stuns" in texts
        assert "Discrepancy (framing): loaded headline of crackdown-stuns" in texts
