"""The problems met while loading a brief, collected in order with their file and line,
so `check` can list them all and `load_brief` can stop on the first."""

from __future__ import annotations

from pathlib import Path

from tui.brief.errors import Problem
from tui.brief.paths import safe_path


class ProblemLog:
    """Every loading step writes what is wrong here instead of raising."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def error(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.problems.append(Problem(safe_path(path), message, line))

    def warn(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.problems.append(Problem(safe_path(path), message, line, error=False))
