"""YAML text (brief.yaml, an article's front matter) to data: safe loading only (tags
are refused), libyaml's parser when PyYAML has it (CSafeLoader parses front matter
about twelve times faster than the pure-Python one), and aliases bounded: a "billion
laughs" document, nine aliases to nine aliases to ..., is refused before anything
walks it. Each failure becomes one problem with its line."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from tui.brief.problems import ProblemLog

MAX_EXPANDED = 100_000  # values a document may stand for once its aliases are expanded


class AliasBomb(Exception):
    """The document's aliases expand it past MAX_EXPANDED values, or refer to themselves."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


_IMPOSSIBLE = "while constructing a value"  # the context of a value YAML resolves and cannot hold


def _timestamp(constructor, node):
    """PyYAML's date and time, with a date no calendar holds ("2024-02-30") as a YAML
    error at its node's line: PyYAML itself lets the ValueError out, with no line."""
    import yaml

    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(constructor, node)
    except (ValueError, OverflowError) as exc:
        raise yaml.constructor.ConstructorError(_IMPOSSIBLE, None, str(exc), node.start_mark) from None


@cache
def _loaders() -> tuple:
    """libyaml's loader first when PyYAML has it, then the pure-Python one: a document
    libyaml refuses is parsed again by the latter, whose messages (and lines) the user
    gets either way, with or without libyaml. Each builds dates with _timestamp."""
    import yaml  # imported here: a folder of articles without brief.yaml never pays for it

    bases = [getattr(yaml, "CSafeLoader", None), yaml.SafeLoader]
    loaders = []
    for base in filter(None, bases):
        loader = type(base.__name__, (base,), {})
        loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
        loaders.append(loader)
    return tuple(loaders)


def _node(text: str, then=None):
    """The document's node tree, checked for alias bombs, and `then(loader, node)`."""
    import yaml

    loaders = _loaders()
    for n, cls in enumerate(loaders):
        loader = cls(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            if "*" in text or len(text) > MAX_EXPANDED // 4:
                # Only an alias ("*name") shares a node; without one, each node stands
                # for itself, and a text this short holds fewer than MAX_EXPANDED nodes.
                check_aliases(node)
            return then(loader, node) if then else node
        except yaml.MarkedYAMLError:
            if n == len(loaders) - 1:
                raise
        finally:
            loader.dispose()
    return None


def compose_yaml(text: str):
    """The document's node tree (nothing constructed, so tags are never acted on), or
    None for an empty document. Raises yaml.YAMLError, or AliasBomb."""
    return _node(text)


def check_aliases(root) -> None:
    """Count what the tree stands for with aliases expanded, each shared node once
    (linear in the nodes, however many times they are reused)."""
    size: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            on_path.discard(key)
            size[key] = 1 + sum(size[id(c)] for c in children)
            if size[key] > MAX_EXPANDED:
                raise AliasBomb(
                    f"YAML aliases expand this document to more than {MAX_EXPANDED:,} values (refused)",
                    node.start_mark.line + 1 if node.start_mark else None,
                )
            continue
        if key in size:
            continue
        if key in on_path:
            raise AliasBomb("a YAML alias refers to the list or mapping it is in", _line(node))
        on_path.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in size)


def _children(node) -> list:
    value = node.value
    if not isinstance(value, list):
        return []
    if value and isinstance(value[0], tuple):  # a mapping: (key, value) pairs
        return [n for pair in value for n in pair]
    return value


def _line(node) -> int | None:
    return node.start_mark.line + 1 if getattr(node, "start_mark", None) else None


def load_yaml(text: str) -> object:
    """The data, raising yaml.YAMLError, AliasBomb or RecursionError."""
    return _node(text, lambda loader, node: loader.construct_document(node))


def parse_yaml(log: ProblemLog, path: Path, text: str, line_offset: int = 0) -> object:
    """The data, or None (with the problem in `log` when the text is not valid YAML)."""
    import yaml

    try:
        return load_yaml(text)
    except RecursionError:
        log.error(path, "invalid YAML: nested too deeply")
    except AliasBomb as exc:
        log.error(path, str(exc), exc.line + line_offset if exc.line else None)
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 + line_offset if mark else None
        if exc.context == _IMPOSSIBLE:
            log.error(path, f"invalid YAML value: {exc.problem}", line)
            return None
        tag = re.search(r"tag '([^']+)'", str(exc.problem))
        what = f"YAML tag {tag.group(1)} is not allowed" if tag else "YAML tags are not allowed"
        log.error(path, what, line)
    except yaml.reader.ReaderError as exc:
        log.error(path, _control_character(exc), _reader_line(text, exc) + line_offset)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        problem = getattr(exc, "problem", None) or "not valid YAML"
        log.error(path, f"invalid YAML: {problem}", line)
    return None


def _control_character(exc) -> str:
    char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
    return f"invalid YAML: control character 0x{char:02x} is not allowed"


def _reader_line(text: str, exc) -> int:
    """libyaml counts the position in UTF-8 bytes, the Python reader in characters."""
    if exc.encoding == "?":  # libyaml's
        return text.encode("utf-8", "surrogateescape")[: exc.position].count(b"\n") + 1
    return text[: exc.position].count("\n") + 1
