"""Figures across sources: grouped by what they count, then compared by value.

Two checks, both by grouping (no pairwise pass over sentences):
- same thing counted (same counted noun and rate), values that never meet;
- same value and rate, a different thing counted (3,000 arrests vs 3,000 deportations).
"""

from __future__ import annotations

from collections import defaultdict
from operator import attrgetter

from tui.analysis.compare.common import content_words, label_list, overlap, shorten, silent_claims
from tui.analysis.extract.figures import figure_key
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
    last = None
    for f in ordered:
        if last is not None and ((f.value == last.value and f.unit == last.unit) or same_value(last, f)):
            clusters[-1].append(f)
        else:
            clusters.append([f])
        last = f
    return clusters


def _order(source_ids: list[str]) -> dict[str, int]:
    return {sid: i for i, sid in enumerate(source_ids)}


def _by_source(figures: list[Figure]) -> dict[str, list[Figure]]:
    out: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        out[f.source].append(f)
    return out


def _claim(figs: list[Figure], context: bool = True) -> Claim:
    """The figures a source gives, with the sentence around the first when it matters."""
    if len(figs) == 1:  # the common case, without the dedup machinery
        text = figs[0].text
    else:
        text = ", ".join(dict.fromkeys([f.text for f in figs[:8]]))
    if context:
        text = f"{text} — “{shorten(figs[0].sentence, 140)}”"
    return Claim(text, [_new(Span, (f.start, f.end)) for f in figs])


_new = tuple.__new__  # Span(a, b) without NamedTuple's argument handling: half the cost


_start = attrgetter("start")


def _distinctive(f: Figure) -> bool:
    """Worth matching by value alone: not a small count or a round duration."""
    return abs(f.value) >= 100 or f.unit in ("$", "€", "£", "%")


def compare_figures(
    figures: list[Figure], source_ids: list[str], ignore: list[str] = ()
) -> tuple[list[FigureGroup], list[Discrepancy], list[Agreement]]:
    ignored = {x.strip().lower() for x in ignore}
    if ignored:
        figures = [f for f in figures if f.text.lower() not in ignored and _fmt(f.value) not in ignored]
    order = _order(source_ids)
    # One pass groups by thing counted and, for check 2, by value and rate.
    by_key: dict[tuple, dict[str, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    by_value: dict[tuple, dict[tuple, dict[str, list[Figure]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    key_of: dict[tuple, tuple] = {}  # figure_key reads only counts and per: once per pair
    for f in figures:
        pair = (f.counts, f.per)
        key = key_of.get(pair)
        if key is None:
            key = key_of[pair] = figure_key(f)
        by_key[key][f.source].append(f)
        if key[0] is not None and _distinctive(f):
            by_value[(f.value, f.unit, key[1])][key][f.source].append(f)

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
        sourced = []  # per cluster: its figures by source, and those sources in brief order
        for cluster in clusters:
            by_source = _by_source(cluster)
            shared = sorted(by_source, key=order.__getitem__)
            sourced.append((cluster, by_source, shared))
            if len(shared) >= 2:
                agreeing[key].update(shared)
                subject = f"{cluster[0].text} {_label(*key)}"
                agreements.append(
                    Agreement(
                        "figure",
                        subject,
                        f"{label_list(shared)} agree: {subject}",
                        shared,
                        {
                            # one figure, no context: the claim is just the figure
                            sid: Claim(figs[0].text, [_new(Span, (figs[0].start, figs[0].end))])
                            if len(figs) == 1
                            else _claim(figs, context=False)
                            for sid, figs in by_source.items()
                        },
                    )
                )
        single = {
            sid for sid, figs in per_source.items() if len(figs) == 1 or len({f.value for f in figs}) == 1
        }
        rivals = [x for x in sourced if not single.isdisjoint(x[1])]
        rival = [c for c, _, _ in rivals]
        if len(rival) < 2 or not _about_same_thing(rival, key):
            continue
        involved = sorted({sid for _, by_source, _ in rivals for sid in by_source}, key=order.__getitem__)
        summary = f"{_label(*key)}: " + " vs ".join(
            f"{c[0].text} ({label_list(shared)})" for c, _, shared in rivals
        )
        claims = {sid: _claim(figs) for sid, figs in _by_source([f for c in rival for f in c]).items()}
        discrepancies.append(
            Discrepancy("figure", "high", _label(*key), summary, silent_claims(claims, source_ids))
        )
        differs[key].update(involved)

    # 2. Same value and rate, a different thing counted.
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
    clashing: dict[str, set[int]] = defaultdict(set)  # per source, where its clashing figures start
    for d in discrepancies:
        for sid, c in d.claims.items():
            if c.spans:
                clashing[sid].update([span.start for span in c.spans])
    for key, per_source in by_key.items():
        if key[0] in GENERIC or len(source_ids) < 2:
            continue
        missing = [s for s in source_ids if s not in per_source]
        if not missing:
            continue
        present = {}
        for s in source_ids:
            figs = per_source.get(s)
            if figs is None:
                continue
            starts = clashing.get(s)
            if starts:
                figs = [f for f in figs if f.start not in starts]
            if figs:
                present[s] = figs
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
        # In brief order, then by offset: each source's figures sorted on their own.
        figs = []
        for sid in sorted(per_source, key=order.__getitem__):
            fs = per_source[sid]
            figs += sorted(fs, key=_start) if len(fs) > 1 else fs
        groups.append(FigureGroup(_label(*key), key[0], key[1], figs, status))
    groups.sort(key=lambda g: (-sum(s != SILENT for s in g.status.values()), g.figures[0].start))
    return groups, discrepancies, agreements
