"""All sources against each other. Where each discrepancy kind is found:

| kind     | module                      | convention                                         |
|----------|-----------------------------|----------------------------------------------------|
| figure   | figures.py, figure_claims.py | one quantity, values that never meet; one value, different things |
| quote    | quotes.py, quote_wording.py | one statement: other speakers, other words, another point |
| role     | roles.py                    | offices that cannot both be true (president / CEO, former / current) |
| name     | names.py, people.py, spellings.py | one person, name forms that share nothing (Ken / Kenneth, slips); a place spelled two ways |
| date     | dates.py                    | stale captions; one event dated differently        |
| headline | headline.py                 | a name or number in a headline its body never supports |
| framing  | framing.py                  | loaded wording one source uses where others do not; record claims that cannot both hold |
| omission | omissions.py                | a salient fact some sources leave out (others: only-here lists) |

Shared ground: context.py (the brief's sources, origins, reach and sentences),
origins.py (wire copy), coverage.py (texts cut off), verdicts.py (a verdict per source),
ids.py (stable finding ids). Every check groups by a key or an index (person, counted
thing, speaker, run of words), so the cost grows with the number of facts, not pairs.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager

from tui.analysis.compare.common import label_list
from tui.analysis.compare.context import Context
from tui.analysis.compare.dates import date_discrepancies
from tui.analysis.compare.figures import compare_figures
from tui.analysis.compare.framing import framing_discrepancies, superlative_discrepancies
from tui.analysis.compare.headline import headline_discrepancies
from tui.analysis.compare.ids import assign_unique, finding_id
from tui.analysis.compare.names import name_discrepancies
from tui.analysis.compare.omissions import rank_omissions
from tui.analysis.compare.people import merge_people, person_candidates, person_status
from tui.analysis.compare.quotes import canonical_speakers, compare_quotes, group_by_wording
from tui.analysis.compare.roles import role_discrepancies, role_span
from tui.analysis.compare.spellings import spelling_discrepancies
from tui.analysis.model import (
    AGREES,
    SEVERITIES,
    Agreement,
    Analysis,
    ArticleFacts,
    Claim,
    Discrepancy,
    Person,
    Takeaway,
    Verdict,
)
from tui.brief.model import Brief

KIND_ORDER = ("figure", "quote", "role", "headline", "date", "framing", "note", "name", "omission")


@contextmanager
def paused_gc():
    """The analysis builds many small acyclic objects; the cyclic collector would
    rescan everything alive again and again meanwhile (a quarter of compare's time
    at 200 sources). Reference counting still frees what is dropped.

    On the way out, what the paused stretch made and kept (the result, alive as long
    as its caller holds it) goes straight to the oldest generation (gc.freeze, then
    gc.unfreeze, which puts the frozen objects there): else the first allocation after
    would scan all of it as young objects, to find it alive. It stays collectable, at
    the next full collection. Skipped when objects are frozen already (a program that
    froze its own before forking keeps them frozen)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if not gc.get_freeze_count():  # nobody else's frozen objects to thaw
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def compare(brief: Brief, facts: dict[str, ArticleFacts]) -> Analysis:
    with paused_gc():
        return _compare(brief, facts)


def _compare(brief: Brief, facts: dict[str, ArticleFacts]) -> Analysis:
    ctx = Context.of(brief, facts)
    analysis = Analysis(brief=brief, facts=facts)
    for sid in ctx.source_ids:
        f = facts[sid]
        analysis.quotes.extend(f.quotes)
        analysis.figures.extend(f.figures)
        analysis.takeaways.extend(f.takeaways)
        analysis.dates.extend(f.dates)
    analysis.origins = ctx.origins_list
    analysis.cut_off = dict(ctx.reach.reason)

    analysis.people = merge_people(brief, facts)
    canonical_speakers(analysis.quotes, analysis.people)
    wording_keys: dict[str, str] = {}  # quote text → its wording key, made once for both
    analysis.quote_groups = group_by_wording(analysis.quotes, wording_keys)
    texts = {a.id: a.text for a in brief.articles}

    def spans_of_roles(person: Person, sid: str, roles: list[str]):
        near = person.spans.get(sid, [])
        low = ctx.low_in_place(sid)
        return [s for r in roles for s in role_span(texts[sid], r, near, low)]

    found: list[Discrepancy] = []
    found += name_discrepancies(analysis.people, ctx, texts)
    found += role_discrepancies(analysis.people, ctx, texts, spans_of_roles)
    found += spelling_discrepancies(ctx, analysis.people)
    figures = compare_figures(analysis.figures, ctx, brief.ignore)
    analysis.figure_groups = figures.groups
    quote_issues, quote_agreements, quote_candidates = compare_quotes(
        analysis.quotes, ctx, analysis.people, wording_keys
    )
    found += figures.discrepancies + quote_issues
    found += headline_discrepancies(brief.articles, ctx)
    found += date_discrepancies(brief.articles, analysis.dates, ctx)
    found += framing_discrepancies(brief.articles, ctx)
    found += superlative_discrepancies(ctx)
    found += [
        Discrepancy("note", "medium", "editor's note", note, {}, id=finding_id("note", note))
        for note in brief.notes
    ]
    candidates = (
        person_candidates(analysis.people, analysis.quotes, ctx) + figures.candidates + quote_candidates
    )
    omissions, analysis.only_here = rank_omissions(candidates, ctx, found)
    found += omissions
    clashing: dict[str, set[str]] = {}
    for d in found:
        if d.kind in ("role", "name"):
            clashing.setdefault(d.subject, set()).update(
                d.dissenters or [s for s, c in d.claims.items() if not c.silent]
            )
    person_status(analysis.people, ctx, clashing)

    analysis.discrepancies = sorted(
        found,
        key=lambda d: (
            SEVERITIES.index(d.severity),
            KIND_ORDER.index(d.kind) if d.kind in KIND_ORDER else 99,
        ),
    )
    analysis.agreements = figures.agreements + quote_agreements + _people_agreements(analysis, ctx)
    assign_unique(analysis.discrepancies)
    assign_unique(analysis.agreements)
    assign_unique(analysis.only_here)
    analysis.takeaways = _brief_takeaways(analysis) + analysis.takeaways
    return analysis


def _people_agreements(analysis: Analysis, ctx: Context) -> list[Agreement]:
    ids = ctx.source_ids
    out = []
    for p in analysis.people:
        if len(p.mentions) < len(ids):  # agreed by all only when named by all
            continue
        both = [s for s in ids if p.status.get(s) == AGREES]
        if len(both) >= 2 and len(both) == len(ids):
            k = ctx.origins(both)
            out.append(
                Agreement(
                    "person",
                    p.name,
                    f"{label_list(both)} all name {p.name}",
                    both,
                    {s: Claim(p.name, p.spans.get(s, [])[:1]) for s in both},
                    id=finding_id("agreement", p.name, "person", both),
                    predicate="named",
                    verdicts={s: Verdict(AGREES, p.name) for s in both},
                    origins=k,
                )
            )
    return out


def _brief_takeaways(analysis: Analysis) -> list[Takeaway]:
    """The brief's own points: what the sources agree on and where they clash."""
    out = []
    facts = [a for a in analysis.agreements if a.kind == "figure"]
    if facts:
        out.append(Takeaway(None, "Sources agree on: " + "; ".join(a.subject for a in facts[:5]) + "."))
    high = [d for d in analysis.discrepancies if d.severity == "high"]
    for d in high[:3]:
        out.append(Takeaway(None, f"Sources differ: {d.summary}."))
    return out
