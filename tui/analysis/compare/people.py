"""People across sources: one entity per person; differing names and roles."""

from __future__ import annotations

from collections import defaultdict

from tui.analysis.compare.common import label_list, lowered, offsets_kept, silent_claims
from tui.analysis.extract.people import name_key, role_head, surname
from tui.analysis.model import AGREES, DIFFERS, SILENT, ArticleFacts, Claim, Discrepancy, Person, Span
from tui.brief.model import Brief


def _is_surname_only(name: str) -> bool:
    return len(name.split()) == 1


def merge_people(brief: Brief, facts: dict[str, ArticleFacts]) -> list[Person]:
    """Group every article's people by name key; a surname-only mention joins the one
    full name with that surname, and editor hints join their aliases."""
    alias_of: dict[str, str] = {}
    for hint in brief.people:
        for alias in (hint.name, *hint.aliases):
            alias_of[name_key(alias)] = name_key(hint.name)
    ignored = {name_key(x) for x in brief.ignore}

    mentions = [(sid, m) for sid, f in facts.items() for m in f.people]
    # Per distinct name, once: sources repeat names. (surname only?, key)
    named: dict[str, tuple[bool, str]] = {}
    for _, m in mentions:
        if m.name not in named:
            k = name_key(m.name)
            named[m.name] = (_is_surname_only(m.name), alias_of.get(k, k))
    full_by_surname: dict[str, set[str]] = defaultdict(set)
    for name, (short, key) in named.items():
        if not short:
            full_by_surname[surname(name).lower()].add(key)

    groups: dict[str, Person] = {}
    forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for sid, m in mentions:
        short, key = named[m.name]
        if short:
            owners = full_by_surname.get(m.name.lower(), set())
            if len(owners) == 1:
                key = next(iter(owners))
        if key in ignored:
            continue
        person = groups.get(key)
        if person is None:
            person = groups[key] = Person(name=m.name)
        if not short:
            forms[key][sid].add(m.name)
        for variant in m.variants:
            forms[key][sid].add(variant)
        roles = person.roles.setdefault(sid, [])
        for role in m.roles:
            if not roles or role.lower() not in {r.lower() for r in roles}:
                roles.append(role)
        person.spans.setdefault(sid, []).extend(m.spans)
        person.mentions[sid] = person.mentions.get(sid, 0) + max(1, len(m.spans))

    hint_names = {name_key(h.name): h.name for h in brief.people}
    for key, person in groups.items():
        counts: dict[str, int] = defaultdict(int)
        for sid, names in forms[key].items():
            for n in names:
                counts[n] += person.mentions.get(sid, 1)
        if key in hint_names:
            person.name = hint_names[key]
        elif counts:
            # The fullest form, then the most used.
            person.name = max(counts, key=lambda n: (len(n.split()), len(n), counts[n]))
        person.aliases = sorted(n for n in counts if n != person.name)
        for sid in person.spans:
            person.spans[sid] = sorted(set(person.spans[sid]))
        person.roles = {sid: r for sid, r in person.roles.items() if r}
        person.forms = {sid: sorted(names) for sid, names in forms[key].items()}
    people = sorted(groups.values(), key=lambda p: (-len(p.mentions), -sum(p.mentions.values()), p.name))
    return people


def _role_span(text: str, role: str, near: list[Span], low: str | None = None) -> list[Span]:
    """Where a role is written, nearest the person's mentions (an appositive or a
    title sits next to the name, so only the text around the mentions is searched).
    `low` is text.lower() when that keeps every offset (see lowered), searched in place."""
    needle = role.lower()
    near = near[:3]
    windows = [(max(0, s.start - 200), s.end + 200) for s in near] or [(0, len(text))]
    hits = []
    for lo, hi in windows:
        if low is not None:
            at = low.find(needle, lo, hi)
        else:
            at = text[lo:hi].lower().find(needle)
            at = at if at == -1 else lo + at
        if at != -1:
            hits.append(_new(Span, (at, at + len(role))))
    if not hits:
        return []
    if not near or len(hits) == 1:
        return hits[:1]
    return [min(hits, key=lambda h: min(abs(h.start - s.start) for s in near))]


_new = tuple.__new__  # Span(a, b) without NamedTuple's argument handling


