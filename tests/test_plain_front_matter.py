"""Front matter of plain `key: value` lines is read without the YAML parser, to exactly
what the parser gives; anything else is left to the parser."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.brief.load import load_brief
from tui.brief.new_source import front_matter
from tui.brief.plain_front_matter import plain_front_matter
from tui.cli import main


def test_the_lines_newsbrief_new_writes_are_read_as_yaml_reads_them():
    text = front_matter(
        {
            "outlet": "The Harbour Gazette",
            "author": "Ana O'Neill",
            "published": dt.date(2024, 3, 5),
            "url": "https://example.org/news/2024/03/05/port-vote?ref=rss#top",
        }
    )[4:-5]  # between the "---" lines
    data = plain_front_matter(text)
    assert data == {
        "outlet": "The Harbour Gazette",
        "author": "Ana O'Neill",
        "published": dt.date(2024, 3, 5),
        "url": "https://example.org/news/2024/03/05/port-vote?ref=rss#top",
    }
    assert data == yaml.safe_load(text)


def test_quoted_values_empty_values_and_a_key_given_twice():
    text = 'outlet: "Fox News"\nheadline: \'A "quoted" word\'\nauthor:\n\noutlet: "Gazette"\n'
    assert plain_front_matter(text) == {"outlet": "Gazette", "headline": 'A "quoted" word', "author": None}
    assert plain_front_matter(text) == yaml.safe_load(text)


def test_what_yaml_reads_otherwise_is_left_to_the_yaml_parser():
    for line in (
        "partial: true",  # a boolean
        "outlet: null",
        "count: 12",  # a number
        "published: 2024-03-05 10:30",  # a timestamp
        "published: 2024-13-45",  # no such date: the parser's error
        "outlet: Fox # a comment",
        "outlet: a: b",  # a mapping in a value
        "outlet: &anchor Fox",  # an indicator first
        'headline: "an \\"escaped\\" quote"',
        "headline: 'it''s'",
        "# a comment",
        "tags:\n  - one",  # a list, indented
        "on: Fox",  # a key YAML reads as a boolean
        "outlet: Élysée Matin",  # a first letter this reader does not vouch for
        "outlet:Fox",
    ):
        assert plain_front_matter(line) is None, line
    assert plain_front_matter("") is None and plain_front_matter("\n\n") is None


KEYS = st.sampled_from(["outlet", "url", "published", "author", "headline", "partial", "on", "x_1", "Yes"])
VALUES = st.one_of(
    st.text(alphabet="abAB :#'\"\\-&*!|>%@`,[]{}?./0123456789é\u2028", max_size=14),
    st.sampled_from(
        ["true", "no", "null", "~", "2024-03-05", "2024-02-30", "12", "1e3", ".inf", "a: b", "x #y"]
    ),
    st.builds(lambda v: f'"{v}"', st.text(alphabet="ab '\"\\#:", max_size=8)),
    st.builds(lambda v: f"'{v}'", st.text(alphabet="ab '\"#:", max_size=8)),
)
LINES = st.lists(st.builds(lambda k, v: f"{k}: {v}".rstrip(), KEYS, VALUES), max_size=5)


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_whatever_it_reads_is_what_yaml_reads(lines):
    text = "\n".join(lines)
    data = plain_front_matter(text)
    if data is not None:
        assert data == yaml.safe_load(text)


def _folder(tmp_path: Path, front: str) -> Path:
    folder = tmp_path / "brief"
    folder.mkdir()
    body = "# Port vote\n\nThe harbour board voted on Monday to fund the dredging of the port channel.\n"
    (folder / "a.md").write_text(f"---\n{front}\n---\n\n{body}", encoding="utf-8")
    (folder / "b.md").write_text(body.replace("Monday", "Tuesday"), encoding="utf-8")
    return folder


def test_a_folder_of_plain_front_matter_loads_without_importing_yaml(tmp_path):
    folder = _folder(tmp_path, 'outlet: "Gazette"\npublished: 2024-03-05\nauthor: Ana Ruiz')
    probe = (  # a fresh interpreter: this one has imported PyYAML already
        "import sys; from pathlib import Path; from tui.brief.load import load_brief; "
        f"b = load_brief([Path({str(folder)!r})]); "
        "a = next(x for x in b.articles if x.path.name == 'a.md'); "
        "print('yaml' in sys.modules, a.outlet, a.published, a.author)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False Gazette 2024-03-05 Ana Ruiz"


def test_front_matter_the_parser_reads_still_loads(tmp_path):
    folder = _folder(tmp_path, "outlet: Gazette # the daily\npartial: true\npublished: '2024-03-05'")
    a = next(x for x in load_brief([folder]).articles if x.path.name == "a.md")
    assert (a.outlet, a.partial, a.published) == ("Gazette", True, "2024-03-05")


def test_an_impossible_date_is_one_clear_error_not_a_traceback(tmp_path, capsys):
    folder = _folder(tmp_path, "outlet: Gazette\npublished: 2024-13-45")
    assert main(["check", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "a.md:3: error: invalid YAML value: month must be in 1..12" in out + err


def test_an_impossible_date_in_brief_yaml_is_one_clear_error_with_its_line(tmp_path, capsys):
    folder = _folder(tmp_path, "outlet: Gazette")
    (folder / "brief.yaml").write_text("title: Port vote\ndate: 2024-02-30\nsources: [a.md, b.md]\n")
    assert main(["analyze", str(folder)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip().splitlines() == [
        f"newsbrief: {folder / 'brief.yaml'}:2: error: invalid YAML value: day is out of range for month"
    ]
