"""The fingerprint of an article's own copy: its runs of eight words outside quotation
marks, one run in SAMPLE kept (chosen by the run's first word, so two copies of a text
keep the same runs). Words inside quotation marks are the speaker's, which every outlet
at an interview records alike: they are left out. The comparer (compare/origins.py)
joins sources that share a large part of these runs: syndicated wire copy.

A run is kept as its hash, not its words, and the hashes as one array of machine
integers: the comparer only counts the runs two sources share, and eight-word tuples
(with every word they hold) were most of an article's facts in memory."""

from __future__ import annotations

import zlib
from array import array

from tui.analysis.memo import table
from tui.analysis.word_tokens import alnum_words
from tui.regex_cache import compiled

RUN = 8  # words in a run
SAMPLE = 4  # keep one run in SAMPLE: the share is estimated, the cost quartered
_QUOTED = compiled(r"[“\"][^“”\"\n]*[”\"]")  # no opening mark inside: linear time
_ANCHOR: dict[str, bool] = table()  # word → does a kept run start at it (crc32: the same every run)


def sampled_runs(text: str) -> array:
    """The distinct kept runs' hashes, as an array of signed 64-bit integers, in no order:
    the comparer counts the runs two sources share, whatever their order."""
    words = alnum_words(_QUOTED.sub(" ", text).lower())
    anchor = _ANCHOR
    for w in set(words).difference(anchor):  # each new word weighed once, ever
        anchor[w] = zlib.crc32(w.encode()) % SAMPLE == 0
    last = len(words) - RUN + 1
    kept = {hash(tuple(words[i : i + RUN])) for i, w in enumerate(words[:last]) if anchor[w]}
    return array("q", kept)
