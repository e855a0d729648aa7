"""Measure newsbrief as it is installed: `pip install .` byte-compiles the package, so
a user's process never compiles newsbrief's modules from source. A checkout run with
PYTHONDONTWRITEBYTECODE=1 (as in many containers and CI shells), or a fresh clone,
has no __pycache__ and would time ~100 modules being compiled on every start. The
benchmarks compile the package once before they measure, and say so."""

from __future__ import annotations

import compileall
import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "tui"


def compile_package() -> str:
    """Byte-compile tui/ (py_compile writes whatever PYTHONDONTWRITEBYTECODE says); the
    line the benchmark prints about it."""
    compileall.compile_dir(PACKAGE, quiet=1)
    note = " (PYTHONDONTWRITEBYTECODE is set here: without this, each process would compile them)"
    return "newsbrief's modules byte-compiled first, as pip install does" + (
        note if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""
    )
