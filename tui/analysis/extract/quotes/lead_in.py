"""Attribution before the opening mark, in the quote's own sentence, tried in this
order: According to X, "…" / X did Y, saying "…" / X said (that) "…" / X disagreed: "…".
The speaker before a verb may stand past adverbs ("X also said") and an
appositive role ("Ransome, the agency’s director, said")."""

from __future__ import annotations

from bisect import bisect_left

from tui.analysis.extract.quotes.context import BODY, PERSON, UNRESOLVED, Candidate, Context, Speaker
from tui.analysis.extract.quotes.organisations import is_publication, orgs_in
from tui.analysis.extract.quotes.paraphrase import speech_noun_speaker
from tui.analysis.extract.quotes.speaker_phrase import (
    named_person_in,
    speaker_at_phrase_end,
    speaker_at_phrase_start,
    speaker_before_adverbs,
)
from tui.analysis.extract.quotes.tokens import (
    LEAD_GAP,
    PRONOUN_START,
    between,
    has_sentence_end,
    lead_before,
    skip_adverbs_to_word,
    word_ends_with,
)
from tui.analysis.extract.quotes.vocabulary import (
    DOC_NOUNS,
    PARTICIPLES,
    PREPOSITIONS,
    SPEECH_VERB,
)
from tui.analysis.model import Span
from tui.analysis.text import in_order_by_first_letter, lazy_re, longest_first
from tui.regex_cache import compiled

