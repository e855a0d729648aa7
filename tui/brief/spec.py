"""A curated brief: brief.yaml read into a Brief. Each source entry is checked (a file
that stays inside the folder, a unique id, known keys) and problems point at the line
of the key they are about."""

from __future__ import annotations

import re
from pathlib import Path

from tui.brief.article_file import load_article
from tui.brief.files import LINK_LOOP, MAX_YAML_BYTES, not_a_file, read_text
from tui.brief.model import Article, Brief, PersonHint
from tui.brief.paths import inside
from tui.brief.problems import ProblemLog
from tui.brief.values import iso_date, list_value, slug, text_value
from tui.brief.yaml_load import AliasBomb, compose_yaml, parse_yaml

BRIEF_FILE = "brief.yaml"
BRIEF_KEYS = {"title", "summary", "sources", "people", "ignore", "notes"}
SOURCE_KEYS = {"id", "file", "outlet", "url", "published", "author", "headline", "partial"}
PERSON_KEYS = {"name", "aliases"}


def read_spec(log: ProblemLog, spec: Path) -> Brief | None:
    """The brief brief.yaml describes, or None with the reasons in `log`."""
    text = read_text(log, spec, MAX_YAML_BYTES)
    if text is None:
        return None
    data = parse_yaml(log, spec, text)
    if data is None and not log.problems:
        log.error(spec, "brief.yaml is empty: it needs at least a 'sources' list")
        return None
    if data is None:
        return None
    if not isinstance(data, dict):
        log.error(spec, "brief.yaml must be a mapping with a 'sources' list", 1)
        return None
    lines = key_lines(text)
    for key in data:
        if key not in BRIEF_KEYS:
            log.warn(spec, f"unknown key {key!r} (ignored)", lines.get(str(key)))
    folder = spec.parent
    sources = data.get("sources")
    if not isinstance(sources, list) or not sources:
        log.error(spec, "'sources' must be a non-empty list of {id, file, ...}", lines.get("sources"))
        return None
    articles = _source_articles(log, spec, sources, text, lines)
    if not articles:
        if not any(p.error for p in log.problems):
            log.error(spec, "the brief has no articles")
        return None
    for key in ("title", "summary"):
        if data.get(key) is not None and text_value(data[key]) is None:
            log.warn(spec, f"{key!r} should be text (ignored)", lines.get(key))
    title = text_value(data.get("title")) or folder.resolve().name.replace("-", " ").capitalize()
    return Brief(
        title=title,
        summary=text_value(data.get("summary")) or "",
        articles=articles,
        path=folder,
        people=people_hints(log, spec, data.get("people"), lines),
        ignore=[x for x in map(text_value, list_value(data.get("ignore"))) if x],
        notes=[x for x in map(text_value, list_value(data.get("notes"))) if x],
    )


def _source_articles(
    log: ProblemLog, spec: Path, sources: list, text: str, lines: dict[str, int]
) -> list[Article]:
    """The articles of the `sources` list, in its order; a bad entry is skipped."""
    articles: list[Article] = []
    seen: set[str] = set()
    root = spec.parent.resolve()
    entry_lines = source_lines(text)
    for i, entry in enumerate(sources, 1):
        at, entry_keys = entry_lines[i - 1] if i <= len(entry_lines) else (lines.get("sources"), {})
        article = _source_article(log, spec, i, entry, at, entry_keys, seen, root)
        if article is not None:
            articles.append(article)
    return articles


def _source_article(
    log: ProblemLog,
    spec: Path,
    i: int,
    entry: object,
    at: int | None,
    key_lines: dict[str, int],
    seen: set[str],
    root: Path,
) -> Article | None:
    """Source entry number i (a file name, or a mapping with a 'file'): its article with
    the entry's metadata over the file's own, or None."""
    if isinstance(entry, str):
        entry = {"file": entry}
    if not isinstance(entry, dict) or not entry.get("file"):
        log.error(spec, f"source {i} needs a 'file'", at)
        return None
    if not isinstance(entry["file"], str):
        log.error(spec, f"source {i}: 'file' must be a path", key_lines.get("file", at))
        return None
    for key in entry:
        if key not in SOURCE_KEYS:
            log.warn(spec, f"source {i}: unknown key {key!r} (ignored)", key_lines.get(str(key), at))
    rel = str(entry["file"])
    path = spec.parent / rel
    if not_a_file(path) == LINK_LOOP:  # resolving it would fail: say what it is
        log.error(spec, f"source {i}: file {rel!r} {LINK_LOOP}", key_lines.get("file", at))
        return None
    if Path(rel).is_absolute() or not inside(path, root):
        what = "a link to a file outside" if inside(path.parent, root) and path.is_symlink() else "outside"
        log.error(spec, f"source {i}: file {rel!r} is {what} the brief folder", key_lines.get("file", at))
        return None
    sid = slug(text_value(entry.get("id")) or Path(rel).stem)
    if sid in seen:
        log.error(spec, f"source {i}: duplicate id {sid!r}", key_lines.get("id", at))
        return None
    seen.add(sid)
    article = load_article(log, path, sid)
    if article is None:
        return None
    for key in ("outlet", "url", "author"):
        if text_value(entry.get(key)):
            setattr(article, key, text_value(entry[key]))
    if entry.get("published") is not None:
        article.published = iso_date(entry["published"])
        if article.published is None:
            log.warn(spec, f"source {sid}: published is not an ISO date (YYYY-MM-DD)")
    if text_value(entry.get("headline")):
        article.headline = text_value(entry["headline"])
    if isinstance(entry.get("partial"), bool):
        article.partial = entry["partial"]
    elif entry.get("partial") is not None:
        log.warn(spec, f"source {sid}: partial is not true or false; ignored", key_lines.get("partial", at))
    return article


def people_hints(log: ProblemLog, spec: Path, value: object, lines: dict[str, int]) -> list[PersonHint]:
    """brief.yaml's `people`: names (with aliases) the editor says are people."""
    hints: list[PersonHint] = []
    for entry in list_value(value):
        if isinstance(entry, str):
            hints.append(PersonHint(entry))
        elif isinstance(entry, dict) and text_value(entry.get("name")):
            for key in entry:
                if key not in PERSON_KEYS:
                    log.warn(spec, f"people: unknown key {key!r} (ignored)", lines.get(str(key)))
            aliases = tuple(a for a in map(text_value, list_value(entry.get("aliases"))) if a)
            hints.append(PersonHint(text_value(entry["name"]), aliases))
        else:
            log.warn(spec, "people: each entry needs a 'name'", lines.get("people"))
    return hints


def key_lines(text: str) -> dict[str, int]:
    """The line where each key first appears, for messages about it."""
    lines: dict[str, int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        m = re.match(r"^\s*-?\s*([A-Za-z_][\w-]*)\s*:", line)
        if m and m.group(1) not in lines:
            lines[m.group(1)] = n
    return lines


def source_lines(text: str) -> list[tuple[int, dict[str, int]]]:
    """For each entry of `sources`: its line and the line of each of its keys.
    yaml.compose builds nodes only, so tags are never acted on here."""
    import yaml

    try:
        root = compose_yaml(text)
    except (yaml.YAMLError, RecursionError, AliasBomb):
        return []
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if getattr(key, "value", None) == "sources" and isinstance(value, yaml.SequenceNode):
            out = []
            for item in value.value:
                keys = {}
                if isinstance(item, yaml.MappingNode):
                    keys = {
                        str(k.value): k.start_mark.line + 1
                        for k, _ in item.value
                        if isinstance(k, yaml.ScalarNode)
                    }
                out.append((item.start_mark.line + 1, keys))
            return out
    return []
