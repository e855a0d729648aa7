"""Name forms: one person written differently by different sources.

News style varies in ways that are not discrepancies: a middle initial or middle name
("John G. Roberts Jr." / "John Roberts") and a suffix are dropped at will. What is
reported is a source whose forms share nothing with another's once those are set
aside: a nickname ("Ken" / "Kenneth"), a leading initial ("A. Barry Rand" / "Barry
Rand"), a one-letter slip ("Lindsay" / "Lindsey"), which the merge has already joined
into one person.
"""

from __future__ import annotations

from collections import defaultdict

from tui.analysis.compare.common import label_list, silent_claims
from tui.analysis.compare.context import Context
from tui.analysis.compare.ids import finding_id
from tui.analysis.compare.verdicts import decide
from tui.analysis.memo import remembered
from tui.analysis.model import Claim, Discrepancy, Person

_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def _initial(token: str) -> bool:
    t = token.rstrip(".")
    return len(t) == 1 or (token.endswith(".") and len(t) <= 2 and t.isupper())


@remembered(4096)  # sources repeat one person's names
def written_form(name: str) -> str:
    """The form that counts: leading initials and the first full given name, then the
    surname; middle names, middle initials and suffixes set aside."""
    name = name.replace("’", "'").replace("‘", "'")  # O’Neill is O'Neill: typography, not a name
    toks = [t for t in name.split() if t.lower().rstrip(",") not in _SUFFIXES]
    if len(toks) < 2:
        return name
    given, surname = toks[:-1], toks[-1]
    kept = []
    for t in given:
        kept.append(t)
        if not _initial(t):
            break
    return " ".join([*kept, surname])


def name_discrepancies(people: list[Person], ctx: Context, texts: dict[str, str]) -> list[Discrepancy]:
    out = []
    for person in people:
        forms = {sid: {written_form(n) for n in names} for sid, names in person.forms.items() if names}
        if len(forms) < 2:
            continue
        variants = {frozenset(v) for v in forms.values()}
        if len(variants) < 2:
            continue
        clash = any(a.isdisjoint(b) for a in variants for b in variants if a is not b)
        if not clash:
            continue
        decision = decide(
            ctx,
            {sid: sorted(v) for sid, v in forms.items()},
            {sid: " / ".join(sorted(person.forms[sid])) for sid in forms},
            str,
            [(sid, person.spans[sid][0].start) for sid in forms if person.spans.get(sid)],
        )
        by_form: dict[str, list[str]] = defaultdict(list)
        for sid, v in forms.items():
            by_form[" / ".join(sorted(v))].append(sid)
        claims = {}
        for sid in forms:
            written = set(person.forms[sid])
            spans = [s for s in person.spans.get(sid, []) if texts[sid][s.start : s.end] in written][:3]
            claims[sid] = Claim(" / ".join(sorted(written)), spans)
        summary = f"{person.name} is named " + " vs ".join(
            f"“{form}” ({label_list(sids)})" for form, sids in by_form.items()
        )
        out.append(
            Discrepancy(
                "name",
                "low",
                person.name,
                summary,
                silent_claims(claims, ctx.source_ids),
                id=finding_id("name", person.name, "name form", forms),
                predicate="name form",
                **decision.fields(),
            )
        )
    return out
