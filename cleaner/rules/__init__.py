"""The rule registry. The order of ``RULES`` is the order of the chain.

Codes are a family letter and three digits:

* ``E`` encoding: mojibake repairs;
* ``C`` characters: HTML references, control and invisible characters;
* ``W`` whitespace: line endings, trailing blanks, blank lines.
"""

from __future__ import annotations

from cleaner.rules import characters, cjk, encoding, whitespace
from cleaner.rules.base import REMOVE, REPAIR, Context, Edit, Rule

__all__ = ["RULES", "REPAIR", "REMOVE", "Context", "Edit", "Rule", "by_code"]

RULES: tuple[Rule, ...] = (
    Rule("W101", "line-ending", REPAIR, True, whitespace.line_endings),
    Rule("C101", "html-entity", REPAIR, True, characters.html_entities),
    Rule("E101", "latin-mojibake", REPAIR, True, encoding.latin_mojibake),
    Rule("E102", "cjk-mojibake", REPAIR, True, cjk.cjk_mojibake),
    Rule("C102", "control-character", REPAIR, True, characters.control_characters),
    Rule("C103", "invisible-character", REPAIR, True, characters.invisible_characters),
    Rule("W102", "trailing-whitespace", REPAIR, True, whitespace.trailing_whitespace),
    Rule("W103", "blank-lines", REPAIR, True, whitespace.blank_lines),
)


def by_code() -> dict[str, Rule]:
    """The registered rules keyed by code."""
    return {rule.code: rule for rule in RULES}
