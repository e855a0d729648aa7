"""Dates: what a reader sees in the dates list, with the ISO form the comparer uses."""

from pathlib import Path

import pytest

from tui.analysis.extract.dates import extract_dates
from tui.analysis.text import sentences
from tui.brief.articles import parse_markdown
from tui.brief.load import load_brief

ROOT = Path(__file__).parent.parent
SEED = ROOT / "content" / "ice-leadership-shakeup"
ARTICLES = Path(__file__).parent / "articles"


def dates_of(article):
    return extract_dates(article, sentences(article))


def rows(dates):
    return [(d.text, d.year, d.iso, d.in_caption) for d in dates]


def one_line(text):
    return [(d.text, d.year, d.iso) for d in dates_of(parse_markdown("t", "# A headline\n\n" + text))]


@pytest.fixture(scope="module")
def seed():
    return {a.id: a for a in load_brief(SEED).articles}


def test_seed_caption_date(seed):
    article = seed["crackdown-stuns"]
    dates = dates_of(article)
    assert rows(dates) == [("SEPTEMBER 22, 2016", 2016, "2016-09-22", True)]
    (d,) = dates
    assert d.source == "crackdown-stuns"
    assert d.start == article.text.index("SEPTEMBER 22, 2016: Donald Trump")
    assert article.text[d.start : d.end] == "SEPTEMBER 22, 2016"


def test_seed_weekdays(seed):
    article = seed["trump-boots-ice"]
    dates = dates_of(article)
    assert rows(dates) == [("Thursday", None, None, False), ("Thursday", None, None, False)]
    assert [d.start for d in dates] == [
        article.text.index("Thursday, announcing"),
        article.text.index("Thursday’s personnel"),
    ]


def test_synthetic_articles():
    brief = load_brief([ARTICLES / "figures_flood_a.md", ARTICLES / "figures_flood_b.md"])
    a, b = brief.articles
    assert rows(dates_of(a)) == [
        ("MARCH 14, 2029", 2029, "2029-03-14", True),
        ("Tuesday", None, None, False),
        ("2031", 2031, "2031", False),
        ("Friday", None, None, False),
        ("1990s", 1990, None, False),
    ]
    assert rows(dates_of(b)) == [
        ("1 April 2031", 2031, "2031-04-01", False),
        ("March 2030", 2030, "2030-03", False),
        ("7 p.m.", None, None, False),
        ("2031", 2031, "2031", False),
    ]
    for article in (a, b):
        for d in dates_of(article):
            assert article.text[d.start : d.end] == d.text


CASES = [
    (
        "The deal was signed on Sept. 22, 2030, ratified 22 September 2030 and logged as 2030-09-22.",
        [
            ("Sept. 22, 2030", 2030, "2030-09-22"),
            ("22 September 2030", 2030, "2030-09-22"),
            ("2030-09-22", 2030, "2030-09-22"),
        ],
    ),
    (
        "Talks began in March 2029, stalled in May and resumed on Thursday, March 5.",
        [
            ("March 2029", 2029, "2029-03"),
            ("May", None, None),
            ("Thursday", None, None),
            ("March 5", None, None),
        ],
    ),
    (
        "Since 2027 the firm has grown; in the 1990s it was tiny, and by 1865 the mill was gone.",
        [("2027", 2027, "2027"), ("1990s", 1990, None), ("1865", 1865, "1865")],
    ),
    (
        "Meetings at 9:30 a.m. and 4 PM were moved to Monday.",
        [("9:30 a.m.", None, None), ("4 PM", None, None), ("Monday", None, None)],
    ),
    (
        # a count, an address, a room and a number are not years
        "The 2032 elections and 2000 workers at 1600 Larkspur Avenue, Room 2031, No. 1999.",
        [("2032", 2032, "2032")],
    ),
    (
        "She may march in mid-April, or last June, early next week, yesterday.",
        [("April", None, None), ("June", None, None)],
    ),
    (
        "Jan Brewer and Mar Okafor met on Dec 3rd 2030 and on the 3rd of May 2030, then 4/12/2030.",
        [
            ("Dec 3rd 2030", 2030, "2030-12-03"),
            ("3rd of May 2030", 2030, "2030-05-03"),
            ("4/12/2030", 2030, "2030-04-12"),
        ],
    ),
    ("Some 3,000 people and 1,800 cars; the March for Fairness drew crowds.", []),
    (
        # each form a number token can start, after the cheap pre-check that skips counts
        "Doors open at 3pm on 22nd May and at 11 a.m. on 5 March, with 12 March 2030 and 07/04/2030 too.",
        [
            ("3pm", None, None),
            ("22nd May", None, None),
            ("11 a.m.", None, None),
            ("5 March", None, None),
            ("12 March 2030", 2030, "2030-03-12"),
            ("07/04/2030", 2030, "2030-07-04"),
        ],
    ),
    (
        "The 2,030 workers, 25 marchers, 1.5 hours, 10:30, 31 May and the 31st of December.",
        [("31 May", None, None), ("31st of December", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_rule(text, expected):
    assert one_line(text) == expected
