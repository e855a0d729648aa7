"""Direct quotes and who said them.

Quotation marks are paired inside one block at a time (double marks, or single
‘…’ in a block that has no double ones), so a stray mark never swallows the rest
of an article: an unclosed mark yields nothing, unless the next paragraph opens
with a mark too (the convention for a quote running over paragraphs). Each quote
is then attributed by the shapes news copy uses, in order: right after the closing
mark ("…," said X / "…," X said), a second quote in the same sentence, a lead-in
(X said: "…" / According to X, "…" / X did Y, saying "…"), and a quote standing as
a sentence of its own, which continues the speaker named just before. Fragments
of one to three words are terms, not quotes, and a quote inside a sentence with
no speech verb is a scare quote. Pronouns, "the agency" and "the mayor" resolve
to the person or organisation named most recently; their speaker_span points at
that earlier mention."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass

from tui.analysis.extract.quotes.tokens import (
    NP_STOP,
    TAIL_STOP,
    bare,
    between,
    clause_end,
    has_sentence_end,
    is_acronym,
    last_word,
    name_parts,
    run_backward,
    run_forward,
    tokens_in,
)
from tui.analysis.extract.quotes.vocabulary import (
    ADVERBS,
    CALENDAR,
    COLLECTIVES,
    CONNECTORS,
    DOC_NOUNS,
    FEMALE_NAMES,
    GENERIC_ORGS,
    JOINERS,
    MALE_NAMES,
    ORG_SPEAKER_NOUNS,
    ORG_WORDS,
    PARTICIPLES,
    PLURAL_PEOPLE,
    PREPOSITIONS,
    ROLE_NOUNS,
    SPEECH_VERB,
    SPEECH_VERB_SET,
    SPOKES,
    STRICT_ORG_WORDS,
    TITLES,
    UNRESOLVED_PRONOUNS,
)
from tui.analysis.model import PersonMention, Quote, Span
from tui.analysis.text import Sentence, lazy_re
from tui.brief.model import BLOCKQUOTE, HEADLINE, LIST_ITEM, PARAGRAPH, Article, Block

PERSON = "person"
ORGANIZATION = "organization"

# --- patterns -----------------------------------------------------------------

_MARK = re.compile(r"[“”\"]")
_SINGLE = lazy_re(r"[‘’]")
_ANY_MARK = re.compile(r"[“”\"‘]")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A word and the spaces after it: _tail_verb_first checks the word against SPEECH_VERB_SET, which
# costs nothing at import, where an alternation of every verb took a millisecond to compile.
_WORD_AT = re.compile(r"(\w+)\s*")
_ACCORDING = re.compile(r"[Aa]ccording to\s+")
_TAIL_LEAD = re.compile(r"[\s,—–-]*")
_LEAD_ACCORDING = re.compile(r"\b[Aa]ccording to\s+([^,;“”\"]{1,100}?)\s*(?:,|$)")
_LEAD_PARTICIPLE = re.compile(
    rf"\b(?:{'|'.join(PARTICIPLES)})\b(?:\s+[a-z]+){{0,3}}?\s*[,:]?\s*(?:that\s+)?$"
)
_LEAD_AFTER_VERB = lazy_re(r"[^!?;]{0,160}$")
_ONLY_PUNCT = re.compile(r"[\s,.;:—–-]*")
_SHORT_OK_END = re.compile(r"[,.!?…—–-]$")
_VERB_LIKE = re.compile(
    r"\s+(?:(?:also|later|then|has|had|have|publicly|again)\s+)*"
    r"(?:[a-z]+ed|said|told|wrote|spoke|made|took|gave|went|came|hit|met|led|sent|kept|held|"
    r"brought|struck|stood|fought|sought|spent|won|lost|put|set|shot|took|threw|drew|ran|"
    r"defends|says|tells|warns|insists|argues|takes|makes|pushes|calls)\b"
)
_TERMINALS_INSIDE = frozenset(".!?…")


@dataclass
class _Speaker:
    name: str | None
    kind: str | None
    span: Span | None


@dataclass
class _Cand:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    block: int  # index into article.blocks
    start: int = 0  # the quoted words
    end: int = 0
    words: int = 0
    speaker: _Speaker | None = None
    attr_end: int | None = None  # where an attribution right after the quote ends
    attr_pos: int | None = None  # where the speaker was named for this quote
    unclosed: bool = False


_UNRESOLVED = _Speaker(None, None, None)


def extract_quotes(article: Article, sents: list[Sentence], people: list[PersonMention]) -> list[Quote]:
    return _Extractor(article, sents, people).run()


class _Extractor:
    def __init__(self, article: Article, sents: list[Sentence], people: list[PersonMention]):
        self.article = article
        self.text = article.text
        self.blocks = article.blocks
        self.block_starts = [b.start for b in self.blocks]
        self.sents = sents
        self.sent_starts = [s.start for s in sents]
        self.people = people
        # people.py's "Northwest Grid Power" is an organisation here
        real = [
            i for i, p in enumerate(people) if not any(w.lower() in STRICT_ORG_WORDS for w in p.name.split())
        ]
        spans = sorted((sp.start, sp.end, i) for i in real for sp in people[i].spans)
        self.real = real
        self.m_starts = [s for s, _, _ in spans]
        self.m_ends = sorted((e, s, i) for s, e, i in spans)
        self.m_end_keys = [e for e, _, _ in self.m_ends]
        self.mentions = spans
        self.extra: list[tuple[int, int, str]] = []  # persons found without people.py's help
        self._full_names: dict[str, str | None] = {}
        self._genders: dict[str, str | None] = {}
        self.by_name: dict[str, int] = {}
        self.by_surname: dict[str, list[int]] = {}
        for i in real:
            p = people[i]
            for form in [p.name, *p.variants]:
                self.by_name.setdefault(form.casefold(), i)
                parts = name_parts(form)
                if parts:
                    lst = self.by_surname.setdefault(parts[-1].casefold(), [])
                    if i not in lst:
                        lst.append(i)
        self._orgs: dict[int, list[tuple[int, int, str]]] = {}
        self.kept: list[_Cand] = []
        self.regions: list[tuple[int, int]] = []
        self.region_starts: list[int] = []

    # --- pairing -------------------------------------------------------------

    def run(self) -> list[Quote]:
        cands: list[_Cand] = []
        marks = [m.start() for m in _ANY_MARK.finditer(self.text)]
        for bi, block in enumerate(self.blocks):
            i = bisect_left(marks, block.start)
            if i < len(marks) and marks[i] < block.end:
                cands.extend(self._pair(bi, block.start, block.end))
        self.regions = [(c.open, c.close) for c in cands]
        self.region_starts = [c.open for c in cands]
        kept: list[_Cand] = []
        self.kept = kept
        for i, c in enumerate(cands):
            if c.unclosed:
                nxt = cands[i + 1] if i + 1 < len(cands) else None
                if not self._continues(c, nxt):
                    continue
            if self._attribute(c, kept):
                kept.append(c)
        # A paragraph left open by the multi-paragraph convention speaks with
        # the voice of the quote that carries it on.
        for i in range(len(kept) - 1, -1, -1):
            c = kept[i]
            if c.unclosed and (c.speaker is None or c.speaker.name is None):
                nxt = kept[i + 1] if i + 1 < len(kept) else None
                if nxt is not None and nxt.block == c.block + 1 and nxt.speaker and nxt.speaker.name:
                    c.speaker = nxt.speaker
                else:
                    c.speaker = self._context_speaker(c, person_only=False)
        out = []
        for c in kept:
            sp = c.speaker or _UNRESOLVED
            out.append(
                Quote(
                    source=self.article.id,
                    speaker=sp.name,
                    text=self.text[c.start : c.end],
                    start=c.start,
                    end=c.end,
                    speaker_kind=sp.kind if sp.name else None,
                    speaker_span=sp.span if sp.name else None,
                )
            )
        return out

    def _pair(self, bi: int, lo: int, hi: int) -> list[_Cand]:
        """Marks paired within one block: a new opening mark while one is open
        means the first was never closed, so it is dropped rather than trusted."""
        out: list[_Cand] = []
        open_at: int | None = None
        for i, kind in self._marks(lo, hi):
            if open_at is None:
                if kind != "close":
                    open_at = i
            elif kind == "open":
                open_at = i  # the earlier mark was never closed: drop it
            else:
                out.append(self._cand(open_at, i, bi))
                open_at = None
        if open_at is not None:
            c = self._cand(open_at, hi, bi)
            c.unclosed = True
            out.append(c)
        return [c for c in out if c.end > c.start]

    def _marks(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """Quotation marks in a block as (offset, open|close|either). Double
        marks when there are any; else the single ‘…’ some outlets quote with,
        where ’ is only a closing mark when it cannot be an apostrophe."""
        text = self.text
        out: list[tuple[int, str]] = []
        for m in _MARK.finditer(text, lo, hi):
            i = m.start()
            ch = text[i]
            if ch == "“":
                out.append((i, "open"))
            elif ch == "”":
                out.append((i, "close"))
            else:
                prev = text[i - 1] if i > lo else " "
                nxt = text[i + 1] if i + 1 < hi else " "
                opening = (prev.isspace() or prev in "([{—–-/:") and not nxt.isspace()
                closing = not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}—–-")
                out.append(
                    (
                        i,
                        "open"
                        if opening and not closing
                        else "close"
                        if closing and not opening
                        else "either",
                    )
                )
        if out or text.find("‘", lo, hi) == -1:
            return out
        for m in _SINGLE.finditer(text, lo, hi):
            i = m.start()
            prev = text[i - 1] if i > lo else " "
            nxt = text[i + 1] if i + 1 < hi else " "
            if text[i] == "‘":
                if (prev.isspace() or prev in "([{—–-/:") and not nxt.isspace():
                    out.append((i, "open"))
            elif not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)]}—–-"):
                after = text[i + 2 : i + 3]
                if prev in "sS" and nxt == " " and after.islower():
                    continue  # "the workers’ union"
                out.append((i, "close"))
        return out

    def _cand(self, o: int, close: int, bi: int) -> _Cand:
        text = self.text
        s, e = o + 1, close
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
            e -= 1
        words = len(_WORD.findall(text, s, min(e, s + 160)))  # only "fewer than four" matters
        return _Cand(o, close, bi, s, e, words)

    def _continues(self, c: _Cand, nxt: _Cand | None) -> bool:
        """An unclosed paragraph is a quote only when the next opens with a mark."""
        if nxt is None or nxt.block != c.block + 1:
            return False
        block = self.blocks[nxt.block]
        return not self.text[block.start : nxt.open].strip()

    # --- attribution ---------------------------------------------------------

    def _attribute(self, c: _Cand, kept: list[_Cand]) -> bool:
        """Sets c.speaker; False when c is not a quote at all."""
        kind = self.blocks[c.block].kind
        body = kind in (PARAGRAPH, LIST_ITEM, BLOCKQUOTE)
        quoted = self.text[c.start : c.end]
        if c.words < 4:
            if c.words == 0 or c.unclosed or not _SHORT_OK_END.search(self.text[c.start : c.close].rstrip()):
                return False
            if quoted.endswith((".", "!", "?")) and c.words >= 2 and body and self._standalone(c):
                # “It's that simple.” right after the speaker's own quote
                prev = self.kept[-1] if self.kept else None
                if prev is not None and prev.block == c.block and prev.speaker and prev.speaker.name:
                    c.speaker = prev.speaker
                    return True
            if quoted.endswith("."):
                return False
            sp = self._tail(c, body)
            if sp is None or sp.name is None:
                return False
            c.speaker = sp
            return True
        # a quote closed by a full stop ends its sentence: what follows is news
        full_stop = quoted.endswith(".") and not quoted.endswith("..")
        unnamed = None
        if not c.unclosed and not full_stop:
            sp = self._tail(c, body)
            if sp is not None and sp.name is not None:
                c.speaker = sp
                return True
            # “…,” the critics said: a quote, whoever they are
            if sp is not None and _SHORT_OK_END.search(self.text[c.start : c.close].rstrip()):
                unnamed = sp
        for rule in (self._inherit_rule, self._lead):
            sp = rule(c, body)
            if sp is not None:
                c.speaker = sp
                return True
        if unnamed is not None:
            c.speaker = None
            return True
        if not body:
            # headlines: a quote that leads or follows a colon, with no speaker
            before = self.text[self.blocks[c.block].start : c.open].rstrip()
            return not c.unclosed and (
                not before or before.endswith(":") or self.text.startswith(":", c.close + 1)
            )
        if c.unclosed:
            return True  # its speaker comes from the paragraph that closes it, in run()
        if not self._standalone(c):
            return False
        c.speaker = self._context_speaker(c, person_only=False)
        return True

    def _sentence_at(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def _clause_end(self, pos: int, hi: int, stop: re.Pattern = TAIL_STOP) -> int:
        return clause_end(self.text, pos, hi, stop)

    def _tail(self, c: _Cand, body: bool) -> _Speaker | None:
        """“…,” said X / “…,” X said / “…,” according to X."""
        text = self.text
        hi = self.blocks[c.block].end
        pos = _TAIL_LEAD.match(text, c.close + 1, hi).end()
        if pos >= hi:
            return None
        end = self._clause_end(pos, hi)
        m = _tail_verb_first(text, pos, end)
        if m is None:
            m = _ACCORDING.match(text, pos, end)
        if m is not None:
            np_end = self._clause_end(m.end(), end, NP_STOP)
            sp, at = self._np_first(m.end(), np_end, c, body)
            if not _named_in(sp, m.end(), np_end) and text.startswith(",", np_end):
                # said the agency’s director, Pell Ransome.
                lo = np_end + 1
                hi2 = self._clause_end(lo, end, NP_STOP)
                alt, at2 = self._np_first(lo, hi2, c, body)
                if alt is not None and alt.kind == PERSON and _named_in(alt, lo, hi2):
                    sp, at = alt, at2
            if sp is None:
                return _UNRESOLVED
            c.attr_end, c.attr_pos = at, m.end()
            return sp
        v = SPEECH_VERB.search(text, pos, end)
        if v is None or len(text[pos : v.start()].split()) > 10:
            return None
        head_end = v.start()
        comma = text.find(",", pos, head_end)
        if comma != -1:
            head_end = comma  # "…," Homan, a role, said.
        sp = self._np_last(pos, head_end, c, body)
        if comma != -1 and not _named_in(sp, pos, head_end):
            # "…," the agency’s director, Pell Ransome, said.
            nxt = text.find(",", comma + 1, v.start())
            alt = self._np_last(comma + 1, nxt if nxt != -1 else v.start(), c, body)
            if alt is not None and alt.kind == PERSON and _named_in(alt, comma + 1, v.start()):
                sp = alt
        if sp is None:
            return _UNRESOLVED
        c.attr_end, c.attr_pos = v.end(), pos
        return sp

    def _lead(self, c: _Cand, body: bool) -> _Speaker | None:
        """X said: “…” / According to X, “…” / X did Y, saying “…”."""
        text = self.text
        s = self.sents[self._sentence_at(c.open)].start if self.sents else self.blocks[c.block].start
        s = max(s, self.blocks[c.block].start)
        if s >= c.open:
            return None
        m = _LEAD_ACCORDING.search(text, max(s, c.open - 250), c.open)
        if m is not None and has_sentence_end(text[m.end() : c.open]):
            m = None
        if m is not None:
            sp, _ = self._np_first(m.start(1), m.end(1), c, body)
            if sp is not None:
                c.attr_pos = m.start(1)
                return sp
        m = _LEAD_PARTICIPLE.search(text, max(s, c.open - 80), c.open)
        if m is not None:
            sp = self._subject(s, m.start(), c, body)
            if sp is not None:
                return sp
        verbs = list(SPEECH_VERB.finditer(text, s, c.open))
        for v in reversed(verbs[-3:]):
            after = text[v.end() : c.open]
            if not _LEAD_AFTER_VERB.fullmatch(after) or len(after.split()) > 16:
                continue
            if has_sentence_end(after):
                continue
            sp = self._np_before(s, v.start(), c, body)
            if sp is not None:
                return sp
        colon = text[s : c.open].rstrip()
        if colon.endswith(":") and len(colon.split()) <= 25:
            # "Another owner, Lucia Arden, disagreed: “…”"
            return self._subject(s, s + len(colon) - 1, c, body)
        return None

    def _np_before(self, s: int, verb_start: int, c: _Cand, body: bool) -> _Speaker | None:
        """The subject right before a lead-in verb, past adverbs ("also") and an
        appositive ("Homan, the border czar, said")."""
        text = self.text
        e = verb_start
        while True:
            while e > s and text[e - 1].isspace():
                e -= 1
            w = last_word(text, s, e)
            if w is None or w[2].lower() not in ADVERBS:
                break
            e = w[0]
        if e > s and text[e - 1] == ",":  # appositive: "Homan, a role, said"
            comma = text.rfind(",", s, e - 1)
            if comma == -1 or len(text[comma:e].split()) > 30:
                return None
            sp = self._np_last(s, comma, c, body)
            if not _named_in(sp, s, comma):
                # "A spokeswoman for the authority, Mira Haldane, said"
                alt = self._np_last(comma + 1, e - 1, c, body)
                if alt is not None and alt.kind == PERSON and _named_in(alt, comma + 1, e):
                    return alt
            return sp
        return self._np_last(s, e, c, body)

    def _subject(self, s: int, e: int, c: _Cand, body: bool) -> _Speaker | None:
        """The doer of "X defended the agents’ work, saying …"."""
        text = self.text
        cands: list[tuple[int, int, str | None]] = []
        lo = bisect_left(self.m_starts, s)
        hi = bisect_left(self.m_starts, e)
        cands.extend((ms, me, self.people[pi].name) for ms, me, pi in self.mentions[lo:hi])
        cands.extend(between(self.extra, s, e))
        cands.extend((os_, oe, None) for os_, oe, _ in between(self._orgs_in(self._block_of(s)), s, e))
        cands.sort()
        subjects = [x for x in cands if _VERB_LIKE.match(text, x[1], e)]
        pick = subjects[-1] if subjects else None
        if pick is None:
            persons = [x for x in cands if x[2] is not None]
            pick = persons[0] if persons else None
        if pick is None:
            # no known name: a capitalised phrase right before a verb
            for m in re.finditer(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)", text[s:e]):
                if _VERB_LIKE.match(text, s + m.end(), e):
                    return self._np_last(s, s + m.end(), c, body)
            return None
        if pick[2] is not None:
            return _Speaker(pick[2], PERSON, Span(pick[0], pick[1]))
        return self._np_last(s, pick[1], c, body)

    def _inherit_rule(self, c: _Cand, body: bool) -> _Speaker | None:
        return self._inherit(c, self.kept[-1] if self.kept else None)

    def _inherit(self, c: _Cand, prev: _Cand | None) -> _Speaker | None:
        """A second quote in the same sentence keeps the first one's speaker."""
        if prev is None or prev.speaker is None or prev.block != c.block:
            return None
        text = self.text
        after_attr = prev.attr_end is not None and prev.attr_end <= c.open
        if after_attr and _ONLY_PUNCT.fullmatch(text, prev.attr_end, c.open):
            return prev.speaker
        between = text[prev.close + 1 : c.open]
        if len(between.split()) > 8 or has_sentence_end(between) or SPEECH_VERB.search(between):
            return None
        if self._sentence_at(prev.open) != self._sentence_at(c.open):
            return None
        if bisect_left(self.m_starts, c.open) > bisect_right(self.m_starts, prev.close):
            return None  # someone else was named in between
        return prev.speaker

    def _standalone(self, c: _Cand) -> bool:
        """The quote is a sentence (or more) of its own."""
        text = self.text
        block = self.blocks[c.block]
        s = self.sents[self._sentence_at(c.open)].start if self.sents else block.start
        s = max(s, block.start)
        if text[s : c.open].strip(" \t—–-("):
            return False
        if c.unclosed:
            return True
        if not (
            text[c.start : c.end][-1:] in _TERMINALS_INSIDE
            or text[c.close + 1 : c.close + 2] in (".", "!", "?")
        ):
            return False
        if text[c.start : c.end][-1:] in _TERMINALS_INSIDE:
            # “… June.” Fenwick said he would vote no. — a new sentence follows
            nxt = text[c.close + 1 : c.close + 3].lstrip()
            if not nxt or nxt[0].isupper() or nxt[0] in '“"(':
                return True
        after = text[c.close + 1 : self._clause_end(c.close + 1, block.end)]
        return not after.strip(" .!?")

    # --- noun phrases ----------------------------------------------------------

    def _np_first(self, lo: int, hi: int, c: _Cand, body: bool) -> tuple[_Speaker | None, int]:
        """The speaker a phrase starts with: said [border czar Tom Homan], a role."""
        text = self.text
        i = bisect_left(self.m_starts, lo)
        if i < len(self.mentions) and self.mentions[i][1] <= hi:
            ms, me, pi = self.mentions[i]
            if len(text[lo:ms].split()) <= 6:
                return _Speaker(self.people[pi].name, PERSON, Span(ms, me)), me
        toks = tokens_in(text, lo, hi)
        if not toks:
            return None, lo
        k = 0
        first = toks[0][2].lower()
        if first == "it" and body:
            return self._context_org(c, None), toks[0][1]  # “…,” it said: the organisation
        if first in ("he", "she") or first in UNRESOLVED_PRONOUNS:
            if first in UNRESOLVED_PRONOUNS or not body:
                return _UNRESOLVED, toks[0][1]
            return self._context_speaker(c, person_only=True, pronoun=first), toks[0][1]
        if first in ("a", "an", "the"):
            k = 1
        # "a spokesperson for the Department of Justice"
        named_next = k + 1 < len(toks) and toks[k + 1][2][0].isupper()  # "said spokesperson Jane Roe"
        if k < len(toks) and toks[k][2].lower() in SPOKES and not named_next:
            j = k + 1
            if j < len(toks) and toks[j][2].lower() in ("for", "from", "of", "at", "with"):
                j += 1
                if j < len(toks) and toks[j][2].lower() == "the":
                    j += 1
                run = run_forward(toks, j)
                if run:
                    return self._classify(run, c), run[-1][1]
            return (self._context_org(c, toks[k][2].lower()) if body else _UNRESOLVED), toks[k][1]
        if k < len(toks) and toks[k][2].lower() in ORG_SPEAKER_NOUNS:
            word = toks[k][2].lower()
            if word in GENERIC_ORGS and k == 1 and first == "the":
                return (self._context_org(c, word) if body else _UNRESOLVED), toks[k][1]
            return _Speaker(word, ORGANIZATION, Span(toks[k][0], toks[k][1])), toks[k][1]
        # skip a few lowercase role words: "said border czar Tom Homan"
        skipped = 0
        while k < len(toks) and not toks[k][2][0].isupper():
            if toks[k][2].lower() in PREPOSITIONS or skipped >= 4:
                break
            k += 1
            skipped += 1
        run = run_forward(toks, k) if k < len(toks) and toks[k][2][0].isupper() else []
        if not run:
            if skipped and _is_role(toks[k - 1][2]):
                return self._role_speaker(c, toks[: k - 1], toks[k - 1][2], body), toks[k - 1][1]
            return None, lo
        # "said CRA spokesperson Ilse Marchetti": the name after the role
        j = k + len(run)
        skipped = 0
        while j < len(toks) and toks[j][2].islower() and toks[j][2] not in PREPOSITIONS and skipped < 3:
            j += 1
            skipped += 1
        if skipped and j < len(toks) and toks[j][2][0].isupper():
            later = run_forward(toks, j)
            sp = self._classify(later, c)
            if sp.kind == PERSON:
                return sp, later[-1][1]
        return self._classify(run, c), run[-1][1]

    def _np_last(self, lo: int, hi: int, c: _Cand, body: bool) -> _Speaker | None:
        """The speaker a phrase ends with: [DHS Secretary Kristi Noem] said."""
        text = self.text
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi <= lo:
            return None
        j = bisect_right(self.m_end_keys, hi) - 1
        if j >= 0 and self.m_end_keys[j] == hi and self.m_ends[j][1] >= lo:
            _, ms, pi = self.m_ends[j]
            return _Speaker(self.people[pi].name, PERSON, Span(ms, hi))
        toks = tokens_in(text, lo, hi)
        if not toks or toks[-1][1] != hi:
            # "Kristi Noem’s office said" and the like end in a token too; a
            # trailing symbol means no noun phrase here.
            return None
        last = toks[-1][2]
        low = last.lower()
        if low in ("he", "she"):
            if not body:
                return _UNRESOLVED
            return self._context_speaker(c, person_only=True, pronoun=low)
        if low == "it" and body:
            return self._context_org(c, None)
        if low in UNRESOLVED_PRONOUNS:
            return _UNRESOLVED
        if last.islower() and (low in GENERIC_ORGS or low in COLLECTIVES):
            run = run_backward(toks, len(toks) - 1)
            if run:
                sp = self._classify(run, c)
                if sp.kind == ORGANIZATION:
                    return sp
                name = text[run[0][0] : hi]
                return _Speaker(name, ORGANIZATION, Span(run[0][0], hi))
            if low in SPOKES:
                return self._context_org(c, None) if body else _UNRESOLVED
            if low in GENERIC_ORGS and len(toks) >= 2 and toks[-2][2].lower() in ("the", "this", "that"):
                return self._context_org(c, low) if body else _UNRESOLVED
            if low in COLLECTIVES:
                return _Speaker(low, ORGANIZATION, Span(toks[-1][0], toks[-1][1]))
            return None
        if not last[0].isupper():
            if (
                low in DOC_NOUNS
                and len(toks) >= 2
                and toks[-2][2].lower() in ("the", "that", "his", "her", "its")
            ):
                # “…,” the statement said: whoever issued it, named just before
                return self._context_speaker(c, person_only=False) if body else _UNRESOLVED
            if _is_role(last):
                return self._role_speaker(c, toks[:-1], last, body)
            return None
        run = run_backward(toks, len(toks))
        if not run:
            return None
        return self._classify(run, c)

    def _classify(self, run: list[tuple[int, int, str]], c: _Cand) -> _Speaker:
        """A capitalised phrase as a person or an organisation."""
        while run and run[0][2].lower() in CONNECTORS:
            run = run[1:]
        while run and run[-1][2].lower() in CONNECTORS:
            run = run[:-1]
        if not run:
            return _UNRESOLVED
        while run and run[0][2] in ("The", "A", "An"):
            run = run[1:]
        if not run:
            return _UNRESOLVED
        words = [bare(w) for _, _, w in run]
        if all(w.lower() in CALENDAR for w in words):
            return _UNRESOLVED
        text = self.text
        whole = Span(run[0][0], run[-1][0] + len(bare(run[-1][2])))
        if len(words) == 1 and words[0].lower() in PLURAL_PEOPLE:
            return _UNRESOLVED  # "Critics said" opening a sentence: people, unnamed
        if len(words) == 1 and words[0].lower() in COLLECTIVES:
            return _Speaker(words[0].lower(), ORGANIZATION, whole)  # "Police said" opening a sentence
        joins = [i for i, w in enumerate(words) if w.lower() in JOINERS]
        if joins:
            # "Alma Pruitt of Dunmore County" is a person from somewhere;
            # "Department of Harbor Safety" is an organisation.
            head = run[: joins[0]]
            if head and not any(bare(w).lower() in ORG_WORDS for _, _, w in head):
                sp = self._classify(head, c)
                if sp.kind == PERSON:
                    return sp
            return _Speaker(text[whole.start : whole.end], ORGANIZATION, whole)
        if any(w.lower() in ORG_WORDS for w in words) and not self._known(words):
            return _Speaker(text[whole.start : whole.end], ORGANIZATION, whole)
        # titles and acronyms ahead of the name are role: "DHS Secretary Kristi Noem"
        cut = 0
        for i, w in enumerate(words[:-1]):
            if w.lower().rstrip(".") in TITLES or is_acronym(w):
                cut = i + 1
        titled = cut > 0 or words[0].lower().rstrip(".") in TITLES and len(words) > 1
        name_toks = run[cut:]
        names = words[cut:]
        if len(names) == 1 and is_acronym(names[0]):
            return _Speaker(names[0], ORGANIZATION, whole)
        if len(names) > 4:
            return _Speaker(text[whole.start : whole.end], ORGANIZATION, whole)
        span = Span(name_toks[0][0], name_toks[-1][0] + len(names[-1]))
        written = text[span.start : span.end]
        pi = self.by_name.get(written.casefold())
        if pi is None and len(names) == 1:
            pi = self._by_surname(names[0], c.open)
        if pi is None and len(names) > 1 and len(names) <= 4:
            cands = self.by_surname.get(names[-1].casefold(), [])
            pi = (
                cands[0]
                if len(cands) == 1 and len(names) == 2 and self._first_matches(cands[0], names[0])
                else None
            )
        if pi is not None:
            return _Speaker(self.people[pi].name, PERSON, span)
        if len(names) == 1:
            full = self._full_name(names[0], c.open)
            if full is not None:
                insort(self.extra, (span.start, span.end, full))
                return _Speaker(full, PERSON, span)
            if not titled:
                return _Speaker(written, ORGANIZATION, span)
        insort(self.extra, (span.start, span.end, written))
        return _Speaker(written, PERSON, span)

    def _role_speaker(self, c: _Cand, before: list[tuple[int, int, str]], noun: str, body: bool) -> _Speaker:
        """'the mayor said': the person the article gave that role, else the
        person named last; 'a senior official said' is nobody in particular."""
        for _, _, w in reversed(before[-5:]):
            lw = w.lower()
            if lw in ("a", "an", "another", "one"):
                return _UNRESOLVED
            if lw in ("the", "this", "that") or lw.endswith(("’s", "'s")):
                break
            if not w.islower():
                break
        if not body:
            return _UNRESOLVED
        noun = noun.lower()
        best: tuple[int, int, int] | None = None
        for pi in self.real:
            p = self.people[pi]
            if not any(noun in re.findall(r"[a-z-]+", r.lower()) for r in p.roles):
                continue
            at = [sp for sp in p.spans if sp.end <= c.open and not self._inside_quote(sp.start)]
            if at and (best is None or at[-1].start > best[0]):
                best = (at[-1].start, at[-1].end, pi)
        if best is not None:
            return _Speaker(self.people[best[2]].name, PERSON, Span(best[0], best[1]))
        return self._context_speaker(c, person_only=True)

    def _known(self, words: list[str]) -> bool:
        return " ".join(words).casefold() in self.by_name

    def _first_matches(self, pi: int, first: str) -> bool:
        parts = name_parts(self.people[pi].name)
        return bool(parts) and (parts[0].startswith(first) or first.startswith(parts[0][:3]))

    def _by_surname(self, word: str, pos: int) -> int | None:
        """Two people may share a surname: the one named last before pos wins."""
        cands = self.by_surname.get(word.casefold())
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        best, best_pos = cands[0], -1
        for ms, _, pi in self.mentions:
            if ms > pos:
                break
            if pi in cands and ms > best_pos:
                best, best_pos = pi, ms
        return best

    def _full_name(self, surname: str, pos: int) -> str | None:
        """'Homan' -> 'Tom Homan' when the article names him in full somewhere."""
        if surname in self._full_names:
            return self._full_names[surname]
        self._full_names[surname] = found = self._find_full_name(surname)
        return found

    def _find_full_name(self, surname: str) -> str | None:
        pat = re.compile(rf"\b([A-Z][a-z]+(?:\s+[A-Z]\.)?)\s+{re.escape(surname)}\b")
        for m in pat.finditer(self.text):
            first = m.group(1).split()[0]
            if first.lower() in TITLES or first.lower() in ORG_WORDS or first.lower() in CALENDAR:
                continue
            if first in ("The", "A", "An", "In", "On", "At", "But", "And", "As", "When", "While"):
                continue
            return f"{m.group(1)} {surname}"
        return None

    # --- context ---------------------------------------------------------------

    def _inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.region_starts, pos) - 1
        return i >= 0 and self.regions[i][0] < pos < self.regions[i][1]

    def _block_of(self, pos: int) -> int:
        return max(0, bisect_right(self.block_starts, pos) - 1)

    def _context_speaker(self, c: _Cand, person_only: bool, pronoun: str | None = None) -> _Speaker | None:
        """Who 'he' or an unattributed quote refers to: the person named most
        recently before it (outside quotes, this or the previous paragraph), or
        the previous quote's speaker if nobody was named since. 'she' skips
        people known to be men and 'he' people known to be women."""
        pos = c.open
        first_block = c.block - 1
        want = {"he": "m", "she": "f"}.get(pronoun or "")
        recent: tuple[int, int, str] | None = None
        i = bisect_left(self.m_starts, pos) - 1
        while i >= 0:
            ms, me, pi = self.mentions[i]
            if self._block_of(ms) < first_block:
                break
            if self._usable(ms, me, pos) and self._fits(self.people[pi].name, want):
                recent = (ms, me, self.people[pi].name)
                break
            i -= 1
        lo = recent[0] + 1 if recent else self.blocks[max(first_block, 0)].start
        for ms, me, name in reversed(between(self.extra, lo, pos)):
            if self._usable(ms, me, pos) and self._fits(name, want):
                recent = (ms, me, name)
                break
        prev = None
        for q in reversed(self.kept):
            if q is c or q.open >= pos:
                continue
            if q.block < first_block:
                break
            sp = q.speaker
            if sp and sp.name and (sp.kind == PERSON or not person_only) and self._fits(sp.name, want):
                prev = q
            break
        if prev is not None:
            prev_at = prev.attr_pos if prev.attr_pos is not None else prev.close
            if recent is None or self._sentence_at(recent[0]) <= self._sentence_at(max(prev_at, prev.close)):
                return prev.speaker
        if recent is None:
            return _UNRESOLVED
        return _Speaker(recent[2], PERSON, Span(recent[0], recent[1]))

    def _fits(self, name: str, want: str | None) -> bool:
        if want is None:
            return True
        if name not in self._genders:
            self._genders[name] = self._gender(name)
        got = self._genders[name]
        return got is None or got == want

    def _gender(self, name: str) -> str | None:
        """From the given name when it is a common, clearly gendered one, else
        from an honorific the article puts before the surname."""
        parts = name_parts(name)
        if not parts:
            return None
        if parts[0] in FEMALE_NAMES:
            return "f"
        if parts[0] in MALE_NAMES:
            return "m"
        m = re.search(rf"\b(Mr|Ms|Mrs|Miss)\.?\s+{re.escape(parts[-1])}\b", self.text)
        if m is None:
            return None
        return "m" if m.group(1) == "Mr" else "f"

    def _usable(self, ms: int, me: int, pos: int) -> bool:
        """A mention can be an antecedent unless it is quoted or in the headline."""
        return me <= pos and not self._inside_quote(ms) and self.blocks[self._block_of(ms)].kind != HEADLINE

    def _orgs_in(self, bi: int) -> list[tuple[int, int, str]]:
        """Organisations named in one block, found when first asked for."""
        orgs = self._orgs.get(bi)
        if orgs is None:
            orgs = self._orgs[bi] = _find_orgs(self.text, self.blocks[bi], self.m_starts, self.mentions)
        return orgs

    def _context_org(self, c: _Cand, noun: str | None) -> _Speaker:
        """'the agency' is the organisation named most recently, preferring one
        whose name says what it is ('the department' -> 'Department of …')."""
        pick = typed = None
        budget = 60  # how far back a type match is looked for
        for bi in range(c.block, max(-1, c.block - 6), -1):
            orgs = self._orgs_in(bi)
            stop = bisect_left(orgs, (c.open,))
            for o in reversed(orgs[max(0, stop - budget) : stop]):
                budget -= 1
                if o[1] > c.open or self._inside_quote(o[0]):
                    continue
                pick = pick or o
                if not noun or noun in o[2].lower().split():
                    typed = o
                    break
            if typed or budget <= 0:
                break
        pick = typed or pick
        if pick is None:
            return _UNRESOLVED
        return _Speaker(pick[2], ORGANIZATION, Span(pick[0], pick[1]))


