"""The content caches (tui/analysis/memo.py): every one is registered, emptying them
empties them all, and an analysis from empty caches says exactly what one from warm
caches says."""

from __future__ import annotations

import functools
import importlib
import importlib.util
import pkgutil
from pathlib import Path

import tui.analysis
from tui.analysis import memo

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("golden_script", ROOT / "scripts" / "golden.py")
golden = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(golden)

# Caches of what never changes in a run, kept on purpose: the word lists, and patterns
# compiled from them.
LOADED_ONCE = {
    "tui.analysis.lexicon.entries",
    "tui.analysis.lexicon.word_list",
    "tui.analysis.lexicon.mapping",
    "tui.analysis.extract.people.tables.given_names",
    "tui.analysis.extract.loaded_wording._words_pattern",
    "tui.analysis.extract.quotes.antecedents._introduced_unnamed",
}


def _analysis_modules():
    for info in pkgutil.walk_packages(tui.analysis.__path__, "tui.analysis."):
        yield importlib.import_module(info.name)


def test_every_cache_of_the_analysis_is_a_registered_content_cache_or_loaded_once():
    registered = {id(c) for c in memo.caches()}
    unregistered = set()
    for module in _analysis_modules():
        for name, value in vars(module).items():
            own = isinstance(value, functools._lru_cache_wrapper) and value.__module__ == module.__name__
            if own and id(value) not in registered:
                unregistered.add(f"{module.__name__}.{name}")
    assert unregistered <= LOADED_ONCE, (
        f"make these with tui.analysis.memo.remembered, or say why they are loaded once: "
        f"{sorted(unregistered - LOADED_ONCE)}"
    )
    assert len(memo.caches()) >= 20  # the functions and the tables modules fill


def test_clear_empties_every_cache_and_the_analysis_is_the_same_from_empty_caches():
    briefs = golden.briefs()
    names = ["content--ice-leadership-shakeup", "briefs--senate-vote", "briefs--harbor-flood"]
    warm = {n: golden.analyze_json(briefs[n]) for n in names}
    again = {n: golden.analyze_json(briefs[n]) for n in names}  # every cache warm now
    filled = [c for c in memo.caches() if (len(c) if isinstance(c, dict) else c.cache_info().currsize)]
    assert len(filled) >= 10
    memo.clear()
    assert all((len(c) if isinstance(c, dict) else c.cache_info().currsize) == 0 for c in memo.caches())
    for n in reversed(names):  # from empty caches, and in another order
        memo.clear()
        assert golden.analyze_json(briefs[n]) == warm[n] == again[n], n
