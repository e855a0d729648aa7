"""Binding ids and the keys in force: config.toml's [keys] table checked against
the app's bindings, and the key a help line or palette entry should show."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from functools import cache

from textual.binding import Binding
from textual.keys import key_to_character


def _binding_owners() -> list[type]:
    from tui.app.app import NewsbriefApp
    from tui.app.screens.export import ConfirmScreen, ExportScreen
    from tui.app.screens.help import HelpScreen
    from tui.app.screens.main import MainScreen
    from tui.app.screens.note import NoteScreen
    from tui.app.screens.sources import SourcePicker
    from tui.app.widgets.article_view import ArticleView
    from tui.app.widgets.detail import DetailPanel
    from tui.app.widgets.filter_input import FilterInput
    from tui.app.widgets.find_bar import FindInput
    from tui.app.widgets.item_list import ItemList

    return [
        NewsbriefApp,
        MainScreen,
        ItemList,
        ArticleView,
        DetailPanel,
        FilterInput,
        FindInput,
        HelpScreen,
        ExportScreen,
        ConfirmScreen,
        NoteScreen,
        SourcePicker,
    ]


def our_bindings() -> Iterator[Binding]:
    for owner in _binding_owners():
        for binding in owner.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding) and binding.id:
                yield binding


@cache
def default_keys() -> dict[str, str]:
    """Every binding id with its default key(s), in the order the app declares them
    (BINDINGS are class constants: worked out once). Callers must not change it."""
    keys: dict[str, str] = {}
    for binding in our_bindings():
        keys.setdefault(binding.id, binding.key)
    return keys


def check_keys(keys: dict[str, str], where: object) -> tuple[dict[str, str], list[str]]:
    """The remaps that name a real binding, and one warning line for each that does not."""
    if not keys:
        return {}, []
    known = default_keys()
    good = {bid: key for bid, key in keys.items() if bid in known}
    warnings = []
    for bid in keys:
        if bid not in known:
            close = difflib.get_close_matches(bid, known, n=1)
            hint = f"did you mean '{close[0]}'?" if close else "newsbrief --print-config lists them"
            warnings.append(
                f"{where}: warning: key 'keys.{bid}': no key binding has this id, ignored ({hint})"
            )
    return good, warnings


def keys_in_force(keymap: dict[str, str]) -> dict[str, str]:
    return {**default_keys(), **{bid: key for bid, key in keymap.items() if bid in default_keys()}}


def key_display(key: str) -> str:
    """'n,right_square_bracket' → 'n or ]': printable keys as the character, the
    others by name (escape, ctrl+z), as a help line writes them."""
    return " or ".join(_one_key(k.strip()) for k in key.split(",") if k.strip())


_NAMED = {"slash": "/", "backslash": "\\"}  # names Textual gives keys but cannot turn back


def _one_key(key: str) -> str:
    char = _NAMED.get(key) or key_to_character(key)
    return char if char and len(char) == 1 and char.isprintable() and not char.isspace() else key


def binding_key(app, binding: Binding) -> str:
    """The key(s) a binding answers to now, remaps included."""
    keymap = getattr(app, "keymap_in_force", {})
    return keymap.get(binding.id, binding.key) if binding.id else binding.key
