"""What every comparison needs to know about the brief, computed once: its sources in
order, which of them share an origin, how far each text reaches, and each text's
sentences and paragraphs, so a claim can show the sentence it sits in."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from tui.analysis.compare.coverage import Reach
from tui.analysis.compare.origins import find_origins, origin_index
from tui.analysis.model import CANNOT_TELL, SILENT, Verdict
from tui.analysis.text import Sentence, sentences
from tui.brief.model import HEADLINE, Article, Brief


@dataclass
class Context:
    source_ids: list[str]
    origin_of: dict[str, int]
    reach: Reach
    articles: dict[str, Article] = field(default_factory=dict)
    origins_list: list[list[str]] = field(default_factory=list)
    _sentences: dict[str, list[Sentence]] = field(default_factory=dict)
    _lows: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, brief: Brief) -> Context:
        origins = find_origins(brief.articles)
        return cls(
            [a.id for a in brief.articles],
            origin_index(origins),
            Reach(brief.articles),
            {a.id: a for a in brief.articles},
            origins,
        )

    def origins(self, sources) -> int:
        """How many independent origins these sources amount to."""
        return len({self.origin_of.get(s, s) for s in sources})

    def absent(self, source: str, others_at: list[tuple[str, int]]) -> Verdict:
        if self.reach.cannot_tell(source, others_at):
            return Verdict(CANNOT_TELL)
        return Verdict(SILENT)

    def low(self, source: str) -> str:
        """The source's text lower-cased, once."""
        low = self._lows.get(source)
        if low is None:
            low = self._lows[source] = self.articles[source].text.lower()
        return low

    def sentences(self, source: str) -> list[Sentence]:
        sents = self._sentences.get(source)
        if sents is None:
            sents = self._sentences[source] = sentences(self.articles[source])
        return sents

    def sentence_at(self, source: str, offset: int) -> Sentence | None:
        sents = self.sentences(source)
        i = bisect_right([s.start for s in sents], offset) - 1
        return sents[i] if i >= 0 and offset <= sents[i].end else None

    def place(self, source: str, offset: int) -> str:
        """Where an offset sits for salience: "headline", "lead" (the first paragraph
        of the body) or "body"."""
        article = self.articles[source]
        body_seen = False
        for block in article.blocks:
            if block.kind == HEADLINE:
                if block.start <= offset <= block.end:
                    return "headline"
                continue
            if block.start <= offset <= block.end:
                return "body" if body_seen else "lead"
            if len(block.text.split()) >= 8:  # a dateline or a kicker is not the lead
                body_seen = True
        return "body"
