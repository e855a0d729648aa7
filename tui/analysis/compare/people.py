"""People across sources: one entity per person, whatever form of the name each
source writes (Kenneth / Ken, a middle initial or none, a one-letter slip)."""

from __future__ import annotations

from collections import Counter, defaultdict

from tui.analysis.compare.context import Context
from tui.analysis.compare.omissions import Candidate
from tui.analysis.compare.verdicts import alone
from tui.analysis.extract.people import name_key, surname
from tui.analysis.extract.people import surnames as surname_forms
from tui.analysis.extract.proper_names import use_word
from tui.analysis.model import AGREES, DIFFERS, SILENT, ArticleFacts, Person, Quote, Span
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
            for sur in surname_forms(name):  # "Assad" alone joins "Bashar al-Assad"
                full_by_surname[sur.lower()].add(key)

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

    _merge_slips(groups, forms)
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
        for sid, spans in person.spans.items():
            if len(spans) > 1:  # one span is in order already
                person.spans[sid] = sorted(set(spans))
        person.roles = {sid: r for sid, r in person.roles.items() if r}
        person.forms = {sid: sorted(names) for sid, names in forms[key].items()}
    people = sorted(groups.values(), key=lambda p: (-len(p.mentions), -sum(p.mentions.values()), p.name))
    return people


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter inserted, dropped or changed, or two next to each other swapped: "Lindsey"
    / "Lindsay", "Genalo" / "Genallo", "Priebus" / "Preibus"."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            return a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        return len(diff) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


SLIP_MIN = 5  # letters: shorter names differ by a letter as often as they are slips


def _deletions(word: str) -> list[str]:
    return [word] + [word[:i] + word[i + 1 :] for i in range(len(word))]


def _merge_slips(groups: dict[str, Person], forms: dict[str, dict[str, set[str]]]) -> None:
    """Join two people whose keys differ by one letter in the given name or the surname,
    when no source names both (a source that does is telling them apart). Candidates
    come from an index of one-letter deletions, never from comparing every pair; and
    only for keys that share their other part with another key (a surname no one else
    has cannot be one letter from another's, with the given name the same), so most
    keys make no deletions at all."""
    parts = [(key, *key.partition("|")[::2]) for key in groups]
    parts = [p for p in parts if p[2]]
    shared = {
        "s": {f for f, n in Counter(p[2] for p in parts).items() if n > 1},  # given names two keys have
        "f": {s for s, n in Counter(p[1] for p in parts).items() if n > 1},  # surnames two keys have
    }
    index: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for key, sur, first in parts:
        for part, fixed, which in ((sur, first, "s"), (first, sur, "f")):
            if len(part) >= SLIP_MIN and fixed in shared[which]:
                for d in _deletions(part):
                    index[(which, fixed, d)].append(key)
    joined: dict[str, str] = {}
    for keys in index.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                a_, b_ = joined.get(a, a), joined.get(b, b)
                if a_ == b_ or a_ not in groups or b_ not in groups:
                    continue
                pa, pb = groups[a_], groups[b_]
                if not set(pa.mentions).isdisjoint(pb.mentions):
                    continue
                sa, _, fa = a_.partition("|")
                sb, _, fb = b_.partition("|")
                if not ((sa == sb and _one_letter_apart(fa, fb)) or (fa == fb and _one_letter_apart(sa, sb))):
                    continue
                keep, drop = (a_, b_) if sum(pa.mentions.values()) >= sum(pb.mentions.values()) else (b_, a_)
                _absorb(groups[keep], groups.pop(drop))
                for sid, names in forms.pop(drop, {}).items():
                    forms[keep][sid] |= names
                joined[drop] = keep
                for k, v in list(joined.items()):
                    if v == drop:
                        joined[k] = keep


def _absorb(into: Person, other: Person) -> None:
    for sid, roles in other.roles.items():
        into.roles.setdefault(sid, []).extend(r for r in roles if r not in into.roles.get(sid, []))
    for sid, spans in other.spans.items():
        into.spans.setdefault(sid, []).extend(spans)
    for sid, n in other.mentions.items():
        into.mentions[sid] = into.mentions.get(sid, 0) + n


def _capitalised_words(ctx: Context, wanted: set[str]) -> dict[str, dict[str, Span]]:
    """Each wanted surname → source → where the source first writes it capitalised (from
    the extractor's names of things, which hold every capitalised word of four letters or
    more): a surname's sources in one lookup. Only the wanted words are kept, so the
    cost is one set test per name the brief writes."""
    out: dict[str, dict[str, Span]] = {}
    if not wanted:
        return out
    for sid in ctx.source_ids:
        facts = ctx.facts.get(sid)
        names = getattr(facts, "names", None) or ()
        words = list(map(use_word, names))  # in C: a source writes some hundred names of things
        for word in wanted.intersection(words):
            use = names[words.index(word)]  # its first use
            out.setdefault(word, {}).setdefault(sid, Span(use.start, use.end))
        for word, at in _names_in_compounds(ctx.articles[sid].text):  # "the Bush-era tax cuts"
            if word in wanted:
                out.setdefault(word, {}).setdefault(sid, Span(at, at + len(word)))
    return out


