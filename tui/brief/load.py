"""Files on disk to a Brief. Every problem is collected with the file (and line)
it comes from, so `check` can list them all and `load_brief` can stop on the first."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tui.brief.articles import parse_markdown, parse_text, split_front_matter
from tui.brief.errors import BriefError, Problem, display_path
from tui.brief.model import Article, Brief, PersonHint

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
BRIEF_FILE = "brief.yaml"
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
MAX_YAML_BYTES = 1024 * 1024

BRIEF_KEYS = {"title", "summary", "sources", "people", "ignore", "notes"}
SOURCE_KEYS = {"id", "file", "outlet", "url", "published", "author", "headline"}
FRONT_MATTER_KEYS = {"outlet", "url", "published", "author", "headline", "title", "date"}
PERSON_KEYS = {"name", "aliases"}


@dataclass
class LoadResult:
    brief: Brief | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]


def slug(text: str) -> str:
    """A short id from a file stem: lower case, words joined by '-'."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:40].strip("-") or "source"


def iso_date(value: object) -> str | None:
    """An ISO date string from what YAML or front matter gave, or None if it is not one."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        m = re.match(r"^\s*(\d{4}-\d{2}-\d{2})", value)
        if m:
            try:
                dt.date.fromisoformat(m.group(1))
                return m.group(1)
            except ValueError:
                return None
    return None


class _Loader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def error(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.problems.append(Problem(display_path(path), message, line))

    def warn(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.problems.append(Problem(display_path(path), message, line, error=False))

    # --- reading ---------------------------------------------------------

    def read_text(self, path: Path, limit: int) -> str | None:
        try:
            if path.is_dir():
                self.error(path, "is a folder, not a file")
                return None
            size = path.stat().st_size
            if size > limit:
                mib = size / (1024 * 1024)
                self.error(path, f"file is too large ({mib:.1f} MiB; the limit is {limit // (1024 * 1024)} MiB)")
                return None
            raw = path.read_bytes()
        except FileNotFoundError:
            self.error(path, "no such file")
            return None
        except OSError as exc:
            self.error(path, f"cannot read file ({exc.strerror or exc})")
            return None
        if b"\x00" in raw[:8192]:
            self.error(path, "binary file, not text")
            return None
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            self.error(path, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})", line)
            return None

    def parse_yaml(self, path: Path, text: str, line_offset: int = 0) -> object:
        try:
            return yaml.safe_load(text)
        except yaml.constructor.ConstructorError as exc:
            mark = exc.problem_mark
            line = mark.line + 1 + line_offset if mark else None
            tag = re.search(r"tag '([^']+)'", str(exc.problem))
            what = f"YAML tag {tag.group(1)} is not allowed" if tag else "YAML tags are not allowed"
            self.error(path, what, line)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 + line_offset if mark else None
            problem = getattr(exc, "problem", None) or "not valid YAML"
            self.error(path, f"invalid YAML: {problem}", line)
        return None

    # --- one article -----------------------------------------------------

    def load_article(self, path: Path, source_id: str) -> Article | None:
        raw = self.read_text(path, MAX_ARTICLE_BYTES)
        if raw is None:
            return None
        meta: dict = {}
        suffix = path.suffix.lower()
        if suffix in (".html", ".htm"):
            from tui.brief.importing import html_to_markdown

            try:
                meta, raw = html_to_markdown(raw, url=None)
            except BriefError as exc:
                self.error(path, exc.problem.message)
                return None
            suffix = ".md"
        front, body, fm_lines = split_front_matter(raw)
        if front is not None:
            data = self.parse_yaml(path, front, line_offset=1)
            if isinstance(data, dict):
                for key in data:
                    if key not in FRONT_MATTER_KEYS:
                        self.warn(path, f"unknown front matter key {key!r} (ignored)", None)
                meta.update({k: v for k, v in data.items() if v is not None})
            elif data is not None:
                self.error(path, "front matter is not a mapping of keys to values", 2)
        article = parse_markdown(source_id, body) if suffix in (".md", ".markdown") else parse_text(source_id, body)
        if not article.headline and meta.get("headline"):
            headline = str(meta["headline"])
            article = parse_markdown(source_id, f"# {headline}\n\n{body}")
        if not article.text.strip() or not article.body_blocks():
            self.error(path, "article is empty")
            return None
        article.path = path
        article.outlet = _str(meta.get("outlet"))
        article.url = _str(meta.get("url"))
        article.author = _str(meta.get("author"))
        published = meta.get("published", meta.get("date"))
        article.published = iso_date(published)
        if published is not None and article.published is None:
            self.warn(path, f"published {published!r} is not an ISO date (YYYY-MM-DD); ignored")
        return article

    # --- whole briefs ----------------------------------------------------

    def from_files(self, files: list[Path], title: str | None = None, root: Path | None = None) -> Brief | None:
        articles: list[Article] = []
        seen: dict[str, Path] = {}
        for path in files:
            sid = slug(path.stem)
            base, n = sid, 2
            while sid in seen:  # zero-config: two files with one stem still both load
                sid, n = f"{base}-{n}", n + 1
            seen[sid] = path
            article = self.load_article(path, sid)
            if article:
                articles.append(article)
        if not files:
            self.error(root or ".", "no article files (.md, .markdown, .txt, .html, .htm) found")
            return None
        if not articles:
            return None
        if title is None:
            title = articles[0].headline or articles[0].id
        return Brief(title=title, articles=articles, path=root)

    def from_folder(self, folder: Path) -> Brief | None:
        spec = folder / BRIEF_FILE
        if spec.is_file():
            return self.from_spec(spec)
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
        title = folder.resolve().name.replace("-", " ").replace("_", " ").strip().capitalize() or None
        return self.from_files(files, title=title, root=folder)

    def from_spec(self, spec: Path) -> Brief | None:
        text = self.read_text(spec, MAX_YAML_BYTES)
        if text is None:
            return None
        data = self.parse_yaml(spec, text)
        if data is None and not self.problems:
            self.error(spec, "brief.yaml is empty: it needs at least a 'sources' list")
            return None
        if data is None:
            return None
        if not isinstance(data, dict):
            self.error(spec, "brief.yaml must be a mapping with a 'sources' list", 1)
            return None
        lines = _key_lines(text)
        for key in data:
            if key not in BRIEF_KEYS:
                self.warn(spec, f"unknown key {key!r} (ignored)", lines.get(str(key)))
        folder = spec.parent
        sources = data.get("sources")
        if not isinstance(sources, list) or not sources:
            self.error(spec, "'sources' must be a non-empty list of {id, file, ...}", lines.get("sources"))
            return None
        articles: list[Article] = []
        seen: set[str] = set()
        root = folder.resolve()
        for i, entry in enumerate(sources, 1):
            if isinstance(entry, str):
                entry = {"file": entry}
            if not isinstance(entry, dict) or not entry.get("file"):
                self.error(spec, f"source {i} needs a 'file'", lines.get("sources"))
                continue
            for key in entry:
                if key not in SOURCE_KEYS:
                    self.warn(spec, f"source {i}: unknown key {key!r} (ignored)", lines.get(str(key)))
            rel = str(entry["file"])
            path = folder / rel
            if Path(rel).is_absolute() or not _inside(path, root):
                self.error(spec, f"source {i}: file {rel!r} is outside the brief folder", lines.get("sources"))
                continue
            sid = slug(str(entry.get("id") or Path(rel).stem))
            if sid in seen:
                self.error(spec, f"source {i}: duplicate id {sid!r}", lines.get("sources"))
                continue
            seen.add(sid)
            article = self.load_article(path, sid)
            if article is None:
                continue
            for key in ("outlet", "url", "author"):
                if entry.get(key):
                    setattr(article, key, str(entry[key]))
            if entry.get("published") is not None:
                article.published = iso_date(entry["published"])
                if article.published is None:
                    self.warn(spec, f"source {sid}: published is not an ISO date (YYYY-MM-DD)")
            if entry.get("headline"):
                article.headline = str(entry["headline"])
            articles.append(article)
        if not articles:
            if not any(p.error for p in self.problems):
                self.error(spec, "the brief has no articles")
            return None
        title = _str(data.get("title")) or folder.resolve().name.replace("-", " ").capitalize()
        return Brief(
            title=title,
            summary=_str(data.get("summary")) or "",
            articles=articles,
            path=folder,
            people=self.people_hints(spec, data.get("people"), lines),
            ignore=[str(x) for x in _list(data.get("ignore"))],
            notes=[str(x) for x in _list(data.get("notes"))],
        )

    def people_hints(self, spec: Path, value: object, lines: dict[str, int]) -> list[PersonHint]:
        hints: list[PersonHint] = []
        for entry in _list(value):
            if isinstance(entry, str):
                hints.append(PersonHint(entry))
            elif isinstance(entry, dict) and entry.get("name"):
                for key in entry:
                    if key not in PERSON_KEYS:
                        self.warn(spec, f"people: unknown key {key!r} (ignored)", lines.get(str(key)))
                aliases = tuple(str(a) for a in _list(entry.get("aliases")))
                hints.append(PersonHint(str(entry["name"]), aliases))
            else:
                self.warn(spec, "people: each entry needs a 'name'", lines.get("people"))
        return hints


def _str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _inside(path: Path, root: Path) -> bool:
    """True when path, symlinks followed, stays inside root."""
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def _key_lines(text: str) -> dict[str, int]:
    """The line where each key first appears, for messages about it."""
    lines: dict[str, int] = {}
    for n, line in enumerate(text.splitlines(), 1):
        m = re.match(r"^\s*-?\s*([A-Za-z_][\w-]*)\s*:", line)
        if m and m.group(1) not in lines:
            lines[m.group(1)] = n
    return lines


def inspect_brief(paths: list[Path]) -> LoadResult:
    """Load what can be loaded and report every problem met on the way."""
    loader = _Loader()
    brief: Brief | None = None
    if not paths:
        loader.error(".", "no brief given")
    elif len(paths) == 1 and paths[0].is_dir():
        brief = loader.from_folder(paths[0])
    elif len(paths) == 1 and paths[0].suffix.lower() in (".yaml", ".yml"):
        if paths[0].is_file():
            brief = loader.from_spec(paths[0])
        else:
            loader.error(paths[0], "no such file")
    else:
        files: list[Path] = []
        for path in paths:
            if path.is_dir():
                loader.error(path, "give one brief folder, or article files, not both")
            elif path.suffix.lower() not in ARTICLE_SUFFIXES:
                if not path.exists():
                    loader.error(path, "no such file")
                else:
                    loader.error(path, f"not an article file (expected one of {', '.join(ARTICLE_SUFFIXES)})")
            else:
                files.append(path)
        if files:
            root = files[0].parent
            brief = loader.from_files(files, root=root)
    if brief is not None:
        brief.warnings = [str(p) for p in loader.problems if not p.error]
    return LoadResult(brief if not any(p.error for p in loader.problems) else None, loader.problems)


def load_brief(paths: list[Path] | Path) -> Brief:
    """The brief, or BriefError with the first problem that stops it loading."""
    if isinstance(paths, Path):
        paths = [paths]
    result = inspect_brief(list(paths))
    if result.errors:
        raise BriefError(result.errors[0])
    assert result.brief is not None
    return result.brief
