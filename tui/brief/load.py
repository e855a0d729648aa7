"""Files on disk to a Brief. Every problem is collected with the file (and line)
it comes from, so `check` can list them all and `load_brief` can stop on the first."""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tui.brief.articles import parse_markdown, parse_text, split_front_matter
from tui.brief.errors import BriefError, Problem, display_path
from tui.brief.model import Article, Brief, PersonHint
from tui.brief.sanitize import clean_text

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
BRIEF_FILE = "brief.yaml"
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
MAX_HTML_BYTES = 10 * 1024 * 1024  # a saved page carries its scripts and styles
MAX_YAML_BYTES = 1024 * 1024
# File signatures of formats people mistake for text: a clearer message than "binary".
MAGIC = (
    (b"%PDF", "a PDF file, not text (copy its text into a .txt file)"),
    (b"PK\x03\x04", "a ZIP-based file (docx, odt, epub, zip), not text"),
    (b"\x89PNG", "an image (PNG), not text"),
    (b"\xff\xd8\xff", "an image (JPEG), not text"),
    (b"GIF8", "an image (GIF), not text"),
    (b"\xd0\xcf\x11\xe0", "an old Office document, not text"),
    (b"\x1f\x8b", "a gzip archive, not text"),
    (b"\xff\xfe", "UTF-16 text: save it as UTF-8"),
    (b"\xfe\xff", "UTF-16 text: save it as UTF-8"),
)

BRIEF_KEYS = {"title", "summary", "sources", "people", "ignore", "notes"}
SOURCE_KEYS = {"id", "file", "outlet", "url", "published", "author", "headline"}
FRONT_MATTER_KEYS = {"outlet", "url", "published", "author", "headline", "title", "date"}
PERSON_KEYS = {"name", "aliases"}


@cache
def _unprintable() -> re.Pattern:
    """Compiled on first use: most loads never report a problem."""
    return re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass
class LoadResult:
    brief: Brief | None
    problems: list[Problem] = field(default_factory=list)
    partial: Brief | None = None  # what loaded despite errors, for `check` to look further

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]


def slug(text: str) -> str:
    """A short id from a file stem: lower case, words joined by '-'."""
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s[:40].strip("-") or "source"


def safe_path(path: Path | str) -> str:
    """A path for a message: a file name can hold escape sequences too."""
    return _unprintable().sub("?", display_path(path))


