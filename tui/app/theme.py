"""Rich styles from the current theme's variables, for Text built outside CSS
(table cells, detail lines), so every built-in theme colours them sensibly."""

from __future__ import annotations

import re

from rich.style import Style
from textual.app import App
from textual.color import Color

from tui.analysis.model import AGREES, DIFFERS, SILENT

STATUS_VARS = {AGREES: "text-success", DIFFERS: "text-error", SILENT: "text-muted"}
SEVERITY_VARS = {"high": "text-error", "medium": "text-warning", "low": "text-primary"}

_cache: dict[tuple[str, str, bool], Style] = {}


def _colour(variables: dict[str, str], var: str) -> Color | None:
    value = (variables.get(var) or variables.get(var.removeprefix("text-")) or "").strip()
    background = Color.parse(variables.get("background", "#000000"))
    foreground = Color.parse(variables.get("foreground", "#ffffff"))
    auto = re.fullmatch(r"(auto|ansi_default)\s+(\d+)%", value)
    if auto:  # "auto 60%": the foreground faded towards the background, as CSS would
        return background.blend(foreground, int(auto.group(2)) / 100)
    try:
        color = Color.parse(value)
    except Exception:  # an unexpected value must not cost a traceback or a slow suggestion
        return None
    return background.blend(color.with_alpha(1), color.a) if color.a < 1 else color


def theme_style(app: App, var: str, bold: bool = False) -> Style:
    key = (app.theme, var, bold)
    style = _cache.get(key)
    if style is None:
        color = _colour(app.theme_variables or app.get_css_variables(), var)
        style = Style(color=color.rich_color, bold=bold) if color else Style(dim=True, bold=bold)
        _cache[key] = style
    return style


def status_styles(app: App) -> dict[str, Style]:
    return {status: theme_style(app, var) for status, var in STATUS_VARS.items()}


def severity_styles(app: App) -> dict[str, Style]:
    return {sev: theme_style(app, var, bold=True) for sev, var in SEVERITY_VARS.items()}
