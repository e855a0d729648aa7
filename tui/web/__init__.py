"""`newsbrief serve`: the app in a web browser, through textual-serve.

Each browser tab runs its own `newsbrief PATH...` process with Textual's web
driver, so `o` opens the link in the user's browser (App.open_url) and `e` is a
download (App.deliver_binary): nothing is opened or saved on the server. The page
is textual-serve's with its bundled font instead of a font CDN, so it works
offline. It listens on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import shlex
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from aiohttp import web
from textual_serve.server import Server

TEMPLATES = Path(__file__).resolve().parent / "templates"
LOOPBACK_NAMES = {"localhost", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def app_command(paths: Sequence[Path]) -> str:
    """The shell command textual-serve runs per browser tab: this Python, this newsbrief."""
    return shlex.join([sys.executable, "-m", "tui", *(str(Path(p).resolve()) for p in paths)])


def startup_lines(title: str, host: str, port: int) -> list[str]:
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    if is_loopback(host):
        reach = "only this machine can connect; --host 0.0.0.0 would share it"
    else:
        reach = f"anyone who can reach this machine on port {port} can use it"
    return [f"newsbrief: serving “{title}” at {url} ({reach})", "press ctrl+c to stop"]


class BriefServer(Server):
    """textual-serve's server with our page, our start-up lines and quiet logs."""

    def __init__(self, command: str, *, host: str, port: int, title: str) -> None:
        super().__init__(command, host=host, port=port, title=title, templates_path=TEMPLATES)
        self.brief_title = title

    def initialize_logging(self) -> None:
        logging.basicConfig(
            level=logging.DEBUG if self.debug else logging.WARNING,
            format="newsbrief serve: %(message)s",
            stream=sys.stderr,
        )

    async def on_startup(self, app) -> None:
        """Nothing yet: the port is not bound when aiohttp calls this."""

    def _listening(self, *_aiohttp_banner) -> None:
        for line in startup_lines(self.brief_title, self.host, self.port):
            print(line, flush=True)

    def serve(self, debug: bool = False) -> None:
        """textual-serve's serve(), saying where it listens once it does."""
        self.debug = debug
        self.initialize_logging()
        loop = asyncio.new_event_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):  # Windows
                loop.add_signal_handler(signum, self.request_exit)
        web.run_app(
            self._make_app(),
            host=self.host,
            port=self.port,
            handle_signals=False,
            loop=loop,
            print=self._listening,
        )

    async def handle_index(self, request):
        # The page's websocket and static URLs follow the address the browser used
        # (127.0.0.1, localhost, or this machine's name under --host 0.0.0.0).
        self.public_url = f"{request.scheme}://{request.host}"
        return await super().handle_index(request)


def serve(paths: Sequence[Path], *, host: str, port: int, title: str, debug: bool = False) -> None:
    BriefServer(app_command(paths), host=host, port=port, title=title).serve(debug=debug)
