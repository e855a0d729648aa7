"""`newsbrief serve` without a browser: what it refuses (one line, before it
listens), and the page it serves (no font CDN: it works offline)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tui.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import served  # noqa: E402


def run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, env=dict(os.environ), **kwargs
    )


def test_serve_refuses_a_bad_brief_in_one_line_before_listening(tmp_path):
    done = run("serve", str(tmp_path / "nope"), "--port", "9", timeout=60)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [f"newsbrief: {tmp_path / 'nope'}: error: no such file"]


def test_serve_on_a_busy_port_is_one_line():
    pytest.importorskip("textual_serve")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = run("serve", "--port", str(port), timeout=60)
    assert done.returncode == 1
    (line,) = done.stderr.decode().splitlines()
    assert line.startswith("newsbrief: ") and "address already in use" in line.lower()
    assert "Traceback" not in line


def test_serve_without_textual_serve_says_how_to_get_it(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "tui.web", None)  # as if the web extra were not installed
    assert main(["serve"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "newsbrief: serve needs textual-serve: pip install 'newsbrief[web]'"
    ]


def test_the_page_loads_only_from_this_server():
    pytest.importorskip("textual_serve")
    with served.serving([], served.free_port()) as (url, first_line):
        page = urllib.request.urlopen(url, timeout=10).read().decode("utf-8")
        assert "googleapis" not in page and "https://" not in page
        font = url + "static/fonts/RobotoMono-VariableFont_wght.ttf"
        assert f'url("{font}")' in page
        with urllib.request.urlopen(font, timeout=10) as response:
            assert response.status == 200 and len(response.read()) > 100_000
        assert first_line.endswith("(only this machine can connect; --host 0.0.0.0 would share it)")


def test_the_start_up_line_warns_when_others_can_connect():
    from tui.web import startup_lines

    assert startup_lines("Brief", "0.0.0.0", 8000)[0] == (
        "newsbrief: serving “Brief” at http://0.0.0.0:8000 "
        "(anyone who can reach this machine on port 8000 can use it)"
    )
    assert "only this machine" in startup_lines("Brief", "::1", 8000)[0]
