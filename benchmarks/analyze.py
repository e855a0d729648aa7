"""How fast is the analysis, against the cheapest pass over the same text?

    python benchmarks/analyze.py [--sources 200] [--words 800] [--repeat 3] [--profile]

Builds a synthetic brief (benchmarks/corpus.py), then measures in one run:
the whole analysis (tui.analysis.analyze) in words per second; a plain
re.findall(r"\\w+") over the same texts (the floor); their ratio (target: within
40x); and the comparison step (compare) against extraction (extract over every
article), with compare's share of the total (target: under 20%).

Each figure is the median of several runs, timed in process CPU time so that
other programs on a busy machine do not skew the ratios; floor and analysis
runs alternate so both see the same conditions."""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_brief  # noqa: E402

import tui.analysis.extract as extract_module  # noqa: E402
from tui.analysis import analyze  # noqa: E402
from tui.analysis.compare import compare  # noqa: E402
from tui.analysis.extract import extract  # noqa: E402
from tui.output.json import analysis_to_json  # noqa: E402
from tui.output.markdown import render_markdown  # noqa: E402

RATIO_TARGET = 40.0
COMPARE_SHARE_TARGET = 0.20
BUDGET_S = 12.0  # CPU seconds per measurement loop, so the script stays well under a minute
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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sources", type=int, default=200, help="number of synthetic articles (default 200)")
    p.add_argument("--words", type=int, default=800, help="about this many words each (default 800)")
    p.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is kept")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    p.add_argument(
        "--profile", action="store_true", help="also print cProfile tables for extract and compare"
    )
    args = p.parse_args(argv)

    t0 = time.perf_counter()
    brief = make_brief(args.sources, args.words, args.seed)
    texts = [a.text for a in brief.articles]
    words = sum(a.words for a in brief.articles)
    print(
        f"corpus: {len(texts)} articles, {words:,} words "
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
        full_times.append(_timed(lambda: analyze(brief)))
    floor_times += [_timed(floor) for _ in range(3)]

    # The two stages apart; the first extraction also times each extractor.
    extract_times: list[float] = []
    compare_times: list[float] = []
    steps: dict[str, float] = {}
    while len(extract_times) < args.repeat and (
        not extract_times or sum(extract_times + compare_times) < BUDGET_S
    ):
        # Free the previous round's results outside the clocks: dropping them is
        # neither this round's extraction nor its comparison.
        analysis = facts = None
        if not extract_times:
            with _StepTimer() as timer:
                t = clock()
                facts = {a.id: extract(a, brief.people) for a in brief.articles}
                extract_times.append(clock() - t)
            steps = timer.spent
        else:
            t = clock()
            facts = {a.id: extract(a, brief.people) for a in brief.articles}
            extract_times.append(clock() - t)
        t = clock()
        analysis = compare(brief, facts)
        compare_times.append(clock() - t)

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
    print(f"medians of {len(full_times)} analysis runs and {len(floor_times)} floor runs (CPU time)")
    print(f"analysis:     {words / full_s:>12,.0f} words/s  ({full_s * 1000:8.1f} ms)")
    print(f"regex floor:  {words / floor_s:>12,.0f} words/s  ({floor_s * 1000:8.1f} ms)")
    print(f"ratio:        {ratio:>12.1f}x the floor's time")
    print(f"extract:      {extract_s * 1000:>12.1f} ms")
    print(f"compare:      {compare_s * 1000:>12.1f} ms  ({share:.1%} of extract + compare)")
    total = sum(steps.values()) or 1.0
    for name, secs in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"  {name + ':':<20}{secs * 1000:>8.1f} ms  ({secs / total:.0%} of extraction)")
    markdown_s = _timed(lambda: render_markdown(analysis))
    json_s = _timed(lambda: json.dumps(analysis_to_json(analysis)))
    print(f"export:       {markdown_s * 1000:>12.1f} ms markdown, {json_s * 1000:.1f} ms JSON (one run each)")
    ok_ratio = ratio <= RATIO_TARGET
    ok_share = share < COMPARE_SHARE_TARGET
    print(
        f"{'PASS' if ok_ratio else 'FAIL'}: analysis within {RATIO_TARGET:.0f}x of the regex floor ({ratio:.1f}x)"
    )
    print(
        f"{'PASS' if ok_share else 'FAIL'}: compare under {COMPARE_SHARE_TARGET:.0%} of the total "
        f"at {len(texts)} sources ({share:.1%})"
    )
    if args.profile:
        _profile("extract", lambda: [extract(a, brief.people) for a in brief.articles])
        _profile("compare", lambda: compare(brief, facts))
    return 0 if (ok_ratio and ok_share) or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
