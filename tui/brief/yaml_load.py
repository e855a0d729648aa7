"""YAML text (brief.yaml, an article's front matter) to data with yaml.safe_load: tags
are refused, and each failure becomes one problem with its line."""

from __future__ import annotations

import re
from pathlib import Path

from tui.brief.problems import ProblemLog


def parse_yaml(log: ProblemLog, path: Path, text: str, line_offset: int = 0) -> object:
    """The data, or None (with the problem in `log` when the text is not valid YAML)."""
    import yaml  # imported here: a folder of articles without brief.yaml never pays for it

    try:
        return yaml.safe_load(text)
    except RecursionError:
        log.error(path, "invalid YAML: nested too deeply")
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 + line_offset if mark else None
        tag = re.search(r"tag '([^']+)'", str(exc.problem))
        what = f"YAML tag {tag.group(1)} is not allowed" if tag else "YAML tags are not allowed"
        log.error(path, what, line)
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1 + line_offset
        char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "\0")
        log.error(path, f"invalid YAML: control character 0x{char:02x} is not allowed", line)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark else None
        problem = getattr(exc, "problem", None) or "not valid YAML"
        log.error(path, f"invalid YAML: {problem}", line)
    return None
