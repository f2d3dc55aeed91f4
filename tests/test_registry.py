"""Every registered rule is complete: code, unique name, documentation, example, tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner.rules import REMOVE, REPAIR, RULES

TESTS = "\n".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("test_*.py"))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_complete(rule):
    assert re.fullmatch(r"[A-Z][0-9]{3}", rule.code)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name)
    assert rule.kind in (REPAIR, REMOVE)
    assert rule.summary.endswith("."), "the first docstring line is a one-sentence summary"
    assert ">>> " in rule.doc, "the documentation has a runnable example"
    assert f'"{rule.code}"' in TESTS, "the rule has test rows"


def test_codes_and_names_are_unique():
    assert len({r.code for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_readme_lists_every_rule():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"| {rule.code} | {rule.name} |" in readme, rule.code
