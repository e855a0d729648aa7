"""The source's own key points, or its lead when it has none."""

from __future__ import annotations

from tui.analysis.model import Takeaway
from tui.analysis.text import Sentence
from tui.brief.model import CAPTION, HEADING, HEADLINE, Article

LEAD_SENTENCES = 3
_NOT_BODY = frozenset((HEADLINE, HEADING, CAPTION))


def extract_takeaways(article: Article, sents: list[Sentence]) -> list[Takeaway]:
    own = [b for b in article.blocks if b.takeaway]
    if own:
        return [Takeaway(article.id, b.text, b.start, b.end) for b in own]
    # The lead: the first sentences of six words or more of the body, read no further
    # than the last one taken.
    lead = []
    for s in sents:
        if s.block.kind not in _NOT_BODY and len(s.text.split()) >= 6:
            lead.append(Takeaway(article.id, s.text, s.start, s.end))
            if len(lead) == LEAD_SENTENCES:
                break
    return lead
