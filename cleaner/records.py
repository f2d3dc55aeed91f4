"""JSON-lines records: clean one text field and change nothing else (pure).

A record that needs no change is written back as its original text. A
changed record is *spliced*: only the text field's value is replaced (and
the log field added or replaced), so every other field keeps its bytes, its
key order, its number formatting and its escapes. The new value is escaped
the way the old one was (``\\u00e9`` stays escaped, ``é`` stays literal).

>>> line = '{"id": 7, "text": "caf\\\\u00c3\\\\u00a9  ", "n": 1.50}'
>>> out = clean_line(line, "text", log_field=None)
>>> out.line
'{"id": 7, "text": "caf\\\\u00e9", "n": 1.50}'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from json.decoder import scanstring
from typing import Any

from cleaner.chain import Result, clean
from cleaner.config import Config

__all__ = ["LineResult", "clean_line", "clean_record", "clean_records", "get_path", "value_span"]

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def _path(path: str | Sequence[str]) -> tuple[str, ...]:
    return tuple(path.split(".")) if isinstance(path, str) else tuple(path)


def value_span(raw: str, path: str | Sequence[str]) -> tuple[int, int] | None:
    """Where the value at a dotted ``path`` sits in the JSON object text ``raw``.

    Returns ``(start, end)`` offsets of the value's JSON text, or None when a
    key is missing. A duplicated key resolves to its last occurrence, as in
    :func:`json.loads`.

    >>> value_span('{"a": {"b": [1, 2]}, "c": "x"}', "a.b")
    (12, 18)
    """
    keys = _path(path)
    pos = _WS.match(raw, 0).end()
    for depth, key in enumerate(keys):
        if raw[pos : pos + 1] != "{":
            return None
        found, pos = None, pos + 1
        while True:
            pos = _WS.match(raw, pos).end()
            if raw[pos] == "}":
                break
            name, pos = scanstring(raw, pos + 1)
            pos = _WS.match(raw, pos).end() + 1  # the ':'
            start = _WS.match(raw, pos).end()
            _, pos = _DECODER.raw_decode(raw, start)
            if name == key:
                found = (start, pos)
            pos = _WS.match(raw, pos).end()
            if raw[pos] == "}":
                break
            pos += 1  # the ','
        if found is None:
            return None
        if depth == len(keys) - 1:
            return found
        pos = found[0]
    return None


def get_path(record: Any, path: str | Sequence[str]) -> Any:
    """The value at a dotted ``path`` in nested dicts, or None."""
    for key in _path(path):
        if not isinstance(record, dict) or key not in record:
            return None
        record = record[key]
    return record


@dataclass(frozen=True)
class LineResult:
    """One JSON line after cleaning: the line to write, and what happened."""

    line: str
    result: Result | None = None  # None: the record had nothing to clean
    record_id: Any = None
    source: str | None = None  # the text that was cleaned
    skipped: str | None = None  # why a valid record was passed through (no text at the path)
    error: str | None = None  # why the line was passed through untouched


def _changes_json(result: Result) -> list[dict]:
    return [asdict(c) for c in result.changes]


def clean_line(
    line: str,
    text_field: str | Sequence[str] = "text",
    *,
    id_field: str | Sequence[str] | None = "id",
    log_field: str | None = "cleaner_log",
    config: Config | str | None = None,
    prepare: Any = None,
    **options: Any,
) -> LineResult:
    """Clean the text field of one JSON-lines record given as text.

    Lines that are not JSON objects come back untouched with ``error`` set,
    records without a string at ``text_field`` with ``skipped`` set. ``prepare``
    optionally turns the field's value into the text to clean, or into the
    text and the page regions of its lines (HTML to text, see
    :func:`cleaner.io.html.html_to_page`); other keyword ``options`` go to
    :func:`cleaner.clean`.
    """
    try:
        record = json.loads(line)
    except ValueError as err:
        return LineResult(line, error=f"not valid JSON: {err}")
    if not isinstance(record, dict):
        return LineResult(line, error=f"not a JSON object but {type(record).__name__}")
    keys = _path(text_field)
    record_id = get_path(record, _path(id_field)) if id_field else None
    text = get_path(record, keys)
    if not isinstance(text, str):
        what = "missing" if text is None else type(text).__name__
        return LineResult(line, record_id=record_id, skipped=f"no text at {'.'.join(keys)!r} ({what})")
    source = prepare(text) if prepare else text
    if isinstance(source, tuple):
        source, regions = source
        options = {**options, "regions": regions}
    result = clean(source, config, **options)
    if not result.changes and source == text:
        return LineResult(line, result, record_id, source)
    start, end = value_span(line, keys)
    escaped = line[start:end].isascii() and not text.isascii()
    out = line[:start] + json.dumps(result.text, ensure_ascii=escaped) + line[end:]
    if log_field:
        separators = (", ", ": ") if _spaced(line) else (",", ":")
        log = json.dumps(_changes_json(result), ensure_ascii=escaped, separators=separators)
        out = _set_field(out, log_field, log)
    return LineResult(out, result, record_id, source)


def _spaced(raw: str) -> bool:
    """Does this JSON text put a space after its colons (json.dumps' default style)?"""
    return '": ' in raw or '" : ' in raw


def _set_field(raw: str, name: str, value_json: str) -> str:
    """Replace the top-level field ``name``, or append it before the final ``}``."""
    span = value_span(raw, (name,))
    if span:
        return raw[: span[0]] + value_json + raw[span[1] :]
    close = raw.rstrip().rindex("}")
    body = raw[:close].rstrip()
    spaced = _spaced(raw)
    sep = "" if body.endswith("{") else (", " if spaced else ",")
    key = json.dumps(name, ensure_ascii=False)
    return f"{body}{sep}{key}{': ' if spaced else ':'}{value_json}{raw[close:]}"


def clean_record(
    record: dict,
    text_field: str | Sequence[str] = "text",
    *,
    log_field: str | None = "cleaner_log",
    config: Config | str | None = None,
) -> tuple[dict, Result | None]:
    """Clean the text field of a record given as a dict (for use inside other frameworks).

    Returns a new dict (the input is not modified) and the result, or the
    record itself and None when it has no string at ``text_field``. The log
    is added under ``log_field`` only when something changed.

    >>> rec, result = clean_record({"id": 1, "text": "a &amp; b"})
    >>> rec["text"], [c["code"] for c in rec["cleaner_log"]]
    ('a & b', ['C101'])
    """
    keys = _path(text_field)
    text = get_path(record, keys)
    if not isinstance(text, str):
        return record, None
    result = clean(text, config)
    if not result.changes:
        return record, result
    out = dict(record)
    inner = out
    for key in keys[:-1]:
        inner[key] = dict(inner[key])
        inner = inner[key]
    inner[keys[-1]] = result.text
    if log_field:
        out[log_field] = _changes_json(result)
    return out, result


def clean_records(
    records: Iterable[dict],
    text_field: str | Sequence[str] = "text",
    *,
    log_field: str | None = "cleaner_log",
    config: Config | str | None = None,
) -> Iterator[dict]:
    """Clean a stream of dict records lazily, one at a time, in order."""
    for record in records:
        yield clean_record(record, text_field, log_field=log_field, config=config)[0]
