"""The analysis as JSON (SPEC.md, schema 1). Other tools parse this: keys may be
added, never removed or renamed, and the order of lists is stable."""

from __future__ import annotations

import math
from typing import Any

from tui.analysis.model import Analysis, Figure, Person, Verdict

SCHEMA = 1


def number(value: float) -> int | float:
    """3000.0 as 3000: consumers compare figures with the numbers they read."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if math.isfinite(value) and value == int(value):
        return int(value)
    return value


def people_by_mentions(people: list[Person]) -> list[Person]:
    """Most-mentioned first; ties keep the comparer's order."""
    return sorted(people, key=lambda p: -sum(p.mentions.values()))


def _figure(f: Figure) -> dict[str, Any]:
    return {
        "source": f.source,
        "value": number(f.value),
        "text": f.text,
        "counts": f.counts,
        "per": f.per,
        "qualifier": f.qualifier,
        "sentence": f.sentence,
        "start": f.start,
        "end": f.end,
        "unit": f.unit,
    }


def _verdicts(verdicts: dict[str, Verdict]) -> dict[str, dict[str, str | None]]:
    return {sid: {"verdict": v.verdict, "value": v.value} for sid, v in verdicts.items()}


def _origin_groups(analysis: Analysis) -> list[list[str]]:
    """Sources by origin; an analysis built without origins has one per source."""
    return [list(g) for g in analysis.origins] or [[sid] for sid in analysis.source_ids]


def _origins(analysis: Analysis) -> dict[str, int]:
    return {sid: i for i, group in enumerate(_origin_groups(analysis)) for sid in group}


def analysis_to_json(analysis: Analysis) -> dict:
    brief = analysis.brief
    origin_of = _origins(analysis)
    return {
        "schema": SCHEMA,
        "brief": {
            "title": brief.title,
            "path": str(brief.path) if brief.path is not None else "",
            "summary": brief.summary,
            "notes": list(brief.notes),
        },
        "sources": [
            {
                "id": a.id,
                "outlet": a.outlet,
                "headline": a.headline,
                "url": a.url,
                "published": a.published,
                "words": a.words,
                "author": a.author,
                "origin": origin_of.get(a.id, 0),
                "partial": a.partial,
                "cut_off": analysis.cut_off.get(a.id),
            }
            for a in brief.articles
        ],
        "origins": _origin_groups(analysis),
        "people": [
            {
                "name": p.name,
                "aliases": list(p.aliases),
                "roles": {sid: list(roles) for sid, roles in p.roles.items()},
                "mentions": dict(p.mentions),
                "status": dict(p.status),
            }
            for p in people_by_mentions(analysis.people)
        ],
        "quotes": [
            {
                "source": q.source,
                "speaker": q.speaker,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "speaker_kind": q.speaker_kind,
            }
            for q in analysis.quotes
        ],
        "figures": [_figure(f) for f in analysis.figures],
        "figure_groups": [
            {
                "label": g.label,
                "counts": g.counts,
                "per": g.per,
                "values": _group_values(g.figures),
                "status": dict(g.status),
            }
            for g in analysis.figure_groups
        ],
        "takeaways": [
            {"source": t.source, "text": t.text, "start": t.start, "end": t.end} for t in analysis.takeaways
        ],
        "dates": [
            {
                "source": d.source,
                "text": d.text,
                "start": d.start,
                "end": d.end,
                "year": d.year,
                "iso": d.iso,
                "in_caption": d.in_caption,
            }
            for d in analysis.dates
        ],
        "discrepancies": [
            {
                "kind": d.kind,
                "severity": d.severity,
                "subject": d.subject,
                "summary": d.summary,
                "claims": {sid: c.text for sid, c in d.claims.items()},
                "spans": {sid: [[s.start, s.end] for s in c.spans] for sid, c in d.claims.items()},
                "silent": [sid for sid, c in d.claims.items() if c.silent],
                "id": d.id,
                "predicate": d.predicate,
                "verdicts": _verdicts(d.verdicts),
                "consensus": d.consensus,
                "dissenters": list(d.dissenters),
            }
            for d in analysis.discrepancies
        ],
        "agreements": [
            {
                "kind": a.kind,
                "subject": a.subject,
                "summary": a.summary,
                "sources": list(a.sources),
                "claims": {sid: c.text for sid, c in a.claims.items()},
                "id": a.id,
                "predicate": a.predicate,
                "verdicts": _verdicts(a.verdicts),
                "origins": a.origins,
                "attributions": dict(a.attributions),
            }
            for a in analysis.agreements
        ],
        "only_here": {
            sid: [
                {
                    "id": o.id,
                    "kind": o.kind,
                    "subject": o.subject,
                    "text": o.text,
                    "spans": [[s.start, s.end] for s in o.spans],
                }
                for o in analysis.only_here
                if o.source == sid
            ]
            for sid in analysis.source_ids
        },
    }


def _group_values(figures: list[Figure]) -> dict[str, list[int | float]]:
    values: dict[str, list[int | float]] = {}
    for f in figures:
        values.setdefault(f.source, []).append(number(f.value))
    return values


def review_to_json(review, analysis: Analysis) -> dict:
    """The `review` key (added when the brief has a review file): the reader's mark per
    finding id, `stale` when the analysis no longer has that finding."""
    counts = review.counts(analysis)
    stale = {s.id for s in review.stale(analysis)}
    return {
        "file": str(review.path),
        "reviewed": counts.reviewed,
        "findings": counts.total,
        "verdicts": {
            fid: {"verdict": m.verdict, "note": m.note, "about": m.about, "stale": fid in stale}
            for fid, m in sorted(review.marks.items())
        },
    }
