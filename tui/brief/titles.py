"""A brief's title when it names none: the story's name its headlines share. Apart from
`newsbrief new` (which also uses it), so that loading a folder imports none of the
converters."""

from __future__ import annotations

import re

from tui.analysis.lexicon import word_list

_SMALL_WORDS = word_list("headline_small_words")


def common_title(headlines: list[str]) -> str | None:
    """The longest run of words all headlines share (two or more, not all small words),
    written as the first headline has it: the story's name when it is obvious."""
    heads = [h for h in headlines if h.strip()]
    if len(heads) < 2:
        return None

    def words(h: str) -> list[str]:
        return re.findall(r"[\w’'-]+", h)

    first = words(heads[0])
    others = [" " + " ".join(w.lower() for w in words(h)) + " " for h in heads[1:]]
    best: list[str] = []
    for i in range(len(first)):
        for j in range(len(first), i + 1, -1):
            if j - i <= len(best):
                break
            run = first[i:j]
            key = " " + " ".join(w.lower() for w in run) + " "
            if all(key in o for o in others) and any(w.lower() not in _SMALL_WORDS for w in run):
                while run and run[-1].lower() in _SMALL_WORDS:
                    run = run[:-1]
                while run and run[0].lower() in _SMALL_WORDS:
                    run = run[1:]
                if len(run) >= 2 and len(run) > len(best):
                    best = run
                break
    if not best:
        return None
    return " ".join(best)
