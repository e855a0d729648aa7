"""How `newsbrief analyze DIR --json` grows with the number of articles, as a user
meets it: one fresh process per size (so peak memory is that run's own), stdout to a
file, buffered and with PYTHONUNBUFFERED=1; and `analyze --jsonl` over many briefs on
every core against one process. Used by benchmarks/analyze.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from corpus import real_articles, write_cycled, write_synthetic_articles

FLOOR_PASSES = 15  # the child's passes of the floor, the least kept

# The child: exactly what `newsbrief analyze DIR --json` does (tui/cli.py), each stage
# timed in CPU seconds, then its own peak memory, as one JSON line on stderr.
CHILD = r"""
import json, resource, sys, time
clock = time.process_time
t0 = clock()
from tui.analysis.compare import compare, paused_gc
from tui.analysis.extract import extract
from tui.brief.load import load_brief
from tui.output.json_write import write_json
from pathlib import Path
def peak():
    # VmHWM is this program's own high-water mark; ru_maxrss can carry the parent's across exec
    try:
        with open("/proc/self/status") as status:
            return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t1, m1 = clock(), peak()
brief = load_brief([Path(sys.argv[1])])
t2, m2 = clock(), peak()
with paused_gc():
    facts = {a.id: extract(a, brief.people) for a in brief.articles}
    t3, m3 = clock(), peak()
    analysis = compare(brief, facts)
t4, m4 = clock(), peak()
write_json(analysis, sys.stdout)
sys.stdout.flush()
t5, m5 = clock(), peak()
# The floor, in this process right after the run (peak memory already taken): the same
# machine state as the analysis, not the parent's a minute before. The least of
# FLOOR_PASSES passes (argv[2]), as the run kept is the least of its tries: a pass is a few
# tens of milliseconds, and on a shared machine whole stretches of them run at half
# speed; a median of a few passes caught in such a stretch made the ratio look better
# than it is.
import re
analysis = facts = brief = None
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).iterdir())]
word = re.compile(r"\w+")
floors = []
for _ in range(int(sys.argv[2])):
    t = clock()
    for text in texts:
        word.findall(text)
    floors.append(clock() - t)
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "extract": t3 - t2, "compare": t4 - t3,
                  "json": t5 - t4, "peak_mb": m5, "floors": floors,
                  "memory": {"import": m1, "load": m2 - m1, "extract": m3 - m2, "compare": m4 - m3,
                             "json": m5 - m4}}), file=sys.stderr)
