"""Regenerate screenshots/*.svg from the seed brief (python scripts/screenshots.py).

Each shot drives the real app headless with Pilot, sets up the state, and saves an
SVG; --png also renders PNGs next to them with cairosvg, for looking at. The
`browser` shot is `newsbrief serve` in headless Chromium (a PNG; it needs Debian's
chromium and the test extra)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("TEXTUAL_THEME", "textual-dark")

# name: (size, keys pressed after the analysis is shown)
SHOTS: dict[str, tuple[tuple[int, int], list[str]]] = {
    "main": ((120, 36), ["n"]),
    "tab-discrepancies": ((120, 36), ["1", "down"]),
    "tab-takeaways": ((120, 36), ["2"]),
    "tab-people": ((120, 36), ["3", "down", "down"]),
    "tab-quotes": ((120, 36), ["4"]),
    "tab-figures": ((120, 36), ["5"]),
    "search": ((120, 36), ["ctrl+f", *"ICE", "enter"]),
    "by-source": ((120, 36), ["1", "S", "S", "down"]),
    "help": ((120, 36), ["question_mark"]),
    "export": ((120, 36), ["e"]),
    "review": ((120, 36), ["n", "x", "n", "d", "n", "u", "i", *"Ask DHS for the memo", "enter"]),
    "small-80x24": ((80, 24), ["n"]),
    "small-detail-80x24": ((80, 24), ["n", "enter"]),
    "large-200x60": ((200, 60), ["n"]),
}
# --matrix: the main screen at each size, in a dark and a light theme, as PNGs to look at.
MATRIX_SIZES = ((80, 24), (120, 36), (200, 60))
MATRIX_THEMES = ("textual-dark", "textual-light")


async def shoot(
    name: str, size: tuple[int, int], keys: list[str], out: Path, theme: str | None = None, paths=None
) -> Path:
    from textual.widgets import Input

    from tui.app.app import NewsbriefApp
    from tui.brief.bundled import default_brief_path

    Input._toggle_cursor = lambda self: None  # a still cursor
    # Each shot with its own empty data folder: never your own verdicts on the brief,
    # and the marks one shot makes are not in the next.
    with tempfile.TemporaryDirectory(prefix="newsbrief-shot-") as data:
        os.environ["XDG_DATA_HOME"] = data
        return await _shoot(NewsbriefApp(paths or [default_brief_path()]), name, size, keys, out, theme)


async def _shoot(
    app, name: str, size: tuple[int, int], keys: list[str], out: Path, theme: str | None
) -> Path:
    async with app.run_test(size=size) as pilot:
        while not getattr(app.screen, "ready", False):
            if app._notifications:
                raise SystemExit(f"{name}: {[n.message for n in app._notifications]}")
            await pilot.pause(0.01)
        await pilot.pause()
        if theme:
            app.theme = theme
            await pilot.pause()
        if keys:
            await pilot.press(*keys)
        await pilot.pause(0.2)
        app.clear_notifications()
        await pilot.pause()
        path = out / f"{name}.svg"
        app.save_screenshot(path.name, path=str(out))
    return path


def shoot_browser(out: Path) -> Path:
    """newsbrief serve on the bundled brief, in Chromium, first discrepancy selected."""
    import served
    from playwright.sync_api import sync_playwright

    from tui.brief.bundled import default_brief_path

    if served.missing():
        raise SystemExit(f"browser: {served.missing()}")
    path = out / "serve-browser.png"
    with served.serving([default_brief_path()], served.free_port()) as (url, _), sync_playwright() as pw:
        browser = served.launch(pw)
        context, page, text = served.open_page(browser, url, size=(1280, 760))
        mark = text.mark()
        page.keyboard.press("n")
        text.wait_for(page, "high · figure", mark)
        page.wait_for_timeout(500)
        page.screenshot(path=str(path))
        browser.close()
    return path


def matrix(brief: Path | None) -> int:
    import cairosvg

    folder = Path("/tmp/newsbrief-shots")
    folder.mkdir(exist_ok=True)
    for theme in MATRIX_THEMES:
        for size in MATRIX_SIZES:
            name = f"matrix-{size[0]}x{size[1]}-{theme}"
            path = asyncio.run(shoot(name, size, ["n"], folder, theme, [brief] if brief else None))
            cairosvg.svg2png(url=str(path), write_to=str(path.with_suffix(".png")))
            print(path.with_suffix(".png"))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument(
        "--png", action="store_true", help="also write PNGs (cairosvg) to /tmp/newsbrief-shots"
    )
    parser.add_argument("--matrix", action="store_true", help="main screen at 3 sizes x 2 themes, PNGs only")
    parser.add_argument("--brief", type=Path, help="with --matrix: another brief than the bundled one")
    parser.add_argument("names", nargs="*", help=f"some of: {', '.join(SHOTS)}, browser")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.matrix:
        return matrix(args.brief)
    for name in args.names or [*SHOTS, "browser"]:
        if name == "browser":
            print(shoot_browser(args.out).relative_to(ROOT))
            continue
        size, keys = SHOTS[name]
        path = asyncio.run(shoot(name, size, keys, args.out))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        if args.png:
            import cairosvg

            png = Path("/tmp/newsbrief-shots") / f"{name}.png"
            png.parent.mkdir(exist_ok=True)
            cairosvg.svg2png(url=str(path), write_to=str(png))
    return 0


if __name__ == "__main__":
    sys.exit(main())
