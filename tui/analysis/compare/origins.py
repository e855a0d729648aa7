"""Independent origins: sources that carry the same wire copy count once.

Two conventions mark syndicated copy:
- a wire credit: a dateline credit ("WASHINGTON (AP) —", "(Reuters) -"), a closing
  credit ("The Associated Press contributed to this report"), or a byline or outlet that
  is the agency itself;
- long verbatim runs: a large share of one text's eight-word runs (extract.wire_runs)
  found in another, outside quotation marks (outlets quoting one speaker share those).

Sources with the same wire credit, or sharing long runs, are one origin. Grouping is by
an index of sampled runs (one pass over each text), never by comparing texts in pairs.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain

from tui.analysis.compare.union_find import UnionFind
from tui.analysis.extract.wire_runs import sampled_runs
from tui.analysis.lexicon import entries
from tui.brief.model import Article
from tui.regex_cache import compiled

SHARED = 0.3  # share of the smaller text's runs found in the other: copy, not a quotation
MIN_SHARED = 4  # sampled runs: below this, two short texts sharing a phrase are not copy
COMMON = 64  # a run in more sources than this is boilerplate, not evidence of one origin


def _agencies() -> dict[str, str]:
    """Credit form → agency, from the lexicon (`wire_agencies.txt`: `form | agency`)."""
    out = {}
    for line in entries("wire_agencies"):
        form, _, agency = line.partition("|")
        out[form.strip()] = agency.strip() or form.strip()
    return out


AGENCIES = _agencies()
_FORMS = sorted(AGENCIES, key=len, reverse=True)
_DATELINE_CREDIT = compiled(r"\((" + "|".join(map(re.escape, _FORMS)) + r")\)\s*[-—–]")
# The lookahead: the forms' first letters, so most word boundaries fail at once.
_CLOSING_CREDIT = compiled(
    r"\b(?=["
    + re.escape("".join(sorted({f[0] for f in _FORMS})))
    + r"])("
    + "|".join(map(re.escape, _FORMS))
    + r")\s+(?:contributed|reported this story)\b"
)


def wire_credit(article: Article) -> str | None:
    """The agency whose copy this is, when the article says so."""
    for field in (article.author, article.outlet):
        if field and field.strip() in AGENCIES:
            return AGENCIES[field.strip()]
    head = article.text[:600]
    m = _DATELINE_CREDIT.search(head) if "(" in head else None  # each pattern needs its literal
    if m:
        return AGENCIES[m.group(1)]
    tail = article.text[-600:]
    m = _CLOSING_CREDIT.search(tail) if "contributed" in tail or "reported this story" in tail else None
    return AGENCIES[m.group(1)] if m else None


def find_origins(articles: list[Article], runs: dict[str, Sequence[int]] | None = None) -> list[list[str]]:
    """Sources grouped by origin, in brief order; a source alone is its own origin.
    `runs`: each source's sampled runs, distinct (extract.wire_runs), computed here when absent."""
    ids = [a.id for a in articles]
    shared_origin: UnionFind[str] = UnionFind(ids)
    union = shared_origin.union

    by_credit: dict[str, str] = {}
    for a in articles:
        agency = wire_credit(a)
        if agency:
            union(by_credit.setdefault(agency, a.id), a.id)

    if runs is None:
        runs = {a.id: sampled_runs(a.text) for a in articles}
    postings: dict[int, list[int]] = defaultdict(list)  # run → the sources holding it, by number
    for i, sid in enumerate(ids):
        for h in runs.get(sid, ()):
            postings[h].append(i)
    # Each source's shared runs, as the later sources holding each (a posting ascends):
    # then, source by source, how many runs each later source shares with it, counted in
    # C over plain numbers (no tuple per pair).
    later: dict[int, list[list[int]]] = defaultdict(list)
    for posting in postings.values():
        if 1 < len(posting) <= COMMON:
            for k in range(len(posting) - 1):
                later[posting[k]].append(posting[k + 1 :])
    sizes = [len(runs.get(sid, ())) for sid in ids]
    for a, tails in later.items():
        size = sizes[a]
        for b, n in Counter(chain.from_iterable(tails)).items():
            if n >= MIN_SHARED:
                smaller = sizes[b] if sizes[b] < size else size  # a comparison, not min(): per pair
                if n / (smaller or 1) >= SHARED:
                    union(ids[a], ids[b])

    return shared_origin.groups(ids)


def origin_index(origins: list[list[str]]) -> dict[str, int]:
    """Source → the number of its origin group."""
    return {sid: i for i, group in enumerate(origins) for sid in group}


def independent(sources: list[str], origin_of: dict[str, int]) -> int:
    """How many independent origins these sources amount to."""
    return len({origin_of.get(s, s) for s in sources})
