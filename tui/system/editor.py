"""$VISUAL / $EDITOR: which command edits a file, as a shell would run it."""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Mapping
from pathlib import Path

HOW_TO_SET = "no editor set: add `export EDITOR=nano` (or vim, or `code --wait`) to your shell profile"


def editor_command(env: Mapping[str, str] | None = None) -> list[str] | None:
    """$VISUAL, else $EDITOR, split as the shell would ("code --wait" is two words)."""
    env = os.environ if env is None else env
    for name in ("VISUAL", "EDITOR"):
        value = (env.get(name) or "").strip()
        if value:
            try:
                return shlex.split(value)
            except ValueError:
                return [value]
    return None


def run_editor(command: list[str], path: Path) -> int:
    """Run the editor on `path` in the foreground; its exit status. Raises
    FileNotFoundError when the editor is not installed."""
    return subprocess.run([*command, str(path)], check=False).returncode
