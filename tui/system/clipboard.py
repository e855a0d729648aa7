"""Copying text where the user will find it, and saying honestly where that was.

OSC 52 (sent by the app through the terminal) reaches the clipboard only when the
terminal allows it, and inside tmux only with `set-clipboard on`. So the text also
goes to the system clipboard tool when there is one (wl-copy, xclip, xsel, pbcopy)
and, inside tmux, to tmux's paste buffer with `load-buffer -w`, which tmux forwards
to the outer terminal's clipboard under its default `set-clipboard external`."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass

TIMEOUT = 3  # seconds; a clipboard tool that hangs (no display) must not hang the app

# (name, command, needs this environment variable); the first one present is used.
DESKTOP_TOOLS = (
    ("wl-copy", ["wl-copy"], "WAYLAND_DISPLAY"),
    ("xclip", ["xclip", "-selection", "clipboard", "-in"], "DISPLAY"),
    ("xsel", ["xsel", "--clipboard", "--input"], "DISPLAY"),
    ("pbcopy", ["pbcopy"], None),
)


@dataclass(frozen=True)
class Copied:
    """Where a copy went: the tools that took the text, and what the user should know."""

    tools: tuple[str, ...]
    osc52: bool
    warning: str | None = None

    def how(self) -> str:
        paths = [*self.tools, *(["OSC 52"] if self.osc52 else [])]
        return " + ".join(paths) if paths else "nowhere"


def _run(command: list[str], text: str, env: Mapping[str, str]) -> bool:
    """Feed `text` to a tool. Its output goes to /dev/null: xclip and wl-copy leave a
    child serving the selection, which would hold a pipe open for ever."""
    path = shutil.which(command[0], path=env.get("PATH", os.defpath))
    if path is None:
        return False
    try:
        done = subprocess.run(
            [path, *command[1:]],
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=dict(env),
            timeout=TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def desktop_tool(env: Mapping[str, str]) -> tuple[str, list[str]] | None:
    """The system clipboard tool this session can use, if any."""
    for name, command, needs in DESKTOP_TOOLS:
        if needs and not env.get(needs):
            continue
        if shutil.which(command[0], path=env.get("PATH", os.defpath)):
            return name, command
    return None


def tmux_set_clipboard(env: Mapping[str, str]) -> str | None:
    """tmux's set-clipboard option (on, external or off), or None outside tmux."""
    if not env.get("TMUX"):
        return None
    path = shutil.which("tmux", path=env.get("PATH", os.defpath))
    if path is None:
        return "unknown"
    try:
        done = subprocess.run(
            [path, "show-options", "-gv", "set-clipboard"],
            capture_output=True,
            text=True,
            env=dict(env),
            timeout=TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    if done.returncode != 0:
        return "unknown"
    return done.stdout.strip() or "unknown"


def _to_tmux(text: str, env: Mapping[str, str]) -> bool:
    # -w also sends it to the outer terminal's clipboard (tmux 3.2+); older tmux lacks -w.
    return _run(["tmux", "load-buffer", "-w", "-"], text, env) or _run(
        ["tmux", "load-buffer", "-"], text, env
    )


def copy_with_tools(text: str, osc52: bool, env: Mapping[str, str] | None = None) -> Copied:
    """Copy through every path that applies here (the caller has sent OSC 52 already
    when `osc52`), and say which worked and what may still go wrong."""
    env = os.environ if env is None else env
    tools: list[str] = []
    found = desktop_tool(env)
    if found and _run(found[1], text, env):
        tools.append(found[0])
    setting = tmux_set_clipboard(env)
    if setting is not None and _to_tmux(text, env):
        tools.append("tmux buffer")
    return Copied(tuple(tools), osc52, _warning(tools, osc52, setting))


def _warning(tools: list[str], osc52: bool, setting: str | None) -> str | None:
    if setting is None or setting == "on":
        return None
    if not tools and osc52:
        return (
            "only OSC 52 was sent, and tmux passes it on only with `set -g set-clipboard on` "
            "(yours is '" + setting + "'): it may not reach your clipboard"
        )
    if tools == ["tmux buffer"] and setting == "off":
        return "it is in tmux's paste buffer (prefix ]) only: tmux has set-clipboard off"
    return None
