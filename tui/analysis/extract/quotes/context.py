"""What every rule reads: one article's text, blocks, sentences and people, indexed
once (`article_context`), the quote candidates found by pairing marks, and the
speaker a rule settles on."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter

from tui.analysis.extract.quotes.tokens import Named, name_parts
from tui.analysis.extract.quotes.vocabulary import STRICT_ORG_WORDS
from tui.analysis.memo import remembered
from tui.analysis.model import PersonMention, Span
from tui.analysis.text import Sentence
from tui.brief.model import BLOCKQUOTE, LIST_ITEM, PARAGRAPH, Article, Block

PERSON = "person"
ORGANIZATION = "organization"
BODY = (PARAGRAPH, LIST_ITEM, BLOCKQUOTE)  # block kinds that hold running copy
_DETERMINERS = frozenset(("One", "A", "An", "Another", "Some", "Each", "Every", "No"))
_START = attrgetter("start")  # of a block or a sentence
_FIRST = itemgetter(0)


@dataclass
class Speaker:
    name: str | None
    kind: str | None
    span: Span | None


UNRESOLVED = Speaker(None, None, None)  # a quote whose speaker is not said or not known


@dataclass
class Candidate:
    """A stretch between paired quotation marks that may be a quote."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark
    block: int  # index into article.blocks
    start: int = 0  # the quoted words
    end: int = 0
    words: int = 0
    speaker: Speaker | None = None
    attr_end: int | None = None  # where an attribution right after the quote ends
    attr_pos: int | None = None  # where the speaker was named for this quote
    unclosed: bool = False
    paraphrase: bool = False  # turned down as a scare quote: paraphrase.paraphrase_fragments may keep it


@dataclass
class Context:
    """One article, indexed for the rules, and what they have found so far."""

    article: Article
    text: str
    blocks: list[Block]
    block_starts: list[int]
    sents: list[Sentence]
    sent_starts: list[int]
    people: list[PersonMention]
    real: list[int]  # the people who are people (not "Northwest Grid Power")
    mentions: list[tuple[int, int, int]]  # (start, end, person index) of their mentions, sorted
    m_starts: list[int]
    m_ends: list[tuple[int, int, int]]  # (end, start, person index), sorted
    m_end_keys: list[int]
    by_name: dict[str, int]  # every written form of a person, casefolded
    by_surname: dict[str, list[int]]
    extra: list[Named] = field(default_factory=list)  # persons found without people.py's help
    full_names: dict[str, str | None] = field(default_factory=dict)
    genders: dict[str, str | None] = field(default_factory=dict)
    honorifics: dict[str, str] | None = None  # surname -> "m"/"f" from "Mr. Roe", "Ms. Poe"
    orgs: dict[int, list[Named]] = field(default_factory=dict)  # per block, found when first asked for
    role_named: list[Named] | None = None  # "the prime minister" resolved to its holder: roles.py
    straight_singles: bool = False  # no double marks anywhere: straight '…' quote (marks.py)
    kept: list[Candidate] = field(default_factory=list)  # the quotes so far, in text order
    regions: list[tuple[int, int]] = field(default_factory=list)  # every candidate's marks
    region_starts: list[int] = field(default_factory=list)

    def sentence_at(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    def block_of(self, pos: int) -> int:
        return max(0, bisect_right(self.block_starts, pos) - 1)

    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.region_starts, pos) - 1
        return i >= 0 and self.regions[i][0] < pos < self.regions[i][1]

    def sentence_start(self, c: Candidate) -> int:
        """Where the sentence holding c's opening mark starts, within its block."""
        block_start = self.blocks[c.block].start
        s = self.sents[self.sentence_at(c.open)].start if self.sents else block_start
        return max(s, block_start)


@remembered(8192)
def _names_a_person(name: str) -> bool:
    """people.py's "Northwest Grid Power" is an organisation here, and "One Facebook"
    (user) no name at all."""
    return STRICT_ORG_WORDS.isdisjoint(name.lower().split()) and name.split()[0] not in _DETERMINERS


@remembered(8192)
def _surname_key(form: str) -> str | None:
    """The casefolded last word of a written form of a name, past "Jr." and the like."""
    parts = name_parts(form)
    return parts[-1].casefold() if parts else None


def article_context(article: Article, sents: list[Sentence], people: list[PersonMention]) -> Context:
    real = [i for i, p in enumerate(people) if _names_a_person(p.name)]
    spans = sorted([(sp.start, sp.end, i) for i in real for sp in people[i].spans])
    m_ends = sorted([(e, s, i) for s, e, i in spans])
    by_name: dict[str, int] = {}
    by_surname: dict[str, list[int]] = {}
    for i in real:
        p = people[i]
        for form in [p.name, *p.variants]:
            by_name.setdefault(form.casefold(), i)
            key = _surname_key(form)
            if key is not None:
                lst = by_surname.setdefault(key, [])
                if i not in lst:
                    lst.append(i)
    return Context(
        article=article,
        text=article.text,
        blocks=article.blocks,
        block_starts=list(map(_START, article.blocks)),
        sents=sents,
        sent_starts=list(map(_START, sents)),
        people=people,
        real=real,
        mentions=spans,
        m_starts=list(map(_FIRST, spans)),
        m_ends=m_ends,
        m_end_keys=list(map(_FIRST, m_ends)),
        by_name=by_name,
        by_surname=by_surname,
    )