def _indexed_surname(name: str) -> str | None:
    """The surname when the names of things index it: one capitalised word of four
    letters or more."""
    sur = surname(name)
    ok = len(sur) >= 4 and sur.isalpha() and sur[0].isupper() and sur[1:].islower()
    return sur if ok else None


def _names_in_compounds(text: str):
    """(word, offset) of each capitalised word joined by a hyphen to the next ("Bush-era",
    "Romney-Ryan"): the names of things leave compounds out, but a person is named in one
    all the same. Found from the hyphens (str.find), not by a scan of every position."""
    at = text.find("-")
    while at != -1:
        # cheap tests first: a word character after the hyphen, and before it a letter
        # that ends a lower-case tail (most hyphens fail here: "22-year-old", "U.S.-led")
        before = text[at - 1 : at]
        if text[at + 1 : at + 2].isalnum() and before.isalpha() and not before.isupper():
            start = at
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            word = text[start:at]
            if (
                len(word) >= 4
                and word[0].isupper()
                and word[1:].islower()
                and (start == 0 or text[start - 1] not in "'’-")
            ):
                yield word, start
        at = text.find("-", at + 1)


def _surname_mention(ctx: Context, sid: str, person: Person) -> list[Span]:
    """A source the extractor found silent may still name the person (in a case name,
    a possessive, a list): its text is searched for the surname, capitalised, once."""
    sur = surname(person.name)
    if len(sur) < 3:
        return []
    at = ctx.articles[sid].text.find(sur)
    while at != -1:
        end = at + len(sur)
        text = ctx.articles[sid].text
        if (at == 0 or not text[at - 1].isalpha()) and (end == len(text) or not text[end].isalpha()):
            return [Span(at, end)]
        at = text.find(sur, end)
    return []


def person_candidates(people: list[Person], quotes: list[Quote], ctx: Context) -> list[Candidate]:
    """People some sources do not name, as omission candidates (ranked by omissions)."""
    quoted: dict[tuple[str, str], int] = defaultdict(int)
    for q in quotes:
        if q.speaker:
            quoted[(q.speaker, q.source)] += 1
    out = []
    # The extractor's sentences mark facts it made (hand-built facts have no names list).
    every_source_indexed = all(getattr(ctx.facts.get(sid), "sentences", None) for sid in ctx.source_ids)
    surnames = {p.name: _indexed_surname(p.name) if every_source_indexed else None for p in people}
    indexed = _capitalised_words(ctx, {s for s in surnames.values() if s})
    for p in people:
        spans = {sid: list(s) for sid, s in p.spans.items() if s}
        sur = surnames[p.name]
        if sur:
            for sid, span in indexed.get(sur, {}).items():  # a lookup, not a search of every text
                if sid not in spans:
                    spans[sid] = [span]
                    p.mentions.setdefault(sid, 1)
        else:
            for sid in ctx.source_ids:
                if sid not in spans and (found := _surname_mention(ctx, sid, p)):
                    spans[sid] = found
                    p.mentions.setdefault(sid, 1)
        if len(spans) == len(ctx.source_ids):
            continue
        out.append(
            Candidate(
                "person",
                p.name,
                p.name,
                spans,
                {sid: _who(p, sid) for sid in spans},
                {sid: quoted.get((p.name, sid), 0) for sid in spans},
                "named",
            )
        )
    return out


def person_status(people: list[Person], ctx: Context, clashing: dict[str, set[str]]) -> None:
    """Each person's verdict per source, for the People pane: named (agrees), named with
    a clashing role or name (differs), silent, or cannot tell (the text is cut off)."""
    # Silent unless named or cut off: every source starts silent (one copy of a map made
    # once), then only the sources that name the person, and the cut-off ones, are weighed.
    # The sources set apart from silent are listed as they are set, for alone(): not
    # found again by a walk over every source's status.
    all_silent = dict.fromkeys(ctx.source_ids, SILENT)
    cut = [sid for sid in ctx.source_ids if sid in ctx.reach.reason]
    for p in people:
        others_at = [(sid, spans[0].start) for sid, spans in p.spans.items() if spans]
        status = all_silent.copy()
        speaking: list[str] = []  # each source once: the cut-off ones are not named
        for sid in cut:
            if not p.mentions.get(sid):
                verdict = status[sid] = ctx.absent(sid, others_at).verdict
                if verdict != SILENT:
                    speaking.append(sid)
        clash = clashing.get(p.name, ())
        for sid, n in p.mentions.items():
            if n and sid in status:
                status[sid] = DIFFERS if sid in clash else AGREES
                speaking.append(sid)
        p.status = alone(status, speaking)


def _who(person: Person, sid: str) -> str:
    roles = person.roles.get(sid)
    return f"{person.name}, {roles[0]}" if roles else person.name
