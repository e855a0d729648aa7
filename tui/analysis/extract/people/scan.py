"""One pass over each paragraph: every run of capitals weighed as a sighting of a name,
with the evidence around it (vetoes, the word before, roles before and after), and the
single capitalised words beside a speech verb kept for the lone-speaker step. A paragraph's
sightings depend on it alone, so they are cached by its text (syndicated copy is weighed
once)."""

from __future__ import annotations

from tui.analysis.extract.people.capitalised_run import RUN, parse_chunk
from tui.analysis.extract.people.context import sentence_initial, strip_possessive
from tui.analysis.extract.people.evidence import GIVEN, NOT, ROLE, SPEECH, Sighting
from tui.analysis.extract.people.lone_speakers import hyphenated_name
from tui.analysis.extract.people.nicknames import names_around_nicknames, quoted_nickname
from tui.analysis.extract.people.role_after_name import after_name
from tui.analysis.extract.people.tables import (
    AMBIGUOUS_GIVEN,
    CALENDAR,
    CAP_STOPS,
    MONTHS,
    ORG_WORDS,
    SPEECH_VERBS,
    TITLE_WORDS,
    fold,
)
from tui.analysis.extract.people.title_before_name import (
    plural_role_over_list,
    plural_title,
    role_before_name,
    title_before_name,
)
from tui.analysis.extract.people.vetoes import credit_or_company
from tui.analysis.lexicon import words
from tui.analysis.memo import table
from tui.regex_cache import compiled

# What may stand before a lone speaker's name: the start of a sentence, a quote, a bracket.
_OPENERS = frozenset(" \n“\"‘'(—–")
# Capitalised words that open sentences: never a surname-only speaker, and the commonest singles.
_SINGLE_STOPS = frozenset(w.capitalize() for w in CAP_STOPS | CALENDAR | TITLE_WORDS | ORG_WORDS)
# Paragraph text -> its sightings and lone candidates (cleared when full).
_BLOCKS: dict[str, tuple[list[Sighting], dict[str, int]]] = table()
_BLOCKS_MAX = 4096
# Words before a name that make it a place or an organisation ("in Marlow Sound", "at Acme Freight").
_PLACE_BEFORE = words("in at near across throughout inside outside via into")
# A day number after a month: "May 5", "March 3rd".
_DAY_NUMBER = compiled(r" \d")


def scan_block(block: str, given) -> tuple[list[Sighting], dict[str, int]]:
    """The name sightings in one paragraph, offsets relative to it; what is found depends on the
    paragraph alone, so syndicated copy (the same paragraph in many sources) is weighed once."""
    got = _BLOCKS.get(block)
    if got is not None:
        return got
    occs: list[Sighting] = []
    lone: dict[str, int] = {}
    bend = len(block)
    for m in RUN.finditer(block):
        run = m.group()
        start = m.start()
        if " " not in run:
            if (
                run not in lone
                and run not in _SINGLE_STOPS
                and (run[1:].islower() and run.isalpha() or "-" in run and hyphenated_name(run))
                and (start == 0 or block[start - 1] in _OPENERS)
            ):
                lone[run] = start  # the pattern saw the speech verb
            continue
        if quoted_nickname(block, start, m.end(), run, given):
            continue  # '"the Teflon Don"': a nickname, not a person
        if "’" in run or "'" in run:
            analyse_run(block, 0, bend, start, run, given, occs)
        else:
            parsed = parse_chunk(run)  # cached: most runs are no name and cost one lookup
            if parsed is not None:
                analyse_chunk(block, 0, bend, start, run, given, occs, False, parsed)
    if "“" in block or '"' in block:
        inside = names_around_nicknames(block, given)
        if inside:
            occs = sorted(occs + inside, key=lambda o: o.start)
    if len(_BLOCKS) >= _BLOCKS_MAX:
        _BLOCKS.clear()
    _BLOCKS[block] = occs, lone
    return occs, lone


