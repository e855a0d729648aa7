"""Names of places and things spelled differently by different sources ("Parris Island"
/ "Paris Island", "Norwalk" / "Norfolk"): a name one source writes one way and another
writes a letter or two apart, never both ways in the same source.

Two capitalised words of five letters or more are one name misspelled when one letter
is added, dropped, changed or two swapped inside the word (not at its end: "American"
is not a slip for "America"), or, for words of seven letters or more, two letters are
changed between the same first three and last two. People's names are the people
comparer's (names.py); given names are left alone ("Maria" / "Mario" are two people),
and so are words capitalised only at the start of a sentence ("These" / "Those") and
the days and months ("Wednedsay" / "Wednesday" is a typing slip, not two names).
Candidates come from an index by first letters, never from comparing every pair.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import compress
from operator import ne

from tui.analysis.compare.common import label_list, shorten, silent_claims
from tui.analysis.compare.context import Context
from tui.analysis.compare.ids import finding_id
from tui.analysis.compare.verdicts import decide
from tui.analysis.extract.people.tables import CALENDAR, given_names
from tui.analysis.extract.proper_names import NameUse, proper_names, use_mid_sentence, use_word
from tui.analysis.model import Claim, Discrepancy, Person, Span
from tui.regex_cache import compiled

MIN_LEN = 5
_NEXT_NAME = compiled(r"\s+([A-Z][a-z]+)")


def _slip(a: str, b: str) -> bool:
    """One letter apart inside the word, or two apart in a long word's middle. The cheap
    tests first: a slip of one length differs in two letters at most, and a letter
    dropped inside the word keeps both its ends."""
    if a == b:
        return False
    if len(a) == len(b):
        if sum(map(ne, a, b)) > 2:  # counted in C: most pairs of one length differ more
            return False
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return diff[0] > 0
        if (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        ):
            return True  # two letters swapped
        return len(a) >= 7 and len(diff) == 2 and a[:3] == b[:3] and a[-2:] == b[-2:]
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    # inside the word: not a suffix or a prefix
    if len(long_) < 3 or long_[0] != short[0] or long_[-1] != short[-1]:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_) - 1))


def spelling_discrepancies(ctx: Context, people: list[Person]) -> list[Discrepancy]:
    person_words = {w.strip(".,").lower() for p in people for n in (p.name, *p.aliases) for w in n.split()}
    given = given_names()
    # Each source's names of things, read in C: its distinct words (in the order of their
    # first use), and those capitalised somewhere inside a sentence (a name, not "While").
    uses_of: dict[str, list[NameUse]] = {}
    words: dict[str, None] = {}
    proper: set[str] = set()
    for sid in ctx.source_ids:
        facts = ctx.facts.get(sid)
        uses = facts.names if facts is not None and facts.names else proper_names(ctx.articles[sid].text)
        uses_of[sid] = uses
        words.update(dict.fromkeys(map(use_word, uses)))
        proper.update(compress(map(use_word, uses), map(use_mid_sentence, uses)))
    by_start: dict[str, list[str]] = defaultdict(list)
    for word in words:
        # only names are paired: long enough, and no person's name, given name or day
        low = word.lower()
        if (
            word in proper
            and len(word) >= MIN_LEN
            and low not in person_words
            and low not in given
            and low not in CALENDAR
        ):
            by_start[word[:2]].append(word)
    slips = [
        (a, b)
        for names in by_start.values()
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if abs(len(a) - len(b)) <= 1 and a.lower() != b.lower() and _slip(a, b)
    ]
    if not slips:
        return []
    # word → source → its uses there, for the words of a slip only (sources share most
    # names, and slips are rare: the other uses are never looked at)
    paired = {w for pair in slips for w in pair}
    where: dict[str, dict[str, list[NameUse]]] = defaultdict(lambda: defaultdict(list))
    for sid, uses in uses_of.items():
        if paired.isdisjoint(map(use_word, uses)):
            continue
        for use in compress(uses, map(paired.__contains__, map(use_word, uses))):  # picked in C
            where[use.word][sid].append(use)
    out = []
    seen: set[frozenset[str]] = set()
    for a, b in slips:
        if frozenset((a, b)) in seen:
            continue
        only_a = set(where[a]) - set(where[b])
        only_b = set(where[b]) - set(where[a])
        if not only_a or not only_b:
            continue
        seen.add(frozenset((a, b)))
        out.append(_report(ctx, a, b, where))
    return out


def _phrase(text: str, span: Span) -> str:
    """The word with the capitalised word after it: "Parris Island"."""
    m = _NEXT_NAME.match(text, span.end)
    return text[span.start : m.end(1)] if m else text[span.start : span.end]


def _report(ctx: Context, a: str, b: str, where) -> Discrepancy:
    claims = {}
    forms: dict[str, list[str]] = {}
    first: dict[str, int] = {}  # source → where its first use starts
    # the sources that write either word, in brief order (not a walk over every source)
    for sid in sorted(where[a].keys() | where[b].keys(), key=ctx.order.__getitem__):
        spans = [Span(u.start, u.end) for u in where[a].get(sid, []) + where[b].get(sid, [])]
        first[sid] = min(spans).start
        text = ctx.articles[sid].text
        shown = list(dict.fromkeys(_phrase(text, s) for s in sorted(spans)))
        forms[sid] = shown
        sent = ctx.sentence_at(sid, min(spans).start)
        context = f" — “{shorten(sent.text, 160)}”" if sent else ""
        claims[sid] = Claim(" / ".join(f"“{x}”" for x in shown) + context, sorted(spans)[:3])
    uses = {w: list(where[w]) for w in (a, b)}  # filled source by source: in brief order
    spelt = {sid: [w for w in (a, b) if sid in where[w]] for sid in forms}
    at = [(sid, first[sid]) for sid in forms]
    decision = decide(ctx, spelt, {sid: " / ".join(shown) for sid, shown in forms.items()}, str, at)
    return Discrepancy(
        "name",
        "low",
        f"{a} / {b}",
        f"Spelled differently: “{a}” ({label_list(uses[a])}) vs “{b}” ({label_list(uses[b])})",
        silent_claims(claims, ctx.source_ids, "not mentioned"),
        id=finding_id("name", " ".join(sorted((a, b))), "spelling", list(forms)),
        predicate="spelling",
        **decision.fields(),
    )
