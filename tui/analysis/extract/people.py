"""People named in one article: names, the roles the article gives them, every mention.

One regex pass finds runs of capitalised words in the body; each run with two or more
words (or a title and a surname) is weighed on general evidence: a known given name, a
title before it, a role after it, a speech verb, an age. Organisation, place and
building words veto. A second pass finds every mention of the people kept (full name,
other full forms, surname alone) anywhere in the text, headings included.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from tui.analysis.lexicon import word_list
from tui.analysis.lexicon import words as _wordset
from tui.analysis.model import PersonMention, Span
from tui.analysis.names import (
    AMBIGUOUS_GIVEN,
    CALENDAR,
    CAP_STOPS,
    COMPANY_CUES,
    COMPANY_NAMES,
    HEAD_SYNONYMS,
    HONORIFICS,
    LEAD_VERBS,
    LEFT_STOPS,
    NATIONALITIES,
    NICKNAMES,
    NOT_NAME_ROLE_WORDS,
    ORG_WORDS,
    PARTICLES,
    PLACE_PREFIXES,
    PLACES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    SUFFIXES,
    TITLE_ABBREVIATIONS,
    TITLE_LEADS,
    TITLE_SURNAMES,
    TITLE_WORDS,
    fold,
    given_names,
)
from tui.analysis.text import Sentence, lazy_re
from tui.brief.model import HEADING, HEADLINE, Article, PersonHint

# --- the capitalised-run pattern ----------------------------------------------

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_ABBR = "Mr|Mrs|Ms|Mx|Dr|Prof|Sens|Sen|Reps|Rep|Gov|Lt|Col|Gen|Sgt|Capt|Cmdr|Adm|Maj|Rev|Hon|Sr|Jr|St|Supt|Det|Amb|Atty|Cpl|Pvt|Pres|Mt|Ft"
# A capital opens an initialism ("J.R."), a word or a lone initial: one leading [{_UP}] for all
# three: each copy of a class holding characters past U+00FF costs ~0.2 ms to compile.
_TOK = (
    rf"(?:(?:{_ABBR})\.|(?:al|el|ad|d)['’-][{_UP}][\w'’-]*\w"
    rf"|[{_UP}](?:\.(?:[{_UP}]\.)*|[\w'’-]*\w|))"
)
_CONN = (
    r"(?:of the|of|for the|for|de la|de los|de las|van der|van den|van de|von der|de|del|della"
    r"|van|von|der|den|da|di|du|le|la|bin|ibn|al|dos|das|y)"
)
# Two or more capitalised words; a surname alone is looked up later, only for people found.
_VERBS_AFTER = (
    "said|says|told|added|noted|wrote|stated|explained|warned|argued|insisted|acknowledged|confirmed"
    "|recalled|testified|replied|responded|asked|tweeted|posted"
)
_ADVERBS = "also|later|then|again|previously|earlier|has|had|have|would|will"
# One scan finds runs of two or more capitalised words, and single ones beside a speech verb
# ("Lopez said", "said Lopez.": possible surname-only speakers). The lookahead lets the scanner
# skip most positions before the costlier lookbehind; a run never starts with a lower-case
# particle ("al-", "d'"): names do not. The two lookbehinds are one ([\w'’.-]) split so
# that neither class needs a large table.
_RUN = re.compile(
    rf"(?=[{_UP}])(?<![\w'.-])(?<!’)(?P<v>(?<=said |says )|(?<=added |asked |wrote ))?{_TOK}"
    rf"(?:(?: (?:{_CONN} )?{_TOK})+|(?= (?:(?:{_ADVERBS}) )?(?:{_VERBS_AFTER})\b)|(?(v)(?=[.,;:!?]|$)|(?!)))"
)
_CONNECTORS = _wordset("of the for") | PARTICLES

_SPEECH_AFTER = re.compile(
    r",? (?:(?:also|later|then|has|had|have|will|would|previously|recently|again|once|earlier|"
    r"publicly|privately|repeatedly|reportedly|initially) )?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b"
)
_PHRASE = r"(?:[^,;:.()\[\]—–!?\n]|(?<=\b[A-Z])\.)+"
_APPOSITIVE = re.compile(rf", (?:(\d{{1,3}}), )?({_PHRASE})")
_PAREN = re.compile(r" \(([^()\n]{1,100})\)")
_QUOTED = re.compile(r"[“\"‘]([^”\"’]{2,60})")
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_POSSESSIVE_END = ("’s", "'s", "’", "'")

_STRIP_PREFIXES = (
    "serving as ",
    "who serves as ",
    "who served as ",
    "now ",
    "currently ",
    "formerly ",
    "also ",
)
_CUT_WORDS = _wordset("""
    are can could had has have is said says that told was were which who whose will would
