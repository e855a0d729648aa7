"""Speakers named earlier: who "he", "she", "the mayor" or a quote with no attribution
of its own refers to. Pronouns look at the given name (and "Mr."/"Ms.") to skip
people of the other gender; a role noun prefers the person the article gave that
role. The speaker_span of such a quote points at that earlier mention."""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.analysis.extract.people.tables import CALENDAR
from tui.analysis.extract.quotes.context import PERSON, UNRESOLVED, Candidate, Context, Speaker
from tui.analysis.extract.quotes.roles import role_antecedents, role_holder
from tui.analysis.extract.quotes.tokens import (
    Named,
    Token,
    between,
    last_word,
    name_parts,
    skip_adverbs,
    word_boundary,
)
from tui.analysis.extract.quotes.vocabulary import (
    CLAUSE_OPENERS,
    FEMALE_NAMES,
    GENERIC_PERSONS,
    MALE_NAMES,
    PREPOSITIONS,
    RELATION_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERB_SET,
)
from tui.analysis.model import Span
from tui.brief.model import HEADLINE
from tui.regex_cache import compiled

# The titles and given names before a name: "Sen. Jim " before "Roe".
# \b([A-Z]…: the capital first, its \b checked behind it, so the search skips to capitals
_CAPITALISED_END = compiled(r"([A-Z](?<=\b[A-Z])[\w.'’-]*)\s+$")
_FUNCTION_WORDS = CLAUSE_OPENERS | PREPOSITIONS | {"the", "a", "an"}  # "When Roe", "With Roe"
_SUBJECT_AFTER = ';:—–-(“”"’'  # what may stand before a subject, besides a sentence start or comma
# "An incredulous [Roe]": a determiner and one or two lowercase words before a name.
# (Written letter first, its \b checked behind it, so the search skips to the four letters.)
_ADJECTIVES_AFTER_DETERMINER = compiled(
    r"[AaTt](?<=\b[AaTt])(?:(?<=[Aa])n?|(?<=[Tt])he)\s+((?:[a-z][\w'’-]*\s+){1,2})$"
)
# \b(Mr|Ms|Mrs|Miss)…, written to start with a literal "M" (the \b checked behind it): the
# search then skips to each "M" instead of trying the \b at every position of the article.
_HONORIFIC = compiled(r"(M(?<=\bM)(?:r|s|rs|iss))\.?\s+([A-Z][\w'’-]*)")
_FURTHEST = 4  # paragraphs back an antecedent is looked for, across paragraphs naming nobody
_COORDINATING = frozenset(("and", "but", "or", "nor", "then", "so", "yet"))
# The determiner opening the role phrase before an appositive name: "[the Senate majority] leader,".
_ROLE_PHRASE_START = compiled(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’.-]+\s+){0,4}$")


def recent_speaker(
    ctx: Context, c: Candidate, person_only: bool, pronoun: str | None = None, before: int | None = None
) -> Speaker | None:
    """Who 'he' or an unattributed quote refers to: the person named most
    recently before it (outside quotes, this or the previous paragraph), or
    the previous quote's speaker if nobody was named since. 'she' skips
    people known to be men and 'he' people known to be women. `before` is where
    the attribution starts when it stands before the quote ("The letter says Mr.
    Roe “…”": whoever wrote it was named before "The letter"). Paragraphs that
    name nobody ("he praised the audience") carry the search further back, up to
    _FURTHEST paragraphs; past that, the one person the article named, if only one fits."""
    pos = c.open if before is None else min(before, c.open)
    want = {"he": "m", "she": "f"}.get(pronoun or "")
    # an open paragraph's speaker comes from the one that closes it: voice_of_open_paragraphs
    prev = next((q for q in reversed(ctx.kept) if q is not c and q.open < pos and not q.unclosed), None)
    named: list[Named] = []
    hi = pos
    for first_block in range(max(c.block - 1, 0), max(-1, c.block - 1 - _FURTHEST), -1):
        lo = ctx.blocks[first_block].start
        if lo < hi:  # one more paragraph back: the persons named there come first
            more = _named_between(ctx, lo, hi)
            named = [x for x in more if _usable(ctx, x[0], x[1], pos) and _fits(ctx, x[2], want)] + named
            hi = lo
        recent = _person_named_last(ctx, named, lo, pos)
        if prev is not None and prev.block >= first_block:
            prev_at = prev.attr_pos if prev.attr_pos is not None else prev.close
            if recent is None or ctx.sentence_at(recent[0]) <= ctx.sentence_at(max(prev_at, prev.close)):
                sp = prev.speaker
                if sp is None or sp.name is None:
                    return UNRESOLVED  # “…,” they wrote. “…”: nobody named since the unnamed speaker
                if (sp.kind == PERSON or not person_only) and _fits(ctx, sp.name, want):
                    return sp
        if recent is not None:
            return Speaker(recent[2], PERSON, Span(recent[0], recent[1]))
        if prev is not None and prev.block >= first_block:
            break
    only = _only_person_before(ctx, pos, want)
    return UNRESOLVED if only is None else Speaker(only[2], PERSON, Span(only[0], only[1]))


