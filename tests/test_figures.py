"""Figures: what a reader sees in the figures panel, value by value.

The seed brief is real news; everything else is invented (tests/articles/figures_*.md
and the one-line articles below) so the rules are checked on stories the code never saw.
"""

from pathlib import Path

import pytest

from tui.analysis.extract.figures import extract_figures, figure_key
from tui.analysis.text import sentences
from tui.brief.articles import parse_markdown
from tui.brief.load import load_brief

ROOT = Path(__file__).parent.parent
SEED = ROOT / "content" / "ice-leadership-shakeup"
ARTICLES = Path(__file__).parent / "articles"
A, B = "crackdown-stuns", "trump-boots-ice"


def figures_of(article):
    return extract_figures(article, sentences(article))


def rows(figures):
    return [(f.text, f.value, f.counts, f.per, f.qualifier, f.unit) for f in figures]


def one_line(text):
    """Figures of a one-paragraph synthetic article."""
    return rows(figures_of(parse_markdown("t", "# A headline\n\n" + text)))


@pytest.fixture(scope="module")
def seed():
    brief = load_brief(SEED)
    return {a.id: (a, figures_of(a)) for a in brief.articles}


@pytest.fixture(scope="module")
def flood():
    brief = load_brief([ARTICLES / "figures_flood_a.md", ARTICLES / "figures_flood_b.md"])
    return {a.id: (a, figures_of(a)) for a in brief.articles}


def _at(article, figures, context):
    """The figure whose text starts exactly where `context` starts in the article."""
    start = article.text.index(context)
    found = [f for f in figures if f.start == start]
    assert found, f"no figure at {context!r}"
    (f,) = found
    assert article.text[f.start : f.end] == f.text
    assert context.startswith(f.text)
    return f


# --- the seed brief -------------------------------------------------------------


def test_seed_first_article_all_figures(seed):
    article, figures = seed[A]
    assert rows(figures) == [
        ("3,000", 3000, "arrests", "day", None, None),
        ("Three", 3, "changes", None, None, None),
        ("3,000", 3000, "arrests", "day", None, None),
        ("nearly five times", 5, None, None, "nearly", "times"),
        ("660", 660, "arrests", "day", None, None),
        ("approximately 65,600", 65600, "deportations", None, "approximately", None),
        ("100", 100, "days", None, None, None),
        ("over 158,000", 158000, "arrests", None, "over", None),
        ("over half a dozen", 6, "adjustments", None, "over", None),
        ("approximately 660", 660, "arrests", "day", "approximately", None),
        ("1,800", 1800, "arrests", "day", None, None),
        ("a minimum of 3,000", 3000, "arrests", "day", "a minimum of", None),
        ("100", 100, "days", None, None, None),
        ("100", 100, "days", None, None, None),
        ("over 158,000", 158000, "arrests", None, "over", None),
        ("approximately 65,600", 65600, "deportations", None, "approximately", None),
        ("3,000", 3000, "arrests", "day", None, None),
    ]
    assert all(f.source == A for f in figures)


def test_seed_first_article_offsets_and_sentences(seed):
    article, figures = seed[A]
    goal = _at(article, figures, "3,000 daily arrest goal, prompting")
    assert goal.sentence.startswith("President Trump overhauls ICE leadership")
    assert goal.sentence.endswith("aggressive immigration enforcement.")
    assert _at(article, figures, "3,000 daily arrests, nearly").per == "day"
    assert _at(article, figures, "nearly five times the current").value == 5
    assert _at(article, figures, "660 arrests per day").counts == "arrests"
    assert _at(article, figures, "1,800 daily arrests").counts == "arrests"
    minimum = _at(article, figures, "a minimum of 3,000 arrests for ICE every day")
    assert (minimum.counts, minimum.per, minimum.qualifier) == ("arrests", "day", "a minimum of")
    over = _at(article, figures, "over 158,000 arrests of illegal aliens")
    assert (over.value, over.counts, over.qualifier) == (158000, "arrests", "over")
    approx = _at(article, figures, "approximately 65,600 deportations.")
    assert (approx.value, approx.counts, approx.qualifier) == (65600, "deportations", "approximately")
    # "has deported approximately 65,600 illegal immigrants": counted by what happened to them
    assert _at(article, figures, "approximately 65,600 illegal immigrants").counts == "deportations"
    assert _at(article, figures, "100 days while").counts == "days"
    assert _at(article, figures, "100-day mark").counts == "days"
    assert _at(article, figures, "over half a dozen personnel").counts == "adjustments"
    assert _at(article, figures, "Three major ICE leadership changes").counts == "changes"