def _html_charset(raw: bytes) -> str | None:
    """The encoding a saved page declares in its first bytes (<meta charset=...>)."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", raw[:4096], re.IGNORECASE)
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return None if codec in ("utf-8", "utf-16", "utf-32") else codec


def max_bytes(path: Path) -> int:
    """How large an article file may be: saved web pages get more room."""
    return MAX_HTML_BYTES if path.suffix.lower() in (".html", ".htm") else MAX_ARTICLE_BYTES


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
        self.problems.append(Problem(safe_path(path), message, line))

    def warn(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.problems.append(Problem(safe_path(path), message, line, error=False))

    # --- reading ---------------------------------------------------------

    def read_text(self, path: Path, limit: int) -> str | None:
        try:
            if path.is_dir():
                self.error(path, "is a folder, not a file")
                return None
            if path.exists() and not path.is_file():  # a FIFO or a device would never end
                self.error(path, "is not a regular file")
                return None
            size = path.stat().st_size
            if size > limit:
                mib = size / (1024 * 1024)
                self.error(
                    path, f"file is too large ({mib:.1f} MiB; the limit is {limit // (1024 * 1024)} MiB)"
                )
                return None
            raw = path.read_bytes()
        except FileNotFoundError:
            self.error(path, "no such file")
            return None
        except OSError as exc:
            self.error(path, f"cannot read file ({exc.strerror or exc})")
            return None
        for magic, what in MAGIC:
            if raw.startswith(magic):
                self.error(path, what)
                return None
        head = raw[:8192]
        controls = sum(1 for b in head if b < 9 or 13 < b < 27 or 27 < b < 32)
        if b"\x00" in head or controls > max(8, len(head) // 20):
            self.error(path, "binary file, not text")
            return None
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            declared = _html_charset(raw) if path.suffix.lower() in (".html", ".htm") else None
            if declared:  # a page saved as the site served it, in its own declared encoding
                try:
                    return raw.decode(declared)
                except (UnicodeDecodeError, LookupError):
                    pass
            line = raw[: exc.start].count(b"\n") + 1
            self.error(path, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})", line)
            return None

    def parse_yaml(self, path: Path, text: str, line_offset: int = 0) -> object:
        import yaml  # imported here: a folder of articles without brief.yaml never pays for it

        try:
            return yaml.safe_load(text)
        except RecursionError:
            self.error(path, "invalid YAML: nested too deeply")
        except yaml.constructor.ConstructorError as exc:
            mark = exc.problem_mark
            line = mark.line + 1 + line_offset if mark else None
            tag = re.search(r"tag '([^']+)'", str(exc.problem))
            what = f"YAML tag {tag.group(1)} is not allowed" if tag else "YAML tags are not allowed"
            self.error(path, what, line)
        except yaml.reader.ReaderError as exc:
            line = text[: exc.position].count("\n") + 1 + line_offset
            char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
            self.error(path, f"invalid YAML: control character 0x{char:02x} is not allowed", line)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 + line_offset if mark else None
            problem = getattr(exc, "problem", None) or "not valid YAML"
            self.error(path, f"invalid YAML: {problem}", line)
        return None

    # --- one article -----------------------------------------------------

    def load_article(self, path: Path, source_id: str) -> Article | None:
        raw = self.read_text(path, max_bytes(path))
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
        if front is not None:  # the article's own metadata is data too: escapes go before YAML sees them
            data = self.parse_yaml(path, clean_text(front), line_offset=1)
            if isinstance(data, dict):
                for key in data:
                    if key not in FRONT_MATTER_KEYS:
                        self.warn(path, f"unknown front matter key {key!r} (ignored)", None)
                meta.update({k: v for k, v in data.items() if v is not None})
            elif data is not None:
                self.error(path, "front matter is not a mapping of keys to values", 2)
        article = (
            parse_markdown(source_id, body) if suffix in (".md", ".markdown") else parse_text(source_id, body)
        )
        if not article.headline and _str(meta.get("headline")):
            headline = _str(meta["headline"])
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

    def from_files(
        self, files: list[Path], title: str | None = None, root: Path | None = None
    ) -> Brief | None:
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
        root = folder.resolve()
        files = []
        for p in sorted(folder.iterdir()):
            if p.suffix.lower() not in ARTICLE_SUFFIXES or not p.is_file():
                continue
            if not _inside(p, root):  # a symlink out of the folder
                self.error(p, "is a link to a file outside the brief folder")
                continue
            files.append(p)
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
        entry_lines = _source_lines(text)
        for i, entry in enumerate(sources, 1):
            at, key_lines = entry_lines[i - 1] if i <= len(entry_lines) else (lines.get("sources"), {})
            if isinstance(entry, str):
                entry = {"file": entry}
            if not isinstance(entry, dict) or not entry.get("file"):
                self.error(spec, f"source {i} needs a 'file'", at)
                continue
            if not isinstance(entry["file"], str):
                self.error(spec, f"source {i}: 'file' must be a path", key_lines.get("file", at))
                continue
            for key in entry:
                if key not in SOURCE_KEYS:
                    self.warn(spec, f"source {i}: unknown key {key!r} (ignored)", key_lines.get(str(key), at))
            rel = str(entry["file"])
            path = folder / rel
            if Path(rel).is_absolute() or not _inside(path, root):
                what = (
                    "a link to a file outside"
                    if _inside(path.parent, root) and path.is_symlink()
                    else "outside"
                )
                self.error(
                    spec, f"source {i}: file {rel!r} is {what} the brief folder", key_lines.get("file", at)
                )
                continue
            sid = slug(_str(entry.get("id")) or Path(rel).stem)
            if sid in seen:
                self.error(spec, f"source {i}: duplicate id {sid!r}", key_lines.get("id", at))
                continue
            seen.add(sid)
            article = self.load_article(path, sid)
            if article is None:
                continue
            for key in ("outlet", "url", "author"):
                if _str(entry.get(key)):
                    setattr(article, key, _str(entry[key]))
            if entry.get("published") is not None:
                article.published = iso_date(entry["published"])
                if article.published is None:
                    self.warn(spec, f"source {sid}: published is not an ISO date (YYYY-MM-DD)")
            if _str(entry.get("headline")):
                article.headline = _str(entry["headline"])
            articles.append(article)
        if not articles:
            if not any(p.error for p in self.problems):
                self.error(spec, "the brief has no articles")
            return None
        for key in ("title", "summary"):
            if data.get(key) is not None and _str(data[key]) is None:
                self.warn(spec, f"{key!r} should be text (ignored)", lines.get(key))
        title = _str(data.get("title")) or folder.resolve().name.replace("-", " ").capitalize()
        return Brief(
            title=title,
            summary=_str(data.get("summary")) or "",
            articles=articles,
            path=folder,
            people=self.people_hints(spec, data.get("people"), lines),
            ignore=[x for x in map(_str, _list(data.get("ignore"))) if x],
            notes=[x for x in map(_str, _list(data.get("notes"))) if x],
        )

    def people_hints(self, spec: Path, value: object, lines: dict[str, int]) -> list[PersonHint]:
        hints: list[PersonHint] = []
        for entry in _list(value):
            if isinstance(entry, str):
                hints.append(PersonHint(entry))
            elif isinstance(entry, dict) and _str(entry.get("name")):
                for key in entry:
                    if key not in PERSON_KEYS:
                        self.warn(spec, f"people: unknown key {key!r} (ignored)", lines.get(str(key)))
                aliases = tuple(a for a in map(_str, _list(entry.get("aliases"))) if a)
                hints.append(PersonHint(_str(entry["name"]), aliases))
            else:
                self.warn(spec, "people: each entry needs a 'name'", lines.get("people"))
        return hints


def _str(value: object) -> str | None:
    """A scalar as text; None for lists and mappings (str() of an aliased YAML
    structure can be exponentially long)."""
    if value is None or isinstance(value, (list, dict, set, tuple)):
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


def _source_lines(text: str) -> list[tuple[int, dict[str, int]]]:
    """For each entry of `sources`: its line and the line of each of its keys.
    yaml.compose builds nodes only, so tags are never acted on here."""
    import yaml

    try:
        root = yaml.compose(text)
    except (yaml.YAMLError, RecursionError):
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
    ok = not any(p.error for p in loader.problems)
    return LoadResult(brief if ok else None, loader.problems, partial=brief)


def load_brief(paths: list[Path] | Path) -> Brief:
    """The brief, or BriefError with the first problem that stops it loading."""
    if isinstance(paths, Path):
        paths = [paths]
    result = inspect_brief(list(paths))
    if result.errors:
        raise BriefError(result.errors[0])
    assert result.brief is not None
    return result.brief