_POSSESSIVE = compiled(r"['’]s?\b")
# A sentence whose subject is its pronoun: "He said …", or after an opening phrase that
# names nobody ("In a statement released Tuesday, he decried …"). A phrase naming
# someone is left alone: "When Roe arrived, he spoke" may be Roe's own words.
_CALENDAR_WORDS = "|".join(w.capitalize() for w in sorted(CALENDAR))  # "In a statement released Tuesday,"
_PRONOUN_SUBJECT = compiled(
    r"[“\"]?(?:(?:In|On|At|After|Before|During|Earlier|Later|Since|Asked|Speaking)\b"
    rf"(?:\s+(?:[a-z0-9][\w'’-]*|{_CALENDAR_WORDS})){{0,10}},\s+(?:he|she)|He|She)\s"
)


def _person_named_last(ctx: Context, named: list[Named], lo: int, pos: int) -> Named | None:
    """The antecedent before pos among the usable persons named from lo on (people.py's
    mentions, the persons the rules found, role phrases such as "the attorney general"):
    in the last sentence naming one, its subject rather than an object ("Roe urged Poe to
    act": Roe). Objects of the sentence that holds pos are skipped ("Calling Roe wrong, he
    said")."""
    own = ctx.sentence_at(pos)
    while named:
        last = named[-1]
        s_lo = max(lo, ctx.sents[ctx.sentence_at(last[0])].start) if ctx.sents else lo
        ranked = [(subject_rank(ctx, x[0], x[1], s_lo), x) for x in named if x[0] >= s_lo]
        best = min(ranked, key=lambda r: r[0])
        if best[0] < OBJECT:
            return best[1]
        if ctx.sentence_at(last[0]) != own and _PRONOUN_SUBJECT.match(ctx.text, s_lo):
            # "He said Obama was wrong.": the sentence's subject is a pronoun, so whoever it
            # names is an object, and "he" is still the one the pronoun refers to: further back
            named = [x for x in named if x[0] < s_lo]
            continue
        if ctx.sentence_at(last[0]) != own:
            # no subject: the last one named, unless as a possessive ("the phony theology of
            # Mr. Roe's agenda": a modifier), when someone else in the sentence is named plainly
            plain = [x for _, x in ranked if not _POSSESSIVE.match(ctx.text, x[1])]
            return plain[-1] if plain else last
        named = [x for x in named if x[0] < s_lo]
    return None


def sentence_subject(ctx: Context, s: int, e: int) -> Speaker | None:
    """The person heading the clause in [s, e) when the first one named there stands as its
    main subject ("The House speaker, in an interview, gave …": the speaker's holder), and
    nobody else is named after them."""
    named = [x for x in _named_between(ctx, s, e) if _usable(ctx, x[0], x[1], e)]
    if not named or subject_rank(ctx, named[0][0], named[0][1], s) != _MAIN:
        return None
    if any(x[2] != named[0][2] for x in named[1:]):
        return None
    return Speaker(named[0][2], PERSON, Span(named[0][0], named[0][1]))


