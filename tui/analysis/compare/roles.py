"""Roles: titles for one person that cannot both be true.

A role is read for the office it names (`lexicon/data/role_offices.txt`): "Chick-fil-A
president" → president (company); "White House deputy chief of staff" → deputy chief
of staff (staff); "former WWE wrestling executive" → a former executive (company,
generic). Two sources clash when, in one domain, the offices they give never meet
("president" / "CEO"), or when one says "former" of an office the other gives as
current ("former executive" / "the CEO"). Synonyms ("Councillor" / "council member")
name one office; descriptors that name no office ("top deportation official", "senior
adviser") and offices of different domains ("senator", "candidate") are compatible.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from tui.analysis.compare.common import label_list, silent_claims
from tui.analysis.compare.context import Context
from tui.analysis.compare.ids import finding_id
from tui.analysis.compare.verdicts import decide, each_its_own
from tui.analysis.lexicon import entries, word_list
from tui.analysis.memo import remembered
from tui.analysis.model import Claim, Discrepancy, Person, Span
from tui.analysis.text import longest_first
from tui.regex_cache import compiled


@dataclass(frozen=True)
class Office:
    name: str  # "deputy chief of staff"
    domains: frozenset[str]
    generic: bool = False
    former: bool = False

    def label(self) -> str:
        return ("former " if self.former else "") + self.name


def _table() -> dict[str, tuple[str, frozenset[str], bool]]:
    table = {}
    for line in entries("role_offices"):
        phrase, office, domains = (part.strip() for part in line.split("|"))
        generic = office.startswith("*")
        table[phrase] = (office.lstrip("*"), frozenset(d.strip() for d in domains.split(",")), generic)
    return table


OFFICES = _table()
FORMER = word_list("role_former")
RANKS = ("deputy", "assistant", "vice", "associate")  # a rank word makes another office
_PHRASES = compiled(r"(?<![\w-])(" + "|".join(re.escape(p) for p in longest_first(OFFICES)) + r")(?![\w-])")
_PREPOSITION = compiled(r"\b(?:of|for|at|in|with|to|from|on|who|which|and)\b")
_WORD = compiled(r"[\w'-]+")


@remembered(4096)
def office_of(role: str) -> Office | None:
    """The office a role names, or None for a descriptor ("a senior official")."""
    low = role.lower().replace("’", "'")
    matches = list(_PHRASES.finditer(low))
    if not matches:
        return None
    inside = [(m.start(), m.end()) for m in matches]
    cut = next(
        (p.start() for p in _PREPOSITION.finditer(low) if not any(a <= p.start() < b for a, b in inside)),
        len(low),
    )
    before = [m for m in matches if m.start() < cut] or matches[:1]
    m = before[-1]
    name, domains, generic = OFFICES[m.group(1)]
    words_before = _WORD.findall(low[: m.start()])
    if words_before and words_before[-1] in RANKS and not name.startswith(words_before[-1]):
        name = f"{words_before[-1]} {name}"
        generic = False
    former = any(w in FORMER for w in words_before) or bool(re.search(r"\bex-\s*$", low[: m.start()]))
    return Office(name, domains, generic, former)


def _offices(roles: list[str]) -> frozenset[Office]:
    return frozenset(o for r in roles if (o := office_of(r)) is not None)


def _tenses(offices: frozenset[Office], other: Office) -> set[bool]:
    """Whether a source gives this office as former, current, or both."""
    return {
        o.former
        for o in offices
        if o.domains & other.domains and (o.name == other.name or o.generic or other.generic)
    }


def clash(a: frozenset[Office], b: frozenset[Office]) -> str | None:
    """Why two sources' offices cannot both be true, or None when they can. A source
    that calls the person both "former President" and "President" is using the
    courtesy title, not contradicting itself or anyone."""
    for x in a:
        for y in b:
            ta, tb = _tenses(a, y), _tenses(b, x)
            if len(ta) == 1 and len(tb) == 1 and ta != tb:
                return "tense"
    domains = {d for o in a for d in o.domains} & {d for o in b for d in o.domains}
    for d in sorted(domains):
        xs = {o.name for o in a if d in o.domains and not o.generic}
        ys = {o.name for o in b if d in o.domains and not o.generic}
        if xs and ys and xs.isdisjoint(ys):
            return "office"
    return None


_ORG_WORD = compiled(r"\b[A-Z][\w.&'’-]*")
_NOT_ORG = frozenset("acting interim senior top chief former then current longtime".split())
RANK_ONLY = compiled(
    r"\b(?:senior|top|high-ranking|high-level|ranking|leading|key)\b.*\b(?:official|aide|adviser|advisor|staffer)s?\b",
    re.I,
)


@remembered(4096)
def organisation_of(role: str) -> tuple[str, ...]:
    """The capitalised words of a role that are not its office or a rank: the
    organisation it names ("White House" in "White House deputy chief of staff").
    Kept per role: sources repeat a person's role word for word."""
    office_words = set()
    for m in _PHRASES.finditer(role.lower()):
        office_words.update(m.group(1).split())
    words = []
    for m in _ORG_WORD.finditer(role):
        w = m.group().rstrip("’'s").rstrip("’'")
        if w.lower() not in office_words and w.lower() not in _NOT_ORG and w.lower() not in RANKS:
            words.append(w)
    return tuple(dict.fromkeys(words))


