"""Clean one piece of input: decode, clean, encode, and describe what changed.

This is the function every engine runs (in-process, in a process pool, or as
a Ray task). It needs nothing but a :class:`Job` and a
:class:`~cleaner.io.plan.Piece`, both picklable, and returns a
:class:`PieceResult` whose positions are relative to the piece; the caller
puts the pieces of a file back together in order (:mod:`cleaner.io.assemble`).
"""

from __future__ import annotations

import difflib
import io
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from cleaner.chain import Finding, Result, clean
from cleaner.changes import Change
from cleaner.config import Config
from cleaner.corpus import document_keys
from cleaner.errors import InputError
from cleaner.io.decode import decode
from cleaner.io.plan import Piece
from cleaner.records import clean_line, get_path
from cleaner.report import Locator

_LINES = re.compile(r"[^\n]*\n|[^\n]+\Z")  # lines split on \n only, keeping their ends


@dataclass(frozen=True)
class Job:
    """What to do with every piece: the parts of the command line a worker needs."""

    config: Config
    encoding: str | None = None
    report: bool = False  # collect findings
    diff: bool = False
    write: bool = False  # return output bytes
    log: bool = False  # collect changes
    text_field: str = "text"
    id_field: str | None = "id"
    log_field: str | None = "cleaner_log"
    html_field: bool = False
    corpus: Any = None  # line counts of the run (corpus mode), from the counting pass


@dataclass
class Entry:
    """A finding (for reports) or a change (for logs) of one document of a piece."""

    record: int  # 0 for a text piece, else the record's line number within the piece
    record_id: Any = None
    finding: Finding | None = None
    line: int = 0  # 1-based, within the piece (text) or within the record's text
    column: int = 0
    change: Change | None = None


@dataclass
class PieceResult:
    output: bytes | None = None
    entries: list[Entry] = field(default_factory=list)
    hunks: list[str] = field(default_factory=list)  # text: unified-diff hunks, piece-relative
    record_diffs: list[tuple[int, str, str]] = field(default_factory=list)  # jsonl: (line, before, after)
    counts: Counter = field(default_factory=Counter)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (record line in piece or 0, message)
    rejects: list[tuple[int, str]] = field(default_factory=list)  # jsonl: (line, the line as text)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # jsonl: records passed through
    notes: list[dict] = field(default_factory=list)  # document-level log entries (decoding)
    docs: int = 0
    changed_docs: int = 0
    in_lines: int = 0  # line breaks (text) or lines (jsonl) in the input piece
    out_lines: int = 0
    out_chars: int = 0  # code points of the output piece: shifts the next pieces' offsets


def run_piece(job: Job, piece: Piece) -> PieceResult:
    """Clean one piece. Problems are reported in the result, never raised."""
    try:
        data = piece.read()
    except OSError as exc:
        return PieceResult(errors=[(0, f"cannot read: {exc.strerror}")])
    if piece.kind == "jsonl":
        return _jsonl(job, piece, data)
    return _text(job, piece, data)


def _text(job: Job, piece: Piece, data: bytes) -> PieceResult:
    out = PieceResult(docs=int(piece.first))
    try:
        regions = None
        if piece.kind == "html":
            original, charset, regions = html_to_page(data)
            out.notes.append({"code": "html", "encoding": charset})
            changed = True  # the output is text, not the page
        else:
            decoded = decode(data, job.encoding or piece.encoding)
            original = decoded.text
            if piece.first and (decoded.transcoded or decoded.method == "detected"):
                out.notes.append(decoded.as_log())
            changed = decoded.transcoded and not decoded.encoding.startswith("utf-8")
            changed = changed or (piece.first and decoded.bom)
    except InputError as exc:
        where = "" if piece.first and piece.last else f"bytes {piece.start}-{piece.end}: "
        out.errors.append((0, where + str(exc)))
        out.output = data if job.write and not (piece.first and piece.last) else None
        return out
    result = clean(original, job.config, job.corpus, first=piece.first, last=piece.last, regions=regions)
    out.changed_docs = int(changed or result.changed)
    out.counts.update(result.statistics())
    out.in_lines, out.out_lines, out.out_chars = original.count("\n"), result.text.count("\n"), len(result.text)
    if job.write:
        out.output = result.text.encode("utf-8")
    _collect(job, out, 0, None, original, result)
    if job.diff and result.text != original:
        diff = difflib.unified_diff(_LINES.findall(original), _LINES.findall(result.text), n=3)
        out.hunks = [h if h.endswith("\n") else h + "\n\\ No newline at end of file\n" for h in list(diff)[2:]]
    return out


def _collect(job: Job, out: PieceResult, record: int, record_id: Any, original: str, result: Result) -> None:
    if job.report:
        locate = Locator(original)
        for f in result.findings():
            line, col = locate(f.offset)
            out.entries.append(Entry(record, record_id, f, line, col))
    if job.log:
        out.entries += [Entry(record, record_id, change=c) for c in result.changes]


def html_to_page(data: str | bytes):
    from cleaner.io.html import html_to_page as convert  # bs4 is imported only when needed

    return convert(data)


def _html_source(value: str) -> tuple[str, dict[str, str]]:
    """An HTML field as the text to clean and the page regions of its lines."""
    page = html_to_page(value)
    return page.text, page.regions


def _jsonl(job: Job, piece: Piece, data: bytes) -> PieceResult:
    out = PieceResult()
    written: list[bytes] = []
    prepare = _html_source if job.html_field else None
    for number, raw in enumerate(io.BytesIO(data), 1):
        out.in_lines += 1
        body = raw.rstrip(b"\r\n")
        written.append(raw)
        if not body.strip():
            continue
        try:
            line = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            out.errors.append((number, f"not UTF-8 at byte {exc.start}; passed through unchanged"))
            out.rejects.append((number, body.decode("utf-8", "replace")))
            continue
        res = clean_line(
            line,
            job.text_field,
            id_field=job.id_field,
            log_field=job.log_field,
            config=job.config,
            prepare=prepare,
            corpus=job.corpus,
        )
        out.docs += 1
        if res.error:
            out.errors.append((number, f"{res.error}; passed through unchanged"))
            out.rejects.append((number, line))
            continue
        if res.skipped:
            out.warnings.append((number, f"{res.skipped}; passed through unchanged"))
            continue
        if res.line != line:
            out.changed_docs += 1
            written[-1] = res.line.encode("utf-8") + raw[len(body) :]
            if job.diff:
                out.record_diffs.append((number, line, res.line))
        out.counts.update(res.result.statistics())
        if res.result.changes and (job.report or job.log):
            _collect(job, out, number, res.record_id, res.source, res.result)
    if job.write:
        out.output = b"".join(written)
    return out


def count_piece(job: Job, piece: Piece) -> list[set[int]]:
    """Corpus mode, first pass: the line keys of each document in a piece.

    A JSON-lines piece gives one set per record; a text piece gives one set,
    which the caller unites with the other pieces of the same file.
    Unreadable input gives nothing here; the cleaning pass reports it.
    """
    try:
        data = piece.read()
        if piece.kind != "jsonl":
            text = (
                html_to_page(data).text if piece.kind == "html" else decode(data, job.encoding or piece.encoding).text
            )
            return [document_keys(text)]
    except (OSError, InputError):
        return []
    found = []
    for raw in io.BytesIO(data):
        try:
            text = get_path(json.loads(raw), job.text_field)
        except ValueError:
            continue
        if isinstance(text, str):
            found.append(document_keys(html_to_page(text).text if job.html_field else text))
    return found