def test_seed_second_article_all_figures(seed):
    article, figures = seed[B]
    assert rows(figures) == [
        ("over 158,000", 158000, "arrests", None, "over", None),
        ("65,600", 65600, "deportations", None, None, None),
        ("100", 100, "days", None, None, None),
        ("3,000", 3000, "deportations", "day", None, None),
    ]
    arrested = _at(article, figures, "over 158,000 illegal aliens had been arrested")
    assert arrested.end == arrested.start + len("over 158,000")
    assert _at(article, figures, "65,600 deported within").counts == "deportations"
    assert _at(article, figures, "3,000 deportations. That").sentence == (
        "White House deputy chief of staff Stephen Miller said the administration’s daily goal"
        " is 3,000 deportations."
    )


def test_seed_dates_and_ordinals_are_not_figures(seed):
    for _article, figures in seed.values():
        values = {f.value for f in figures}
        assert 2016 not in values and 22 not in values
        assert all(f.text.lower() not in ("one", "third", "second") for f in figures)


def test_seed_daily_goal_keys(seed):
    """The 3,000-a-day goal counts arrests in one source and deportations in the other."""
    (a_goal,) = [f for f in seed[A][1] if f.qualifier == "a minimum of"]
    (b_goal,) = [f for f in seed[B][1] if f.value == 3000]
    assert figure_key(a_goal) == ("arrests", "day")
    assert figure_key(b_goal) == ("deportations", "day")
    a_total = [f for f in seed[A][1] if f.value == 158000]
    b_total = [f for f in seed[B][1] if f.value == 158000]
    assert {figure_key(f) for f in a_total + b_total} == {("arrests", None)}


# --- synthetic two-source story -----------------------------------------------


def test_flood_a_all_figures(flood):
    article, figures = flood["figures-flood-a"]
    assert rows(figures) == [
        ("$2.3 Billion", 2.3e9, None, None, None, "$"),
        ("$2.3 billion", 2.3e9, "aid", None, None, "$"),
        ("1.5 million", 1.5e6, "acres", None, None, None),
        ("about 4,200", 4200, "evacuations", None, "about", None),
        ("12 percent", 12, "voters", None, None, "%"),
        ("2,000", 2000, "workers", None, None, None),
        ("3,000", 3000, "workers", None, None, None),
        ("450", 450, "homes", "week", None, None),
        ("Twice", 2, None, None, None, "times"),
        ("three", 3, "shelters", None, None, None),
        ("61", 61, "age of Quillon", None, None, None),
        ("nearly four times", 4, None, None, "nearly", "times"),
        ("forty-two", 42, "bridges", None, None, None),
    ]
    assert _at(article, figures, "2,000 and 3,000 workers").end == article.text.index(" and 3,000 workers")


def test_flood_b_all_figures(flood):
    article, figures = flood["figures-flood-b"]
    assert rows(figures) == [
        ("$2.3bn", 2.3e9, "package", None, None, "$"),
        ("$2.3bn", 2.3e9, "aid", None, None, "$"),
        ("More than 5,100", 5100, "evacuations", None, "more than", None),
        ("12%", 12, "voters", None, None, "%"),
        ("300", 300, "homes", "week", None, None),
        ("half a dozen", 6, "homes", "day", None, None),
        ("an estimated $640 million", 6.4e8, "cost", None, "an estimated", "$"),
        ("some 8,000", 8000, "claims", None, "some", None),
    ]
    # the year, the time, the phone number and the street number are not figures
    assert not {2031, 7, 555, 14, 2277, 1450} & {f.value for f in figures}


