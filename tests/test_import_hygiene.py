"""The pipeline (load, extract, compare, export) never imports the UI toolkit."""

import ast
import subprocess
import sys
from pathlib import Path

import tui

PACKAGE = Path(tui.__file__).parent
PIPELINE = ["brief", "analysis", "output"]


def _modules():
    for folder in PIPELINE:
        yield from sorted((PACKAGE / folder).rglob("*.py"))


def test_no_pipeline_module_names_textual():
    offenders = []
    for path in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n == "textual" or n.startswith("textual.") or n.startswith("tui.app") for n in names):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_importing_the_pipeline_loads_no_textual():
    modules = [
        f"tui.{p.relative_to(PACKAGE).with_suffix('').as_posix().replace('/', '.')}"
        for p in _modules()
        if p.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
