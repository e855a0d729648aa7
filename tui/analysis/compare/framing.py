"""Framing: loaded wording in a source's own voice where the other sources use less of it.

Loaded wording is tabloid and opinion vocabulary (`lexicon/data/loaded_words.txt`:
verbs of conflict, shock adjectives, contempt nouns), a writer's own judgement
(`editorial_words.txt`: "dire", "debatable") and ALL-CAPS emphasis in a headline. Words
inside quotation marks are the speaker's, not the outlet's, and do not count. A source
is reported when its headline has such a word, or its text two different ones, and
every other source uses at most half as many; the report quotes the sentence they sit
in, and for each other source its headline, so a reader sees the contrast."""

from __future__ import annotations

from tui.analysis.compare.common import content_words, label_list, shorten, silent_claims
from tui.analysis.compare.context import Context
from tui.analysis.compare.ids import finding_id
from tui.analysis.compare.verdicts import each_its_own, odd_one_out
from tui.analysis.extract.loaded_wording import LOADED, loaded_terms
from tui.analysis.model import Claim, Discrepancy, Span
from tui.brief.model import HEADLINE, Article

__all__ = ["LOADED", "framing_discrepancies", "loaded_terms"]


def _headline_text(article: Article) -> str | None:
    head = next((b for b in article.blocks if b.kind == HEADLINE), None)
    return head.text if head else None


SHOWN_OTHERS = 8  # other sources shown beside a framing report: the contrast, not a census


def framing_discrepancies(articles: list[Article], ctx: Context) -> list[Discrepancy]:
    """A source whose own wording is loaded where the others' is not. Who uses which
    word, and the two highest counts, are worked out once for the brief, so each
    source is weighed against all the others without a pass over them."""
    if len(articles) < 2:
        return []
    terms = {a.id: _terms(a, ctx) for a in articles}
    texts = {a.id: a.text for a in articles}
    users: dict[str, set[str]] = {}  # loaded word → the sources using it
    for sid, found in terms.items():
        for s, _ in found:
            users.setdefault(texts[sid][s.start : s.end].lower(), set()).add(sid)
    counts = sorted(((len(found), sid) for sid, found in terms.items()), reverse=True)
    out = []
    for article in articles:
        found = terms[article.id]
        if not found:
            continue
        words = list(dict.fromkeys(article.text[s.start : s.end] for s, _ in found))
        in_head = [
            s for s, h in found if h and users[texts[article.id][s.start : s.end].lower()] == {article.id}
        ]
        most_else = next(n for n, sid in counts if sid != article.id)  # the most any other source uses
        if not in_head and (len({w.lower() for w in words}) < 2 or 2 * most_else > len(found)):
            continue
        out.append(_framing(article, found, words, bool(in_head), articles, terms, ctx))
    return out


def _framing(article, found, words, in_head, articles, terms, ctx: Context) -> Discrepancy:
    texts = {a.id: a.text for a in articles}
    first = min(s for s, _ in found)
    sentence = ctx.sentence_at(article.id, first.start)
    shown = ", ".join(f"“{w}”" for w in words[:8])
    if sentence is not None and not in_head:
        shown += f" — in “{shorten(sentence.text, 200)}”"
    claims = {article.id: Claim(shown, [s for s, _ in found])}
    others = [a for a in articles if a.id != article.id]
    for other in others[:SHOWN_OTHERS]:
        theirs = list(dict.fromkeys(texts[other.id][s.start : s.end] for s, _ in terms[other.id]))[:4]
        head = _headline_text(other)
        text = f"headline: “{head}”" if in_head and head else "none of this wording"
        if theirs:
            text += "; uses " + ", ".join(f"“{w}”" for w in theirs)
        claims[other.id] = Claim(text, [s for s, _ in terms[other.id]])
    calmer = [a.id for a in others if len(terms[a.id]) < len(found)]
    where = "headline" if in_head else "wording"
    # The loaded source differs; a calmer one agrees with what the rest share, the plainer
    # wording; one as loaded as this differs too, with its own words.
    others_say = {sid: c.text for sid, c in claims.items() if sid != article.id}
    decision = odd_one_out(
        ctx,
        article.id,
        ", ".join(words[:4]),
        agreeing={sid: said for sid, said in others_say.items() if sid in calmer},
        differing={sid: said for sid, said in others_say.items() if sid not in calmer},
    )
    return Discrepancy(
        "framing",
        "medium" if in_head else "low",
        f"loaded {where} of {article.id}",
        f"{article.id}'s {where} is loaded ({', '.join(f'“{w}”' for w in words[:4])})"
        + (
            f" where {label_list(calmer)} {'uses' if len(calmer) == 1 else 'use'} less of it"
            if calmer
            else f"; {label_list([a.id for a in others])} never {'uses' if len(others) == 1 else 'use'} these words"
        ),
        silent_claims(claims, ctx.source_ids, "—"),
        id=finding_id("framing", article.id, "loaded wording", [article.id]),
        predicate="loaded wording",
        **decision.fields(),
    )


def _terms(article: Article, ctx: Context) -> list:
    facts = ctx.facts.get(article.id)
    if facts is not None and facts.sentences:
        return facts.loaded  # found by the extractor
    return loaded_terms(article, ctx.low(article.id))


RECORD_SHARE = 0.3  # share of the smaller sentence's content words: one event


def _scopes_clash(a: str, b: str) -> bool:
    """ "ever" against "since 2008"; "since 1990" against "since 2008"; never a scope
    against itself."""
    return a != b and (a == "ever" or b == "ever" or (a.startswith("since") and b.startswith("since")))


def superlative_discrepancies(ctx: Context) -> list[Discrepancy]:
    """One event given record claims whose time scopes cannot both hold."""
    claims = [(sid, r) for sid in ctx.source_ids for r in getattr(ctx.facts.get(sid), "records", [])]
    words = [content_words(r.sentence.text) for _, r in claims]
    out = []
    seen: set[tuple[str, str]] = set()
    for i, (sa, ra) in enumerate(claims):
        for j in range(i + 1, len(claims)):  # record claims are rare: a handful per brief
            sb, rb = claims[j]
            if sa == sb or not _scopes_clash(ra.scope, rb.scope) or (sa, sb) in seen:
                continue
            shared = len(words[i] & words[j])
            if shared < 2 or shared / (min(len(words[i]), len(words[j])) or 1) < RECORD_SHARE:
                continue
            seen.add((sa, sb))
            found = {sa: ra, sb: rb}
            out.append(
                Discrepancy(
                    "framing",
                    "medium",
                    "record claims",
                    f"{sa} calls it “{ra.text}”, {sb} “{rb.text}”: the two records cannot both hold",
                    silent_claims(
                        {
                            sid: Claim(
                                f"“{r.text}” — in “{shorten(r.sentence.text, 180)}”", [Span(r.start, r.end)]
                            )
                            for sid, r in found.items()
                        },
                        ctx.source_ids,
                        "no record claim",
                    ),
                    id=finding_id("framing", ra.sentence.text[:40], "record", found),
                    predicate="record",
                    **each_its_own(ctx, {sid: r.text for sid, r in found.items()}).fields(),
                )
            )
    return out
