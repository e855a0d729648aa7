"""Date checks: a photo caption dated well before the story; sources published far
apart; and one event dated differently ("last month" / "last week", "Monday" /
"Tuesday", "from 2005 to 2010" / "2006-2010"), each time read against its own
source's publication date (extract/relative_dates.py)."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import chain

from tui.analysis.compare.common import content_words, shorten, silent_claims
from tui.analysis.compare.context import Context
from tui.analysis.compare.ids import finding_id
from tui.analysis.compare.union_find import UnionFind
from tui.analysis.compare.verdicts import decide, odd_one_out
from tui.analysis.extract.relative_dates import TIME_WORDS, TimeMention, relative_dates
from tui.analysis.model import Claim, DateMention, Discrepancy, Span
from tui.brief.model import Article


def _story_year(articles: list[Article], dates: list[DateMention]) -> int | None:
    years = [int(a.published[:4]) for a in articles if a.published]
    years += [d.year for d in dates if d.year and not d.in_caption]
    return max(years) if years else None


def date_discrepancies(articles: list[Article], dates: list[DateMention], ctx: Context) -> list[Discrepancy]:
    """Caption dates older than the story, and sources published far apart."""
    source_ids = ctx.source_ids
    out = []
    story_year = _story_year(articles, dates)
    for d in dates:
        if not d.in_caption or not d.year:
            continue
        if story_year is not None and d.year >= story_year - 1:
            continue
        context = (
            f"the story's other dates are from {story_year}"
            if story_year
            else "nothing else in the brief dates the story then"
        )
        out.append(
            Discrepancy(
                "date",
                "medium",
                f"caption dated {d.text}",
                f"A photo caption in {d.source} is dated {d.text}; {context}: the image may be stale",
                silent_claims(
                    {d.source: Claim(f"caption: {d.text}", [Span(d.start, d.end)])}, source_ids, "—"
                ),
                id=finding_id("date", d.text, "caption", [d.source]),
                predicate="caption",
                **odd_one_out(ctx, d.source, d.text).fields(),
            )
        )
    published = {a.id: a.published for a in articles if a.published}
    if len(set(published.values())) > 1:
        ordered = sorted(published.items(), key=lambda kv: kv[1])
        first, last = ordered[0], ordered[-1]
        if _days_between(first[1], last[1]) > 7:
            out.append(
                Discrepancy(
                    "date",
                    "medium",
                    "publication dates",
                    f"{first[0]} was published {first[1]}, {last[0]} on {last[1]}: more than a week apart",
                    silent_claims(
                        {sid: Claim(f"published {day}") for sid, day in published.items()},
                        source_ids,
                        "no date",
                    ),
                    id=finding_id("date", "publication dates", "published", list(published)),
                    predicate="published",
                    **decide(ctx, {s: [day] for s, day in published.items()}, published, str, []).fields(),
                )
            )
    return out + event_date_discrepancies(ctx)


def _days_between(a: str, b: str) -> int:
    from datetime import date

    return abs((date.fromisoformat(b) - date.fromisoformat(a)).days)


EVENT_SHARE = 0.4  # share of the smaller clause's content words: one event
COMMON = 60  # clauses: a word in more of them than this finds no candidates
EVENT_MIN = 3  # shared content words, at the least


def event_date_discrepancies(ctx: Context) -> list[Discrepancy]:
    """One event dated differently: sentences that share their content words (found
    through an index of words), with times that resolve to days that never meet."""
    mentions: list[TimeMention] = []
    for sid in ctx.source_ids:
        article = ctx.articles[sid]
        facts = ctx.facts.get(sid)
        times = facts.times if facts is not None and facts.sentences else None
        if times is None:
            times = relative_dates(sid, article.published, ctx.sentences(sid))
        mentions += times
    words = [m.clause for m in mentions]  # the extractor's clause_words
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            index[w].append(i)
    events: UnionFind[int] = UnionFind(range(len(mentions)))
    source = [m.source for m in mentions]
    votes: Counter[int] = Counter()  # one, cleared per mention: a new Counter costs more than its counting
    for i, ws in enumerate(words):
        # the later mentions sharing each word (postings ascend: this one's tail), counted
        # in C; a word in more than COMMON clauses says nothing about which event
        postings = [p for w in ws if len(p := index[w]) <= COMMON]
        votes.clear()
        votes.update(chain.from_iterable(p[bisect_right(p, i) :] for p in postings))
        me = source[i]
        for j, n in votes.items():
            if n < EVENT_MIN or source[j] == me:
                continue
            small = min(len(ws), len(words[j])) or 1
            if n / small >= EVENT_SHARE:
                events.union(i, j)
    groups = [[mentions[i] for i in group] for group in events.groups(range(len(mentions)))]
    out = []
    in_sentence: dict[tuple[str, int], list[TimeMention]] = defaultdict(list)
    for m in mentions:
        in_sentence[(m.source, m.sentence.start)].append(m)
    for group in groups:
        per_source: dict[str, list[TimeMention]] = defaultdict(list)
        for key in dict.fromkeys((m.source, m.sentence.start) for m in group):
            per_source[key[0]].extend(in_sentence[key])  # a sentence's times go together
        if len(per_source) < 2:
            continue
        sids = list(per_source)
        clash = any(  # two sources whose dates for it never meet: the first such pair will do
            not any(x.overlaps(y) for x in per_source[a] for y in per_source[b])
            for i, a in enumerate(sids)
            for b in sids[i + 1 :]
        )
        if not clash:
            continue
        out.append(_event_discrepancy(per_source, ctx))
    return out


_TOPIC_SHARE = 0.15  # a word in more of the brief's sentences than this is the story's topic


def _event_discrepancy(per_source: dict[str, list[TimeMention]], ctx: Context) -> Discrepancy:
    shown = {sid: ", ".join(dict.fromkeys(m.text for m in ms)) for sid, ms in per_source.items()}
    decision = decide(
        ctx,
        {sid: sorted({m.label() for m in ms}) for sid, ms in per_source.items()},
        shown,
        str,
        [(sid, ms[0].start) for sid, ms in per_source.items()],
    )
    claims = {
        sid: Claim(
            f"{shown[sid]} ({ms[0].label()}) — “{shorten(ms[0].sentence.text, 180)}”",
            [Span(m.start, m.end) for m in ms],
        )
        for sid, ms in per_source.items()
    }
    subject = " ".join(
        sorted(content_words(next(iter(per_source.values()))[0].sentence.text) - TIME_WORDS)[:4]
    )
    summary = "One event, dated differently: " + " vs ".join(f"“{shown[sid]}” ({sid})" for sid in per_source)
    return Discrepancy(
        "date",
        "medium",
        "when it happened",
        summary + " (each read against its own publication date)",
        silent_claims(claims, ctx.source_ids, "no date"),
        id=finding_id("date", subject, "when", per_source),
        predicate="when",
        **decision.fields(),
    )
