"""The source's own key points, or its lead when it has none."""

from __future__ import annotations

from tui.analysis.model import Takeaway
from tui.analysis.text import Sentence
from tui.brief.model import CAPTION, HEADING, HEADLINE, Article

LEAD_SENTENCES = 3


def extract_takeaways(article: Article, sents: list[Sentence]) -> list[Takeaway]:
    own = [b for b in article.blocks if b.takeaway]
    if own:
        return [Takeaway(article.id, b.text, b.start, b.end) for b in own]
    lead = [s for s in sents if s.block.kind not in (HEADLINE, HEADING, CAPTION) and len(s.text.split()) >= 6]
    return [Takeaway(article.id, s.text, s.start, s.end) for s in lead[:LEAD_SENTENCES]]
