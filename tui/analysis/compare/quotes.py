"""Quotes across sources: one statement as each source quotes it.

Statements are found by shared runs of words (five words in order, two of them
content words), through an index of runs, never by comparing every pair; a short
fragment ("a very serious problem") joins the statement of the same speaker whose words
contain it. For each statement quoted by two or more sources:
- credited to different speakers: a discrepancy (high);
- the same speaker, different words (quote_wording): a discrepancy, high when one
  side negates what the other does not;
- the same words everywhere: an agreement, with how many independent origins back it.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import accumulate, chain, repeat

from tui.analysis.compare.common import label_list, shorten, silent_claims
from tui.analysis.compare.context import Context
from tui.analysis.compare.ids import finding_id
from tui.analysis.compare.omissions import Candidate
from tui.analysis.compare.quote_wording import FUNCTION_WORDS, wording_diff
from tui.analysis.compare.union_find import UnionFind
from tui.analysis.compare.verdicts import decide, each_its_own
from tui.analysis.extract.people import name_key
from tui.analysis.extract.quote_runs import OPENING
from tui.analysis.memo import remembered
from tui.analysis.model import Agreement, Claim, Discrepancy, Person, Quote, QuoteGroup, Span
from tui.analysis.quote_words import quote_words
from tui.regex_cache import compiled

SHINGLE = 5  # words in a run that identifies a wording
FRAGMENT = 8  # words: a quote this short is a fragment of a statement
SPOKES = frozenset("spokesman spokeswoman spokesperson aide aides adviser advisers campaign office".split())
FRAGMENT_JOIN = 16  # words: a quote shorter than this may stand whole inside a longer one
FOCUSED = 2  # quotes per source: a speaker quoted this briefly everywhere has one message


def canonical_speakers(quotes: list[Quote], people: list[Person]) -> None:
    """Speakers named by one form in one source and another form elsewhere get the
    merged person's name, so grouping by speaker works across sources."""
    by_key = {}
    for p in people:
        for n in (p.name, *p.aliases):
            by_key[name_key(n)] = p.name
    by_surname = {p.name.split()[-1].lower(): p.name for p in people if len(p.name.split()) > 1}
    for q in quotes:
        if q.speaker and q.speaker_kind != "organization":
            q.speaker = by_key.get(name_key(q.speaker)) or by_surname.get(q.speaker.lower(), q.speaker)


_WORDING = compiled(r"\w+")
# An ASCII text's word characters (\w: a-z, 0-9 and "_" once folded) kept, every other
# byte made a space, in C; and the punctuation most quotes hold outside ASCII, which is
# no word character either, made a space first, so that those quotes are ASCII too.
_WORD_BYTES = b"0123456789abcdefghijklmnopqrstuvwxyz_"
_ASCII_WORDING = bytes(c if c in _WORD_BYTES else 32 for c in range(256))
_NOT_WORDS = "’‘“”—–…"


def wording_key(text: str) -> str:
    """Two quotes with this key carry the same words: case and punctuation aside."""
    folded = text.casefold()
    if not folded.isascii():
        for mark in _NOT_WORDS:
            folded = folded.replace(mark, " ")
        if not folded.isascii():
            return " ".join(_WORDING.findall(folded))
    return " ".join(folded.encode().translate(_ASCII_WORDING).decode().split())


def _key_of(text: str, keys: dict[str, str]) -> str:
    """wording_key, each text once: `keys` holds those made already."""
    key = keys.get(text)
    if key is None:
        key = keys[text] = wording_key(text)
    return key


def group_by_wording(quotes: list[Quote], keys: dict[str, str] | None = None) -> list[QuoteGroup]:
    """One group per distinct wording, in the order the wordings first appear. `keys`
    (text → its wording key) is filled when given, for compare_quotes to read again."""
    groups: dict[str, QuoteGroup] = {}
    keys = {} if keys is None else keys  # text → its key: a syndicated quote's copies, keyed once
    for q in quotes:
        key = _key_of(q.text, keys)
        if key not in groups:
            groups[key] = QuoteGroup(q.text, q.speaker)
        groups[key].quotes.append(q)
    return list(groups.values())


