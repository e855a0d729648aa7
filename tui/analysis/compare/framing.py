"""Framing: loaded wording (tabloid verbs, shock adjectives, ALL-CAPS emphasis in a
headline) in one source where the others are plainer."""

from __future__ import annotations

import re
from functools import lru_cache

from tui.analysis.compare.common import STOPWORDS, label_list, silent_claims
from tui.analysis.lexicon import word_list
from tui.analysis.model import Claim, Discrepancy, Span
from tui.brief.model import HEADLINE, Article

LOADED = word_list("loaded_words")


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
    return sorted(found)


def _acronym(word: str) -> bool:
    """ICE, NATO, FEMA: upper case because it is a name, not for emphasis."""
    return len(word) <= 5 and not re.search(r"(ING|ED|S)$", word)


def framing_discrepancies(
    articles: list[Article], source_ids: list[str], lows: dict[str, str] | None = None
) -> list[Discrepancy]:
    """A source whose wording is loaded where another's is not.
    `lows`: each article's text.lower(), shared with the headline check."""
    lows = lows or {}
    terms = {a.id: loaded_terms(a, lows.get(a.id)) for a in articles}
    texts = {a.id: a.text for a in articles}
    if len(articles) < 2:
        return []
    out = []
    plain: dict[str, Claim] = {}  # a calmer source's claim is the same in every framing clash
    for article in articles:
        found = terms[article.id]
        in_head = [s for s, h in found if h]
        if not in_head and len(found) < 2:
            continue
        calmer = [a.id for a in articles if len(terms[a.id]) < len(found)]
        words = list(dict.fromkeys(article.text[s.start : s.end] for s, _ in found))
        claims = {article.id: Claim(", ".join(f"“{w}”" for w in words[:8]), [s for s, _ in found])}
        for sid in calmer:
            claim = plain.get(sid)
            if claim is None:
                theirs = terms[sid]
                plainer = list(dict.fromkeys(texts[sid][s.start : s.end] for s, _ in theirs))[:4]
                claim = plain[sid] = Claim(
                    "plainer wording" + (": " + ", ".join(f"“{w}”" for w in plainer) if plainer else ""),
                    [s for s, _ in theirs],
                )
            claims[sid] = claim
        out.append(
            Discrepancy(
                "framing",
                "medium" if in_head else "low",
                f"wording of {article.id}",
                f"{article.id} uses loaded wording ({', '.join(f'“{w}”' for w in words[:4])})"
                + (
                    f" where {label_list(calmer)} {'is' if len(calmer) == 1 else 'are'} plainer"
                    if calmer
                    else ""
                ),
                silent_claims(claims, source_ids, "—"),
            )
        )
    return out
