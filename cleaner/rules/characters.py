"""Character rules: HTML references, control characters, invisible characters."""

from __future__ import annotations

import html
import re
import unicodedata

from cleaner.rules.base import Context, Edit

# --- C101 html-entity -------------------------------------------------------

_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ENTITY_BODY = re.compile(r"#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};")
_TAG = re.compile(r"<[A-Za-z/!?][^<>\n]*>")
_LINE = re.compile(r"[^\n]*")


def _is_markup_line(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return _TAG.search(text, start, len(text) if end < 0 else end) is not None


def _acceptable(value: str) -> bool:
    return value not in ("", "\ufffd") and all(c.isprintable() or c in "\t\n" for c in value)


def html_entities(text: str, ctx: Context) -> list[Edit]:
    """Decode HTML character references left in text (``&amp;``, ``&#8217;``).

    Text taken out of HTML without decoding keeps ``&amp;``, ``&quot;`` or
    ``&#8217;`` where the page showed ``&``, ``"`` and ``’``. Double-escaped
    references (``&amp;#8217;``) are decoded all the way. Only complete
    references (with the final ``;``) are touched, and lines that still hold
    HTML tags are left alone, since there the references may be intended.
    References to control characters or to nothing are not decoded.

    >>> from cleaner import clean
    >>> clean("Tom &amp; Jerry&#8217;s &amp;quot;show&amp;quot;", config="C101").text
    'Tom & Jerry’s "show"'
    """
    if "&" not in text:
        return []
    edits: list[Edit] = []
    pos = 0
    while (m := _ENTITY.search(text, pos)) is not None:
        value, end = html.unescape(m.group()), m.end()
        # '&amp;' followed by another reference body is a double escape.
        while value.endswith("&") and (body := _ENTITY_BODY.match(text, end)):
            value = value[:-1] + html.unescape("&" + body.group())
            end = body.end()
        pos = end
        if value == text[m.start() : end] or not _acceptable(value):
            continue
        if _is_markup_line(text, m.start()):
            continue
        edits.append(Edit(m.start(), end, value, 1.0, "HTML character reference"))
    return edits


# --- C102 control-character -------------------------------------------------

# One character class first, for a fast scan; an ESC takes its whole terminal sequence.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f](?:(?<=\x1b)\[[0-9;?]*[ -/]*[@-~])?")
_C1_CP1252 = {chr(b): bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def control_characters(text: str, ctx: Context) -> list[Edit]:
    """Remove control characters; map C1 controls to the Windows-1252 text they stand for.

    Control characters are never text. Terminal colour codes (``ESC[31m``)
    and stray C0 controls are removed; a vertical tab or form feed becomes a
    line break. A C1 control (U+0080 to U+009F) in text almost always means
    Windows-1252 bytes were decoded as Latin-1, so ``\\x92`` becomes ``’``
    (confidence 0.9; the ones Windows-1252 leaves undefined are removed).
    Tab, line feed and carriage return are kept.

    >>> from cleaner import clean
    >>> clean("It\\x92s \\x1b[1mbold\\x1b[0m\\x00", config="C102").text
    'It’s bold'
    """
    if text.isascii() and not _CONTROL.search(text):
        return []
    edits: list[Edit] = []
    for m in _CONTROL.finditer(text):
        char = m.group()
        if char in _C1_CP1252:
            edits.append(Edit(m.start(), m.end(), _C1_CP1252[char], 0.9, "C1 control read as Windows-1252"))
        elif char in "\x0b\x0c":
            edits.append(Edit(m.start(), m.end(), "\n", 1.0, "page or tab break"))
        else:
            note = "terminal escape sequence" if len(char) > 1 else f"control character U+{ord(char):04X}"
            edits.append(Edit(m.start(), m.end(), "", 1.0, note))
    return edits


# --- C103 invisible-character -----------------------------------------------

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060-\u2064\ufeff]")
_JOINERS = "\u200c\u200d"


def _joins_letters(text: str, i: int) -> bool:
    """A ZWJ/ZWNJ between two non-ASCII letters, marks or symbols is meaningful."""
    if i == 0 or i + 1 >= len(text):
        return False
    left, right = text[i - 1], text[i + 1]
    if left.isascii() and right.isascii():
        return False
    return all(unicodedata.category(c)[0] in "LMS" for c in (left, right))


def invisible_characters(text: str, ctx: Context) -> list[Edit]:
    """Remove zero-width spaces, word joiners and byte order marks inside text.

    These characters are invisible, break search and tokenisation, and come
    from copy-paste or from files concatenated with their BOMs. Zero-width
    (non-)joiners are kept between non-ASCII letters or symbols, where they
    shape Persian, Indic scripts and emoji sequences.

    >>> from cleaner import clean
    >>> clean("zero\\u200bwidth and\\ufeff BOM", config="C103").text
    'zerowidth and BOM'
    """
    if text.isascii():
        return []
    edits: list[Edit] = []
    for m in _INVISIBLE.finditer(text):
        i = m.start()
        if text[i] in _JOINERS and _joins_letters(text, i):
            continue
        edits.append(Edit(i, i + 1, "", 1.0, f"invisible U+{ord(text[i]):04X}"))
    return edits
