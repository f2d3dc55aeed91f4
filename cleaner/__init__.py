"""cleaner: repair and clean scraped text, with a replayable log of every change.

>>> import cleaner
>>> cleaner.clean("naÃ¯ve &amp; done").text
'naïve & done'
"""

from cleaner.chain import Finding, Result, check_invariants, clean, detect
from cleaner.changes import Change, apply_log, undo_log
from cleaner.config import Config
from cleaner.errors import BinaryInputError, CleanerError, ConfigError, InputError, LogMismatchError
from cleaner.rules import RULES, Rule

__version__ = "0.1.0"

__all__ = [
    "RULES",
    "BinaryInputError",
    "Change",
    "CleanerError",
    "Config",
    "ConfigError",
    "Finding",
    "InputError",
    "LogMismatchError",
    "Result",
    "Rule",
    "__version__",
    "apply_log",
    "check_invariants",
    "clean",
    "detect",
    "undo_log",
]
