"""An article's words for its fingerprints (wire runs, quote runs), split in C.

A regex scan for words tries its pattern at every character. Here every byte of the
text's UTF-8 that cannot be in a word becomes a space (`bytes.translate`) and
`str.split` cuts the rest: passes in C, two to three times faster over an article. The
words are those the regular expressions below find, in any text (a property test holds
them to it).
"""

from __future__ import annotations

import string

from tui.regex_cache import compiled

WORD = r"[a-z0-9]+"  # what alnum_words finds
WORD_WITH_SUFFIX = r"[a-z0-9]+(?:'[a-z]+)?"  # what words_with_suffix finds: "it's", "trump's"

_KEPT = (string.ascii_lowercase + string.digits).encode()
_SUFFIX_MARK = "\x01"  # an apostrophe inside a word, while the others become spaces
# Byte tables for the text's UTF-8: a kept byte stays, any other becomes a space. Every
# byte of a non-ASCII character is 0x80 or above, so it parts words as the patterns'
# ASCII classes do, and what is left decodes as ASCII.
_ALNUM = bytes(b if b in _KEPT else 0x20 for b in range(256))
_WITH_SUFFIX = _ALNUM[:1] + b"'" + _ALNUM[2:]
# An apostrophe after a letter or digit and before a letter: where WORD_WITH_SUFFIX goes
# on past it ("it's"). Found by its literal, so the scan skips to each apostrophe in C.
_INNER_APOSTROPHE = compiled(r"'(?<=[a-z0-9]')(?=[a-z])")
# A word ends after its suffix's letters: an apostrophe or digit right after them starts
# anew ("rock'n'roll" is "rock'n" and "roll", "it's9" is "it's" and "9").
_AFTER_SUFFIX = compiled(r"(\x01[a-z]+)(?:\x01|(?=[0-9]))")
_WORD_WITH_SUFFIX = compiled(WORD_WITH_SUFFIX)


def alnum_words(text: str) -> list[str]:
    """re.findall(WORD, text): the runs of ASCII lower-case letters and digits."""
    return _split(text, _ALNUM)


def words_with_suffix(text: str) -> list[str]:
    """re.findall(WORD_WITH_SUFFIX, text): runs of letters and digits, each with the
    letters after one inner apostrophe ("don't", "the mayor's")."""
    if _SUFFIX_MARK in text:  # the mark is the text's own: scanned by the pattern instead
        return _WORD_WITH_SUFFIX.findall(text)
    if "'" in text:
        text = _AFTER_SUFFIX.sub(r"\1 ", _INNER_APOSTROPHE.sub(_SUFFIX_MARK, text))
    return _split(text, _WITH_SUFFIX)


def _split(text: str, table: bytes) -> list[str]:
    # surrogatepass: a lone surrogate (never in a well-formed file) is bytes >= 0x80 too
    return text.encode("utf-8", "surrogatepass").translate(table).decode("ascii").split()