@remembered(16384)
def _telling_runs(text: str) -> tuple[tuple[str, ...], ...]:
    words = quote_words(text)
    if len(words) < SHINGLE:
        return ()
    # content words before each position
    content = list(accumulate([w not in FUNCTION_WORDS and len(w) > 2 for w in words], initial=0))
    return tuple(
        words[i : i + SHINGLE]
        for i in range(len(words) - SHINGLE + 1)
        if content[i + SHINGLE] - content[i] >= 2
    )


def statements(quotes: list[Quote]) -> list[list[Quote]]:
    """Quotes joined into statements: the same words, shared runs, or (for one speaker)
    one quote's words standing whole inside another's."""
    joined: UnionFind[int] = UnionFind(range(len(quotes)))

    # Copies of one text (a syndicated quote) share its words and runs: each text is
    # weighed once, by its first quote, and the copies joined to that one.
    first_of_text: dict[str, int] = {}
    worded: set[int] = set()  # the first quotes of texts of three words or more
    first_with: dict[tuple[str, ...], int] = {}
    same_words: dict[tuple[str, ...], int] = {}
    for i, q in enumerate(quotes):
        first = first_of_text.setdefault(q.text, i)
        if first != i:
            if first in worded:  # the same words
                joined.union(first, i)
            continue
        words = quote_words(q.text)
        if len(words) >= 3:
            worded.add(i)
            j = same_words.setdefault(words, i)
            if j != i:
                joined.union(j, i)
        # each quote that first had one of the runs, once
        for j in set(map(first_with.setdefault, _telling_runs(q.text), repeat(i))):
            if j != i:
                joined.union(j, i)
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, q in enumerate(quotes):
        if q.speaker:
            by_speaker[q.speaker].append(i)
    short = {t for t in first_of_text if 3 <= len(quote_words(t)) < FRAGMENT_JOIN}
    padded: dict[str, str] = {}  # text → " w1 w2 … ": containment by one substring search in C
    for idx in by_speaker.values():
        holders_of: dict[str, list[int]] = {}  # a short text → the speaker's quotes holding it
        of_text = None  # each of the speaker's texts → its quotes of it, made once a short one is looked for
        for i in idx:
            text = quotes[i].text
            if text not in short:
                continue
            holders = holders_of.get(text)
            if holders is None:
                needle = " " + " ".join(quote_words(text)) + " "
                holding = []
                if of_text is None:
                    of_text = defaultdict(list)
                    for j in idx:
                        of_text[quotes[j].text].append(j)
                for hay_text in of_text:
                    hay = padded.get(hay_text)
                    if hay is None:
                        hay = padded[hay_text] = " " + " ".join(quote_words(hay_text)) + " "
                    if needle in hay:
                        holding.append(hay_text)
                # in the speaker's order: each text's quotes ascend, and no two texts share one
                holders = holders_of[text] = (
                    of_text[holding[0]]
                    if len(holding) == 1
                    else sorted(chain.from_iterable(of_text[t] for t in holding))
                )
            # the first holder another source quotes
            source = quotes[i].source
            for j in holders:
                if quotes[j].source != source:
                    joined.union(j, i)
                    break
    clusters = ([quotes[i] for i in group] for group in joined.groups(range(len(quotes))))
    return [c for c in clusters if len({q.source for q in c}) > 1]


def _claim(qs: list[Quote], ctx: Context, with_speaker: bool = False, sentence: bool = False) -> Claim:
    q = qs[0]
    text = f"“{shorten(q.text, 160)}”"
    if with_speaker:
        text = f"{q.speaker or 'no speaker named'}: {text}"
    if sentence:
        s = ctx.sentence_at(q.source, q.start)
        if s is not None:
            text += f" — in “{shorten(s.text, 200)}”"
    return Claim(text, [Span(x.start, x.end) for x in qs])


def _speaks_for(people: list[Person]) -> dict[str, set[str]]:
    """Speaker → the words of the people and bodies their roles name ("Reid spokesman"
    speaks for Reid; "spokeswoman for the Obama campaign" for the campaign)."""
    out: dict[str, set[str]] = {}
    for p in people:
        words = {
            w.strip(".,'’").removesuffix("'s").removesuffix("’s")
            for rs in p.roles.values()
            for r in rs
            for w in r.split()
        }
        out[p.name] = {w.lower() for w in words if len(w) > 2 and w[0].isupper()}  # names, not "city"
    return out


