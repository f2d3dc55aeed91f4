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


# True encodings, from shared/corpora/encodings/README.md.
# charset_normalizer-data: file -> codec; chardet-tests: folder -> codec.
CHARSET_NORMALIZER = {
    "sample-arabic-1.txt": "cp1256",
    "sample-arabic.txt": "utf_8",
    "sample-bulgarian.txt": "utf_8",
    "sample-chinese.txt": "big5",
    "sample-english.bom.txt": "utf_8_sig",
    "sample-french-1.txt": "cp1252",
    "sample-french.txt": "utf_8",
    "sample-greek.txt": "cp1253",
    "sample-greek-2.txt": "cp1253",
    "sample-hebrew-2.txt": "cp1255",
    "sample-hebrew-3.txt": "cp1255",
    "sample-korean.txt": "cp949",
    "sample-polish.txt": "utf_8",
    "sample-russian.txt": "mac_cyrillic",
    "sample-russian-2.txt": "utf_8",
    "sample-russian-3.txt": "utf_8",
    "sample-spanish.txt": "utf_8",
    "sample-turkish.txt": "cp1254",
}
CHARDET_FOLDERS = {
    "GB2312": "gb18030",
    "Big5": "big5hkscs",
    "SHIFT_JIS": "cp932",
    "CP932": "cp932",
    "EUC-JP": "euc_jis_2004",
    "EUC-KR": "cp949",
    "CP949": "cp949",
    "utf-8": "utf_8",
    "windows-1252": "cp1252",
}
