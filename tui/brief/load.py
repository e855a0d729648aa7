"""Files on disk to a Brief: what the user gave (a folder with brief.yaml, a folder of
article files, brief.yaml itself, or loose article files) decides where the sources
come from. Every problem is collected with the file (and line) it comes from, so
`check` can list them all and `load_brief` can stop on the first."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tui.brief.article_file import load_article
from tui.brief.errors import BriefError, Problem
from tui.brief.files import ARTICLE_SUFFIXES, not_a_file
from tui.brief.model import Article, Brief
from tui.brief.paths import inside
from tui.brief.problems import ProblemLog
from tui.brief.spec import BRIEF_FILE, read_spec
from tui.brief.values import slug


@dataclass
class LoadResult:
    brief: Brief | None
    problems: list[Problem] = field(default_factory=list)
    partial: Brief | None = None  # what loaded despite errors, for `check` to look further

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]


def from_files(
    log: ProblemLog, files: list[Path], title: str | None = None, root: Path | None = None
) -> Brief | None:
    """Zero-config: each article file is a source, its id the file's stem."""
    articles: list[Article] = []
    seen: dict[str, Path] = {}
    for path in files:
        sid = slug(path.stem)
        base, n = sid, 2
        while sid in seen:  # zero-config: two files with one stem still both load
            sid, n = f"{base}-{n}", n + 1
        seen[sid] = path
        article = load_article(log, path, sid)
        if article:
            articles.append(article)
    if not files:
        log.error(root or ".", "no article files (.md, .markdown, .txt, .html, .htm) found")
        return None
    if not articles:
        return None
    if title is None:
        from tui.brief.titles import common_title

        title = common_title([a.headline for a in articles]) or articles[0].headline or articles[0].id
    return Brief(title=title, articles=articles, path=root)


def from_folder(log: ProblemLog, folder: Path) -> Brief | None:
    """A brief folder: its brief.yaml when there is one, else every article file in it."""
    spec = folder / BRIEF_FILE
    if spec.is_file():
        return read_spec(log, spec)
    root = folder.resolve()
    files = []
    for p in sorted(folder.iterdir()):
        if p.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        problem = not_a_file(p)
        if problem:  # a pipe, a device or a broken link named like an article: never skipped unsaid
            if problem != "is a folder, not a file":
                log.error(p, problem)
            continue
        # a symlink out of the folder (a plain entry of the folder is inside it: only a
        # link is resolved, which costs a system call per part of the path)
        if p.is_symlink() and not inside(p, root):
            log.error(p, "is a link to a file outside the brief folder")
            continue
        files.append(p)
    return from_files(log, files, root=folder)  # titled from the headlines, as `newsbrief new` does


def inspect_brief(paths: list[Path]) -> LoadResult:
    """Load what can be loaded and report every problem met on the way."""
    log = ProblemLog()
    brief: Brief | None = None
    if not paths:
        log.error(".", "no brief given")
    elif len(paths) == 1 and paths[0].is_dir():
        brief = from_folder(log, paths[0])
    elif len(paths) == 1 and paths[0].suffix.lower() in (".yaml", ".yml"):
        if paths[0].is_file():
            brief = read_spec(log, paths[0])
        else:
            log.error(paths[0], "no such file")
    else:
        files: list[Path] = []
        for path in paths:
            if path.is_dir():
                log.error(path, "give one brief folder, or article files, not both")
            elif path.suffix.lower() not in ARTICLE_SUFFIXES:
                if not path.exists():
                    log.error(path, "no such file")
                else:
                    log.error(path, f"not an article file (expected one of {', '.join(ARTICLE_SUFFIXES)})")
            else:
                files.append(path)
        if files:
            root = files[0].parent
            brief = from_files(log, files, root=root)
    if brief is not None:
        brief.warnings = [str(p) for p in log.problems if not p.error]
    ok = not any(p.error for p in log.problems)
    return LoadResult(brief if ok else None, log.problems, partial=brief)


def load_brief(paths: list[Path] | Path) -> Brief:
    """The brief, or BriefError with the first problem that stops it loading."""
    if isinstance(paths, Path):
        paths = [paths]
    result = inspect_brief(list(paths))
    if result.errors:
        raise BriefError(result.errors[0])
    assert result.brief is not None
    return result.brief
