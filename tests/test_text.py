"""Sentence splitting: the unit every extractor reads."""

from tui.analysis.text import plain_quotes, split_block


def split(text):
    return [text[s:e] for s, e in split_block(text)]


def test_titles_initials_and_abbreviations_do_not_end_sentences():
    text = "Sen. Mara J. Olsen met Dr. Tam in Washington, D.C. on Jan. 5. Then she left the U.S. for good."
    assert split(text) == [
        "Sen. Mara J. Olsen met Dr. Tam in Washington, D.C. on Jan. 5.",
        "Then she left the U.S. for good.",
    ]


def test_plural_and_abbreviated_titles_and_places_do_not_end_sentences():
    text = (
        "Republican Sens. Ann Poe and Tim Lark met Rev. Eve Sand in Ft. Myers and Mt. Dora. "
        "Atty. Gen. Jo Marsh spoke in Kansas City, Mo. The vote came later."
    )
    assert split(text) == [
        "Republican Sens. Ann Poe and Tim Lark met Rev. Eve Sand in Ft. Myers and Mt. Dora.",
        "Atty. Gen. Jo Marsh spoke in Kansas City, Mo.",
        "The vote came later.",
    ]


def test_closing_quotes_stay_with_their_sentence():
    text = "“We are done.” She said it twice. “Really?” he asked."
    assert split(text) == ["“We are done.”", "She said it twice.", "“Really?” he asked."]


def test_decimals_and_lower_case_continuations_do_not_split():
    text = "Costs rose 2.5 percent. e.g. the port. A new sentence."
    assert split(text) == ["Costs rose 2.5 percent. e.g. the port.", "A new sentence."]


def test_text_without_final_punctuation_is_one_sentence():
    assert split("A headline with no stop") == ["A headline with no stop"]


def test_plain_quotes_keeps_offsets():
    text = "“Quote” — it’s"
    assert plain_quotes(text) == '"Quote" - it\'s'
    assert len(plain_quotes(text)) == len(text)