def _named_in(sp: _Speaker | None, lo: int, hi: int) -> bool:
    """The speaker's name is written inside [lo, hi), not found by reference."""
    return sp is not None and sp.name is not None and sp.span is not None and lo <= sp.span.start < hi


def _is_role(word: str) -> bool:
    w = word.lower()
    return w in ROLE_NOUNS or w.endswith("year-old")


def _tail_verb_first(text: str, pos: int, end: int) -> re.Match | None:
    """A speech verb opening the clause at `pos` ("said", "Said"), with the spaces after it."""
    m = _WORD_AT.match(text, pos, end)
    if m is None:
        return None
    word = m.group(1)
    first = word[0]
    return m if first.isascii() and first.lower() + word[1:] in SPEECH_VERB_SET else None


_ORG_RUN = re.compile(r"\b[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w'’&.-]*)*")


def _find_orgs(text: str, block: Block, m_starts: list[int], mentions: list) -> list[tuple[int, int, str]]:
    """Organisations named in a body block: acronyms and capitalised phrases
    that hold an organisation word ("Department of Homeland Security")."""
    out: list[tuple[int, int, str]] = []
    if block.kind not in (PARAGRAPH, LIST_ITEM, BLOCKQUOTE):
        return out
    for m in _ORG_RUN.finditer(text, block.start, block.end):
        if " " not in m.group():
            w = bare(m.group())
            if is_acronym(w):
                out.append((m.start(), m.start() + len(w), w))
            continue
        for lo, hi in _split_run(text, m.start(), m.end()):
            _add_orgs(text, lo, hi, m_starts, mentions, out)
    return out


