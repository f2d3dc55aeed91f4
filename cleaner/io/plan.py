"""Cut inputs into pieces that are cleaned independently and reassembled in order.

A piece is a byte range of a file (or a block of stdin) small enough to hold
in memory. Text files are cut after a line break whose next line has content
(preferably after a blank line, between paragraphs), so no run of blank lines
and no line is split; JSON-lines files are cut between records. The rules
learn whether a piece starts or ends its document (``first``/``last``).
HTML pages and UTF-16/32 text are one piece each; compressed files and stdin
are read as streams and their pieces carry their bytes.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from cleaner.io.decode import detect

PIECE_BYTES = 1 << 17  # target size of a piece: what one piece costs in memory is a few times this
_READ = 1 << 20

_PARAGRAPH_END = re.compile(rb"\n[ \t]*\r?\n(?=[^\s])")
_LINE_END = re.compile(rb"\n(?=[^\s])")
_RECORD_END = re.compile(rb"\n")
_SPACE = re.compile(rb" (?=[^\s])")
_COMPRESSED = (".gz", ".zst")


def kind_of(path: Path, input_format: str = "auto") -> str:
    """'text', 'jsonl' or 'html', from ``--input-format`` or the file name."""
    if input_format != "auto":
        return input_format
    name = path.name.lower()
    for ext in _COMPRESSED:
        name = name.removesuffix(ext)
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "jsonl"
    if name.endswith((".html", ".htm", ".xhtml")):
        return "html"
    return "text"


def is_compressed(path: Path | str) -> bool:
    return str(path).lower().endswith(_COMPRESSED)


@dataclass(frozen=True)
class Piece:
    """One unit of work: a byte range of a file, or bytes read from stdin."""

    path: str  # shown in reports and logs
    kind: str
    file: str | None = None  # read [start, end) of this file, unless data is given
    start: int = 0
    end: int = -1  # -1: to the end of the file
    data: bytes | None = None
    index: int = 0
    first: bool = True
    last: bool = True
    encoding: str | None = None  # None: the worker decodes the whole piece itself

    def read(self) -> bytes:
        if self.data is not None:
            return self.data
        with open(self.file, "rb") as handle:
            handle.seek(self.start)
            return handle.read() if self.end < 0 else handle.read(self.end - self.start)


def _cut(block: bytes, kind: str, target: int) -> int | None:
    """Where to end a piece inside ``block`` at or after ``target``; None: read more."""
    if kind == "jsonl":
        m = _RECORD_END.search(block, target)
        return m.end() if m else None
    window = target * 5
    for pattern in (_PARAGRAPH_END, _LINE_END):
        m = pattern.search(block, target, window)
        if m:
            return m.end()
    if len(block) < window:
        return None
    m = _SPACE.search(block, target)  # one enormous line: cut before a space
    if m:
        return m.start()
    cut = window
    while cut > target and 0x80 <= block[cut] < 0xC0:  # never inside a UTF-8 character
        cut -= 1
    return cut


def plan_file(
    path: Path, shown: str, kind: str, encoding: str | None = None, size: int = PIECE_BYTES
) -> Iterator[Piece]:
    """The pieces of one file. Small, compressed and HTML files are one piece.

    A text file cut into pieces is decoded with one encoding, found here
    (unless ``encoding`` is forced), so that every piece agrees.
    """
    if path.stat().st_size <= size * 2 or kind == "html":
        yield Piece(shown, kind, str(path), encoding=encoding)
        return
    with open(path, "rb") as handle:
        head = handle.read(4)
        if kind == "text" and (head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head):
            yield Piece(shown, kind, str(path), encoding=encoding)  # not ASCII-compatible, or binary
            return
        if kind == "text" and encoding is None:
            encoding = _sniff(handle)
        handle.seek(0)
        yield from _pieces(handle, shown, kind, str(path), encoding, size)


def _sniff(handle: BinaryIO) -> str:
    """The encoding of a whole (large) file: UTF-8 if all of it is, else detected."""
    handle.seek(0)
    bom = handle.read(3) == codecs.BOM_UTF8
    handle.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while block := handle.read(_READ):
            decoder.decode(block)
        decoder.decode(b"", final=True)
        return "utf-8-sig" if bom else "utf-8"
    except UnicodeDecodeError:
        handle.seek(0)
        return detect(handle.read(4 * _READ)).encoding


def plan_stream(
    stream: BinaryIO, shown: str, kind: str, encoding: str | None = None, size: int = PIECE_BYTES
) -> Iterator[Piece]:
    """Pieces of a stream (stdin), read lazily; each carries its own bytes."""
    yield from _pieces(stream, shown, kind, None, encoding, size)


def _pieces(
    handle: BinaryIO, shown: str, kind: str, file: str | None, encoding: str | None, size: int
) -> Iterator[Piece]:
    buffer, offset, index, eof = b"", 0, 0, False
    pending: Piece | None = None
    while True:
        while not eof and len(buffer) < 2 * size:
            block = handle.read(max(size, _READ))
            eof, buffer = not block, buffer + block
        if not buffer:
            break
        cut = len(buffer) if eof and len(buffer) <= 2 * size else _cut(buffer, kind, size)
        if cut is None:
            if not eof:
                block = handle.read(_READ)
                eof, buffer = not block, buffer + block
                continue
            cut = len(buffer)
        chunk, buffer = buffer[:cut], buffer[cut:]
        if pending is not None:
            yield pending
        data = None if file else chunk
        pending = Piece(shown, kind, file, offset, offset + len(chunk), data, index, index == 0, False, encoding)
        offset, index = offset + len(chunk), index + 1
    if pending is not None:
        yield replace(pending, last=True)
    else:
        yield Piece(shown, kind, file, 0, 0, None if file else b"", encoding=encoding)
