"""The review workflow in the app, through Pilot on a copy of a curated brief: marks
and notes kept across quitting, stale verdicts after an article edit, the unreviewed
filter, a hostile review.yaml, the export, and no write to the user's own files."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from test_app_keys import SIZE, ready
from test_desktop_app import suspended  # noqa: F401 - a fixture

from tui.app.app import NewsbriefApp
from tui.app.screens.note import NoteScreen
from tui.app.verdict_marks import CONFIRMED, DISMISSED, FOLLOW_UP, VERDICT_SYMBOLS
from tui.app.view_model import DISCREPANCIES, Group
from tui.review import model

BRIEFS = Path(__file__).parent / "briefs"
EVACUATIONS = "figure-5a53a9583f"  # the first discrepancy of harbor-flood (high, figure)
DEATHS = "figure-9a31b91da1"  # the second; gone once the daily says "at least four" too
TOTAL = 19  # harbor-flood's findings: 6 discrepancies, 6 agreements, 7 only-here items


def copy_brief(tmp_path: Path) -> Path:
    folder = tmp_path / "harbor-flood"
    shutil.copytree(BRIEFS / "harbor-flood", folder)
    return folder


def lines(screen) -> list[str]:
    """The list as painted: each row's text, and the heading and stale lines after them."""
    table = screen.active_table
    out = []
    for entry in table.entries:
        out.append(entry.title if isinstance(entry, Group) else table.row_text(entry).plain.rstrip())
    return out


def row_line(screen, subject: str) -> str:
    table = screen.active_table
    row = next(r for r in table.rows_in_order if r.title == subject)
    return table.row_text(row).plain.rstrip()


def title(screen) -> str:
    return screen.query_one("#title").plain


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


def saved(folder: Path) -> dict:
    return yaml.safe_load((folder / "review.yaml").read_text(encoding="utf-8"))["findings"]


def user_files(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of the brief but its review: bytes and modification time."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "review.yaml"
    }


async def type_note(pilot, text: str) -> None:
    await pilot.press("i")
    await pilot.pause()
    assert isinstance(pilot.app.screen, NoteScreen)
    await pilot.press(*text, "enter")
    await pilot.pause()


def test_the_verdict_words_are_the_review_models():
    assert (CONFIRMED, FOLLOW_UP, DISMISSED) == model.VERDICTS
    assert len(set(VERDICT_SYMBOLS.values())) == 3


async def test_mark_and_note_survive_quitting_and_reopening(tmp_path):
    folder = copy_brief(tmp_path)
    app = NewsbriefApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert title(screen).endswith(f"0/{TOTAL} reviewed")
        assert row_line(screen, "evacuations").startswith("  ▲")  # unreviewed: an empty cell
        await pilot.press("n", "x")
        await type_note(pilot, "Call the county")
        assert row_line(screen, "evacuations").startswith("✔ ▲")
        assert "✔ Verdict: confirmed\nNote: Call the county\n" in screen.detail.plain
        assert title(screen).endswith(f"1/{TOTAL} reviewed")
        assert f"Verdicts are kept in {folder / 'review.yaml'}" in messages(app)
        await pilot.press("q")
    assert saved(folder) == {
        EVACUATIONS: {"verdict": "confirmed", "note": "Call the county", "about": "figure: evacuations"}
    }

    again = NewsbriefApp([folder])
    async with again.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert title(screen).endswith(f"1/{TOTAL} reviewed")
        assert row_line(screen, "evacuations").startswith("✔ ▲")
        await pilot.press("n")
        await pilot.pause()
        assert "✔ Verdict: confirmed\nNote: Call the county\n" in screen.detail.plain
        await pilot.press("i")  # the note dialog holds the note as it is
        await pilot.pause()
        assert again.screen.query_one("#note-input").value == "Call the county"
        await pilot.press("escape")
        await pilot.pause()
        assert again.screen is screen
    assert saved(folder)[EVACUATIONS]["note"] == "Call the county"  # escape changed nothing


