"""Shared test setup: a fixed theme, a still cursor, and a small hand-built Analysis
(invented story) so app tests have rich data whatever the extractors find."""

from __future__ import annotations

import os

os.environ["TEXTUAL_THEME"] = "textual-dark"
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")

import asyncio  # noqa: E402
import inspect  # noqa: E402

import pytest  # noqa: E402
from textual.widgets import Input  # noqa: E402

from tui.analysis.compare.quotes import group_by_wording  # noqa: E402
from tui.analysis.model import (  # noqa: E402
    AGREES,
    DIFFERS,
    HAS_IT,
    SILENT,
    Agreement,
    Analysis,
    ArticleFacts,
    Claim,
    Discrepancy,
    Figure,
    FigureGroup,
    Person,
    Quote,
    Span,
    Takeaway,
    Verdict,
)
from tui.brief.articles import parse_markdown  # noqa: E402
from tui.brief.model import Brief  # noqa: E402


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """Run `async def` tests with asyncio.run: Pilot needs a loop, and no plugin is pinned for it."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        args = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
        asyncio.run(pyfuncitem.obj(**args))
        return True
    return None


@pytest.fixture(autouse=True)
def _still_cursor(monkeypatch):
    """A blinking cursor makes screenshots differ run to run (as in harlequin's conftest)."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None, raising=False)


HARBOUR = """# Ferry Board Ousts Director Over Delays

![Ferry at the quay](ferry.jpg)

*Photo: the Lumen ferry at Quay 4 in 2019.*

The Velmora ferry board removed director Ansel Brook on Tuesday after 40 delayed sailings a week.

## Key points

- Board chair Mira Tolvanen wants 12 sailings a day
- Brook leaves after four years

Mira Tolvanen, the board chair, said the service had to improve. "We cannot keep passengers waiting," Tolvanen said.

> The harbour needs reliable boats.

Deputy Piet Oranje will run the service until a new director is named.
"""

COASTAL = """# Velmora Ferry Chief Resigns

Ansel Brook resigned as ferry director on Wednesday, citing 25 delayed sailings a week.

Board member Mira Tolvanen said the board wants 12 sailings a day. "We cannot keep passengers waiting," Tolvanen said.

Brook thanked the crews. [bold red]Not markup[/] and [link=https://evil.example]click[/link] stay literal.
"""


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


def make_analysis() -> Analysis:
    """Two sources that disagree on the delay count, the exit, and Tolvanen's role."""
    a = parse_markdown("harbour", HARBOUR)
    a.outlet, a.url, a.published = "Harbour Gazette", "https://example.org/harbour/ferry", "2031-04-02"
    b = parse_markdown("coastal", COASTAL)
    b.outlet, b.published = "Coastal Daily", "2031-04-03"
    brief = Brief(title="Velmora ferry director leaves", articles=[a, b])
    ta, tb = a.text, b.text

    fig_a = Figure("harbour", 40, "40", *_span(ta, "40"), sentence="", counts="delayed sailings", per="week")
    fig_b = Figure("coastal", 25, "25", *_span(tb, "25"), sentence="", counts="delayed sailings", per="week")
    goal_a = Figure("harbour", 12, "12", *_span(ta, "12"), sentence="", counts="sailings", per="day")
    goal_b = Figure("coastal", 12, "12", *_span(tb, "12"), sentence="", counts="sailings", per="day")
    q_a = Quote(
        "harbour",
        "Mira Tolvanen",
        "We cannot keep passengers waiting",
        *_span(ta, "We cannot keep passengers waiting"),
    )
    q_b = Quote(
        "coastal",
        "Mira Tolvanen",
        "We cannot keep passengers waiting",
        *_span(tb, "We cannot keep passengers waiting"),
    )
    people = [
        Person(
            name="Ansel Brook",
            roles={"harbour": ["director"], "coastal": ["ferry director"]},
            mentions={"harbour": 2, "coastal": 2},
            spans={
                "harbour": [_span(ta, "Ansel Brook"), _span(ta, "Brook", 1)],
                "coastal": [_span(tb, "Ansel Brook"), _span(tb, "Brook", 1)],
            },
            status={"harbour": AGREES, "coastal": AGREES},
        ),
        Person(
            name="Mira Tolvanen",
            roles={"harbour": ["board chair"], "coastal": ["board member"]},
            mentions={"harbour": 3, "coastal": 2},
            spans={"harbour": [_span(ta, "Mira Tolvanen")], "coastal": [_span(tb, "Mira Tolvanen")]},
            status={"harbour": DIFFERS, "coastal": DIFFERS},
        ),
        Person(
            name="Piet Oranje",
            roles={"harbour": ["deputy"]},
            mentions={"harbour": 1},
            spans={"harbour": [_span(ta, "Piet Oranje")]},
            status={"harbour": HAS_IT, "coastal": SILENT},
        ),
    ]
    discrepancies = [
        Discrepancy(
            kind="figure",
            severity="high",
            subject="delayed sailings per week",
            summary="Harbour Gazette says 40, Coastal Daily says 25",
            claims={
                "harbour": Claim("40 delayed sailings a week", [Span(fig_a.start, fig_a.end)]),
                "coastal": Claim("25 delayed sailings a week", [Span(fig_b.start, fig_b.end)]),
            },
            verdicts={"harbour": Verdict(DIFFERS, "40"), "coastal": Verdict(DIFFERS, "25")},
            dissenters=["harbour", "coastal"],
        ),
        Discrepancy(
            kind="role",
            severity="medium",
            subject="Mira Tolvanen",
            summary="board chair vs board member",
            claims={
                "harbour": Claim("board chair", [_span(ta, "board chair")]),
                "coastal": Claim("Board member", [_span(tb, "Board member")]),
            },
            verdicts={
                "harbour": Verdict(DIFFERS, "board chair"),
                "coastal": Verdict(DIFFERS, "Board member"),
            },
            dissenters=["harbour", "coastal"],
        ),
        Discrepancy(
            kind="omission",
            severity="low",
            subject="Piet Oranje",
            summary="only Harbour Gazette names the interim head",
            claims={
                "harbour": Claim("Deputy Piet Oranje will run the service", [_span(ta, "Piet Oranje")]),
                "coastal": Claim("", [], silent=True),
            },
            verdicts={"harbour": Verdict(HAS_IT, "Deputy Piet Oranje will run the service")},
        ),
    ]
    facts = {"harbour": ArticleFacts("harbour"), "coastal": ArticleFacts("coastal")}
    return Analysis(
        brief=brief,
        facts=facts,
        people=people,
        quotes=[q_a, q_b],
        quote_groups=group_by_wording([q_a, q_b]),
        figures=[fig_a, fig_b, goal_a, goal_b],
        figure_groups=[
            FigureGroup(
                "delayed sailings per week",
                "delayed sailings",
                "week",
                [fig_a, fig_b],
                {"harbour": DIFFERS, "coastal": DIFFERS},
            ),
            FigureGroup(
                "sailings per day",
                "sailings",
                "day",
                [goal_a, goal_b],
                {"harbour": AGREES, "coastal": AGREES},
            ),
        ],
        takeaways=[
            Takeaway(
                "harbour",
                "Board chair Mira Tolvanen wants 12 sailings a day",
                *_span(ta, "Board chair Mira Tolvanen wants 12 sailings a day"),
            ),
            Takeaway(
                "coastal",
                "Ansel Brook resigned as ferry director on Wednesday",
                *_span(tb, "Ansel Brook resigned as ferry director on Wednesday"),
            ),
        ],
        discrepancies=discrepancies,
        agreements=[
            Agreement(
                kind="figure",
                subject="12 sailings a day",
                summary="both say the board wants 12 sailings a day",
                sources=["harbour", "coastal"],
                claims={
                    "harbour": Claim("12 sailings a day", [Span(goal_a.start, goal_a.end)]),
                    "coastal": Claim("12 sailings a day", [Span(goal_b.start, goal_b.end)]),
                },
                verdicts={
                    "harbour": Verdict(AGREES, "12 sailings a day"),
                    "coastal": Verdict(AGREES, "12 sailings a day"),
                },
            )
        ],
    )


@pytest.fixture
def analysis() -> Analysis:
    return make_analysis()


@pytest.fixture(autouse=True)
def _own_config_home(tmp_path_factory, monkeypatch):
    """No test reads or writes the real ~/.config/newsbrief/config.toml, nor the
    reviews kept in ~/.local/share/newsbrief."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config-home")))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data-home")))


class FakeBin:
    """A folder of fake desktop tools, alone on PATH. Each records its arguments
    (`args(name)`) and, if asked to, its standard input (`stdin(name)`)."""

    def __init__(self, folder, log):
        self.folder, self.log = folder, log

    def add(self, name: str, *, stdin: bool = False, status: int = 0, body: str = "") -> None:
        script = self.folder / name
        read = f'/bin/cat > "{self.log}/{name}.in"\n' if stdin else ""
        script.write_text(
            f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{self.log}/{name}.args"\n{read}{body}\nexit {status}\n'
        )
        script.chmod(0o755)

    def args(self, name: str) -> list[str]:
        path = self.log / f"{name}.args"
        return path.read_text().splitlines() if path.exists() else []

    def stdin(self, name: str) -> str | None:
        path = self.log / f"{name}.in"
        return path.read_text(encoding="utf-8") if path.exists() else None


@pytest.fixture
def fake_bin(tmp_path, monkeypatch):
    import webbrowser

    folder, log = tmp_path / "fake-bin", tmp_path / "fake-log"
    folder.mkdir()
    log.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "TMUX", "BROWSER", "VISUAL", "EDITOR"):
        monkeypatch.delenv(name, raising=False)
    # webbrowser reads $BROWSER and PATH once per process: make it look again.
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})
    return FakeBin(folder, log)
