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
- currencies.py   currency signs and words, one unit each: "$", "HK$", "¥", "euros", "yen"
- values.py       its value: digits, "$2.3bn", "12 percent", "2kg", "70mph", "twice", "N times",
                  "tenfold", "a single", fractions and "1 in 4" read as percentages
- number_words.py number words: "forty-two", "half a dozen", "two million"
- not_counts.py   numbers that are no figure: "Route 66", "3 p.m.", "12 Elm Street",
                  zip codes, phone numbers, "Boeing 737", "the two men" (odds, "a 1-in-3
                  chance", and apostrophe years, "'04", are dropped where they are read)
- candidate.py    one number read in place: the steps above and below, in order
- compounds.py    hyphen compounds: "30-year-old", "50,000-strong", "10-point", "3,000-a-day",
                  "five-term", "6.4-magnitude" ("10-fold" is a multiple: candidate.py)
- counted.py      what it counts: which convention applies, in order (see there)
- nouns.py        the counted noun after it: "3,000 arrests", "12 police officers",
                  "12% of the vote", "2,700 Acme and Bolt stores", "4,000 more nurses",
                  "a $7 million radio ad push" (the noun an amount modifies)
- plurals.py      plural nouns ("freshmen"; not "news"), and pluralise ("a 3,000 arrest
                  goal" counts arrests)
- verb_counts.py  counts through a verb: "65,600 deported", "arrested 3,000 people",
                  "forced 12,000 from their homes"
- votes.py        votes cast one way ("212 voted for it") and margins ("won by 22
                  percentage points", "a 40-vote margin")
- money.py        money by its use after it: "$45 million in state aid", "spent $2
                  million on ads", "$3 billion in spending cuts"
- money_before.py money named before it: "buy Bolt for $4.2 billion" (deal), "fined Acme
                  $12 million", "shares rose 12% to $45.10" (price per share), "is costing
                  Bolt $3 million", "the price of a ticket, about $8.25", "wages up to
                  $84,300", "a budget of $3 billion", "offered $45 a share", "admitted
                  stealing $2 million"
- changes.py      a change by an actor: "cut spending by 6%", "would cut deficits by
                  $212 billion" (a fall in the thing)
- percentages.py  "12% of the vote", "a 30% increase in claims", "a 30% premium",
                  "turnout reached 61%", "wages rose 4.5%", "estimates in the range of 4%"
- polls.py        shares by candidate: "Smith leading Jones, 51 percent to 43 percent",
                  "Gorse garnered 13 percent", "Tamsin (7 percent)"
- rates.py        the rate: "3,000 daily arrests", "per week", "a day", "every
                  month", "a daily goal of 3,000"
- whose.py        ages ("Jane Roe, 58," is the age of Roe, "aged 58", "71 years old",
                  "workers 55 and older", "the retirement age to 68") and prison terms
                  ("seven years in prison", "sentenced to six years")
- ranges.py       ranges: "3,000 to 4,000", "between 3 and 5", "44 of 120 seats", "nine of
                  those 31 seats"
- elision.py      nouns a number leaves out: "35 seats, with 21 held by ...", "We have 27
                  wards ... You take 11 of them", the value compared: "6.1%, up from 5.8%"
- hypothetical.py the frame of a figure not reported as fact: sought ("should press for
                  $2 trillion in cuts", "seeking 5%") or supposed ("if the limit rises by
                  $2 trillion")
- emit.py         a sentence's candidates as Figures, with their context and frame
- tallies.py      vote tallies as votes for and against ("passed 74-24", "by a vote of
                  231 to 187"), tallies of a noun ("a 236-199 seat advantage"), scores
- key.py          figure_key: the (counts, per) key, synonyms folded
- reading.py      Raw (a candidate figure) and Near (the words before it)
"""

from __future__ import annotations

from tui.analysis.extract.figures.extract import extract_figures
from tui.analysis.extract.figures.key import figure_key
from tui.analysis.extract.figures.whose import AGE

__all__ = ["AGE", "extract_figures", "figure_key"]
