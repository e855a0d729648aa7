"""Path safety: paths shown in messages, and paths that must stay inside a brief folder."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from tui.brief.errors import display_path
from tui.regex_cache import compiled


@cache
def _unprintable() -> re.Pattern:
    """Compiled on first use: most loads never report a problem."""
    return compiled(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe_path(path: Path | str) -> str:
    """A path for a message: a file name can hold escape sequences too."""
    return _unprintable().sub("?", display_path(path))


def inside(path: Path, root: Path) -> bool:
    """True when path, symlinks followed, stays inside root."""
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return False
    return True
