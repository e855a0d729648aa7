"""Figures across sources: aligned facts (figure_claims), a verdict per source, and the
two conflicts a fact-checker looks for:
- one quantity, values that never meet ("1.5 million women" / "up to 1.6 million");
- one value, different things counted ("3,000 arrests" / "3,000 deportations").

Values meet when equal, when within 5% and either side hedges ("nearly 3,000"), or when
two percentages of one fact add up to 100 ("a 23 percent cut" / "pay 77 percent").
A conflict needs the facts to be the same for sure: the same counted thing, or sentences
that share their content words, and values within a factor of ten of each other.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter

from tui.analysis.compare.common import label_list, silent_claims
from tui.analysis.compare.context import Context
from tui.analysis.compare.figure_claims import (
    FigureClaim,
    FigureFact,
    align,
    context_share,
    to_claims,
)
from tui.analysis.compare.figure_things import (
    claim_text,
    comparable,
    fmt,
    one_finding_per_tally,
    same_value_other_thing,
)
from tui.analysis.compare.ids import finding_id
from tui.analysis.compare.omissions import Candidate
from tui.analysis.compare.verdicts import Decision, alone, decide
from tui.analysis.extract.figure_context import loose_numbers
from tui.analysis.extract.figures import figure_key
from tui.analysis.extract.figures.hypothetical import FRAME_LABELS
from tui.analysis.lexicon import entries, word_list
from tui.analysis.model import Agreement, Claim, Discrepancy, Figure, FigureGroup, Span

APPROXIMATE = word_list("approximate_qualifiers")
BOUNDS = {q.strip(): side.strip() for side, _, q in (e.partition(":") for e in entries("bound_qualifiers"))}
SURE_CONTEXT = 0.45  # sentences this alike make two loose figures one fact for sure
MAGNITUDE = 10.0  # values further apart than this are not two sources' values for one fact
_VALUE, _START, _TEXT = (
    attrgetter("figure.value"),
    attrgetter("figure.start"),
    attrgetter("figure.text"),
)  # a claim's, in C


def same_value(a: Figure, b: Figure) -> bool:
    """Equal, or close enough when either side hedges ("nearly 3,000" vs "3,000")."""
    if a.value == b.value:
        return True
    hedged = (a.qualifier in APPROXIMATE) or (b.qualifier in APPROXIMATE)
    big = max(abs(a.value), abs(b.value)) or 1
    return hedged and abs(a.value - b.value) / big <= 0.05


def _clusters(fact: FigureFact) -> dict[int, int]:
    """Claim index → value cluster: values sorted, neighbours that meet joined. The
    claims of one value share its cluster, so each step weighs a value once, not each
    claim that gives it (sources repeat values)."""
    ordered = sorted(fact.claims, key=_VALUE)
    runs = [list(claims) for _, claims in groupby(ordered, key=_VALUE)]  # one value each
    of_run: list[int] = []
    n = -1
    for i, run in enumerate(runs):
        if i == 0 or not same_value(runs[i - 1][-1].figure, run[0].figure):
            n += 1
        of_run.append(n)
    if fact.measure == "percent":  # "a 23% cut" and "77% paid" state one fact two ways
        values = {k: run[-1].figure.value for k, run in zip(of_run, runs, strict=True)}
        for i, run in enumerate(runs):
            value, k = run[0].figure.value, of_run[i]
            for other, v in values.items():
                if other != k and abs(v + value - 100) < 1e-9:
                    k = min(other, k)
            of_run[i] = k
    cluster = {c.index: k for run, k in zip(runs, of_run, strict=True) for c in run}
    # A lower bound meets the smallest exact value of another source that satisfies it
    # ("more than $1 million" / "$1.1 million"), within a factor of two: it joins that
    # value's cluster. Exact values sorted once (when a bound is given); each bound a
    # bisection, not a scan (walked by position, not a copied tail). The bounds of one
    # value all move that value's cluster, and the last of them to meet a value decides
    # where: so they are read from the last, each source once, until one meets.
    exact = None
    moved: dict[int, int] = {}
    for run, k in zip(runs, of_run, strict=True):
        tried = set()
        for b in reversed(run):
            if BOUNDS.get(b.figure.qualifier) != "lower" or b.source in tried:
                continue
            if exact is None:
                exact = sorted(
                    (c.figure.value, c.index, c.source) for c in ordered if c.figure.qualifier not in BOUNDS
                )
                keys = [v for v, _, _ in exact]
            tried.add(b.source)
            met = _met_by(exact, keys, b.figure.value, b.source)
            if met is not None:
                moved[k] = cluster[met]
                break
    if moved:
        for key, v in cluster.items():
            cluster[key] = moved.get(v, v)
    return cluster


def _met_by(exact: list[tuple[float, int, str]], keys: list[float], bound: float, source: str) -> int | None:
    """The claim index of the smallest exact value of another source that satisfies a
    lower bound, or None."""
    for i in range(bisect_left(keys, bound), len(exact)):
        value, index, other = exact[i]
        if not _satisfies(value, bound, "lower"):
            return None
        if other != source:
            return index
    return None


def _satisfies(value: float, bound: float, side: str) -> bool:
    if not bound or not value:
        return False
    within = max(abs(value), abs(bound)) / min(abs(value), abs(bound)) <= 2
    return within and (value >= bound if side == "lower" else value <= bound)


def _values_text(claims: list[FigureClaim]) -> str:
    """A source's values, each once, as the source first writes it: "7" for "7 years"
    and "seven years" both."""
    first: dict[float, str] = {}
    for c in sorted(claims, key=_START):
        first.setdefault(c.figure.value, c.figure.text)
    return ", ".join(first[v] for v in sorted(first))


def label(fact: FigureFact) -> str:
    thing = figure_key(fact.claims[0].figure)[0] if fact.thing else None
    if thing is None:
        thing = next((c.figure.counts for c in fact.claims if c.figure.counts), None)
    thing = thing or {"percent": "percentage", "count": "number", "times": "multiple"}.get(
        fact.measure, "amount"
    )
    if fact.measure.startswith("money") and thing == "amount":
        thing = "sum"
    thing = f"{thing} per {fact.per}" if fact.per else thing
    return f"{thing} ({FRAME_LABELS[fact.frame]})" if fact.frame else thing


@dataclass
class FigureFindings:
    groups: list[FigureGroup] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)


def _decision(
    fact: FigureFact, per_source: dict[str, list[FigureClaim]], shown: dict[str, str], ctx: Context, taken
) -> tuple[Decision, dict[int, int]]:
    """`shown`: what each source writes (its values, each once)."""
    cluster = _clusters(fact)
    text_of: dict[int, str] = {}
    for c in fact.claims:
        text_of.setdefault(cluster[c.index], c.figure.text)
    decision = decide(
        ctx,
        {sid: [cluster[c.index] for c in cs] for sid, cs in per_source.items()},
        shown,
        lambda k: text_of[k],
        [(sid, cs[0].figure.start) for sid, cs in per_source.items()],
        lambda k: _mentioned_by(text_of[k], taken),
    )
    return decision, cluster


def _loose_numbers(ctx: Context, figures: list[Figure]) -> dict[str, set[str]]:
    """Number as written → the sources whose text writes it where the extractor found
    no figure: a silent source that writes the value there did give it (its counted thing
    was missed); a figure it found there belongs to another fact."""
    by_source: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        by_source[f.source].append(f)
    out: dict[str, set[str]] = {}
    for sid in ctx.source_ids:
        facts = ctx.facts.get(sid)
        if facts is not None and facts.sentences:
            numbers = facts.loose_numbers  # the extractor's
        else:
            numbers = loose_numbers(ctx.articles[sid].text, by_source.get(sid, []))
        for n in numbers:
            out.setdefault(n, set()).add(sid)
    return out


def _mentioned_by(text: str, loose: dict[str, set[str]]) -> set[str]:
    """The sources whose text writes this figure's number outside any figure found."""
    number = text.split()[-1].rstrip(".,") if text else ""
    return loose.get(number, set()) if any(ch.isdigit() for ch in number) else set()


