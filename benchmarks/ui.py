"""UI benchmarks, measured in one run (python benchmarks/ui.py):

1. time to first full paint of NewsbriefApp on the seed brief (analysis done, main
   screen painted) against a minimal Textual app showing one Static. Each run is a
   fresh process, timed from spawn to the child's "painted" line, so interpreter
   start, imports and analysis all count. Target: ratio <= 1.5.
2. median time from pressing n to the repainted screen, on a synthetic brief of
   20 sources x ~2,000 words against the seed brief. Target: ratio <= 2.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SIZE = (120, 36)


# --- child processes: paint once and say so -----------------------------------


async def _paint_minimal() -> None:
    from textual.app import App
    from textual.widgets import Static

    class Minimal(App):
        def compose(self):
            yield Static("Hello")

    app = Minimal()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        print("painted", flush=True)


async def _paint_newsbrief() -> None:
    from tui.app.app import NewsbriefApp
    from tui.brief.bundled import default_brief_path

    app = NewsbriefApp([default_brief_path()])
    async with app.run_test(size=SIZE) as pilot:
        while not getattr(app.screen, "ready", False):
            if app._notifications:
                print("failed", [n.message for n in app._notifications], flush=True)
                return
            await asyncio.sleep(0.001)
        await pilot.pause()
        print("painted", flush=True)


def _time_child(which: str) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--paint", which], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    if not line.startswith("painted"):
        raise SystemExit(f"{which}: {line.strip()}")
    return elapsed


ANALYSIS_ONLY = (
    "import time; t = time.perf_counter();"
    "from tui.analysis import analyze; from tui.brief.load import load_brief;"
    "from tui.brief.bundled import default_brief_path;"
    "analyze(load_brief([default_brief_path()])); print(time.perf_counter() - t)"
)


def analysis_share(runs: int) -> float:
    """Load + analyse the seed brief in a fresh process (imports included): the part
    of first paint that belongs to the pipeline rather than the UI."""
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", ANALYSIS_ONLY], capture_output=True, text=True, cwd=ROOT)
        times.append(float(out.stdout.strip()))
    return statistics.median(times)


def first_paint(runs: int) -> tuple[float, float]:
    _time_child("minimal")  # warm the file cache for both
    _time_child("newsbrief")
    minimal, newsbrief = [], []
    for _ in range(runs):  # interleaved, so machine load hits both alike
        minimal.append(_time_child("minimal"))
        newsbrief.append(_time_child("newsbrief"))
    return statistics.median(minimal), statistics.median(newsbrief)


# --- navigation -----------------------------------------------------------------


async def _n_latency(analysis, presses: int) -> float:
    from tui.app.app import NewsbriefApp

    app = NewsbriefApp([], analysis=analysis)
    times = []
    async with app.run_test(size=SIZE) as pilot:
        while not getattr(app.screen, "ready", False):
            await asyncio.sleep(0.001)
        await pilot.pause()
        await pilot.press("n")  # the first selection also redraws the footer once
        await pilot.pause()
        for _ in range(presses):
            start = time.perf_counter()
            await pilot.press("n")
            await pilot.pause()  # messages handled and the screen repainted
            times.append(time.perf_counter() - start)
        assert app.screen.selected is not None
    return statistics.median(times)


def _synthetic_analysis(sources: int, words: int):
    from tui.analysis import analyze

    try:
        from corpus import make_brief
    except ImportError:  # the shared generator is missing: a plain one of our own
        return analyze(_fallback_brief(sources, words))
    return analyze(make_brief(sources=sources, words=words))


def _fallback_brief(sources: int, words: int):
    from tui.brief.articles import parse_markdown
    from tui.brief.model import Brief

    articles = []
    for i in range(sources):
        sentences = [
            f"Mayor Ilse Varga said {120 + i * 7 + k} buses ran late in Orrin on day {k}."
            for k in range(words // 12)
        ]
        articles.append(
            parse_markdown(f"s{i:02d}", f"# Outlet {i} on the bus delays\n\n" + " ".join(sentences))
        )
    return Brief(title="Synthetic", articles=articles)


def navigation(presses: int) -> tuple[float, float, int, int]:
    from tui.analysis import analyze
    from tui.brief.bundled import default_brief_path
    from tui.brief.load import load_brief

    seed = analyze(load_brief([default_brief_path()]))
    big = _synthetic_analysis(20, 2000)
    words = sum(a.words for a in big.brief.articles) // len(big.brief.articles)
    seed_t = asyncio.run(_n_latency(seed, presses))
    big_t = asyncio.run(_n_latency(big, presses))
    return seed_t, big_t, len(big.brief.articles), words


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--paint", choices=["minimal", "newsbrief"], help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=7, help="processes per app for first paint")
    parser.add_argument("--presses", type=int, default=25, help="n presses per brief")
    args = parser.parse_args()
    if args.paint:
        asyncio.run(_paint_minimal() if args.paint == "minimal" else _paint_newsbrief())
        return 0

    ok = True
    minimal, newsbrief = first_paint(args.runs)
    ratio = newsbrief / minimal
    ok &= ratio <= 1.5
    print(f"first full paint (median of {args.runs} processes, {SIZE[0]}x{SIZE[1]}):")
    print(f"  minimal Textual app   {minimal * 1000:8.1f} ms")
    print(f"  newsbrief, seed brief {newsbrief * 1000:8.1f} ms")
    print(f"  ratio {ratio:.2f}  (target <= 1.5)  {'PASS' if ratio <= 1.5 else 'FAIL'}")
    share = analysis_share(args.runs)
    print(f"  of which load + analyse in the worker (cold, imports included): {share * 1000:.1f} ms")

    seed_t, big_t, n_sources, words = navigation(args.presses)
    ratio = big_t / seed_t
    ok &= ratio <= 2.0
    print(f"n to repainted screen (median of {args.presses} presses):")
    print(f"  seed brief (2 sources)                     {seed_t * 1000:8.1f} ms")
    print(f"  synthetic ({n_sources} sources, ~{words:,} words each) {big_t * 1000:8.1f} ms")
    print(f"  ratio {ratio:.2f}  (target <= 2)  {'PASS' if ratio <= 2.0 else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
