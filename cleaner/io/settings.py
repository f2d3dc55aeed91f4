"""Find and read configuration files (the file side of :mod:`cleaner.config`)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from cleaner.config import DEFAULT, Config
from cleaner.errors import ConfigError

CONFIG_NAMES = ("cleaner.toml", ".cleaner.toml", "pyproject.toml")


def find_config(start: Path) -> Path | None:
    """The nearest config file in ``start`` or its parents.

    ``cleaner.toml`` and ``.cleaner.toml`` count always; ``pyproject.toml``
    only when it has a ``[tool.cleaner]`` table.
    """
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "cleaner" in _read(path).get("tool", {})
    except ConfigError:
        return False


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"cannot read config file {path}: {err.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"config file {path} is not valid TOML: {err}") from None


def load_config(path: Path | None) -> Config:
    """Read a config file: ``[tool.cleaner]`` of a pyproject.toml, else its top level."""
    if path is None:
        return DEFAULT
    data = _read(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("cleaner", {})
        source = f"{path} [tool.cleaner]"
    else:
        source = str(path)
    if not isinstance(data, dict):
        raise ConfigError(f"{source} must be a table")
    return Config.from_mapping(data, source)
