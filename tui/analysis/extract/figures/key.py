"""figure_key: what the comparer lines figures up by across sources, (counts, per), with
the synonyms outlets use folded (residents are people; a rise, a jump and a surge are
an increase)."""

from __future__ import annotations

from tui.analysis.extract.figures.percentages import DECREASES, INCREASES
from tui.analysis.extract.figures.whose import AGE
from tui.analysis.lexicon import word_list
from tui.analysis.model import Figure

# Other words for people, folded by figure_key so that "15,000 residents" and "12,000 people"
# group; narrower groups (civilians, citizens, villagers) stay apart on purpose.
PEOPLE_SYNONYMS = word_list("figure_people_synonyms")
# Words outlets use for one thing when it moves by a percentage.
THING_SYNONYMS = {"stock": "shares", "stocks": "shares", "share": "shares", "prices": "price"}


def figure_key(figure: Figure) -> tuple[str | None, str | None]:
    """(counts, per): figures with equal keys count the same thing at the same rate.

    `counts` is already normalised by the extractor (plural, verbs turned into
    nouns), so it is nearly its own lemma. Two folds make outlets' wordings meet
    while `Figure.counts` keeps the word the article used, for display:
    - residents, persons, individuals and inhabitants count people ("15,000
      residents" and "12,000 people" are one figure); civilians, citizens,
      villagers and the like stay apart, since they name a narrower group;
    - a percentage change reads as an increase or a decrease of its thing ("a 12%
      rise in fares" and "a 9% jump in fares" are one figure).
    An age gives None: two people's ages are not two sources' values for one fact.
    """
    counts = figure.counts.lower() if figure.counts and figure.counts != AGE else None
    if counts and counts.startswith("age of "):
        counts = figure.counts  # a person's name keeps its capitals
    if counts in PEOPLE_SYNONYMS:
        counts = "people"
    elif counts and " in " in counts:
        change, _, thing = counts.partition(" in ")
        thing = THING_SYNONYMS.get(thing, thing)
        if change in INCREASES:
            counts = f"increase in {thing}"
        elif change in DECREASES:
            counts = f"decrease in {thing}"
    return (counts, figure.per)