def _one_voice(speakers: set[str], speaks_for: dict[str, set[str]]) -> bool:
    """Speakers who may be one voice: a spokesperson and the person or body whose role
    names the other ("Jim Roe, a spokesman for Senator Ann Lee" / "Lee"), or whose own
    description names the other ("Lee spokesman" / "Ann Lee")."""
    names = list(speakers)
    for a in names:
        for b in names:
            if a == b:
                continue
            b_words = {w.lower() for w in b.split() if len(w) > 2}
            own = {w.lower() for w in a.split()}
            if b_words & speaks_for.get(a, set()) or (b_words & own and own & SPOKES):
                return True
    return False


def compare_quotes(
    quotes: list[Quote], ctx: Context, people: list[Person] = (), keys: dict[str, str] | None = None
) -> tuple[list[Discrepancy], list[Agreement], list[Candidate]]:
    """`keys`: text → wording key, as group_by_wording made them (made here when absent)."""
    keys = {} if keys is None else keys
    discrepancies: list[Discrepancy] = []
    agreements: list[Agreement] = []
    clusters = statements(quotes)
    speaks_for = _speaks_for(list(people))
    for cluster in clusters:
        per_source: dict[str, list[Quote]] = defaultdict(list)
        for q in sorted(cluster, key=lambda q: (q.source, q.start)):
            per_source[q.source].append(q)
        named = {sid: qs[0].speaker for sid, qs in per_source.items() if qs[0].speaker}
        if len(set(named.values())) > 1:
            if not _one_voice(set(named.values()), speaks_for):
                discrepancies.append(_speakers_differ(per_source, named, ctx, keys))
            continue
        found = _wording_differs(per_source, ctx)
        if found:
            discrepancies.append(found)
        elif len(per_source) >= 2:
            agreements.append(_agreement(per_source, ctx, keys))
    discrepancies += _different_points(quotes, clusters, ctx)
    return discrepancies, agreements, _candidates(quotes)


def _different_points(quotes: list[Quote], clusters: list[list[Quote]], ctx: Context) -> list[Discrepancy]:
    """A speaker every source quotes, with no statement any two of them share: each
    source gives the speaker a different message (low: it may be selection)."""
    shared = {q.speaker for c in clusters for q in c if q.speaker}
    by_speaker: dict[str, dict[str, list[Quote]]] = defaultdict(lambda: defaultdict(list))
    for q in quotes:
        if q.speaker and q.speaker_kind != "organization":
            by_speaker[q.speaker][q.source].append(q)
    out = []
    for speaker, per_source in by_speaker.items():
        if speaker in shared or len(per_source) < 2 or len(per_source) < len(ctx.source_ids):
            continue
        if any(len(qs) > FOCUSED for qs in per_source.values()):
            continue  # quoted at length: each source's selection, not a different message
        claims = {
            sid: Claim(
                " / ".join(f"“{shorten(q.text, 90)}”" for q in qs[:3]), [Span(q.start, q.end) for q in qs]
            )
            for sid, qs in per_source.items()
        }
        out.append(
            Discrepancy(
                "quote",
                "low",
                speaker,
                f"{speaker} is quoted on different points: no statement of {speaker}'s appears in more than one of "
                f"{label_list(list(per_source))}",
                silent_claims(claims, ctx.source_ids, "not quoted"),
                id=finding_id("quote", speaker, "message", per_source),
                predicate="message",
                **each_its_own(ctx, {sid: c.text for sid, c in claims.items()}).fields(),
            )
        )
    return out


def _speakers_differ(per_source, named, ctx: Context, keys: dict[str, str]) -> Discrepancy:
    first = next(iter(per_source.values()))[0]
    decision = decide(ctx, {sid: [s] for sid, s in named.items()}, dict(named), str, _at(per_source))
    who = " vs ".join(
        f"{s} ({label_list([sid for sid, x in named.items() if x == s])})"
        for s in dict.fromkeys(named.values())
    )
    return Discrepancy(
        "quote",
        "high",
        f"“{shorten(first.text, 50)}”",
        f"The same words are credited to different speakers: {who}",
        silent_claims(
            {sid: _claim(qs, ctx, with_speaker=True) for sid, qs in per_source.items()},
            ctx.source_ids,
            "not quoted",
        ),
        id=finding_id("quote", _key_of(first.text, keys)[:60], "speaker", per_source),
        predicate="speaker",
        **decision.fields(),
    )


