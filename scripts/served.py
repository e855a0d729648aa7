"""`newsbrief serve` driven from outside, as a user's browser sees it: the server
as a real process, headless Chromium through Playwright (Debian's chromium, never
a downloaded browser), and the terminal text the page receives. Used by the
browser test and by screenshots.py for the README's browser screenshot."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

# The network is closed: without these flags Chromium tries to connect out.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
_ESCAPES = re.compile(
    r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Z0-9]|\x1b[=>78]"
)


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None


def missing() -> str | None:
    """Why a browser session cannot run here, or None when it can."""
    if chromium_path() is None:
        return "Chromium is not installed (apt-get install -y chromium; .ci/run does it)"
    for module, package in (("playwright", "playwright"), ("textual_serve", "textual-serve")):
        try:
            __import__(module)
        except ImportError:
            return f"{package} is not installed (pip install '.[test]')"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(paths: list[Path], port: int, timeout: float = 30) -> Iterator[tuple[str, str]]:
    """`newsbrief serve PATH... --port PORT` as a process; yields (url, its first line)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "tui", "serve", *map(str, paths), "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    first: list[str] = []
    reader = threading.Thread(target=lambda: first.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    try:
        if not first or not first[0]:
            process.kill()
            raise RuntimeError(f"newsbrief serve did not start: {process.stderr.read()[-2000:]}")
        yield f"http://127.0.0.1:{port}/", first[0].strip()
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class TerminalText:
    """Everything the app sent to the page's terminal, as text without escape codes."""

    def __init__(self, page) -> None:
        self.frames: list[str] = []
        page.on("websocket", lambda ws: ws.on("framereceived", self._received))

    def _received(self, payload) -> None:
        self.frames.append(payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload)

    def mark(self) -> int:
        return len(self.frames)

    def since(self, mark: int = 0) -> str:
        return _ESCAPES.sub("", "".join(self.frames[mark:]))

    def wait_for(self, page, needle: str, mark: int = 0, timeout_ms: int = 20000) -> bool:
        for _ in range(timeout_ms // 100):
            if needle in self.since(mark):
                return True
            page.wait_for_timeout(100)
        return needle in self.since(mark)


def open_page(browser, url: str, size: tuple[int, int] = (1280, 800)):
    """A fresh page (its own app process) once the app has drawn; and its TerminalText."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, accept_downloads=True)
    page = context.new_page()
    text = TerminalText(page)
    page.goto(url)
    page.wait_for_selector("body.-first-byte", timeout=30000)
    text.wait_for(page, "Discrepancies")
    page.focus(".xterm-helper-textarea")  # keys go to the terminal, as after a click
    return context, page, text


def launch(playwright):
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS, headless=True)
