"""Quoted nicknames: "the Teflon Don" in quotation marks is a nickname or a title, never a
person; after a person's name ('Jane Roe, known as "the Iron Lady,"') it is that person's
role, and inside a name ('Jane "Big Jane" Roe') it is the role of the name around it."""

from __future__ import annotations

from tui.analysis.extract.people.capitalised_run import UP
from tui.analysis.extract.people.evidence import GIVEN, Sighting
from tui.analysis.extract.people.tables import TITLE_WORDS, fold
from tui.regex_cache import compiled

_OPENING = '“"‘'
_CLOSING = '”"’'
# What may stand between an opening quotation mark and the run: "“the Teflon Don”".
_ARTICLE = ("the ", "The ")
# A nickname: up to four capitalised words, "the" before them and "of" between them
# allowed ("the Teflon Don", "Big Marco", "the Butcher of Lyon"); speech is not title-cased.
_NICK = rf"(?:the )?[{UP}][\w'’.-]*(?: (?:of |the )*[{UP}][\w'’.-]*){{0,3}}"
# A nickname inside a name: 'Marco "Big Marco" Ruiz' (the quotation mark opens the
# pattern, so the scan skips to quotation marks; the given name is read before it).
_INSIDE = compiled(rf"[“\"]({_NICK})[”\"] ([{UP}][\w'’-]*\w)")
_GIVEN_BEFORE = compiled(rf"(?<![\w'’-])([{UP}][a-z]+) $")
# A description that is a nickname: '"the Iron Lady"', 'known as "Big Marco"'.
_NICKNAME_ROLE = compiled(
    rf"(?:(?:also |better |widely )?known as |nicknamed |dubbed |called |aka )?[“\"‘]({_NICK})(?:[,.]?[”\"’]|$)"
)


def quoted_nickname(block: str, start: int, end: int, run: str, given) -> bool:
    """True when the run block[start:end] fills a quotation ('"the Teflon Don"', '"Big
    Marco"') and opens with neither a known given name nor a title ('"President Roe,"' is
    a person shouted out): a nickname or a title of a work, not a person."""
    after = block[end : end + 2]
    if not (after[:1] in _CLOSING or after[:1] in ",." and after[1:] in _CLOSING):
        return False  # the cheap test first: most runs end before a space, not a quotation mark
    if start == 0 or block[start - 1] not in _OPENING and block[start - 1] != " ":
        return False
    at = start
    for article in _ARTICLE:
        if block.startswith(article, start - len(article)):
            at = start - len(article)
            break
    if at == 0 or block[at - 1] not in _OPENING:
        return False
    low = fold(run[: run.find(" ")])
    return not (low in given or low in TITLE_WORDS)


def nickname_role(phrase: str) -> str | None:
    """The nickname a description gives: '"the Iron Lady"' and 'known as "Big Marco"'
    -> "the Iron Lady", "Big Marco"; None when the description is no quoted nickname."""
    m = _NICKNAME_ROLE.match(phrase.strip())
    return m.group(1).strip(" ,.") if m else None


def names_around_nicknames(block: str, given) -> list[Sighting]:
    """'Marco "Big Marco" Ruiz': the name around a nickname, with the nickname as its role."""
    out = []
    for m in _INSIDE.finditer(block):
        first = _GIVEN_BEFORE.search(block, max(0, m.start() - 20), m.start())
        if first and fold(first.group(1)) in given:
            name = f"{first.group(1)} {m.group(2)}"
            roles = [(m.start(1), m.group(1), False)]
            out.append(Sighting(name, first.start(), m.end(), 2, GIVEN, roles=roles))
    return out