def post_or_rank(person: Person, ctx: Context, role_spans) -> Discrepancy | None:
    """One source gives only a rank in an organisation ("a senior White House official")
    where another names the post there ("White House deputy chief of staff"): both may be
    true, but the reader of the first does not learn the post (low)."""
    vague: dict[str, tuple[str, tuple[str, ...]]] = {}
    posts: dict[str, tuple[str, tuple[str, ...]]] = {}
    for sid, roles in person.roles.items():
        for r in roles:
            org = organisation_of(r)
            if not org:
                continue
            if office_of(r):
                posts.setdefault(sid, (r, org))
            elif RANK_ONLY.search(r):
                vague.setdefault(sid, (r, org))
    for v_sid, (v_role, v_org) in vague.items():
        if v_sid in posts:
            continue
        for p_sid, (p_role, p_org) in posts.items():
            if p_sid == v_sid or set(v_org).isdisjoint(p_org):
                continue
            claims = {
                v_sid: Claim(v_role, role_spans(person, v_sid, [v_role])),
                p_sid: Claim(p_role, role_spans(person, p_sid, [p_role])),
            }
            org = " ".join(w for w in v_org if w in p_org)
            return Discrepancy(
                "role",
                "low",
                person.name,
                f"{person.name}: “{v_role}” ({v_sid}) vs “{p_role}” ({p_sid}): {p_sid} names the post in"
                f" the {org}, {v_sid} only a rank",
                silent_claims(claims, ctx.source_ids, "no role given"),
                id=finding_id("role", person.name, "post", [v_sid, p_sid]),
                predicate="post",
                **each_its_own(ctx, {v_sid: v_role, p_sid: p_role}).fields(),
            )
    return None


def role_discrepancies(
    people: list[Person], ctx: Context, texts: dict[str, str], role_spans
) -> list[Discrepancy]:
    """`role_spans(person, source, roles)`: where each source writes the roles."""
    out = []
    for person in people:
        offices = {sid: _offices(roles) for sid, roles in person.roles.items() if roles}
        offices = {sid: o for sid, o in offices.items() if o}
        if len(offices) < 2:
            if (vague := post_or_rank(person, ctx, role_spans)) is not None:
                out.append(vague)
            continue
        variants: dict[frozenset[Office], list[str]] = defaultdict(list)
        for sid, o in offices.items():
            variants[o].append(sid)
        kinds = list(variants)
        reasons = {clash(a, b) for i, a in enumerate(kinds) for b in kinds[i + 1 :]} - {None}
        if not reasons:
            if (vague := post_or_rank(person, ctx, role_spans)) is not None:
                out.append(vague)
            continue
        shown = {sid: "; ".join(person.roles[sid]) for sid in offices}
        decision = decide(
            ctx,
            {sid: [" / ".join(sorted(x.label() for x in o))] for sid, o in offices.items()},
            shown,
            str,
            [(sid, person.spans[sid][0].start) for sid in offices if person.spans.get(sid)],
        )
        claims = {sid: Claim(shown[sid], role_spans(person, sid, person.roles[sid])) for sid in offices}
        summary = f"{person.name}: " + " vs ".join(
            f"“{person.roles[sids[0]][0]}” ({label_list(sids)})" for sids in variants.values()
        )
        why = (
            "one source calls the post former, another gives it as current"
            if "tense" in reasons
            else "two different offices of one kind, which one person does not hold at once"
        )
        out.append(
            Discrepancy(
                "role",
                "medium",
                person.name,
                f"{summary}: {why}",
                silent_claims(claims, ctx.source_ids, "no role given"),
                id=finding_id("role", person.name, "role", offices),
                predicate="role",
                **decision.fields(),
            )
        )
    return out


def role_span(text: str, role: str, near: list[Span], low: str | None = None) -> list[Span]:
    """Where a role is written, nearest the person's mentions (an appositive or a title
    sits next to the name, so only the text around the mentions is searched). `low`: the
    text lower-cased when that keeps its offsets (Context.low_in_place), searched in
    place; None: each window is lower-cased."""
    needle = role.lower()
    windows = [(max(0, s.start - 200), s.end + 200) for s in near[:3]] or [(0, len(text))]
    hits = []
    for lo, hi in windows:
        if low is not None:
            at = low.find(needle, lo, hi)
            at = at - lo if at != -1 else -1
        else:
            at = text[lo:hi].lower().find(needle)
        if at != -1:
            hits.append(Span(lo + at, lo + at + len(role)))
    if len(hits) <= 1 or not near:
        return hits[:1]
    return [min(hits, key=lambda h: min(abs(h.start - s.start) for s in near))]
