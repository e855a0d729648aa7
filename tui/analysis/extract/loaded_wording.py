"""Loaded wording in an article's own voice: tabloid and opinion vocabulary
(`lexicon/data/loaded_words.txt`), a writer's judgement (`editorial_words.txt`) and
ALL-CAPS emphasis in a headline, each with whether it sits in the headline. Words inside
quotation marks are the speaker's, not the outlet's, and are left out. The comparer
(compare/framing.py) reports a source that uses more of it than the others."""

from __future__ import annotations

import re
from bisect import bisect_right

from tui.analysis.lexicon import word_list
from tui.analysis.model import Span
from tui.analysis.text import word_boundary
from tui.analysis.words import STOPWORDS
from tui.brief.model import HEADLINE, Article
from tui.regex_cache import compiled

LOADED = word_list("loaded_words") | word_list("editorial_words")


_PUNCT = "\"'“”‘’.,;:!?()[]{}—–-…*_"
_LOADED_BYTES = frozenset(w.encode() for w in LOADED)  # all lower-case ASCII letters
_LETTER_RUNS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))  # a-z kept, rest space
_CAPS_RE = compiled(r"\b[A-Z][A-Z'’]{3,}\b")
_WORD = compiled(r"\w+")


def loaded_terms(article: Article, low: str | None = None) -> list[tuple[Span, bool]]:
    """Loaded words with whether each sits in the headline; ALL-CAPS emphasis in the
    headline counts, unless the body writes the word as a name ("CALDERA": "Caldera").
    `low`: article.text.lower(), when the caller has it already."""
    found = []
    if low is None:
        low = article.text.lower()
    hits = ()
    # Most articles use no loaded word: letter runs, split in C, rule that out before
    # the exact (and dearer) per-word check. A hit is always one of these runs.
    runs = low.encode("utf-8", "surrogatepass").translate(_LETTER_RUNS).split()
    if not _LOADED_BYTES.isdisjoint(runs):
        words = {w.strip(_PUNCT) for w in set(low.split())}
        hits = LOADED.intersection(words)
    if hits:
        starts = [b.start for b in article.blocks]
        for start, end in _whole_words(article.text, low, hits):
            block = article.blocks[bisect_right(starts, start) - 1]
            found.append((Span(start, end), block.kind == HEADLINE))
    for block in article.blocks:
        if block.kind != HEADLINE:
            continue
        for m in _CAPS_RE.finditer(block.text):
            word = m.group()
            if word.lower() in LOADED or word.lower() in STOPWORDS or _acronym(word):
                continue
            if re.search(rf"\b{re.escape(word.capitalize())}\b", article.text[block.end :]):
                continue
            found.append((Span(block.start + m.start(), block.start + m.end()), True))
    return sorted(s for s in found if not _quoted(article, s[0]))


def _whole_words(text: str, low: str, words: set[str]) -> list[tuple[int, int]]:
    """Where the words (lower-case letters) stand in the text as whole words, in any
    case: as the pattern \\b(?:word|word…)\\b, ignoring case, finds them, without
    compiling one for each article's words. Each is looked for in the lower-cased text
    (str.find, in C) and kept where a word boundary stands at both ends; when lowering moved
    offsets (an 'İ' lowers to two characters), the text's words are read one by one."""
    if len(low) != len(text):
        return [m.span() for m in _WORD.finditer(text) if m.group().lower() in words]
    out = []
    for word in words:
        at = low.find(word)
        while at >= 0:
            end = at + len(word)
            if word_boundary(text, at) and word_boundary(text, end):
                out.append((at, end))
            at = low.find(word, end)
    return out


def _acronym(word: str) -> bool:
    """ICE, NATO, FEMA: upper case because it is a name, not for emphasis."""
    return len(word) <= 5 and not re.search(r"(ING|ED|S)$", word)


_QUOTED = compiled(r"“[^“”\n]*”|\"[^\"\n]*\"|‘[^‘’\n]{3,}’(?!\w)|(?<!\w)'[^'\n]{3,80}'(?!\w)")


def in_quotes(article: Article, start: int, end: int) -> bool:
    return _quoted(article, Span(start, end))


def _quoted(article: Article, span: Span) -> bool:
    """Is the span inside quotation marks in its block (the speaker's words)?"""
    for block in article.blocks:
        if block.start <= span.start < block.end:
            for m in _QUOTED.finditer(block.text):
                if block.start + m.start() < span.start and span.end <= block.start + m.end():
                    return True
            return False
    return False
