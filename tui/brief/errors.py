"""Problems a user can cause with their files: one clear line each."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    path: str
    message: str
    line: int | None = None
    error: bool = True  # False: a warning, the brief still loads

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        level = "error" if self.error else "warning"
        return f"{where}: {level}: {self.message}"


class BriefError(Exception):
    """A problem that stops a brief from loading. str() is the one line to show."""

    def __init__(self, problem: Problem | str):
        self.problem = problem if isinstance(problem, Problem) else Problem("", problem)
        super().__init__(str(self.problem) if self.problem.path else self.problem.message)


def display_path(path: Path | str) -> str:
    """A path as the user would recognise it: relative to the cwd when inside it."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11)
        return str(path)
