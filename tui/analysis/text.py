"""Sentences and small text helpers shared by the extractors."""

from __future__ import annotations

import re
import string
from typing import NamedTuple

from tui.analysis.lexicon import mapping, word_list
from tui.brief.model import Article, Block
from tui.regex_cache import compiled

# Words ending in "." that do not end a sentence in news copy: "Sen.", "Ft.", "U.S.".
ABBREVIATIONS = (
    word_list("sentence_abbreviations")
    | {w.rstrip(".") for w in mapping("title_abbreviations")}
    | {w.lower() for w in word_list("place_abbreviations")}
)

# A sentence ends at stops and closing marks before a space and a capital, a digit or an
# opening mark, or at the end of the block. Written to open with a character class (not
# an alternation of two, nor a repeat), so that the scan looks for stops in C instead of
# trying the pattern at every position: the same matches as
# r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])|[.!?]+[\"'”’)\]]*$" (the two endings cannot
# both hold after one run of stops).
_BOUNDARY = compiled(r"[.!?][.!?]*[\"'”’)\]]*(?:(?=\s+[\"“‘(\[]?[A-Z0-9])|$)")
_SPACE = compiled(r"\s*")
_LETTERS_AND_DOTS = string.ascii_letters + "."  # what an abbreviation is written with


_PATTERN_ATTRS = (
    "match",
    "search",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """A regex compiled on first use. Compiling is most of the analysis modules' import
    time, and many patterns only matter for rarer constructions: those then cost
    nothing until an article needs them. After the first use the pattern's methods sit
    in the instance dict, so a call costs what it costs on a compiled pattern."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        pattern = compiled(*self._source)
        for attr in _PATTERN_ATTRS:
            setattr(self, attr, getattr(pattern, attr))
        return getattr(pattern, name)


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile, deferred until the pattern is first used (see LazyPattern)."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]


def longest_first(words) -> list[str]:
    """The words longest first, as an alternation must try them (else "Sen" would win
    over "Senator"), ties in alphabetical order: a pattern built from a set is then the
    same string in every run (a set's order of strings changes with the process), which
    the compiled-pattern cache (tui/regex_cache.py) needs to find it."""
    return sorted(words, key=lambda w: (-len(w), w))


def by_first_letter(words, behind: bool = False) -> str:
    """The words as one alternation grouped by first character, longest first within a
    group (see longest_first): "J(?:une|an)|M(?:ay)", so the regex engine tries
    one group at a position, not every word. `behind`: the first character has been
    read already (the pattern opens with a class of them, which a search skips to in
    C), and each group checks it behind: "(?<=J)(?:une|an)|(?<=M)(?:ay)"."""
    return in_order_by_first_letter([w[0] + re.escape(w[1:]) for w in longest_first(words)], behind)


def in_order_by_first_letter(alternatives, behind: bool = False) -> str:
    """Alternatives (pattern fragments, each opening with a character taken literally)
    as one group per first character, in the order the characters first come, each
    group's alternatives in their own order: "said|told|says" -> "s(?:aid|ays)|t(?:old)".
    Two alternatives with different first characters never match at the same place, so
    this finds what the plain alternation finds, in the order it tries them; the engine,
    though, passes over a group by its character instead of trying every alternative in
    turn. `behind`: as for by_first_letter."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        groups.setdefault(alt[0], []).append(alt[1:])
    first = "(?<={})" if behind else "{}"
    return "|".join(first.format(re.escape(c)) + f"(?:{'|'.join(rest)})" for c, rest in groups.items())


class Sentence(NamedTuple):
    """One sentence: its offsets in Article.text, its text, its block. A named tuple,
    made in C: an article's sentences are made once and only ever read."""

    start: int
    end: int
    text: str
    block: Block
    index: int  # position among the article's sentences


def word_character(c: str) -> bool:
    """What the regex \\w matches: a letter or digit of any script, or the underscore."""
    return c.isalnum() or c == "_"


def word_boundary(text: str, i: int, hi: int | None = None) -> bool:
    """Whether \\b holds at text[i] in a search of text[:hi] (the whole text by default):
    a pattern's word test without a pattern compiled for the word."""
    if hi is None:
        hi = len(text)
    return (i > 0 and word_character(text[i - 1])) != (i < hi and word_character(text[i]))


def _is_abbreviation(chunk: str) -> bool:
    """True when the '.' closing `chunk` belongs to an abbreviation or an initial."""
    # the word before the stop, by two strips in C (a regex search here cost more): the
    # run of letters and dots that ends the chunk, from its first letter
    found = chunk[len(chunk.rstrip(_LETTERS_AND_DOTS)) :].lstrip(".")
    if not found:
        return False
    word = found.rstrip(".").lower()
    if len(word) == 1:  # an initial: "John F. Kennedy"
        return True
    return word in ABBREVIATIONS


def split_block(text: str) -> list[tuple[int, int]]:
    """Sentence spans within one block of text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if text[m.start()] == "." and _is_abbreviation(text[max(start, m.start() - 12) : m.start()]):
            continue
        if end > start:
            spans.append((start, end))
        start = _SPACE.match(text, end).end()
    tail = text[start:].rstrip()
    if tail:
        spans.append((start, start + len(tail)))
    return spans


def sentences(article: Article) -> list[Sentence]:
    """Every sentence of the article, headline and captions included, in order."""
    out: list[Sentence] = []
    new = tuple.__new__  # Sentence(...) without its Python-level __new__
    for block in article.blocks:
        for s, e in split_block(block.text):
            start, end = block.start + s, block.start + e
            out.append(new(Sentence, (start, end, article.text[start:end], block, len(out))))
    return out


_QUOTE_FOLDS = (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-"))


def plain_quotes(text: str) -> str:
    """Curly quotes and dashes folded to ASCII, same length (offsets survive).
    Chained str.replace: much faster than str.translate on long text."""
    for curly, straight in _QUOTE_FOLDS:
        if curly in text:
            text = text.replace(curly, straight)
    return text


def normalise(text: str) -> str:
    """A comparison key: case-folded, punctuation-free, single-spaced."""
    text = plain_quotes(text).lower()
    text = re.sub(r"[^\w\s%$]", " ", text)
    return " ".join(text.split())