def test_flood_sources_contradict_under_one_key(flood):
    """Same thing counted, different values: the comparer must see one group."""
    a = {figure_key(f): f for f in flood["figures-flood-a"][1]}
    b = {figure_key(f): f for f in flood["figures-flood-b"][1]}
    assert a[("evacuations", None)].value == 4200
    assert b[("evacuations", None)].value == 5100
    assert a[("homes", "week")].value == 450
    assert b[("homes", "week")].value == 300
    assert a[("aid", None)].value == b[("aid", None)].value == 2.3e9
    assert a[("voters", None)].unit == b[("voters", None)].unit == "%"


def test_an_age_groups_by_its_person_and_bare_amounts_do_not_group():
    assert figure_key(_fig("Lena Varro, 54, said so.", "54")) == ("age of Varro", None)
    assert figure_key(_fig("A 30-year-old man was hurt.", "30")) == (None, None)
    assert figure_key(_fig("It cost $3 million.", "$3 million")) == (None, None)


def _fig(text, figure_text):
    article = parse_markdown("t", "# A headline\n\n" + text)
    (f,) = [f for f in figures_of(article) if f.text == figure_text]
    return f


# --- one rule at a time --------------------------------------------------------

CASES = [
    (
        "The Orvale board approved $2.3 billion in aid and a $450,000 settlement.",
        [
            ("$2.3 billion", 2.3e9, "aid", None, None, "$"),
            ("$450,000", 450000, "settlement", None, None, "$"),
        ],
    ),
    (
        "The Orvale board approved $2.3bn in military aid.",
        [("$2.3bn", 2.3e9, "aid", None, None, "$")],
    ),
    (
        "Some 12 percent of voters and 12% of registered voters backed it, up 3.4 per cent.",
        [
            ("Some 12 percent", 12, "voters", None, "some", "%"),
            ("12%", 12, "voters", None, None, "%"),
            ("3.4 per cent", 3.4, None, None, None, "%"),
        ],
    ),
    (
        "About 1.5 million people were displaced and 10m households lost power.",
        [
            ("About 1.5 million", 1.5e6, "displaced people", None, "about", None),
            ("10m", 1e7, "households", None, None, None),
        ],
    ),
    (
        "Between 2,000 and 3,000 workers walked out, and 2,000-3,000 workers stayed home.",
        [
            ("2,000", 2000, "workers", None, None, None),
            ("3,000", 3000, "workers", None, None, None),
            ("2,000", 2000, "workers", None, None, None),
            ("3,000", 3000, "workers", None, None, None),
        ],
    ),
    (
        "Twice as many nurses quit as in 2019, when one of them said one day it would end.",
        [("Twice", 2, None, None, None, "times")],
    ),
    (
        "Three officers, twelve firefighters and forty-two volunteers responded.",
        [
            ("Three", 3, "officers", None, None, None),
            ("twelve", 12, "firefighters", None, None, None),
            ("forty-two", 42, "volunteers", None, None, None),
        ],
    ),
    (
        "Lena Varro, 54, said the 21st session began at 3 p.m. at 1200 Kestrel Street.",
        [("54", 54, "age of Varro", None, None, None)],
    ),
    (
        "Call (555) 014-2277 or visit Room 204; the vote was 5-4 and COVID-19 killed 20 people.",
        [
            ("5", 5, "votes for", None, None, "tally"),
            ("4", 4, "votes against", None, None, "tally"),
            ("20", 20, "deaths", None, None, None),
        ],
    ),
    (
        "At least 20 people were killed and 45 injured, officials said.",
        [("At least 20", 20, "deaths", None, "at least", None), ("45", 45, "injuries", None, None, None)],
    ),
    (
        "Police arrested 1,250 protesters over three days, and the team hired 300 workers a year ago.",
        [
            ("1,250", 1250, "arrests", None, None, None),
            ("three", 3, "days", None, None, None),
            ("300", 300, "hires", None, None, None),
        ],
    ),
    (
        "The city spends $12 million a year on the program, and the annual budget is $4.5 billion.",
        [
            ("$12 million", 1.2e7, None, "year", None, "$"),
            ("$4.5 billion", 4.5e9, "budget", "year", None, "$"),
        ],
    ),
    (
        "Unemployment rose from 4.1 to 4.5 percent.",
        [("4.1", 4.1, None, None, None, "%"), ("4.5 percent", 4.5, None, None, None, "%")],
    ),
    (
        "A 30-year-old man and a two-year-old girl were among 14 people hurt.",
        [
            ("30", 30, "age", None, None, None),
            ("two", 2, "age", None, None, None),
            ("14", 14, "injuries", None, None, None),
        ],
    ),
    (
        "The Boeing 737 jet and the Fortune 500 firm grew 2.5 times faster than rivals.",
        [("2.5 times", 2.5, None, None, None, "times")],
    ),
    (
        "Officials expect up to 7,500 evacuations per week and more than two dozen shelters.",
        [
            ("up to 7,500", 7500, "evacuations", "week", "up to", None),
            ("more than two dozen", 24, "shelters", None, "more than", None),
        ],
    ),
    (
        "The ministry's weekly target is 80 flights, with 1,200 passengers every week.",
        [("80", 80, "flights", "week", None, None), ("1,200", 1200, "passengers", "week", None, None)],
    ),
    (
        "Some 250 police officers and 40 staff members were deployed for 24 hours.",
        [
            ("Some 250", 250, "officers", None, "some", None),
            ("40", 40, "members", None, None, None),
            ("24", 24, "hours", None, None, None),
        ],
    ),
    (
        "The state recorded 3,400 deaths annually, a 10-point rise on the 3,000 figure.",
        [
            ("3,400", 3400, "deaths", "year", None, None),
            ("10", 10, "points", None, None, None),
            ("3,000", 3000, None, None, None, None),
        ],
    ),
    (
        "In 2031 the Tarrow Mill plant, opened in September 2029, paid £9.50 an hour.",
        [("£9.50", 9.5, None, "hour", None, "£")],
    ),
    (
        # a proportion is one share, as a percentage of what it counts, not two counts
        "Officials in Quenby said 1 in 5 children and one in three adults are affected, "
        "and two thirds of voters agree.",
        [
            ("1 in 5", 20, "children", None, None, "%"),
            ("one in three", 33.3, "adults", None, None, "%"),
            ("two thirds", 66.7, "voters", None, None, "%"),
        ],
    ),
    (
        "The death toll rose to 2,031 on Sunday, and the agency deported 300 last week.",
        [("2,031", 2031, "deaths", None, None, None), ("300", 300, "deportations", None, None, None)],
    ),
    (
        "The storm pushed the number of homes flooded to about 640, with 90-mile-per-hour gusts.",
        [("about 640", 640, "homes", None, "about", None), ("90", 90, "miles", "hour", None, None)],
    ),
    (
        "Pellworth Mills laid off 6,000 people and will cut about 11 percent of its workforce.",
        [
            ("6,000", 6000, "layoffs", None, None, None),
            ("about 11 percent", 11, "workforce", None, "about", "%"),
        ],
    ),
    (
        "The firm posted 4,000 sales despite weak quarterly revenue, and 200 orders arrived weekly.",
        [("4,000", 4000, "sales", None, None, None), ("200", 200, "orders", "week", None, None)],
    ),
    (
        "The Harrow party won 44 of 120 seats; the suspect, 23, was held.",
        [
            ("44", 44, "seats", None, None, None),
            ("120", 120, "seats", None, None, None),
            ("23", 23, "age", None, None, None),
        ],
    ),
    (
        "Calloway Freight said revenue was $45.2 billion, or 41.9 billion euros, and 300 dollars a share.",
        [
            ("$45.2 billion", 45_200_000_000, "revenue", None, None, "$"),
            ("41.9 billion", 41_900_000_000, None, None, None, "€"),
            ("300", 300, None, "share", None, "$"),
        ],
    ),
    (
        "Three of the men and 3,000 of its workers left, but one of the officers and 40 of them stayed.",
        [
            ("Three", 3, "men", None, None, None),
            ("3,000", 3000, "workers", None, None, None),
            ("40", 40, None, None, None, None),
        ],
    ),
    (
        "In Marrowgate, turnout reached 61 percent and unemployment held at 3.6 percent, up 0.3% on the month.",
        [
            ("61 percent", 61, "turnout", None, None, "%"),
            ("3.6 percent", 3.6, "unemployment", None, None, "%"),
            ("0.3%", 0.3, None, None, None, "%"),
        ],
    ),
    (
        "The two mayors met the three other envoys; Three major changes and two new rules followed.",
        [("Three", 3, "changes", None, None, None), ("two", 2, "rules", None, None, None)],
    ),
    (
        "About 40% of the vote went to Ferris Hale, and 30% of the population supports the Tarn levy.",
        [("About 40%", 40, "vote", None, "about", "%"), ("30%", 30, "population", None, None, "%")],
    ),
    (
        "Oskar Vell was held on $1 million bail; a $2 billion fund lapsed and $3 billion arrived.",
        [
            ("$1 million", 1e6, "bail", None, None, "$"),
            ("$2 billion", 2e9, "fund", None, None, "$"),
            ("$3 billion", 3e9, None, None, None, "$"),
        ],
    ),
    (
        "Fuel averaged $3.45 a gallon in Brackwater, and a 12-person jury heard the 6-foot-5 witness.",
        [
            ("$3.45", 3.45, None, "gallon", None, "$"),
            ("12", 12, "people", None, None, None),
            ("6", 6, "feet", None, None, None),
        ],
    ),
    # --- second pass: news shapes beyond the seed and flood briefs ---
    (
        "Gov. Ilse Brannoch pledged $45 million in state aid, and damage could top $2 billion.",
        [
            ("$45 million", 4.5e7, "aid", None, None, "$"),
            ("$2 billion", 2e9, "damage", None, None, "$"),
        ],
    ),
    (
        "Analysts estimated damage at $1.2 billion; losses were put at $300 million and repairs will total $80 million.",
        [
            ("$1.2 billion", 1.2e9, "damage", None, None, "$"),
            ("$300 million", 3e8, "losses", None, None, "$"),
            ("$80 million", 8e7, "repairs", None, None, "$"),
        ],
    ),
    (
        "Tarn County set aside $5 million for new roads, $2 million of federal funding and $3 million for the first time.",
        [
            ("$5 million", 5e6, "roads", None, None, "$"),
            ("$2 million", 2e6, "funding", None, None, "$"),
            ("$3 million", 3e6, None, None, None, "$"),
        ],
    ),
    (
        "The fund paid $3 million in Harlow Bay and $4 million for years.",
        [("$3 million", 3e6, None, None, None, "$"), ("$4 million", 4e6, None, None, None, "$")],
    ),
    (
        "More than 15,000 residents have fled their homes, floods forced about 12,000 people from "
        "their homes and storms drove 900 from homes.",
        [
            ("More than 15,000", 15000, "evacuations", None, "more than", None),
            ("about 12,000", 12000, "evacuations", None, "about", None),
            ("900", 900, "evacuations", None, None, None),
        ],
    ),
    (
        "The gunman killed at least 23 people, and officials later gave a death toll of 41.",
        [("at least 23", 23, "deaths", None, "at least", None), ("41", 41, "deaths", None, None, None)],
    ),
    (
        "Unemployment rose to 4.2% and inflation of 3.1 percent hit wages.",
        [("4.2%", 4.2, "unemployment", None, None, "%"), ("3.1 percent", 3.1, "inflation", None, None, "%")],
    ),
    (
        "Holbrook Tooling cut 1,200 jobs and workers demanded $15 an hour.",
        [("1,200", 1200, "jobs", None, None, None), ("$15", 15, None, "hour", None, "$")],
    ),
    (
        "The Sorrel field pumps 2 million barrels a day.",
        [("2 million", 2e6, "barrels", "day", None, None)],
    ),
    (
        "Nearly 1 in 4 adults smoke, and a quarter of voters and two-thirds of the seats changed hands.",
        [
            ("Nearly 1 in 4", 25, "adults", None, "nearly", "%"),
            ("a quarter", 25, "voters", None, None, "%"),
            ("two-thirds", 66.7, "seats", None, None, "%"),
        ],
    ),
    (
        "Insurers reported a 30% increase in claims and a 12% drop in premiums; nearly half of the vote.",
        [
            ("30%", 30, "increase in claims", None, None, "%"),
            ("12%", 12, "drop in premiums", None, None, "%"),
            ("nearly half", 50, "vote", None, "nearly", "%"),
        ],
    ),
    (
        # a change counts its rise or fall, as "a 4.5% rise in wages" does; a level counts the thing
        "Wages rose 4.5% in Dunmere, shares fell by 12%, the jobless rate fell to 3.9% and it rose 4%.",
        [
            ("4.5%", 4.5, "rise in wages", None, None, "%"),
            ("12%", 12, "fall in shares", None, None, "%"),
            ("3.9%", 3.9, "unemployment", None, None, "%"),
            ("4%", 4, None, None, None, "%"),
        ],
    ),
    (
        "Tens of thousands of people marched, and a 50,000-strong crowd filled Verrin Square.",
        [("50,000", 50000, "crowd", None, None, None)],
    ),
    (
        "In the second half of the year, a quarter of a century later, he won a third time and scored 2 in 10 minutes.",
        [],
    ),
    ("One day, one of the clerks said, no one will know.", []),
    ("The third and 21st rounds ran from 10:30 to 11:45 a.m. on 4/12/2030.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_rule(text, expected):
    assert one_line(text) == expected


def test_figure_span_is_text_in_article():
    article = parse_markdown("t", "# Fund Hits €40m\n\nNearly 40,000 “volunteers” — roughly 12% — left.")
    figures = figures_of(article)
    assert [(f.text, f.start, f.end) for f in figures] == [
        ("€40m", 10, 14),
        ("Nearly 40,000", 16, 29),
        ("roughly 12%", 45, 56),
    ]
    for f in figures:
        assert article.text[f.start : f.end] == f.text


def test_key_folds_people_and_changes():
    """Display keeps the article's word; the key makes outlets' wordings meet."""
    residents = _fig("Some 300 residents and 40 inhabitants signed.", "Some 300")
    assert residents.counts == "residents"
    assert figure_key(residents) == ("people", None)
    assert figure_key(_fig("Some 300 residents and 40 inhabitants signed.", "40")) == ("people", None)
    assert figure_key(_fig("About 90 civilians signed.", "About 90")) == ("civilians", None)
    assert figure_key(_fig("Fares saw a 12% rise in fares.", "12%")) == ("increase in fares", None)
    assert figure_key(_fig("Fares saw a 9% jump in fares.", "9%")) == ("increase in fares", None)
    assert figure_key(_fig("Insurers saw a 4% decline in claims.", "4%")) == ("decrease in claims", None)
    assert figure_key(_fig("Wages rose 4.5% in Tarrow.", "4.5%")) == ("increase in wages", None)
    assert figure_key(_fig("Tarrow saw a 4.5% jump in wages.", "4.5%")) == ("increase in wages", None)


HARBOR_FLOOD = ROOT / "tests" / "briefs" / "harbor-flood"


def test_harbor_flood_brief_figures():
    """Three outlets, three house styles: every figure a reader sees, and the keys that group them."""
    brief = load_brief(HARBOR_FLOOD)
    found = {a.id: [(f.text, f.counts, f.qualifier, f.unit) for f in figures_of(a)] for a in brief.articles}
    assert found["wire"] == [
        ("12,000", "evacuations", None, None),
        ("about 12,000", "evacuations", "about", None),
        ("three", "days", None, None),
        ("14", "shelters", None, None),
        ("At least four", "deaths", "at least", None),
        ("more than 300", "rescues", "more than", None),
        ("$45 million", "aid", None, "$"),
        ("9.5", "inches", None, None),
        ("$1.2 billion", "damage", None, "$"),
    ]
    assert found["daily"] == [
        ("More than 15,000", "evacuations", "more than", None),
        ("52", "age of Brennan", None, None),
        ("14", "shelters", None, None),
        ("Three", "deaths", None, None),
        ("$45 million", "aid", None, "$"),
        ("300", "rescues", None, None),
        ("9.5", "inches", None, None),
    ]
    assert found["tabloid"] == [
        ("12,000", "evacuations", None, None),
        ("14", "shelters", None, None),
        ("Four", "deaths", None, None),
        ("$2 billion", "damage", None, "$"),
        ("$40 million", "aid", None, "$"),
    ]


def test_a_percentage_change_by_modal_or_transitive_verb_counts_its_thing():
    a = parse_markdown("a", "# H\n\nThe bill cut non-defense spending by 6 percent, officials said.\n")
    b = parse_markdown("b", "# H\n\nHe said non-defense spending would fall by only 2 percent.\n")
    fa = extract_figures(a, sentences(a))
    fb = extract_figures(b, sentences(b))
    assert [(f.value, f.counts) for f in fa] == [(6, "fall in spending")]
    assert [(f.value, f.counts) for f in fb] == [(2, "fall in spending")]
    assert figure_key(fa[0]) == figure_key(fb[0]) == ("decrease in spending", None)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The measure passed 74-24 on Saturday.", [(74, "74", "votes for"), (24, "24", "votes against")]),
        ("Senators voted 72–26 to approve it.", [(72, "72", "votes for"), (26, "26", "votes against")]),
        ("The home side won 3-1 after extra time.", [(3, "3-1", "score")]),
        ("The 2019-20 season ended early.", []),
    ],
)
def test_vote_tallies_are_two_figures_and_scores_one(sentence, expected):
    article = parse_markdown("t", f"# H\n\n{sentence}\n")
    figures = [
        (f.value, f.text, f.counts) for f in extract_figures(article, sentences(article)) if f.unit == "tally"
    ]
    assert figures == expected


def test_a_profit_forecast_and_a_share_move_in_two_wordings():
    a = parse_markdown(
        "a", "# H\n\nIt lowered its full-year profit forecast to $3.1 billion. Shares fell 8.2% on Tuesday.\n"
    )
    b = parse_markdown(
        "b",
        "# H\n\nThe company cut its annual profit outlook to $3.1 billion. Its stock dropped 9% on the news.\n",
    )
    fa = extract_figures(a, sentences(a))
    fb = extract_figures(b, sentences(b))
    assert [(f.text, f.counts) for f in fa] == [("$3.1 billion", "profit"), ("8.2%", "fall in shares")]
    assert [(f.text, f.counts) for f in fb] == [("$3.1 billion", "profit"), ("9%", "fall in stock")]
    assert figure_key(fa[1]) == figure_key(fb[1]) == ("decrease in shares", None)
