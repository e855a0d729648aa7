"""Figures across sources: grouped by what they count, then compared by value.

Two checks, both by grouping (no pairwise pass over sentences):
- same thing counted (same counted noun and rate), values that never meet;
- same value and rate, a different thing counted (3,000 arrests vs 3,000 deportations).
"""

from __future__ import annotations

from collections import defaultdict

from tui.analysis.compare_common import content_words, label_list, overlap, shorten, silent_claims
from tui.analysis.figures import figure_key
from tui.analysis.model import (
    AGREES,
    DIFFERS,
    SILENT,
    Agreement,
    Claim,
    Discrepancy,
    Figure,
    FigureGroup,
    Span,
)

APPROXIMATE = {
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "some",
    "an estimated",
    "close to",
}
# Nothing counted, or a count that belongs to different subjects in different sentences.
UNCOMPARABLE = {None, "age", "years old"}
# Counted nouns too vague to say two figures are about the same thing without more context.
GENERIC = {
    None,
    "people",
    "times",
    "years",
    "days",
    "percent",
    "months",
    "weeks",
    "others",
    "more",
    "members",
}


def _label(counts: str | None, per: str | None) -> str:
    label = counts or "amount"
    return f"{label} per {per}" if per else label


def _fmt(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def same_value(a: Figure, b: Figure) -> bool:
    """Equal, or close enough when either side hedges ("nearly 3,000" vs "3,000")."""
    if a.unit != b.unit and not {a.unit, b.unit} <= {None, "$"}:
        return False
    if a.value == b.value:
        return True
    hedged = (a.qualifier in APPROXIMATE) or (b.qualifier in APPROXIMATE)
    big = max(abs(a.value), abs(b.value)) or 1
    return hedged and abs(a.value - b.value) / big <= 0.05


def _about_same_thing(clusters: list[list[Figure]], key) -> bool:
    if key[0] not in GENERIC:
        return True
    # A vague noun ("people"): the sentences must share what happened to them.
    words = [set().union(*(content_words(f.sentence) for f in c)) for c in clusters]
    return all(overlap(words[0], w) >= 0.35 for w in words[1:])


def _clusters(figures: list[Figure]) -> list[list[Figure]]:
    """Figures grouped by value, neighbours joined when they are the same value."""
    ordered = sorted(figures, key=lambda f: (f.value, f.unit or ""))
    clusters: list[list[Figure]] = []
    for f in ordered:
        if clusters and same_value(clusters[-1][-1], f):
            clusters[-1].append(f)
        else:
            clusters.append([f])
    return clusters


def _sources(figures: list[Figure], source_ids: list[str]) -> list[str]:
    order = _order(source_ids)
    return sorted({f.source for f in figures}, key=order.__getitem__)


def _order(source_ids: list[str]) -> dict[str, int]:
    return {sid: i for i, sid in enumerate(source_ids)}


def _by_source(figures: list[Figure]) -> dict[str, list[Figure]]:
    out: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        out[f.source].append(f)
    return out


def _claim(figs: list[Figure], context: bool = True) -> Claim:
    """The figures a source gives, with the sentence around the first when it matters."""
    text = ", ".join(dict.fromkeys(f.text for f in figs[:8]))
    if context:
        text = f"{text} — “{shorten(figs[0].sentence, 140)}”"
    return Claim(text, [Span(f.start, f.end) for f in figs])


def _distinctive(f: Figure) -> bool:
    """Worth matching by value alone: not a small count or a round duration."""
    return abs(f.value) >= 100 or f.unit in ("$", "€", "£", "%")


def compare_figures(
    figures: list[Figure], source_ids: list[str], ignore: list[str] = ()
) -> tuple[list[FigureGroup], list[Discrepancy], list[Agreement]]:
    ignored = {x.strip().lower() for x in ignore}
    figures = [f for f in figures if f.text.lower() not in ignored and _fmt(f.value) not in ignored]
    order = _order(source_ids)
    keys = {id(f): figure_key(f) for f in figures}
    by_key: dict[tuple, dict[str, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    for f in figures:
        by_key[keys[id(f)]][f.source].append(f)

    discrepancies: list[Discrepancy] = []
    agreements: list[Agreement] = []
    differs: dict[tuple, set[str]] = defaultdict(set)
    agreeing: dict[tuple, set[str]] = defaultdict(set)

    # 1. Same thing counted: cluster the values; clusters from several sources agree,
    #    single-valued sources that land in different clusters contradict each other.
    for key, per_source in by_key.items():
        if len(per_source) < 2 or key[0] in UNCOMPARABLE:
            continue
        clusters = _clusters([f for figs in per_source.values() for f in figs])
        for cluster in clusters:
            shared = _sources(cluster, source_ids)
            if len(shared) >= 2:
                agreeing[key].update(shared)
                subject = f"{cluster[0].text} {_label(*key)}"
                agreements.append(
                    Agreement(
                        "figure",
                        subject,
                        f"{label_list(shared)} agree: {subject}",
                        shared,
                        {sid: _claim(figs, context=False) for sid, figs in _by_source(cluster).items()},
                    )
                )
        single = {sid for sid, figs in per_source.items() if len({f.value for f in figs}) == 1}
        rival = [c for c in clusters if single & {f.source for f in c}]
        if len(rival) < 2 or not _about_same_thing(rival, key):
            continue
        involved = sorted({f.source for c in rival for f in c}, key=order.__getitem__)
        summary = f"{_label(*key)}: " + " vs ".join(
            f"{c[0].text} ({label_list(_sources(c, source_ids))})" for c in rival
        )
        claims = {sid: _claim(figs) for sid, figs in _by_source([f for c in rival for f in c]).items()}
        discrepancies.append(
            Discrepancy("figure", "high", _label(*key), summary, silent_claims(claims, source_ids))
        )
        differs[key].update(involved)

    # 2. Same value and rate, a different thing counted.
    by_value: dict[tuple, dict[tuple, dict[str, list[Figure]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    for f in figures:
        key = keys[id(f)]
        if _distinctive(f) and key[0] is not None:
            by_value[(f.value, f.unit, key[1])][key][f.source].append(f)
    for (value, _unit, per), keys in by_value.items():
        if len(keys) < 2:
            continue
        sources_of = {k: set(v) for k, v in keys.items()}
        all_sources = set().union(*sources_of.values())
        if len(all_sources) < 2:
            continue
        # Keys that some source pairs with this value and some other source does not.
        exclusive = {k: s for k, s in sources_of.items() if s != all_sources}
        if len(exclusive) < 2:
            continue
        claims: dict[str, Claim] = {}
        for per_source in keys.values():
            for sid, figs in per_source.items():
                claims.setdefault(sid, _claim(figs))
        involved = sorted(all_sources, key=order.__getitem__)
        what = " vs ".join(
            f"{k[0]} ({label_list(sorted(s, key=order.__getitem__))})" for k, s in exclusive.items()
        )
        rate = f" per {per}" if per else ""
        discrepancies.append(
            Discrepancy(
                "figure",
                "high",
                f"{_fmt(value)}{rate}",
                f"{_fmt(value)}{rate} counts different things: {what}",
                silent_claims(claims, source_ids),
            )
        )
        for k in keys:
            differs[k].update(keys[k])

    # 3. Omissions: a specific figure only some sources give (less what a clash covers).
    clashing = {(sid, span.start) for d in discrepancies for sid, c in d.claims.items() for span in c.spans}
    for key, per_source in by_key.items():
        if key[0] in GENERIC or len(source_ids) < 2:
            continue
        missing = [s for s in source_ids if s not in per_source]
        if not missing:
            continue
        present = {
            s: [f for f in per_source[s] if (s, f.start) not in clashing]
            for s in source_ids
            if s in per_source
        }
        present = {s: figs for s, figs in present.items() if figs}
        if not present:
            continue
        figs = [f for fs in present.values() for f in fs]
        subject = f"{', '.join(dict.fromkeys(f.text for f in figs[:3]))} {_label(*key)}"
        discrepancies.append(
            Discrepancy(
                "omission",
                "low",
                subject,
                f"{subject}: only in {label_list(list(present))}",
                silent_claims({s: _claim(fs) for s, fs in present.items()}, source_ids),
            )
        )

    groups = []
    for key, per_source in by_key.items():
        status = {}
        for sid in source_ids:
            if sid not in per_source:
                status[sid] = SILENT
            elif sid in differs[key]:
                status[sid] = DIFFERS
            else:
                status[sid] = AGREES
        figs = sorted((f for fs in per_source.values() for f in fs), key=lambda f: (order[f.source], f.start))
        groups.append(FigureGroup(_label(*key), key[0], key[1], figs, status))
    groups.sort(key=lambda g: (-sum(s != SILENT for s in g.status.values()), g.figures[0].start))
    return groups, discrepancies, agreements