def _sure_conflict(by_source: dict[str, list[FigureClaim]], cluster: dict[int, int]) -> bool:
    sids = list(by_source)
    for i, a in enumerate(sids):
        for b in sids[i + 1 :]:
            ka = {cluster[c.index] for c in by_source[a]}
            kb = {cluster[c.index] for c in by_source[b]}
            if not ka.isdisjoint(kb):
                continue
            for x in by_source[a]:
                for y in by_source[b]:
                    lo, hi = sorted((abs(x.figure.value), abs(y.figure.value)))
                    if lo == 0 or hi / lo > MAGNITUDE:
                        continue
                    if (x.thing is not None and x.thing == y.thing) or context_share(x, y) >= SURE_CONTEXT:
                        return True
    return False


def compare_figures(figures: list[Figure], ctx: Context, ignore=()) -> FigureFindings:
    ignored = {x.strip().lower() for x in ignore}
    if ignored:
        figures = [f for f in figures if f.text.lower() not in ignored and fmt(f.value) not in ignored]
    facts = align(to_claims(figures, ctx))
    taken = _loose_numbers(ctx, figures)  # number → the sources writing it outside figures
    out = FigureFindings()
    for fact in facts:
        per_source = fact.by_source()  # once per fact: every step below reads it
        shown = {sid: ", ".join(dict.fromkeys(map(_TEXT, cs))) for sid, cs in per_source.items()}
        decision, cluster = _decision(fact, per_source, shown, ctx, taken)
        name = label(fact)
        giving = decision.giving()
        conflict = (
            len(giving) >= 2
            and decision.dissenters
            and comparable(fact)
            and _sure_conflict(per_source, cluster)
        )
        if conflict:
            out.discrepancies.append(_conflict(fact, per_source, shown, decision, name, ctx))
        elif len(per_source) >= 2 and not decision.dissenters and comparable(fact):
            out.agreements.append(_agreement(fact, per_source, decision, name, ctx))
        if not conflict and len(per_source) < len(ctx.source_ids):
            first = {sid: cs[0] for sid, cs in per_source.items()}
            what = f"{next(iter(first.values())).figure.text} {name}"
            out.candidates.append(
                Candidate(
                    "figure",
                    what,
                    what,
                    {sid: [Span(c.figure.start, c.figure.end) for c in cs] for sid, cs in per_source.items()},
                    shown,
                    predicate=name,
                )
            )
        status = {sid: v.verdict for sid, v in decision.verdicts.items()}
        if not conflict:
            status = {sid: ("agrees" if v in ("differs", "has_it") else v) for sid, v in status.items()}
        figs = [  # in brief order: only the sources that give it, not every source
            c.figure
            for sid in sorted((s for s in per_source if s in ctx.order), key=ctx.order.get)
            for c in sorted(per_source[sid], key=_START)
        ]
        out.groups.append(FigureGroup(name, figs[0].counts, fact.per, figs, alone(status)))
    out.discrepancies += same_value_other_thing(facts, ctx)
    out.discrepancies = one_finding_per_tally(out.discrepancies, facts, ctx)
    out.groups.sort(key=lambda g: (-sum(s != "silent" for s in g.status.values()), g.figures[0].start))
    return out


