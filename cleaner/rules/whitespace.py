"""Whitespace rules: line endings, trailing whitespace, runs of blank lines."""

from __future__ import annotations

import re

from cleaner.rules.base import Context, Edit

_EOL = r"(?>\r\n|(?<!\r)\n|\r)"  # atomic: never split a \r\n pair
_CR = re.compile(r"\r\n?")
# Horizontal whitespace that means nothing at the end of a line.
_HSPACE = "[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_TRAILING = re.compile(_HSPACE + r"+(?=[\r\n]|\Z)")
_RARE_TRAILING = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000](?:[\r\n]|\\Z)")
_ASCII_TRAILING = (" \n", "\t\n", " \r", "\t\r")
# A line break, one blank line (kept), then more blank lines (group 1, removed).
_EXTRA_BLANKS = re.compile(rf"{_EOL}[ \t]*{_EOL}((?:[ \t]*{_EOL})+)")
_LEADING_BLANKS = re.compile(rf"(?:[ \t]*{_EOL})+")
_FIRST_EOL = re.compile(_EOL)
_TWO_BLANK_LINES = re.compile(r"\n[ \t]*\n[ \t]*\n")  # the common case, found by a fast literal scan


def line_endings(text: str, ctx: Context) -> list[Edit]:
    """Normalise Windows (``\\r\\n``) and old Mac (``\\r``) line endings to ``\\n``.

    Mixed line endings make line-based tools miscount lines and leave ``\\r``
    at the end of lines after splitting on ``\\n``. This is a lossless
    normalisation; turn it off to keep a file's line endings as they are.

    >>> from cleaner import clean
    >>> clean("one\\r\\ntwo\\rthree\\n", config="W101").text
    'one\\ntwo\\nthree\\n'
    """
    if "\r" not in text:
        return []
    return [Edit(m.start(), m.end(), "\n") for m in _CR.finditer(text)]


def trailing_whitespace(text: str, ctx: Context) -> list[Edit]:
    """Remove spaces, tabs and other blank characters at the end of a line.

    Trailing blanks are invisible, carry no meaning, and make otherwise equal
    lines differ. The no-break and ideographic spaces count as blanks here.

    >>> from cleaner import clean
    >>> clean("Hello \\t\\nworld\\u00a0\\n", config="W102").text
    'Hello\\nworld\\n'
    """
    if not (
        any(pair in text for pair in _ASCII_TRAILING)
        or text.endswith((" ", "\t"))
        or (not text.isascii() and _RARE_TRAILING.search(text))
    ):
        return []  # the common case, found by fast substring tests
    return [Edit(m.start(), m.end(), "") for m in _TRAILING.finditer(text)]


def blank_lines(text: str, ctx: Context) -> list[Edit]:
    """Collapse runs of blank lines to one, and drop blank lines at both ends.

    Scraped pages often leave the gaps of removed widgets as stacks of empty
    lines. One blank line still separates paragraphs; the text keeps (at most)
    one final line break.

    >>> from cleaner import clean
    >>> clean("\\n\\nTitle\\n\\n\\n\\nBody\\n\\n\\n", config="W103").text
    'Title\\n\\nBody\\n'
    """
    content_end = len(text.rstrip(" \t\r\n"))
    edits: list[Edit] = []
    lead = _LEADING_BLANKS.match(text) if ctx.first else None
    if lead:
        edits.append(Edit(0, lead.end(), ""))
    start = lead.end() if lead else 0
    end = content_end if ctx.last else len(text)  # an inner chunk: its tail is an ordinary run
    if "\r" in text or _TWO_BLANK_LINES.search(text, start, end):
        edits += [Edit(m.start(1), m.end(1), "") for m in _EXTRA_BLANKS.finditer(text, start, end)]
    if ctx.last:
        eol = _FIRST_EOL.search(text, max(start, content_end))
        if eol and eol.end() < len(text) and content_end > start:
            edits.append(Edit(eol.end(), len(text), ""))  # keep one final line break
    return edits
