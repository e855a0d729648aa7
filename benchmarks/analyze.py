"""How fast is the analysis, against the cheapest pass over the same text, and how
does it grow with the number of articles?

    python benchmarks/analyze.py [--corpus PATH] [--full] [--sources 200] [--repeat 3] [--profile]

Measures in one run, every figure against a baseline measured in the same run:

1. Synthetic brief (benchmarks/corpus.py), in this process: the whole analysis
   (tui.analysis.analyze) against a plain re.findall(r"\\w+") over the same texts (the
   floor; target: within 40x); compare's share of extract + compare at 200 sources
   (target: under 20%), and compare's growth from 50 to 200 sources (at most 4.4x).
2. Real text (../shared/corpus, or --corpus PATH; synthetic articles when it is
   missing, and it says so) cycled to 200 and 1,000 articles (and 3,000 with --full):
   `newsbrief analyze DIR --json` in a fresh process per run, stdout to a file,
   buffered and with PYTHONUNBUFFERED=1, the least of two runs: CPU time (and against
   the floor, the least of 15 passes in that process right after the run: within 40x,
   aim 20x), each stage, peak memory (under 150 MB per 1,000 articles) and JSON size,
   and their growth (1,000 to 3,000: at most 3.3x for time and JSON; 200 to 1,000 without
   --full: at most 5.5x, linear being 5x).
3. `analyze --jsonl` over the corpus's briefs: briefs per second on every core
   against one process.

Part 1's figures are medians of several runs in process CPU time, so that other
programs on a busy machine do not skew the ratios; floor and analysis runs alternate
so both see the same conditions. Each analysis run starts from empty content caches
(tui.analysis.memo.clear, outside the clock), as a first analysis of a brief does (the
command line's, part 2's): a repeat of the same brief finds its paragraphs' name
sightings, its stems and its quotes' words worked out already. The repeat (a reload in
the app) is measured too, and printed apart."""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scaling  # noqa: E402
from bytecode import compile_package  # noqa: E402
from corpus import make_brief  # noqa: E402

import tui.analysis.extract as extract_module  # noqa: E402
from tui.analysis import analyze, memo  # noqa: E402
from tui.analysis.compare import compare, paused_gc  # noqa: E402
from tui.analysis.extract import extract  # noqa: E402
from tui.output.json_write import json_parts  # noqa: E402
from tui.output.markdown import render_markdown  # noqa: E402

RATIO_TARGET = 40.0
RATIO_AIM = 20.0
COMPARE_SHARE_TARGET = 0.20
COMPARE_GROWTH_TARGET = 4.4  # 50 to 200 sources: linear would be 4x
GROWTH_TARGET = {(1000, 3000): 3.3, (200, 1000): 5.5}  # time and JSON size; linear: 3x, 5x
MEMORY_TARGET_MB = 150.0  # peak, per 1,000 articles
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
BUDGET_S = 12.0  # CPU seconds per measurement loop, so the script stays well under a minute
STAGE_ROUNDS = 5  # extraction and comparison rounds for compare's share
WORD = re.compile(r"\w+")
clock = time.process_time


def _timed(fn) -> float:
    t = clock()
    fn()
    return clock() - t


