"""Headline support: a headline phrase naming something that its own body never uses
("… STUNS Sanctuary Cities" over a body without a sanctuary city)."""

from __future__ import annotations

import re

from tui.analysis.compare.common import STOPWORDS, offsets_kept, silent_claims, stem
from tui.analysis.compare.framing import LOADED
from tui.analysis.model import Claim, Discrepancy, Span
from tui.brief.model import HEADLINE, Article

# Compound headline words whose second half adds nothing to check: "Trump-Backed".
_HEADLINE_SUFFIXES = ("backed", "led", "linked", "based", "funded", "owned", "related", "style", "era")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _in_body(word: str, body: str) -> bool:  # body lower-cased by the caller
    """Does the body use a word with this word's stem? A prefix search in C, not a
    stemming pass over every body word (it errs towards 'yes': risk for rising)."""
    prefix = stem(word)
    at = body.find(prefix)
    while at != -1:
        if at == 0 or not body[at - 1].isalnum():
            return True
        at = body.find(prefix, at + 1)
    return False


def headline_discrepancies(
    articles: list[Article], source_ids: list[str], lows: dict[str, str] | None = None
) -> list[Discrepancy]:
    """A headline phrase of two or more content words that its body never uses.
    `lows`: each article's text.lower(), shared with the framing check."""
    out = []
    for article in articles:
        head = next((b for b in article.blocks if b.kind == HEADLINE), None)
        if head is None:
            continue
        low = lows.get(article.id) if lows else None
        if low is not None and offsets_kept(article.text, low):
            body = low[head.end :]
        else:
            body = article.text[head.end :].lower()
        words_in_head = _WORD.findall(head.text)
        title_case = sum(w[0].isupper() for w in words_in_head) > len(words_in_head) / 2
        runs: list[list[re.Match]] = [[]]
        for m in _WORD.finditer(head.text):
            word = m.group()
            low = word.lower().rstrip("’'s")
            prev = head.text[m.start() - 1] if m.start() else " "
            if prev == "-" and low in _HEADLINE_SUFFIXES:
                continue
            supported = low in STOPWORDS or len(low) < 3 or _in_body(word, body)
            if supported or low in LOADED:
                runs.append([])
            else:
                runs[-1].append(m)
        # In a sentence-case headline only runs naming something (a capital) are claims.
        phrases = [r for r in runs if len(r) >= 2 and (title_case or any(m.group()[0].isupper() for m in r))]
        if not phrases:
            continue
        spans = [Span(head.start + r[0].start(), head.start + r[-1].end()) for r in phrases]
        words = [article.text[s.start : s.end] for s in spans]
        claims = {article.id: Claim("headline: " + ", ".join(f"“{w}”" for w in words), spans)}
        out.append(
            Discrepancy(
                "headline",
                "medium",
                f"headline of {article.id}",
                f"{article.id}'s headline says {', '.join(f'“{w}”' for w in words)}; its body never does",
                silent_claims(claims, source_ids, "—"),
            )
        )
    return out
