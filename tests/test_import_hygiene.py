"""The pipeline (load, extract, compare, export) never imports the UI toolkit."""

import ast
import subprocess
import sys
from pathlib import Path

import tui

PACKAGE = Path(tui.__file__).parent
PIPELINE = ["brief", "analysis", "output", "review"]


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


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _import_graph() -> dict[str, set[str]]:
    """Every tui module to the tui modules it imports anywhere in its file: at the top,
    or lazily inside a function (only `if TYPE_CHECKING:` blocks, which never run, are
    left out)."""
    files = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                skipped.update(id(n) for child in node.body for n in ast.walk(child))
        targets = set()
        for node in ast.walk(tree):
            if id(node) in skipped:
                continue
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for a in node.names:  # `from tui.brief import load` imports a module
                    sub = f"{node.module}.{a.name}"
                    targets.add(sub if sub in files else node.module)
        graph[name] = {t for t in targets if t in files and t != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One import path back to its start for each module that can reach itself."""
    found = []
    for start in sorted(graph):
        stack, seen = [(start, [start])], set()
        while stack:
            node, path = stack.pop()
            for nxt in sorted(graph.get(node, ())):
                if nxt == start:
                    found.append(path + [start])
                    stack = []
                    break
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, path + [nxt]))
    return found


def test_the_cycle_finder_finds_a_lazy_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert [c[0] for c in _cycles(graph)] == ["a", "b", "c"]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_brief_module_is_imported_back_by_what_it_imports():
    graph = _import_graph()
    assert "tui.brief.html_bounded" in graph["tui.brief.article_file"]  # a lazy import counts
    assert "tui.brief.html_import" in graph["tui.brief.html_bounded"]
    assert "tui.brief.spec" in graph["tui.brief.load"]
    circles = [" -> ".join(c) for c in _cycles(graph) if c[0].startswith("tui.brief")]
    assert circles == []
