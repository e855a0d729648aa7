"""The review model and its file: where it lives, marks and notes kept across
re-analysis, stale verdicts, counts, saving atomically and merging with another window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis import analyze
from tui.brief.bundled import default_brief_path
from tui.brief.load import load_brief
from tui.brief.model import Brief
from tui.review import Mark, Review, ReviewError, findings
from tui.review.model import clean_note
from tui.review.store import review_path, stored_path

BRIEFS = Path(__file__).parent / "briefs"


def copy_brief(tmp_path: Path, name: str = "harbor-flood") -> Path:
    """A copy of one of tests/briefs (harbor-flood is curated, senate-vote zero-config)."""
    folder = tmp_path / name
    shutil.copytree(BRIEFS / name, folder)
    return folder


def analysed(folder: Path | list[Path]):
    brief = load_brief(folder if isinstance(folder, list) else [folder])
    return brief, analyze(brief)


def by_subject(analysis, group: str, subject: str):
    return next(f for f in findings(analysis) if f.group == group and f.subject == subject)


def data_home(monkeypatch, tmp_path) -> Path:
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


# --- where the file lives ---------------------------------------------------------


def test_a_curated_brief_keeps_review_yaml_beside_brief_yaml(tmp_path):
    folder = copy_brief(tmp_path)
    brief, _ = analysed(folder)
    assert review_path(brief) == folder / "review.yaml"
    assert Review.load(brief).path == folder / "review.yaml"


def test_a_zero_config_folder_keeps_its_review_in_the_data_folder(tmp_path, monkeypatch):
    home = data_home(monkeypatch, tmp_path)
    folder = copy_brief(tmp_path, "senate-vote")
    brief, analysis = analysed(folder)
    review = Review.load(brief)
    assert review.path.parent == home / "newsbrief" / "reviews"
    assert review.path.name.startswith("senate-vote-") and review.path.suffix == ".yaml"
    review.mark(findings(analysis)[0], "confirmed")
    review.save()
    assert sorted(p.name for p in folder.iterdir()) == ["dispatch.md", "ledger.md"]  # nothing added
    saved = yaml.safe_load(review.path.read_text(encoding="utf-8"))
    assert saved["brief"] == str(folder.resolve())  # the key, for a person reading the file
    # Loose files from that folder are the same brief: the same review.
    loose, _ = analysed([folder / "ledger.md", folder / "dispatch.md"])
    assert Review.load(loose).path == review.path
    assert Review.load(loose).verdict_of(findings(analysis)[0]) == "confirmed"


def test_two_zero_config_folders_of_one_name_keep_two_reviews(tmp_path):
    a = copy_brief(tmp_path / "a", "senate-vote")
    b = copy_brief(tmp_path / "b", "senate-vote")
    assert stored_path(a) != stored_path(b)
    assert stored_path(a) == stored_path(a / ".." / "senate-vote" / ".")  # keyed by the resolved path
    assert stored_path(a) == stored_path(Path(str(a) + "/"))


def test_the_bundled_brief_is_never_written_to(tmp_path, monkeypatch):
    home = data_home(monkeypatch, tmp_path)
    brief = load_brief([default_brief_path()])
    assert review_path(brief).is_relative_to(home)


def test_review_yaml_that_is_an_article_or_a_link_to_one_moves_to_the_data_folder(tmp_path, monkeypatch):
    home = data_home(monkeypatch, tmp_path)
    folder = copy_brief(tmp_path)
    (folder / "review.yaml").symlink_to(folder / "sources" / "wire.md")
    brief, _ = analysed(folder)
    assert review_path(brief).is_relative_to(home)
    (folder / "review.yaml").unlink()
    (folder / "review.yaml").symlink_to(folder / "brief.yaml")
    assert review_path(brief).is_relative_to(home)
    (folder / "review.yaml").unlink()
    (folder / "sources" / "wire.md").rename(folder / "review.yaml")  # a source named review.yaml
    spec = (folder / "brief.yaml").read_text(encoding="utf-8").replace("sources/wire.md", "review.yaml")
    (folder / "brief.yaml").write_text(spec, encoding="utf-8")
    brief, _ = analysed(folder)
    assert review_path(brief).is_relative_to(home)


def test_a_brief_built_in_memory_has_a_review_that_cannot_be_kept(analysis):
    review = Review.load(analysis.brief)
    assert review.path is None and review.usable
    review.mark("figure-0123456789", "confirmed")
    with pytest.raises(ReviewError, match="no folder"):
        review.save()


# --- marks, notes, saving ------------------------------------------------------------


def test_mark_note_save_and_reopen(tmp_path):
    folder = copy_brief(tmp_path)
    brief, analysis = analysed(folder)
    review = Review.load(brief)
    assert not review.exists and review.counts(analysis).reviewed == 0
    evacuations = by_subject(analysis, "discrepancy", "evacuations")
    deaths = by_subject(analysis, "discrepancy", "deaths")
    shelters = by_subject(analysis, "agreement", "14 shelters")
    review.mark(evacuations, "confirmed")
    review.note(evacuations, "The county's release says 12,000.\nThe Daily counts evacuees twice.")
    review.mark(deaths, "follow_up")
    review.mark(shelters, "dismissed")
    assert review.save() is True
    assert review.save() is False  # nothing changed since

    again = Review.load(load_brief([folder]))
    reanalysed = analyze(load_brief([folder]))
    assert again.exists and again.problems == [] and again.warnings == []
    assert again.verdict_of(evacuations.id) == "confirmed"
    assert (
        again.note_of(evacuations.id) == "The county's release says 12,000.\nThe Daily counts evacuees twice."
    )
    assert again.verdict_of(by_subject(reanalysed, "discrepancy", "deaths")) == "follow_up"
    assert again.mark_of(shelters.id) == Mark("dismissed", "", "agreement, figure: 14 shelters")
    counts = again.counts(reanalysed)
    assert (counts.reviewed, counts.total, counts.stale) == (3, len(findings(reanalysed)), 0)
    assert counts.by_verdict == {"confirmed": 1, "follow_up": 1, "dismissed": 1}
    assert str(counts) == f"3/{counts.total} reviewed"
    groups = again.by_verdict(reanalysed)
    assert [f.id for f in groups["confirmed"]] == [evacuations.id]
    assert len(groups[None]) == counts.total - 3


def test_the_file_is_readable_yaml_in_id_order(tmp_path):
    folder = copy_brief(tmp_path)
    brief, analysis = analysed(folder)
    review = Review.load(brief)
    for f in reversed(findings(analysis)[:3]):
        review.mark(f, "dismissed")
    review.note(findings(analysis)[0], "two\nlines")
    review.save()
    text = review.path.read_text(encoding="utf-8")
    assert text.startswith("# newsbrief's review of a brief")
    data = yaml.safe_load(text)
    assert data["version"] == 1 and data["title"] == "Flooding in Port Caldera (synthetic)"
    assert "brief" not in data  # beside brief.yaml, the file needs no key
    assert list(data["findings"]) == sorted(f.id for f in findings(analysis)[:3])
    assert "note: |-\n      two\n      lines\n" in text  # a literal block, editable by hand


def test_clearing_a_verdict_keeps_the_note_and_clearing_both_drops_the_entry(tmp_path):
    folder = copy_brief(tmp_path)
    brief, analysis = analysed(folder)
    first = findings(analysis)[0]
    review = Review.load(brief)
    review.mark(first, "confirmed")
    review.note(first, "check")
    review.mark(first, None)
    review.save()
    assert Review.load(brief).mark_of(first) == Mark(None, "check", "figure: evacuations")
    review.note(first, "  \n")
    review.save()
    assert Review.load(brief).marks == {}
    assert yaml.safe_load(review.path.read_text(encoding="utf-8"))["findings"] == {}


def test_viewing_never_creates_the_file(tmp_path):
    folder = copy_brief(tmp_path)
    brief, analysis = analysed(folder)
    review = Review.load(brief)
    review.counts(analysis), review.stale(analysis), review.by_verdict(analysis)
    assert review.save() is False
    assert not (folder / "review.yaml").exists()


def test_two_windows_on_one_brief_keep_each_others_verdicts(tmp_path):
    """Each browser tab of `newsbrief serve` runs its own app: saves merge by finding."""
    folder = copy_brief(tmp_path)
    brief, analysis = analysed(folder)
    a, b, c = findings(analysis)[:3]
    left, right = Review.load(brief), Review.load(brief)
    left.mark(a, "confirmed")
    left.save()
    right.mark(b, "dismissed")
    right.save()
    left.mark(c, "follow_up")
    left.mark(a, None)
    left.save()
    final = Review.load(brief)
    assert {fid: m.verdict for fid, m in final.marks.items()} == {b.id: "dismissed", c.id: "follow_up"}
    assert left.verdict_of(b) == "dismissed"  # a save brings in what the other window saved


def test_bad_calls_are_programming_errors(tmp_path):
    folder = copy_brief(tmp_path)
    review = Review.load(load_brief([folder]))
    with pytest.raises(ValueError, match="verdict must be one of"):
        review.mark("figure-0123456789", "true")
    with pytest.raises(ValueError, match="not a finding id"):
        review.mark("", "confirmed")


def test_a_save_that_cannot_write_is_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = copy_brief(tmp_path)
    brief, analysis = analysed(folder)
    review = Review.load(brief)
    review.mark(findings(analysis)[0], "confirmed")
    (folder / "review.yaml").mkdir()  # made since the review was read
    with pytest.raises(ReviewError) as err:
        review.save()
    assert str(err.value) == (
        "harbor-flood/review.yaml: error: is a folder, not a file (changed since it was read; not saving over it)"
    )
    (folder / "review.yaml").rmdir()
    review.note(findings(analysis)[0], "x" * (3 * 1024 * 1024))
    with pytest.raises(ReviewError) as err:
        review.save()
    assert str(err.value) == (
        "harbor-flood/review.yaml: error: the review would be over 2 MiB; not saved (shorten the notes)"
    )
    assert not (folder / "review.yaml").exists()


# --- re-analysis and stale verdicts --------------------------------------------------------


def test_ids_survive_reanalysis_and_an_edit_elsewhere(tmp_path):
    folder = copy_brief(tmp_path)
    _, before = analysed(folder)
    _, again = analysed(folder)
    assert [f.id for f in findings(before)] == [f.id for f in findings(again)]
    wire = folder / "sources" / "wire.md"
    wire.write_text(
        wire.read_text(encoding="utf-8") + "\nThe rain eased by Friday morning, residents said.\n"
    )
    _, edited = analysed(folder)
    assert {f.id for f in findings(edited)} == {f.id for f in findings(before)}


def confirm_deaths(folder: Path, note: str):
    """harbor-flood's discrepancy on the death toll, confirmed with a note and saved."""
    brief, analysis = analysed(folder)
    deaths = by_subject(analysis, "discrepancy", "deaths")
    review = Review.load(brief)
    review.mark(deaths, "confirmed")
    review.note(deaths, note)
    review.save()
    return review, analysis, deaths


