"""People named in one article: names, the roles the article gives them, every mention.

One regex pass finds runs of capitalised words in each paragraph; each run with two or
more words (or a title and a surname) is weighed on general evidence: a known given name,
a title before it, a role after it, a speech verb, an age. Organisation, place and
building words veto. A second pass finds every mention of the people kept (full name,
other full forms, surname alone, first name alone) anywhere in the text, headings included.

The passes, in the order `extract.extract_people` runs them:

    scan.py               each paragraph's runs of capitals weighed as sightings (cached)
    capitalised_run.py    where the name lies in a run: the RUN pattern, parse_chunk
    vetoes.py             organisations, places, companies, bylines, credits, datelines
    title_before_name.py  roles before a name; plural titles shared by a list
    role_after_name.py    speech verbs, ages, appositives, copulas, brackets after a name
    description_role.py   the role a description after a name gives, kept whole
    nicknames.py          quoted nicknames: no person, the role of the name they describe
    decide.py             which names are people; title + surname only; editors' hints
    lone_speakers.py      surname-only speakers with no full name ("Lopez said")
    modifier_names.py     names used as modifiers ("the Halloran administration", "Roe v. Wade")
    mentions.py           every mention linked to its person; roles attached
    extract.py            extract_people: the passes in order, the PersonMention out

and what they share:

    keys.py         name_key, surname, canonical_first_name, role_head (compare/ uses them)
    tables.py       the word tables (data files in tui/analysis/lexicon/data/), fold
    evidence.py     Sighting, Person and the evidence flags
    role_words.py   one word as a role: an occupation by its ending, a plural title
    context.py      the text around a position: whole words, the word before, capitals

Where each news convention is implemented:

    title before name ("DHS Secretary Kristi Noem")    capitalised_run._title_in_run, then
                                                       title_before_name.title_before_name
    office with "of" ("Secretary of State Jane Roe")   capitalised_run._name_after_office
    unknown title, given name ("Councillor Jane Roe")  capitalised_run._unknown_title_before_given
    acronym before, post-nominal after ("ICE", "MP")   capitalised_run._name_bounds
    lower-case title ("border czar Tom Roe")           title_before_name._walk_back_over_title
    role, comma, name ("the agency's director, X,")    title_before_name._role_comma_name
    plural title over a list ("Defendants X and Y")    title_before_name.plural_title_over_list
    appositive ("Jane Roe, 52, a senior official,")    role_after_name._appositive_role
    "who" clause ("Jane Roe, who heads the agency,")   description_role.role_phrase, _who_leads
    a clause is no role ("Roe, accusing the mayor")    description_role._participle, role_phrase
    quoted nickname ('"the Teflon Don"', 'Jane       nicknames.quoted_nickname, nickname_role,
      "Big Jane" Roe')                                 names_around_nicknames
    name as a modifier ("the Pratt tax cuts")           modifier_names.modifier_people
    month as a surname ("Anna May", not "May 5")       capitalised_run.month_surname
    the deck (a sentence subheading under the          extract._deck: read as body
      headline)
    plural role, comma, list ("two aides, X and Y")    title_before_name.plural_role_over_list
    copula ("Jane Roe is the agency's director")       role_after_name._copula_role
    parenthetical ("Jane Roe (Democrat)", "(ICE)")     role_after_name._parenthetical_role
    speech verb after a name ("Jane Roe said")         role_after_name.after_name
    speech verb before a name ("said Jane Roe")        scan.analyse_chunk, capitalised_run._trim
    place or organisation before ("in Marlow Sound")   scan.analyse_chunk
    organisation, place, nationality, company words    vetoes.names_a_thing
    group nouns after a given name ("Jane Group",      vetoes.names_a_thing (only the words
      "Marina Reserve"; "Linda Park" may be a name)      of org_surnames.txt end a name)
    an outlet's possessive ("Metro News' Bill Roe")    scan.analyse_chunk
    bylines, credits, wire datelines, "Inc."           vetoes.is_byline, vetoes.credit_or_company
    evidence weighed into a person                     decide._is_person
    later short form of a long name ("López Obrador")  decide._merge_trailing_names
    title + surname only ("President Trump")           decide._title_and_surname_only
    family name first ("Mr. Xi" of Xi Jinping), a      decide._title_and_surname_only
      patronymic ("Prince Faisal" of Faisal bin Tariq)
    the Arabic article ("al-Assad" a name word,        keys.name_word, keys.surnames
      "Assad" alone the same person)
    editors' hints and their aliases                   decide._editors_hints
    surname-only speaker, no full name ("Lopez said")  lone_speakers.lone_speakers
    surname alone linked to the full name              mentions._surname_hits, mentions.primary
    first name alone after the full name               mentions._first_name_hits
    surname, comma, role ("Roe, the deputy, said")     extract._surname_then_role
    nicknames ("Ken" is "Kenneth"), particles          keys.canonical_first_name, keys.surname
"""

from __future__ import annotations

from tui.analysis.extract.people.extract import extract_people
from tui.analysis.extract.people.keys import canonical_first_name, name_key, role_head, surname, surnames

__all__ = ["canonical_first_name", "extract_people", "name_key", "role_head", "surname", "surnames"]
