"""Figures as claims, aligned across sources.

A figure's claim is its measure (money, a percentage, a count, a multiple, a duration,
an age, a tally), what it counts (the counted thing, folded so wordings meet), its rate,
its value and qualifier, the words of its sentence, and whom the sentence credits
("according to police", "DHS reported").

Alignment groups claims by measure and rate, then by counted thing. A figure whose
counted thing is missing or vague ("people", nothing at all) joins the group whose
sentences share the most content words with its own, found through an index of words
(never by comparing every pair of sentences). Values of different measures never meet:
a percentage of stores is not a count of stores. Nor do figures of different frames: one
a source reports and one it says is sought ("should press for $2 trillion in cuts") or
supposed ("if the limit rises by $2 trillion") are claims of different things
(extract/figures/hypothetical.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain

from tui.analysis.compare.common import stem
from tui.analysis.compare.context import Context
from tui.analysis.extract.figure_context import add_context
from tui.analysis.extract.figures import figure_key
from tui.analysis.extract.figures.currencies import UNITS as MONEY_UNITS
from tui.analysis.lexicon import word_list
from tui.analysis.memo import remembered
from tui.analysis.model import Figure
from tui.regex_cache import compiled

DURATIONS = word_list("measure_duration_units")
VAGUE = word_list("vague_counted_things")
MONEY_KINDS = word_list("money_kinds")
CONTEXT_SHARE = 0.4  # share of the smaller context found in the other
CONTEXT_MIN = 2  # shared content words, at the least
COMMON_POSTING = 30  # a word in more claims than this is too common to find candidates by

_CREDIT_VERBS = "said says reported reports estimated estimates found announced told confirmed".split()
_CREDIT_VERBS += ["data show", "figures show"]
_ATTRIBUTION = compiled(
    r"\baccording to (?P<a>(?:the )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4})"
    r"|(?P<b>(?:the )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}) (?:" + "|".join(_CREDIT_VERBS) + r")\b"
    r"|\bas reported by (?P<c>(?:the )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4})"
)
# Words every credit writes as they stand: a sentence with none of them credits no one,
# found by substring tests in C before the pattern is tried at every capital.
_CREDIT_WORDS = ("according to ", "as reported by ", *(" " + verb for verb in _CREDIT_VERBS))
_NOT_CREDIT = frozenset("The A An It He She They We This That There In On At But And".split())


def measure(f: Figure) -> str:
    """The kind of value: money in one currency, percent, multiple, tally, duration,
    age or count. Only values of one measure are ever compared."""
    if f.unit in MONEY_UNITS:  # money is compared in one unit only
        return "money" + f.unit
    if f.unit == "%":
        return "percent"
    if f.unit in ("times", "tally"):
        return f.unit
    counts = (f.counts or "").lower()
    if counts in ("age", "years old") or counts.startswith("age of ") or counts.endswith(" age"):
        return "age"
    head = counts.split(" ")[0] if counts else ""
    if head in DURATIONS:
        return "duration"
    return "count"


def attribution(sentence: str) -> str | None:
    """Whom the sentence credits for its figure, when it says so."""
    if not any(word in sentence for word in _CREDIT_WORDS):
        return None
    m = _ATTRIBUTION.search(sentence)
    if not m:
        return None
    who = (m.group("a") or m.group("b") or m.group("c") or "").strip()
    if who.startswith("the "):
        who = who[4:]
    return None if not who or who in _NOT_CREDIT else who


@dataclass(slots=True)
class FigureClaim:
    figure: Figure
    measure: str
    thing: str | None  # the counted thing as a key; None when missing or vague
    per: str | None
    words: frozenset[str]  # the content words of its sentence (and the one before)
    index: int = 0
    source: str = ""  # the figure's source
    frame: str | None = None  # the figure's: "sought", "supposed" or None (reported)

    @property
    def attribution(self) -> str | None:
        return attribution(self.figure.sentence)


@dataclass(slots=True)
class FigureFact:
    """Claims from any sources about one quantity."""

    measure: str
    per: str | None
    thing: str | None
    claims: list[FigureClaim] = field(default_factory=list)
    frame: str | None = None  # its claims': a figure sought or supposed meets only its like

    def by_source(self) -> dict[str, list[FigureClaim]]:
        out: dict[str, list[FigureClaim]] = defaultdict(list)
        for c in self.claims:
            out[c.source].append(c)
        return out


def _thing(f: Figure) -> str | None:
    if f.unit in MONEY_UNITS and f.counts and f.counts.lower() in MONEY_KINDS:
        return "kind:" + stem(f.counts)  # "the cost", "the deal": a weak counted thing
    return thing_of(f.counts, f.per)


@remembered(8192)
def thing_of(counts: str | None, per: str | None) -> str | None:
    counts, _ = figure_key(Figure("", 0, "", 0, 0, "", counts, per))
    if not counts:
        return None
    words = counts.lower().split()
    if words and words[-1] in VAGUE and len(words) == 1:
        return None
    if counts.startswith("age of ") or counts.endswith(" age") or " in " in counts:
        return counts
    return " ".join(stem(w) for w in words)


def to_claims(figures: list[Figure], ctx: Context) -> list[FigureClaim]:
    """One claim per figure; its words are the extractor's context (figure_context),
    found here for figures built without it."""
    by_source: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        if not f.context:
            by_source[f.source].append(f)
    for sid, figs in by_source.items():
        if sid in ctx.articles:
            add_context(figs, ctx.sentences(sid))
    # measure and counted thing per distinct (unit, counted thing, rate): sources repeat them
    kinds: dict[tuple, tuple[str, str | None]] = {}
    out = []
    for i, f in enumerate(figures):
        key = (f.unit, f.counts, f.per)
        kind = kinds.get(key)
        if kind is None:
            kind = kinds[key] = (measure(f), _thing(f))
        out.append(FigureClaim(f, kind[0], kind[1], f.per, f.context, i, f.source, f.frame))
    return out


def _context_share(a: frozenset[str], b: frozenset[str]) -> float:
    if len(a) < CONTEXT_MIN or len(b) < CONTEXT_MIN:
        return 0.0
    shared = len(a & b)
    return shared / min(len(a), len(b)) if shared >= CONTEXT_MIN else 0.0


def align(claims: list[FigureClaim]) -> list[FigureFact]:
    """Group claims into facts: by measure, rate and counted thing, then each claim
    with no (or a vague) counted thing joins the fact whose sentences it shares most with
    in another source, or starts a fact of its own."""
    facts: dict[tuple, FigureFact] = {}
    loose: list[FigureClaim] = []
    # A kind of money ("the deal", "the cost") is a counted thing only when two sources
    # give it: then "the deal" is one fact. Given by one source alone it says what kind of
    # money it is, not what it pays for, and the figure aligns by its sentence.
    weak_sources: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.thing is not None and c.thing.startswith("kind:"):
            weak_sources[c.thing].add(c.source)
    for c in claims:
        if c.thing is None or (c.thing.startswith("kind:") and len(weak_sources[c.thing]) < 2):
            loose.append(c)
            continue
        key = (c.measure, c.per, c.thing, c.frame)
        fact = facts.get(key)
        if fact is None:
            fact = facts[key] = FigureFact(c.measure, c.per, c.thing, frame=c.frame)
        fact.claims.append(c)
    ordered = list(facts.values())
    # An index of content words, by measure and rate: only the words some loose claim
    # has, since only a loose claim looks candidates up (most claims' words never are).
    looked_up: dict[tuple, set[str]] = defaultdict(set)
    for c in loose:
        looked_up[(c.measure, c.per, c.frame)].update(c.words)
    index: dict[tuple, dict[str, list[int]]] = defaultdict(dict)
    home: dict[int, FigureFact] = {}
    for fact in ordered:
        key = (fact.measure, fact.per, fact.frame)  # a fact's claims share all three
        wanted = looked_up.get(key)
        words_index = index[key]
        for c in fact.claims:
            i = c.index
            home[i] = fact
            if not wanted:
                continue
            for w in wanted.intersection(c.words):
                posting = words_index.get(w)
                if posting is None:
                    words_index[w] = [i]
                else:
                    posting.append(i)
    by_index = {c.index: c for c in claims}
    # The same value written again in one article, with nothing counted, is the same
    # figure again ("3,000" in the lead and in the tenth paragraph): it follows the first.
    repeat: dict[tuple, FigureFact] = {}
    votes: Counter[int] = Counter()
    for c in loose:
        again = (c.source, c.measure, c.per, c.frame, c.figure.value)
        if again in repeat:
            fact = repeat[again]
            fact.claims.append(c)
            home[c.index] = fact
            continue
        words_index = index[(c.measure, c.per, c.frame)]
        # how many of its words each earlier claim shares, counted in C
        known = [p for w in c.words if (p := words_index.get(w))]
        postings = [p for p in known if len(p) <= COMMON_POSTING]
        # the words too common to find candidates by: a candidate may share them too
        common = len(known) - len(postings)
        votes.clear()  # one Counter, cleared per claim: a new one costs more than its counting
        votes.update(chain.from_iterable(postings))
        best, best_share = None, 0.0
        own, words = c.source, c.words
        size = len(words)
        for j, n in votes.items():
            if n < CONTEXT_MIN:
                continue
            other = by_index[j]
            if other.source == own:
                continue
            # _context_share, inlined: n shared words (n >= CONTEXT_MIN) pass its guards.
            # Every word a candidate shares is in the index with it, so it shares at most
            # its votes and the common words: a candidate that cannot reach the best share
            # so far, or CONTEXT_SHARE, is passed over without a set made.
            theirs = other.words
            least = len(theirs)
            if size < least:  # the smaller context (a comparison, not min(): per candidate)
                least = size
            most = (n + common) / least
            if most < best_share or most < CONTEXT_SHARE:
                continue
            share = len(words & theirs) / least
            if share > best_share or (share == best_share and best is not None and j < best):
                best, best_share = j, share
        if best is not None and best_share >= CONTEXT_SHARE:
            fact = home[best]
        else:
            fact = FigureFact(c.measure, c.per, None, frame=c.frame)
            ordered.append(fact)
        fact.claims.append(c)
        home[c.index] = fact
        repeat[again] = fact
        for w in words:
            words_index.setdefault(w, []).append(c.index)
    return ordered


def context_share(a: FigureClaim, b: FigureClaim) -> float:
    return _context_share(a.words, b.words)
