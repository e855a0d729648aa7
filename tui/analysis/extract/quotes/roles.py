"""Role phrases: "the prime minister said", "the seven-term congressman demands",
"the chief justice also asked" name a person through the roles the article gives its
people (PersonMention.roles from the people extractor). The holder is the person whose
roles share the most words with the phrase (its head noun or a synonym of it required:
"congressman" for "Representative", quote_role_synonyms.txt), the latest named before
the phrase on a tie. Definite role phrases outside quotes are antecedents too: "the
attorney general said he had misspoken. “…,” he said" (`role_antecedents`)."""

from __future__ import annotations

from tui.analysis.extract.quotes.context import Context
from tui.analysis.extract.quotes.tokens import Named
from tui.analysis.extract.quotes.vocabulary import ROLE_NOUNS, ROLE_SYNONYMS
from tui.analysis.memo import remembered
from tui.regex_cache import compiled

_ROLE_WORD = compiled(r"[a-z]+")
# "the [up to three modifiers] " before a role noun: a definite noun phrase that may be a
# role ("the seven-term congressman", "The House speaker"); the noun is lowercase ("The
# Justice Department" is no justice).
_NEXT_WORD = compiled(r"\s+([a-z]+)")

_MODIFIERS = compiled(r"(?:[A-Za-z][A-Za-z-]*\s+){0,3}")


@remembered(None)
def _words_of(role: str) -> frozenset[str]:
    return frozenset(_ROLE_WORD.findall(role.lower()))


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
        at = next((sp for sp in reversed(p.spans) if sp.end <= pos and not ctx.inside_quote(sp.start)), None)
        if at is not None and (best is None or (score, at.start) > best[:2]):
            best = (score, at.start, at.end, pi)
    if best is None:
        return None
    return best[1], best[2], ctx.people[best[3]].name


def role_antecedents(ctx: Context) -> list[Named]:
    """Every definite role phrase of the article outside quotes, with the person it
    names: (start, end, name), sorted. Found once per article, looking only for the role
    nouns (and their synonyms) of the roles its people hold."""
    if ctx.role_named is None:
        heads: set[str] = set()
        for pi in ctx.real:
            for r in ctx.people[pi].roles:
                for w in _words_of(r) & ROLE_NOUNS:
                    heads |= ROLE_SYNONYMS.get(w, frozenset()) | {w}
        found: list[Named] = []
        text = ctx.text
        for head in heads:
            at = text.find(head)
            while at != -1:
                end = at + len(head)
                phrase_at = _definite_start(text, at, end)
                if phrase_at is not None and not ctx.inside_quote(phrase_at):
                    phrase = role_phrase([*text[phrase_at + 4 : at].split(), head])
                    holder = role_holder(ctx, phrase, phrase_at) if phrase and phrase[-1] == head else None
                    if holder is not None:
                        found.append((phrase_at, end, holder[2]))
                at = text.find(head, end)
        ctx.role_named = sorted(found)
    return ctx.role_named


def _definite_start(text: str, at: int, end: int) -> int | None:
    """Where "the" opens the role phrase whose noun is text[at:end], if it does: the noun
    a whole word, up to three words after "the"; not "the president’s adviser", not
    "attorney" of "the attorney general"."""
    if (at and text[at - 1].isalnum()) or text[end : end + 1].isalnum() or text.startswith(("’s", "'s"), end):
        return None
    nxt = _NEXT_WORD.match(text, end)
    if nxt is not None and nxt.group(1) in ROLE_NOUNS:
        return None
    lo = max(0, at - 60)
    i = max(text.rfind("the ", lo, at), text.rfind("The ", lo, at))
    if i == -1 or (i and text[i - 1].isalnum()) or not _MODIFIERS.fullmatch(text, i + 4, at):
        return None
    return i


def role_phrase(words: list[str]) -> list[str]:
    """The words up to the (lowercase) role noun ending a run of them, lowercased: "chief
    justice also asked" -> "chief justice", "House speaker" -> "house speaker"; [] without
    one."""
    for j, w in enumerate(words):
        if w in ROLE_NOUNS and (j + 1 == len(words) or words[j + 1].lower() not in ROLE_NOUNS):
            return [x.lower() for x in words[: j + 1]]
    return []
