"""The $EDITOR round trip in a real terminal: newsbrief in tmux, E hands the
terminal to a fake editor (App.suspend for real), and the app comes back with the
edit in its column. Skips when tmux is not installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

BRIEF = Path(__file__).parent / "briefs" / "harbor-flood"
MARKER = "Tugboat crews said the harbour mouth reopened at dawn."


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def _wait(session: str, predicate, timeout: float = 30) -> str:
    screen = ""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        screen = _tmux("capture-pane", "-p", "-t", session)
        if predicate(screen):
            return screen
        time.sleep(0.2)
    raise AssertionError(f"timed out; the screen was:\n{screen}")


def test_E_suspends_for_the_editor_and_the_app_returns_with_the_edit(tmp_path):
    folder = tmp_path / "brief"
    shutil.copytree(BRIEF, folder)
    editor = tmp_path / "editor.sh"
    editor.write_text(
        "#!/bin/sh\nfor file; do :; done\n"
        'echo "EDITING $file"\nsleep 1\n'
        f"printf '\\n%s\\n' '{MARKER}' >> \"$file\"\n"
    )
    editor.chmod(0o755)
    session = f"newsbrief-test-{uuid.uuid4().hex[:8]}"
    env = {
        "EDITOR": str(editor),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TEXTUAL_THEME": "textual-dark",
        "TERM": "xterm-256color",
    }
    exports = " ".join(f"{k}={v}" for k, v in env.items())
    command = f"cd {tmp_path} && env {exports} {sys.executable} -m tui {folder}; sleep 2"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "120", "-y", "36", command],
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    try:
        _wait(session, lambda s: "Flooding in Port Caldera" in s and "Discrepancies" in s)
        _tmux("send-keys", "-t", session, "E")
        during = _wait(session, lambda s: "EDITING" in s)
        assert f"EDITING {folder / 'sources' / 'wire.md'}" in during
        assert "Discrepancies" not in during  # the editor has the whole terminal
        _wait(session, lambda s: "Discrepancies" in s and "EDITING" not in s)
        _tmux("send-keys", "-t", session, "G")  # the wire column still has focus
        after = _wait(session, lambda s: "Tugboat crews said the harbour" in s)
        assert "reopened at dawn." in after
        assert MARKER in (folder / "sources" / "wire.md").read_text(encoding="utf-8")
        _tmux("send-keys", "-t", session, "q")
        _wait(session, lambda s: "Discrepancies" not in s)
    finally:
        _tmux("kill-session", "-t", session)
