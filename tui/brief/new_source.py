"""One input of `newsbrief new` (a URL, a saved page, a plain-text or markdown file) to
the markdown file it becomes in the brief, with its metadata as front matter. A bad
input raises BriefError naming it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import yaml

from tui.brief.article_file import FRONT_MATTER_KEYS
from tui.brief.articles import parse_markdown, parse_text, split_front_matter
from tui.brief.errors import BriefError, Problem
from tui.brief.fetch import fetch_url
from tui.brief.files import ARTICLE_SUFFIXES, max_bytes, not_a_file, read_text
from tui.brief.html_bounded import page_to_markdown
from tui.brief.html_text import one_line
from tui.brief.paths import safe_path
from tui.brief.plain_front_matter import read_front_matter
from tui.brief.problems import ProblemLog
from tui.brief.text_import import text_metadata, text_to_markdown
from tui.brief.values import iso_date


@dataclass
class NewSource:
    label: str  # the input as the user gave it, for messages
    stem: str
    markdown: str
    meta: dict = field(default_factory=dict)
    headline: str = ""


def yaml_value(key: str, value: object) -> object:
    """A published date as a YAML date (written unquoted), everything else as text."""
    if key == "published":
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            return str(value)
    return str(value) if not isinstance(value, (dt.date, int, float)) else value


def front_matter(meta: dict) -> str:
    keys = ("headline", "outlet", "author", "published", "url")
    data = {k: yaml_value(k, meta[k]) for k in keys if meta.get(k)}
    if not data:
        return ""
    return "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"


def _read_input(path: Path) -> str:
    log = ProblemLog()
    text = read_text(log, path, max_bytes(path))
    if text is None:
        raise BriefError(log.problems[0])
    return text


def convert(item: str) -> NewSource:
    """One input (file or URL) to markdown with front matter; BriefError names it."""
    parsed = urlparse(item)
    if parsed.scheme in ("http", "https") and parsed.netloc:
        return _from_url(item, parsed.netloc)
    if re.match(r"^[a-z][a-z0-9+.-]*://", item, re.IGNORECASE):
        raise BriefError(Problem(item, "only http:// and https:// URLs can be fetched"))
    return _from_file(Path(item))


def _from_url(item: str, netloc: str) -> NewSource:
    html = fetch_url(item)
    try:
        meta, body = page_to_markdown(html, url=item)
    except BriefError as exc:
        raise BriefError(Problem(item, exc.problem.message)) from exc
    stem = re.sub(r"^www\.", "", netloc.split(":")[0])
    return NewSource(
        item,
        stem,
        front_matter({k: v for k, v in meta.items() if k != "headline"}) + body,
        meta,
        meta["headline"],
    )


def _from_file(path: Path) -> NewSource:
    suffix = path.suffix.lower()
    problem = not_a_file(path)
    if problem:
        raise BriefError(Problem(safe_path(path), problem.replace("not a file", "not an article file")))
    if suffix not in ARTICLE_SUFFIXES:
        if not path.exists():
            raise BriefError(Problem(safe_path(path), "no such file"))
        raise BriefError(
            Problem(safe_path(path), f"not an article file (expected one of {', '.join(ARTICLE_SUFFIXES)})")
        )
    raw = _read_input(path)
    where = safe_path(path)
    if suffix in (".html", ".htm"):
        try:
            meta, body = page_to_markdown(raw)
        except BriefError as exc:
            raise BriefError(Problem(where, exc.problem.message)) from exc
        article = parse_markdown("x", body)
        markdown = front_matter({k: v for k, v in meta.items() if k != "headline"}) + body
    elif suffix == ".txt":
        article = parse_text("x", raw)
        meta = text_metadata(article)
        markdown = front_matter(meta) + text_to_markdown(article)
    else:
        front, body, _ = split_front_matter(raw)
        meta = {} if front is None else _front_matter_metadata(path, front)
        article = parse_markdown("x", body)
        markdown = raw  # the user's own markdown, kept exactly as written
    if not article.body_blocks():
        raise BriefError(Problem(where, "article is empty"))
    meta = {k: v for k, v in meta.items() if v}
    headline = one_line(meta.get("headline")) or article.headline
    return NewSource(where, path.stem, markdown, meta, headline or "")


def _front_matter_metadata(path: Path, front: str) -> dict:
    """A markdown file's own front matter, as the metadata of its source."""
    log = ProblemLog()
    data = read_front_matter(log, path, front)
    if log.problems:
        raise BriefError(log.problems[0])
    meta: dict = {}
    if isinstance(data, dict):
        meta = {k: one_line(data[k]) for k in FRONT_MATTER_KEYS - {"published", "date"} if k in data}
        meta["published"] = iso_date(data.get("published", data.get("date")))
    return meta