def _conflict(
    fact: FigureFact,
    per_source: dict[str, list[FigureClaim]],
    shown: dict[str, str],
    decision: Decision,
    name: str,
    ctx: Context,
) -> Discrepancy:
    claims = {sid: claim_text(cs, shown[sid]) for sid, cs in per_source.items()}
    by_value: dict[tuple[float, ...], list[str]] = defaultdict(list)
    for sid in ctx.source_ids:
        if sid in per_source:
            by_value[tuple(sorted(set(map(_VALUE, per_source[sid]))))].append(sid)
    ordered = sorted(by_value.items(), key=lambda kv: kv[0][0])
    summary = f"{name}: " + " vs ".join(
        f"{_values_text(per_source[s[0]])} ({label_list(s)})" for _, s in ordered
    )
    if decision.consensus is not None:
        summary += f"; {label_list(decision.dissenters)} differ{'s' if len(decision.dissenters) == 1 else ''}"
    return Discrepancy(
        "figure",
        "high",
        name,
        summary,
        silent_claims(claims, ctx.source_ids),
        id=finding_id("figure", name, fact.measure + (fact.per or ""), per_source),
        predicate=name,
        **decision.fields(),
    )


def _agreement(
    fact: FigureFact, per_source: dict[str, list[FigureClaim]], decision: Decision, name: str, ctx: Context
) -> Agreement:
    agreeing = decision.agreeing()
    subject = f"{decision.consensus} {name}"
    n, k = len(agreeing), ctx.origins(agreeing)
    backing = f" ({n} sources, {k} independent)" if k < n else ""
    credits = {sid: who for sid, cs in per_source.items() if (who := cs[0].attribution)}  # read once
    credit = ""
    if len(set(credits.values())) == 1 and len(credits) == len(agreeing):
        credit = f", as {next(iter(credits.values()))} reported"
    elif len(set(credits.values())) > 1:
        credit = "; credited to " + ", ".join(f"{who} in {sid}" for sid, who in credits.items())
    return Agreement(
        "figure",
        subject,
        f"{label_list(agreeing)} agree: {subject}{backing}{credit}",
        agreeing,
        {
            sid: Claim(
                per_source[sid][0].figure.text,
                [Span(per_source[sid][0].figure.start, per_source[sid][0].figure.end)],
            )
            for sid in agreeing
            if sid in per_source
        },
        id=finding_id("agreement", name, fact.measure + (fact.per or ""), agreeing),
        predicate=name,
        verdicts=decision.verdicts,
        origins=k,
        attributions=credits,
    )
