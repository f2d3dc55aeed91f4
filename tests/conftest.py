"""Shared fixtures: the read-only ../shared material (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLEANER_SHARED", ROOT.parent / "shared"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        help="rewrite tests/golden/ from the current output (review the diff before committing)",
    )


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared evaluation material; tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip(f"shared material not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared: Path) -> dict[str, str]:
    folder = shared / "seeds"
    if not folder.is_dir():
        pytest.skip("no seeds folder")
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