_LEAD_ACCORDING = compiled(r"\b[Aa]ccording to\s+([^,;“”\"]{1,100}?)\s*(?:,|$)")
# "saying", "telling" (not "calling for"): a participle leading into a quote.
# (Their first letters looked ahead for, then grouped by it, as vocabulary.SPEECH_VERB is.)
_PARTICIPLE = compiled(
    rf"\b(?=[{''.join(sorted({p[0] for p in PARTICIPLES}))}])(?:{in_order_by_first_letter(PARTICIPLES)})\b"
    r"(?!(?:(?<=calling)|(?<=asking))\s+(?:for|on|off|up|out|back)\b)"
)
assert all(p.endswith("ing") for p in PARTICIPLES)  # what _participle_before looks for first
# What follows the subject of "X defended the plan, saying …": a verb, past a few adverbs.
_VERB_LIKE = compiled(
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?"  # "Roe on Monday said"
    r"(?:(?:also|later|then|has|had|have|publicly|again|[a-z]{3,}ly)\s+)*"
    r"(?:[a-z]+ed|said|told|wrote|spoke|made|took|gave|went|came|hit|met|led|sent|kept|held|"
    r"brought|struck|stood|fought|sought|spent|won|lost|put|set|shot|took|threw|drew|ran|"
    r"defends|says|tells|warns|insists|argues|takes|makes|pushes|calls)\b"
)
_COORDINATORS = ("and", "but", "then", "or")
# "with some calling it …, and one resident asking, …": an unnamed noun phrase right
# before the participle (no comma between) is its subject.
_UNNAMED_NP = r"(?:[Oo]ne|[Ss]ome|[Aa]nother|[Oo]thers|[Mm]any|[Ss]everal|[Aa]n?)(?:\s+[a-z][a-z-]*){0,2}\s+$"
_UNNAMED_AFTER_LINK = compiled(r"(?:[,;]\s*|\b(?:with|and|while)\s+)" + _UNNAMED_NP)
_UNNAMED_OPENING = compiled(r"\s*" + _UNNAMED_NP)  # matched at the sentence's start
# "… in which he talked about …, claiming": a clause of its own, with its own doer.
_ANOTHER_PRONOUN = compiled(r"\b(?:he|she|who|which)\b")
_DETERMINER_END = compiled(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_LOWERCASE_NEXT = compiled(r"\s+[a-z]")
_CAPITALISED = lazy_re(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


def speaker_before_quote(ctx: Context, c: Candidate, body: bool) -> Speaker | None:
    """X said: “…” / According to X, “…” / X did Y, saying “…”."""
    s = ctx.sentence_start(c)
    if s >= c.open:
        return _colon_paragraph_before(ctx, c, body)
    relay = None
    for shape in (_according_to_before, speech_noun_speaker, _participle_before, _said_before, _colon_before):
        sp = shape(ctx, c, s, body)
        if is_publication(sp):
            relay = relay or sp  # "According to Reuters, prosecutors argued “…”": look on
        elif sp is not None:
            return sp
    return relay


def _according_to_before(ctx: Context, c: Candidate, s: int, body: bool) -> Speaker | None:
    """According to X, “…”."""
    text = ctx.text
    lo = max(s, c.open - 250)
    if text.find("ccording to", lo, c.open) == -1:
        return None  # the words the pattern opens with, found in C: most lead-ins have none
    m = _LEAD_ACCORDING.search(text, lo, c.open)
    if m is None or has_sentence_end(text[m.end() : c.open]):
        return None
    sp, _ = speaker_at_phrase_start(ctx, m.start(1), m.end(1), c, body)
    if sp is not None:
        c.attr_pos = m.start(1)
    return sp


def _participle_before(ctx: Context, c: Candidate, s: int, body: bool) -> Speaker | None:
    """X defended the plan, saying “…” / first telling CNN, “…” / claiming on many
    occasions that the president has “…”: the doer of the clause."""
    lo = max(s, c.open - 250)
    if not word_ends_with(ctx.text, "ing", lo, c.open):
        return None  # every participle ends so: most lead-ins have no such word at all
    m = lead_before(_PARTICIPLE, ctx.text, lo, c.open)
    if m is None:
        return None
    if _unnamed_subject_before(ctx.text, s, m.start()):
        return UNRESOLVED  # "… and one resident asking, “…”": said by someone unnamed
    return _doer(ctx, s, m.start(), c, body)


def _unnamed_subject_before(text: str, s: int, e: int) -> bool:
    """An unnamed noun phrase ("one resident", "some") opening a clause right before the
    participle at e: its subject. Not a time or place phrase ("A day after telling")."""
    m = _UNNAMED_AFTER_LINK.search(text, max(s, e - 40), e) or _UNNAMED_OPENING.match(text, s, e)
    if m is None:
        return False
    phrase = text[m.start() : e].lower().strip(",; ").split()
    if phrase and phrase[0] in ("with", "and", "while"):
        phrase = phrase[1:]  # the link, not the phrase
    return not any(w in PREPOSITIONS for w in phrase)


def _said_before(ctx: Context, c: Candidate, s: int, body: bool) -> Speaker | None:
    """X said (that) “…”: one of the last three speech verbs before the mark, close to it."""
    text = ctx.text
    verbs = list(SPEECH_VERB.finditer(text, max(s, c.open - 320), c.open))
    for v in reversed(verbs[-3:]):
        after = text[v.end() : c.open]
        if len(after) > 300 or "!" in after or "?" in after or ";" in after or len(after.split()) > LEAD_GAP:
            continue
        if has_sentence_end(after):
            continue
        sp = _subject_before_verb(ctx, s, v.start(), c, body)
        if sp is not None:
            return sp
    return None


def _colon_before(ctx: Context, c: Candidate, s: int, body: bool) -> Speaker | None:
    """“Another owner, Lucia Arden, disagreed: “…”": a short lead-in ending in a colon."""
    colon = ctx.text[s : c.open].rstrip()
    if colon.endswith(":") and len(colon.split()) <= 25:
        sp = _doer(ctx, s, s + len(colon) - 1, c, body)
        if sp is None and SPEECH_VERB.search(colon):
            return UNRESOLVED  # "One reader posted this update: “…”": said, by nobody named
        return sp
    return None


def _colon_paragraph_before(ctx: Context, c: Candidate, body: bool) -> Speaker | None:
    """A paragraph ending in a colon leads into the quote that opens the next one: "A
    reader posted this update:" / "Roe wrote:"."""
    if c.block == 0 or ctx.text[ctx.blocks[c.block].start : c.open].strip():
        return None
    prev = ctx.blocks[c.block - 1]
    colon = prev.start + len(prev.text.rstrip()) - 1
    if prev.kind not in BODY or ctx.text[colon] != ":":
        return None
    s = max(prev.start, ctx.sents[ctx.sentence_at(colon)].start if ctx.sents else prev.start)
    if len(ctx.text[s:colon].split()) > 25:
        return None
    sp = _doer(ctx, s, colon, c, body)
    if sp is None and SPEECH_VERB.search(ctx.text, s, colon):
        return UNRESOLVED
    return sp


def _subject_before_verb(ctx: Context, s: int, verb_start: int, c: Candidate, body: bool) -> Speaker | None:
    """The subject right before a lead-in verb, past adverbs ("also") and an
    appositive ("Ransome, the agency’s director, said")."""
    text = ctx.text
    e, w = skip_adverbs_to_word(text, s, verb_start)
    if e > s and text[e - 1] == ",":  # appositive: "Ransome, a role, said"
        return _appositive_role(ctx, s, e, c, body)
    if w is not None and w[2] in _COORDINATORS:
        # "Roe looked irritated and immediately asks": the verb shares the clause's subject
        return _doer(ctx, s, w[0], c, body)
    return speaker_before_adverbs(ctx, s, e, c, body)


def _appositive_role(ctx: Context, s: int, e: int, c: Candidate, body: bool) -> Speaker | None:
    """X, a role, said (the text up to e ends in the comma after the role): the
    speaker is X, or the person the appositive names when X is only a role. The
    appositive may hold commas of its own ("Roe, of Dunmore, Vt., said"): the
    nearest of up to four commas whose head is a named person wins."""
    text = ctx.text
    first: tuple[Speaker | None, int] | None = None
    comma = e - 1
    for _ in range(4):
        comma = text.rfind(",", s, comma)
        if comma == -1 or len(text[comma:e].split()) > 30:
            break
        sp = speaker_at_phrase_end(ctx, s, comma, c, body)
        if named_person_in(sp, s, comma):
            return sp
        first = first or (sp, comma)
    if first is None:
        return None
    sp, comma = first
    # "A spokeswoman for the authority, Mira Haldane, said"
    alt = speaker_at_phrase_end(ctx, comma + 1, e - 1, c, body)
    return alt if named_person_in(alt, comma + 1, e) else sp


def _as_modifier(text: str, ms: int, me: int) -> bool:
    """A name between a determiner and a lowercase word qualifies a noun: "the Roe job offer"."""
    return (
        _DETERMINER_END.search(text, max(0, ms - 5), ms) is not None
        and _LOWERCASE_NEXT.match(text, me) is not None
    )


# A clause opened by a document as its subject: "The letter", "A memo", "The group's report".
_DOCUMENT_SUBJECT = compiled(
    r"\s*(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + "|".join(longest_first(DOC_NOUNS))
    + r")\b(?!\s+(?:of|to|from|by|with|for)\s+[A-Z])"
)


def _doer(ctx: Context, s: int, e: int, c: Candidate, body: bool) -> Speaker | None:
    """The doer of "X defended the agents’ work, saying …": the last person or
    organisation named in [s, e) that a verb follows, else the first person."""
    text = ctx.text
    cands: list[tuple[int, int, str | None]] = []
    lo = bisect_left(ctx.m_starts, s)
    hi = bisect_left(ctx.m_starts, e)
    cands.extend((ms, me, ctx.people[pi].name) for ms, me, pi in ctx.mentions[lo:hi])
    cands.extend(between(ctx.extra, s, e))
    cands.extend((os_, oe, None) for os_, oe, _ in between(orgs_in(ctx, ctx.block_of(s)), s, e))
    cands.sort()
    subjects = [x for x in cands if _VERB_LIKE.match(text, x[1], e)]
    pick = subjects[-1] if subjects else None
    pronoun = PRONOUN_START.match(text, s, e) if pick is None else None
    if (
        pronoun is not None
        and _VERB_LIKE.match(text, pronoun.end(), e)
        and not _ANOTHER_PRONOUN.search(text, pronoun.end(), e)
    ):
        # "He accused Roe of …, saying": the pronoun is the doer, Roe its object
        return speaker_at_phrase_end(ctx, s, pronoun.end(), c, body)
    if pick is None:  # the first person, unless named as a modifier ("the Roe job offer")
        persons = [x for x in cands if x[2] is not None and not _as_modifier(text, x[0], x[1])]
        if persons and _DOCUMENT_SUBJECT.match(text, s, e):
            # "The letter released by the faculty took Mr. Roe to task, saying …": the
            # document's words; the person named is the one it answers
            return UNRESOLVED
        pick = persons[0] if persons else None
    if pick is None:
        # no known name: a capitalised phrase right before a verb
        for m in _CAPITALISED.finditer(text[s:e]):
            if _VERB_LIKE.match(text, s + m.end(), e):
                return speaker_at_phrase_end(ctx, s, s + m.end(), c, body)
        return None
    if pick[2] is not None:
        return Speaker(pick[2], PERSON, Span(pick[0], pick[1]))
    return speaker_at_phrase_end(ctx, s, pick[1], c, body)
