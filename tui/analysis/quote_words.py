"""A quote's words as the comparer weighs them (quote_words): folded, editors'
insertions and punctuation dropped, number words as digits, contractions spelled out,
transcript fillers gone. Shared by the quote comparer (one statement in two wordings)
and the extractor's fingerprint of an article's words (extract/quote_runs.py), which
lets a silent source be searched for a quote's opening words."""

from __future__ import annotations

from itertools import compress, count

from tui.analysis.extract.figures.number_words import TENS, UNITS
from tui.analysis.lexicon import word_list
from tui.analysis.memo import remembered
from tui.analysis.text import plain_quotes
from tui.analysis.word_tokens import words_with_suffix
from tui.regex_cache import compiled

FILLERS = word_list("quote_fillers")  # "oh", "uh": transcript noise, not the statement's words
_INSERTION = compiled(r"\[[^\]]{0,60}\]|\([^)]{0,40}\)")


_DIGITS = {word: str(n) for word, n in {**UNITS, **TENS}.items()}
# Contractions a transcript writes one way and another outlet the other ("he's" / "he
# is"): spelled out, so they are one wording. Negations stay one word ("don't").
_CONTRACTIONS = {
    f"{pronoun}'{end}": (pronoun, full)
    for pronoun in "i you he she it we they that there what who here where".split()
    for end, full in (("s", "is"), ("re", "are"), ("ll", "will"), ("ve", "have"), ("m", "am"), ("d", "would"))
}
# A word → the words written in its place, space-separated (no word holds a space); a
# filler → none (it goes first, whatever else it might stand for).
_SPELLED_OUT = {
    **_DIGITS,
    **{w: " ".join(pair) for w, pair in _CONTRACTIONS.items()},
    **dict.fromkeys(FILLERS, ""),
}
_REWORDED = frozenset(w for w, said in _SPELLED_OUT.items() if " " in said or not said)


def folded_words(text: str) -> tuple[str, ...]:
    """The words of a quote as compared: folded, insertions and punctuation dropped,
    "don't" kept whole so a negation is one word, number words as digits ("one in
    three" and "1 in 3" are one wording: house style, not the speaker's)."""
    words = words_with_suffix(_INSERTION.sub(" ", plain_quotes(text).lower()))
    out = list(map(_SPELLED_OUT.get, words, words))  # each word or the one it stands for, in C
    if not _REWORDED.isdisjoint(words):
        # the few that stand for two words or none ("he's" → "he is", a filler → nothing),
        # found in C, replaced from the last so the places of the others hold
        for i in reversed(list(compress(count(), map(_REWORDED.__contains__, words)))):
            out[i : i + 1] = out[i].split()
    return tuple(out)


quote_words = remembered(8192)(folded_words)  # quotes recur across sources
