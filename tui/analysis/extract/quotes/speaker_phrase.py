"""The noun phrase that names a speaker, read from either end.

`speaker_at_phrase_start` reads the phrase after a speech verb ("said [the
agency’s director, Pell Ransome]", "according to [a spokesperson for the
Authority]"); `speaker_at_phrase_end` the phrase before one ("[Deputy Director
Jane Roe] said", "[the agency] said"). Both resolve what they find: a mention
people.py made, a pronoun ("he said": `antecedents`), "it" or "the agency"
(`organisations`), a role noun ("the mayor said"), or a capitalised phrase
(`person_or_org`)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from tui.analysis.extract.people.tables import ABBREVIATED_TITLES, NATIONALITIES
from tui.analysis.extract.quotes.antecedents import recent_speaker, role_noun_speaker
from tui.analysis.extract.quotes.context import ORGANIZATION, PERSON, UNRESOLVED, Candidate, Context, Speaker
from tui.analysis.extract.quotes.organisations import organisation_by_type
from tui.analysis.extract.quotes.person_or_org import person_or_organisation
from tui.analysis.extract.quotes.roles import role_holder
from tui.analysis.extract.quotes.tokens import Token, run_backward, run_forward, skip_adverbs, tokens_in
from tui.analysis.extract.quotes.vocabulary import (
    COLLECTIVES,
    DOC_NOUNS,
    GENERIC_ORGS,
    ORG_SPEAKER_NOUNS,
    PREPOSITIONS,
    ROLE_NOUNS,
    SPOKES,
    UNRESOLVED_PRONOUNS,
)
from tui.analysis.model import Span
from tui.regex_cache import compiled

_FOR = ("for", "from", "of", "at", "with", "by")  # "a spokesperson for the Authority"
# The party and state after a legislator's name: ", R-Vt." / " (D-N.H.)".
_PARTY_TAG = compiled(r"[,\s(]*\b[RDI]-[A-Z][A-Za-z.]*\)?\s*$")
_ISSUED = ("released", "issued", "posted", "sent", "signed", "written")


_INDEFINITE = ("a", "an", "one", "another")
# Lowercase role words between a name and the next: "Obama[ campaign manager ]Jim Messina",
# "Roe[’s chief of staff, ]Ann Poe".
_ROLE_BETWEEN = compiled(r"(?:['’]s)?(?:\s+[a-z][\w'’-]*){1,4},?\s+")
_OFFICIALS = ("official", "officer", "aide")
_PLACE_PREPOSITIONS = ("on", "at", "from", "in", "with")


# What stands before the one a document went to: "sent Ryan", "a letter to Mr. Ryan".
_TO_BEFORE = compiled(
    r"\b(?:to|sent|sends|sending|addressed|wrote to|writes to)\s+"
    rf"(?:(?:{'|'.join(w.capitalize() for w in ABBREVIATED_TITLES)})\.\s+)?$"
)


_ISSUED_WORDS = frozenset((*_ISSUED, "wrote", "drafted"))  # words of a sentence about issuing a document


def issuer(ctx: Context, sp: Speaker | None) -> bool:
    """Could the speaker found before "the letter said" have issued the document: named
    in a sentence about one ("Roe issued a statement", "a letter signed by Roe"), and not
    as the one it went to ("sent Roe a letter", "a letter to Mr. Roe")?"""
    if sp is None:
        return False
    if sp.kind != PERSON or sp.span is None:
        return True  # an organisation's own statement, or the last quote's speaker again
    text = ctx.text
    if _TO_BEFORE.search(text, max(0, sp.span.start - 40), sp.span.start):
        return False
    if not ctx.sents:
        return True
    sent = ctx.sents[ctx.sentence_at(sp.span.start)]
    words = {w.strip('.,;:“”"') for w in text[sent.start : sent.end].lower().split()}
    return not words.isdisjoint(DOC_NOUNS) or not words.isdisjoint(_ISSUED_WORDS)


def named_in(sp: Speaker | None, lo: int, hi: int) -> bool:
    """The speaker's name is written inside [lo, hi), not found by reference."""
    return sp is not None and sp.name is not None and sp.span is not None and lo <= sp.span.start < hi


def named_person_in(sp: Speaker | None, lo: int, hi: int) -> bool:
    """A person, named inside [lo, hi): the name in an appositive ("the agency’s
    director, Pell Ransome") that beats a role named before it."""
    return sp is not None and sp.kind == PERSON and named_in(sp, lo, hi)


def is_role(word: str) -> bool:
    w = word.lower()
    return w in ROLE_NOUNS or w.endswith("year-old")


# --- said [X] ---------------------------------------------------------------------


