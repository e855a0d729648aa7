"""Omissions, ranked: a fact some sources leave out is a discrepancy only when it is
salient where it appears; every other one-source detail goes to that source's
"only here" list.

Salience follows how news copy signals importance: the headline (3), the lead, the
first paragraph of the body (2), repetition (half a point a mention, up to 3) and, for
people, being quoted (1 a quote, up to 2). An item scoring SALIENT or more in a source
that has it is an omission for the sources that lack it; at most MOST are reported,
the most salient first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress
from operator import attrgetter

from tui.analysis.compare.common import label_list, shorten, silent_claims
from tui.analysis.compare.context import Context
from tui.analysis.compare.ids import finding_id
from tui.analysis.extract.quote_runs import OPENING
from tui.analysis.model import AGREES, HAS_IT, Claim, Discrepancy, OnlyHere, Span, Verdict

SALIENT = 3.0
MOST = 5
PLACE_WEIGHT = {"headline": 3.0, "lead": 2.0, "body": 0.0}
_SPANS, _START = attrgetter("spans"), attrgetter("start")
_HEADLINE, _LEAD, _BODY = PLACE_WEIGHT["headline"], PLACE_WEIGHT["lead"], PLACE_WEIGHT["body"]
assert _BODY <= _LEAD <= _HEADLINE  # so a span in the lead only raises it, and the headline ends the search


@dataclass(slots=True)
class Candidate:
    """A fact given by some sources only: what it is and where each source gives it."""

    kind: str  # person | figure | quote
    subject: str
    what: str  # how a summary names it: "Kristi Noem", "quotes from Tom Homan"
    spans: dict[str, list[Span]]  # per source that has it, every place it is given
    text: dict[str, str]  # per source that has it, what it says (shown in the claim)
    quoted: dict[str, int] = field(default_factory=dict)  # people: quotes per source
    predicate: str = ""
    search: tuple[tuple[str, ...], ...] = ()  # runs of folded words (quote_words) to look for

    def salience(self, ctx: Context, sid: str) -> float:
        spans = self.spans.get(sid, [])
        # the best place it is given (Context.place, inlined): the headline ends the search
        head, lead = ctx.place_bounds(sid)
        score = _BODY if spans else 0.0
        for s in spans:
            at = s.start
            if head and head[0] <= at <= head[1]:
                score = _HEADLINE  # the most a place weighs
                break
            if lead and lead[0] <= at <= lead[1]:
                score = _LEAD  # more than the body
        # repetition up to 3, quotes up to 2 (compared, not min(): this runs per source)
        repeated, quoted = 0.5 * len(spans), float(self.quoted.get(sid, 0))
        score += repeated if repeated < 3.0 else 3.0
        score += quoted if quoted < 2.0 else 2.0
        return score


def _written_after_all(candidates: list[Candidate], ctx: Context) -> dict[int, set[str]]:
    """Candidate → the sources the extractor found silent that write its words after all
    (a quote's opening words, without quotation marks). Every run looked for goes in one
    set, met with each source's fingerprint of runs (extract.quote_runs) in one set
    lookup per run; a source without one (facts not made by the extractor) has its
    windows of words made once per length. The cost is the brief's runs, not candidates
    times sources."""
    wanted: dict[tuple[str, ...], list[Candidate]] = {}
    for c in candidates:
        # each run once: sources that quote the same words give a candidate the same
        # opening again and again, and a run found makes the same sources count
        for run in dict.fromkeys(c.search):
            wanted.setdefault(run, []).append(c)
    out: dict[int, set[str]] = {}
    if not wanted:
        return out
    by_length: dict[int, set[tuple[str, ...]]] = {}
    for run in wanted:
        by_length.setdefault(len(run), set()).add(run)
    by_hash: dict[int, list[tuple[str, ...]]] = {}
    for run in by_length.get(OPENING, ()):
        by_hash.setdefault(hash(run), []).append(run)
    hashes = frozenset(by_hash)  # made once, met with every fingerprint
    for sid in ctx.source_ids:
        facts = ctx.facts.get(sid)
        fingerprint = facts.quote_runs if facts is not None and facts.sentences else None
        words = None
        found: list[tuple[str, ...]] = []
        for n, runs in by_length.items():
            if n == OPENING and fingerprint is not None:
                found += (run for h in hashes.intersection(fingerprint) for run in by_hash[h])
                continue
            if words is None:
                words = ctx.folded_words(sid)
            # every window of n words, made in C (zip of shifted slices), met with the runs
            found += runs.intersection(zip(*(words[k:] for k in range(n)), strict=False))
        for run in found:
            for c in wanted[run]:
                if sid not in c.spans:
                    out.setdefault(id(c), set()).add(sid)
    return out


def _context(ctx: Context, sid: str, spans: list[Span], kind: str = "") -> tuple[str, list[Span]]:
    """The first sentence of the body that gives the fact (a headline says less); for a
    quote, none: the quote's own words say it."""
    ordered = sorted(spans)
    body = [s for s in ordered if ctx.place(sid, s.start) != "headline"] or ordered
    first = body[0] if body else None
    sent = ctx.sentence_at(sid, first.start) if first and kind != "quote" else None
    return (shorten(sent.text, 220) if sent else ""), ([first] if first else [])


def _cites(c: Candidate, cited: dict[str, set[int]]) -> bool:
    """Does a reported discrepancy cite one of the candidate's spans?"""
    for sid, spans in c.spans.items():
        starts = cited.get(sid)
        if starts and not starts.isdisjoint(map(_START, spans)):  # met in C
            return True
    return False


def rank_omissions(
    candidates: list[Candidate], ctx: Context, found: list[Discrepancy] = ()
) -> tuple[list[Discrepancy], list[OnlyHere]]:
    """`found`: the discrepancies already reported; a fact one of them cites is part of
    that clash, not an omission of its own."""
    cited: dict[str, set[int]] = {}  # source → where the reported discrepancies cite it
    for d in found:
        claims = d.claims  # most are silent, without spans: the others are picked in C
        for sid in compress(claims, map(_SPANS, claims.values())):
            cited.setdefault(sid, set()).update(map(_START, claims[sid].spans))
    written = _written_after_all(candidates, ctx)
    order = ctx.order
    scored = []
    for c in candidates:
        if _cites(c, cited):
            continue
        said_after_all = written.get(id(c), set())
        # in brief order, from the few sources that have it (not a walk over every source)
        present = sorted((s for s, spans in c.spans.items() if spans and s in order), key=order.get)
        covered = sum(1 for s in {*c.spans, *said_after_all} if s in order)
        if not present or covered == len(order):  # no source, or no source without it
            continue
        best, top = present[0], -1.0  # the first of the most salient (max(), without a dict)
        for s in present:
            score = c.salience(ctx, s)
            if score > top:
                best, top = s, score
        scored.append((top, c, present, said_after_all, best))
    scored.sort(key=lambda x: -x[0])
    reported: list[Discrepancy] = []
    only_here: list[OnlyHere] = []
    for score, c, present, said_after_all, best in scored:
        if score >= SALIENT and len(reported) < MOST:
            absent = [s for s in ctx.source_ids if s not in c.spans and s not in said_after_all]
            reported.append(_omission(c, ctx, present, absent, best, score))
        elif len(present) == 1:
            sid = present[0]
            sentence, spans = _context(ctx, sid, c.spans[sid], c.kind)
            only_here.append(
                OnlyHere(
                    sid,
                    c.kind,
                    c.subject,
                    c.text[sid] + (f" — “{sentence}”" if sentence else ""),
                    spans,
                    finding_id("only", c.subject, c.kind, [sid]),
                )
            )
    return reported, only_here


def _omission(c: Candidate, ctx: Context, present, absent, best, score) -> Discrepancy:
    claims = {}
    for sid in present:
        sentence, spans = _context(ctx, sid, c.spans[sid], c.kind)
        claims[sid] = Claim(c.text[sid] + (f" — “{sentence}”" if sentence else ""), spans)
    others_at = [(s, min(c.spans[s]).start) for s in present]
    verdicts = {}
    for sid in ctx.source_ids:
        if sid in c.spans:
            verdicts[sid] = Verdict(HAS_IT if len(present) == 1 else AGREES, c.text[sid])
        else:
            verdicts[sid] = ctx.absent(sid, others_at)
    place = ctx.place(best, min(c.spans[best]).start)
    why = {"headline": f"in {best}'s headline", "lead": f"in {best}'s lead"}.get(
        place, f"prominent in {best}"
    )
    return Discrepancy(
        "omission",
        "low",
        c.subject,
        f"{c.what} {'appear' if c.what.endswith('quotes') else 'appears'} only in {label_list(present)}"
        f" ({why}); not in {label_list(absent)}",
        silent_claims(claims, ctx.source_ids, "not mentioned"),
        id=finding_id("omission", c.subject, c.kind, present),
        predicate=c.kind,
        verdicts=verdicts,
        consensus=None,
        dissenters=[],
    )
