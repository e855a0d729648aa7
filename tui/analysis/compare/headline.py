"""Headlines against the brief.

- Unsupported: a run of headline words, or a number, that neither its own body nor any
  other source uses ("… STUNS Sanctuary Cities" where no text mentions a sanctuary
  city). A word is supported when a word with its stem stands anywhere in the brief's
  texts, also as the end of a compound ("Suit" in "lawsuit"); a year also when a text
  gives it by arithmetic ("two years prior" to 2010: compare/implied_years.py).
  Placeholders ("VIDEO", "UPDATE"), a listicle's count ("5 takeaways from …"), shouted
  emphasis (framing's business) and the second half of a compound adjective
  ("Trump-Backed") are never claims.
- Contradicting: two headlines give one subject opposite stances, one conceding ("open
  to", "willing to") and one resisting ("pushes back", "rejects") — see
  `lexicon/data/headline_stances.txt`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.analysis.compare.common import STOPWORDS, label_list, silent_claims, stem
from tui.analysis.compare.context import Context
from tui.analysis.compare.ids import finding_id
from tui.analysis.compare.implied_years import YEAR, implied_years
from tui.analysis.compare.verdicts import decide, odd_one_out
from tui.analysis.extract.figures.not_counts import LIST_NOUNS
from tui.analysis.extract.figures.number_words import UNITS
from tui.analysis.extract.loaded_wording import LOADED
from tui.analysis.extract.people.tables import fold, given_names
from tui.analysis.lexicon import entries, word_list
from tui.analysis.model import Claim, Discrepancy, Span
from tui.analysis.text import longest_first
from tui.brief.model import HEADLINE, Article
from tui.regex_cache import compiled

PLACEHOLDERS = word_list("headline_placeholders")
PREPOSITIONS = word_list("prepositions")
# Compound headline words whose second half adds nothing to check: "Trump-Backed".
_HEADLINE_SUFFIXES = ("backed", "led", "linked", "based", "funded", "owned", "related", "style", "era")
_WORD = compiled(r"[A-Za-z][A-Za-z'’]*|\$?\d[\d,.]*%?")


def _stances() -> dict[str, str]:
    out = {}
    for line in entries("headline_stances"):
        stance, _, phrase = line.partition(":")
        out[phrase.strip()] = stance.strip()
    return out


STANCES = _stances()
_STANCE = compiled(r"\b(" + "|".join(re.escape(p) for p in longest_first(STANCES)) + r")\b", re.I)


_NUMBER_WORDS = {str(n): word for word, n in UNITS.items()}
_FEW_LEFT = 24  # unfound stems: with no more, a substring test per stem is cheaper than reading a body
_TEXT_WORD = compiled(r"[a-z0-9$][a-z0-9'’,.%-]*")


class Vocabulary:
    """Which sources use a word beginning with a headline word's stem, or holding it
    inside a compound (a stem of four letters or more: "suit" in "lawsuit"): bodies and
    headlines apart, so a headline is checked against its own body and every other
    source, never itself. Each text is read once, for the stems the headlines need."""

    def __init__(self, articles: list[Article], ctx: Context, needed: set[str]):
        self.body: set[str] = set()  # stems some body uses
        self.head: dict[str, list[str]] = {}  # stem → up to two sources whose headline uses it
        self.heads: dict[str, str] = {}  # source → its headline, lower-cased
        self._chunks: set[str] = set()  # every body's space-separated chunks, each once
        self._bodies: str | None = None  # those chunks joined, made when first asked
        lengths = sorted({len(n) for n in needed})

        def prefixes(w: str) -> tuple[str, ...]:
            return tuple(w[:n] for n in lengths if n <= len(w) and w[:n] in needed)

        head_hits: dict[str, tuple[str, ...]] = {}
        # The needed stems the bodies begin words with. The body words of all sources,
        # each distinct one once: sources on one story share most of their words (no
        # word holds a space, so the distinct space-separated chunks hold every word).
        # They are weighed after 8, 16, 32, … bodies (while few stems are left to find,
        # else only at the end): once fewer than _FEW_LEFT are left unfound, a
        # body that holds none of them as a substring is not read at all (a word
        # beginning with a stem holds it). _stems_begun of a union is the union of each,
        # and each weighing looks only for the stems still unfound.
        weighed = self._chunks
        chunks: set[str] = set()  # read, not weighed yet
        paragraphs: set[str] = set()  # read: a paragraph of wire copy is split once
        remaining = set(needed)
        starts = {n[:2] for n in needed}

        def weigh() -> None:
            new = chunks - weighed
            weighed.update(new)
            chunks.clear()
            if not remaining:
                return
            begun = _stems_begun(set(_TEXT_WORD.findall(" ".join(new))), remaining, starts)
            self.body.update(begun)
            remaining.difference_update(begun)

        checkpoint = 8
        for i, a in enumerate(articles, 1):
            low = ctx.low(a.id)
            head = _headline(a)
            cut = head.end if head is not None and head.start == 0 else 0
            body = low[cut:]
            self.heads[a.id] = low[:cut]
            if remaining and (len(remaining) > _FEW_LEFT or any(s in body for s in remaining)):
                for paragraph in body.split("\n\n"):
                    if paragraph not in paragraphs:
                        paragraphs.add(paragraph)
                        chunks.update(paragraph.split())
            if i == checkpoint:
                weigh()
                # weighed again only while few enough stems are left to hope for _FEW_LEFT
                checkpoint = checkpoint * 2 if len(remaining) <= 4 * _FEW_LEFT else 0
            for w in set(_TEXT_WORD.findall(low[:cut])):
                if w not in head_hits:
                    head_hits[w] = prefixes(w)
                for prefix in head_hits[w]:
                    holders = self.head.setdefault(prefix, [])
                    if len(holders) < 2 and a.id not in holders:
                        holders.append(a.id)
        weigh()

    def supports(self, word: str, source: str) -> bool:
        prefix = stem(word)
        keys = [prefix, *_number_forms(prefix)]
        if any(key in self.body or set(self.head.get(key, ())) - {source} for key in keys):
            return True
        if len(prefix) < 4:
            return False
        # Inside a compound ("suit" in "lawsuit"): rare. A stem holds no space, so it is
        # in a body when it is in one of the bodies' chunks: looked for in those, each
        # once (a quarter of the bodies' length), then in the other sources' headlines.
        # A body left unread held no stem then unfound (see __init__), so not this one.
        if self._bodies is None:
            self._bodies = " ".join(self._chunks)
        return prefix in self._bodies or any(
            prefix in head for sid, head in self.heads.items() if sid != source
        )


def _stems_begun(words: set[str], stems: set[str], starts: set[str]) -> set[str]:
    """The stems some word begins with: the words sorted once, in C, and each stem a
    bisection (the words a stem begins follow it at once). `starts`: the first two
    letters of every needed stem. A word counts only when its first two letters begin a
    needed stem (or are one): so a one-letter stem ("a") is begun by "a" or "ab…" only
    when some needed stem begins "ab"."""
    if not stems:
        return set()
    ordered = sorted(words)

    def begun(prefix: str) -> bool:
        i = bisect_left(ordered, prefix)
        return i < len(ordered) and ordered[i].startswith(prefix)

    def a_first_two(start: str) -> bool:  # some word's first two letters
        return begun(start) if len(start) == 2 else start in words

    out = {s for s in stems if len(s) >= 2 and begun(s)}
    for s in stems:
        if len(s) < 2 and any(t.startswith(s) and a_first_two(t) for t in starts):
            out.add(s)
    return out


def _number_forms(prefix: str) -> list[str]:
    """Other ways a body writes a headline's number: "two" for "2", "3%" for "3"
    ("Sales fall 3 percent" where the body says "fell 3%")."""
    forms = [_NUMBER_WORDS[prefix]] if prefix in _NUMBER_WORDS else []
    return [*forms, prefix + "%"] if prefix.isdigit() else forms


def _needed(articles: list[Article]) -> set[str]:
    """Every stem a headline check may look up."""
    out = set()
    for a in articles:
        head = _headline(a)
        for m in _WORD.finditer(head.text if head else ""):
            prefix = stem(m.group().rstrip("%").lower())
            out.add(prefix)
            out.update(_number_forms(prefix))
    return out


NAME_WORDS = word_list("org_words") | word_list("places") | word_list("nationalities")


def _number(word: str) -> bool:
    return word[:1] in "$0123456789"


def _lists_items(headline: str, end: int) -> bool:
    """ "5 takeaways from …", "10 things to know", "3 big questions for …": the count of
    the article's own items (a listicle's), no claim about the story."""
    return any(w.lower().strip(",:;") in LIST_NOUNS for w in headline[end : end + 32].split()[:2])


def _names(run: list[re.Match], title_case: bool, head) -> bool:
    """Is a run of unsupported headline words a claim, a name or a number? In sentence
    case a capital says so (the headline's first word aside); in title case, where every
    word is capitalised, a word of a name: a place, a body, a people ("Sanctuary
    Cities", "Harbor Town"), a given name. "Draws Huge Crowds" and "Raises Eyebrows"
    are the headline's own words, not names."""
    return any(_claim_word(m, title_case) for m in run)


def _claim_word(m: re.Match, title_case: bool) -> bool:
    """A number, or a word of a name (see _names)."""
    word = m.group()
    if _number(word):
        return True
    if not title_case:
        return word[0].isupper() and m.start() > 0
    low = word.lower().rstrip("’'s")
    return low in NAME_WORDS or word.lower() in NAME_WORDS or fold(low) in given_names()


def _claim_words(run: list[re.Match], title_case: bool) -> list[re.Match]:
    """A run that holds a number, without the headline's own words at either end: "In
    2008 Targeted" claims "2008", not "2008 Targeted". A run of words alone stays whole:
    one name word makes a name of its neighbours ("Sanctuary Cities")."""
    if not any(_number(m.group()) for m in run):
        return run
    lo, hi = 0, len(run)
    while lo < hi and not _claim_word(run[lo], title_case):
        lo += 1
    while hi > lo and not _claim_word(run[hi - 1], title_case):
        hi -= 1
    return run[lo:hi]


def _headline(article: Article):
    return next((b for b in article.blocks if b.kind == HEADLINE), None)


def headline_discrepancies(articles: list[Article], ctx: Context) -> list[Discrepancy]:
    out = []
    vocabulary = None
    implied: set[int] | None = None  # the years the texts give by arithmetic
    for article in articles:
        head = _headline(article)
        if head is None:
            continue
        if vocabulary is None:
            vocabulary = Vocabulary(articles, ctx, _needed(articles))
        runs: list[list[re.Match]] = [[]]
        for m in _WORD.finditer(head.text):
            word = m.group()
            low = word.lower().rstrip("’'s")
            prev = head.text[m.start() - 1] if m.start() else " "
            if prev == "-" and low in _HEADLINE_SUFFIXES:
                continue
            number = word[0].isdigit() or word[0] == "$"
            if number:
                supported = _lists_items(head.text, m.end()) or vocabulary.supports(
                    word.rstrip("%").lower(), article.id
                )
                if not supported and YEAR.fullmatch(word):
                    if implied is None:  # "two years prior" to "2010": read only when asked
                        implied = set().union(*(implied_years(a.text, a.published) for a in articles))
                    supported = int(word) in implied
            else:
                skip = (
                    low in STOPWORDS
                    or low in PREPOSITIONS
                    or len(low) < 3
                    or low in LOADED
                    or low in PLACEHOLDERS
                )
                supported = (
                    skip or (word.isupper() and len(word) > 3) or vocabulary.supports(word, article.id)
                )
            if supported:
                runs.append([])
            else:
                runs[-1].append(m)
        words_in_head = [m.group() for m in _WORD.finditer(head.text) if m.group()[0].isalpha()]
        title_case = sum(w[0].isupper() for w in words_in_head) > len(words_in_head) / 2
        phrases = [
            _claim_words(r, title_case)
            for r in runs
            if (len(r) >= 2 or (r and _number(r[0].group()))) and _names(r, title_case, head)
        ]
        if not phrases:
            continue
        spans = [Span(head.start + r[0].start(), head.start + r[-1].end()) for r in phrases]
        words = [article.text[s.start : s.end] for s in spans]
        quoted = ", ".join(f"“{w}”" for w in words)
        claims = {article.id: Claim(f"headline: {quoted}", spans)}
        out.append(
            Discrepancy(
                "headline",
                "medium",
                f"headline of {article.id}",
                f"{article.id}'s headline says {quoted}; neither its body nor any other source does",
                silent_claims(claims, ctx.source_ids, "—"),
                id=finding_id("headline", article.id, "unsupported", [article.id]),
                predicate="unsupported",
                **odd_one_out(ctx, article.id, ", ".join(words)).fields(),
            )
        )
    return out + headline_stances(articles, ctx)


def _stance(article: Article) -> tuple[str, str, Span, str] | None:
    """(stance, its subject, where, the phrase) of a headline that takes one."""
    head = _headline(article)
    if head is None:
        return None
    m = _STANCE.search(head.text)
    if not m:
        return None
    before = head.text[: m.start()].split(":")[-1].split()
    subject = next((w for w in reversed(before) if w[:1].isupper() and w.lower() not in STOPWORDS), None)
    if subject is None:
        return None
    return (
        STANCES[m.group(1).lower()],
        subject.strip(",'’"),
        Span(head.start + m.start(), head.start + m.end()),
        m.group(1),
    )


def headline_stances(articles: list[Article], ctx: Context) -> list[Discrepancy]:
    stances = {a.id: s for a in articles if (s := _stance(a))}
    by_subject: dict[str, dict[str, list[str]]] = {}
    for sid, (stance, subject, _, _) in stances.items():
        by_subject.setdefault(subject.lower(), {}).setdefault(stance, []).append(sid)
    out = []
    for sides in by_subject.values():
        if len(sides) < 2:
            continue
        heads = {sid: _headline(ctx.articles[sid]) for side in sides.values() for sid in side}
        claims = {sid: Claim(f"headline: “{h.text}”", [stances[sid][2]]) for sid, h in heads.items()}
        name = stances[next(iter(heads))][1]
        summary = f"The headlines disagree on {name}: " + " vs ".join(
            f"“{stances[sids[0]][3]}” ({label_list(sids)})" for sids in sides.values()
        )
        out.append(
            Discrepancy(
                "headline",
                "medium",
                f"{name} in the headlines",
                summary,
                silent_claims(claims, ctx.source_ids, "—"),
                id=finding_id("headline", name, "stance", list(heads)),
                predicate="stance",
                **decide(
                    ctx,
                    {sid: [stance] for stance, sids in sides.items() for sid in sids},
                    {sid: stances[sid][3] for sid in heads},
                    {stance: stances[sids[0]][3] for stance, sids in sides.items()}.__getitem__,
                    [],
                ).fields(),
            )
        )
    return out
