"""Many briefs at once: `newsbrief analyze --jsonl BRIEF...` (a line per brief, on a
process pool, a progress bar on a terminal), and the same function mapped over brief
paths by Dask on two local workers, as README shows for more than one machine."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

import pytest

from tui.batch import brief_json_line, workers
from tui.cli import main

ROOT = Path(__file__).resolve().parents[1]
BRIEFS = [
    ROOT / "content" / "ice-leadership-shakeup",
    ROOT / "tests" / "briefs" / "harbor-flood",
    ROOT / "tests" / "briefs" / "senate-vote",
]


def _json(capsys, path: Path) -> dict:
    assert main(["analyze", "--json", str(path)]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture(scope="module")
def expected(request) -> list[dict]:
    """Each brief's `analyze --json`, the document every JSON line must equal."""
    import contextlib
    import io

    out = []
    for path in BRIEFS:
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            assert main(["analyze", "--json", str(path)]) == 0
        out.append(json.loads(buffer.getvalue()))
    return out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_is_one_line_per_brief_in_order(capsys, expected, jobs):
    assert main(["analyze", "--jsonl", "-j", jobs, *map(str, BRIEFS)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == len(BRIEFS)
    assert [json.loads(line) for line in lines] == expected
    assert captured.err == ""


def test_a_bad_brief_is_one_line_and_the_others_are_still_written(capsys, expected, tmp_path):
    missing = tmp_path / "nope"
    rc = main(["analyze", "--jsonl", "-j", "2", str(BRIEFS[0]), str(missing), str(BRIEFS[1])])
    captured = capsys.readouterr()
    assert rc == 1
    assert [json.loads(line) for line in captured.out.splitlines()] == expected[:2]
    assert captured.err.splitlines() == [f"newsbrief: {missing}: error: no such file"]


def test_jobs_must_be_a_positive_number(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["analyze", "--jsonl", "-j", "0"])
    assert exc.value.code == 2
    assert "expected a whole number of 1 or more, got '0'" in capsys.readouterr().err


def test_jobs_without_jsonl_is_one_line(capsys):
    assert main(["analyze", "--json", "-j", "2", str(BRIEFS[0])]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "newsbrief: -j/--jobs goes with --jsonl (one brief is analysed in one process)\n"


def test_workers_are_one_per_core_and_never_more_than_the_briefs():
    assert workers(None, 1) == 1
    assert workers(3, 10) == 3
    assert workers(8, 2) == 2
    assert 1 <= workers(None, 1000) <= (os.cpu_count() or 1)


def test_a_progress_bar_shows_on_a_terminal_and_the_lines_stay_clean():
    """stderr on a pseudo-terminal: the bar is drawn there; stdout (a pipe) has only JSON."""
    controller, terminal = pty.openpty()
    done = subprocess.Popen(
        [sys.executable, "-m", "tui", "analyze", "--jsonl", "-j", "2", *map(str, BRIEFS)],
        stdout=subprocess.PIPE,
        stderr=terminal,
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm-256color"},
    )
    os.close(terminal)
    shown = b""
    while True:
        ready, _, _ = select.select([controller], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    out, _ = done.communicate(timeout=120)
    os.close(controller)
    assert done.returncode == 0
    assert b"analysing" in shown and b"3/3" in shown
    assert [json.loads(line)["brief"]["title"] for line in out.decode().splitlines()] == [
        json.loads(brief_json_line(p))["brief"]["title"] for p in BRIEFS
    ]


# --- Dask: the same function on a cluster ----------------------------------------------


def test_dask_maps_the_function_over_brief_paths_on_two_workers(expected):
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    bag = pytest.importorskip("dask.bag", reason="the dask extra is not installed")
    paths = [str(p) for p in BRIEFS]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        lines = client.gather(client.map(brief_json_line, paths))
        assert [json.loads(line) for line in lines] == expected
        from_bag = bag.from_sequence(paths, npartitions=2).map(brief_json_line).compute()
        assert [json.loads(line) for line in from_bag] == expected


def test_a_reader_that_stops_after_the_first_line_ends_the_batch_quietly():
    """`newsbrief analyze --jsonl ... | head -1`: no message, status 0 (a full disk is
    tested in test_hostile_scale)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "analyze", "--jsonl", "-j", "2", *[str(BRIEFS[0])] * 12],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = process.stdout.readline()
    process.stdout.close()
    status = process.wait(timeout=120)
    assert json.loads(first)["brief"]["title"] == "ICE leadership shake-up over deportation pace"
    assert process.stderr.read() == b""
    assert status == 0
