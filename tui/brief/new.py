"""`newsbrief new`: a new brief folder from what users have (saved web pages, copied
text, markdown, links). Every input is converted first (new_source), then the folder is
written (brief.yaml and sources/), so a bad input leaves nothing half-made; a file that is
there is never replaced."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tui.brief.errors import BriefError, Problem
from tui.brief.files import ARTICLE_SUFFIXES
from tui.brief.new_source import NewSource, convert, yaml_value
from tui.brief.paths import safe_path
from tui.brief.titles import common_title
from tui.brief.values import slug


def _expand(inputs: list[str]) -> list[str]:
    """A folder among the inputs stands for the article files in it."""
    out: list[str] = []
    for item in inputs:
        path = Path(item)
        if "://" in item or not path.is_dir():
            out.append(item)
            continue
        files = sorted(
            str(f) for f in path.iterdir() if f.suffix.lower() in ARTICLE_SUFFIXES and not f.is_dir()
        )
        if not files:
            raise BriefError(
                Problem(safe_path(path), f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in this folder")
            )
        out.extend(files)
    return out


def _unique_id(base: str, taken: set[str]) -> str:
    sid, n = base, 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    taken.add(sid)
    return sid


def _source_id(src: NewSource, taken: set[str]) -> str:
    """Short and readable: the outlet's name when known ('calder-courier'), else the file's."""
    base = ""
    outlet = src.meta.get("outlet")
    if outlet:
        base = slug(re.sub(r"^the\s+", "", str(outlet), flags=re.IGNORECASE))
    if not base or base == "source":
        base = slug(src.stem)
    words = base.split("-")
    if len(words) > 4:
        base = "-".join(words[:4])
    return _unique_id(base, taken)


def _write_new(path: Path, text: str) -> None:
    """Create path with text; never replaces a file that is there."""
    with open(path, "x", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def create_brief(folder: Path, inputs: list[str], force: bool = False) -> Path:
    """`newsbrief new`: every input converted first, then the folder written, so a bad
    input leaves nothing half-made behind."""
    if not inputs:
        raise BriefError(Problem(safe_path(folder), "give at least one article file or URL"))
    if folder.exists() and not folder.is_dir():
        raise BriefError(Problem(safe_path(folder), "exists and is not a folder"))
    if folder.is_dir() and any(folder.iterdir()) and not force:
        raise BriefError(
            Problem(safe_path(folder), "folder exists and is not empty (use --force to add to it)")
        )
    spec = folder / "brief.yaml"
    if spec.exists() or spec.is_symlink():
        raise BriefError(Problem(safe_path(spec), "already exists; not overwriting it"))
    sources = [convert(item) for item in _expand(inputs)]

    taken: set[str] = set()
    ids = [_source_id(src, taken) for src in sources]
    title = common_title([s.headline for s in sources]) or next(
        (s.headline for s in sources if s.headline), None
    )
    sources_dir = folder / "sources"
    if sources_dir.exists() and not sources_dir.is_dir():
        raise BriefError(Problem(safe_path(sources_dir), "exists and is not a folder"))
    sources_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    for sid, src in zip(ids, sources, strict=True):
        name = f"{sid}.md"
        n = 2
        while (sources_dir / name).exists() or (sources_dir / name).is_symlink():
            name, n = f"{sid}-{n}.md", n + 1
        _write_new(sources_dir / name, src.markdown)
        entry: dict = {"id": sid, "file": f"sources/{name}"}
        for key in ("outlet", "url", "published"):
            value = src.meta.get(key)
            if value:
                entry[key] = yaml_value(key, value)
        entries.append(entry)
    data: dict = {}
    if title:
        data["title"] = title
    data["sources"] = entries
    header = "# Made by `newsbrief new`. Edit freely: see `newsbrief check` for mistakes.\n"
    _write_new(spec, header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000))
    return folder
