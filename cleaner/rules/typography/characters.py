"""Typography of single characters: Unicode composition, invisible characters in words, odd spaces."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from cleaner.rules.base import Context, Edit
from cleaner.rules.typography.cursor import LineCursor, positions
from cleaner.rules.typography.tables import (
    DIRECTION_MARKS,
    NBSP,
    SOFT_HYPHEN,
    THIN_SPACES,
    WIDE_CHARS,
    WIDE_SPACES,
    combining_spans,
)

# --- T101 unicode-composition ------------------------------------------------


@cache
def _mark() -> str:
    """A regex for one character of :func:`combining_spans`, quick on text in the Basic Multilingual Plane.

    The marks up to U+FFFF make a class the regex engine looks up in a table;
    the marks beyond, a long list of ranges, are only tried on characters
    beyond U+FFFF.
    """
    spans = combining_spans()
    bmp = "".join(f"\\u{a:04x}-\\u{min(b, 0xFFFF):04x}" for a, b in spans if a <= 0xFFFF)
    beyond = "".join(f"\\U{max(a, 0x10000):08x}-\\U{b:08x}" for a, b in spans if b > 0xFFFF)
    return f"(?:[{bmp}]|(?=[\\U00010000-\\U0010ffff])[{beyond}])"


@cache
def _marks() -> re.Pattern[str]:
    return re.compile(f"{_mark()}+")


@cache
def _base() -> re.Pattern[str]:
    return re.compile(f"(?!{_mark()})[\\s\\S]")


PIECE = 2048  # characters per piece searched when not in NFC
BLOCK = 32 * PIECE  # characters per block checked first: most texts are in NFC


def pieces_not_nfc(text: str) -> list[tuple[int, int]]:
    """Spans of about :data:`PIECE` characters, together holding every cluster NFC would change.

    The text is cut before a base, a character that does not attach to the
    one before it, so no base is parted from its marks. Decomposed, every
    base starts with a character that composes with nothing before it, so
    normalization never reaches across a cut: a part in NFC holds no
    cluster that NFC would change. Blocks of :data:`BLOCK` characters are
    checked first and only those not in NFC are cut into pieces, so a
    document costs a quick check per block, and a search of its pieces not
    in NFC, not of every combining mark it has.
    ``tests/test_typography_scaling.py`` checks these facts against the
    Unicode database.
    """
    return [piece for block in _not_nfc(text, 0, len(text), BLOCK) for piece in _not_nfc(text, *block, PIECE)]


def _not_nfc(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """Spans of ``size`` characters or a few more, cut before a base, of ``text[start:end]`` not in NFC."""
    spans: list[tuple[int, int]] = []
    while start < end:
        cut = _base().search(text, start + size, end)
        stop = cut.start() if cut else end
        if not unicodedata.is_normalized("NFC", text[start:stop]):
            spans.append((start, stop))
        start = stop
    return spans


def _singleton(c: str) -> bool:
    return unicodedata.normalize("NFC", c) != c


def _composed(cluster: str) -> str | None:
    """The NFC form of a base and its marks, if shorter and no character is replaced outright."""
    composed = unicodedata.normalize("NFC", cluster)
    if len(composed) >= len(cluster) or any(map(_singleton, cluster)):
        return None
    return composed


def unicode_composition(text: str, ctx: Context) -> list[Edit]:
    """Compose letters written as a base letter plus combining accents (Unicode NFC).

    ``e`` followed by U+0301 COMBINING ACUTE ACCENT looks like ``é`` but
    does not compare, search or sort like it. Text copied from PDFs, macOS
    file names or some keyboards is decomposed this way. Each such cluster is
    replaced by its composed (NFC) form, which is canonically equivalent, so
    nothing a reader sees changes.

    Left alone: clusters NFC would only reorder (Hebrew points, for example,
    whose legacy order is kept), and characters NFC would replace outright
    (CJK compatibility ideographs, the Ångström and Ohm signs, Greek ano
    teleia): those are deliberate in real text.

    >>> from cleaner import clean
    >>> clean("Cafe\\u0301 cre\\u0300me", config="T101").text == "Café crème"
    True
    """
    if text.isascii():
        return []
    edits: list[Edit] = []
    for start, end in pieces_not_nfc(text):
        for m in _marks().finditer(text, start, end):
            if m.start() == 0 or text[m.start() - 1] == "\n":
                continue
            cluster = text[m.start() - 1 : m.end()]
            composed = _composed(cluster)
            if composed is not None:
                marks = " ".join(f"U+{ord(c):04X}" for c in cluster[1:])
                edits.append(Edit(m.start() - 1, m.end(), composed, 1.0, f"NFC: composed {marks}"))
    return edits


# --- T102 invisible-in-word ----------------------------------------------------

# Soft hyphens and direction marks before a letter (the rule checks for a letter before them).
_IN_WORD = re.compile(f"[{SOFT_HYPHEN}{DIRECTION_MARKS}]+(?=[^\\W\\d_])")
_RTL = ("R", "AL", "AN")


def invisible_in_word(text: str, ctx: Context) -> list[Edit]:
    """Remove soft hyphens and stray direction marks from inside words.

    A soft hyphen (U+00AD) is a hyphenation hint that shows only where a
    line breaks; inside a word of scraped text it splits the word for search
    and counting. Left-to-right and right-to-left marks (U+200E, U+200F)
    inside a word of a left-to-right script come from copy-paste and do
    nothing there. Only characters between two letters are removed; marks
    next to Arabic or Hebrew letters are kept, where they order the text.
    (Zero-width spaces and joiners are the invisible-character rule's.)

    >>> from cleaner import clean
    >>> clean("hyphen\\u00adation and Ber\\u200elin", config="T102").text
    'hyphenation and Berlin'
    """
    if text.isascii() or not (SOFT_HYPHEN in text or "\u200e" in text or "\u200f" in text):
        return []
    edits: list[Edit] = []
    for m in _IN_WORD.finditer(text):
        if not (m.start() and _LETTER.match(text, m.start() - 1)):
            continue
        run = m.group()
        if run.strip(SOFT_HYPHEN):  # a direction mark: keep it next to right-to-left letters
            left, right = text[m.start() - 1], text[m.end()]
            if unicodedata.bidirectional(left) in _RTL or unicodedata.bidirectional(right) in _RTL:
                continue
        names = ", ".join(
            sorted({"soft hyphen" if c == SOFT_HYPHEN else f"direction mark U+{ord(c):04X}" for c in run})
        )
        edits.append(Edit(m.start(), m.end(), "", 1.0, f"{names} inside a word"))
    return edits


# --- T103 odd-space ------------------------------------------------------------

_ODD = WIDE_SPACES + THIN_SPACES + NBSP
_SPACES = frozenset(" " + _ODD)
_LETTER = re.compile(r"[^\W\d_]")
_WIDE = re.compile(f"[{WIDE_CHARS}]")
_NUMBER_TOKEN = re.compile(r"[\d%]\S*\Z")


def _next_to_wide(text: str, start: int, end: int) -> bool:
    return bool(_WIDE.match(text, start - 1) or _WIDE.match(text, end))


def _odd_runs(text: str) -> list[tuple[int, int]]:
    """Runs of plain and odd spaces with an odd one in them, between two characters that are not blank.

    Found from their odd spaces with ``str.find`` (they are rare), each run
    taken whole.
    """
    runs: list[tuple[int, int]] = []
    end = 0
    for at in positions(text, tuple(c for c in _ODD if c in text)):
        if at < end:
            continue  # in the run found last
        start, end = at, at + 1
        while start and text[start - 1] in _SPACES:
            start -= 1
        while end < len(text) and text[end] in _SPACES:
            end += 1
        if start and end < len(text) and not text[start - 1].isspace() and not text[end].isspace():
            runs.append((start, end))
    return runs


def _describe(run: str) -> str:
    return "+".join("space" if c == " " else f"U+{ord(c):04X}" for c in run)


def odd_space(text: str, ctx: Context) -> list[Edit]:
    """Replace em, en, thin and other odd spaces between two words with a plain space.

    Layout spaces (U+2000 to U+2006, U+205F) between words come from
    typeset sources and break word splitting and search. Thin, hair,
    figure and punctuation spaces (U+2007 to U+200A) are only replaced
    between two letters: between digits (``1 000``), around punctuation
    (French ``oui !``) and between a number (or a ``%.1f`` placeholder) and
    its unit they are right. A no-break space is only touched when it
    stands next to a plain space between two letters (``word\\u00a0 word``,
    a doubled space); alone it is kept (the opt-in no-break-space rule
    replaces it). The ideographic space of CJK text and the narrow no-break
    space are never touched, nor spaces next to CJK characters. Spaces at
    the start or end of a line are left to the whitespace rules.

    >>> from cleaner import clean
    >>> clean("one\\u2003two and\\u2009thin, but 1\\u2009000 stays", config="T103").text
    'one two and thin, but 1\\u2009000 stays'
    """
    if text.isascii():
        return []
    doubled_nbsp = NBSP in text and (f"{NBSP} " in text or f" {NBSP}" in text)
    if not (doubled_nbsp or any(map(text.__contains__, WIDE_SPACES + THIN_SPACES))):
        return []
    edits: list[Edit] = []
    for start, end in _odd_runs(text):
        run = text[start:end]
        if _next_to_wide(text, start, end):
            continue
        between_letters = bool(_LETTER.match(text, start - 1)) and bool(_LETTER.match(text, end))
        wide = any(c in WIDE_SPACES for c in run)
        if not wide and not between_letters:
            continue
        if not wide and NBSP in run and not (" " in run or any(c in THIN_SPACES for c in run)):
            continue  # a lone no-break space: deliberate
        if not wide and _NUMBER_TOKEN.search(text, max(0, start - 30), start):
            continue  # a quantity and its unit: 5\u2009kg, %.1f\u200aGB
        edits.append(Edit(start, end, " ", 1.0, f"{_describe(run)} between words"))
    return edits


# --- T112 no-break-space (opt-in) ------------------------------------------------

_NBSP_RUN = re.compile(f"{NBSP}(?<=[^\\W\\d_]{NBSP})(?=[^\\W\\d_])")
_CODE_LINE = re.compile(r"[{}<>|\\=`$]|//|[;{]\s*$")


def no_break_space(text: str, ctx: Context) -> list[Edit]:
    """Replace a no-break space between two letters with a plain space (opt-in).

    Text taken from HTML often has ``&nbsp;`` where the author typed an
    ordinary space, which glues words together for line breaking and for
    tools that split on spaces. But a no-break space is also set on purpose
    (``Louis\\u00a0XIV``, ``page\\u00a012``), so this rule is off by
    default. It leaves no-break spaces next to digits, punctuation (French
    ``oui\\u00a0!``, ``«\\u00a0non\\u00a0»``) and after abbreviations, next to
    CJK characters, and in lines that look like code, where no-break spaces
    come from an editor's indentation.

    >>> from cleaner import clean
    >>> clean("the\\u00a0cat sat, page\\u00a012", config="T112").text
    'the cat sat, page\\xa012'
    """
    if NBSP not in text:
        return []
    edits: list[Edit] = []
    lines, code = LineCursor(text), {}  # line start -> does the line look like code
    for m in _NBSP_RUN.finditer(text):
        start, end = lines.at(m.start())
        if start not in code:
            code[start] = _CODE_LINE.search(text, start, end) is not None
        if _next_to_wide(text, m.start(), m.end()) or code[start]:
            continue
        edits.append(Edit(m.start(), m.end(), " ", 0.8, "no-break space between words"))
    return edits
