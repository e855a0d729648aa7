"""Rich styles from the current theme's variables, for Text built outside CSS
(list cells, detail lines, key hints), so every built-in theme colours them
sensibly; and a contrast check so key hints stay readable in light themes too."""

from __future__ import annotations

import re

from rich.style import Style
from textual.app import App
from textual.color import Color

from tui.app.markers import AGREES, CANNOT_TELL, DIFFERS, HAS_IT, SILENT

STATUS_VARS = {
    AGREES: "text-success",
    DIFFERS: "text-error",
    SILENT: "text-muted",
    CANNOT_TELL: "text-warning",
    HAS_IT: "text-accent",
}
SEVERITY_VARS = {"high": "text-error", "medium": "text-warning", "low": "text-primary"}
MIN_CONTRAST = 4.5  # WCAG AA for normal text

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
    return {status: theme_style(app, var, bold=status != SILENT) for status, var in STATUS_VARS.items()}


def severity_styles(app: App) -> dict[str, Style]:
    return {sev: theme_style(app, var, bold=True) for sev, var in SEVERITY_VARS.items()}


def luminance(color: Color) -> float:
    """WCAG relative luminance."""

    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(foreground: Color, background: Color, ratio: float = MIN_CONTRAST) -> Color:
    """`foreground`, moved towards black or white (whichever the background needs)
    just far enough to reach `ratio` against `background`."""
    if contrast(foreground, background) >= ratio:
        return foreground
    target = Color(0, 0, 0) if luminance(background) > 0.18 else Color(255, 255, 255)
    for step in range(1, 11):
        moved = foreground.blend(target, step / 10)
        if contrast(moved, background) >= ratio:
            return moved
    return target