def _named_between(ctx: Context, lo: int, hi: int) -> list[Named]:
    """Every person named in [lo, hi), by people.py, by the rules, or by a role phrase."""
    i, j = bisect_left(ctx.m_starts, lo), bisect_left(ctx.m_starts, hi)
    found = [(ms, me, ctx.people[pi].name) for ms, me, pi in ctx.mentions[i:j]]
    found += between(ctx.extra, lo, hi)
    found += between(role_antecedents(ctx), lo, hi)
    return sorted(found)


def _only_person_before(ctx: Context, pos: int, want: str | None) -> Named | None:
    """The last mention of the only person (that fits) the article names before pos."""
    last: dict[str, Named] = {}
    for x in _named_between(ctx, 0, pos):
        if _usable(ctx, x[0], x[1], pos) and _fits(ctx, x[2], want):
            last[x[2]] = x
            if len(last) > 1:
                return None
    return next(iter(last.values()), None)


_MAIN, _SUBORDINATE, OBJECT = 0, 1, 2


def subject_rank(ctx: Context, ms: int, me: int, lo: int) -> int:
    """How a name at [ms, me) stands in its sentence (from lo): _MAIN when it opens the
    sentence or follows a comma or "and" ("Roe said", "and Roe said"), past the titles and
    given names before it; _SUBORDINATE after "when", "while" and the like ("When Roe
    spoke, Poe said": Poe's clause is the main one); OBJECT after a verb or preposition
    ("urging Roe", "with Roe", "underscores Roe’s message"), or in apposition to an
    object ("delivered to the leader, Jane Roe"). A possessive stands where its noun
    phrase does ("Roe’s office said": MAIN)."""
    text = ctx.text
    before = text[lo:ms]
    while (m := _capitalised_end(before)) is not None and _title_or_name(m.group(1)):
        before = before[: m.start()]
    before = before[: skip_adverbs(before, 0, len(before))].rstrip()  # "even Roe", "Roe herself"
    if not before:
        return _MAIN
    comma = before[-1] == ","
    if not comma and before[-1] in _SUBJECT_AFTER:
        return _MAIN
    w = last_word(before, 0, len(before) - comma)
    if w is not None and (w[2] in ROLE_NOUNS or w[2] in RELATION_NOUNS):
        # "the leader, Jane Roe" / "his rival Jane Roe": as the noun phrase stands
        det = _ROLE_PHRASE_START.search(before, 0, w[0])
        at = lo + (det.start() if det else w[0])
        return subject_rank(ctx, at, at, lo)
    det = None if comma else _adjectives_after_determiner(before + " ")
    if det is not None and not any(w in SPEECH_VERB_SET or w.endswith("ed") for w in det.group(1).split()):
        return subject_rank(ctx, lo + det.start(), lo + det.start(), lo)  # "An incredulous Roe"
    if comma:
        return _MAIN
    if w is None:
        return OBJECT
    lw = w[2].lower()
    return _MAIN if lw in _COORDINATING else _SUBORDINATE if lw in CLAUSE_OPENERS else OBJECT


def _adjectives_after_determiner(before: str) -> re.Match | None:
    """_ADJECTIVES_AFTER_DETERMINER.search(before), begun at the third word from the end:
    a match is the determiner and one or two words, each with the spaces after it."""
    head = before.rsplit(None, 3)
    return _ADJECTIVES_AFTER_DETERMINER.search(before, len(head[0]) if len(head) == 4 else 0)


def _capitalised_end(before: str) -> re.Match | None:
    """_CAPITALISED_END.search(before), begun at the last word: a match ends in the spaces
    that end `before`, so it starts in the word before them."""
    word_end = len(before.rstrip())
    if word_end in (0, len(before)):
        return None  # no word, or no space after it
    return _CAPITALISED_END.search(before, word_end - len(before.rsplit(None, 1)[-1]))


