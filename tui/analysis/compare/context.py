"""What every comparison needs to know about the brief, computed once: its sources in
order, which of them share an origin, how far each text reaches, and each text's
sentences and paragraphs, so a claim can show the sentence it sits in."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from tui.analysis.compare.common import offsets_kept
from tui.analysis.compare.coverage import Reach
from tui.analysis.compare.origins import find_origins, origin_index
from tui.analysis.model import CANNOT_TELL, SILENT, Verdict
from tui.analysis.quote_words import folded_words
from tui.analysis.text import Sentence, sentences
from tui.brief.model import HEADLINE, Article, Brief

_SILENT = Verdict(SILENT)
_CANNOT_TELL = Verdict(CANNOT_TELL)


@dataclass
class Context:
    source_ids: list[str]
    origin_of: dict[str, int]
    reach: Reach
    articles: dict[str, Article] = field(default_factory=dict)
    origins_list: list[list[str]] = field(default_factory=list)
    _sentences: dict[str, list[Sentence]] = field(default_factory=dict)
    _starts: dict[str, list[int]] = field(default_factory=dict)
    _lows: dict[str, str] = field(default_factory=dict)
    _in_place: dict[str, bool] = field(default_factory=dict)
    _places: dict[str, tuple[tuple[int, int] | None, tuple[int, int] | None]] = field(default_factory=dict)
    facts: dict = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)  # source → its place in the brief

    def __post_init__(self) -> None:
        self.order = {sid: i for i, sid in enumerate(self.source_ids)}

    @classmethod
    def of(cls, brief: Brief, facts: dict | None = None) -> Context:
        runs = {sid: f.runs for sid, f in (facts or {}).items() if f.runs} or None
        origins = find_origins(brief.articles, runs)
        ctx = cls(
            [a.id for a in brief.articles],
            origin_index(origins),
            Reach(brief.articles),
            {a.id: a for a in brief.articles},
            origins,
        )
        for sid, f in (facts or {}).items():
            if f.sentences:
                ctx._sentences[sid] = f.sentences  # the extractor's, not split again
            if f.low is not None:
                # the extractor's lower-cased text, handed over: held by the Context
                # alone, it goes when the comparison ends, not at the end of the run
                ctx._lows[sid], f.low = f.low, None
        ctx.facts = facts or {}
        return ctx

    def origins(self, sources) -> int:
        """How many independent origins these sources amount to."""
        return len({self.origin_of.get(s, s) for s in sources})

    def absent(self, source: str, others_at: list[tuple[str, int]]) -> Verdict:
        if source in self.reach.reason and self.reach.cannot_tell(source, others_at):
            return _CANNOT_TELL
        return _SILENT

    def folded_words(self, source: str) -> tuple[str, ...]:
        """The source's words as quotes are compared (quote_words), for a silent source
        to be searched for a quote's words. Made when asked and not kept, by quote_words'
        uncached body: a text's words as separate strings take some seven times the
        text's memory, and every article in a quote cache would hold them to the end."""
        return folded_words(self.articles[source].text)

    def low(self, source: str) -> str:
        """The source's text lower-cased, once (the extractor's, when it handed it over)."""
        low = self._lows.get(source)
        if low is None:
            low = self._lows[source] = self.articles[source].text.lower()
        return low

    def low_in_place(self, source: str) -> str | None:
        """The source's text lower-cased (low) when that keeps every offset, so a search
        in it with bounds finds what lowering the slice would (common.lowered); None when
        lowering moves offsets. Weighed once per source."""
        low = self.low(source)
        kept = self._in_place.get(source)
        if kept is None:
            kept = self._in_place[source] = offsets_kept(self.articles[source].text, low)
        return low if kept else None

    def sentences(self, source: str) -> list[Sentence]:
        sents = self._sentences.get(source)
        if sents is None:
            sents = self._sentences[source] = sentences(self.articles[source])
        return sents

    def sentence_at(self, source: str, offset: int) -> Sentence | None:
        sents = self.sentences(source)
        starts = self._starts.get(source)
        if starts is None:
            starts = self._starts[source] = [s.start for s in sents]
        i = bisect_right(starts, offset) - 1
        return sents[i] if i >= 0 and offset <= sents[i].end else None

    def place(self, source: str, offset: int) -> str:
        """Where an offset sits for salience: "headline", "lead" (the first paragraph
        of the body: a dateline or kicker of under eight words does not count) or "body"."""
        head, lead = self.place_bounds(source)
        if head and head[0] <= offset <= head[1]:
            return "headline"
        if lead and lead[0] <= offset <= lead[1]:
            return "lead"
        return "body"

    def place_bounds(self, source: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """(start, end) of the source's headline and of its lead (see place), or None."""
        spans = self._places.get(source)
        if spans is None:
            head = lead = None
            for block in self.articles[source].blocks:
                if block.kind == HEADLINE:
                    head = head or (block.start, block.end)
                    continue
                lead = (lead[0] if lead else block.start, block.end)
                if len(block.text.split()) >= 8:
                    break
            spans = self._places[source] = (head, lead)
        return spans