"""
STAGES = ("load", "extract", "compare", "json")


def spread(times: list[float]) -> float:
    """Slowest over fastest: how far apart runs of the same work came out, this
    machine's noise, for reading the ratios (the same code has measured a third apart
    from one minute to the next)."""
    return max(times) / min(times)


@dataclass
class Run:
    articles: int
    unbuffered: bool
    wall: float
    stages: dict[str, float]
    peak_mb: float
    memory: dict[str, float]  # how much each stage raised the peak, MB (imports: where it started)
    json_bytes: int
    floors: list[float]  # its passes of the floor, CPU seconds

    @property
    def floor(self) -> float:
        return min(self.floors)

    @property
    def cpu(self) -> float:
        """The analysis as the user waits for it, start-up imports left out."""
        return sum(self.stages[s] for s in STAGES)


def run_once(folder: Path, articles: int, unbuffered: bool) -> Run:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder), str(FLOOR_PASSES)],
            stdout=out,
            stderr=subprocess.PIPE,
            env=env,
            check=False,
        )
        wall = time.perf_counter() - started
        size = out.seek(0, os.SEEK_END)
    if done.returncode:
        raise SystemExit(f"analyze failed on {folder}: {done.stderr.decode()[-500:]}")
    report = json.loads(done.stderr.decode().strip().splitlines()[-1])
    stages = {s: report[s] for s in STAGES}
    return Run(
        articles,
        unbuffered,
        wall,
        stages,
        report["peak_mb"],
        report["memory"],
        size,
        report["floors"],
    )


def corpus_folder(corpus: Path | None, workdir: Path, count: int) -> tuple[Path, str]:
    """`count` articles: the real corpus cycled, or synthetic ones when it is missing."""
    articles = real_articles(corpus) if corpus is not None and corpus.is_dir() else []
    folder = workdir / f"articles-{count}"
    if articles:
        return write_cycled(folder, articles, count), f"{len(articles)} real articles of {corpus}, cycled"
    return write_synthetic_articles(folder, count), "synthetic articles (no real corpus found)"


def measure_sizes(corpus: Path | None, sizes: list[int], tries: int = 2) -> tuple[list[Run], str]:
    """Each size, buffered and unbuffered, run `tries` times, alternating: the run of
    least CPU time is kept (the work is the same each time; a busy machine only adds to
    it), with its own floor."""
    runs: list[Run] = []
    what = ""
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            folder, what = corpus_folder(corpus, Path(tmp), n)
            best: dict[bool, Run] = {}
            for _ in range(tries):
                for unbuffered in (False, True):
                    run = run_once(folder, n, unbuffered)
                    if unbuffered not in best or run.cpu < best[unbuffered].cpu:
                        best[unbuffered] = run
            runs += [best[False], best[True]]
    return runs, what


def print_sizes(runs: list[Run]) -> None:
    print(f"{'articles':>8} {'stdout':>10} {'cpu s':>7} {'x floor':>8} {'wall s':>7} {'peak MB':>8} "
          f"{'MB/1000':>8} {'JSON MB':>8}   load / extract / compare / json (s)")  # fmt: skip
    for r in runs:
        print(
            f"{r.articles:>8,} {'unbuffered' if r.unbuffered else 'buffered':>10} {r.cpu:>7.2f} "
            f"{r.cpu / r.floor:>7.0f}x {r.wall:>7.2f} {r.peak_mb:>8.0f} {r.peak_mb * 1000 / r.articles:>8.0f} "
            f"{r.json_bytes / 1e6:>8.1f}   " + " / ".join(f"{r.stages[s]:.2f}" for s in STAGES)
        )
    spreads = sorted(spread(r.floors) for r in runs)
    print(
        f"each run's floor is the least of its {FLOOR_PASSES} passes; they spread {spreads[0]:.2f}x to "
        f"{spreads[-1]:.2f}x, slowest over fastest (this machine's noise, for reading the ratios)"
    )


def print_memory(runs: list[Run]) -> None:
    for r in runs:
        if not r.unbuffered:
            parts = ", ".join(f"{s} +{r.memory[s]:.0f}" for s in STAGES)
            print(
                f"peak memory at {r.articles:,} articles: {r.memory['import']:.0f} MB after imports, {parts} MB"
            )


def growth(runs: list[Run], small: int, large: int, unbuffered: bool) -> dict[str, float]:
    """large's figures over small's: time, JSON size ("size"), and each stage."""
    a = next(r for r in runs if r.articles == small and r.unbuffered == unbuffered)
    b = next(r for r in runs if r.articles == large and r.unbuffered == unbuffered)
    out = {"time": b.cpu / a.cpu, "size": b.json_bytes / a.json_bytes}
    out.update({s: b.stages[s] / max(a.stages[s], 1e-9) for s in STAGES})
    return out


def batch_throughput(corpus: Path | None, briefs: int = 12, articles: int = 40) -> dict[str, float]:
    """`analyze --jsonl` over `briefs` briefs of `articles` articles each (the real
    corpus cycled from a different story each time, or synthetic articles): one
    process (-j 1) against the pool."""
    texts = real_articles(corpus) if corpus is not None and corpus.is_dir() else []
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(briefs):
            folder = Path(tmp) / f"brief-{i}"
            if texts:
                start = (i * 7) % len(texts)
                write_cycled(folder, texts[start:] + texts[:start], articles)
            else:
                write_synthetic_articles(folder, articles, seed=i)
            paths.append(str(folder))
        out = {"briefs": float(briefs), "articles": float(articles)}
        for label, jobs in (("one", ["-j", "1"]), ("pool", [])):
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "tui", "analyze", "--jsonl", *jobs, *paths],
                capture_output=True,
                check=False,
            )
            if done.returncode:
                raise SystemExit(f"analyze --jsonl failed: {done.stderr.decode()[-500:]}")
            out[label] = briefs / (time.perf_counter() - started)
    return out
