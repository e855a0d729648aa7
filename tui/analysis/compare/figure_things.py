"""Figures across sources, the rules about what a value counts: one value given for
different things ("3,000 arrests" / "3,000 deportations"), the words named right after
a number, and one finding per tally (a vote's for, against and margin are one fact).
The formatting of a value for a summary lives here too."""

from __future__ import annotations

from collections import defaultdict

from tui.analysis.compare.common import label_list, shorten, silent_claims, stem
from tui.analysis.compare.context import Context
from tui.analysis.compare.figure_claims import FigureClaim, FigureFact, context_share, thing_of
from tui.analysis.compare.ids import finding_id
from tui.analysis.compare.verdicts import decide
from tui.analysis.model import Claim, Discrepancy, Span, Verdict


def claim_text(claims: list[FigureClaim], shown: str | None = None) -> Claim:
    """`shown`: the claims' texts joined, each once, when already made (used when it
    covers them all: a claim lists the first six)."""
    texts = (
        shown
        if shown is not None and len(claims) <= 6
        else ", ".join(dict.fromkeys(c.figure.text for c in claims[:6]))
    )
    first = claims[0].figure
    return Claim(
        f"{texts} — “{shorten(first.sentence, 160)}”", [Span(c.figure.start, c.figure.end) for c in claims]
    )


def comparable(fact: FigureFact) -> bool:
    """Ages of different people and bare durations are not one fact told twice."""
    if fact.measure == "age":  # a person's age, or an age a rule sets ("the retirement age")
        return bool(fact.thing and (fact.thing.startswith("age of ") or fact.thing.endswith(" age")))
    if fact.measure == "duration":
        return bool(fact.thing and " " in fact.thing)
    return True


def fmt(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


AFTER = 6  # words after a number: "544 women who serve as store managers" names both


def _names_after(a: FigureClaim, b: FigureClaim) -> bool:
    """Does a's sentence name b's counted thing right after a's number? Then both count
    one set, described two ways ("544 women who serve as store managers" / "544 store
    managers"), and there is nothing to reconcile."""
    f = a.figure
    at = f.sentence.find(f.text)
    if at == -1 or not b.figure.counts:
        return False
    after = f.sentence[at + len(f.text) :].split()[:AFTER]
    wanted = {stem(w) for w in b.figure.counts.lower().split()}
    return bool(wanted & {stem(w.strip(".,;:'’\"”")) for w in after})


def same_value_other_thing(facts: list[FigureFact], ctx: Context) -> list[Discrepancy]:
    """One value at one rate, counting different things in sentences about one subject."""
    by_value: dict[tuple, list[FigureClaim]] = defaultdict(list)
    for fact in facts:
        if fact.thing is None or not comparable(fact):
            continue
        for c in fact.claims:
            if c.thing is None or c.thing.startswith("kind:"):
                continue  # joined by its sentence, or only a kind of money: not its own thing
            if abs(c.figure.value) >= 100 or fact.measure.startswith("money"):
                by_value[(c.figure.value, c.measure, c.per, c.frame)].append(c)
    out = []
    for (value, _measure, per, _frame), claims in by_value.items():
        things = {c.thing for c in claims}
        if len(things) < 2 or len({c.source for c in claims}) < 2:
            continue
        pairs = [
            (a, b)
            for i, a in enumerate(claims)
            for b in claims[i + 1 :]
            if a.source != b.source
            and a.thing != b.thing
            and context_share(a, b) >= 0.25
            and not _names_after(a, b)
            and not _names_after(b, a)
        ]
        if not pairs:
            continue
        involved = {c.index for pair in pairs for c in pair}
        per_source: dict[str, list[FigureClaim]] = defaultdict(list)
        for c in claims:
            if c.index in involved:
                per_source[c.source].append(c)
        rate = f" per {per}" if per else ""
        things_by: dict[str, list[str]] = defaultdict(list)
        for sid in ctx.source_ids:
            for c in per_source.get(sid, [])[:1]:
                things_by[c.figure.counts or "?"].append(sid)
        what = " vs ".join(f"{t} ({label_list(s)})" for t, s in things_by.items())
        verdicts_given = {sid: [cs[0].thing] for sid, cs in per_source.items()}
        decision = decide(
            ctx,
            verdicts_given,
            {sid: cs[0].figure.counts or "" for sid, cs in per_source.items()},
            str,
            [(sid, cs[0].figure.start) for sid, cs in per_source.items()],
        )
        out.append(
            Discrepancy(
                "figure",
                "high",
                f"{fmt(value)}{rate}",
                f"{fmt(value)}{rate} counts different things: {what}",
                silent_claims({sid: claim_text(cs) for sid, cs in per_source.items()}, ctx.source_ids),
                id=finding_id("figure", fmt(value) + rate, "counted thing", per_source),
                predicate="counted thing",
                **decision.fields(),
            )
        )
    return out


def one_finding_per_tally(
    found: list[Discrepancy], facts: list[FigureFact], ctx: Context
) -> list[Discrepancy]:
    """A tally's two sides that clash together ("72-26" / "74-24") are one finding: the
    votes for and the votes against of each source's tally, read from the same sentence."""
    sides = {d.predicate: d for d in found if d.predicate in ("votes for", "votes against")}
    if len(sides) < 2:
        return found
    yes, no = sides["votes for"], sides["votes against"]
    if set(yes.verdicts) != set(no.verdicts):
        return found
    by_side = {f.thing: f for f in facts if f.measure == "tally"}
    for_side = by_side.get(thing_of("votes for", None))
    against_side = by_side.get(thing_of("votes against", None))
    if for_side is None or against_side is None:
        return found
    tallies: dict[str, str] = {}
    spans: dict[str, list[Span]] = {}
    for sid in yes.verdicts:
        ys = [c.figure for c in for_side.claims if c.source == sid]
        ns = [c.figure for c in against_side.claims if c.source == sid]
        if not ys or not ns:
            return found
        tallies[sid] = f"{fmt(ys[0].value)}-{fmt(ns[0].value)}"
        spans[sid] = [Span(ys[0].start, ys[0].end), Span(ns[0].start, ns[0].end)]
    by_tally: dict[str, list[str]] = defaultdict(list)
    for sid, t in tallies.items():
        by_tally[t].append(sid)
    merged = Discrepancy(
        "figure",
        "high",
        "vote",
        "vote: " + " vs ".join(f"{t} ({label_list(s)})" for t, s in by_tally.items()),
        silent_claims(
            {
                sid: Claim(
                    f"{t} — “{shorten(yes.claims[sid].text.split('“', 1)[-1].rstrip('”'), 160)}”", spans[sid]
                )
                for sid, t in tallies.items()
            },
            ctx.source_ids,
        ),
        id=finding_id("figure", "vote", "tally", list(tallies)),
        predicate="tally",
        verdicts={sid: Verdict(yes.verdicts[sid].verdict, tallies[sid]) for sid in tallies},
        consensus=None
        if yes.consensus is None
        else next((t for t, s in by_tally.items() if yes.verdicts[s[0]].verdict == "agrees"), None),
        dissenters=yes.dissenters,
    )
    return [merged if d is yes else d for d in found if d is not no]
