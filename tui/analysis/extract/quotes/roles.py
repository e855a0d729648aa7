"""Role phrases: "the prime minister said", "the seven-term congressman demands",
"the chief justice also asked" name a person through the roles the article gives its
people (PersonMention.roles from the people extractor). The holder is the person whose
roles share the most words with the phrase (its head noun or a synonym of it required:
"congressman" for "Representative", quote_role_synonyms.txt), the latest named before
the phrase on a tie. Definite role phrases outside quotes are antecedents too: "the
attorney general said he had misspoken. “…,” he said" (`role_antecedents`)."""

from __future__ import annotations

import re

from tui.analysis.extract.quotes.context import Context
from tui.analysis.extract.quotes.tokens import Named
from tui.analysis.extract.quotes.vocabulary import ROLE_NOUNS, ROLE_SYNONYMS

_ROLE_WORD = re.compile(r"[a-z]+")
# "the [up to three modifiers] noun": a definite noun phrase that may be a role ("the
# seven-term congressman", "The House speaker"); the noun is lowercase ("The Justice
# Department" is no justice).
_DEFINITE_PHRASE = re.compile(r"\b[Tt]he\s+((?:[A-Za-z][A-Za-z-]*\s+){0,3}[a-z]+)\b")


def _words_of(role: str) -> set[str]:
    return set(_ROLE_WORD.findall(role.lower()))


def role_holder(ctx: Context, phrase: list[str], pos: int) -> Named | None:
    """The person the role phrase (its lowercase words, head noun last) names: the one
    whose roles share the head noun (or a synonym) and most other words, mentioned before
    pos (outside quotes). Their last such mention, with their name."""
    noun = phrase[-1].lower()
    heads = ROLE_SYNONYMS.get(noun, frozenset()) | {noun}
    mods = {w.lower() for w in phrase[:-1]}
    best: tuple[int, int, int, int] | None = None  # score, start, end, person
    for pi in ctx.real:
        p = ctx.people[pi]
        score = 0
        for r in p.roles:
            words = _words_of(r)
            if words & heads:
                score = max(score, 1 + len(words & mods))
        if not score:
            continue
        at = [sp for sp in p.spans if sp.end <= pos and not ctx.inside_quote(sp.start)]
        if at and (best is None or (score, at[-1].start) > best[:2]):
            best = (score, at[-1].start, at[-1].end, pi)
    if best is None:
        return None
    return best[1], best[2], ctx.people[best[3]].name


def role_antecedents(ctx: Context) -> list[Named]:
    """Every definite role phrase of the article outside quotes, with the person it
    names: (start, end, name), sorted. Found once per article."""
    if ctx.role_named is None:
        found: list[Named] = []
        if any(ctx.people[pi].roles for pi in ctx.real):
            for m in _DEFINITE_PHRASE.finditer(ctx.text):
                phrase = role_phrase(m.group(1).split())
                if not phrase or ctx.inside_quote(m.start()) or ctx.text.startswith(("’s", "'s"), m.end()):
                    continue  # "the president’s adviser" is the adviser
                holder = role_holder(ctx, phrase, m.start())
                if holder is not None:
                    end = m.start(1) + len(" ".join(phrase))
                    found.append((m.start(), end, holder[2]))
        ctx.role_named = found
    return ctx.role_named


def role_phrase(words: list[str]) -> list[str]:
    """The words up to the (lowercase) role noun ending a run of them, lowercased: "chief
    justice also asked" -> "chief justice", "House speaker" -> "house speaker"; [] without
    one."""
    for j, w in enumerate(words):
        if w in ROLE_NOUNS and (j + 1 == len(words) or words[j + 1].lower() not in ROLE_NOUNS):
            return [x.lower() for x in words[: j + 1]]
    return []
