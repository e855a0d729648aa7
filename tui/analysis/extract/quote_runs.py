"""The fingerprint of an article's words as quotes are compared (quote_words): every
run of OPENING folded words, hashed, in one array of machine integers. The
comparer looks in it for a quote's opening words when the extractor found a source
silent on that speaker (the source may write the words without quotation
marks, or credit them to no one): one set lookup per run, instead of folding every
text of the brief again to compare its runs of words.

The hashes are this process's own (Python's hash of a tuple of words), as the wire-copy
runs' are: facts are compared in the process that extracted them."""

from __future__ import annotations

from array import array

from tui.analysis.quote_words import folded_words

OPENING = 6  # a quote's opening words: what the comparer searches silent sources for


def quote_runs(text: str) -> array:
    """The hashes of every run of OPENING folded words of the text, as an array of
    signed 64-bit integers (a few kilobytes an article, not its words), in no order and
    not made distinct (a run that recurs is rare, and a set to drop it costs more than
    it saves): the comparer only asks which of the runs it wants are among them."""
    words = folded_words(text)
    return array("q", list(map(hash, zip(*(words[k:] for k in range(OPENING)), strict=False))))
