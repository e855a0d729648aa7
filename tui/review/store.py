"""Where a brief's review file lives, and writing it.

- A curated brief (a folder with brief.yaml): `review.yaml` beside brief.yaml.
- A zero-config folder, loose article files, or the bundled brief: never in that
  folder, but in newsbrief's data folder (tui.config.data_dir()), as
  `reviews/<folder name>-<hash of the folder's full path>.yaml`, the path kept inside.

Writing is atomic (a temporary file renamed over the old one), and only ever to that
one path: never to an article file or brief.yaml, even when review.yaml is a link to one."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from tui.brief.bundled import content_dir
from tui.brief.errors import Problem
from tui.brief.model import Brief
from tui.brief.paths import inside, safe_path
from tui.brief.spec import BRIEF_FILE
from tui.brief.values import slug
from tui.review.model import Mark, ReviewError
from tui.review.read import FORMAT, MAX_REVIEW_BYTES

REVIEW_FILE = "review.yaml"
REVIEWS_FOLDER = "reviews"

HEADER = """\
# newsbrief's review of a brief: your verdict on each finding, by the finding's id
# (`newsbrief analyze --json` lists them). verdict: confirmed, follow_up or dismissed;
# note: any text. newsbrief rewrites this file after each change, without comments.
"""


def review_path(brief: Brief, data_dir: Path | None = None) -> Path | None:
    """The review file of `brief` (it may not exist yet); None for a brief with no
    folder (built in memory), whose review cannot be kept."""
    folder = brief.path
    if folder is None:
        return None
    beside = folder / REVIEW_FILE
    curated = (folder / BRIEF_FILE).is_file() and not inside(folder, content_dir().resolve())
    if curated and not _is_brief_file(beside, brief):
        return beside
    return stored_path(folder, data_dir)


def stored_path(folder: Path, data_dir: Path | None = None) -> Path:
    """The data folder's file for the brief in `folder`, keyed by its full path."""
    if data_dir is None:
        from tui.config import data_dir as default_data_dir

        data_dir = default_data_dir()
    key = brief_key(folder)
    digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    name = slug(Path(key).name) if Path(key).name else "brief"
    return data_dir / REVIEWS_FOLDER / f"{name}-{digest}.yaml"


def brief_key(folder: Path) -> str:
    try:
        return str(folder.resolve())
    except (OSError, RuntimeError):
        return str(folder.absolute())


def _is_brief_file(path: Path, brief: Brief) -> bool:
    """True when `path`, links followed, is brief.yaml or one of the brief's articles."""
    try:
        target = path.resolve()
        own = {(path.parent / BRIEF_FILE).resolve()}
        own |= {a.path.resolve() for a in brief.articles if a.path is not None}
    except (OSError, RuntimeError):
        return True  # cannot tell: keep the review out of the folder
    return target in own


class _Dumper(yaml.SafeDumper):
    """Notes of several lines as literal blocks (`|`), readable and editable by hand."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def dump_review(marks: dict[str, Mark], *, title: str | None = None, brief: str | None = None) -> str:
    """The file's text: a mapping per finding id, in id order (stable diffs)."""
    findings = {}
    for fid in sorted(marks):
        mark = marks[fid]
        entry: dict[str, str] = {}
        if mark.verdict:
            entry["verdict"] = mark.verdict
        if mark.note:
            entry["note"] = mark.note
        if mark.about:
            entry["about"] = mark.about
        findings[fid] = entry
    data: dict[str, object] = {"version": FORMAT}
    if title:
        data["title"] = title
    if brief:
        data["brief"] = brief
    data["findings"] = findings
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return HEADER + body


def write_review(path: Path, text: str) -> None:
    """Replace `path` with `text`, atomically; ReviewError (one line) when it cannot be."""
    from tui.output.files import write_atomically

    size = len(text.encode("utf-8"))
    if size > MAX_REVIEW_BYTES:
        limit = MAX_REVIEW_BYTES // (1024 * 1024)
        raise ReviewError(
            Problem(safe_path(path), f"the review would be over {limit} MiB; not saved (shorten the notes)")
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, text, overwrite=True)
    except OSError as exc:
        raise ReviewError(Problem(safe_path(path), f"cannot write file ({exc.strerror or exc})")) from None
