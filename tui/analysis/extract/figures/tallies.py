"""Vote tallies and scores: two numbers joined by a dash or "to".

- A vote tally is two figures, the votes for and the votes against ("passed 74-24",
  "by a vote of 231 to 187", "a 6-3 ruling"), unit "tally". Which side is which: a
  passing vote's larger number is for, a rejection's larger number is against;
  otherwise the first number is for.
- A tally of a noun is two counts of it: "a 236-199 seat advantage" is 236 seats
  and 199 seats (the larger side first, as written).
- A score is one figure, its first number: "won 3-1".

The numbers a tally is made of are no figures of their own. Votes cast one way
("212 voted for it") and margins are in votes.py."""

from __future__ import annotations

import re
from bisect import bisect_right

from tui.analysis.extract.figures.emit import context
from tui.analysis.extract.figures.plurals import pluralise
from tui.analysis.model import Figure
from tui.analysis.text import Sentence, lazy_re
from tui.brief.model import Article
from tui.regex_cache import compiled

VOTES_FOR, VOTES_AGAINST = "votes for", "votes against"
_END = r"(?![\w%-]|[.,]\d)"
# "passed 74-24", "won 3-1". Written digit first, the character before it checked behind
# that digit ((?<![\w.,$()-])\d{1,3}): the search then skips to digits.
_DASH = compiled(rf"(\d(?<![\w.,$()-]\d)\d{{0,2}}) ?[-–] ?(\d{{1,3}}){_END}")
# "by a vote of 231 to 187", "voted 231 to 187", "a 231 to 187 vote"
_TO = compiled(rf"(?<![\w.,$()-])(\d{{1,3}}) to (\d{{1,3}}){_END}")
_TO_VOTE_BEFORE = lazy_re(
    r"\b(?:vote\s+of|voted|passed|approved|rejected|defeated|confirmed|adopted)\s+(?:by\s+)?$", re.I
)
_VOTE_NOUN_AFTER = lazy_re(r"\s*(?:-\s*)?(?:votes?|ruling|decision|verdict|majority|split)\b", re.I)
# "a 236-199 seat advantage": a tally of seats, not of votes
_NOUN_SPLIT_AFTER = lazy_re(
    r"\s+(?P<noun>[a-z]+)\s+(?:advantage|edge|lead|majority|split|margin|deficit|gap)\b", re.I
)
_VOTE_CONTEXT = lazy_re(
    r"\b(?:vote[sd]?|voting|passed|approved|rejected|confirmed|ballots?|margin|tally|ruled|ruling)\b", re.I
)
_SCORE_CONTEXT = lazy_re(r"\b(?:won|wins?|lost|beat|defeated|victory|score[sd]?|drew|draw|lead|led)\b", re.I)
# A rejection: its larger number is the votes against.
_REJECTED = lazy_re(
    r"\b(?:rejected|defeated|voted\s+down|turned\s+down|struck\s+down|killed|sank|blocked)\b", re.I
)
_PASSED = lazy_re(r"\b(?:passed|approved|adopted|confirmed|cleared|upheld|ratified)\b", re.I)


def with_tallies(
    article: Article, sents: list[Sentence], figures: list[Figure], tokens: tuple[tuple[int, int], ...]
) -> list[Figure]:
    """The sentences' tallies, in place of the figures read from their numbers. `tokens`
    are the article's number tokens (dates.number_tokens): a tally is digits, so only
    the sentences a token is in are read."""
    found: list[Figure] = []
    for sent in _with_digits(sents, tokens):
        text = sent.text
        if "-" in text or "–" in text:
            for m in _DASH.finditer(text):
                found += _dash_tally(article, sent, m)
        if " to " in text and "vot" in text:
            for m in _TO.finditer(text):
                if _TO_VOTE_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _VOTE_NOUN_AFTER.match(
                    text, m.end()
                ):
                    found += _votes(article, sent, m)
    if not found:
        return figures
    taken = [(f.start, f.end) for f in found]
    kept = [f for f in figures if not any(s < f.end and f.start < e for s, e in taken)]
    return sorted(kept + found, key=lambda f: f.start)


def _with_digits(sents: list[Sentence], tokens: tuple[tuple[int, int], ...]) -> list[Sentence]:
    """The sentences that (start, end) tokens overlap, in order."""
    starts = [s.start for s in sents]
    kept: list[Sentence] = []
    last = -1  # the index of the last sentence kept
    for p, e in tokens:
        first = max(bisect_right(starts, p) - 1, last + 1, 0)
        for i in range(first, bisect_right(starts, e - 1)):
            kept.append(sents[i])
            last = i
    return kept


def _dash_tally(article: Article, sent: Sentence, m: re.Match) -> list[Figure]:
    """ "74-24" as votes for and against, a tally of a noun, or a score."""
    text = sent.text
    split = _NOUN_SPLIT_AFTER.match(text, m.end())
    if split and split.group("noun").lower() not in ("vote", "point", "goal", "run"):
        noun = pluralise(split.group("noun").lower())  # "a 236-199 seat advantage"
        return [_figure(article, sent, m, i, noun, None) for i in (1, 2)]
    if _VOTE_NOUN_AFTER.match(text, m.end()) or _VOTE_CONTEXT.search(text):
        return _votes(article, sent, m)
    if _SCORE_CONTEXT.search(text):
        start, end = sent.start + m.start(), sent.start + m.end()
        return [
            Figure(
                article.id,
                float(m.group(1)),
                m.group(),
                start,
                end,
                context(sent, start, end),
                "score",
                unit="tally",
            )
        ]
    return []


def _votes(article: Article, sent: Sentence, m: re.Match) -> list[Figure]:
    """The two numbers of a vote tally: which is for, which against (see the module)."""
    first, second = int(m.group(1)), int(m.group(2))
    clause = sent.text[max(0, m.start() - 60) : m.start()]
    rejected = [r.end() for r in _REJECTED.finditer(clause)]
    passed = [p.end() for p in _PASSED.finditer(clause)]
    if rejected and (not passed or rejected[-1] > passed[-1]):
        first_for = first < second  # the nearest verb is a rejection
    elif passed:
        first_for = first >= second
    else:
        first_for = True
    sides = (VOTES_FOR, VOTES_AGAINST) if first_for else (VOTES_AGAINST, VOTES_FOR)
    return [_figure(article, sent, m, i, side, "tally") for i, side in zip((1, 2), sides, strict=True)]


def _figure(
    article: Article, sent: Sentence, m: re.Match, group: int, counts: str, unit: str | None
) -> Figure:
    start, end = sent.start + m.start(group), sent.start + m.end(group)
    return Figure(
        article.id,
        float(m.group(group)),
        m.group(group),
        start,
        end,
        context(sent, start, end),
        counts,
        unit=unit,
    )