""")
_OCCUPATION_ENDINGS = ("ist", "ian", "eer", "er", "or", "man", "woman", "person", "ant")
_NOT_OCCUPATIONS = word_list("not_occupations")
_TIME_CUTS = _wordset("and until since before after when while during through from in on last")
_PREPS = _wordset("of from at for in with on to within under")
_DETERMINERS = _wordset("a an the another one")
_COPULAS = _wordset("is was serves served has had became becomes remains will")
_ROMAN = frozenset(["II", "III", "IV"])
_GENERATIONS = _wordset("jr jr. sr sr.")
_OPENERS = frozenset(" \n“\"‘'(—–")
_PLURAL_ABBREVIATIONS = _wordset("sens. reps. drs. profs. govs. gens.")
_LIST_JOINS = (", ", " and ", ", and ")
_PUNCT = "\"“”‘’'(),;:!?—–"

# Evidence flags.
# An ambiguous given name ("Grant", "Virginia") sets none: it needs the other evidence.
_GIVEN, _TITLE, _ROLE, _SPEECH, _AGE, _WHO, _HINT, _NOT, _NOT_SOFT = (1 << i for i in range(9))
_SURE = _TITLE | _ROLE | _AGE | _HINT  # a person whatever else the text says
# Words before a name that make it a place or an organisation ("in Marlow Sound", "at Acme Freight").
_PLACE_BEFORE = _wordset("in at near across throughout inside outside via into")
_ORG_AFTER = re.compile(
    r", which\b| (?:said|says) it\b| (?:said|says) in a statement\b|[’']s? (?:shares|stock|board|website|headquarters)\b"
)
_CREDIT = re.compile(
    r"(?:\b(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Ii]llustrations?|[Rr]eporting|[Ee]diting|[Ww]riting|[Vv]ideo"
    r"|[Gg]raphics?|[Cc]ompiled|[Ww]ritten|[Ff]act-checked) by"
    r"|\b(?:[Cc]redit|[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]icture|[Ii]llustration|[Vv]ideo|[Gg]raphics?"
    r"|[Ss]ource)s?:) $"
)
# "Jane Roe contributed reporting", "Jane Roe and John Doe contributed to this report".
# "Acme Freight Inc.", "Roe & Sons": a company, whatever the words look like.
_COMPANY_AFTER = re.compile(
    "[ ,]*(?:" + "|".join(re.escape(w) for w in sorted(COMPANY_CUES, key=len, reverse=True)) + r")(?=[ ,]|$)",
    re.IGNORECASE,
)
_COMPANY_FIRST = frozenset(c for w in COMPANY_CUES for c in (w[0], w[0].upper()))
_CREDIT_ENDS = frozenset(["y ", ": "])  # how every credit pattern ends
_CONTRIBUTED = re.compile(r"(?: and [^.;\n]{1,60})? contributed\b")
# A wire dateline before an agency credit: "PORT CALDERA (Synthetic Wire) —", "KYIV, Ukraine (Reuters) -".
_DATELINE = lazy_re(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:,[^()\n]{1,40})? \($")
# A byline block: "By Jane Doe and John Roe, Staff Writers", "By JANE DOE | Reuters".
_BYLINE = lazy_re(
    r"By (?:[A-Z][\w.'’-]*|and|in|for|of|the|staff|writers?|reporters?|correspondents?|editors?|contributors?"
    r"|[,|&·•—–-]|\d[\w:,.]*|a\.m\.|p\.m\.)(?:[ ,|]+(?:[A-Z][\w.'’-]*|and|in|for|of|the|staff|writers?"
    r"|reporters?|correspondents?|editors?|contributors?|[|&·•—–-]|\d[\w:,.]*|a\.m\.|p\.m\.))*[ .]*"
)
_COPULA = re.compile(
    r" (?:is|was|has been|had been|became|remains|is now|was then) ((?:a|an|the|[\w’']+[’']s) [^,;:.()\n—–]+)"
)
_AFFILIATION = re.compile(
    rf"\b(?:of|for|at|with) (?:the )?((?:[{_UP}][\w'’&-]*)(?: (?:of |and |for |& )?[{_UP}][\w'’&-]*)*)"
)


@dataclass(slots=True)
class _Occ:
    """One sighting of a name in the body, with what surrounds it."""

    name: str
    start: int
    end: int
    words: int  # name words, particles and suffixes aside
    flags: int = 0
    roles: list[tuple[int, str, bool]] = field(default_factory=list)  # (pos, role, sentence-initial)
    vetoed: bool = False
    plural: bool = False  # a plural title ("Sens.", "Defendants") that the names after it share
    affiliations: list[str] = field(
        default_factory=list
    )  # "Acme Freight" in "chief executive of Acme Freight"


@dataclass(eq=False, slots=True)
class _Person:
    key: str
    name: str
    forms: dict[str, int] = field(default_factory=dict)  # full form -> first position
    roles: list[tuple[int, str, bool]] = field(default_factory=list)
    flags: int = 0
    hint: PersonHint | None = None
    spans: list[Span] = field(default_factory=list)


# --- public helpers -------------------------------------------------------------


@lru_cache(maxsize=8192)
def canonical_first_name(first: str) -> str:
    """The formal given name behind a nickname ("Ken" -> "kenneth"), lower-case."""
    f = fold(first).strip(".")
    return NICKNAMES.get(f, f)


def _name_tokens(name: str) -> list[str]:
    """Name words without leading titles, trailing suffixes or a possessive."""
    return list(_name_tokens_cached(name))


@lru_cache(maxsize=8192)
def _name_tokens_cached(name: str) -> tuple[str, ...]:
    toks = name.replace("\u00a0", " ").split()
    if toks:
        last = toks[-1]
        for end in _POSSESSIVE_END:
            if last.endswith(end) and len(last) > len(end) + 1:
                toks[-1] = last[: -len(end)]
                break
    while len(toks) > 1 and toks[0].lower() in TITLE_WORDS:
        toks.pop(0)
    while len(toks) > 1 and (toks[-1].lower().rstrip(",") in SUFFIXES or toks[-1] in _ROMAN):
        toks.pop()
    return tuple(toks)


def _split_surname(toks: list[str]) -> tuple[list[str], str]:
    """(given and middle names, surname with its particles)."""
    if not toks:
        return [], ""
    i = len(toks) - 1
    while i > 1 and toks[i - 1].lower() in PARTICLES and toks[i - 1][0].islower():
        i -= 1
    return toks[:i], " ".join(toks[i:])


@lru_cache(maxsize=8192)
def surname(name: str) -> str:
    """The family name: "Kenneth Genalo" -> "Genalo"; "Martin Luther King Jr." -> "King"."""
    return _split_surname(_name_tokens(name))[1]


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Same key for first-name variants of one person: "genalo|kenneth"."""
    firsts, sur = _split_surname(_name_tokens(name))
    firsts = [t for t in firsts if len(t.rstrip(".")) > 1 and "." not in t.rstrip(".")]
    if not sur:
        return fold(name).strip()
    if not firsts:
        return fold(sur)
    return f"{fold(sur)}|{canonical_first_name(firsts[0])}"


_C_SUITE = (
    ("chief executive officer", "ceo"),
    ("chief executive", "ceo"),
    ("chief financial officer", "cfo"),
    ("chief operating officer", "coo"),
    ("chief technology officer", "cto"),
    ("chief information officer", "cio"),
    ("chief marketing officer", "cmo"),
)


