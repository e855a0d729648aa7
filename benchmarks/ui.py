"""UI benchmarks, measured in one run against baselines of the same run
(python benchmarks/ui.py; --quick for fewer runs and no 1,000-source brief).

Every app is opened the way the CLI opens it (the brief read, then the app run
headless), in a fresh process timed from spawn, so interpreter start and imports
count. The baseline for first paint is a one-Static Textual app.

1. first paint on the bundled brief: title and columns drawn (the lists fill in
   after). Target: at most 1.5x the one-Static app (aim: 1.2x).
2. n on 20 sources against n on 2 sources (the same keypress, repainted screen).
   Target: at most 1.2x.
3. 200 sources: first paint within 3 s, a tab switch within 200 ms.
4. 1,000 sources: it opens, analyses and navigates, under 400 MB.
5. a 5 MB single-paragraph article: paints within 2 s; a page down in it costs at
   most 1.5x a page down in an ordinary long article.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bytecode import compile_package  # noqa: E402

START = time.perf_counter()  # in a child: when its interpreter got here
SIZE = (120, 36)
CONFIG_HOME = tempfile.mkdtemp(prefix="newsbrief-bench-config-")  # no user settings in the figures
TARGETS = {
    "first_paint_ratio": 1.5,
    "n_ratio": 1.2,
    "paint_200_s": 3.0,
    "tab_200_ms": 200.0,
    "rss_1000_mb": 400.0,
    "paint_5mb_s": 2.0,
    "scroll_5mb_ratio": 1.5,
}


# --- child processes: open, say when painted, measure, report ---------------------


def _watch_frames() -> list[float]:
    """The time of each frame the compositor renders (the same hook in every child)."""
    from textual._compositor import Compositor

    frames: list[float] = []
    render = Compositor.render_update

    def counted(self, *args, **kwargs):
        update = render(self, *args, **kwargs)
        frames.append(time.perf_counter())
        return update

    Compositor.render_update = counted
    return frames


async def _first_frame(frames: list[float], settled) -> None:
    """Say "painted" when the first frame is out; the report says when it settled."""
    while not frames:
        await asyncio.sleep(0.0005)
    print("painted", flush=True)
    while not settled():
        await asyncio.sleep(0.001)


async def _paint_minimal() -> None:
    from textual.app import App
    from textual.widgets import Static

    class Minimal(App):
        painted = False

        def compose(self):
            yield Static("Hello")

        def on_mount(self) -> None:
            self.call_after_refresh(setattr, self, "painted", True)

    frames = _watch_frames()
    app = Minimal()
    async with app.run_test(size=SIZE):
        await _first_frame(frames, lambda: app.painted)
        print(json.dumps({"settled_s": time.perf_counter() - START}), flush=True)


async def _timed(pilot, *keys: str) -> float:
    start = time.perf_counter()
    await pilot.press(*keys)
    await pilot.pause()  # messages handled and the screen repainted
    return time.perf_counter() - start


async def _open(path: str, measure: list[str]) -> None:
    """The CLI's way (tui.cli.main, then cmd_open): the libraries' patterns from the regex
    cache, read the brief and the settings, then run the app; say when the first frame
    (title and columns) is on screen, then report."""
    from tui.regex_cache import cache_module_patterns

    cache_module_patterns()
    from tui.brief.load import load_brief
    from tui.config import load_settings

    brief = load_brief([Path(path)])
    from tui.app.app import NewsbriefApp

    frames = _watch_frames()
    app = NewsbriefApp([Path(path)], brief=brief, settings=load_settings())
    start = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        await _first_frame(frames, lambda: getattr(app.screen, "painted", False))
        out: dict[str, object] = {
            "settled_s": time.perf_counter() - START,
            "columns": [c.article.id for c in app.screen.columns],
        }
        while not app.screen.ready:
            if app._notifications:
                raise SystemExit(f"failed: {[n.message for n in app._notifications]}")
            await asyncio.sleep(0.01)
        await pilot.pause()
        out["lists_s"] = time.perf_counter() - start
        if "scroll" in measure:
            out["page_down"] = await _page_downs(pilot, app)
        if "nav" in measure:
            await pilot.press("n")
            await pilot.pause()
            out["n"] = [await _timed(pilot, "n") for _ in range(10)]
            out["tab"] = [await _timed(pilot, key) for key in "2345123451"]
            out["selected"] = app.screen.selected is not None
    import resource

    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(out), flush=True)


async def _page_downs(pilot, app, presses: int = 20) -> list[float]:
    column = app.screen.columns[0]
    column.focus()
    await pilot.pause()
    return [await _timed(pilot, "pagedown") for _ in range(presses)]


def _child(*args: str) -> tuple[float, dict]:
    """Spawn a child; the seconds to its "painted" line, and its report."""
    start = time.perf_counter()
    # No animations: a page down is timed for what it costs, not for the length of a glide.
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": CONFIG_HOME,
        "TEXTUAL_THEME": "textual-dark",
        "TEXTUAL_ANIMATIONS": "none",
    }
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    rest = proc.stdout.read()
    proc.wait()
    if not line.startswith("painted"):
        raise SystemExit(f"{args}: {line.strip()} {rest.strip()}")
    report = json.loads(rest.strip().splitlines()[-1]) if rest.strip() else {}
    return elapsed, report


# --- briefs on disk ------------------------------------------------------------------


def _synthetic(folder: Path, sources: int, words: int) -> Path:
    from corpus import write_brief

    return write_brief(folder, sources=sources, words=words)


def _long_article(folder: Path, chars: int, name: str) -> Path:
    """A brief of two sources: one a single paragraph of `chars` characters."""
    rng = random.Random(1)
    words = (
        "the harbor board said on monday that ferry crews would strike over pay and "
        "3,000 passengers were stranded near the quay while officials met"
    ).split()
    para = " ".join(rng.choice(words) for _ in range(chars // 5 + 10))[:chars]
    brief = folder / name
    brief.mkdir(parents=True, exist_ok=True)
    (brief / "long.md").write_text(f"# A very long article\n\n{para}\n", encoding="utf-8")
    (brief / "short.md").write_text("# A short one\n\nThe harbor board said 3,000 were stranded.\n")
    return brief


# --- the measures ----------------------------------------------------------------------


def first_paint(runs: int) -> dict[str, float]:
    from tui.brief.bundled import default_brief_path

    seed = str(default_brief_path())
    _child("minimal")  # warm the file cache for both
    _child("open", seed)
    got: dict[str, list[float]] = {
        "minimal": [],
        "newsbrief": [],
        "lists": [],
        "min_settled": [],
        "settled": [],
    }
    for _ in range(runs):  # interleaved, so machine load hits both alike
        painted, report = _child("minimal")
        got["minimal"].append(painted)
        got["min_settled"].append(report["settled_s"])
        painted, report = _child("open", seed)
        got["newsbrief"].append(painted)
        got["settled"].append(report["settled_s"])
        got["lists"].append(report["lists_s"])
    return {k: statistics.median(v) for k, v in got.items()}


async def _n_latency(analysis, presses: int) -> float:
    from tui.app.app import NewsbriefApp

    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        while not getattr(app.screen, "ready", False):
            await asyncio.sleep(0.001)
        await pilot.pause()
        await pilot.press("n")  # the first selection also redraws the footer once
        await pilot.pause()
        times = [await _timed(pilot, "n") for _ in range(presses)]
        assert app.screen.selected is not None
    return statistics.median(times)


def navigation(presses: int) -> tuple[float, float, int, int]:
    from corpus import make_brief

    from tui.analysis import analyze
    from tui.brief.bundled import default_brief_path
    from tui.brief.load import load_brief

    seed = analyze(load_brief([default_brief_path()]))
    big = analyze(make_brief(sources=20, words=2000))
    words = sum(a.words for a in big.brief.articles) // len(big.brief.articles)
    small_t, big_t = [], []
    for _ in range(3):  # interleaved, the median of each
        small_t.append(asyncio.run(_n_latency(seed, presses)))
        big_t.append(asyncio.run(_n_latency(big, presses)))
    return statistics.median(small_t), statistics.median(big_t), len(big.brief.articles), words


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=7, help="processes per app for first paint")
    parser.add_argument("--presses", type=int, default=25, help="n presses per brief")
    parser.add_argument("--quick", action="store_true", help="3 runs, and no 1,000-source brief")
    args = parser.parse_args()
    if args.child:
        which, *rest = args.child
        asyncio.run(_paint_minimal() if which == "minimal" else _open(rest[0], rest[1:]))
        return 0
    runs = 3 if args.quick else args.runs
    results = []
    print(compile_package())

    paint = first_paint(runs)
    minimal = paint["minimal"]
    ratio = paint["newsbrief"] / minimal
    results.append(ratio <= TARGETS["first_paint_ratio"])
    print(f"1. first paint, bundled brief (median of {runs} processes, {SIZE[0]}x{SIZE[1]}), from spawn:")
    print(f"   one-Static Textual app, first frame         {minimal * 1000:8.1f} ms")
    print(f"   newsbrief, first frame (title and columns)  {paint['newsbrief'] * 1000:8.1f} ms")
    print(f"   ratio {ratio:.2f}  (target <= 1.5, aim 1.2)  {_verdict(results[-1])}")
    settled = paint["settled"] / paint["min_settled"]
    print(
        f"   settled (no message left): {paint['min_settled'] * 1000:.0f} ms against "
        f"{paint['settled'] * 1000:.0f} ms, ratio {settled:.2f}; the lists fill in after "
        f"{paint['lists'] * 1000:.0f} ms of the app's run"
    )

    small, big, n_sources, words = navigation(args.presses)
    ratio = big / small
    results.append(ratio <= TARGETS["n_ratio"])
    print(f"2. n to repainted screen (median of {args.presses} presses, 3 rounds):")
    print(f"   bundled brief (2 sources)                   {small * 1000:8.1f} ms")
    print(f"   synthetic ({n_sources} sources, ~{words:,} words each) {big * 1000:8.1f} ms")
    print(f"   ratio {ratio:.2f}  (target <= 1.2)  {_verdict(results[-1])}")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        results += _big_briefs(folder, minimal, quick=args.quick)
    print("all targets met" if all(results) else "some targets missed")
    return 0 if all(results) else 1


def _big_briefs(folder: Path, minimal: float, quick: bool) -> list[bool]:
    results = []
    brief = _synthetic(folder / "b200", 200, 800)
    painted, report = _child("open", str(brief), "nav")
    tab = statistics.median(report["tab"]) * 1000
    ok = painted <= TARGETS["paint_200_s"] and tab <= TARGETS["tab_200_ms"]
    results.append(ok)
    print("3. 200 sources x 800 words:")
    print(f"   first paint {painted:.2f} s ({painted / minimal:.1f}x the one-Static app; target <= 3 s)")
    print(f"   lists filled after {report['lists_s']:.2f} s; columns mounted: {len(report['columns'])}")
    print(f"   tab switch median {tab:.0f} ms, max {max(report['tab']) * 1000:.0f} ms (target <= 200 ms)")
    print(
        f"   n median {statistics.median(report['n']) * 1000:.0f} ms; peak RSS {report['rss_mb']:.0f} MB  {_verdict(ok)}"
    )
    if not quick:
        brief = _synthetic(folder / "b1000", 1000, 800)
        painted, report = _child("open", str(brief), "nav")
        ok = report["rss_mb"] <= TARGETS["rss_1000_mb"] and report["selected"]
        results.append(ok)
        print("4. 1,000 sources x 800 words:")
        print(f"   first paint {painted:.2f} s, lists after {report['lists_s']:.1f} s")
        print(
            f"   n median {statistics.median(report['n']) * 1000:.0f} ms, "
            f"tab switch median {statistics.median(report['tab']) * 1000:.0f} ms"
        )
        print(f"   peak RSS {report['rss_mb']:.0f} MB (target <= 400 MB)  {_verdict(ok)}")
    huge = _long_article(folder, 5_000_000, "huge")
    ordinary = _long_article(folder, 60_000, "ordinary")
    painted, report = _child("open", str(huge), "scroll")
    _, base = _child("open", str(ordinary), "scroll")
    scroll = statistics.median(report["page_down"]) / statistics.median(base["page_down"])
    ok = painted <= TARGETS["paint_5mb_s"] and scroll <= TARGETS["scroll_5mb_ratio"]
    results.append(ok)
    print("5. one 5 MB paragraph:")
    print(f"   first paint {painted:.2f} s ({painted / minimal:.1f}x the one-Static app; target <= 2 s)")
    print(
        f"   page down median {statistics.median(report['page_down']) * 1000:.1f} ms against "
        f"{statistics.median(base['page_down']) * 1000:.1f} ms in a 60 kB article: "
        f"ratio {scroll:.2f} (target <= 1.5)  {_verdict(ok)}"
    )
    return results


if __name__ == "__main__":
    os.environ.setdefault("TEXTUAL_THEME", "textual-dark")
    sys.exit(main())