def speaker_at_phrase_start(
    ctx: Context, lo: int, hi: int, c: Candidate, body: bool
) -> tuple[Speaker | None, int]:
    """The speaker a phrase starts with, and where its name ends: said [border
    chief Pell Ransome], a role."""
    text = ctx.text
    i = bisect_left(ctx.m_starts, lo)
    if i < len(ctx.mentions) and ctx.mentions[i][1] <= hi:
        ms, me, pi = ctx.mentions[i]
        if len(text[lo:ms].split()) <= 6:
            if i + 1 < len(ctx.mentions) and ctx.mentions[i + 1][1] <= hi:
                ns, ne, npi = ctx.mentions[i + 1]
                if npi != pi and _ROLE_BETWEEN.fullmatch(text, me, ns):
                    # "said Obama campaign manager Jim Messina": the first name modifies the role
                    return Speaker(ctx.people[npi].name, PERSON, Span(ns, ne)), ne
            return Speaker(ctx.people[pi].name, PERSON, Span(ms, me)), me
    toks = tokens_in(text, lo, hi)
    if not toks:
        return None, lo
    first = toks[0][2].lower()
    if first == "it" and body:
        return organisation_by_type(ctx, c, None), toks[0][1]  # “…,” it said: the organisation
    if first in ("he", "she") or first in UNRESOLVED_PRONOUNS:
        if first in UNRESOLVED_PRONOUNS or not body:
            return UNRESOLVED, toks[0][1]
        return recent_speaker(ctx, c, person_only=True, pronoun=first), toks[0][1]
    k = 1 if first in ("a", "an", "the") else 0
    found = _organisation_noun_first(ctx, toks, k, first, c, body)
    if found is not None:
        return found
    return _name_after_role_words(ctx, toks, k, lo, c, body)


def _organisation_noun_first(
    ctx: Context, toks: list[Token], k: int, first: str, c: Candidate, body: bool
) -> tuple[Speaker | None, int] | None:
    """said [a spokesperson for the Authority] / said [the agency] / said [police];
    None when the phrase does not start with such a noun."""
    if k >= len(toks):
        return None
    word = toks[k][2].lower()
    named_next = k + 1 < len(toks) and toks[k + 1][2][0].isupper()  # "said spokesperson Jane Roe"
    if (word in SPOKES and not named_next) or word in DOC_NOUNS:
        j = k + 1
        if j < len(toks) and toks[j][2].lower() in _ISSUED:  # "a statement released by the agency"
            j += 1
        if j < len(toks) and toks[j][2].lower() in _FOR:
            j += 1
            if j < len(toks) and toks[j][2].lower() == "the":
                j += 1
            run = run_forward(toks, j)
            if run:
                return person_or_organisation(ctx, run, c), run[-1][1]
        if not body or word in DOC_NOUNS:  # says the letter: of someone unnamed here
            return UNRESOLVED, toks[k][1]
        return organisation_by_type(ctx, c, word), toks[k][1]
    if word in ORG_SPEAKER_NOUNS:
        if word in GENERIC_ORGS and k == 1 and first == "the":
            return (organisation_by_type(ctx, c, word) if body else UNRESOLVED), toks[k][1]
        return Speaker(word, ORGANIZATION, Span(toks[k][0], toks[k][1])), toks[k][1]
    return None


def _name_after_role_words(
    ctx: Context, toks: list[Token], k: int, lo: int, c: Candidate, body: bool
) -> tuple[Speaker | None, int]:
    """said [border chief Pell Ransome]: a few lowercase role words, then the name;
    said [the mayor]: the role alone."""
    skipped = 0
    while k < len(toks) and not toks[k][2][0].isupper():
        if toks[k][2].lower() in PREPOSITIONS or skipped >= 4:
            break
        k += 1
        skipped += 1
    run = run_forward(toks, k) if k < len(toks) and toks[k][2][0].isupper() else []
    if not run:
        if skipped and is_role(toks[k - 1][2]):
            return role_noun_speaker(ctx, c, toks[: k - 1], toks[k - 1][2], body), toks[k - 1][1]
        return None, lo
    # "said CRA spokesperson Ilse Marchetti": the name after the role
    j = k + len(run)
    skipped = 0
    while j < len(toks) and toks[j][2].islower() and toks[j][2] not in PREPOSITIONS and skipped < 3:
        j += 1
        skipped += 1
    if skipped and j < len(toks) and toks[j][2][0].isupper():
        later = run_forward(toks, j)
        sp = person_or_organisation(ctx, later, c)
        if sp.kind == PERSON:
            return sp, later[-1][1]
    after = k + len(run)
    if len(run) == 1 and run[0][2].lower() in NATIONALITIES and after < len(toks) and is_role(toks[after][2]):
        # "said the Democratic staffer": a party's or a nation's adjective before a role
        # is whoever the article gave that role, else someone it does not name; never an
        # organisation called "Democratic"
        return _role_holder_or_nobody(ctx, c, toks[after][2], body), toks[after][1]
    return person_or_organisation(ctx, run, c), run[-1][1]


def _role_holder_or_nobody(ctx: Context, c: Candidate, noun: str, body: bool) -> Speaker:
    holder = role_holder(ctx, [noun.lower()], c.open) if body else None
    return Speaker(holder[2], PERSON, Span(holder[0], holder[1])) if holder is not None else UNRESOLVED


# --- [X] said ---------------------------------------------------------------------


def speaker_at_phrase_end(ctx: Context, lo: int, hi: int, c: Candidate, body: bool) -> Speaker | None:
    """The speaker a phrase ends with: [Deputy Director Jane Roe] said."""
    return speaker_before_adverbs(ctx, lo, skip_adverbs(ctx.text, lo, hi), c, body)  # "Roe once told"


