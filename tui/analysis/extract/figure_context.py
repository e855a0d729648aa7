"""What each figure's sentence is about, for aligning figures across sources: the
content words of its sentence and of the sentence before it in the same paragraph,
without numbers or verbs of reporting ("said" is in every sentence of news). And the
numbers an article writes where no figure was found, so a source whose figure lost its
counted thing is not called silent about that value."""

from __future__ import annotations

from bisect import bisect_right

from tui.analysis.extract.dates import number_tokens, plain_text
from tui.analysis.lexicon import word_list
from tui.analysis.model import Figure
from tui.analysis.text import Sentence
from tui.analysis.words import content_words
from tui.regex_cache import compiled

REPORTING = content_words(" ".join(word_list("reporting_verbs")))
# A number as written: "[$€£]?\d[\d,.]*%?", spelled to start with a character class (a
# pattern that opens with an optional currency sign is tried at every position; this one
# is scanned for its first character in C): a currency sign needs a digit after it.
_NUMBER = compiled(r"[$€£\d](?:(?<=[$€£])\d|(?<=\d))[\d,.]*%?")


def add_context(figures: list[Figure], sents: list[Sentence]) -> None:
    """Set each figure's `context`: computed once per sentence, shared by its figures.
    Content words are letters only, so the numbers are left out already."""
    starts = [s.start for s in sents]
    done: dict[int, frozenset[str]] = {}
    for f in figures:
        i = bisect_right(starts, f.start) - 1
        words = done.get(i)
        if words is None:
            if i < 0:
                words = content_words(f.sentence)
            else:
                words = content_words(sents[i].text)
                if i > 0 and sents[i - 1].block is sents[i].block:
                    words = words | content_words(sents[i - 1].text)
            # No number is among them: content words are runs of letters (words.py).
            words = done[i] = words - REPORTING
        f.context = words


def loose_numbers(text: str, figures: list[Figure]) -> frozenset[str]:
    """The numbers the text writes outside every figure found, as written.

    Every digit is inside one of dates.number_tokens (digits with ".,:/", already found
    for the figures), and a number's currency sign is right before its token's first
    digit: so _NUMBER is read token by token, from the character before it to the one
    after it (a "%"), not scanned for over the whole text (most of which holds none)."""
    spans = sorted((f.start, f.end) for f in figures)
    starts = [s for s, _ in spans]
    found = set()
    done = 0  # where the last number ended: matches never overlap
    for p, e in number_tokens(plain_text(text)):  # plain_text keeps every offset
        for m in _NUMBER.finditer(text, max(p - 1, done), e + 1):
            at = m.start()
            i = bisect_right(starts, at) - 1
            if i < 0 or at >= spans[i][1]:
                found.add(m.group().rstrip(".,"))
            done = m.end()
    return frozenset(found)
