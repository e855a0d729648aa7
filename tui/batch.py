"""Many briefs at once (a newsroom's day): each brief analysed on its own, on every
core, one JSON line per brief (`newsbrief analyze --jsonl BRIEF...`).

`brief_json_line` is the whole job for one brief, a plain function of a path, so any
engine that maps functions over data runs it as it is: the process pool here, or Dask
on many machines (`dask.bag.from_sequence(paths).map(brief_json_line)`, or
`distributed.Client.map`; see README)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tui.brief.errors import BriefError


def brief_json_line(path: str | os.PathLike) -> str:
    """The analysis of the brief at `path` (a folder, a brief.yaml or one article file)
    as one line of JSON (schema 1), newline included. A bad brief raises BriefError."""
    from tui.analysis import analyze
    from tui.brief.load import load_brief
    from tui.output.json_write import json_line

    return json_line(analyze(load_brief([Path(path)])))


@dataclass
class Outcome:
    """What one brief gave: its JSON line, or the one-line error; and its warnings."""

    path: str
    line: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


def analyze_one(path: str) -> Outcome:
    """brief_json_line with the user's errors kept as data, for a pool to send back."""
    from tui.analysis import analyze
    from tui.brief.load import load_brief
    from tui.output.json_write import json_line

    try:
        brief = load_brief([Path(path)])
        return Outcome(path, json_line(analyze(brief)), warnings=list(brief.warnings))
    except BriefError as exc:
        return Outcome(path, error=str(exc))
    except OSError as exc:
        return Outcome(path, error=f"{exc.filename or path}: {exc.strerror or exc}")


def workers(jobs: int | None, briefs: int) -> int:
    """Processes to start: `jobs`, else one per core, never more than there are briefs."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(jobs or cores, briefs))


def analyze_many(paths: Sequence[str], jobs: int | None = None) -> Iterator[Outcome]:
    """Each brief's outcome, in the order of `paths`, as soon as it and those before it
    are done. One brief, or jobs=1, runs here without a pool."""
    n = workers(jobs, len(paths))
    if n == 1:
        yield from map(analyze_one, paths)
        return
    with ProcessPoolExecutor(max_workers=n, mp_context=_context()) as pool:
        futures: list[Future] = [pool.submit(analyze_one, p) for p in paths]
        try:
            for future in futures:
                yield future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise


PIPELINE = ("tui.brief.load", "tui.analysis.extract", "tui.analysis.compare", "tui.output.json_write")


def _context():
    """Workers forked from a fork server that has imported the pipeline once (never from
    this process, which may have threads: a progress bar's, the HTML helper's), or
    spawned where there is no fork server."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(PIPELINE))
        return context
    return multiprocessing.get_context("spawn")


def with_progress(outcomes: Iterator[Outcome], total: int, enabled: bool) -> Iterator[Outcome]:
    """The outcomes, with a Rich progress bar on stderr while they come (when enabled)."""
    if not enabled:
        yield from outcomes
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    # stdout is the JSON: only stderr, where the bar is, goes through the live display
    with Progress(*columns, console=Console(stderr=True), transient=True, redirect_stdout=False) as progress:
        task = progress.add_task("briefs", total=total)
        for outcome in outcomes:
            yield outcome
            progress.advance(task)


def run_batch(
    paths: Sequence[str], write: Callable[[str], object], say: Callable[[str], object], **options
) -> int:
    """`analyze --jsonl`: a line per brief to `write`, errors and warnings to `say`;
    status 1 when any brief could not be analysed (the others are still written)."""
    failed = 0
    outcomes = analyze_many(paths, options.get("jobs"))
    try:
        for outcome in with_progress(outcomes, len(paths), options.get("progress", False)):
            for warning in outcome.warnings:
                say(warning)
            if outcome.line is None:
                failed += 1
                say(f"newsbrief: {outcome.error}")
            else:
                write(outcome.line)
    finally:
        outcomes.close()  # a reader gone, ctrl+c: briefs not yet started are cancelled
    return 1 if failed else 0
