"""The compiled-pattern cache (tui/regex_cache.py): a pattern it hands back is the one
re.compile builds (a Pattern's equality compares its compiled program), a second run
takes every pattern from the file, and a missing, corrupt or unwritable file, or the
cache turned off, only means compiling as before."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tui import regex_cache

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "content" / "ice-leadership-shakeup"

# Imports the package's modules, analyses the bundled brief (so lazy patterns are
# compiled too), then prints what the cache did, as JSON.
_RUN = r"""
import json, re, sys
from pathlib import Path
from tui import regex_cache
from tui.analysis import analyze
from tui.brief.load import load_brief
from tui.output.json_write import json_parts
analysis = analyze(load_brief([Path(sys.argv[1])]))
stored = regex_cache._stored or {}
same = all(regex_cache.compiled(p, f) == re.compile(p, f) for p, f in stored)
print(json.dumps({"stored": len(stored), "used": len(regex_cache._used), "added": len(regex_cache._added),
                  "keys": sorted(map(repr, regex_cache._added)),
                  "same": same, "json": b"".join(json_parts(analysis)).decode()}))
"""


def _env(cache: str | None, seed: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != regex_cache.ENV}
    if seed is not None:
        env["PYTHONHASHSEED"] = seed
    if cache is not None:
        env[regex_cache.ENV] = cache
    return env


def _python(script: str, arg: str, cache: str | None, *, cwd: Path = ROOT, seed: str | None = None) -> dict:
    """Run the script in a process of its own; what it printed, as JSON."""
    done = subprocess.run(
        [sys.executable, "-c", script, arg],
        capture_output=True,
        text=True,
        env=_env(cache, seed),
        cwd=cwd,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return json.loads(done.stdout)


def _run(cache: str | None, *, cwd: Path = ROOT, seed: str | None = None) -> dict:
    return _python(_RUN, str(BUNDLED), cache, cwd=cwd, seed=seed)


def test_a_second_run_takes_every_pattern_from_the_cache_and_they_are_the_ones_re_compiles(tmp_path):
    cache = tmp_path / "sub" / "regex.marshal"  # its folder made when first written
    first = _run(str(cache))
    assert first["stored"] == 0 and first["added"] > 100  # every pattern compiled, then written
    assert cache.is_file()
    second = _run(str(cache))
    assert second["stored"] == first["added"]
    assert second["added"] == 0  # nothing compiled by re's compiler this time
    assert second["used"] == first["added"]
    assert second["same"]  # each cached pattern equals re.compile's, program and all
    assert second["json"] == first["json"] == _run("0")["json"]  # the cache changes no result


def test_every_pattern_is_the_same_string_in_every_process(tmp_path):
    """Patterns built from word sets sort their words (longest_first): were they in a
    set's order, which changes with the process's hash seed, each run would miss the
    cache and add another copy."""
    one = _run(str(tmp_path / "one.marshal"), seed="1")["keys"]
    two = _run(str(tmp_path / "two.marshal"), seed="2")["keys"]
    assert len(one) > 100
    assert one == two


def test_cached_patterns_equal_re_compile_and_match_alike(tmp_path, monkeypatch):
    path = tmp_path / "regex.marshal"
    patterns = [
        (r"(?P<who>[A-Z][a-z]+) said", 0),
        (r"\bthe (?:worst|largest) since (\d{4})\b", re.IGNORECASE),
        (r"(?x) \d+ [ ] (?:votes?|MPs)", 0),  # inline flags: the stored flags carry them
        (r"“[^”]*”", re.MULTILINE | re.DOTALL),
    ]
    _fresh(monkeypatch, path)
    made = [regex_cache.compiled(p, f) for p, f in patterns]
    regex_cache._write(path)
    _fresh(monkeypatch, path)
    again = [regex_cache.compiled(p, f) for p, f in patterns]
    assert regex_cache._added == {} and len(regex_cache._used) == len(patterns)
    text = "Jane said “the worst since 1929”, 212 votes to 7 MPs. THE LARGEST SINCE 2001"
    for (p, f), a, b in zip(patterns, made, again, strict=True):
        expected = re.compile(p, f)
        assert a == b == expected
        assert (b.pattern, b.flags, b.groups, b.groupindex) == (
            p,
            expected.flags,
            expected.groups,
            expected.groupindex,
        )
        assert [m.span() for m in b.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_a_bad_pattern_raises_re_error_as_re_compile_does(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path / "regex.marshal")
    with pytest.raises(re.error):
        regex_cache.compiled(r"(unclosed")


@pytest.mark.parametrize("content", [b"", b"not marshal data", marshal.dumps([1, 2, 3])])
def test_a_corrupt_cache_file_is_ignored_and_written_again(tmp_path, content):
    cache = tmp_path / "regex.marshal"
    cache.write_bytes(content)
    first = _run(str(cache))
    assert first["stored"] == 0 and first["added"] > 100
    assert _run(str(cache))["added"] == 0


def test_a_stored_entry_the_engine_refuses_is_compiled_afresh(tmp_path, monkeypatch):
    path = tmp_path / "regex.marshal"
    pattern = r"\b(\w+) votes\b"
    path.write_bytes(marshal.dumps({(pattern, 0): (32, b"\xff\xff\xff\xff", 1, {}, (None, None))}))
    _fresh(monkeypatch, path)
    assert regex_cache.compiled(pattern) == re.compile(pattern)
    assert (pattern, 0) in regex_cache._added  # the good entry replaces the bad one at exit


def test_changed_compiler_internals_mean_re_compile_from_then_on(tmp_path, monkeypatch):
    _fresh(monkeypatch, tmp_path / "regex.marshal")
    monkeypatch.setattr(regex_cache, "_compiler", object())  # no _code: another Python's re
    assert regex_cache.compiled(r"(\d+) votes") == re.compile(r"(\d+) votes")
    assert regex_cache._bypass and regex_cache._added == {}
    assert regex_cache.compiled(r"\bMPs?\b") == re.compile(r"\bMPs?\b")


def test_an_unwritable_cache_folder_costs_nothing_but_the_cache(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = _run(str(blocker / "regex.marshal"))  # its folder cannot be made
    assert result["added"] > 100
    assert blocker.read_text() == "not a folder"


def test_turned_off_the_cache_writes_nothing(tmp_path):
    result = _run("0", cwd=tmp_path)
    assert result["stored"] == 0 and result["added"] == 0
    assert list(tmp_path.iterdir()) == []


def test_the_cache_file_is_named_for_this_interpreter(monkeypatch, tmp_path):
    monkeypatch.delenv(regex_cache.ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = regex_cache.cache_file()
    assert path.parent == tmp_path / "newsbrief"
    assert sys.implementation.cache_tag in path.name and f"{sys.hexversion:x}" in path.name


def test_the_file_keeps_only_this_runs_entries_when_it_would_outgrow_its_limit(tmp_path, monkeypatch):
    path = tmp_path / "regex.marshal"
    _fresh(monkeypatch, tmp_path / "elsewhere.marshal")
    for i in range(5):
        regex_cache.compiled(f"old{i}")
    path.write_bytes(marshal.dumps(regex_cache._added))
    monkeypatch.setattr(regex_cache, "_MAX_ENTRIES", 4)
    _fresh(monkeypatch, path)
    regex_cache.compiled("old0")  # taken from the file
    regex_cache.compiled("new")
    regex_cache._write(path)
    with open(path, "rb") as f:
        assert set(marshal.load(f)) == {("old0", 0), ("new", 0)}


def _fresh(monkeypatch, path: Path) -> None:
    """The module as a new process finds it, with its cache at `path`."""
    monkeypatch.setenv(regex_cache.ENV, str(path))
    monkeypatch.setattr(regex_cache, "_stored", None)
    monkeypatch.setattr(regex_cache, "_added", {})
    monkeypatch.setattr(regex_cache, "_used", set())
    monkeypatch.setattr(regex_cache, "_bypass", False)
    monkeypatch.setattr(regex_cache.atexit, "register", lambda *a: None)


# A library as the command line meets it: patterns compiled in its module's body and in
# a class body at import, and one its function builds at run time from its argument.
_LIBRARY = """
import re
AT_IMPORT = re.compile(r"lib(?:rary)? pattern \\d+")
MATCHED_AT_IMPORT = re.match(r"(?P<word>[a-z]+)", "word").group("word")
class Reader:
    IN_CLASS_BODY = re.compile(r"[^\\x09\\x0A\\x20-\\x7E]")
