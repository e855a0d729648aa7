"""review.yaml from disk to marks, checked the way brief.yaml is: every problem with
its line. One error and the file is not used at all (the app opens without verdicts
and says why, and newsbrief never writes over it); warnings leave it usable.

    version: 1
    findings:
      figure-3f9a0c12d4:
        verdict: confirmed          # confirmed | follow_up | dismissed
        note: The agency's own release says 3,000 arrests.
        about: 'figure: 3,000 per day'
      role-0a1b2c3d4e: dismissed    # a verdict alone may stand for the mapping"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tui.brief.errors import Problem
from tui.brief.files import read_text
from tui.brief.problems import ProblemLog
from tui.regex_cache import compiled
from tui.review import yaml_nodes as nodes
from tui.review.model import VERDICTS, Mark, clean_note

FORMAT = 1  # `version:` of the files this newsbrief writes
MAX_REVIEW_BYTES = 2 * 1024 * 1024  # thousands of findings with long notes; parsed in a second
TOP_KEYS = ("version", "brief", "title", "findings")
ENTRY_KEYS = ("verdict", "note", "about")
# What compare.ids makes: the kind, ten hex digits, and -2, -3 for findings that hash alike.
FINDING_ID = compiled(r"[a-z][a-z_]*-[0-9a-f]{10}(?:-[0-9]+)?")
_SHOWN_ID = 60  # an id in a message is cut to this many characters


@dataclass
class ReadResult:
    marks: dict[str, Mark] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    exists: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.error]


def read_review(path: Path) -> ReadResult:
    """The marks in `path`; no file is an empty review, not a problem."""
    if not path.exists() and not path.is_symlink():
        return ReadResult()
    log = ProblemLog()
    text = read_text(log, path, MAX_REVIEW_BYTES)
    root = nodes.compose(log, path, text) if text is not None else None
    marks = _marks(log, path, root) if not log.problems else {}
    if any(p.error for p in log.problems):
        marks = {}
    return ReadResult(marks, log.problems, exists=True)


def _marks(log: ProblemLog, path: Path, root: yaml.Node | None) -> dict[str, Mark]:
    if root is None or nodes.is_null(root):
        return {}
    if not isinstance(root, yaml.MappingNode):
        log.error(path, "review.yaml must be a mapping with a 'findings' mapping", nodes.line(root))
        return {}
    entries = None
    for key, value in root.value:
        name = nodes.text_of(key)
        if name == "version":
            _check_version(log, path, value)
        elif name == "findings":
            entries = value
        elif name in ("brief", "title"):
            if nodes.text_of(value) is None and not nodes.is_null(value):
                log.warn(path, f"{name!r} should be text (ignored)", nodes.line(value))
        else:
            log.warn(path, f"unknown key {_shown(key)} (ignored)", nodes.line(key))
    if entries is None or nodes.is_null(entries):
        return {}
    if not isinstance(entries, yaml.MappingNode):
        log.error(
            path,
            f"'findings' must be a mapping of finding ids, not {nodes.kind_of(entries)}",
            nodes.line(entries),
        )
        return {}
    return _entries(log, path, entries)


def _check_version(log: ProblemLog, path: Path, value: yaml.Node) -> None:
    if isinstance(value, yaml.ScalarNode) and value.tag == nodes.INT and value.value.isdigit():
        if int(value.value) > FORMAT:
            log.error(
                path,
                f"version {value.value} is newer than this newsbrief reads ({FORMAT})",
                nodes.line(value),
            )
        return
    log.error(path, f"'version' must be a number ({FORMAT}), not {nodes.kind_of(value)}", nodes.line(value))


def _entries(log: ProblemLog, path: Path, entries: yaml.MappingNode) -> dict[str, Mark]:
    marks: dict[str, Mark] = {}
    for key, value in entries.value:
        fid = nodes.text_of(key)
        if fid is None or not FINDING_ID.fullmatch(fid):
            log.error(path, f"{_shown(key)} is not a finding id (such as figure-3f9a0c12d4)", nodes.line(key))
            continue
        if fid in marks:
            log.warn(path, f"finding {fid} is given twice; the last one wins", nodes.line(key))
        mark = _entry(log, path, fid, value)
        if mark is not None:
            marks[fid] = mark
    return marks


def _entry(log: ProblemLog, path: Path, fid: str, value: yaml.Node) -> Mark | None:
    """One finding's mark: a mapping, or a verdict standing alone."""
    if isinstance(value, yaml.ScalarNode) and not nodes.is_null(value):
        verdict = _verdict(log, path, fid, value)
        return Mark(verdict) if verdict else None
    if not isinstance(value, yaml.MappingNode):
        if not nodes.is_null(value):
            log.error(
                path,
                f"finding {fid}: expected a verdict or a mapping, not {nodes.kind_of(value)}",
                nodes.line(value),
            )
        return None
    fields: dict[str, str | None] = {}
    for key, item in value.value:
        name = nodes.text_of(key)
        if name not in ENTRY_KEYS:
            log.warn(path, f"finding {fid}: unknown key {_shown(key)} (ignored)", nodes.line(key))
        elif name == "verdict":
            fields[name] = None if nodes.is_null(item) else _verdict(log, path, fid, item)
        elif nodes.is_null(item):
            fields[name] = ""
        elif nodes.text_of(item) is None:
            hint = " (put it in quotes)" if isinstance(item, yaml.ScalarNode) else ""
            log.error(
                path, f"finding {fid}: {name} must be text, not {nodes.kind_of(item)}{hint}", nodes.line(item)
            )
        else:
            fields[name] = nodes.text_of(item)
    mark = Mark(fields.get("verdict"), clean_note(fields.get("note")), (fields.get("about") or "").strip())
    return None if mark.empty else mark


def _verdict(log: ProblemLog, path: Path, fid: str, node: yaml.Node) -> str | None:
    word = nodes.text_of(node)
    normal = word.strip().lower().replace(" ", "_").replace("-", "_") if word is not None else None
    if normal in VERDICTS:
        return normal  # "Follow up" and "follow-up" as written by hand
    shown = repr(word[:_SHOWN_ID]) if word is not None else nodes.kind_of(node)
    log.error(
        path, f"finding {fid}: verdict must be one of {', '.join(VERDICTS)}, not {shown}", nodes.line(node)
    )
    return None


def _shown(node: yaml.Node) -> str:
    """A key as the user wrote it, cut short and quoted, for a message."""
    if isinstance(node, yaml.ScalarNode):
        return repr(node.value[:_SHOWN_ID])
    return nodes.kind_of(node)
