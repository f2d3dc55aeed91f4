"""Latin mojibake: UTF-8 decoded with a single-byte codec, repaired with ftfy."""

from __future__ import annotations

import difflib
import re

import ftfy
from ftfy.badness import is_bad

from cleaner.rules.base import Context, Edit

_LINE = re.compile(r"[^\r\n]+")
_LOSSLESS_STEPS = {"encode", "decode"}


def _explain(plan: list) -> tuple[float, str]:
    steps = ", ".join(f"{step} {arg}" for step, arg in plan)
    lossless = all(step in _LOSSLESS_STEPS for step, _ in plan)
    return (1.0 if lossless else 0.9), f"ftfy: {steps}"


def _diff_edits(offset: int, old: str, new: str, confidence: float, note: str) -> list[Edit]:
    """Smallest edits turning ``old`` into ``new``; close ones are merged."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    spans: list[list[int]] = []  # [i1, i2, j1, j2]
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if spans and i1 - spans[-1][1] <= 1:  # one unchanged char between: merge
            spans[-1][1], spans[-1][3] = i2, j2
        else:
            spans.append([i1, i2, j1, j2])
    return [Edit(offset + i1, offset + i2, new[j1:j2], confidence, note) for i1, i2, j1, j2 in spans]


def latin_mojibake(text: str, ctx: Context) -> list[Edit]:
    """Repair UTF-8 that was decoded as Windows-1252, Latin-1, MacRoman and similar codecs.

    ``cafÃ©`` was ``café`` before its UTF-8 bytes were read one byte per
    character. ftfy finds such lines and re-encodes them; each line is fixed
    on its own and the change notes ftfy's plan (the codecs it went through).
    Only the encoding is fixed: curly quotes, full-width characters,
    ligatures and line breaks are kept as they are. Confidence is 1.0 when
    the plan only re-encodes and 0.9 when it had to guess lost bytes.

    >>> from cleaner import clean
    >>> clean("The cafÃ© serves crÃ¨me brÃ»lÃ©e.", config="E101").text
    'The café serves crème brûlée.'
    """
    if text.isascii() or not is_bad(text):
        return []
    edits: list[Edit] = []
    for m in _LINE.finditer(text):
        line = m.group()
        if line.isascii() or not is_bad(line):
            continue
        fixed, plan = ftfy.fix_encoding_and_explain(line)
        if fixed != line:
            edits.extend(_diff_edits(m.start(), line, fixed, *_explain(plan)))
    return edits
