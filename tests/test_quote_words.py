"""A quote's words as the comparer weighs them (tui/analysis/quote_words.py): the
spelled-out forms go in at their place, whatever stands around them."""

from tui.analysis.quote_words import folded_words, quote_words


def test_contractions_number_words_and_fillers_in_place():
    assert folded_words("Uh, he's sure [the mayor] said it's one in three, and we don't know.") == (
        "he",
        "is",
        "sure",
        "said",
        "it",
        "is",
        "1",
        "in",
        "3",
        "and",
        "we",
        "don't",
        "know",
    )


def test_fillers_and_contractions_at_either_end_and_side_by_side():
    assert folded_words("Oh, uh, they're here — we've, um, seen that's it, uh") == (
        "they",
        "are",
        "here",
        "we",
        "have",
        "seen",
        "that",
        "is",
        "it",
    )


def test_curly_apostrophes_and_straight_ones_are_one_wording():
    assert folded_words("“She’s leaving,” he said.") == folded_words('"She\'s leaving," he said.')
    assert folded_words("She’s leaving") == ("she", "is", "leaving")


def test_a_text_of_fillers_alone_has_no_words():
    assert folded_words("Uh, um, oh.") == ()
    assert folded_words("") == ()


def test_quote_words_is_folded_words_remembered():
    text = "We're not done, two more to go."
    assert quote_words(text) == folded_words(text) == ("we", "are", "not", "done", "2", "more", "to", "go")
