"""Figures: numbers with what they count, at what rate, and how hedged.

The comparer lines figures up across sources by `figure_key`, so the point of
this package is a stable (counts, per) pair: "3,000 daily arrests", "a goal of
3,000 arrests every day" and "the 3,000 daily arrest goal" must all come out as
("arrests", "day"), while years, dates, times, ordinals, ages, addresses and the
pronoun "one" must not come out at all. Shares come out as percentages of what
they count ("1 in 4 adults" and "a quarter of adults" are both 25% of adults), so
they meet "25% of adults" from another outlet.

One pass finds where numbers may start (digit runs, shared with dates.py, and
number words); each candidate is then read with a few anchored, precompiled
regexes over the words around it: no tagger, no second pass over the text.
Word lists are data files, lexicon/data/figure_*.txt.

Where each step and convention lives, in the order a number is read:

- extract.py      extract_figures: the walk over anchors, sentences and dates
- anchors.py      where a number may start ("3,000", "$2bn", "forty", "a third of")
- qualifiers.py   the hedge before it: "nearly", "at least", "more than", "over"
- values.py       its value: digits, "$2.3bn", "12 percent", "twice", "N times",
                  fractions and "1 in 4" read as percentages
- number_words.py number words: "forty-two", "half a dozen", "two million"
- not_counts.py   numbers that are no figure: "Route 66", "3 p.m.", "12 Elm Street",
                  zip codes, phone numbers, "Boeing 737", "the two men"
- candidate.py    one number read in place: the steps above and below, in order
- compounds.py    hyphen compounds: "30-year-old", "50,000-strong", "10-point", "3,000-a-day"
- counted.py      what it counts: which convention applies, in order (see there)
- nouns.py        the counted noun after it: "3,000 arrests", "12 police officers",
                  "12% of the vote"
- plurals.py      plural nouns, and pluralise ("a 3,000 arrest goal" counts arrests)
- verb_counts.py  counts through a verb: "65,600 deported", "arrested 3,000 people",
                  "forced 12,000 from their homes"
- money.py        what money is: "$45 million in state aid", "a budget of $3 billion",
                  "cut its profit outlook to $3.1 billion", "admitted stealing $2 million"
- percentages.py  "12% of the vote", "a 30% increase in claims", "turnout reached
                  61%", "wages rose 4.5%", "cut spending by 6%"
- rates.py        the rate: "3,000 daily arrests", "per week", "a day", "every
                  month", "a daily goal of 3,000"
- whose.py        ages ("Jane Roe, 58," is the age of Roe, "aged 58") and prison
                  terms ("seven years in prison", "sentenced to six years")
- ranges.py       ranges: "3,000 to 4,000", "between 3 and 5", "44 of 120 seats"
- emit.py         a sentence's candidates as Figures, with their context
- tallies.py      vote tallies and scores: "passed 74-24", "won 3-1"
- key.py          figure_key: the (counts, per) key, synonyms folded
- reading.py      Raw (a candidate figure) and Near (the words before it)
"""

from __future__ import annotations

from tui.analysis.extract.figures.extract import extract_figures
from tui.analysis.extract.figures.key import figure_key
from tui.analysis.extract.figures.whose import AGE

__all__ = ["AGE", "extract_figures", "figure_key"]
