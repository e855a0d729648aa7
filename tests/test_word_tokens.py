"""The fingerprints' word splitting (tui/analysis/word_tokens.py) gives exactly what its
regular expressions find, on any text: the wire and quote runs hash these words, so
one word cut differently would change which sources share copy or write a quote."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis.word_tokens import WORD, WORD_WITH_SUFFIX, alnum_words, words_with_suffix

# The characters where the two ways could part: apostrophes (straight and curly), letters
# and digits on either side of them, the placeholder the splitter uses inside words,
# non-ASCII letters and digits, and every kind of space.
RISKY = "ab'’\x01z09-é\u0663İ \n\t\u00a0\u2028."


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("it's the mayor's view", ["it's", "the", "mayor's", "view"]),
        ("rock'n'roll", ["rock'n", "roll"]),  # one suffix a word: the second apostrophe parts
        ("it's9 lives", ["it's", "9", "lives"]),  # the suffix is letters: a digit starts anew
        ("'tis the dogs' 5'10\"", ["tis", "the", "dogs", "5", "10"]),
        ("café 3,000 e-mail", ["caf", "3", "000", "e", "mail"]),  # ASCII letters and digits only
        ("a\x01b it's", ["a", "b", "it's"]),  # a text holding the placeholder itself
        ("", []),
    ],
)
def test_words_with_suffix_splits_as_the_pattern_does(text, words):
    assert words_with_suffix(text) == words == re.findall(WORD_WITH_SUFFIX, text)


def test_alnum_words_are_the_runs_of_letters_and_digits():
    text = "The worst\u00a0since 1929—it's “official”\n(AP)".lower()
    assert alnum_words(text) == ["the", "worst", "since", "1929", "it", "s", "official", "ap"]
    assert alnum_words(text) == re.findall(WORD, text)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=RISKY, max_size=40) | st.text(max_size=40))
def test_both_splitters_equal_their_patterns_on_any_text(text):
    assert words_with_suffix(text) == re.findall(WORD_WITH_SUFFIX, text)
    assert alnum_words(text) == re.findall(WORD, text)
    low = text.lower()  # as the fingerprints call them: on lowered text
    assert words_with_suffix(low) == re.findall(WORD_WITH_SUFFIX, low)
    assert alnum_words(low) == re.findall(WORD, low)
