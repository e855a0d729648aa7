"""`newsbrief check`: every problem in a brief at once, the loader's and a few more
that do not stop a brief from loading but would surprise its editor."""

from __future__ import annotations

import contextlib
from pathlib import Path

import yaml

from tui.brief.errors import Problem
from tui.brief.files import ARTICLE_SUFFIXES, MAX_YAML_BYTES, max_bytes, normalise_newlines
from tui.brief.load import inspect_brief
from tui.brief.model import Brief
from tui.brief.paths import safe_path as display_path
from tui.brief.spec import BRIEF_FILE
from tui.brief.yaml_load import AliasBomb, compose_yaml, load_yaml
from tui.regex_cache import compiled

# What reading brief.yaml again can raise: the loader has already said what is wrong.
_UNREADABLE_YAML = (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError, AliasBomb)
SHORT_ARTICLE_WORDS = 25  # fewer words than a lead paragraph: probably a bad copy
_TERMINAL_CODES = compiled(rb"\x1b|\x9b|[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]")


def check_brief(paths: list[Path]) -> list[Problem]:
    """All problems, errors and warnings, in the order a reader would fix them."""
    result = inspect_brief(paths)
    problems = list(result.problems)
    spec = _spec_path(paths)
    if spec is not None:
        problems.extend(_yaml_duplicates(spec))
        problems.extend(_unlisted_files(spec, result.partial))
    if result.partial is not None:
        problems.extend(_article_warnings(result.partial))
    problems.extend(_review_problems(result.brief))
    seen: set[str] = set()
    unique = []
    for p in problems:
        if str(p) not in seen:
            seen.add(str(p))
            unique.append(p)
    return unique


def _review_problems(brief: Brief | None) -> list[Problem]:
    """The brief's review.yaml (or its file in the data folder), checked like brief.yaml."""
    from tui.review.check import check_review

    return check_review(brief)


def _spec_path(paths: list[Path]) -> Path | None:
    if len(paths) != 1:
        return None
    path = paths[0]
    if path.is_dir():
        path = path / BRIEF_FILE
    if path.suffix.lower() in (".yaml", ".yml") and path.is_file():
        return path
    return None


def _yaml_duplicates(spec: Path) -> list[Problem]:
    """A key given twice: YAML keeps the last silently, the editor meant one of them."""
    try:
        if spec.stat().st_size > MAX_YAML_BYTES:
            return []
        root = compose_yaml(_spec_text(spec))
    except _UNREADABLE_YAML:
        return []  # the loader has said what is wrong
    out: list[Problem] = []
    stack = [root]
    walked: set[int] = set()  # a node an alias shares is checked once
    while stack:
        node = stack.pop()
        if id(node) in walked:
            continue
        walked.add(id(node))
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                name = str(getattr(key, "value", ""))
                if name in seen:
                    out.append(
                        Problem(
                            display_path(spec),
                            f"key {name!r} is given twice; the last one wins",
                            key.start_mark.line + 1,
                            error=False,
                        )
                    )
                seen.add(name)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return sorted(out, key=lambda p: p.line or 0)


def _spec_text(spec: Path) -> str:
    """brief.yaml's text with its line ends as the loader reads them."""
    return normalise_newlines(spec.read_text(encoding="utf-8"))


def _unlisted_files(spec: Path, brief: Brief | None) -> list[Problem]:
    """Article files in the folder that brief.yaml does not list: often a forgotten source."""
    if brief is None:
        return []
    listed = {a.path.resolve() for a in brief.articles if a.path is not None}
    try:
        data = load_yaml(_spec_text(spec))
    except _UNREADABLE_YAML:
        data = None
    if isinstance(data, dict) and isinstance(data.get("sources"), list):
        for entry in data["sources"]:
            rel = entry.get("file") if isinstance(entry, dict) else entry
            if isinstance(rel, str):
                with contextlib.suppress(OSError, RuntimeError):
                    listed.add((spec.parent / rel).resolve())
    folder = spec.parent
    out = []
    for sub in (folder, folder / "sources"):
        if not sub.is_dir():
            continue
        for path in sorted(sub.iterdir()):
            if path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file() and path.resolve() not in listed:
                out.append(
                    Problem(
                        display_path(path), f"not listed in {BRIEF_FILE} (not part of the brief)", error=False
                    )
                )
    return out


def _article_warnings(brief: Brief) -> list[Problem]:
    out: list[Problem] = []
    by_file: dict[Path, str] = {}
    for article in brief.articles:
        where = display_path(article.path) if article.path else article.id
        if article.path is not None:
            real = article.path.resolve()
            if real in by_file:
                out.append(
                    Problem(
                        where,
                        f"source {article.id!r} is the same file as source {by_file[real]!r}",
                        error=False,
                    )
                )
            by_file.setdefault(real, article.id)
            codes = _terminal_codes(article.path)
            if codes:
                out.append(
                    Problem(
                        where, f"{codes} terminal control character(s) removed from the text", error=False
                    )
                )
        if not article.headline:
            out.append(
                Problem(where, "no headline (a first '# heading', or a first line in a .txt)", error=False)
            )
        body_words = sum(len(b.text.split()) for b in article.body_blocks())
        if body_words < SHORT_ARTICLE_WORDS:
            unit = "word" if body_words == 1 else "words"
            out.append(Problem(where, f"article is very short ({body_words} {unit})", error=False))
    return out


def _terminal_codes(path: Path) -> int:
    try:
        if path.stat().st_size > max_bytes(path):
            return 0
        return len(_TERMINAL_CODES.findall(path.read_bytes()))
    except OSError:
        return 0
