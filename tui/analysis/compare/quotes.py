"""Quotes across sources, grouped by speaker and by wording."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from tui.analysis.compare.common import STOPWORDS, content_words, label_list, overlap, shorten, silent_claims
from tui.analysis.extract.people import name_key
from tui.analysis.model import Agreement, Claim, Discrepancy, Person, Quote, QuoteGroup, Span
from tui.analysis.text import plain_quotes

SAME_WORDS = 0.6  # share of the shorter quote's content words found in the other


def canonical_speakers(quotes: list[Quote], people: list[Person]) -> None:
    """Speakers named by one form in one source and another form elsewhere get the
    merged person's name, so grouping by speaker works across sources."""
    by_key = {}
    for p in people:
        for n in (p.name, *p.aliases):
            by_key[name_key(n)] = p.name
    by_surname = {p.name.split()[-1].lower(): p.name for p in people if len(p.name.split()) > 1}
    for q in quotes:
        if q.speaker and q.speaker_kind != "organization":
            q.speaker = by_key.get(name_key(q.speaker)) or by_surname.get(q.speaker.lower(), q.speaker)


_WORDING = re.compile(r"\w+")


def wording_key(text: str) -> str:
    """Two quotes with this key carry the same words: case and punctuation aside."""
    return " ".join(_WORDING.findall(text.casefold()))


def group_by_wording(quotes: list[Quote]) -> list[QuoteGroup]:
    """One group per distinct wording, in the order the wordings first appear."""
    groups: dict[str, QuoteGroup] = {}
    for q in quotes:
        key = wording_key(q.text)
        if key not in groups:
            groups[key] = QuoteGroup(q.text, q.speaker)
        groups[key].quotes.append(q)
    return list(groups.values())


def _claim(quotes: list[Quote]) -> Claim:
    if len(quotes) == 1:
        q = quotes[0]
        return Claim(f"“{shorten(q.text, 120)}”", [_new(Span, (q.start, q.end))])
    return Claim(
        " / ".join([f"“{shorten(q.text, 120)}”" for q in quotes]),
        [_new(Span, (q.start, q.end)) for q in quotes],
    )


_new = tuple.__new__  # Span(a, b) without NamedTuple's argument handling


def _matched_across_sources(
    per_source: dict[str, list[Quote]], words: dict[int, set[str]]
) -> dict[str, list[Quote]]:
    """Per source, its quotes that another source also carries (same words, near enough).
    Candidates come from an index of words, so this is not a pass over every pair;
    a quote whose exact words another source also has needs no index at all."""
    with_words: dict[frozenset, set[str]] = defaultdict(set)
    for sid, own in per_source.items():
        for q in own:
            with_words[words[id(q)]].add(sid)
    index: dict[str, list[Quote]] | None = None  # built on first need
    matched: dict[str, list[Quote]] = {}
    for sid, own in per_source.items():
        hits = []
        for q in own:
            ws = words[id(q)]
            if ws and len(with_words[ws]) > 1:  # another source: overlap 1.0
                hits.append(q)
                continue
            if index is None:
                index = defaultdict(list)
                for figs in per_source.values():
                    for o in figs:
                        for w in words[id(o)]:
                            index[w].append(o)
            seen: set[int] = set()
            for w in words[id(q)]:
                for o in index[w]:
                    if o.source == sid or id(o) in seen:
                        continue
                    seen.add(id(o))
                    if overlap(words[id(q)], words[id(o)]) >= SAME_WORDS:
                        hits.append(q)
                        break
                else:
                    continue
                break
        matched[sid] = hits
    return matched


SHINGLE = 5  # words in a run that identifies a wording
_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=16384)  # syndicated copy repeats quotes word for word
def _telling_runs(text: str) -> list[tuple[str, ...]]:
    """Runs of five words in order with at least three content words: enough to
    identify a wording, not a stock phrase ("we are going to")."""
    words = _TOKEN.findall(plain_quotes(text).lower())
    if len(words) < SHINGLE:
        return []
    content = [0]
    for w in words:
        content.append(content[-1] + (w not in STOPWORDS))
    return [
        tuple(words[i : i + SHINGLE])
        for i in range(len(words) - SHINGLE + 1)
        if content[i + SHINGLE] - content[i] >= 3
    ]


