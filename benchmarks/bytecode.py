"""Measure newsbrief as it is installed and has run before: `pip install .`
byte-compiles the package, so a user's process never compiles newsbrief's modules from
source, and the first run leaves the compiled regular expressions in the user's cache
(tui/regex_cache.py), as later runs find them. A checkout run with
PYTHONDONTWRITEBYTECODE=1 (as in many containers and CI shells), or a fresh clone, has
no __pycache__ and would time ~100 modules being compiled on every start; a fresh
cache, the patterns being compiled once. The benchmarks do both once before they
measure, and say so."""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "tui"
BUNDLED = ROOT / "content" / "ice-leadership-shakeup"

# Every module imported (module-level patterns, the libraries' too, as tui.cli.main
# has them cached) and the bundled brief analysed (the patterns compiled on first use),
# in a process of its own, as a first run would.
_FILL_CACHE = f"""
import importlib, pkgutil, tui
from pathlib import Path
from tui.regex_cache import cache_module_patterns
cache_module_patterns()
for m in pkgutil.walk_packages(tui.__path__, "tui."):
    if not m.name.endswith("__main__"):
        try:
            importlib.import_module(m.name)
        except ImportError:  # an optional extra not installed
            pass
from tui.analysis import analyze
from tui.brief.load import load_brief
analyze(load_brief([Path({str(BUNDLED)!r})]))
"""


def compile_package() -> str:
    """Byte-compile tui/ (py_compile writes whatever PYTHONDONTWRITEBYTECODE says) and
    fill the regex cache; the line the benchmark prints about it."""
    compileall.compile_dir(PACKAGE, quiet=1)
    subprocess.run([sys.executable, "-c", _FILL_CACHE], check=True, cwd=ROOT)
    note = " (PYTHONDONTWRITEBYTECODE is set here: without this, each process would compile them)"
    cache = os.environ.get("NEWSBRIEF_REGEX_CACHE")
    off = " (NEWSBRIEF_REGEX_CACHE=0: off, every process compiles them)" if cache in ("", "0") else ""
    return (
        "newsbrief's modules byte-compiled first, as pip install does"
        + (note if os.environ.get("PYTHONDONTWRITEBYTECODE") else "")
        + ", and their regular expressions in the regex cache, as a first run leaves them"
        + off
    )
