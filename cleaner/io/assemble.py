"""Put the pieces of one input back together: output file, positions, log, diff.

Pieces arrive in order. Their output bytes are written to a temporary file
next to the target, which replaces the target only when the last piece is
in (an atomic rename); their piece-relative line numbers and offsets are
shifted by what the earlier pieces held, so reports and logs read as if the
file had been cleaned in one go.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

from cleaner.io.plan import Piece
from cleaner.io.work import PieceResult

_HUNK = re.compile(r"^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@")


@dataclass
class Totals:
    """Counts over a whole run."""

    files: int = 0
    docs: int = 0
    changed_docs: int = 0
    changed_files: int = 0
    errors: int = 0
    skipped: int = 0  # records passed through without text to clean
    counts: dict[str, int] = field(default_factory=dict)


@dataclass
class Located:
    """A finding or change placed in its file: what reports and logs print."""

    path: str  # the file, or "file.jsonl#LINE" for a record
    file: str
    record: int  # line of the record in the file, 0 for text
    record_id: Any
    line: int
    column: int
    entry: Any  # work.Entry


class Output:
    """A temporary file that replaces ``target`` atomically when committed."""

    def __init__(self, target: Path, like: Path | None = None) -> None:
        self.target, self.like = target, like
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        raw = os.fdopen(fd, "wb")
        self._raw = raw
        self.handle: IO[bytes] = raw
        name = target.name.lower()
        if name.endswith(".gz"):
            self.handle = gzip.GzipFile(fileobj=raw, mode="wb", mtime=0)
        elif name.endswith(".zst"):
            import zstandard

            self.handle = zstandard.ZstdCompressor().stream_writer(raw, closefd=False)

    def write(self, data: bytes) -> None:
        self.handle.write(data)

    def commit(self) -> None:
        if self.handle is not self._raw:
            self.handle.close()
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()
        if self.like is not None:
            shutil.copymode(self.like, self.tmp)
        os.replace(self.tmp, self.target)

    def discard(self) -> None:
        if not self._raw.closed:
            self._raw.close()
        Path(self.tmp).unlink(missing_ok=True)


class Assembly:
    """Collects the pieces of one input in order and hands out located results."""

    def __init__(
        self,
        shown: str,
        output: Output | IO[bytes] | None,
        emit: Callable[[Located], None],
        log: Callable[[dict], None] | None,
        diff: Callable[[str], None] | None,
        error: Callable[[str], None],
        warn: Callable[[str], None],
        reject: Callable[[dict], None] | None = None,
        note: Callable[[dict], None] | None = None,
    ) -> None:
        self.shown, self.output = shown, output
        self.emit, self.log, self.diff, self.error, self.reject = emit, log, diff, error, reject
        self.note, self.warn = note, warn
        self.lines_in = self.lines_out = self.chars_out = 0
        self.docs = self.changed = self.errors = 0
        self.counts: dict[str, int] = {}
        self._diff_started = False

    def add(self, piece: Piece, result: PieceResult) -> None:
        for note in result.notes:
            if self.note:
                self.note({"path": self.shown, **note})
        problems = [(local, True, m) for local, m in result.errors] + [
            (local, False, m) for local, m in result.warnings
        ]
        for local, is_error, message in sorted(problems, key=lambda p: p[0]):
            where = f"{self.shown}:{self.lines_in + local}" if local else self.shown
            if is_error:
                self.errors += 1
                self.error(f"{where}: {message}")
            else:
                self.warn(f"{where}: {message}")
        if self.reject:
            for local, line in result.rejects:
                self.reject({"path": self.shown, "line": self.lines_in + local, "text": line})
        for entry in result.entries:
            self._entry(piece, entry)
        if self.diff:
            self._diff(piece, result)
        if result.output is not None and self.output is not None:
            self.output.write(result.output)
        self.docs += result.docs
        if piece.kind == "jsonl":
            self.changed += result.changed_docs
        else:  # the pieces of a text are one document
            self.changed = max(self.changed, result.changed_docs)
        for code, n in result.counts.items():
            self.counts[code] = self.counts.get(code, 0) + n
        self.lines_in += result.in_lines
        self.lines_out += result.out_lines
        self.chars_out += result.out_chars

    def _entry(self, piece: Piece, entry) -> None:
        if piece.kind == "jsonl":
            record = self.lines_in + entry.record
            path, line = f"{self.shown}#{record}", entry.line
        else:
            record, path, line = 0, self.shown, self.lines_in + entry.line
        if entry.finding is not None:
            self.emit(Located(path, self.shown, record, entry.record_id, line, entry.column, entry))
        elif self.log:
            change = asdict(entry.change)
            if piece.kind != "jsonl":
                change["start"] += self.chars_out
                change["end"] += self.chars_out
                self.log({"path": self.shown, **change})
            else:
                self.log({"path": self.shown, "record": record, "id": entry.record_id, **change})

    def _diff(self, piece: Piece, result: PieceResult) -> None:
        if not (result.hunks or result.record_diffs):
            return
        if not self._diff_started:
            self.diff(f"--- a/{self.shown}\n+++ b/{self.shown}\n")
            self._diff_started = True
        for line in result.hunks:
            m = _HUNK.match(line)
            if m:
                a, b, c, d = m.groups()
                rest = line[m.end() :]
                line = f"@@ -{int(a) + self.lines_in}{b or ''} +{int(c) + self.lines_out}{d or ''} @@{rest}"
            self.diff(line)
        for local, before, after in result.record_diffs:
            n = self.lines_in + local
            self.diff(f"@@ -{n} +{n} @@\n-{before}\n+{after}\n")