class _StepTimer:
    """Wraps the steps extract() calls (sentences, extract_*: found by name, so the
    breakdown follows extract.py as it changes) to add up the time spent in each."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.names = [
            n
            for n, f in vars(extract_module).items()
            if callable(f) and (n == "sentences" or n.startswith("extract_"))
        ]
        self.originals = {n: getattr(extract_module, n) for n in self.names}

    def _wrap(self, name, fn):
        def wrapper(*args, **kwargs):
            t = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + clock() - t

        return wrapper

    def __enter__(self):
        for n in self.names:
            setattr(extract_module, n, self._wrap(n, self.originals[n]))
        return self

    def __exit__(self, *exc):
        for n, fn in self.originals.items():
            setattr(extract_module, n, fn)


def _profile(label: str, fn, top: int = 15) -> None:
    prof = cProfile.Profile()
    prof.runcall(fn)
    print(f"\n--- profile: {label} (top {top} by own time) ---")
    pstats.Stats(prof).strip_dirs().sort_stats("tottime").print_stats(top)


def _spread(times: list[float]) -> str:
    return f"{scaling.spread(times):.2f}x" if times and min(times) > 0 else "n/a"


def _target(ok: bool, text: str) -> tuple[bool, str]:
    return ok, f"{'PASS' if ok else 'FAIL'}: {text}"


def _compare_growth(large: int, small: int, words: int, seed: int, repeat: int) -> float:
    """compare() alone on synthetic briefs of `large` and of `small` articles, the two
    alternating `repeat` times (so both see the same moments of a busy machine): the
    ratio of their median CPU times."""
    runs = []
    for sources in (large, small):
        brief = make_brief(sources, words, seed)
        runs.append((brief, {a.id: extract(a, brief.people) for a in brief.articles}))
    times: list[list[float]] = [[], []]
    for _ in range(repeat):
        for k, (brief, facts) in enumerate(runs):
            memo.clear()  # compare as a first analysis meets it
            times[k].append(_timed(lambda brief=brief, facts=facts: compare(brief, facts)))
    return statistics.median(times[0]) / statistics.median(times[1])


def synthetic(args) -> list[tuple[bool, str]]:
    """Part 1: the synthetic brief in this process."""
    t0 = time.perf_counter()
    brief = make_brief(args.sources, args.words, args.seed)
    texts = [a.text for a in brief.articles]
    words = sum(a.words for a in brief.articles)
    print(
        f"1. synthetic corpus: {len(texts)} articles, {words:,} words "
        f"({words / max(len(texts), 1):.0f} per article), built in {time.perf_counter() - t0:.2f}s"
    )

    def floor():
        for text in texts:
            WORD.findall(text)

    # Whole analysis and floor, alternating. The floor is cheap: a few runs per turn.
    floor_times: list[float] = []
    full_times: list[float] = []
    while len(full_times) < args.repeat and (not full_times or sum(full_times) < BUDGET_S):
        floor_times += [_timed(floor) for _ in range(3)]
        memo.clear()  # a first analysis: see the module's docstring
        full_times.append(_timed(lambda: analyze(brief)))
    floor_times += [_timed(floor) for _ in range(3)]
    times, steps, analysis, facts = _stages(brief, args.repeat)
    extract_times, compare_times = times["first"]

    floor_s = statistics.median(floor_times)
    full_s = statistics.median(full_times)
    extract_s = statistics.median(extract_times)
    compare_s = statistics.median(compare_times)
    ratio = full_s / floor_s
    share = compare_s / (extract_s + compare_s)
    print(
        f"found: {len(analysis.people)} people, {len(analysis.quotes)} quotes, {len(analysis.figures)} figures, "
        f"{len(analysis.discrepancies)} discrepancies, {len(analysis.agreements)} agreements"
    )
    print(
        f"medians of {len(full_times)} analysis runs and {len(floor_times)} floor runs (CPU time); "
        f"spread, slowest over fastest: analysis {_spread(full_times)}, floor {_spread(floor_times)}"
    )
    print(f"analysis:     {words / full_s:>12,.0f} words/s  ({full_s * 1000:8.1f} ms)")
    print(f"regex floor:  {words / floor_s:>12,.0f} words/s  ({floor_s * 1000:8.1f} ms)")
    print(f"ratio:        {ratio:>12.1f}x the floor's time")
    print(
        f"extract:      {extract_s * 1000:>12.1f} ms  (a first analysis: medians of {len(extract_times)} rounds, "
        "each from empty caches)"
    )
    shares = sorted(c / (e + c) for e, c in zip(extract_times, compare_times, strict=True))
    print(
        f"compare:      {compare_s * 1000:>12.1f} ms  ({share:.1%} of extract + compare; "
        f"round by round {shares[0]:.1%} to {shares[-1]:.1%})"
    )
    again_extract, again_compare = (statistics.median(t) for t in times["repeat"])
    print(
        f"  repeated on the same brief (caches warm, as a reload): extract {again_extract * 1000:.1f} ms, "
        f"compare {again_compare * 1000:.1f} ms ({again_compare / (again_extract + again_compare):.1%})"
    )
    total = sum(steps.values()) or 1.0
    for name, secs in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"  {name + ':':<20}{secs * 1000:>8.1f} ms  ({secs / total:.0%} of extraction)")
    markdown_s = _timed(lambda: render_markdown(analysis))
    json_s = _timed(lambda: json_parts(analysis))
    print(f"export:       {markdown_s * 1000:>12.1f} ms markdown, {json_s * 1000:.1f} ms JSON (one run each)")
    small = max(args.sources // 4, 1)
    grow = _compare_growth(args.sources, small, args.words, args.seed, 7)
    print(
        f"compare from {small} to {args.sources} sources: {grow:.2f}x the time (linear: {args.sources / small:.0f}x)"
    )
    if args.profile:
        _profile("extract", lambda: [extract(a, brief.people) for a in brief.articles])
        _profile("compare", lambda: compare(brief, facts))
    return [
        _target(
            ratio <= RATIO_TARGET,
            f"synthetic: analysis within {RATIO_TARGET:.0f}x of the regex floor ({ratio:.1f}x)",
        ),
        _target(
            share < COMPARE_SHARE_TARGET,
            f"synthetic: compare under {COMPARE_SHARE_TARGET:.0%} of the total at {len(texts)} sources ({share:.1%})",
        ),
        _target(
            grow <= COMPARE_GROWTH_TARGET,
            f"synthetic: compare from {small} to {args.sources} sources at most {COMPARE_GROWTH_TARGET}x ({grow:.2f}x)",
        ),
    ]


def _stages(brief, repeat: int):
    """Extraction and comparison apart, each as analyze() runs it (the collector paused),
    `repeat` rounds (at least STAGE_ROUNDS: the share is a ratio of two noisy figures).
    A round is a first analysis (content caches emptied before it, outside the clocks),
    then a repeat of it (caches warm, as a reload finds them), so both see the same
    moments of a busy machine. The extractors are timed one by one in a first analysis of
    their own before, kept out of the medians: wrapping them costs time too.

    Returns {"first": (extract times, compare times), "repeat": (…)}, the step times,
    and the last analysis with its facts."""
    memo.clear()
    with _StepTimer() as timer, paused_gc():
        facts = {a.id: extract(a, brief.people) for a in brief.articles}
    steps = timer.spent
    times: dict[str, tuple[list[float], list[float]]] = {"first": ([], []), "repeat": ([], [])}
    rounds = max(repeat, STAGE_ROUNDS)
    analysis = None
    first_extract, first_compare = times["first"]
    while len(first_extract) < rounds and (
        not first_extract or sum(first_extract + first_compare) < BUDGET_S
    ):
        for kind, (extract_times, compare_times) in times.items():
            # Free the previous round's results outside the clocks: dropping them is
            # neither this round's extraction nor its comparison.
            analysis = facts = None
            if kind == "first":
                memo.clear()
            t = clock()
            with paused_gc():
                facts = {a.id: extract(a, brief.people) for a in brief.articles}
            extract_times.append(clock() - t)
            t = clock()
            analysis = compare(brief, facts)
            compare_times.append(clock() - t)
    return times, steps, analysis, facts


def real(args) -> list[tuple[bool, str]]:
    """Part 2: `newsbrief analyze DIR --json` per size, in fresh processes."""
    sizes = [200, 1000, 3000] if args.full else [200, 1000]
    runs, what = scaling.measure_sizes(args.corpus, sizes)
    print(
        f"\n2. analyze DIR --json, one process per run, the least CPU time of two runs per size and stdout: {what}"
    )
    scaling.print_sizes(runs)
    scaling.print_memory(runs)
    small, large = (1000, 3000) if args.full else (200, 1000)
    limit = GROWTH_TARGET[(small, large)]
    out = []
    for unbuffered in (False, True):
        mode = "unbuffered" if unbuffered else "buffered"
        g = scaling.growth(runs, small, large, unbuffered)
        stages = ", ".join(f"{s} {g[s]:.1f}x" for s in scaling.STAGES)
        print(
            f"growth {small:,} to {large:,} articles ({mode}): time {g['time']:.2f}x, JSON {g['size']:.2f}x ({stages})"
        )
        out.append(
            _target(
                g["time"] <= limit,
                f"{mode}: time from {small:,} to {large:,} articles at most {limit}x ({g['time']:.2f}x)",
            )
        )
        out.append(
            _target(
                g["size"] <= limit,
                f"{mode}: JSON from {small:,} to {large:,} articles at most {limit}x ({g['size']:.2f}x)",
            )
        )
        mine = [r for r in runs if r.unbuffered == unbuffered]
        worst = max(mine, key=lambda r: r.peak_mb * 1000 / r.articles if r.articles >= 1000 else 0)
        per = worst.peak_mb * 1000 / worst.articles
        out.append(
            _target(
                per < MEMORY_TARGET_MB,
                f"{mode}: peak memory under {MEMORY_TARGET_MB:.0f} MB per 1,000 articles ({per:.0f} MB at {worst.articles:,})",
            )
        )
        slowest = max(mine, key=lambda r: r.cpu / r.floor)
        ratio = slowest.cpu / slowest.floor
        aim = "met" if ratio <= RATIO_AIM else "not met"
        out.append(
            _target(
                ratio <= RATIO_TARGET,
                f"{mode}: real text within {RATIO_TARGET:.0f}x of the regex floor at every size (worst {ratio:.0f}x at {slowest.articles:,}; aim {RATIO_AIM:.0f}x {aim})",
            )
        )
    buffered = {r.articles: r.cpu for r in runs if not r.unbuffered}
    slow = max(r.cpu / buffered[r.articles] for r in runs if r.unbuffered)
    print(f"unbuffered stdout: at most {slow:.2f}x the buffered run's time")
    return out


def batch(args) -> None:
    """Part 3: briefs per second, every core against one process."""
    b = scaling.batch_throughput(args.corpus)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"\n3. analyze --jsonl over {b['briefs']:.0f} briefs of {b['articles']:.0f} articles: "
          f"{b['pool']:.2f} briefs/s on {cores} cores, {b['one']:.2f} briefs/s in one process "
          f"({b['pool'] / b['one']:.2f}x; load average {load}: other programs share these cores)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sources", type=int, default=200, help="number of synthetic articles (default 200)")
    p.add_argument("--words", type=int, default=800, help="about this many words each (default 800)")
    p.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is kept")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help="a folder of real briefs (default ../shared/corpus)",
    )
    p.add_argument(
        "--full", action="store_true", help="also 3,000 articles of real text (a few minutes more)"
    )
    p.add_argument("--only", choices=("synthetic", "real", "batch"), help="run one part only")
    p.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    p.add_argument(
        "--profile", action="store_true", help="also print cProfile tables for extract and compare"
    )
    args = p.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}: real-text figures use synthetic articles instead")
        args.corpus = None
    print(compile_package())
    targets: list[tuple[bool, str]] = []
    if args.only in (None, "synthetic"):
        targets += synthetic(args)
    if args.only in (None, "real"):
        targets += real(args)
    if args.only in (None, "batch"):
        batch(args)
    print()
    for _, line in targets:
        print(line)
    return 0 if all(ok for ok, _ in targets) or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
