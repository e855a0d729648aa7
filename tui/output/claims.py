"""`newsbrief export --format claims`: the confirmed discrepancies as schema.org
`Claim`s in JSON-LD, for fact-checking tools.

Each Claim has one `appearance` per source that makes it: the article (its url,
headline, outlet, date) with the sentence that says it as a `Quotation` part, and
the reviewer's note as a `Comment`. The claims are unrated: newsbrief does not rate
truth, so there is no ClaimReview and no rating, only where each claim appears."""

from __future__ import annotations

from tui.analysis.model import Analysis, Claim, Discrepancy, Span
from tui.analysis.text import sentences
from tui.brief.model import Article
from tui.output.markdown_text import KIND_LABELS, safe_url
from tui.review.findings import DISCREPANCY
from tui.review.model import CONFIRMED
from tui.review.review import Review

CONTEXT = "https://schema.org"


def claims_document(analysis: Analysis, review: Review) -> dict:
    """The JSON-LD document: a `@graph` of Claims, in the analysis's order."""
    quoted = _Sentences(analysis)
    claims = [
        _claim(f.item, review.note_of(f.id), analysis, quoted)
        for f in review.by_verdict(analysis)[CONFIRMED]
        if f.group == DISCREPANCY
    ]
    return {"@context": CONTEXT, "@graph": claims}


def _claim(d: Discrepancy, note: str, analysis: Analysis, quoted: _Sentences) -> dict:
    kind = KIND_LABELS.get(d.kind) or str(d.kind).capitalize()
    claim: dict = {
        "@type": "Claim",
        "identifier": d.id,
        "name": f"{kind}: {d.subject}",
        "text": d.summary,
        "about": {"@type": "Thing", "name": d.subject},
        "appearance": [
            _appearance(analysis.brief.article(sid), c, quoted)
            for sid, c in d.claims.items()
            if _makes_claim(d, sid, c) and sid in analysis.source_ids
        ],
    }
    if note:
        claim["comment"] = [{"@type": "Comment", "text": note}]
    return claim


def _makes_claim(d: Discrepancy, sid: str, claim: Claim) -> bool:
    """A source that says something here: not silent, with a place in its text."""
    verdict = d.verdicts.get(sid)
    if verdict is not None and verdict.verdict in ("silent", "cannot_tell"):
        return False
    return not claim.silent and bool(claim.spans)


def _appearance(article: Article, claim: Claim, quoted: _Sentences) -> dict:
    work: dict = {"@type": "NewsArticle", "identifier": article.id}
    url = safe_url(article.url)
    if url:
        work["url"] = url
    if article.headline:
        work["headline"] = article.headline
    if article.published:
        work["datePublished"] = article.published
    if article.author:
        work["author"] = {"@type": "Person", "name": article.author}
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet}
    texts = dict.fromkeys(quoted(article, span) for span in claim.spans)
    work["hasPart"] = [{"@type": "Quotation", "text": text} for text in texts if text]
    return work


class _Sentences:
    """The sentence (or run of sentences) of an article around a span; each article
    is split into sentences once."""

    def __init__(self, analysis: Analysis) -> None:
        self.facts = analysis.facts
        self.split: dict[str, list] = {}

    def __call__(self, article: Article, span: Span) -> str:
        if article.id not in self.split:
            kept = getattr(self.facts.get(article.id), "sentences", None)
            self.split[article.id] = kept or sentences(article)
        end = max(span.end, span.start + 1)  # an empty span still lies in a sentence
        around = [s for s in self.split[article.id] if s.start < end and span.start < s.end]
        if not around:
            return article.text[span.start : span.end].strip()
        return article.text[around[0].start : around[-1].end].strip()