def role_head(role: str) -> str:
    """The head noun of a role with synonyms folded: "White House deputy chief of staff" -> "chief"."""
    words = [w.strip(_PUNCT).lower() for w in role.replace("\u00a0", " ").split()]
    words = [w for w in words if w]
    for i, w in enumerate(words):
        if i and w in _PREPS:
            words = words[:i]
            break
    if not words:
        return ""
    phrase = " ".join(words)
    for spelled, short in _C_SUITE:  # "Chief Executive Officer" is the CEO, not an "officer"
        if phrase.endswith(spelled):
            return short
    head = _strip_possessive(words[-1])
    head = TITLE_ABBREVIATIONS.get(head if head.endswith(".") else head + ".", head).lower()  # "Sen."
    return HEAD_SYNONYMS.get(head, head)


# --- extraction -------------------------------------------------------------------


def extract_people(
    article: Article, sents: list[Sentence], hints: list[PersonHint] = ()
) -> list[PersonMention]:
    """Every person the article names, once, with roles, mentions and name variants."""
    text = article.text
    given = given_names()
    occs: list[_Occ] = []
    body = [
        (b.start, b.end)
        for b in article.blocks
        if b.kind not in (HEADLINE, HEADING) and not _is_byline(text, b.start, b.end)
    ]
    lone: dict[str, int] = {}  # single capitalised words beside a speech verb
    for bstart, bend in body:
        block_occs, block_lone = _scan_block(text[bstart:bend], given)
        for o in block_occs:
            occs.append(
                _Occ(
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
    _share_plural_titles(text, occs)
    people = _decide(occs, lambda sur: _alone(text, body, sur), hints, given)
    if lone:
        people.extend(_lone_speakers(text, body, people, lone, given))
    surname_spans = _find_mentions(text, people, given)
    # A surname alone with a role after it: "Genalo, the agency's deputy, ...".
    starts = [b for b, _ in body]
    for start, end in surname_spans:
        if text[end : end + 1] == "," or text[end : end + 2] == " (":
            i = bisect_right(starts, start) - 1
            if i >= 0 and end <= body[i][1]:
                _analyse_run(text, body[i][0], body[i][1], start, text[start:end], given, occs)
    _attach_roles(people, occs)
    out = []
    for p in sorted((p for p in people if p.spans), key=lambda p: p.spans[0].start):
        out.append(_mention(p, text))
    return out


# Capitalised words that open sentences: never a surname-only speaker, and the commonest singles.
_SINGLE_STOPS = frozenset(w.capitalize() for w in CAP_STOPS | CALENDAR | TITLE_WORDS | ORG_WORDS)
_BLOCKS: dict[str, tuple[list[_Occ], dict[str, int]]] = {}
_BLOCKS_MAX = 4096


def _scan_block(block: str, given) -> tuple[list[_Occ], dict[str, int]]:
    """The name sightings in one paragraph, offsets relative to it; what is found depends on the
    paragraph alone, so syndicated copy (the same paragraph in many sources) is weighed once."""
    got = _BLOCKS.get(block)
    if got is not None:
        return got
    occs: list[_Occ] = []
    lone: dict[str, int] = {}
    bend = len(block)
    for m in _RUN.finditer(block):
        run = m.group()
        start = m.start()
        if " " not in run:
            if (
                run not in lone
                and run not in _SINGLE_STOPS
                and (run[1:].islower() and run.isalpha() or "-" in run and _hyphenated_name(run))
                and (start == 0 or block[start - 1] in _OPENERS)
            ):
                lone[run] = start  # the pattern saw the speech verb
            continue
        if "’" in run or "'" in run:
            _analyse_run(block, 0, bend, start, run, given, occs)
        else:
            parsed = _parse_chunk(run)  # cached: most runs are no name and cost one lookup
            if parsed is not None:
                _analyse_chunk(block, 0, bend, start, run, given, occs, False, parsed)
    if len(_BLOCKS) >= _BLOCKS_MAX:
        _BLOCKS.clear()
    _BLOCKS[block] = occs, lone
    return occs, lone


def _share_plural_titles(text: str, occs: list[_Occ]) -> None:
    """ "Defendants Jane Roe, John Doe and Ann Poe": each name in the list gets the title."""
    for i, o in enumerate(occs):
        if not o.plural:
            continue
        role = o.roles[-1][1]
        end = o.end
        for nxt in occs[i + 1 :]:
            if text[end : nxt.start] not in _LIST_JOINS or nxt.roles and nxt.roles[0][0] <= nxt.start:
                break
            nxt.roles.append((nxt.start, role, False))
            nxt.flags |= _TITLE
            end = nxt.end


def _is_byline(text: str, start: int, end: int) -> bool:
    """A block that only credits the writers: metadata (Article.author), not people in the story."""
    return (
        end - start < 160
        and text.startswith("By ", start)
        and _BYLINE.fullmatch(text, start, len(text[start:end].rstrip()) + start) is not None
    )


def _alone(text: str, body: list[tuple[int, int]], sur: str) -> bool:
    """True when the surname stands alone somewhere in the body, not first in its sentence."""
    if not sur:
        return False
    starts = [b for b, _ in body]
    for pos in _find_all(text, sur):
        i = bisect_right(starts, pos) - 1
        if i < 0 or pos + len(sur) > body[i][1]:
            continue
        if pos < body[i][0] + 2 or text[pos - 2] in ".!?:\n":
            continue
        if _after_capital(text, pos):
            continue  # part of a longer run of capitals
        if not _next_is_capital(text, pos + len(sur)):
            return True
    return False


def _word_before(text: str, pos: int) -> str:
    return text[max(0, pos - 30) : pos - 1].rsplit(" ", 1)[-1]


def _next_is_capital(text: str, end: int) -> bool:
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def _strip_possessive(word: str) -> str:
    last = word[-1:]
    if last == "s":
        if word[-2:-1] in ("’", "'") and len(word) > 3:
            return word[:-2]
    elif last in ("’", "'") and len(word) > 2:
        return word[:-1]
    return word


def _sentence_initial(text: str, pos: int, block_start: int) -> bool:
    i = pos - 1
    while i >= block_start and text[i] in " “\"‘'(—–-*":
        i -= 1
    return i < block_start or text[i] in ".!?:\n"


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and "." not in word and word not in _ROMAN


def _analyse_run(text: str, bstart: int, bend: int, start: int, run: str, given, occs: list[_Occ]) -> None:
    """Split one run of capitals at possessives and weigh each piece as a name."""
    if "’" not in run and "'" not in run:
        _analyse_chunk(text, bstart, bend, start, run, given, occs, possessive=False)
        return
    chunk: list[str] = []
    cstart = pos = start
    for piece in run.split(" "):
        bare = _strip_possessive(piece)
        if bare != piece and piece[0].isupper():
            chunk.append(bare)
            _analyse_chunk(text, bstart, bend, cstart, " ".join(chunk), given, occs, possessive=True)
            chunk = []
            cstart = pos + len(piece) + 1
        else:
            chunk.append(piece)
        pos += len(piece) + 1
    if chunk:
        _analyse_chunk(text, bstart, bend, cstart, " ".join(chunk), given, occs, possessive=False)


def _analyse_chunk(text, bstart, bend, cstart, chunk, given, occs, possessive, parsed=None):
    if parsed is None:
        parsed = _parse_chunk(chunk)  # cached: most runs are no name and cost one lookup
        if parsed is None:
            return
    first_off, name_off, name_end, flags, title_words, ncore, name = parsed
    if cstart == bstart and chunk.startswith("By "):
        return  # a byline: the writer, not a person in the story
    nstart = cstart + name_off
    nend = cstart + name_end
    if "/" in (text[nend : nend + 1], text[nstart - 1 : nstart]) or (
        text[nstart - 2 : nstart] in _CREDIT_ENDS and _CREDIT.search(text, max(bstart, nstart - 40), nstart)
    ):
        return  # a photo or reporting credit: "Photo by Jane Roe/AP", "(Editing by John Doe)"
    if (
        text[nstart - 1 : nstart] == "("
        and nstart - bstart < 60
        and _DATELINE.fullmatch(text, bstart, nstart)
    ):
        return  # the agency after a dateline: "PORT CALDERA (Synthetic Wire) —"
    if text[nend : nend + 5] in (" cont", " and ") and _CONTRIBUTED.match(text, nend, min(bend, nend + 80)):
        return  # a reporting credit at the foot of the story
    after = text[nend + 1 : nend + 3]
    if (after[:1] in _COMPANY_FIRST or after[1:] in _COMPANY_FIRST) and _COMPANY_AFTER.match(
        text, nend, min(bend, nend + 8)
    ):
        return  # "Acme Freight Inc.", "Roe & Sons"
    occ = _Occ(name, nstart, nend, ncore, flags)
    if not possessive and not title_words and text[nstart - 1 : nstart] == " ":
        before = text[max(bstart, nstart - 12) : nstart - 1].rsplit(" ", 1)[-1]
        if before in _PLACE_BEFORE:
            occ.flags |= _NOT
        elif before in SPEECH_VERBS or before == "to" and text[nstart - 13 : nstart - 4] == "according":
            occ.flags |= _SPEECH  # "said Jane Roe", "according to Jane Roe"
    # Roles before the name: the title words in the run and a walk back over the text.
    title_role = _title_role(title_words)
    chunk_start = cstart + first_off
    if not title_words and text.startswith("the late ", chunk_start - 9):
        chunk_start -= 9  # "the company's founder, the late Jane Roe": "late" is no role
    left = _left_role(text, bstart, chunk_start, need_head=not title_role)
    if left and text[chunk_start - 2 : chunk_start] == ", " and text[nend : nend + 1] not in (",", "."):
        left = ""
    role = f"{left} {title_role}" if left and title_role else left or title_role
    if role:
        role_start = chunk_start - (len(left) + 1 if left else 0)
        occ.roles.append((nstart, role, _sentence_initial(text, role_start, bstart)))
        if left:
            occ.flags |= _ROLE
        if title_words and (
            title_words[-1].lower() in _PLURAL_ABBREVIATIONS or _singular_title(title_words[-1].lower())
        ):
            occ.plural = True
    # After the name (only where the name ends the chunk, not before "’s").
    if not possessive:
        _right_context(text, nend, bend, occ, given)
    occs.append(occ)


@lru_cache(maxsize=16384)
def _parse_chunk(chunk: str) -> tuple[int, int, int, int, tuple[str, ...], int, str] | None:
    """Where the name lies in a run of capitals (as offsets into it), its title words and flags.

    Depends on the words alone, so repeated runs ("President X") cost one lookup.
    """
    given = given_names()
    words = chunk.split(" ")
    flags = 0
    i0, i1 = 0, len(words)
    # Leading sentence words ("After", "Said") and trailing days are no part of a name.
    titled = any(fold(w) in TITLE_WORDS for w in words)
    while i0 < i1 and (fold(words[i0]) in CAP_STOPS or words[i0][0].islower()):
        if titled and fold(words[i0]) in TITLE_LEADS:
            break  # "New York Gov.", "First Lady"
        if fold(words[i0]) in ("said", "says", "asked"):
            flags |= _SPEECH
        i0 += 1
    while i1 > i0 and (fold(words[i1 - 1]) in CALENDAR or words[i1 - 1][0].islower()):
        i1 -= 1
    if i1 <= i0:
        return None
    start = i0
    low = [fold(w) for w in words]
    # A title inside the run: the name is what follows the last one.
    t = -1
    for i in range(i1 - 1, i0 - 1, -1):
        if low[i] in TITLE_WORDS:
            if not any(w not in SUFFIXES and w not in _CONNECTORS for w in low[i + 1 : i1]):
                continue
            if low[i] in TITLE_SURNAMES and i > i0 and low[i - 1] in given:
                continue
            t = i
            break
        if (
            low[i] in NOT_NAME_ROLE_WORDS
            and i1 - i >= 3
            and (low[i + 1] in given or low[i + 1] in AMBIGUOUS_GIVEN or i == i0 and i1 - i == 3)
            and words[i + 2][0].isupper()
        ):
            # "Caldera County Coroner Jane Roe", "Engineer Ivo Quarrendon": a capitalised role noun
            # ends the title (the name after it must still pass the organisation and place vetoes).
            t = i
            break
    name_from = t + 1 if t >= 0 else i0
    if t >= 0 and low[name_from] in ("of", "for"):
        # "Secretary of State Jane Roe": the office ends where a given name starts.
        j = name_from + 1
        while j < i1 and low[j] in _CONNECTORS:
            j += 1
        caps = list(range(j, i1))
        gi = next((k for k in caps if low[k] in given), None)
        if gi is None:
            gi = caps[-2] if len(caps) >= 3 else caps[-1] if caps else i1
        name_from = gi
        if name_from >= i1:
            return None
    title_words = list(words[i0:name_from])
    # Acronyms before a name are modifiers ("ICE Todd Lyons"), never name words.
    while i1 - name_from > 1 and _is_acronym(words[name_from]) and low[name_from] not in given:
        title_words.append(words[name_from])
        name_from += 1
    # "Maria Lopez of the Federal Reserve": the name stops at "of".
    for k in range(name_from, i1):
        if words[k] in ("of", "for", "the"):
            i1 = k
            break
    # Trailing acronyms are post-nominals ("Jane Roe MP"), not name words.
    while i1 - name_from > 1 and (words[i1 - 1][0].islower() or _is_acronym(words[i1 - 1])):
        i1 -= 1
    if i1 <= name_from:
        return None
    # An unknown title before a known given name: "Councillor Jane Roe", "Brigadier John Doe".
    if (
        i1 - name_from >= 3
        and low[name_from] not in given
        and low[name_from] not in AMBIGUOUS_GIVEN
        and low[name_from + 1] in given
        and words[name_from][0].isupper()
        and not (low[name_from] in PLACE_PREFIXES or low[name_from] in PLACES or low[name_from] in ORG_WORDS)
    ):
        if (
            low[name_from] in ROLE_HEADS
            or _occupation(low[name_from], low[name_from])
            or _singular_title(low[name_from])
        ):
            t = name_from
        title_words.append(words[name_from])
        name_from += 1
    core = [
        w for w in words[name_from:i1] if w[0].isupper() and w.lower() not in SUFFIXES and w not in _ROMAN
    ]
    if not core or len(core) > 4 or core[-1].endswith(".") or _veto(core, given):
        return None
    if t >= 0:
        flags |= _TITLE
    if len(core) > 1 and fold(core[0]) in given:
        flags |= _GIVEN
    if len(core) > 1 and low[i1 - 1] in _GENERATIONS:
        flags |= _AGE  # "Jr." and "Sr." follow people's names only, like an age

    offs = [0]
    for w in words:
        offs.append(offs[-1] + len(w) + 1)
    name = " ".join(words[name_from:i1])
    return (
        offs[start],
        offs[name_from],
        offs[name_from] + len(name),
        flags,
        tuple(title_words),
        len(core),
        name,
    )


def _veto(core: list[str], given) -> bool:
    """True when the words name an organisation, place, building or company."""
    folded = [fold(w) for w in core]
    first = folded[0]
    first_given = first in given or first in AMBIGUOUS_GIVEN
    if " ".join(folded) in COMPANY_NAMES or first in COMPANY_NAMES and len(core) == 1:
        return True
    for i, (w, f) in enumerate(zip(core, folded, strict=True)):
        if _is_acronym(w) and f not in given:
            return True
        if f in NATIONALITIES and not (i == 0 and first_given):
            return True
        if f in NOT_NAME_ROLE_WORDS and not (i == 0 and first_given):
            return True
        # "Linda Park" may be a person; "Sun Center Studios" is not.
        if (
            f in ORG_WORDS
            and not (i == 0 and first_given)
            and not (first in given and i == len(core) - 1 == 1)
        ):
            return True
        if i and f in CAP_STOPS and f not in given:
            return True
    return not first_given and (first in PLACES or first in PLACE_PREFIXES)


def _singular_title(low: str) -> str:
    """ "defendants" -> "defendant": a plural title before a list of names, else ""."""
    stem = low[:-1]
    if (
        len(low) > 4
        and low[-1] == "s"
        and low not in TITLE_WORDS
        and (stem in ROLE_HEADS or stem in TITLE_WORDS)
    ):
        return stem
    return ""


@lru_cache(maxsize=4096)
def _title_role(title_words: tuple[str, ...]) -> str:
    out = []
    for k, w in enumerate(title_words):
        low = w.lower()
        if low in HONORIFICS:
            continue
        if k == len(title_words) - 1 and _singular_title(low):
            w = w[:-1]  # "Defendants Jane Roe, John Doe and ..." -> "Defendant"
        out.append(TITLE_ABBREVIATIONS.get(low, w))
    if out and not any(w.lower() in TITLE_WORDS or w.lower() in ROLE_HEADS for w in out):
        return ""
    return " ".join(out)


def _clean(word: str) -> str:
    return _strip_possessive(word.strip(_PUNCT)).lower()


def _left_role(text: str, bstart: int, start: int, need_head: bool) -> str:
    """The title written before a name in lower case: "White House deputy chief of staff"."""
    if start - 1 < bstart or text[start - 1] != " ":
        return ""
    tail: list[str] = []
    if need_head and start - 2 >= bstart and text[start - 2] == ",":
        # "the agency's acting director, Jane Roe, said" / "a spokeswoman for the authority, Jane Roe,":
        # a role, then the name set off by commas.
        clause = text[max(bstart, start - 60) : start - 2].split(" ")[-6:]
        for k in range(len(clause) - 1, -1, -1):
            w = clause[k]
            if not w or w[-1] in _PUNCT or w[-1] == ".":
                return ""
            if _clean(w) in ROLE_HEADS and (k == len(clause) - 1 or clause[k + 1] in _PREPS):
                tail = clause[k + 1 :]
                start -= 1 + sum(len(x) + 1 for x in tail)
                break
        else:
            return ""
    if need_head:
        # Cheap test first: most names have no role noun right before them.
        near = text[max(bstart, start - 50) : start - 1].rsplit(" ", 3)
        t = near[-1]
        if not (t and t[-1] not in _PUNCT and _clean(t) in ROLE_HEADS) and not (
            len(near) >= 3 and near[-2] == "of" and _clean(near[-3]) in ROLE_HEADS
        ):
            return ""
    toks = text[max(bstart, start - 120) : start - 1].split(" ")
    if start - 120 > bstart:
        toks = toks[1:]
    j = len(toks) - 1
    acc: list[str] = []
    if need_head:
        if j < 0:
            return ""
        t = toks[j]
        if t and t[-1] not in _PUNCT and _clean(t) in ROLE_HEADS:
            acc = [t]
            j -= 1
        elif (
            j >= 2
            and toks[j - 1] == "of"
            and toks[j].isalpha()
            and toks[j - 2][-1:] not in _PUNCT
            and _clean(toks[j - 2]) in ROLE_HEADS
        ):
            acc = toks[j - 2 : j + 1]
            j -= 3
        else:
            return ""
    head_len = len(acc)
    while j >= 0:
        t = toks[j]
        if not t or t[-1] in _PUNCT or t[-1] == "." or t[0] in _PUNCT:
            break
        low = t.lower()
        right = acc[0] if acc else text[start : start + 1]
        if low in ("and", "&") and right[:1].isupper() and j and fold(toks[j - 1]) in ORG_WORDS:
            acc.insert(0, t)  # "Health and Human Services Secretary"
            j -= 1
            continue
        if low in LEFT_STOPS or low in SPEECH_VERBS:
            break
        if t[0].isupper():
            if fold(_strip_possessive(t)) in CAP_STOPS:
                break
        elif (
            low in ROLE_MODIFIERS
            or low in ROLE_HEADS
            or _strip_possessive(t) != t
            or (
                len(acc) == head_len
                and head_len
                and t.isalpha()
                and not low.endswith(("ed", "ing", "ly"))
                and not any(c.isdigit() for c in t)
            )
        ):
            pass
        else:
            break
        acc.insert(0, t)
        j -= 1
    return " ".join(acc + tail)


def _right_context(text: str, end: int, bend: int, occ: _Occ, given) -> None:
    """Speech verbs, ages, appositive and bracketed roles after a name."""
    lim = min(bend, end + 240)
    first = text[end : end + 1]
    if end >= lim or first not in (",", " "):
        return
    if _SPEECH_AFTER.match(text, end, lim):
        occ.flags |= _SPEECH
    m = None
    if _ORG_AFTER.match(text, end, lim):
        occ.flags |= _NOT_SOFT
    elif first == " " and text[end + 1 : end + 3] in ("is", "wa", "ha", "be", "re"):
        m = _COPULA.match(text, end, lim)
        if m is None:
            return
        phrase = m.group(1)
    if m is None and first == ",":
        m = _APPOSITIVE.match(text, end, lim)
        if m is None:
            return
        if m.group(1):
            occ.flags |= _AGE
        phrase = m.group(2)
        if phrase.startswith("who "):
            occ.flags |= _WHO
    elif m is None:
        if text[end + 1 : end + 2] != "(":
            return
        m = _PAREN.match(text, end, lim)
        if m is None:
            return
        phrase = m.group(1).strip()
        if _ACRONYM.fullmatch(phrase):
            occ.vetoed = True  # "Immigration and Customs Enforcement (ICE)"
            return
    role = _role_phrase(phrase, given)
    if role:
        occ.roles.append((m.start(m.lastindex), role, False))
        occ.flags |= _ROLE
        occ.affiliations.extend(_AFFILIATION.findall(role))


def _role_phrase(phrase: str, given) -> str | None:
    """A role out of an appositive or a bracket: "a senior official driving policy" -> "senior official"."""
    p = phrase.strip()
    words = p.split()
    if not words or len(words) > 25:
        return None
    if words[0] == "who":
        if len(words) < 3:
            return None
        verb = words[1].lower()
        if verb in LEAD_VERBS:
            obj = []
            for w in words[2:]:
                if _clean(w) in _CUT_WORDS or w.lower() in _TIME_CUTS:
                    break
                obj.append(w)
            return f"{LEAD_VERBS[verb]} of {' '.join(obj)}" if obj else None
        if verb not in _COPULAS:
            return None
        words = words[2:]
        while words and words[0].lower() in ("been", "be", "as", "now", "currently", "also", "still"):
            words = words[1:]
        p = " ".join(words)
    low = p.lower()
    for prefix in _STRIP_PREFIXES:
        if low.startswith(prefix):
            p = p[len(prefix) :]
            low = p.lower()
    q = _QUOTED.search(p)
    if q and any(_clean(w) in ROLE_HEADS for w in q.group(1).split()):
        return q.group(1).strip(" ,")
    words = [w for w in p.split() if w.strip(_PUNCT)]
    described = bool(words) and (words[0].lower() in _DETERMINERS or _strip_possessive(words[0]) != words[0])
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    last_head = -1
    end = len(words)
    for k, w in enumerate(words):
        c = _clean(w)
        if k and c in _CUT_WORDS or (last_head >= 0 and c.endswith("ing") and len(c) > 5):
            end = k
            break
        if c in ROLE_HEADS:
            last_head = k
        if k + 1 < len(words) and w[0].isupper() and fold(w) in given and words[k + 1][:1].isupper():
            return None  # another person's name: a list, not a role
    while 0 <= last_head < end - 1:
        c = _clean(words[last_head + 1])
        if not _occupation(words[last_head + 1], c):
            break
        last_head += 1  # "chief negotiator"
    if last_head < 0 and described:
        # "a hydrologist", "the town's harbor master": an occupation by its ending.
        for k in range(end):
            c = _clean(words[k])
            if k and c in _PREPS:
                break
            if _occupation(words[k], c):
                last_head = k
    if last_head < 0:
        return None
    stop = last_head + 1
    if stop < end and _clean(words[stop]) in _PREPS:
        stop = end
    role = [w.strip('"“”‘’') for w in words[:stop]]
    if not role or len(role) > 12:
        return None
    return " ".join(w for w in role if w)


def _occupation(word: str, c: str) -> bool:
    """A lower-case noun with an occupational ending: "hydrologist", "negotiator"."""
    return (
        word[0].islower()
        and len(c) > 4
        and c.endswith(_OCCUPATION_ENDINGS)
        and c not in _NOT_OCCUPATIONS
        and c not in _PREPS
    )


# --- surname-only speakers ------------------------------------------------------------

_LOW = "a-zß-öø-ÿāăąćčďđēėęěğīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"


# "Lopez said", "Lopez also told", "said Lopez." — a capitalised word alone beside a speech verb.
def _hyphenated_name(word: str) -> bool:
    """ "Okafor-Lind": capitalised parts joined by hyphens, every part a word."""
    return all(part[:1].isupper() and part[1:].islower() and part.isalpha() for part in word.split("-"))


# Context that makes a lone capitalised word a place or an organisation.
_NOT_PERSON_BEFORE = _wordset(
    "the in at from to near across into inside outside throughout via toward towards & of"
)
_ORG_RIGHT = lazy_re(
    r" (?:said|says) (?:it|its|in a statement|on its)\b|[’']s? (?:shares|stock|board|website|headquarters|"
    r"government|military|forces|army|capital|economy|embassy|officials|ministry)\b|, which\b|-based\b"
)
# Plural common nouns that open sentences ("Witnesses said"), beyond plural role nouns.
_PLURAL_NOUNS = word_list("plural_nouns")


def _lone_speakers(
    text: str, body: list[tuple[int, int]], people: list[_Person], cands: dict[str, int], given
) -> list[_Person]:
    """People named by surname alone beside a speech verb ("Lopez said"), so another source's
    full name can be matched to them; organisations, places and plural nouns ruled out."""
    taken = {w for p in people for form in p.forms for w in form.split()}
    out = []
    for w, first in cands.items():
        if w in taken or _common_word(fold(w), given) or _after_capital(text, first):
            continue
        if _lone_word_is_person(text, body, w):
            out.append(_Person(fold(w), w, {w: first}, flags=_SPEECH))
    return out


def _common_word(f: str, given) -> bool:
    """A capitalised word that is never a surname alone: a known name of a thing, place or title."""
    return (
        f in CAP_STOPS
        or f in ORG_WORDS
        or f in PLACES
        or f in PLACE_PREFIXES
        or f in NATIONALITIES
        or f in COMPANY_NAMES
        or f in NOT_NAME_ROLE_WORDS
        or f in TITLE_WORDS
        or f in CALENDAR
        or f in given
        or f in _PLURAL_NOUNS
        or f in SPEECH_VERBS
        or bool(_singular_title(f))
        or f.endswith("es")
        and f[:-2] in ROLE_HEADS
    )


def _lone_word_is_person(text: str, body: list[tuple[int, int]], w: str) -> bool:
    """Every use of the word fits a person: never lower-case, never a place or an organisation,
    and at least once not at the head of a sentence (where any noun is capitalised)."""
    low = w.lower()
    if _find_all(text, low):
        return False  # an ordinary word, capitalised where a sentence starts
    starts = [b for b, _ in body]
    mid_sentence = False
    for pos in _find_all(text, w):
        i = bisect_right(starts, pos) - 1
        if i < 0 or pos >= body[i][1]:
            continue  # headline or heading
        bstart = body[i][0]
        end = pos + len(w)
        if _ORG_RIGHT.match(text, end, min(body[i][1], end + 40)):
            return False
        if _next_is_capital(text, end) or _after_capital(text, pos):
            continue  # part of a longer name, weighed elsewhere
        if pos > bstart and text[pos - 1] == " ":
            before = text[max(bstart, pos - 12) : pos - 1].rsplit(" ", 1)[-1]
            if before.lower() in _NOT_PERSON_BEFORE:
                return False
        if not _sentence_initial(text, pos, bstart):
            mid_sentence = True
    # Only at the head of sentences, where nouns are capitalised too: a plural is too risky.
    return mid_sentence or not low.endswith("s")


# --- deciding who is a person -------------------------------------------------------


def _decide(occs: list[_Occ], alone, hints, given) -> list[_Person]:
    groups: dict[str, _Person] = {}
    counts: dict[str, int] = {}
    for o in occs:
        if o.words < 2 or o.vetoed:
            continue
        key = name_key(o.name)
        p = groups.get(key)
        if p is None:
            p = groups[key] = _Person(key, o.name)
        p.forms.setdefault(o.name, o.start)
        p.flags |= o.flags
        counts[key] = counts.get(key, 0) + 1
    orgs = {a for o in occs for a in o.affiliations}
    people: list[_Person] = []
    by_key: dict[str, _Person] = {}
    for key, p in groups.items():
        signals = p.flags
        if not signals & (_SURE | _GIVEN):
            if alone(surname(p.name)):
                signals |= _SPEECH  # a surname-only mention elsewhere weighs like a speech verb
            elif counts[key] > 1:
                # News names a person in full once, then by surname; a company stays in full.
                signals |= _NOT_SOFT
        if any(f in orgs for f in p.forms):
            signals |= _NOT
        if (
            signals & _SURE
            or signals & _GIVEN
            and not signals & _NOT
            or signals & (_SPEECH | _WHO)
            and not signals & (_NOT | _NOT_SOFT)
        ):
            p.name = _fullest(p.forms)
            people.append(p)
            by_key[key] = p
    _merge_trailing_names(people, by_key, given)
    # Title + surname only ("President Trump", "Mr. Lopez") when no full name has the surname.
    surnames = {fold(surname(p.name)) for p in people}
    surnames |= {fold(surname(n)) for h in hints for n in (h.name, *h.aliases) if " " in n.strip()}
    for o in occs:
        if o.words == 1 and not o.vetoed and o.flags & (_TITLE | _ROLE) and o.name[0].isupper():
            f = fold(o.name)
            if f in surnames or f in CAP_STOPS or f in ORG_WORDS or f in PLACES or f in NATIONALITIES:
                continue
            if _is_acronym(o.name) or f in NOT_NAME_ROLE_WORDS or f in COMPANY_NAMES:
                continue
            p = _Person(f, o.name, {o.name: o.start}, flags=o.flags)
            people.append(p)
            by_key[f] = p
            surnames.add(f)
    # Editors' hints: always people; their aliases are the hint's name.
    for h in hints:
        hname = " ".join(h.name.split())
        if not hname:
            continue
        keys = {name_key(hname)} | {name_key(a) for a in h.aliases if a.strip()}
        found = [p for k, p in by_key.items() if k in keys]
        if found:
            p = found[0]
            for other in found[1:]:
                p.forms.update(other.forms)
                people.remove(other)
        else:
            p = _Person(name_key(hname), hname)
            people.append(p)
        p.hint = h
        p.name = hname
        p.flags |= _HINT
        p.forms.setdefault(hname, 1 << 30)
        for a in h.aliases:
            if a.strip():
                p.forms.setdefault(a.strip(), 1 << 30)
    return people


def _merge_trailing_names(people: list[_Person], by_key: dict[str, _Person], given) -> None:
    """ "López Obrador" after "Andrés Manuel López Obrador", "Von der Leyen" opening a sentence
    after "Ursula von der Leyen": a later, shorter form of a longer name, not another person."""
    if len(people) < 2:
        return
    tails: dict[str, _Person] = {}
    for q in people:
        toks = _name_tokens(q.name)
        for k in range(1, len(toks) - 1):
            if fold(toks[k]) in given:
                continue  # "Ann Smith" is not "Mary Ann Smith"
            tail = " ".join(toks[k:])
            tails.setdefault(tail[0].lower() + tail[1:], q)
    if not tails:
        return
    for p in list(people):
        name = p.name[0].lower() + p.name[1:]
        q = tails.get(name)
        if q is None or q is p or len(_name_tokens(p.name)) >= len(_name_tokens(q.name)):
            continue
        for form, pos in p.forms.items():
            q.forms[form] = min(pos, q.forms.get(form, pos))
        q.flags |= p.flags
        people.remove(p)
        by_key.pop(p.key, None)


def _attach_roles(people: list[_Person], occs: list[_Occ]) -> None:
    """Each sighting's roles go to the person its name resolves to."""
    full = {form: p for p in people for form in p.forms}
    by_key = {name_key(form): p for p in people for form in p.forms}
    by_surname: dict[str, list[_Person]] = {}
    for p in people:
        by_surname.setdefault(fold(surname(p.name)), []).append(p)
    for o in occs:
        if not o.roles:
            continue
        p = full.get(o.name) or (by_key.get(name_key(o.name)) if o.words > 1 else None)
        if p is None and o.words == 1:
            p = _primary(by_surname.get(fold(o.name), []), o.start)
        if p is not None:
            p.roles.extend(o.roles)


def _primary(cands: list[_Person], pos: int) -> _Person | None:
    """Of people sharing a surname, the first one named before `pos`: news style gives the
    secondary one a first name ("Melania") once the primary has the surname to themselves."""
    if not cands:
        return None
    before = [p for p in cands if p.forms and min(p.forms.values()) <= pos]
    return min(before or cands, key=lambda p: min(p.forms.values(), default=1 << 30))


def _fullest(forms: dict[str, int]) -> str:
    """The longest written form: most words, then most letters, then the first used."""
    return max(forms, key=lambda f: (len(f.split()), len(f), -forms[f]))


# --- mentions ------------------------------------------------------------------------


def _find_mentions(text: str, people: list[_Person], given) -> list[tuple[int, int]]:
    """Every mention of every person: full forms first, then surnames and first names alone."""
    hits: list[tuple[int, int, int, _Person | None, str]] = []  # start, -len, kind, person, surname
    first_hit: dict[int, int] = {}
    for p in people:
        for form in p.forms:
            found = _find_all(text, form)
            if found:
                first_hit[id(p)] = min(first_hit.get(id(p), found[0]), found[0])
            for s in found:
                hits.append((s, -len(form), 0, p, ""))
    by_surname: dict[str, list[_Person]] = {}
    for p in people:
        sur = surname(p.name)
        if sur:
            by_surname.setdefault(sur, []).append(p)
        for form in p.forms:
            fs = surname(form)
            if fs and fs != sur and len(form.split()) > 1:
                by_surname.setdefault(fs, []).append(p)
    for sur in by_surname:
        fs = fold(sur)
        first_name_too = fs in given or fs in AMBIGUOUS_GIVEN
        for s in _find_all(text, sur):
            if s > 1 and text[s - 1] == " " and text[s - 2].isalpha():
                before = text[max(0, s - 30) : s - 1].rsplit(" ", 1)[-1]
                if before[0].isupper():
                    fb = fold(before)
                    if fb in given and fb not in TITLE_WORDS:
                        continue  # another person's surname ("Eric" + surname) not found as a person
            if first_name_too and _next_is_name(text, s + len(sur)):
                continue  # "Warren Buffett" is no mention of Elizabeth Warren
            hits.append((s, -len(sur), 1, None, sur))
    # A first name alone ("what Bram knows"), once the full name has been given, when no
    # one else in the article has that first name or surname and it is no ordinary word.
    firsts: dict[str, list[_Person]] = {}
    for p in people:
        toks = _name_tokens(p.name)
        if len(toks) > 1 and fold(toks[0]) in given:
            firsts.setdefault(toks[0], []).append(p)
    for first, owners in firsts.items():
        if len(owners) > 1 or first in by_surname:
            continue
        p = owners[0]
        introduced = first_hit.get(id(p), len(text))
        for s in _find_all(text, first):
            if s > introduced and not _next_is_capital(text, s + len(first)) and not _after_capital(text, s):
                hits.append((s, -len(first), 2, p, ""))
    hits.sort(key=_hit_order)
    covered = -1
    alone: list[tuple[int, int]] = []
    for start, neg_len, kind, p, sur in hits:
        end = start - neg_len
        if start < covered:
            continue
        if kind == 1:
            cands = by_surname[sur]
            p = _primary(cands, start) if len(cands) > 1 else cands[0]
            alone.append((start, end))
        p.spans.append(Span(start, end))
        covered = end
    return alone


_hit_order = itemgetter(0, 1, 2)
_GLUED_BEFORE = frozenset("-_'’")


def _after_capital(text: str, pos: int) -> bool:
    """True when `pos` follows a capitalised word in the same phrase ("Bram" in "Lake Bram")."""
    return (
        pos > 1 and text[pos - 1] == " " and text[pos - 2].isalnum() and _word_before(text, pos)[:1].isupper()
    )


def _next_is_name(text: str, end: int) -> bool:
    """True when a capitalised word (not a day or month) follows `end`."""
    if text[end : end + 1] != " ":
        return False
    nxt = text[end + 1 : end + 16].split(" ", 1)[0].rstrip(".,;:’'s")
    return bool(nxt) and nxt[0].isupper() and fold(nxt) not in CALENDAR and fold(nxt) not in CAP_STOPS


def _find_all(text: str, form: str) -> list[int]:
    """Starts of `form` as whole words (a possessive or hyphen may follow)."""
    out: list[int] = []
    n = len(form)
    if not n:
        return out
    find = text.find
    size = len(text)
    i = find(form)
    while i >= 0:
        j = i + n
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in _GLUED_BEFORE)) and (
            j >= size or not (text[j].isalnum() or text[j] == "_")
        ):
            out.append(i)
        i = find(form, j)
    return out


def _mention(p: _Person, text: str) -> PersonMention:
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
