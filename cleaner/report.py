"""Formatting findings for people (text) and programs (JSON). No I/O here."""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence

from cleaner.chain import Finding
from cleaner.rules import RULES

_MAX_SHOWN = 60
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", " ": " ", "\\": "\\\\", '"': '\\"'}


def visible(text: str, limit: int = _MAX_SHOWN) -> str:
    """Quote ``text`` so that invisible characters show.

    >>> visible("a\\u200bb\\t\\n")
    '"a\\\\u200bb\\\\t\\\\n"'
    """
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    out = []
    for ch in text:
        if ch in _NAMED:
            out.append(_NAMED[ch])
        elif ch.isprintable() and not ch.isspace():
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
    return '"' + "".join(out) + '"'


class Locator:
    """Turns offsets in a text into 1-based (line, column)."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        pos = text.find("\n")
        while pos >= 0:
            self._starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


class Style:
    """ANSI styles, or none."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def _wrap(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def red(self, text: str) -> str:
        return self._wrap("31", text)

    def green(self, text: str) -> str:
        return self._wrap("32", text)

    def cyan(self, text: str) -> str:
        return self._wrap("36", text)


def finding_line(path: str, line: int, col: int, f: Finding, style: Style) -> str:
    """``path:line:col CODE name "before" → "after"`` (notices show their note)."""
    head = f"{style.bold(path)}:{line}:{col} {style.red(f.code)} {f.name}"
    if f.after is None:
        return f"{head} {visible(f.before)} (not changed: {f.note})"
    extra = f" ({f.confidence:.2f})" if f.confidence < 1.0 else ""
    return f"{head} {visible(f.before)} → {style.green(visible(f.after))}{extra}"


def finding_json(path: str, line: int, col: int, f: Finding) -> dict:
    return {
        "path": path,
        "line": line,
        "column": col,
        "code": f.code,
        "name": f.name,
        "before": f.before,
        "after": f.after,
        "confidence": f.confidence,
        "note": f.note,
    }


def statistics_lines(counts: Counter[str], style: Style) -> list[str]:
    """One line per rule with changes: count, code, name; most frequent first."""
    names = {r.code: r.name for r in RULES}
    width = max((len(str(n)) for n in counts.values()), default=1)
    return [
        f"{n:>{width}}\t{style.red(code)}\t{names.get(code, '')}"
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def rules_table(rules: Sequence = RULES) -> list[str]:
    """The ``clean-text rules`` listing."""
    rows = []
    for r in rules:
        state = "on" if r.default else "off"
        rows.append(f"{r.code}  {r.name:<24} {r.kind:<7} {state:<4} {r.summary}")
    return rows


def rules_json(rules: Iterable = RULES) -> str:
    data = [{"code": r.code, "name": r.name, "kind": r.kind, "default": r.default, "summary": r.summary} for r in rules]
    return json.dumps(data, ensure_ascii=False, indent=2)
