"""The settings file: $XDG_CONFIG_HOME/newsbrief/config.toml (platformdirs finds
the folder on every platform). Reading, checking and writing only: the app applies
what is here, and this module never imports the UI.

    theme = "nord"                 # kept when you pick one in the palette
    export_dir = "~/briefs"        # where `e` proposes to save
    faint_marks = true             # kept when you press m

    [keys]                         # binding id = key(s); newsbrief --print-config lists them
    next-discrepancy = "j"
    copy-url = ["u", "ctrl+u"]

A file that cannot be read or has a wrong value gives one line naming the file and
the key; the app then starts with the defaults and never writes to that file."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from tui.regex_cache import compiled

APP_NAME = "newsbrief"
FILE_NAME = "config.toml"
FALLBACK = "starting with the default settings"


@dataclass(frozen=True)
class Settings:
    theme: str | None = None
    keys: dict[str, str] = field(default_factory=dict)
    export_dir: Path | None = None
    faint_marks: bool = True
    path: Path | None = None  # where they were read from, and where the app saves (None: nowhere)
    problems: tuple[str, ...] = ()  # one line each, to show the user
    writable: bool = True  # False after an error: the user's file is theirs to fix

    @property
    def found(self) -> bool:
        return self.path is not None and self.path.is_file()


class ConfigError(Exception):
    """One line naming the file (and line or key): str() is what the user sees."""


def config_path() -> Path:
    """Honours $XDG_CONFIG_HOME on Linux and the BSDs; the platform's own folder elsewhere."""
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False, roaming=True) / FILE_NAME


def data_dir() -> Path:
    """Where newsbrief keeps what is not a setting (the reviews of briefs that have no
    brief.yaml): $XDG_DATA_HOME/newsbrief on Linux, the platform's own folder elsewhere."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False, roaming=True)


def _toml_line(message: str) -> tuple[int | None, str]:
    found = re.search(r"\s*\(at line (\d+), column \d+\)$", message)
    if not found:
        return None, message
    return int(found.group(1)), message[: found.start()]


def _read(path: Path) -> dict:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(f"{path}: error: cannot read file ({exc.strerror or exc})") from None
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: error: not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None
    except tomllib.TOMLDecodeError as exc:
        line, message = _toml_line(str(exc))
        where = f"{path}:{line}" if line else str(path)
        raise ConfigError(f"{where}: error: invalid TOML: {message}") from None


def _keys(path: Path, table: object) -> dict[str, str]:
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: error: key 'keys': expected a table ([keys]), not {_kind(table)}")
    keys: dict[str, str] = {}
    for binding_id, value in table.items():
        if isinstance(value, list) and value and all(isinstance(v, str) and v.strip() for v in value):
            value = ",".join(v.strip() for v in value)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(
                f"{path}: error: key 'keys.{binding_id}': expected a key such as \"j\" or a list "
                f'such as ["j", "down"], not {_kind(value)}'
            )
        keys[str(binding_id)] = ",".join(k.strip() for k in value.split(","))
    return keys


def _kind(value: object) -> str:
    """How the user wrote it: 'a string "yes"', 'a number 3', 'a table'."""
    if isinstance(value, dict):
        return "a table"
    names = {bool: "true/false", int: "a number", float: "a number", str: "a string", list: "a list"}
    try:
        shown = toml_value(value)
    except TypeError:
        shown = str(value)
    return f"{names.get(type(value), type(value).__name__)} {shown}"


def _expect(path: Path, data: dict, key: str, kind: type) -> object:
    value = data[key]
    if not isinstance(value, kind) or (kind is str and not value.strip()):
        wanted = {str: "a non-empty string", bool: "true or false"}[kind]
        raise ConfigError(f"{path}: error: key '{key}': expected {wanted}, not {_kind(value)}")
    return value


def parse_settings(path: Path, data: dict) -> Settings:
    """Check every key; an unknown one is a warning, a wrong value a ConfigError."""
    warnings = [f"{path}: warning: unknown key '{k}' (ignored)" for k in data if k not in KNOWN_KEYS]
    settings = Settings(path=path, problems=tuple(warnings))
    if "theme" in data:
        settings = replace(settings, theme=_expect(path, data, "theme", str).strip())
    if data.get("export_dir", "") != "":  # empty: the current folder, as by default
        folder = _expect(path, data, "export_dir", str)
        settings = replace(settings, export_dir=Path(os.path.expandvars(folder)).expanduser())
    if "faint_marks" in data:
        settings = replace(settings, faint_marks=_expect(path, data, "faint_marks", bool))
    if "keys" in data:
        settings = replace(settings, keys=_keys(path, data["keys"]))
    return settings


KNOWN_KEYS = ("theme", "export_dir", "faint_marks", "keys")


def load_settings(path: Path | None = None) -> Settings:
    """The settings in force: the file's, or the defaults with one line saying why."""
    path = config_path() if path is None else Path(path)
    try:
        return parse_settings(path, _read(path))
    except ConfigError as exc:
        return Settings(path=path, problems=(f"{exc} ({FALLBACK})",), writable=False)


