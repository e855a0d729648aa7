"""Which browser `o` would launch, and whether it takes over the terminal.

webbrowser picks the browser ($BROWSER, the desktop's, or a console one such as
w3m or lynx when there is no display); a console browser draws on the terminal
the app is using, so the app must step aside (suspend) while it runs."""

from __future__ import annotations

import os
import shlex
import subprocess
import webbrowser
from dataclasses import dataclass

CONSOLE_BROWSERS = {
    "w3m",
    "lynx",
    "links",
    "links2",
    "elinks",
    "www-browser",
    "browsh",
    "carbonyl",
    "chawan",
    "cha",
}
NO_BROWSER = "no web browser found (set $BROWSER)"
LAUNCH_WAIT = 3  # seconds


@dataclass(frozen=True)
class Browser:
    name: str
    console: bool
    controller: webbrowser.BaseBrowser

    def open(self, url: str) -> bool:
        """True when the browser was launched (a console one: when it exited cleanly)."""
        command = None if self.console else _plain_command(self.controller, url)
        if command is None:
            try:
                return bool(self.controller.open(url))
            except OSError:
                return False
        return _launch_quietly(command)


def _plain_command(controller: webbrowser.BaseBrowser, url: str) -> list[str] | None:
    """The command line of a browser webbrowser would start as it is ($BROWSER,
    xdg-open): those inherit the terminal, so their messages would land on the app."""
    if type(controller) not in (webbrowser.GenericBrowser, webbrowser.BackgroundBrowser):
        return None  # the others (firefox, chrome...) already keep quiet
    return [controller.name, *(arg.replace("%s", url) for arg in controller.args)]


def _launch_quietly(command: list[str]) -> bool:
    """Started with no terminal; launched if it exits with 0, or is still running
    after a few seconds (a browser started afresh does not return)."""
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return False
    try:
        return process.wait(LAUNCH_WAIT) == 0
    except subprocess.TimeoutExpired:
        return True


def _name(controller: webbrowser.BaseBrowser) -> str:
    raw = getattr(controller, "name", "") or type(controller).__name__
    try:
        first = shlex.split(raw)[0] if raw.strip() else raw
    except ValueError:
        first = raw.split()[0] if raw.split() else raw
    return os.path.basename(first)


def find_browser() -> Browser | None:
    """The browser webbrowser would use, or None when it can find none."""
    try:
        controller = webbrowser.get()
    except webbrowser.Error:
        return None
    name = _name(controller)
    return Browser(name, name.lower() in CONSOLE_BROWSERS, controller)
