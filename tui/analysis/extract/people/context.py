"""Reading the article text around a position: whole-word search, the word before, the
capital after, sentence starts, possessives. Plain string work shared by every step."""

from __future__ import annotations

from tui.analysis.extract.people.tables import CALENDAR, CAP_STOPS, ROMAN, fold

PUNCT = "\"“”‘’'(),;:!?—–"
_GLUED_BEFORE = frozenset("-_'’")


def find_all(text: str, form: str) -> list[int]:
    """Starts of `form` as whole words (a possessive or hyphen may follow)."""
    out: list[int] = []
    n = len(form)
    if not n:
        return out
    find = text.find
    size = len(text)
    i = find(form)
    while i >= 0:
        j = i + n
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in _GLUED_BEFORE)) and (
            j >= size or not (text[j].isalnum() or text[j] == "_")
        ):
            out.append(i)
        i = find(form, j)
    return out


def word_before(text: str, pos: int) -> str:
    return text[max(0, pos - 30) : pos - 1].rsplit(" ", 1)[-1]


def after_capital(text: str, pos: int) -> bool:
    """True when `pos` follows a capitalised word in the same phrase ("Bram" in "Lake Bram")."""
    return (
        pos > 1
        and text[pos - 1] == " "
        and text[pos - 2].isalnum()
        and word_before(text, pos).lstrip('“"‘(')[:1].isupper()
    )


def next_is_capital(text: str, end: int) -> bool:
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def next_is_name(text: str, end: int) -> bool:
    """True when a capitalised word (not a day or month) follows `end`."""
    if text[end : end + 1] != " ":
        return False
    nxt = text[end + 1 : end + 16].split(" ", 1)[0].rstrip(".,;:’'s")
    return bool(nxt) and nxt[0].isupper() and fold(nxt) not in CALENDAR and fold(nxt) not in CAP_STOPS


def sentence_initial(text: str, pos: int, block_start: int) -> bool:
    i = pos - 1
    while i >= block_start and text[i] in " “\"‘'(—–-*":
        i -= 1
    return i < block_start or text[i] in ".!?:\n"


def strip_possessive(word: str) -> str:
    last = word[-1:]
    if last == "s":
        if word[-2:-1] in ("’", "'") and len(word) > 3:
            return word[:-2]
    elif last in ("’", "'") and len(word) > 2:
        return word[:-1]
    return word


def clean(word: str) -> str:
    """A token as a table looks it up: no punctuation, no possessive, lower case (the
    apostrophes stripped, a possessive is "’s" alone: strip_possessive's first case)."""
    word = word.strip(PUNCT)
    if word[-2:] in ("’s", "'s") and len(word) > 3:
        word = word[:-2]
    return word.lower()


def is_acronym(word: str) -> bool:
    """ "ICE", "NAACP", and plural ones ("MPs", "CEOs"): never a word of a person's name."""
    if word[1:2].islower():
        return False  # the cheap test first: "Jane", "Acme" (an acronym has no lower case)
    if word[-1:] == "s" and len(word) > 2:
        word = word[:-1]
    return len(word) > 1 and word.isupper() and "." not in word and word not in ROMAN