async def test_dismissed_and_follow_up_and_an_agreement_in_takeaways(tmp_path):
    folder = copy_brief(tmp_path)
    app = NewsbriefApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("n", "d", "n", "u")
        await pilot.pause()
        assert row_line(screen, "evacuations").startswith("✗ ▲")
        assert row_line(screen, "deaths").startswith("⚑ ▲")
        assert "⚑ Verdict: follow up" in screen.detail.plain
        await pilot.press("2")  # Takeaways: agreements and only-here items are findings too
        await pilot.pause()
        table = screen.active_table
        agreement = next(r for r in table.rows_in_order if r.kind.startswith("agreed"))
        only = next(r for r in table.rows_in_order if r.kind.startswith("only here"))
        for row in (agreement, only):
            table.select_key(row.key)
            await pilot.pause()
            await pilot.press("x")
            await pilot.pause()
            assert row_line(screen, row.title).startswith("✔")
        own = table.rows_in_order[0]  # a source's own takeaway: not a finding
        table.select_key(own.key)
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert any(m.startswith("Takeaways rows hold no verdict") for m in messages(app))
        assert title(screen).endswith(f"4/{TOTAL} reviewed")
    marks = saved(folder)
    assert marks[EVACUATIONS]["verdict"] == "dismissed" and marks[DEATHS]["verdict"] == "follow_up"
    assert {marks[agreement.key]["verdict"], marks[only.key]["verdict"]} == {"confirmed"}
    assert len(marks) == 4


async def test_clear_the_mark_and_the_note_stays(tmp_path):
    folder = copy_brief(tmp_path)
    app = NewsbriefApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("n", "x")
        await type_note(pilot, "synonym?")
        await pilot.press("backspace")
        await pilot.pause()
        assert row_line(screen, "evacuations").startswith("  ▲")
        assert "Not reviewed yet (x confirmed, d dismissed, u follow up, i a note)" in screen.detail.plain
        assert "Note: synonym?" in screen.detail.plain
        assert title(screen).endswith(f"0/{TOTAL} reviewed")
        assert saved(folder) == {EVACUATIONS: {"note": "synonym?", "about": "figure: evacuations"}}
        await pilot.press("i", "ctrl+u", "enter")  # an empty note removes it, and with it the mark
        await pilot.pause()
        await pilot.press("backspace")
        await pilot.pause()
        assert "This finding has no verdict to clear" in messages(app)
    assert saved(folder) == {}


async def test_the_unreviewed_filter_hides_marked_rows(tmp_path):
    folder = copy_brief(tmp_path)
    app = NewsbriefApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("n", "x", "U")
        await pilot.pause()
        shown = [r.title for r in screen.active_table.rows_in_order]
        assert "evacuations" not in shown and len(shown) == 5
        assert all(line.startswith("  ") for line in lines(screen))
        assert "Discr. 5/6 unreviewed" in screen.query_one("#tabs").plain
        assert title(screen).endswith(f"1/{TOTAL} reviewed")
        assert "U All findings" in screen.query_one("#keys").plain
        # Marking the selected row hides it too; the cursor goes on to an unreviewed one.
        before = screen.selected.title
        await pilot.press("d")
        await pilot.pause()
        assert before not in [r.title for r in screen.active_table.rows_in_order]
        assert screen.selected is not None and screen.selected.title != before
        assert title(screen).endswith(f"2/{TOTAL} reviewed")
        await pilot.press("U")
        await pilot.pause()
        assert len(screen.active_table.rows_in_order) == 6
        assert "Discrepancies 6" in screen.query_one("#tabs").plain


