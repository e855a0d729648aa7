"""Every size usable: at 80×24 the detail can be read whole and every key is in
reach (key bar, help, palette); at 200×60 nothing is cut that has room; z gives a
pane the whole screen and says how to come back."""

from __future__ import annotations

from test_app_keys import ready

from tui.app.app import NewsbriefApp
from tui.app.key_help import COMMANDS
from tui.app.screens.help import HelpScreen
from tui.app.screens.main import MainScreen
from tui.app.widgets.detail import DetailPanel
from tui.app.widgets.item_list import ItemList
from tui.brief.bundled import default_brief_path


def visible_lines(widget) -> list[str]:
    height = widget.scrollable_content_region.height
    return [widget.render_line(y).text.rstrip() for y in range(height)]


async def test_at_80x24_the_title_keys_and_detail_are_whole():
    app = NewsbriefApp([default_brief_path()])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        title = screen.query_one("#title").plain
        # The counts are never cut: with the review's count, the short form of them.
        assert title.endswith("2 src · 8 disc. (1 high) · 0/23 rev.")
        bar = screen.query_one("#keys").plain
        assert bar.rstrip().endswith("? Help (more)  q Quit  ^p Palette")  # help, quit, palette always
        assert len(bar.rstrip()) <= 80
        await pilot.press("n")
        await pilot.pause()
        detail = screen.detail
        assert detail.scrollable_content_region.height >= 5
        # enter: the detail over the list, the whole of it within reach (j scrolls it).
        await pilot.press("enter")
        await pilot.pause()
        assert screen.has_class("-detail-open")
        assert isinstance(app.focused, DetailPanel)
        assert not screen.query_one("#lists").display
        assert detail.scrollable_content_region.height >= 10
        shown = "\n".join(visible_lines(detail))
        assert "3,000 per day" in shown and "crackdown-stuns (differs)" in shown
        while detail.scroll_y < detail.max_scroll_y:
            before = detail.scroll_y
            await pilot.press("j")
            assert detail.scroll_y > before
        last = detail.plain.splitlines()[-1]
        assert last.split()[-1] in "\n".join(visible_lines(detail))
        await pilot.press("enter")  # back to the list
        await pilot.pause()
        assert not screen.has_class("-detail-open") and isinstance(app.focused, ItemList)


async def test_at_80x24_every_key_is_in_help_and_the_palette(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await ready(pilot)
        await pilot.press("n")
        await pilot.pause()
        bar = screen.query_one("#keys")
        assert bar.left_out  # not everything fits on one line at 80 columns…
        palette = {c.title for c in app.get_system_commands(screen)}
        for binding in MainScreen.BINDINGS:  # …but the palette has every described key
            if binding.id in COMMANDS and screen.check_action(binding.action.split("(")[0], ()):
                assert COMMANDS[binding.id][0] in palette, binding.id
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-body")
        assert body.max_scroll_y > 0  # the help scrolls to its end at this size
        assert body.size.width <= 80


async def test_at_200x60_full_names_and_values_are_shown():
    app = NewsbriefApp([default_brief_path()])
    async with app.run_test(size=(200, 60)) as pilot:
        screen = await ready(pilot)
        table = screen.active_table
        header = table.header_text().plain
        assert "crackdown-stuns" in header and "trump-boots-ice" in header
        for tab in ("1", "2", "3", "4", "5"):
            await pilot.press(tab)
            await pilot.pause()
            plan = table.layout_plan
            for row in table.rows_in_order:
                text = table.row_text(row).plain
                if len(row.title) <= 60:  # room for it: never cut
                    assert row.title in text, row.title
                assert row.kind in text, row.kind
            assert plan.per_source  # a column per source, under its whole name
            assert "…" not in "".join(plan.headers)


async def test_z_gives_the_focused_pane_the_whole_screen_and_says_how_back(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await ready(pilot)
        column = screen.columns[0]
        await pilot.press("z")
        await pilot.pause()
        assert screen.maximized is column
        assert column.outer_size.width == 160  # all of it, not its share
        assert column.outer_size.height >= 40 - 2  # all but the title and key lines
        assert "z Restore" in screen.query_one("#keys").plain
        assert any("z or escape restores" in n.message for n in app._notifications)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.maximized is None and column.outer_size.width < 160
        await pilot.press("n", "z")
        await pilot.pause()
        panel = screen.query_one("#panel")
        assert screen.maximized is panel and panel.outer_size.width == 160
        assert panel.outer_size.height >= 40 - 2  # not its usual share of the height
        await pilot.press("z")
        assert screen.maximized is None