def speaker_before_adverbs(ctx: Context, lo: int, hi: int, c: Candidate, body: bool) -> Speaker | None:
    """speaker_at_phrase_end of a phrase that already ends before its adverbs (skip_adverbs
    leaves such an end as it is)."""
    text = ctx.text
    # every party tag holds a hyphen ("R-Vt."): most phrases need no search
    tag = _PARTY_TAG.search(text, lo, hi) if text.find("-", lo, hi) != -1 else None
    if tag is not None:
        hi = tag.start()  # "Sen. Jane Roe, R-Vt." / "Jane Roe (D-Vt.)"
    if hi <= lo:
        return None
    j = bisect_right(ctx.m_end_keys, hi) - 1
    if j >= 0 and ctx.m_end_keys[j] == hi and ctx.m_ends[j][1] >= lo:
        _, ms, pi = ctx.m_ends[j]
        return Speaker(ctx.people[pi].name, PERSON, Span(ms, hi))
    toks = tokens_in(text, lo, hi)
    if not toks or toks[-1][1] != hi or ctx.inside_quote(toks[-1][0]):
        # "Jane Roe’s office said" and the like end in a token too; a
        # trailing symbol means no noun phrase here, and a quote's words are no speaker.
        return None
    last = toks[-1][2]
    low = last.lower()
    if low in ("he", "she"):
        if not body:
            return UNRESOLVED
        return recent_speaker(ctx, c, person_only=True, pronoun=low)
    if low == "it" and body:
        return organisation_by_type(ctx, c, None)
    if low in UNRESOLVED_PRONOUNS:
        return UNRESOLVED
    if last.islower() and low in ORG_SPEAKER_NOUNS:
        return _organisation_noun_last(ctx, toks, hi, low, c, body)
    if not last[0].isupper():
        if (
            low in DOC_NOUNS
            and len(toks) >= 2
            and toks[-2][2].lower() in ("the", "that", "his", "her", "its")
        ):
            # “…,” the statement said: whoever issued it, named just before; not whoever
            # it went to ("sent Ryan a letter", "a letter to Mr. Ryan")
            if not body:
                return UNRESOLVED
            sp = recent_speaker(ctx, c, person_only=False, before=toks[-2][0])
            return sp if issuer(ctx, sp) else UNRESOLVED
        if is_role(last):
            return role_noun_speaker(ctx, c, toks[:-1], last, body)
        return None
    run = run_backward(toks, len(toks))
    if not run:
        return None
    if _unnamed_head_before(toks[: len(toks) - len(run)]):
        return UNRESOLVED  # "A blogger on the website Harbor Watch said": the blogger spoke
    return person_or_organisation(ctx, run, c)


def _unnamed_head_before(head: list[Token]) -> bool:
    """[A blogger on the website] Harbor Watch said: an unnamed someone, placed by a
    preposition of place; the name after it is where they are, not who speaks. A
    spokesperson or an official speaks for the name ("a spokesman at the Authority"),
    and "for", "to" and "of" join a role to whom it serves ("an aide to Roe")."""
    if len(head) < 3 or head[0][2].lower() not in _INDEFINITE:
        return False
    noun = head[1][2]
    if not noun.islower() or noun in SPOKES or noun in _OFFICIALS:
        return False
    return any(t[2].lower() in _PLACE_PREPOSITIONS for t in head[2:])


def _organisation_noun_last(
    ctx: Context, toks: list[Token], hi: int, low: str, c: Candidate, body: bool
) -> Speaker | None:
    """[the Harbor Authority’s spokesperson] said / [the agency] said / [police] said."""
    run = run_backward(toks, len(toks) - 1)
    if run:
        sp = person_or_organisation(ctx, run, c)
        if (
            sp.kind == ORGANIZATION
            and low not in SPOKES
            and ctx.text[run[-1][1] - 2 : run[-1][1]] not in ("’s", "'s")
        ):
            # "the Democratic committee said": the body is the whole phrase, not its adjective
            return Speaker(ctx.text[run[0][0] : hi], ORGANIZATION, Span(run[0][0], hi))
        if sp.kind == ORGANIZATION:
            return sp
        if sp.kind == PERSON and sp.name and low in SPOKES:
            # "a Ryan spokesman said": the office speaks, not Ryan, and not a body called
            # "Ryan spokesman"
            return Speaker(f"{sp.name}’s office", ORGANIZATION, Span(run[0][0], hi))
        name = ctx.text[run[0][0] : hi]
        return Speaker(name, ORGANIZATION, Span(run[0][0], hi))
    if low in SPOKES:
        return organisation_by_type(ctx, c, None) if body else UNRESOLVED
    if low in GENERIC_ORGS and len(toks) >= 2 and toks[-2][2].lower() in ("the", "this", "that"):
        return organisation_by_type(ctx, c, low) if body else UNRESOLVED
    if low in COLLECTIVES:
        return Speaker(low, ORGANIZATION, Span(toks[-1][0], toks[-1][1]))
    return None