def people_discrepancies(
    brief: Brief,
    people: list[Person],
    facts: dict[str, ArticleFacts],
    lows: dict[str, str] | None = None,
) -> list[Discrepancy]:
    """`lows`: each article's text.lower(), when the caller has them already."""
    ids = [a.id for a in brief.articles]
    order = {sid: i for i, sid in enumerate(ids)}
    texts = {a.id: a.text for a in brief.articles}
    low_texts: dict[str, str | None] = {}  # lowered on first need, once per source
    heads_of: dict[str, str] = {}  # role_head per distinct role: sources repeat them
    out: list[Discrepancy] = []
    for person in people:
        differs: set[str] = set()
        # name: the sources write the full name differently (Kenneth vs Ken)
        forms = {sid: set(names) for sid, names in person.forms.items()}
        distinct = {frozenset(v) for v in forms.values()}
        if len(forms) > 1 and len(distinct) > 1:
            claims = {
                sid: Claim(
                    " / ".join(sorted(v)),
                    [s for s in person.spans.get(sid, []) if texts[sid][s.start : s.end] in v][:3],
                )
                for sid, v in forms.items()
            }
            written = sorted({n for v in forms.values() for n in v})
            out.append(
                Discrepancy(
                    "name",
                    "low",
                    person.name,
                    f"{person.name} is named " + " vs ".join(f"“{n}”" for n in written),
                    silent_claims(claims, ids),
                )
            )
            differs |= set(forms)
        # role: two sources give roles whose head nouns never meet
        heads = {}
        for sid, roles in person.roles.items():
            if roles:
                h = set()
                for r in roles:
                    head = heads_of.get(r)
                    if head is None:
                        head = heads_of[r] = role_head(r)
                    h.add(head)
                heads[sid] = h
        if len(heads) > 1:
            # Sources giving the same heads form one variant; compare variants, not sources.
            variants: dict[frozenset, list[str]] = defaultdict(list)
            for sid, h in heads.items():
                variants[frozenset(h)].append(sid)
            kinds = list(variants)
            clash = [(a, b) for i, a in enumerate(kinds) for b in kinds[i + 1 :] if a.isdisjoint(b)]
            if clash:
                involved = sorted(
                    {s for pair in clash for k in pair for s in variants[k]}, key=order.__getitem__
                )
                claims = {}
                for sid in involved:
                    if sid not in low_texts:
                        low = lows.get(sid) if lows else None
                        if low is None:
                            low_texts[sid] = lowered(texts[sid])
                        else:
                            low_texts[sid] = low if offsets_kept(texts[sid], low) else None
                    near = person.spans.get(sid, [])
                    roles = person.roles[sid]
                    claims[sid] = Claim(
                        "; ".join(roles),
                        [sp for r in roles for sp in _role_span(texts[sid], r, near, low_texts[sid])],
                    )
                out.append(
                    Discrepancy(
                        "role",
                        "medium",
                        person.name,
                        f"{person.name}: "
                        + " vs ".join(
                            f"“{person.roles[sids[0]][0]}” ({label_list(sids)})"
                            for sids in _by_first_role(person, involved).values()
                        ),
                        silent_claims(claims, ids, "no role given"),
                    )
                )
                differs |= set(involved)
        # omission: named by some sources, not by others
        present = [sid for sid in ids if person.mentions.get(sid)]
        missing = [sid for sid in ids if sid not in person.mentions]
        if present and missing and len(ids) > 1:
            claims = {sid: Claim(_who(person, sid), person.spans.get(sid, [])[:1]) for sid in present}
            out.append(
                Discrepancy(
                    "omission",
                    "low",
                    person.name,
                    f"{person.name} appears only in {label_list(present)}",
                    silent_claims(claims, ids),
                )
            )
        person.status = {
            sid: SILENT if sid not in person.mentions else DIFFERS if sid in differs else AGREES
            for sid in ids
        }
    return out


def _by_first_role(person: Person, sids: list[str]) -> dict[str, list[str]]:
    """Sources grouped by the role they give first, so a summary names each variant once."""
    out: dict[str, list[str]] = defaultdict(list)
    for sid in sids:
        out[person.roles[sid][0].lower()].append(sid)
    return out


def _who(person: Person, sid: str) -> str:
    roles = person.roles.get(sid)
    return f"{person.name}, {roles[0]}" if roles else person.name