def built_at_run_time(word):
    return re.compile(re.escape(word) + r"\\b")
"""
_HOOKED = r"""
import json, re, sys
sys.path.insert(0, sys.argv[1])
from tui import regex_cache
regex_cache.cache_module_patterns()
import library
at_run_time = library.built_at_run_time("Brief-word")
print(json.dumps({
    "added": sorted(p for p, _ in regex_cache._added), "used": sorted(p for p, _ in regex_cache._used),
    "hooked": re._compile.__module__ == "tui.regex_cache",
    "same": [library.AT_IMPORT == re.compile(library.AT_IMPORT.pattern),
             library.Reader.IN_CLASS_BODY == re.compile(library.Reader.IN_CLASS_BODY.pattern),
             library.AT_IMPORT.match("library pattern 42") is not None,
             at_run_time.search("a Brief-word here") is not None, library.MATCHED_AT_IMPORT == "word"],
}))
"""
_LIBRARY_PATTERNS = [r"(?P<word>[a-z]+)", r"[^\x09\x0A\x20-\x7E]", r"lib(?:rary)? pattern \d+"]


def _run_hooked(tmp_path: Path, cache: str) -> dict:
    (tmp_path / "library.py").write_text(_LIBRARY, encoding="utf-8")
    return _python(_HOOKED, str(tmp_path), cache)


def test_a_librarys_import_time_patterns_come_from_the_cache_its_run_time_ones_never_do(tmp_path):
    cache = str(tmp_path / "regex.marshal")
    first = _run_hooked(tmp_path, cache)
    assert first["hooked"] and first["same"] == [True] * 5
    assert sorted(first["added"]) == sorted(_LIBRARY_PATTERNS)  # not "Brief\-word\b": built at run time
    second = _run_hooked(tmp_path, cache)
    assert second["added"] == [] and sorted(second["used"]) == sorted(_LIBRARY_PATTERNS)
    assert second["same"] == [True] * 5


def test_turned_off_the_cache_leaves_re_alone(tmp_path):
    off = _run_hooked(tmp_path, "0")
    assert not off["hooked"] and off["added"] == [] and off["same"] == [True] * 5


def test_the_command_line_caches_the_libraries_patterns(tmp_path):
    cache = tmp_path / "regex.marshal"
    done = subprocess.run(
        [sys.executable, "-m", "tui", "check", str(BUNDLED)],
        capture_output=True,
        text=True,
        env=_env(str(cache)),
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    with open(cache, "rb") as f:
        stored = {p for p, _ in marshal.load(f)}
    # PyYAML's (brief.yaml is read) and markdown-it's module-level patterns are stored with ours
    import yaml.reader

    assert yaml.reader.Reader.NON_PRINTABLE.pattern in stored
    assert any(isinstance(p, str) and "Getty Images" in p for p in stored)  # one of newsbrief's own
