"""`extract_people`: the passes in order, from an article's paragraphs to its people."""

from __future__ import annotations

from bisect import bisect_right

from tui.analysis.extract.people.decide import decide, surname_alone
from tui.analysis.extract.people.evidence import Person, Sighting
from tui.analysis.extract.people.lone_speakers import lone_speakers
from tui.analysis.extract.people.mentions import attach_roles, find_mentions
from tui.analysis.extract.people.modifier_names import modifier_people
from tui.analysis.extract.people.scan import analyse_run, scan_block
from tui.analysis.extract.people.tables import given_names
from tui.analysis.extract.people.title_before_name import names_cut_by_brackets, plural_title_over_list
from tui.analysis.extract.people.vetoes import is_byline
from tui.analysis.model import PersonMention
from tui.analysis.text import Sentence
from tui.brief.model import HEADING, HEADLINE, Article, Block, PersonHint

# A subheading under the headline with this many words is a deck, not a section heading.
_DECK_WORDS = 6


def extract_people(
    article: Article, sents: list[Sentence], hints: list[PersonHint] = ()
) -> list[PersonMention]:
    """Every person the article names, once, with roles, mentions and name variants."""
    text = article.text
    given = given_names()
    occs: list[Sighting] = []
    deck = _deck(article)
    heads = {b.text.strip().casefold() for b in article.blocks if b.kind == HEADLINE}
    # Case folding never shortens a text, so a paragraph longer than every headline is none.
    head_len = max(map(len, heads), default=-1)
    body = [
        (b.start, b.end)
        for b in article.blocks
        if (b.kind not in (HEADLINE, HEADING) or b is deck)
        and not is_byline(text, b.start, b.end)
        and not _repeats_headline(b.text, heads, head_len)
    ]
    lone: dict[str, int] = {}  # single capitalised words beside a speech verb
    for bstart, bend in body:
        block_occs, block_lone = scan_block(text[bstart:bend], given)
        for o in block_occs:
            occs.append(
                Sighting(
                    o.name,
                    o.start + bstart,
                    o.end + bstart,
                    o.words,
                    o.flags,
                    roles=[(pos + bstart, role, initial) for pos, role, initial in o.roles],
                    vetoed=o.vetoed,
                    plural=o.plural,
                    affiliations=list(o.affiliations),
                )
            )
        for w, pos in block_lone.items():
            lone.setdefault(w, pos + bstart)
    plural_title_over_list(text, occs)
    names_cut_by_brackets(text, occs, given)
    people = decide(occs, lambda sur: surname_alone(text, body, sur), hints, given)
    if lone:
        people.extend(lone_speakers(text, body, people, lone, given))
    people.extend(modifier_people(text, body, people, hints))
    surname_spans = find_mentions(text, people, given)
    _surname_then_role(text, body, surname_spans, given, occs)
    attach_roles(people, occs)
    out = []
    for p in sorted((p for p in people if p.spans), key=lambda p: p.spans[0].start):
        out.append(_mention(p, text))
    return out


def _repeats_headline(block: str, heads: set[str], head_len: int) -> bool:
    """The headline repeated as a paragraph (page furniture), case aside."""
    block = block.strip()
    return len(block) <= head_len and block.casefold() in heads


def _deck(article: Article) -> Block | None:
    """The deck (dek, standfirst): a subheading right under the headline that reads as a
    sentence; people and roles are read from it as from the body."""
    blocks = article.blocks
    if len(blocks) > 1 and blocks[0].kind == HEADLINE and blocks[1].kind == HEADING:
        deck = blocks[1]
        if len(deck.text.split()) >= _DECK_WORDS:
            return deck
    return None


def _surname_then_role(
    text: str, body: list[tuple[int, int]], spans: list[tuple[int, int]], given, occs: list[Sighting]
) -> None:
    """A surname alone with a role after it: "Roe, the agency's deputy, ...": each such
    mention is weighed as a sighting too, so the role reaches the person."""
    starts = [b for b, _ in body]
    for start, end in spans:
        if text[end : end + 1] == "," or text[end : end + 2] == " (":
            i = bisect_right(starts, start) - 1
            if i >= 0 and end <= body[i][1]:
                analyse_run(text, body[i][0], body[i][1], start, text[start:end], given, occs)


def _mention(p: Person, text: str) -> PersonMention:
    aliases = set(p.hint.aliases) if p.hint else set()
    variants: list[str] = []
    for s in p.spans:
        form = text[s.start : s.end]
        if form != p.name and form not in variants and (" " in form or form in aliases):
            variants.append(form)
    return PersonMention(name=p.name, roles=_dedupe_roles(p.roles), spans=list(p.spans), variants=variants)


def _dedupe_roles(roles: list[tuple[int, str, bool]]) -> list[str]:
    """Roles in text order, once each ignoring case; a sentence-initial capital gives way."""
    out: list[str] = []
    initial: list[bool] = []
    index: dict[str, int] = {}
    for _, role, first in sorted(roles, key=lambda r: r[0]):
        role = " ".join(role.split()).strip(" ,")
        if not role:
            continue
        k = role.lower()
        if k in index:
            i = index[k]
            if initial[i] and not first:
                out[i], initial[i] = role, False
            continue
        index[k] = len(out)
        out.append(role)
        initial.append(first)
    return out