def _at(per_source) -> list[tuple[str, int]]:
    return [(sid, qs[0].start) for sid, qs in per_source.items()]


def _wording_differs(per_source, ctx: Context) -> Discrepancy | None:
    sids = list(per_source)
    wordings = {sid: per_source[sid][0].text for sid in sids}
    keys = {sid: " ".join(quote_words(t)) for sid, t in wordings.items()}
    # Each distinct wording once, against the others: syndicated copies carry one wording,
    # so the diffs grow with the wordings, not with the pairs of sources.
    first_with: dict[str, str] = {}
    for sid in sids:
        first_with.setdefault(keys[sid], sid)
    distinct = list(first_with.values())
    diffs = []
    for i, a in enumerate(distinct):
        for b in distinct[i + 1 :]:
            if d := wording_diff(wordings[a], wordings[b]):
                diffs.append((a, b, d))
    if not diffs:
        return None
    speaker = next((qs[0].speaker for qs in per_source.values() if qs[0].speaker), None)
    decision = decide(
        ctx, {sid: [keys[sid]] for sid in sids}, {sid: wordings[sid] for sid in sids}, str, _at(per_source)
    )
    a, b, d = next((x for x in diffs if x[2].negation), diffs[0])
    who = f"{speaker}'s words" if speaker else "The quoted words"
    summary = f"{who} differ: {a} has “{d.ours}”, {b} “{d.theirs}”"
    if d.negation:
        summary += ": one negates what the other does not"
    return Discrepancy(
        "quote",
        "high" if d.negation else "medium",
        speaker or f"“{shorten(wordings[a], 50)}”",
        summary,
        silent_claims({sid: _claim(qs, ctx) for sid, qs in per_source.items()}, ctx.source_ids, "not quoted"),
        id=finding_id("quote", speaker or keys[a][:60], "wording", per_source),
        predicate="wording",
        verdicts=decision.verdicts,
        consensus=None,
        dissenters=decision.dissenters if decision.consensus else [],
    )


def _agreement(per_source, ctx: Context, keys: dict[str, str]) -> Agreement:
    sids = list(per_source)
    first = per_source[sids[0]][0]
    n, k = len(sids), ctx.origins(sids)
    backing = f" ({n} sources, {k} independent)" if k < n else ""
    speaker = first.speaker or "an unnamed speaker"
    decision = decide(
        ctx,
        {sid: ["same"] for sid in sids},
        {sid: qs[0].text for sid, qs in per_source.items()},
        str,
        _at(per_source),
    )
    return Agreement(
        "quote",
        speaker,
        f"{label_list(sids)} quote {speaker} alike{backing}: “{shorten(first.text, 80)}”",
        sids,
        {sid: _claim(qs, ctx) for sid, qs in per_source.items()},
        id=finding_id("agreement", _key_of(first.text, keys)[:60], "quote", sids),
        predicate="quote",
        verdicts=decision.verdicts,
        origins=k,
    )


def _candidates(quotes: list[Quote]) -> list[Candidate]:
    """Speakers quoted by some sources only (ranked by omissions)."""
    by_speaker: dict[str, dict[str, list[Quote]]] = defaultdict(lambda: defaultdict(list))
    for q in quotes:
        if q.speaker:
            by_speaker[q.speaker][q.source].append(q)
    out = []
    for speaker, per_source in by_speaker.items():
        # the opening words of each source's first three quotes, each distinct text once:
        # sources that quote the speaker alike repeat them
        texts = dict.fromkeys(q.text for qs in per_source.values() for q in qs[:3])
        out.append(
            Candidate(
                "quote",
                f"quotes from {speaker}",
                f"{speaker}'s quotes",
                {sid: [Span(q.start, q.end) for q in qs] for sid, qs in per_source.items()},
                {sid: f"“{shorten(qs[0].text, 120)}”" for sid, qs in per_source.items()},
                predicate="quoted",
                search=tuple(
                    dict.fromkeys(words[:OPENING] for t in texts if len(words := quote_words(t)) >= OPENING)
                ),
            )
        )
    return out
