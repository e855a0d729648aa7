"""A synthetic news brief of any size, for benchmarks: many outlets covering one
invented story, so that people, quotes and figures recur across sources (with
some disagreement) and every extractor and the comparer do real work.

Deterministic: the same seed gives the same articles, and source i is the same
whatever the number of sources. Every name, place and number is invented."""

from __future__ import annotations

import random
from pathlib import Path

from tui.brief.articles import parse_markdown
from tui.brief.model import Brief

FIRST = [
    "Alma",
    "Ansel",
    "Bettina",
    "Caspar",
    "Dagny",
    "Edvin",
    "Farida",
    "Gideon",
    "Hanne",
    "Ilias",
    "Jorun",
    "Kasimir",
    "Linnea",
    "Mattias",
    "Nadira",
    "Oskar",
    "Petra",
    "Quill",
    "Runa",
    "Soren",
    "Talia",
    "Ulrik",
    "Vesna",
    "Wendell",
    "Ximena",
    "Yorick",
    "Zelda",
]
LAST = [
    "Abernethy",
    "Brandvold",
    "Castellan",
    "Dunmore",
    "Ellery",
    "Falkner",
    "Grimsby",
    "Halloran",
    "Ingvarsen",
    "Jessup",
    "Kettering",
    "Lindqvist",
    "Marchetti",
    "Norcross",
    "Ostrander",
    "Pellham",
    "Quarrie",
    "Rasmussen",
    "Stellanova",
    "Thorsby",
    "Umberfield",
    "Varga",
    "Whitlock",
    "Yardley",
    "Zanetti",
]
# A title as an appositive ("X, the port commissioner,") and as a prefix ("Commissioner X").
TITLES = [
    ("port commissioner", "Port Commissioner"),
    ("deputy transport minister", "Deputy Transport Minister"),
    ("harbor master", "Harbor Master"),
    ("chief executive of Norvale Freight", "Norvale Freight chief executive"),
    ("union leader", "union leader"),
    ("city council member", "Councillor"),
    ("finance director", "Finance Director"),
    ("senior economist at the Kestrel Institute", "Kestrel Institute economist"),
    ("head of the Coastal Safety Board", "Coastal Safety Board chief"),
    ("mayor", "Mayor"),
    ("regional governor", "Governor"),
    ("spokesperson for the Port Authority", "Port Authority spokesperson"),
]
ORGS = [
    "the Norvale Port Authority",
    "the Department of Coastal Affairs",
    "the Brightwater Council",
    "Norvale Freight",
    "the Kestrel Institute",
    "the Dockworkers Union",
]
ORG_SPEAKERS = ["The Port Authority", "Norvale Freight", "The Dockworkers Union", "The Brightwater Council"]
PLACES = ["Velmora", "Kestrel Bay", "Ostvik", "Marlow Sound", "Haldane", "Port Ellery", "Greywater"]
NOUNS = ["Courier", "Ledger", "Gazette", "Herald", "Examiner", "Tribune", "Observer", "Dispatch"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a dozen"]
QUALIFIERS = ["", "", "", "nearly ", "over ", "about ", "approximately ", "more than ", "at least "]
RATES = {
    "day": ["a day", "per day", "every day", "each day"],
    "week": ["a week", "per week"],
    "year": ["a year", "per year", "annually"],
}

# What the story counts: (counted noun, rate or None, base value, how it is written).
FIGURES = [
    ("containers", "day", 4200, "int"),
    ("inspections", "week", 660, "int"),
    ("jobs", None, 1500, "int"),
    ("passengers", "year", 1_500_000, "million"),
    ("budget", None, 2_300_000_000, "dollars"),
    ("fares", None, 12, "percent"),
    ("ships", "day", 35, "int"),
    ("layoffs", None, 240, "int"),
    ("complaints", "month", 90, "int"),
    ("berths", None, 18, "int"),
]

QUOTE_SUBJECTS = """We|The crews|Our members|People here|Families|The shipping lines|You|My office|Skippers
|The night shift|Dock families|Traders|The ferry staff|Pilots|Our engineers|Taxpayers|The harbor police""".split(
    "|"
)
QUOTE_VERBS = """cannot accept|will not tolerate|have to fix|need to see|will fight|welcome|expected|were promised
|deserve|keep asking for|are tired of|never wanted|will pay for|can live with|warned about|budgeted for""".split(
    "|"
)
QUOTE_ADJECTIVES = """endless|honest|serious|broken|rushed|quiet|decent|costly|reckless|overdue|fair|vague
|sudden|careful|secret|cheap|hidden|tired|modern|noisy|empty|urgent|shameful|patient|clumsy|bold|narrow
|generous|fragile|stubborn""".split("|")
QUOTE_NOUNS = """delays|answers|investment|promises|timetables|contracts|repairs|inspections|meetings
|cutbacks|wages|schedules|audits|warnings|deals|shortcuts|excuses|plans|surveys|cranes|tariffs|pensions
|permits|tenders|bonuses|overtime|pontoons|moorings|ledgers|rotas|refits|loans|subsidies|trucks|lockers
|radios|gangways|fences|ballots|apologies""".split("|")
QUOTE_TAILS = """at the terminals|for the dock crews|from the ministry|on the east quay|in this harbor
|before the winter|after the storm|for the ferries|from the council|at the container yard|on the night shift
|for the pilots|in the budget|from the port board|on the waterfront|by next spring|across the estuary
|under this mayor|at every berth|for the tug crews|near the lighthouse|in the dry dock|for the fishing fleet
|behind closed doors|since the merger|at the north gate|for the night ferries|in the fuel depot""".split("|")
FILLER = [
    "The decision drew criticism from residents of {place}, who said they had not been consulted.",
    "Shipping lines have warned for months that the terminals were running out of room.",
    "Talks between the two sides broke down last autumn and resumed only in {month}.",
    "Local businesses said the uncertainty had already cost them customers.",
    "The proposal still needs the approval of {org}, which meets again on {weekday}.",
    "Critics argue the timetable is unrealistic given the state of the harbor walls.",
    "Several ferries were diverted to {place} while the inspections took place.",
    "The harbor has been a source of tension between the city and the region since {year}.",
]


def _fmt_int(n: int) -> str:
    return f"{n:,}"


class _Writer:
    """Writes one article about the shared story from one outlet's point of view."""

    def __init__(self, rng: random.Random, cast: list[tuple[str, tuple[str, str]]]) -> None:
        self.rng = rng
        self.cast = cast
        self.named: set[str] = set()

    def person(self) -> tuple[str, tuple[str, str]]:
        return self.rng.choice(self.cast)

    def name_ref(self, name: str, title: tuple[str, str], appositive: bool = True) -> str:
        """First mention: full name with a title; later: surname only. One outlet in
        ten gives a person another title, as outlets do."""
        if name in self.named:
            return name.split()[-1]
        self.named.add(name)
        if self.rng.random() < 0.1:
            title = self.rng.choice(TITLES)
        if appositive and self.rng.random() < 0.5:
            return f"{name}, the {title[0]},"
        return f"{title[1]} {name}"

    def figure(self) -> str:
        counts, per, base, style = self.rng.choice(FIGURES)
        value = base if self.rng.random() < 0.75 else int(base * self.rng.choice([0.5, 0.8, 1.25, 2]))
        q = self.rng.choice(QUALIFIERS)
        rate = f" {self.rng.choice(RATES.get(per, ['a month']))}" if per else ""
        if style == "million":
            return f"{q}{value / 1_000_000:.1f} million {counts}{rate}"
        if style == "dollars":
            return f"a {counts} of {q}${value / 1_000_000_000:.1f} billion"
        if style == "percent":
            return (
                f"a {value}% rise in {counts}" if self.rng.random() < 0.5 else f"{counts} up {value} percent"
            )
        return f"{q}{_fmt_int(value)} {counts}{rate}"

    def quote(self, speaker: str) -> str:
        """One of the few things this speaker says, in every outlet that quotes them:
        real coverage repeats a quote with its speaker, it does not reshuffle them."""
        return self.rng.choice(_lines(speaker))

    def sentence(self) -> str:
        r = self.rng
        name, title = self.person()
        shape = r.randrange(12)
        if shape == 0:
            return f"“{self.quote(name)},” said {self.name_ref(name, title, False)}."
        if shape == 1:
            ref = self.name_ref(name, title, False)
            first, second = self.quote(name), self.quote(name)
            return f"“{first}, and {second[0].lower()}{second[1:]},” {ref} said."
        if shape == 2:
            return f"{self.name_ref(name, title)} told reporters: “{self.quote(name)}.”"
        if shape == 3:
            org = r.choice(ORG_SPEAKERS)
            return f"{org} said in a statement: “{self.quote(org)}.”"
        if shape == 4:
            org = r.choice(ORGS)
            return f"{org[0].upper()}{org[1:]} reported {self.figure()} in {r.choice(MONTHS)}."
        if shape == 5:
            return f"{self.name_ref(name, title)} said the plan would bring {self.figure()} by {r.randint(2031, 2036)}."
        if shape == 6:
            return f"Officials expect {r.choice(NUMBER_WORDS)} new cranes and {self.figure()}, {r.choice(ORGS)} said."
        if shape == 7:
            other, other_title = self.person()
            return (
                f"On {r.choice(WEEKDAYS)}, {self.name_ref(name, title, False)} met "
                f"{self.name_ref(other, other_title)} to discuss the dispute."
            )
        if shape == 8:
            times = r.choice(NUMBER_WORDS[:5])
            return f"That is nearly {times} times the level of {r.randint(2024, 2029)}, compared with {self.figure()} then."
        if shape == 9:
            return f"{self.name_ref(name, title, False)} has said {self.figure()} would not be enough."
        return r.choice(FILLER).format(
            place=r.choice(PLACES),
            month=r.choice(MONTHS),
            org=r.choice(ORGS),
            weekday=r.choice(WEEKDAYS),
            year=r.randint(2011, 2029),
        )


def _lines(speaker: str, n: int = 4) -> list[str]:
    rng = random.Random(f"lines-{speaker}")
    return [
        f"{rng.choice(QUOTE_SUBJECTS).strip()} {rng.choice(QUOTE_VERBS).strip()} "
        f"{rng.choice(QUOTE_ADJECTIVES).strip()} {rng.choice(QUOTE_NOUNS).strip()} {rng.choice(QUOTE_TAILS).strip()}"
        for _ in range(n)
    ]


def _cast(seed: int, size: int = 24) -> list[tuple[str, tuple[str, str]]]:
    """The story's people, shared by every source (each outlet picks its own).
    Surnames are unique, so a later "Thorsby said" can only mean one person."""
    rng = random.Random(f"cast-{seed}")
    names = [f"{rng.choice(FIRST)} {last}" for last in rng.sample(LAST, min(size, len(LAST)))]
    return [(n, rng.choice(TITLES)) for n in names]


def outlet_name(i: int, seed: int = 0) -> str:
    rng = random.Random(f"outlet-{seed}-{i}")
    return f"{rng.choice(PLACES)} {rng.choice(NOUNS)}"


def article_markdown(i: int, words: int = 800, seed: int = 0) -> str:
    """Source i as markdown: headline, sometimes a captioned photo and a key-points
    list, then paragraphs of three to six sentences until about `words` words."""
    rng = random.Random(f"article-{seed}-{i}")
    cast = _cast(seed)
    mine = rng.sample(cast, rng.randint(8, 14))
    w = _Writer(rng, mine)
    place = rng.choice(PLACES)
    parts = [f"# {rng.choice(['Harbor', 'Port', 'Dock'])} Dispute Deepens in {place} as Delays Mount"]
    if rng.random() < 0.4:
        parts.append(f"![Cranes at the terminal]({place.lower().replace(' ', '-')}.jpg)")
        parts.append(f"*Photo: cranes at the {place} terminal in {rng.randint(2015, 2029)}.*")
    lead = f"{w.name_ref(*w.person())} said on {rng.choice(WEEKDAYS)} that {w.figure()} had been lost to the dispute."
    parts.append(lead)
    if rng.random() < 0.5:
        parts.append("## Key takeaways")
        parts.append("\n".join(f"- {w.sentence().rstrip('.')}" for _ in range(rng.randint(3, 5))))
    count = sum(len(p.split()) for p in parts)
    while count < words:
        para = " ".join(w.sentence() for _ in range(rng.randint(3, 6)))
        if rng.random() < 0.1:
            parts.append(f"## {rng.choice(['What happens next', 'The numbers', 'Reaction', 'Background'])}")
        parts.append(para)
        count += len(para.split())
    return "\n\n".join(parts) + "\n"


def make_brief(sources: int = 200, words: int = 800, seed: int = 0) -> Brief:
    """The corpus in memory, parsed exactly as the loader parses markdown."""
    articles = []
    for i in range(sources):
        a = parse_markdown(f"s{i + 1:03d}", article_markdown(i, words, seed))
        a.outlet = outlet_name(i, seed)
        a.url = f"https://news{i + 1}.example/harbor-dispute"
        a.published = f"2031-0{1 + i % 9}-{10 + i % 18:02d}"
        articles.append(a)
    return Brief(
        title=f"Harbor dispute ({sources} synthetic sources)",
        articles=articles,
        summary="A synthetic brief for benchmarks: every name and number is invented.",
    )


def write_brief(folder: Path, sources: int = 20, words: int = 800, seed: int = 0) -> Path:
    """The corpus as a brief folder on disk (brief.yaml + sources/*.md), for
    benchmarks that start from files, like the UI's."""
    folder = Path(folder)
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    lines = [f"title: Harbor dispute ({sources} synthetic sources)", "sources:"]
    for i in range(sources):
        sid = f"s{i + 1:03d}"
        (folder / "sources" / f"{sid}.md").write_text(article_markdown(i, words, seed), encoding="utf-8")
        lines += [
            f"  - id: {sid}",
            f"    file: sources/{sid}.md",
            f"    outlet: {outlet_name(i, seed)}",
            f"    url: https://news{i + 1}.example/harbor-dispute",
            f"    published: 2031-0{1 + i % 9}-{10 + i % 18:02d}",
        ]
    (folder / "brief.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def real_articles(corpus: Path) -> list[Path]:
    """The article files of a folder of real briefs (one folder per story), in order."""
    suffixes = (".md", ".markdown", ".txt")
    return sorted(p for p in Path(corpus).glob("*/*") if p.suffix.lower() in suffixes and p.is_file())


def write_cycled(folder: Path, articles: list[Path], count: int) -> Path:
    """A zero-config brief folder of `count` articles: the given files over and over,
    each copy under its own name (a000123-story-outlet.md), as a user's folder would be."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        source = articles[i % len(articles)]
        name = f"a{i:06d}-{source.parent.name}-{source.stem}{source.suffix}"
        (folder / name).write_bytes(source.read_bytes())
    return folder


def write_synthetic_articles(folder: Path, count: int, words: int = 800, seed: int = 0) -> Path:
    """The synthetic corpus as a zero-config folder (when no real corpus is at hand)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"s{i + 1:06d}.md").write_text(article_markdown(i, words, seed), encoding="utf-8")
    return folder


if __name__ == "__main__":
    print(article_markdown(0))