# --- writing ------------------------------------------------------------------

_TABLE = compiled(r"^\s*\[")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def toml_value(value: object) -> str:
    """A TOML literal for the few kinds of value the settings hold."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, Path):
        value = str(value)
    if isinstance(value, str):
        out = "".join(
            _ESCAPES.get(c) or (f"\\u{ord(c):04x}" if ord(c) < 0x20 or ord(c) == 0x7F else c) for c in value
        )
        return f'"{out}"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML form for {type(value).__name__}")


def toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else toml_value(key)


def _comment(line: str) -> str:
    """The `# ...` that ends a `key = value` line, if any (a # inside a string is not one)."""
    for at in (i for i, c in enumerate(line) if c == "#"):
        try:
            tomllib.loads(line[:at])
        except tomllib.TOMLDecodeError:
            continue
        return "  " + line[at:].rstrip("\n")
    return ""


def with_top_level(text: str, key: str, value: object) -> str:
    """`text` with one top-level `key = value` set: the line replaced where it is,
    or added before the first table; every other line, comment included, kept."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    new = f"{toml_key(key)} = {toml_value(value)}\n"
    own = re.compile(rf"^\s*{re.escape(key)}\s*=")
    at = len(lines)
    for i, line in enumerate(lines):
        if _TABLE.match(line):
            at = i
            break
        if own.match(line):
            lines[i] = new.rstrip("\n") + _comment(line) + "\n"
            return "".join(lines)
    while at > 0 and not lines[at - 1].strip():  # keep the blank line before the table
        at -= 1
    lines.insert(at, new)
    return "".join(lines)


def save_settings(path: Path, **changes: object) -> None:
    """Write the changed top-level keys, atomically; raise ConfigError (one line)
    rather than write a file that would not read back the same."""
    from tui.output.files import write_atomically

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = "# newsbrief settings (newsbrief --print-config shows every key)\n"
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path}: error: cannot read file ({getattr(exc, 'strerror', None) or exc})"
        ) from None
    try:
        before = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise ConfigError(f"{path}: error: invalid TOML now; not writing to it") from None
    for key, value in changes.items():
        text = with_top_level(text, key, value)
    try:
        after = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        after = None
    if after != {**before, **{k: str(v) if isinstance(v, Path) else v for k, v in changes.items()}}:
        raise ConfigError(f"{path}: error: cannot update {', '.join(changes)} here; edit the file by hand")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        write_atomically(path, text, overwrite=True)
    except OSError as exc:
        raise ConfigError(f"{path}: error: cannot write file ({exc.strerror or exc})") from None


def dump_settings(settings: Settings, keys: dict[str, str], theme: str) -> str:
    """The effective settings as a config file: every key, every binding id."""
    where = settings.path if settings.path else "(no file)"
    state = "" if settings.found else " (not found: these are the defaults)"
    lines = [f"# {where}{state}", f"theme = {toml_value(theme)}"]
    lines.append(f"export_dir = {toml_value(str(settings.export_dir or ''))}  # empty: the current folder")
    lines.append(f"faint_marks = {toml_value(settings.faint_marks)}")
    lines += ["", "[keys]  # binding id = key(s), comma-separated or a list"]
    lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in keys.items()]
    return "\n".join(lines) + "\n"