async def test_a_verdict_whose_finding_disappears_is_shown_stale(tmp_path):
    folder = copy_brief(tmp_path)
    app = NewsbriefApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n", "n", "u")
        await type_note(pilot, "ask the coroner")
    daily = folder / "sources" / "daily.md"
    daily.write_text(
        daily.read_text(encoding="utf-8").replace("Three people have died", "At least four people have died"),
        encoding="utf-8",
    )
    again = NewsbriefApp([folder])
    async with again.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert "deaths" not in [r.title for r in screen.active_table.rows_in_order]
        shown = lines(screen)
        assert shown[-2:] == [
            "Stale: 1 verdict on findings that no longer appear",
            "⚑ figure: deaths: no longer appears (stale follow up) — note: ask the coroner",
        ]
        assert title(screen).endswith(f"0/{TOTAL} reviewed")  # a stale verdict counts no finding
        assert "⚑ figure: deaths: no longer appears" in screen.detail.plain  # nothing selected
        assert "note: ask the coroner" in screen.detail.plain
        await pilot.press("n", "x")  # marking another keeps the stale one in the file
        await pilot.pause()
    marks = saved(folder)
    assert marks[DEATHS] == {"verdict": "follow_up", "note": "ask the coroner", "about": "figure: deaths"}
    assert marks[EVACUATIONS]["verdict"] == "confirmed"


async def test_an_edit_in_the_app_reattaches_the_verdicts_by_id(tmp_path, fake_bin, monkeypatch, suspended):  # noqa: F811
    """E re-analyses the brief: the verdicts stay on their findings, the gone one is stale."""
    fake_bin.add(
        "fake-editor", body="/bin/sed -i 's/Three people have died/At least four people have died/' \"$1\""
    )
    monkeypatch.setenv("EDITOR", "fake-editor")
    folder = copy_brief(tmp_path)
    app = NewsbriefApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("n", "x", "n", "d")
        await pilot.pause()
        before = screen.analysis
        screen.column("daily").focus()
        await pilot.press("E")
        for _ in range(300):
            await pilot.pause(0.02)
            if screen.analysis is not before:
                break
        await pilot.pause()
        assert screen.analysis is not before
        assert row_line(screen, "evacuations").startswith("✔ ▲")
        assert lines(screen)[-1] == "✗ figure: deaths: no longer appears (stale dismissed)"
        assert title(screen).endswith(f"1/{TOTAL} reviewed")


async def test_a_long_note_in_the_editor(tmp_path, fake_bin, monkeypatch, suspended):  # noqa: F811
    fake_bin.add("fake-editor", body="printf 'Called the county.\\nThey confirm 12,000.\\n' >> \"$1\"")
    monkeypatch.setenv("EDITOR", "fake-editor")
    folder = copy_brief(tmp_path)
    before = user_files(folder)
    app = NewsbriefApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("n", "I")
        await pilot.pause()
        assert "Note: Called the county.\n      They confirm 12,000.\n" in screen.detail.plain
        edited = fake_bin.args("fake-editor")[0]
        assert not edited.startswith(str(folder))  # a temporary file, never the brief's folder
        assert not Path(edited).exists()
    assert saved(folder)[EVACUATIONS]["note"] == "Called the county.\nThey confirm 12,000."
    assert user_files(folder) == before


async def test_a_hostile_review_file_opens_says_why_and_refuses_marks(tmp_path):
    folder = copy_brief(tmp_path)
    hostile = (
        "version: 1\nfindings:\n"
        '  figure-5a53a9583f: !!python/object/apply:os.system ["echo pwned"]\n'
        "  figure-9a31b91da1:\n    verdict: [confirmed]\n    note: 12\n"
    )
    (folder / "review.yaml").write_text(hostile, encoding="utf-8")
    before = (folder / "review.yaml").stat().st_mtime_ns
    app = NewsbriefApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        why = (
            f"{folder / 'review.yaml'}:3: error: YAML tag !!python/object/apply:os.system is not allowed "
            "(verdicts not loaded; newsbrief leaves the file as it is)"
        )
        (note,) = [n for n in app._notifications if n.title == "Review not loaded"]
        assert note.message == why and note.severity == "error"
        assert title(screen).endswith("review file not loaded")
        assert len(screen.active_table.rows_in_order) == 6  # the analysis is all there
        await pilot.press("n", "x")
        await pilot.pause()
        assert f"Not marked: {why}" in messages(app)
        assert row_line(screen, "evacuations").startswith("  ▲")
        assert f"Verdicts not loaded: {why}" in screen.detail.plain
        await pilot.press("i")
        await pilot.pause()
        assert app.screen is screen  # no note dialog either
    assert (folder / "review.yaml").read_text(encoding="utf-8") == hostile
    assert (folder / "review.yaml").stat().st_mtime_ns == before


