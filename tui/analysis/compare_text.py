"""Checks on one source's wording against the brief: headline support, loaded
language, stale dates. Each yields discrepancies with spans to jump to."""

from __future__ import annotations

import re
from functools import lru_cache

from tui.analysis.compare_common import STOPWORDS, label_list, offsets_kept, silent_claims, stem
from tui.analysis.model import Claim, DateMention, Discrepancy, Span
from tui.brief.model import HEADLINE, Article

# Tabloid and opinion vocabulary: verbs of conflict, shock adjectives, contempt nouns.
LOADED = frozenset(
    [
        "slam",
        "slams",
        "slammed",
        "blast",
        "blasts",
        "blasted",
        "boot",
        "boots",
        "booted",
        "rip",
        "rips",
        "ripped",
        "torch",
        "torches",
        "torched",
        "destroy",
        "destroys",
        "destroyed",
        "obliterate",
        "obliterates",
        "obliterated",
        "crush",
        "crushes",
        "crushed",
        "eviscerate",
        "eviscerates",
        "stun",
        "stuns",
        "stunned",
        "stunning",
        "shock",
        "shocks",
        "shocked",
        "shocking",
        "chilling",
        "staggering",
        "outrageous",
        "outrage",
        "disgraceful",
        "shameful",
        "disastrous",
        "disaster",
        "catastrophic",
        "bombshell",
        "explosive",
        "meltdown",
        "humiliating",
        "humiliates",
        "humiliated",
        "scathing",
        "furious",
        "fury",
        "rage",
        "raging",
        "thugs",
        "puppet",
        "sluggish",
        "purge",
        "purges",
        "purged",
        "onslaught",
        "horde",
        "hordes",
        "swamp",
        "bureaucrats",
        "elites",
        "unhinged",
        "insane",
        "crazy",
        "lunatic",
        "woke",
        "tyranny",
        "tyrannical",
        "draconian",
        "heroic",
        "traitor",
        "traitors",
    ]
)
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


def _story_year(articles: list[Article], dates: list[DateMention]) -> int | None:
    years = [int(a.published[:4]) for a in articles if a.published]
    years += [d.year for d in dates if d.year and not d.in_caption]
    return max(years) if years else None


def date_discrepancies(
    articles: list[Article], dates: list[DateMention], source_ids: list[str]
) -> list[Discrepancy]:
    """Caption dates older than the story, and sources published far apart."""
    out = []
    story_year = _story_year(articles, dates)
    for d in dates:
        if not d.in_caption or not d.year:
            continue
        if story_year is not None and d.year >= story_year - 1:
            continue
        context = (
            f"the story's other dates are from {story_year}"
            if story_year
            else "nothing else in the brief dates the story then"
        )
        out.append(
            Discrepancy(
                "date",
                "medium",
                f"caption dated {d.text}",
                f"A photo caption in {d.source} is dated {d.text}; {context}: the image may be stale",
                silent_claims(
                    {d.source: Claim(f"caption: {d.text}", [Span(d.start, d.end)])}, source_ids, "—"
                ),
            )
        )
    published = {a.id: a.published for a in articles if a.published}
    if len(set(published.values())) > 1:
        ordered = sorted(published.items(), key=lambda kv: kv[1])
        first, last = ordered[0], ordered[-1]
        if _days_between(first[1], last[1]) > 7:
            out.append(
                Discrepancy(
                    "date",
                    "medium",
                    "publication dates",
                    f"{first[0]} was published {first[1]}, {last[0]} on {last[1]}: more than a week apart",
                    silent_claims(
                        {sid: Claim(f"published {day}") for sid, day in published.items()},
                        source_ids,
                        "no date",
                    ),
                )
            )
    return out


def _days_between(a: str, b: str) -> int:
    from datetime import date

    return abs((date.fromisoformat(b) - date.fromisoformat(a)).days)
