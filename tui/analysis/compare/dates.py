"""Date checks: a photo caption dated well before the story, and sources published far
apart."""

from __future__ import annotations

from tui.analysis.compare.common import silent_claims
from tui.analysis.model import Claim, DateMention, Discrepancy, Span
from tui.brief.model import Article


def _story_year(articles: list[Article], dates: list[DateMention]) -> int | None:
    years = [int(a.published[:4]) for a in articles if a.published]
    years += [d.year for d in dates if d.year and not d.in_caption]
    return max(years) if years else None


def date_discrepancies(
    articles: list[Article], dates: list[DateMention], source_ids: list[str]
) -> list[Discrepancy]:
    """Caption dates older than the story, and sources published far apart."""
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
                )
            )
    return out


def _days_between(a: str, b: str) -> int:
    from datetime import date

    return abs((date.fromisoformat(b) - date.fromisoformat(a)).days)
