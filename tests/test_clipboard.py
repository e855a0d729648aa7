"""Each clipboard path with fake tools on PATH: what each tool received, and what
the user is told (including the tmux case where OSC 52 alone goes nowhere)."""

from __future__ import annotations

import os

import pytest

from tui.system.clipboard import copy_with_tools

TEXT = "“3,000 per day” — Harbour Gazette: 40\n"


def env(**extra) -> dict[str, str]:
    return {**os.environ, **extra}


def tmux(fake_bin, setting: str = "external", load_status: int = 0) -> None:
    """A fake tmux: `show-options -gv set-clipboard` prints the setting, load-buffer reads stdin."""
    fake_bin.add(
        "tmux",
        body=(
            f'case "$1" in\n  show-options) echo {setting} ;;\n'
            f'  load-buffer) /bin/cat > "{fake_bin.log}/tmux.in"; exit {load_status} ;;\nesac'
        ),
    )


@pytest.mark.parametrize(
    ("tool", "variable", "args"),
    [
        ("wl-copy", "WAYLAND_DISPLAY", ""),
        ("xclip", "DISPLAY", "-selection clipboard -in"),
        ("xsel", "DISPLAY", "--clipboard --input"),
        ("pbcopy", None, ""),
    ],
)
def test_the_desktop_tool_gets_the_text(fake_bin, tool, variable, args):
    fake_bin.add(tool, stdin=True)
    copied = copy_with_tools(TEXT, osc52=True, env=env(**({variable: ":0"} if variable else {})))
    assert fake_bin.stdin(tool) == TEXT
    assert fake_bin.args(tool) == [args]
    assert copied.tools == (tool,) and copied.warning is None
    assert copied.how() == f"{tool} + OSC 52"


def test_wayland_is_preferred_to_x_when_both_are_there(fake_bin):
    for tool in ("wl-copy", "xclip"):
        fake_bin.add(tool, stdin=True)
    copied = copy_with_tools(TEXT, osc52=True, env=env(WAYLAND_DISPLAY="wayland-0", DISPLAY=":0"))
    assert copied.tools == ("wl-copy",)
    assert fake_bin.stdin("xclip") is None


def test_xclip_without_a_display_is_not_used(fake_bin):
    fake_bin.add("xclip", stdin=True)
    copied = copy_with_tools(TEXT, osc52=True, env=env())
    assert copied.tools == () and copied.how() == "OSC 52"
    assert fake_bin.stdin("xclip") is None


def test_a_tool_that_fails_is_not_claimed(fake_bin):
    fake_bin.add("xclip", stdin=True, status=1)
    copied = copy_with_tools(TEXT, osc52=True, env=env(DISPLAY=":0"))
    assert fake_bin.stdin("xclip") == TEXT  # it was tried
    assert copied.tools == ()


def test_inside_tmux_the_text_goes_to_tmux_which_passes_it_on(fake_bin):
    tmux(fake_bin, "external")
    copied = copy_with_tools(TEXT, osc52=True, env=env(TMUX="/tmp/tmux-0/default,1,0"))
    assert fake_bin.args("tmux") == ["show-options -gv set-clipboard", "load-buffer -w -"]
    assert fake_bin.stdin("tmux") == TEXT
    assert copied.tools == ("tmux buffer",) and copied.warning is None


def test_inside_tmux_with_only_osc52_the_user_is_warned(fake_bin):
    tmux(fake_bin, "external", load_status=1)
    copied = copy_with_tools(TEXT, osc52=True, env=env(TMUX="/tmp/tmux-0/default,1,0"))
    assert copied.tools == ()
    assert copied.warning == (
        "only OSC 52 was sent, and tmux passes it on only with `set -g set-clipboard on` "
        "(yours is 'external'): it may not reach your clipboard"
    )


def test_inside_tmux_with_set_clipboard_on_osc52_alone_is_fine(fake_bin):
    tmux(fake_bin, "on", load_status=1)
    copied = copy_with_tools(TEXT, osc52=True, env=env(TMUX="/tmp/tmux-0/default,1,0"))
    assert copied.tools == () and copied.warning is None


def test_inside_tmux_with_set_clipboard_off_it_says_where_the_text_is(fake_bin):
    tmux(fake_bin, "off")
    copied = copy_with_tools(TEXT, osc52=True, env=env(TMUX="/tmp/tmux-0/default,1,0"))
    assert copied.tools == ("tmux buffer",)
    assert copied.warning == "it is in tmux's paste buffer (prefix ]) only: tmux has set-clipboard off"


def test_tmux_and_the_desktop_tool_both_get_it(fake_bin):
    tmux(fake_bin, "external")
    fake_bin.add("xsel", stdin=True)
    copied = copy_with_tools(TEXT, osc52=True, env=env(TMUX="/tmp/t,1,0", DISPLAY=":0"))
    assert copied.tools == ("xsel", "tmux buffer")
    assert copied.how() == "xsel + tmux buffer + OSC 52"
