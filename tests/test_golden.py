"""`newsbrief analyze --json` of every brief, byte for byte, against tests/golden/analysis.

A behaviour change on purpose regenerates the files with `python scripts/golden.py`;
the reviewer reads the diff."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("golden_script", ROOT / "scripts" / "golden.py")
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)

BRIEFS = golden.briefs()


def test_every_local_brief_has_a_golden_file():
    names = {p.stem for p in golden.GOLDEN.glob("*.json")}
    local = {n for n in BRIEFS if not n.startswith("devset--")}
    assert local <= names, f"run scripts/golden.py: no golden file for {sorted(local - names)}"
    assert len(local) >= 5


@pytest.mark.parametrize("name", sorted(BRIEFS))
def test_analysis_matches_golden_file(name):
    expected = (golden.GOLDEN / f"{name}.json").read_text(encoding="utf-8")
    actual = golden.analyze_json(BRIEFS[name])
    assert actual == expected, (
        f"{name}: analysis changed; if on purpose, run scripts/golden.py and read the diff"
    )


def test_devset_golden_files_wait_for_the_devset():
    if not golden.DEVSET.is_dir():
        pytest.skip(f"dev set not here ({golden.DEVSET}): its golden files are not checked")
    assert any(n.startswith("devset--") for n in BRIEFS)


def test_the_analysis_does_not_depend_on_the_hash_seed(tmp_path):
    """Sets of strings iterate in a different order with every PYTHONHASHSEED: no output
    may depend on it (ties broken by position, never by iteration order)."""
    import subprocess
    import sys

    folder = ROOT / "tests" / "briefs" / "harbor-flood"
    outs = {
        subprocess.run(
            [sys.executable, "-m", "tui", "analyze", str(folder), "--json"],
            capture_output=True,
            env={**__import__("os").environ, "PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outs) == 1
