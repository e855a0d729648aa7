"""The analysis as JSON (SPEC.md, schema 1). Other tools parse this: keys may be
added, never removed or renamed, and the order of lists is stable.

Maps by source hold the sources that speak only: a source missing from a finding's
`claims`, `spans` or `verdicts`, or from a person's `status`, is silent (a finding's
`silent` lists them), so the document grows with what the sources say, not with
findings times sources. The document is built one top-level key at a time
(`sections`), so a writer can encode each and let it go (json_write)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any

from tui.analysis.model import SILENT, Agreement, Analysis, Discrepancy, Figure, Person, Verdict

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


def finite(figure: Figure) -> bool:
    """A figure JSON can carry: a 400-digit number parses to infinity, which is not JSON.
    Such a figure stays in the article's text; it is left out of `figures`."""
    return isinstance(figure.value, int) or math.isfinite(figure.value)


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
        "frame": f.frame,  # "sought", "supposed" or null: reported (extract/figures/hypothetical.py)
    }


def _verdicts(verdicts: dict[str, Verdict]) -> dict[str, dict[str, str | None]]:
    return {sid: {"verdict": v.verdict, "value": v.value} for sid, v in verdicts.items()}


def _spoken(status: dict[str, str]) -> dict[str, str]:
    """A status map without its silent entries (a source missing from it is silent)."""
    return {sid: st for sid, st in status.items() if st != SILENT}


def _origin_groups(analysis: Analysis) -> list[list[str]]:
    """Sources by origin; an analysis built without origins has one per source."""
    return [list(g) for g in analysis.origins] or [[sid] for sid in analysis.source_ids]


def _brief(analysis: Analysis) -> dict:
    brief = analysis.brief
    return {
        "title": brief.title,
        "path": str(brief.path) if brief.path is not None else "",
        "summary": brief.summary,
        "notes": list(brief.notes),
    }


def _sources(analysis: Analysis) -> list[dict]:
    origin_of = {sid: i for i, group in enumerate(_origin_groups(analysis)) for sid in group}
    return [
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
        for a in analysis.brief.articles
    ]


def _people(analysis: Analysis) -> list[dict]:
    return [
        {
            "name": p.name,
            "aliases": list(p.aliases),
            "roles": {sid: list(roles) for sid, roles in p.roles.items()},
            "mentions": dict(p.mentions),
            "status": _spoken(p.status),
        }
        for p in people_by_mentions(analysis.people)
    ]


def _quotes(analysis: Analysis) -> list[dict]:
    return [
        {
            "source": q.source,
            "speaker": q.speaker,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "speaker_kind": q.speaker_kind,
        }
        for q in analysis.quotes
    ]


def _figure_groups(analysis: Analysis) -> list[dict]:
    return [
        {
            "label": g.label,
            "counts": g.counts,
            "per": g.per,
            "values": _group_values(g.figures),
            "status": dict(g.status),
        }
        for g in analysis.figure_groups
    ]


def _group_values(figures: list[Figure]) -> dict[str, list[int | float]]:
    values: dict[str, list[int | float]] = {}
    for f in filter(finite, figures):
        values.setdefault(f.source, []).append(number(f.value))
    return values


def _dates(analysis: Analysis) -> list[dict]:
    return [
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
    ]


def _discrepancy(d: Discrepancy) -> dict:
    speaking = {sid: c for sid, c in d.claims.items() if not c.silent}
    return {
        "kind": d.kind,
        "severity": d.severity,
        "subject": d.subject,
        "summary": d.summary,
        "claims": {sid: c.text for sid, c in speaking.items()},
        "spans": {sid: [[s.start, s.end] for s in c.spans] for sid, c in speaking.items()},
        "silent": [sid for sid, c in d.claims.items() if c.silent],
        "id": d.id,
        "predicate": d.predicate,
        "verdicts": _verdicts(d.verdicts),
        "consensus": d.consensus,
        "dissenters": list(d.dissenters),
    }


def _agreement(a: Agreement) -> dict:
    return {
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


def _only_here(analysis: Analysis) -> dict[str, list[dict]]:
    by_source: dict[str, list[dict]] = {sid: [] for sid in analysis.source_ids}
    for o in analysis.only_here:
        if o.source in by_source:
            by_source[o.source].append(
                {
                    "id": o.id,
                    "kind": o.kind,
                    "subject": o.subject,
                    "text": o.text,
                    "spans": [[s.start, s.end] for s in o.spans],
                }
            )
    return by_source


SECTIONS: list[tuple[str, Callable[[Analysis], Any]]] = [
    ("schema", lambda analysis: SCHEMA),
    ("brief", _brief),
    ("sources", _sources),
    ("origins", _origin_groups),
    ("people", _people),
    ("quotes", _quotes),
    ("figures", lambda analysis: [_figure(f) for f in analysis.figures if finite(f)]),
    ("figure_groups", _figure_groups),
    (
        "takeaways",
        lambda analysis: [
            {"source": t.source, "text": t.text, "start": t.start, "end": t.end} for t in analysis.takeaways
        ],
    ),
    ("dates", _dates),
    ("discrepancies", lambda analysis: [_discrepancy(d) for d in analysis.discrepancies]),
    ("agreements", lambda analysis: [_agreement(a) for a in analysis.agreements]),
    ("only_here", _only_here),
]


def sections(analysis: Analysis) -> Iterator[tuple[str, Any]]:
    """The document's top-level keys in order, each value built when it is reached."""
    for key, build in SECTIONS:
        yield key, build(analysis)


def analysis_to_json(analysis: Analysis) -> dict:
    return dict(sections(analysis))


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
