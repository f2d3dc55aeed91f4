"""Files and folders: which files to clean, where outputs go, atomic writes."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
_RECORD_SUFFIXES = {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst"}
INPUT_SUFFIXES = TEXT_SUFFIXES | {".html", ".htm"} | _RECORD_SUFFIXES


@dataclass(frozen=True)
class Source:
    """One input file and its path relative to the root of the output tree."""

    path: Path
    rel: Path


def discover(paths: Iterable[Path], suffixes: frozenset[str] = TEXT_SUFFIXES) -> tuple[list[Source], list[str]]:
    """Expand ``paths`` into input files; return them and error messages.

    Files named on the command line are always taken. Folders are searched
    recursively for files with one of ``suffixes``, skipping hidden entries. Output
    paths mirror the inputs relative to their deepest common folder.
    """
    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            files.extend(_walk(path, suffixes))
        elif path.is_file():
            files.append(path)
        elif path.exists():
            errors.append(f"{path}: not a regular file or folder")
        else:
            errors.append(f"{path}: no such file or folder")
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]
    if not unique:
        return [], errors
    root = Path(os.path.commonpath([f.resolve().parent for f in unique]))
    return [Source(f, f.resolve().relative_to(root)) for f in unique], errors


def _walk(folder: Path, suffixes: frozenset[str]) -> list[Path]:
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            lower = name.lower()
            if not name.startswith(".") and any(lower.endswith(suffix) for suffix in suffixes):
                found.append(Path(dirpath, name))
    return found


def output_conflict(output: Path, inputs: Iterable[Path]) -> str | None:
    """Why ``output`` may not be used as the output folder, or None."""
    out = output.resolve()
    for path in inputs:
        if path.is_dir():
            folder = path.resolve()
            if out == folder or folder in out.parents:
                return f"output folder {output} is inside the input folder {path}"
    return None


def write_atomic(path: Path, data: bytes, like: Path | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    Readers see either the old file or the complete new one, never a part.
    ``like`` copies that file's permission bits (for in-place rewrites).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if like is not None:
            shutil.copymode(like, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
