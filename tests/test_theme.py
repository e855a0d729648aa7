"""Colours in every built-in theme: key hints readable against the footer (WCAG AA),
and the light themes too; a theme picked in the palette is there after a restart."""

from __future__ import annotations

import tomllib

from test_app_keys import SIZE, ready
from textual.color import Color

from tui.app.app import NewsbriefApp
from tui.app.theme import MIN_CONTRAST, contrast, readable
from tui.app.widgets.key_bar import KeyBar
from tui.config import load_settings


def test_readable_moves_a_colour_just_far_enough():
    amber, white = Color.parse("#ffa62b"), Color.parse("#ffffff")
    assert contrast(amber, white) < 3  # amber key hints on a light footer: hard to read
    fixed = readable(amber, white)
    assert contrast(fixed, white) >= MIN_CONTRAST
    assert fixed.r > fixed.b  # still amber-ish, only darker
    black = Color.parse("#000000")
    assert readable(white, black) == white  # already readable: unchanged


async def test_key_hints_have_enough_contrast_in_every_builtin_theme(analysis):
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        bar = app.screen.query_one(KeyBar)
        poor = []
        for theme in sorted(app.available_themes):
            if theme.startswith("ansi-"):
                continue  # the terminal's own palette: its colours are not known here
            app.theme = theme
            await pilot.pause()
            await pilot.pause()
            key_style, _ = bar._styles()
            background = bar.background_colors[1]
            ratio = contrast(Color.from_rich_color(key_style.color), background)
            if ratio < MIN_CONTRAST:
                poor.append((theme, round(ratio, 2)))
            # And what is painted is that style.
            painted = bar.render()
            key_span = next(s for s in painted.spans if painted.plain[s.start : s.end].strip() == "?")
            assert key_span.style.color == key_style.color, theme
        assert poor == []


async def test_a_light_theme_picked_in_the_palette_is_there_after_a_restart(analysis, tmp_path, monkeypatch):
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
    path = tmp_path / "newsbrief" / "config.toml"
    app = NewsbriefApp([], analysis=analysis, settings=load_settings(path))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        for typed in ("theme", "textual-light"):
            await pilot.press(*typed)
            await pilot.pause(0.3)
            await pilot.press("enter")
            await pilot.pause(0.3)
        assert app.theme == "textual-light"
        await pilot.press("q")
        await pilot.pause()
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"theme": "textual-light"}

    again = NewsbriefApp([], analysis=analysis, settings=load_settings(path))
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert again.theme == "textual-light"
        bar = again.screen.query_one(KeyBar)
        key_style, _ = bar._styles()
        assert contrast(Color.from_rich_color(key_style.color), bar.background_colors[1]) >= MIN_CONTRAST
