"""Configuration: which rules run, and their settings (pure parsing, no files).

Rules are chosen the way ruff chooses them. A *selector* is ``ALL``, a rule
code (``E101``), a code prefix (``E``, ``E1``) or a rule name
(``latin-mojibake``). ``select`` replaces the default set, ``extend-select``
adds to it, and ``ignore`` removes from the result (``ignore`` always wins).

The same keys are read from ``[tool.cleaner]`` in ``pyproject.toml`` or from
the top level of a file given with ``--config``::

    [tool.cleaner]
    extend-select = ["B"]
    ignore = ["W101"]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from cleaner.errors import ConfigError
from cleaner.rules import RULES, Rule
from cleaner.rules.noise import analysis as _noise

_PREFIX = re.compile(r"[A-Z][0-9]{0,3}")

# Settings rules may read from ``Context.settings``: key -> (type, default, help).
SETTINGS: dict[str, tuple[type, Any, str]] = {
    _noise.SETTING_MAX_SHARE: (
        float,
        _noise.DEFAULT_MAX_SHARE,
        "noise rules: largest share of a document's words (what high-confidence removals leave)"
        " that low-confidence removals may take; beyond it they are only reported",
    ),
    _noise.SETTING_CORPUS_MIN: (
        int,
        _noise.DEFAULT_CORPUS_MIN,
        "corpus mode: a line found in at least this many documents of one run is boilerplate (B107)",
    ),
    "corpus": (
        bool,
        True,
        "corpus mode: when one run cleans several documents, count their lines first (for B107)",
    ),
}

_LIST_KEYS = ("select", "extend-select", "ignore")


def resolve(selector: str, key: str = "select", source: str = "configuration") -> tuple[Rule, ...]:
    """The rules a selector names, in chain order; an unknown selector is an error."""
    sel = selector.strip()
    if sel.upper() == "ALL":
        return RULES
    found = tuple(r for r in RULES if sel in (r.code, r.name))
    if not found and _PREFIX.fullmatch(sel):
        found = tuple(r for r in RULES if r.code.startswith(sel))
    if not found:
        raise ConfigError(
            f"unknown rule {selector!r} in {key} ({source}); `clean-text rules` lists the codes and names"
        )
    return found


@dataclass(frozen=True)
class Config:
    """Which rules run and with which settings.

    >>> [r.code for r in Config(select=("W",), ignore=("W101",)).rules]
    ['W102', 'W103']
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)
    source: str = "configuration"

    def __post_init__(self) -> None:
        self.rules  # validate every selector now, not at first use  # noqa: B018

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        """The enabled rules, in chain order."""
        if self.select is None:
            enabled = {r.code for r in RULES if r.default}
        else:
            enabled = {r.code for s in self.select for r in resolve(s, "select", self.source)}
        enabled |= {r.code for s in self.extend_select for r in resolve(s, "extend-select", self.source)}
        enabled -= {r.code for s in self.ignore for r in resolve(s, "ignore", self.source)}
        return tuple(r for r in RULES if r.code in enabled)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = "configuration") -> Config:
        """Build a config from parsed TOML; unknown keys and bad values are errors."""
        values: dict[str, Any] = {}
        settings: dict[str, Any] = {}
        for key, value in data.items():
            if key in _LIST_KEYS:
                values[key.replace("-", "_")] = _str_list(value, key, source)
            elif key in SETTINGS:
                settings[key] = _setting(key, value, source)
            else:
                known = ", ".join([*_LIST_KEYS, *SETTINGS])
                raise ConfigError(f"unknown key {key!r} in {source} (known keys: {known})")
        return cls(**values, settings=settings, source=source)

    def override(
        self,
        select: Iterable[str] | None = None,
        extend_select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        source: str = "command line",
    ) -> Config:
        """This config with command-line choices layered on top."""
        return replace(
            self,
            select=tuple(select) if select is not None else self.select,
            extend_select=self.extend_select + tuple(extend_select),
            ignore=self.ignore + tuple(ignore),
            source=f"{self.source} + {source}" if self.source != "configuration" else source,
        )

    def setting(self, key: str) -> Any:
        return self.settings.get(key, SETTINGS[key][1])


def as_config(config: Config | str | Iterable[str] | None) -> Config:
    """Accept a Config, a selector string (``"E,W101"``) or a list of selectors."""
    if config is None:
        return DEFAULT
    if isinstance(config, Config):
        return config
    if isinstance(config, str):
        return _selected(config)
    return Config(select=tuple(config))


@lru_cache(maxsize=64)
def _selected(selectors: str) -> Config:
    """The config of a selector string, built once (a Config is immutable, like ``DEFAULT``)."""
    return Config(select=tuple(s for s in selectors.split(",") if s.strip()))


def _str_list(value: Any, key: str, source: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{key} in {source} must be a list of rule codes or names, not {value!r}")
    return tuple(value)


def _setting(key: str, value: Any, source: str) -> Any:
    kind = SETTINGS[key][0]
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise ConfigError(f"{key} in {source} must be {kind.__name__}, not {value!r}")
    return value


DEFAULT = Config()