_AND_SPLIT = re.compile(r"\s+and\s+(?=the\s|[A-Z]{2,6}\b)")


def _split_run(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """ "the Department of X and the CRA" names two organisations."""
    out = []
    for m in _AND_SPLIT.finditer(text, lo, hi):
        out.append((lo, m.start()))
        lo = m.end()
    out.append((lo, hi))
    return out


def _add_orgs(text: str, lo: int, hi: int, m_starts: list[int], mentions: list, out: list) -> None:
    """A phrase holding a person's name is an organisation only before the name."""
    toks = tokens_in(text, lo, hi)
    words = [bare(w) for _, _, w in toks]
    i = bisect_left(m_starts, lo)
    if i < len(mentions) and mentions[i][0] < hi:
        # a person's name is in this phrase: keep only what comes before it
        toks = [t for t in toks if t[1] <= mentions[i][0]]
        words = words[: len(toks)]
        if not any(w.lower() in ORG_WORDS for w in words):
            out.extend((s, s + len(bare(w)), bare(w)) for s, _, w in toks if is_acronym(w))
            return
    while toks and words[0] in ("The", "A", "An"):
        toks, words = toks[1:], words[1:]
    if len(words) > 1 and any(w.lower() in ORG_WORDS for w in words):
        end = toks[-1][0] + len(words[-1])
        out.append((toks[0][0], end, text[toks[0][0] : end]))
    else:
        out.extend((s, s + len(bare(w)), bare(w)) for s, _, w in toks if is_acronym(w))
