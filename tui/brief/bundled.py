"""Where the bundled briefs live: inside the wheel, or content/ in a checkout."""

from __future__ import annotations

from pathlib import Path

DEFAULT_BRIEF = "ice-leadership-shakeup"


def content_dir() -> Path:
    installed = Path(__file__).resolve().parent.parent / "_content"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "content"


def default_brief_path() -> Path:
    return content_dir() / DEFAULT_BRIEF