async def test_no_write_touches_an_article_or_brief_yaml(tmp_path):
    folder = copy_brief(tmp_path)
    before = user_files(folder)
    app = NewsbriefApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n", "x", "n", "u", "backspace", "n", "d")
        await type_note(pilot, "seen")
        await pilot.press("U", "U")
        await pilot.pause()
    assert user_files(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == ["brief.yaml", "review.yaml", "sources"]


async def test_the_export_from_the_app_carries_the_verdicts(tmp_path):
    folder = copy_brief(tmp_path)
    out = tmp_path / "roundup.md"
    app = NewsbriefApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("n", "x")
        await type_note(pilot, "Checked with the county")
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#export-path")
        field.value = str(out)
        await pilot.press("enter")
        await pilot.pause()
    text = out.read_text(encoding="utf-8")
    review = text[text.index("\n## Review\n") :]
    assert "1 of 19 findings reviewed: 1 confirmed, 0 to follow up, 0 dismissed." in review
    confirmed = review[review.index("\n### Confirmed (1)\n") : review.index("\n### Unreviewed (18)\n")]
    assert "evacuations" in confirmed and "Checked with the county" in confirmed


async def test_a_brief_built_in_memory_has_no_review_keys(analysis):
    """Nothing can be kept for it: no verdict cell, and the keys are not offered."""
    app = NewsbriefApp([], analysis=analysis)
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        assert screen.check_action("mark", ("confirmed",)) is False
        assert "Verdict" not in screen.query_one("#keys").plain
        assert screen.active_table.layout_plan.verdict == 0
        assert screen.active_tab == DISCREPANCIES


async def test_a_review_file_that_cannot_be_written_is_one_line(tmp_path):
    folder = copy_brief(tmp_path)
    app = NewsbriefApp([folder])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        (folder / "review.yaml").mkdir()  # something in the way of the file since it was read
        await pilot.press("n", "x")
        await pilot.pause()
        (note,) = [n for n in app._notifications if n.title == "Verdict not saved"]
        assert note.severity == "error" and "\n" not in note.message
        assert note.message.startswith(str(folder / "review.yaml"))
        assert note.message.endswith("(shown, but not kept: the next change tries again)")
        assert row_line(screen, "evacuations").startswith("✔ ▲")  # shown as marked
        (folder / "review.yaml").rmdir()
        await pilot.press("n", "d")  # the next change saves both
        await pilot.pause()
    assert {fid: m["verdict"] for fid, m in saved(folder).items()} == {
        EVACUATIONS: "confirmed",
        DEATHS: "dismissed",
    }


async def test_a_remapped_review_key_is_the_one_that_marks(tmp_path):
    from tui.config import Settings

    folder = copy_brief(tmp_path)
    app = NewsbriefApp([folder], settings=Settings(keys={"confirm": "ctrl+k"}))
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(pilot)
        await pilot.press("n", "ctrl+k")
        await pilot.pause()
        assert row_line(screen, "evacuations").startswith("✔ ▲")
        assert "✔ Verdict: confirmed" in screen.detail.plain
        await pilot.press("n")
        await pilot.pause()
        assert "Not reviewed yet (ctrl+k confirmed, d dismissed" in screen.detail.plain