def _same_wording(quotes: list[Quote]) -> list[list[Quote]]:
    """Attributed quotes joined when they share a run of words that says something
    (three content words or more): one pass over an index of runs, never over pairs."""
    attributed = [q for q in quotes if q.speaker]
    parent = list(range(len(attributed)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Only the clusters count, not which index is a root, so a quote repeating an
    # earlier quote's exact words joins it once instead of run by run.
    first_with: dict[tuple[str, ...], int] = {}
    first_text: dict[str, int] = {}
    for i, q in enumerate(attributed):
        runs = _telling_runs(q.text)
        if not runs:
            continue
        k = first_text.setdefault(q.text, i)
        if k != i:
            parent[find(i)] = find(k)
            continue
        root = i
        for run in runs:
            j = first_with.setdefault(run, i)
            if j != i:
                rj = find(j)
                if rj != root:
                    parent[rj] = root
    clusters: dict[int, list[Quote]] = defaultdict(list)
    for i, q in enumerate(attributed):
        clusters[find(i)].append(q)
    return [c for c in clusters.values() if len(c) > 1]


def compare_quotes(quotes: list[Quote], source_ids: list[str]) -> tuple[list[Discrepancy], list[Agreement]]:
    discrepancies: list[Discrepancy] = []
    agreements: list[Agreement] = []
    words = {id(q): content_words(q.text) for q in quotes}

    by_speaker: dict[str, dict[str, list[Quote]]] = defaultdict(lambda: defaultdict(list))
    for q in quotes:
        if q.speaker:
            by_speaker[q.speaker][q.source].append(q)

    # A source's claim for all its quotes from a speaker, built once: the clash, the
    # omission and (when every quote matched) the agreement carry the same one.
    whole: dict[tuple[str, str], Claim] = {}

    def claim_all(speaker: str, sid: str) -> Claim:
        claim = whole.get((speaker, sid))
        if claim is None:
            claim = whole[(speaker, sid)] = _claim(by_speaker[speaker][sid])
        return claim

    for speaker, per_source in by_speaker.items():
        sids = [s for s in source_ids if s in per_source]
        if len(sids) < 2:
            continue
        matched = _matched_across_sources(per_source, words)
        agreeing = [s for s in sids if matched[s]]
        if len(agreeing) >= 2:
            agreements.append(
                Agreement(
                    "quote",
                    speaker,
                    f"{label_list(agreeing)} quote {speaker} alike",
                    agreeing,
                    {
                        s: claim_all(speaker, s)
                        if len(matched[s]) == len(per_source[s])
                        else _claim(matched[s])
                        for s in agreeing
                    },
                )
            )
        unmatched = [s for s in sids if not matched[s]]
        if unmatched and (len(unmatched) >= 2 or agreeing):
            claims = {s: claim_all(speaker, s) for s in sids}
            discrepancies.append(
                Discrepancy(
                    "quote",
                    "medium",
                    speaker,
                    f"{speaker} is quoted saying different things in {label_list(sids)}",
                    silent_claims(claims, source_ids, "not quoted"),
                )
            )

    # One wording, different speakers: quotes that share runs of words (in order)
    # are clustered; a cluster whose sources name different speakers is a clash.
    for cluster in _same_wording(quotes):
        speakers = {q.speaker for q in cluster}
        if len(speakers) < 2 or len({q.source for q in cluster}) < 2:
            continue
        per_source: dict[str, list[Quote]] = defaultdict(list)
        for q in cluster:
            per_source[q.source].append(q)
        claims = {}
        for sid, qs in per_source.items():
            claim = _claim(qs[:1])
            claim.text = f"{qs[0].speaker}: {claim.text}"
            claims[sid] = claim
        who = " vs ".join(
            f"{speaker} ({label_list([sid for sid, qs in per_source.items() if qs[0].speaker == speaker])})"
            for speaker in dict.fromkeys(qs[0].speaker for qs in per_source.values())
        )
        discrepancies.append(
            Discrepancy(
                "quote",
                "high",
                f"“{shorten(cluster[0].text, 50)}”",
                f"The same words are attributed to different speakers: {who}",
                silent_claims(claims, source_ids, "not quoted"),
            )
        )

    # Quoted in some sources only.
    for speaker, per_source in by_speaker.items():
        present = [s for s in source_ids if s in per_source]
        if len(source_ids) > 1 and len(present) < len(source_ids):
            discrepancies.append(
                Discrepancy(
                    "omission",
                    "low",
                    f"quotes from {speaker}",
                    f"{speaker} is quoted only in {label_list(present)}",
                    silent_claims({s: claim_all(speaker, s) for s in present}, source_ids, "not quoted"),
                )
            )
    return discrepancies, agreements
