"""Helpers shared by the benchmark scripts: locating ../shared and building corpora."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLEANER_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        sys.exit(f"{path} not found: these numbers need the shared evaluation material (set CLEANER_SHARED)")
    return path


def bench_corpus(mb: float, html_mb: float = 0.0, seed: int = 20241122) -> Path:
    """Generate (once, cached in the temp folder) the seeded benchmark corpus."""
    out = Path(tempfile.gettempdir()) / f"cleaner-bench-{mb:g}mb-{html_mb:g}html-{seed}"
    if not (out / "summary.json").exists():
        script = shared_path("bench", "make_corpus.py")
        args = [sys.executable, str(script), str(out), "--mb", str(mb), "--html-mb", str(html_mb), "--seed", str(seed)]
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return out
