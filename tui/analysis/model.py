"""What extraction finds in one article, and what comparison makes of all of them.

Every span is a (start, end) pair of character offsets into Article.text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from tui.brief.model import Brief


class Span(NamedTuple):
    start: int
    end: int


# --- per article -------------------------------------------------------------


@dataclass(slots=True)
class PersonMention:
    """A person as one article names them: full name, roles, every mention."""

    name: str  # the fullest form the article uses ("Kenneth Genalo")
    roles: list[str] = field(default_factory=list)  # "ICE's top deportation official"
    spans: list[Span] = field(default_factory=list)  # full-name and surname mentions
    variants: list[str] = field(default_factory=list)  # other forms used ("Ken Genalo")


@dataclass(slots=True)
class Quote:
    source: str
    speaker: str | None  # a person's full name or an organisation; None if unresolved
    text: str  # the words inside the quotation marks
    start: int  # span of the quoted words (without the marks)
    end: int
    speaker_kind: str | None = None  # "person" | "organization" | None
    speaker_span: Span | None = None


@dataclass(slots=True)
class Figure:
    source: str
    value: float
    text: str  # the number as written, with its qualifier: "over 158,000"
    start: int
    end: int
    sentence: str
    counts: str | None = None  # "arrests"
    per: str | None = None  # "day"
    qualifier: str | None = None  # "over", "approximately", "nearly"
    unit: str | None = None  # "$", "%", "times"
    # Not reported as fact: "sought" (demanded: "press for $2 trillion") or "supposed" (in
    # a condition: "if it costs $2 trillion"); None for a figure the source reports.
    frame: str | None = None
    # The content words of its sentence and the one before in its paragraph: what the
    # comparer aligns a figure by when it counts nothing (extract.figure_context).
    context: frozenset = field(default=frozenset(), compare=False, repr=False)


@dataclass(slots=True)
class DateMention:
    source: str
    text: str
    start: int
    end: int
    year: int | None = None
    iso: str | None = None  # YYYY-MM-DD / YYYY-MM / YYYY when it can be told
    in_caption: bool = False


@dataclass(slots=True)
class Takeaway:
    source: str | None  # None for the brief's own, merged takeaways
    text: str
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class ArticleFacts:
    source: str
    people: list[PersonMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    takeaways: list[Takeaway] = field(default_factory=list)
    sentences: list = field(default_factory=list)  # the article's Sentences, kept for the comparer
    times: list = field(default_factory=list)  # relative dates (extract.relative_dates.TimeMention)
    names: list = field(default_factory=list)  # capitalised names of things (extract.proper_names)
    runs: Sequence[int] = ()  # distinct hashes of sampled runs of words outside quotes (extract.wire_runs)
    # hashes of every run of a quote's opening length (extract.quote_runs)
    quote_runs: Sequence[int] = ()
    loaded: list = field(default_factory=list)  # (Span, in headline) of loaded words (extract.loaded_wording)
    loose_numbers: frozenset = frozenset()  # numbers written where no figure was found
    records: list = field(default_factory=list)  # record claims (extract.record_claims)
    # the article's text lower-cased, made once by the extractor; the comparer takes it
    # (Context.of) and sets this back to None, so it is not kept after the comparison
    low: str | None = None


# --- across articles ---------------------------------------------------------

# How a source stands on an item, for the per-source markers in the UI.
AGREES = "agrees"
DIFFERS = "differs"
SILENT = "silent"
CANNOT_TELL = "cannot_tell"  # the source's text stops before the point where others say it
HAS_IT = "has_it"  # the one source that carries an item the others leave out
VERDICTS = (AGREES, DIFFERS, SILENT, CANNOT_TELL)

SEVERITIES = ("high", "medium", "low")


@dataclass(slots=True)
class Person:
    """One person across the brief, merged from each article's mentions."""

    name: str
    aliases: list[str] = field(default_factory=list)
    roles: dict[str, list[str]] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    spans: dict[str, list[Span]] = field(default_factory=dict)
    status: dict[str, str] = field(default_factory=dict)
    forms: dict[str, list[str]] = field(default_factory=dict)  # full-name forms each source writes


@dataclass(slots=True)
class FigureGroup:
    """Figures from any source that count the same thing at the same rate."""

    label: str  # "arrests per day"
    counts: str | None
    per: str | None
    figures: list[Figure] = field(default_factory=list)
    status: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class QuoteGroup:
    """One wording, as every source that carries it quotes it (case and punctuation aside)."""

    text: str
    speaker: str | None
    quotes: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    """What one source says about a discrepancy's subject, and where."""

    text: str
    spans: list[Span] = field(default_factory=list)
    silent: bool = False


@dataclass(frozen=True, slots=True)
class Verdict:
    """Where one source stands on an aligned fact: agrees with the consensus, differs
    (giving `value`), is silent (its whole text was searched), or cannot tell (its text
    is cut off before the point where the others make the claim)."""

    verdict: str  # agrees | differs | silent | cannot_tell | has_it
    value: str | None = None  # what this source says, as written


@dataclass(slots=True)
class Discrepancy:
    kind: str  # figure | role | name | quote | omission | headline | date | framing | note
    severity: str  # high | medium | low
    subject: str
    summary: str
    claims: dict[str, Claim] = field(default_factory=dict)
    id: str = ""  # stable: derived from kind, subject, predicate and sources (see compare.ids)
    predicate: str | None = None  # what is claimed about the subject ("stores", "role", "said")
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    consensus: str | None = None  # the value most independent origins give, when there is one
    dissenters: list[str] = field(default_factory=list)  # sources that differ from the consensus


@dataclass(slots=True)
class Agreement:
    kind: str
    subject: str
    summary: str
    sources: list[str] = field(default_factory=list)
    claims: dict[str, Claim] = field(default_factory=dict)
    id: str = ""
    predicate: str | None = None
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    origins: int = 0  # independent origins among `sources` (syndicated copies count once)
    attributions: dict[str, str] = field(default_factory=dict)  # whom each source credits


@dataclass(slots=True)
class OnlyHere:
    """A detail one source gives and no other: listed per source, not as a discrepancy."""

    source: str
    kind: str  # person | figure | quote | date
    subject: str
    text: str
    spans: list[Span] = field(default_factory=list)
    id: str = ""


@dataclass
class Analysis:
    brief: Brief
    facts: dict[str, ArticleFacts]
    people: list[Person] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    figure_groups: list[FigureGroup] = field(default_factory=list)
    quote_groups: list[QuoteGroup] = field(default_factory=list)
    takeaways: list[Takeaway] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    only_here: list[OnlyHere] = field(default_factory=list)
    origins: list[list[str]] = field(default_factory=list)  # sources sharing wire copy, grouped
    cut_off: dict[str, str] = field(default_factory=dict)  # source → why its text looks incomplete

    @property
    def source_ids(self) -> list[str]:
        return [a.id for a in self.brief.articles]
