"""Exceptions raised by cleaner.

::

    CleanerError                 base of everything below
    ├── ConfigError              bad configuration: unknown key, rule or value
    ├── LogMismatchError         a change log replayed or undone on the wrong text
    └── InputError               input that cannot be read as text (I/O edge only)
        └── BinaryInputError     the input looks binary (NUL bytes, image, archive)
"""

from __future__ import annotations

from typing import Any


class CleanerError(Exception):
    """Base class of every error raised by cleaner."""


class ConfigError(CleanerError, ValueError):
    """A configuration value is not valid; the message names it."""


class LogMismatchError(CleanerError, ValueError):
    """A change log does not match the text it is applied to."""

    def __init__(self, change: Any, found: str, undo: bool = False) -> None:
        self.change = change
        self.found = found
        expected = change.after if undo else change.before
        verb = "undo" if undo else "apply"
        super().__init__(
            f"cannot {verb} change {change.code} at {change.start}: expected "
            f"{expected!r}, found {found!r} (is this log for another text?)"
        )


class InputError(CleanerError, OSError):
    """Input that cannot be turned into text."""


class BinaryInputError(InputError):
    """The input is binary, not text."""