def daily_agrees_on_deaths(folder: Path) -> None:
    """Edit the Daily so it gives the others' death toll: that discrepancy disappears."""
    daily = folder / "sources" / "daily.md"
    text = daily.read_text(encoding="utf-8")
    daily.write_text(text.replace("Three people have died", "Four people have died"), encoding="utf-8")


def test_a_verdict_whose_finding_disappears_is_kept_as_stale(tmp_path):
    folder = copy_brief(tmp_path)
    _, _, deaths = confirm_deaths(folder, "Coroner confirmed four.")
    daily_agrees_on_deaths(folder)
    brief, edited = analysed(folder)
    assert deaths.id not in {f.id for f in findings(edited)}
    review = Review.load(brief)
    [stale] = review.stale(edited)
    assert stale.id == deaths.id
    assert stale.mark == Mark("confirmed", "Coroner confirmed four.", "figure: deaths")
    assert review.counts(edited).stale == 1 and review.counts(edited).reviewed == 0
    other = findings(edited)[0]
    review.mark(other, "dismissed")
    review.save()  # saving keeps the stale verdict
    assert Review.load(brief).mark_of(deaths.id) == stale.mark


# --- notes ------------------------------------------------------------------------------


def test_notes_are_cleaned_of_control_characters_and_stray_space():
    assert clean_note("  first\r\nsecond  \rthird\x1b[31m\x07\n\n") == "  first\nsecond\nthird[31m"
    assert clean_note(None) == "" and clean_note("\n\n") == ""
    assert clean_note("tab\tkept") == "tab\tkept"


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_any_note_reads_back_as_it_was_kept(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("notes")
    brief = Brief(title="t", articles=[], path=folder)
    (folder / "brief.yaml").write_text("sources: [a.md]\n", encoding="utf-8")
    review = Review.load(brief)
    review.mark("figure-0123456789", "follow_up")
    review.note("figure-0123456789", text)
    review.save()
    assert Review.load(brief).note_of("figure-0123456789") == clean_note(text)
