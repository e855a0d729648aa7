"""Framing: loaded wording in a source's own voice where the other sources use less of it.

Loaded wording is tabloid and opinion vocabulary (`lexicon/data/loaded_words.txt`:
verbs of conflict, shock adjectives, contempt nouns), a writer's own judgement
(`editorial_words.txt`: "dire", "debatable") and ALL-CAPS emphasis in a headline. Words
inside quotation marks are the speaker's, not the outlet's, and do not count. A source
is reported when its headline has such a word, or its text two different ones, and
every other source uses at most half as many; the report quotes the sentence they sit
in, and for each other source its headline, so a reader sees the contrast."""

from __future__ import annotations

import re
from functools import lru_cache

from tui.analysis.compare.common import STOPWORDS, label_list, shorten, silent_claims
from tui.analysis.compare.context import Context
from tui.analysis.compare.ids import finding_id
from tui.analysis.lexicon import word_list
from tui.analysis.model import Claim, Discrepancy, Span
from tui.brief.model import HEADLINE, Article

LOADED = word_list("loaded_words") | word_list("editorial_words")


@lru_cache(maxsize=256)
def _words_pattern(words: frozenset[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)


_PUNCT = "\"'“”‘’.,;:!?()[]{}—–-…*_"
_LOADED_BYTES = frozenset(w.encode() for w in LOADED)  # all lower-case ASCII letters
_LETTER_RUNS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))  # a-z kept, rest space
_CAPS_RE = re.compile(r"\b[A-Z][A-Z'’]{3,}\b")


def loaded_terms(article: Article, low: str | None = None) -> list[tuple[Span, bool]]:
    """Loaded words with whether each sits in the headline; ALL-CAPS emphasis in the
    headline counts, unless the body writes the word as a name ("CALDERA": "Caldera").
    `low`: article.text.lower(), when the caller has it already."""
    found = []
    if low is None:
        low = article.text.lower()
    hits = ()
    # Most articles use no loaded word: letter runs, split in C, rule that out before
    # the exact (and dearer) per-word check. A hit is always one of these runs.
    runs = low.encode("utf-8", "surrogatepass").translate(_LETTER_RUNS).split()
    if not _LOADED_BYTES.isdisjoint(runs):
        words = {w.strip(_PUNCT) for w in set(low.split())}
        hits = LOADED.intersection(words)
    if hits:
        pattern = _words_pattern(frozenset(hits))
        for block in article.blocks:
            for m in pattern.finditer(block.text):
                found.append((Span(block.start + m.start(), block.start + m.end()), block.kind == HEADLINE))
    for block in article.blocks:
        if block.kind != HEADLINE:
            continue
        for m in _CAPS_RE.finditer(block.text):
            word = m.group()
            if word.lower() in LOADED or word.lower() in STOPWORDS or _acronym(word):
                continue
            if re.search(rf"\b{re.escape(word.capitalize())}\b", article.text[block.end :]):
                continue
            found.append((Span(block.start + m.start(), block.start + m.end()), True))
    return sorted(s for s in found if not _quoted(article, s[0]))


def _acronym(word: str) -> bool:
    """ICE, NATO, FEMA: upper case because it is a name, not for emphasis."""
    return len(word) <= 5 and not re.search(r"(ING|ED|S)$", word)


_QUOTED = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"|‘[^‘’\n]{3,}’(?!\w)|(?<!\w)'[^'\n]{3,80}'(?!\w)")


def _quoted(article: Article, span: Span) -> bool:
    """Is the span inside quotation marks in its block (the speaker's words)?"""
    for block in article.blocks:
        if block.start <= span.start < block.end:
            for m in _QUOTED.finditer(block.text):
                if block.start + m.start() < span.start and span.end <= block.start + m.end():
                    return True
            return False
    return False


def _headline_text(article: Article) -> str | None:
    head = next((b for b in article.blocks if b.kind == HEADLINE), None)
    return head.text if head else None


def framing_discrepancies(articles: list[Article], ctx: Context) -> list[Discrepancy]:
    """A source whose own wording is loaded where the others' is not."""
    if len(articles) < 2:
        return []
    terms = {a.id: loaded_terms(a, ctx.low(a.id)) for a in articles}
    texts = {a.id: a.text for a in articles}
    out = []
    for article in articles:
        found = terms[article.id]
        words = list(dict.fromkeys(article.text[s.start : s.end] for s, _ in found))
        others = [a for a in articles if a.id != article.id]
        theirs_all = {texts[o.id][s.start : s.end].lower() for o in others for s, _ in terms[o.id]}
        in_head = [s for s, h in found if h and texts[article.id][s.start : s.end].lower() not in theirs_all]
        distinct = {w.lower() for w in words}
        if not in_head and (len(distinct) < 2 or any(2 * len(terms[a.id]) > len(found) for a in others)):
            continue
        first = min(s for s, _ in found)
        sentence = ctx.sentence_at(article.id, first.start)
        shown = ", ".join(f"“{w}”" for w in words[:8])
        if sentence is not None and not in_head:
            shown += f" — in “{shorten(sentence.text, 200)}”"
        claims = {article.id: Claim(shown, [s for s, _ in found])}
        for other in others:
            theirs = list(dict.fromkeys(texts[other.id][s.start : s.end] for s, _ in terms[other.id]))[:4]
            head = _headline_text(other)
            text = f"headline: “{head}”" if in_head and head else "none of this wording"
            if theirs:
                text += "; uses " + ", ".join(f"“{w}”" for w in theirs)
            claims[other.id] = Claim(text, [s for s, _ in terms[other.id]])
        calmer = [a.id for a in others if len(terms[a.id]) < len(found)]
        where = "headline" if in_head else "wording"
        out.append(
            Discrepancy(
                "framing",
                "medium" if in_head else "low",
                f"{where} of {article.id}",
                f"{article.id}'s {where} is loaded ({', '.join(f'“{w}”' for w in words[:4])})"
                + (
                    f" where {label_list(calmer)} {'uses' if len(calmer) == 1 else 'use'} less of it"
                    if calmer
                    else f"; {label_list([a.id for a in others])} never {'uses' if len(others) == 1 else 'use'} these words"
                ),
                silent_claims(claims, ctx.source_ids, "—"),
                id=finding_id("framing", article.id, "loaded wording", [article.id]),
                predicate="loaded wording",
            )
        )
    return out
