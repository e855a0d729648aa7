"""Compiled regular expressions kept between runs, as Python keeps compiled modules in
__pycache__.

`re`'s parser and compiler are Python code: compiling the patterns of the analysis and
the loaders was two-thirds of newsbrief's start-up (about 110 ms) and some 50 ms more
the first time an article needs a rarer pattern. `compiled` stores what the compiler
makes of each pattern, the engine's program (a list of integers) and its groups, in
the user's cache folder, and the next run hands that program straight to the regex
engine (`_sre.compile`, which validates it): the same Pattern object `re.compile` would
build, equal to it (a Pattern's equality compares its program), at a fraction of the cost.

The cache is only ever a shortcut. Its file is named after the interpreter's version
and the engine's, an entry is keyed by the pattern and its flags, and anything wrong
(no file, an unreadable or corrupt one, a read-only folder, an engine whose interface
changed) means `re.compile`, as before. It is written once, at exit, when this run
compiled a pattern the file did not hold, atomically (a temporary file renamed).
NEWSBRIEF_REGEX_CACHE names another file, or turns the cache off with "0" (or "").

Only patterns fixed when a module loads go through it (module constants, lazy_re):
a pattern built from a brief's own words is compiled by `re` and never stored. The
command line (tui.cli.main) also sends the libraries' own module-level patterns
through it (`cache_module_patterns`): PyYAML, markdown-it, Textual and the standard
library compile some 140 when they are imported, about 35 ms of every start."""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
from array import array
from inspect import CO_NEWLOCALS
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another interpreter's re: compile as usual
    _sre = None

ENV = "NEWSBRIEF_REGEX_CACHE"
_MAX_ENTRIES = 2048  # more than the package has; entries of earlier versions go beyond it
_CODE = "I"  # the engine's code words: _sre.CODESIZE bytes (4), unsigned

# (pattern, flags) → (flags with the pattern's inline ones, program as bytes, groups,
# groupindex, indexgroup): what _sre.compile takes after the pattern
_Entry = tuple[int, bytes, int, dict, tuple]
_stored: dict[tuple[str, int], _Entry] | None = None
_added: dict[tuple[str, int], _Entry] = {}
_used: set[tuple[str, int]] = set()  # stored entries this run took
_bypass = False  # re.compile only: the cache is off, or re's internals are not what this expects
_hooked = False  # cache_module_patterns has been called


def cache_file() -> Path | None:
    """The cache's file for this interpreter, or None when it is turned off."""
    if _sre is None or array(_CODE).itemsize != _sre.CODESIZE:
        return None
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) if chosen not in ("", "0") else None
    from platformdirs import user_cache_path

    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
    return user_cache_path("newsbrief", appauthor=False) / f"regex-{tag}.marshal"


def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), from the cache when an earlier run stored it."""
    global _bypass
    entries = None if _bypass else _entries()
    if entries is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    entry = entries.get(key) or _added.get(key)
    if entry is not None:
        try:
            made = _sre.compile(pattern, entry[0], array(_CODE, entry[1]).tolist(), *entry[2:])
            _used.add(key)
            return made
        except Exception:  # an entry the engine refuses: compiled afresh below
            entries.pop(key, None)
    try:
        parsed = _parser.parse(pattern, key[1])
        code = _compiler._code(parsed, key[1])
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (
            key[1] | parsed.state.flags,
            array(_CODE, code).tobytes(),
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
        made = _sre.compile(pattern, entry[0], code, *entry[2:])
    except re.error:
        raise
    except Exception:  # the compiler's internals are not what this was written for:
        _bypass = True  # re.compile from now on, without trying them again
        return re.compile(pattern, flags)
    _added[key] = entry
    return made


def _entries() -> dict[tuple[str, int], _Entry] | None:
    """The stored entries, read on first use (None: the cache is off, decided once)."""
    global _stored, _bypass
    if _stored is None:
        path = cache_file()
        if path is None:
            _bypass = True
            return None
        _stored = _read(path)
        atexit.register(_write, path)
    return _stored


def _read(path: Path) -> dict[tuple[str, int], _Entry]:
    try:
        with open(path, "rb") as f:
            stored = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}


def _write(path: Path) -> None:
    """Add this run's new entries to the file; when it would outgrow _MAX_ENTRIES,
    only this run's entries are kept (what earlier versions compiled goes)."""
    if not _added:
        return
    stored = _stored or {}
    merged = {**stored, **_added}
    if len(merged) > _MAX_ENTRIES:
        merged = {**{k: stored[k] for k in _used if k in stored}, **_added}
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as f:
            marshal.dump(merged, f)
        os.replace(temporary, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    _added.clear()


def cache_module_patterns() -> None:
    """From now on, a pattern that a module's body compiles (re.compile, re.match, ... at
    import: a library's constant) comes from the cache as well. One compiled inside a
    function, which may be built from the text at hand, is left to re. A no-op when the
    cache is off or re's internals are not what this module expects."""
    global _hooked
    original = getattr(re, "_compile", None)
    if _hooked or original is None or _sre is None or _entries() is None:
        return
    _hooked = True
    getframe = sys._getframe
    debug = int(re.DEBUG)

    def _compile(pattern, flags):
        # re.compile(...) or re.match(...), two frames up, in a module's or a class's body
        # (code that runs once, at import: no new locals of its own, unlike a function)
        if type(pattern) is str and not int(flags) & debug and not _bypass:
            try:
                at_import = not getframe(2).f_code.co_flags & CO_NEWLOCALS
            except ValueError:
                at_import = False
            if at_import:
                return compiled(pattern, int(flags))
        return original(pattern, flags)

    re._compile = _compile
