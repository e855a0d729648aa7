"""Words as the extractors and the comparer weigh them: function words set aside,
content words lightly stemmed, so "arrests" and "arrested" meet."""

from __future__ import annotations

from tui.analysis.lexicon import word_list
from tui.analysis.memo import remembered
from tui.regex_cache import compiled

STOPWORDS = word_list("stopwords")

_WORD = compiled(r"[A-Za-z][A-Za-z'’-]*")


@remembered(16384)
def content_words(text: str) -> frozenset[str]:
    """Lower-cased words that carry meaning, lightly stemmed, for overlap tests."""
    return frozenset(stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2)


@remembered(65536)
def stem(word: str) -> str:
    """A crude suffix-stripper: enough to match arrests/arrested, cities/city."""
    word = word.lower().strip("'’-")
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + repl
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word[:6]