def analyse_run(text: str, bstart: int, bend: int, start: int, run: str, given, occs: list[Sighting]) -> None:
    """Split one run of capitals at possessives and weigh each piece as a name."""
    if "’" not in run and "'" not in run:
        analyse_chunk(text, bstart, bend, start, run, given, occs, possessive=False)
        return
    chunk: list[str] = []
    cstart = pos = start
    for piece in run.split(" "):
        bare = strip_possessive(piece)
        if bare != piece and piece[0].isupper():
            chunk.append(bare)
            analyse_chunk(text, bstart, bend, cstart, " ".join(chunk), given, occs, possessive=True)
            chunk = []
            cstart = pos + len(piece) + 1
        else:
            chunk.append(piece)
        pos += len(piece) + 1
    if chunk:
        analyse_chunk(text, bstart, bend, cstart, " ".join(chunk), given, occs, possessive=False)


def analyse_chunk(text, bstart, bend, cstart, chunk, given, occs, possessive, parsed=None):
    """Weigh one chunk of capitals at `cstart` (in the block bstart..bend) as a name and add
    the sighting to `occs`: the vetoes, the word before it ("in", "said"), the title before
    it and, unless a possessive follows, the context after it."""
    if parsed is None:
        parsed = parse_chunk(chunk)  # cached: most runs are no name and cost one lookup
        if parsed is None:
            return
    first_off, name_off, name_end, flags, title_words, ncore, name = parsed
    nstart = cstart + name_off
    nend = cstart + name_end
    if _DAY_NUMBER.match(text, nend) and fold(name.rsplit(" ", 1)[-1]) in MONTHS:
        # "told Anna May 5": the month is a date after all.
        chunk = chunk[: name_end - len(name.rsplit(" ", 1)[-1]) - 1]
        analyse_chunk(text, bstart, bend, cstart, chunk, given, occs, possessive)
        return
    if credit_or_company(text, bstart, bend, cstart, chunk, nstart, nend):
        return
    occ = Sighting(name, nstart, nend, ncore, flags)
    if ncore > 1 and not title_words and fold(name[: name.find(" ")]) in AMBIGUOUS_GIVEN:
        owner = text[max(bstart, nstart - 40) : nstart - 1].rsplit(" ", 1)[-1]
        if owner[:1].isupper() and strip_possessive(owner) != owner:
            occ.flags |= GIVEN  # "Metro News' Bill Roe", "Acme's Grant Tolliver": their person
    if not possessive and not title_words and text[nstart - 1 : nstart] == " ":
        before = text[max(bstart, nstart - 12) : nstart - 1].rsplit(" ", 1)[-1]
        if before in _PLACE_BEFORE:
            occ.flags |= NOT
        elif before in SPEECH_VERBS or before == "to" and text[nstart - 13 : nstart - 4] == "according":
            occ.flags |= SPEECH  # "said Jane Roe", "according to Jane Roe"
    # Roles before the name: the title words in the run and a walk back over the text.
    title_role = title_before_name(title_words)
    chunk_start = cstart + first_off
    if not title_words and text.startswith("the late ", chunk_start - 9):
        chunk_start -= 9  # "the company's founder, the late Jane Roe": "late" is no role
    left = role_before_name(text, bstart, chunk_start, need_head=not title_role)
    if left and text[chunk_start - 2 : chunk_start] == ", " and text[nend : nend + 1] not in (",", "."):
        left = ""
    if not left and not title_role and (left := plural_role_over_list(text, bstart, chunk_start, nend)):
        occ.plural = True  # "two strategists, Jane Roe and John Doe"
    role = f"{left} {title_role}" if left and title_role else left or title_role
    if role:
        role_start = chunk_start - (len(left) + 1 if left else 0)
        occ.roles.append((nstart, role, sentence_initial(text, role_start, bstart)))
        if left:
            occ.flags |= ROLE
        if title_words and plural_title(title_words[-1]):
            occ.plural = True
    # After the name (only where the name ends the chunk, not before "’s").
    if not possessive:
        after_name(text, nend, bend, occ, given)
    occs.append(occ)
