"""Direct quotes and who said them: `extract_quotes(article, sents, people)`.

The stages, in the order they run, and where each news convention lives:

- Mark pairing (`marks`): which quotation marks open and close a quote, one block
  at a time (double marks “…” "…" «…» „…“, or single ‘…’ ‹…› in a block with no
  double ones, or straight '…' in copy with none); headlines hold no quotes; an
  unclosed mark counts when the next paragraph opens with one (the convention for a
  quote running over paragraphs), closes one it never opened, or the text is cut
  off there (`marks.open_quote_holds`).
- Attribution (`attribution.attribute`), shapes tried in this order:
  - right after the closing mark, "…," said X / "…," X said / "…," according to X:
    `said_after_quote` (with an appositive naming the person behind a role: "…,"
    said the agency’s director, Jane Roe);
  - a second quote in the same sentence keeps the first one's speaker:
    `continuation.second_quote_in_sentence`;
  - a lead-in in the quote's sentence, According to X, "…" / X did Y, saying "…" /
    X said: "…" / X disagreed: "…": `lead_in` (X, a role, said: its
    `_appositive_role`);
  - a quote standing as a sentence of its own continues the speaker named just
    before it: `continuation.quote_is_own_sentence`, then
    `antecedents.recent_speaker`;
  - one or two words are terms, not quotes (three are a quote when a named speaker
    leads into them: X asks, "who are you?"), words in title case are a name
    ("Meet the Press"), a quote in a sentence with no speech verb is a scare quote,
    and one attributed only to a publication is its reporting: `attribution`;
  - a lowercase fragment ending its sentence right after an attributed quote carries
    on that speaker: `continuation.continues_previous_quote`;
  - a quote inside a paraphrase: "Roe's comment that “…”" is Roe's, and a partial
    quote in a sentence whose subject the article quotes is that person's:
    `paraphrase`;
  - a paragraph left open speaks with the voice of the one that carries it on:
    `continuation.voice_of_open_paragraphs`.
- Speaker resolution, for the phrase an attribution points at (`speaker_phrase`:
  "said [X]" and "[X] said", past adverbs and a legislator's ", R-Vt."):
  - pronouns ("he", "she", by given name or "Mr."/"Ms.") and documents ("the
    statement") resolve to the subject of the last sentence naming someone, not its
    object, further back across paragraphs that name nobody: `antecedents`
    (`recent_speaker`, `subject_rank`);
  - role phrases ("the prime minister", "the congressman") resolve through the roles
    the article gives its people: `roles`, `antecedents.role_noun_speaker`;
  - news agencies and publications relay quotes and are no speaker:
    `organisations.is_publication`;
  - "it", "the agency", "a spokesperson" resolve to the organisation named most
    recently, preferably of that type: `organisations.organisation_by_type`;
  - a capitalised phrase is a person (people.py's, or completed from a full mention)
    or an organisation, with titles before the name cut off as role:
    `person_or_org` (`title_before_name`).

Each resolved speaker's speaker_span points at the mention it was resolved to.
Shared pieces: `context` (the per-article index and the Candidate and Speaker
dataclasses), `tokens` (text helpers), `vocabulary` (the word lists, from
`tui/analysis/lexicon/data/quote_*.txt`, and the speech-verb pattern)."""

from __future__ import annotations

from tui.analysis.extract.quotes.attribution import attribute
from tui.analysis.extract.quotes.context import (
    ORGANIZATION,
    PERSON,
    UNRESOLVED,
    Candidate,
    Context,
    article_context,
)
from tui.analysis.extract.quotes.continuation import voice_of_open_paragraphs
from tui.analysis.extract.quotes.marks import open_quote_holds, pair_marks
from tui.analysis.extract.quotes.paraphrase import paraphrase_fragments
from tui.analysis.model import PersonMention, Quote
from tui.analysis.text import Sentence
from tui.brief.model import Article

__all__ = ["ORGANIZATION", "PERSON", "extract_quotes"]


def extract_quotes(article: Article, sents: list[Sentence], people: list[PersonMention]) -> list[Quote]:
    ctx = article_context(article, sents, people)
    cands = pair_marks(ctx)
    ctx.regions = [(c.open, c.close) for c in cands]
    ctx.region_starts = [c.open for c in cands]
    rejected: list[Candidate] = []
    for i, c in enumerate(cands):
        if c.unclosed:
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if not open_quote_holds(ctx, c, nxt):
                continue
        (ctx.kept if attribute(ctx, c) else rejected).append(c)
    paraphrase_fragments(ctx, rejected)
    voice_of_open_paragraphs(ctx)
    return [_quote(ctx, c) for c in ctx.kept]


def _quote(ctx: Context, c: Candidate) -> Quote:
    sp = c.speaker or UNRESOLVED
    return Quote(
        source=ctx.article.id,
        speaker=sp.name,
        text=ctx.text[c.start : c.end],
        start=c.start,
        end=c.end,
        speaker_kind=sp.kind if sp.name else None,
        speaker_span=sp.span if sp.name else None,
    )