def _title_or_name(word: str) -> bool:
    """A capitalised word before a name that is part of it: a title or a given name, not
    "When", "With" or a verb opening the sentence ("Saying Roe was wrong")."""
    w = word.lower()
    return w not in _FUNCTION_WORDS and not w.endswith(("ing", "ed"))


def _usable(ctx: Context, ms: int, me: int, pos: int) -> bool:
    """A mention can be an antecedent unless it is quoted or in the headline."""
    return me <= pos and not ctx.inside_quote(ms) and ctx.blocks[ctx.block_of(ms)].kind != HEADLINE


def _fits(ctx: Context, name: str, want: str | None) -> bool:
    if want is None:
        return True
    if name not in ctx.genders:
        ctx.genders[name] = _gender(ctx, name)
    got = ctx.genders[name]
    return got is None or got == want


def _gender(ctx: Context, name: str) -> str | None:
    """From the given name when it is a common, clearly gendered one, else
    from an honorific the article puts before the surname."""
    parts = name_parts(name)
    if not parts:
        return None
    if parts[0] in FEMALE_NAMES:
        return "f"
    if parts[0] in MALE_NAMES:
        return "m"
    if ctx.honorifics is None:  # one pass over the article: "Mr. Roe", "Ms. Poe"
        ctx.honorifics = {}
        for m in _HONORIFIC.finditer(ctx.text):
            ctx.honorifics.setdefault(m.group(2), "m" if m.group(1) == "Mr" else "f")
    return ctx.honorifics.get(parts[-1])


def role_noun_speaker(ctx: Context, c: Candidate, before: list[Token], noun: str, body: bool) -> Speaker:
    """'the mayor said', 'the chief justice asked': the person the article gave that role
    (`roles.role_holder`); else nobody when the article introduced such a person unnamed
    ("An aide to the committee said … “…,” the aide said") or the noun is one for anybody
    ("the woman said"), else the person named last.
    'a senior official said' is nobody in particular."""
    mods: list[str] = []
    for _, _, w in reversed(before[-5:]):
        lw = w.lower()
        if lw in ("a", "an", "another", "one"):
            return UNRESOLVED
        if lw in ("the", "this", "that") or lw.endswith(("’s", "'s")) or not w.islower():
            break
        mods.insert(0, lw)
    if not body:
        return UNRESOLVED
    holder = role_holder(ctx, [*mods, noun.lower()], c.open)
    if holder is not None:
        return Speaker(holder[2], PERSON, Span(holder[0], holder[1]))
    if noun.lower() in GENERIC_PERSONS or _introduced_unnamed(ctx.text, noun.lower(), c.open):
        return UNRESOLVED
    return recent_speaker(ctx, c, person_only=True)


_INTRODUCING = ("a", "an", "A", "An", "one", "One", "another", "Another")


def _introduced_unnamed(text: str, noun: str, end: int) -> bool:
    """ "An aide to the committee", "a senior official": someone introduced without a name
    before `end`, an indefinite determiner and up to three words before the noun. (What
    re.search(rf"\\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\w-]+\\s+){0,3}?{noun}\\b") finds,
    read back from each time the noun is written: a pattern compiled per noun cost more
    than all these reads.)"""
    at = text.find(noun, 0, end)
    while at != -1:
        if word_boundary(text, at + len(noun), end) and _determiner_before(text, at):
            return True
        at = text.find(noun, at + 1, end)
    return False


def _determiner_before(text: str, at: int) -> bool:
    """ "a ", "an acting ", "One senior White House " before text[at]: the determiner, as a
    word of its own, then at most three words (letters, digits, hyphens), a space after each."""
    j = at
    for words in range(4):
        k = j
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if j == k:
            return False
        k = j
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        word = text[k:j]
        if any(word.endswith(d) and word_boundary(text, j - len(d)) for d in _INTRODUCING):
            return True
        if words == 3 or not all(ch.isalnum() or ch in "_-" for ch in word):
            return False
        j = k
    return False
