"""review.yaml's text to YAML nodes, safely: nodes are composed, never constructed
into Python objects; an alias (`*name`) is refused where it stands, so a "billion
laughs" file costs what its text costs; a tag outside YAML's plain types
(`!!python/...`, `!custom`) is refused by name.

This is the review's own helper (issue 13 asks the same of brief.yaml: when
tui.brief.yaml_load refuses aliases too, this module can go). Syntax errors are
worded by tui.brief.yaml_load, as brief.yaml's are."""

from __future__ import annotations

from pathlib import Path

import yaml

from tui.brief.problems import ProblemLog
from tui.brief.yaml_load import parse_yaml

PLAIN = "tag:yaml.org,2002:"
STR, NULL, INT = PLAIN + "str", PLAIN + "null", PLAIN + "int"
# Types that safe_load would make of a plain scalar or collection; any other tag is refused.
_ALLOWED = {PLAIN + t for t in ("str", "null", "bool", "int", "float", "timestamp", "map", "seq")}


class _AliasFound(Exception):
    def __init__(self, mark) -> None:
        self.mark = mark


class _NoAliasLoader(yaml.SafeLoader):
    """The safe loader's composer, stopping at the first alias instead of following it."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise _AliasFound(self.peek_event().start_mark)
        return super().compose_node(parent, index)


def compose(log: ProblemLog, path: Path, text: str) -> yaml.Node | None:
    """The document's root node (None for an empty file), or None with one error in `log`."""
    before = len(log.problems)
    try:
        root = yaml.compose(text, Loader=_NoAliasLoader)
    except _AliasFound as found:
        log.error(path, "YAML aliases (*name) are not allowed", found.mark.line + 1)
        return None
    except (yaml.YAMLError, RecursionError):
        parse_yaml(log, path, text)  # fails the same way, and words it as for brief.yaml
        if len(log.problems) == before:
            log.error(path, "not valid YAML")
        return None
    tagged = _foreign_tag(root)
    if tagged is not None:
        tag = "!!" + tagged.tag.removeprefix(PLAIN) if tagged.tag.startswith(PLAIN) else tagged.tag
        log.error(path, f"YAML tag {tag[:80]} is not allowed", tagged.start_mark.line + 1)
        return None
    return root


def _foreign_tag(root: yaml.Node | None) -> yaml.Node | None:
    """The first node whose tag is not one of YAML's plain types (no alias is left,
    so the nodes form a tree and each is visited once)."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if node.tag not in _ALLOWED:
            return node
        if isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                stack += [value, key]
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    return None


def line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def text_of(node: yaml.Node) -> str | None:
    """A plain string scalar's text; None for anything else (a number, a list, null)."""
    if isinstance(node, yaml.ScalarNode) and node.tag == STR:
        return node.value
    return None


def is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == NULL


def kind_of(node: yaml.Node) -> str:
    """How the user wrote a value, for a message: 'a list', 'a number 3', 'a date'."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    names = {
        "str": "a string",
        "int": "a number",
        "float": "a number",
        "bool": "true/false",
        "timestamp": "a date",
    }
    name = names.get(node.tag.removeprefix(PLAIN), "a value")
    return f"{name} {node.value[:40]!r}" if node.value else name
