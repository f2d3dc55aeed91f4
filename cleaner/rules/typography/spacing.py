"""Spacing between words and around punctuation: doubled spaces, spaces on the wrong side."""

from __future__ import annotations

import re

from cleaner.rules.base import Context, Edit
from cleaner.rules.typography.cursor import LineCursor
from cleaner.rules.typography.style import language, two_spaces_after_sentences
from cleaner.rules.typography.tables import WIDE_CHARS

_WIDE = re.compile(f"[{WIDE_CHARS}]")

# --- T111 double-space -------------------------------------------------------------

_DOUBLE = re.compile(r"  (?<=\S  )(?=\S)")
_ALIGNED = re.compile(r"\S {3,}\S|\t")  # columns or alignment: leave the line alone
_CODE = re.compile(r"[{}<>|\\=`]|//|  [#/]")
_SENTENCE_END = re.compile('[.!?]["”’»)]?\\Z')
_TOKEN_BEFORE = re.compile(r"\S+\Z")
_TOKEN_AFTER = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_GAP = re.compile(r" +")
_ALNUM = re.compile(r"[^\W_]")


def double_space(text: str, ctx: Context) -> list[Edit]:
    """Collapse a doubled space between two words of a sentence to one.

    ``Location of Belarus.  Graphics`` keeps the gap of something removed
    in between; in text taken from web pages a doubled space is also one
    the page never showed. Exactly two spaces between two non-blank
    characters become one; after the end of a sentence only in a document
    that shows it sets one space there (five sentence gaps or more; noted).
    Left alone: documents that set two spaces after
    their sentences as a habit (typewriter style, including plain text
    wrapped at a fixed width: there every doubled space may be deliberate),
    indented lines, lines with runs of three or more
    spaces or tabs (tables, alignment), lines that look like code (``=``,
    braces, ``//``, a comment after two spaces), lines where doubled spaces
    separate columns (more than half of the line's gaps, or its only one),
    spaces next to words with CJK characters or next to symbols without
    letters or digits (``*  box``), spaces that pad a number (``Fri,  9 Dec``,
    ``Box  2782``, ``4:32PM  up``), and spaces in format strings and option
    lists (``%e  %Y``, ``--verbose  explain``).

    >>> from cleaner import clean
    >>> clean("A map. It shows Belarus. The end. See it. Go.  Graphics: the  Post.", config="T111").text
    'A map. It shows Belarus. The end. See it. Go. Graphics: the Post.'
    """
    if "  " not in text or not _DOUBLE.search(text):
        return []
    habit = two_spaces_after_sentences(text)
    if habit.value == "two":
        return []
    edits: list[Edit] = []
    lines, line_ok = LineCursor(text), {}
    for m in _DOUBLE.finditer(text):
        start, end = lines.at(m.start())
        if start not in line_ok:
            line_ok[start] = _prose_line(text[start:end])
        if not line_ok[start]:
            continue
        before = _token_before(text, start, m.start())
        after = _TOKEN_AFTER.match(text, m.end()).group()
        if _WIDE.search(before) or _WIDE.search(after) or not (_ALNUM.search(before) and _ALNUM.search(after)):
            continue
        sentence_gap = _SENTENCE_END.search(before) is not None
        if sentence_gap and habit.value != "one":
            continue  # the document does not show that it sets one space
        if _DIGIT.search(after) or (_DIGIT.search(before) and not sentence_gap):
            continue  # padding a number: dates, columns, versions
        if "%" in before or "%" in after or before.startswith("-"):
            continue  # a format string (%e  %Y) or a command-line option and its help
        note = "doubled space " + ("after a sentence" if sentence_gap else "inside a sentence") + f"; {habit.note}"
        edits.append(Edit(m.start(), m.end(), " ", 1.0, note))
    return edits


def _token_before(text: str, start: int, end: int) -> str:
    """The non-blank characters that end at ``end``, from ``start`` at the earliest.

    Looked for in a short stretch first, then in longer ones, so that a long
    line is not read from its start for every doubled space on it.
    """
    width = 64
    while True:
        window = max(start, end - width)
        token = _TOKEN_BEFORE.search(text, window, end)
        if token.start() > window or window == start:
            return token.group()
        width *= 16


def _prose_line(line: str) -> bool:
    if not line or line[0].isspace() or _ALIGNED.search(line) or _CODE.search(line):
        return False
    line = line.rstrip()  # trailing blanks are the whitespace rules' business
    doubles, gaps = line.count("  "), len(_GAP.findall(line))
    return doubles * 2 <= gaps  # more doubles than that: columns


# --- T113 space-before-punctuation (opt-in) ------------------------------------------

# Punctuation after a space (the spaces before it are counted back). One regex
# per mark: each is a quick search for its first character.
_PUNCT_AFTER_SPACE = tuple(re.compile(rf"\{mark}(?<= \{mark})(?=\s|\Z)(?! \.)") for mark in ",.;:!?")
_LETTER = re.compile(r"[^\W\d_]")
_OWN_SPACING = ("zh", "ja", "ko")  # ASCII punctuation in CJK text is spaced by habit
# ``; : ! ?`` after a letter and a space, or right after a letter (found from the space or the mark).
_FRENCH_SPACED = re.compile("[;:!?](?<=[^\\W\\d_][ \u00a0\u202f][;:!?])")
_FRENCH_TIGHT = re.compile("[;:!?](?<=[^\\W\\d_][;:!?])")


def space_before_punctuation(text: str, ctx: Context) -> list[Edit]:
    """Remove spaces before a comma, period, colon, semicolon, ``!`` or ``?`` (opt-in).

    ``the war , the army .`` becomes ``the war, the army.``. Before
    ``; : ! ?`` the space is kept in French, which sets one there; the
    document's language decides, or its own habit when the language is
    unknown (noted in the change).
    Documents in Chinese, Japanese or Korean are left alone: their writers
    space ASCII punctuation by habit. Spaced ellipses (``word . . .``), colons spaced on both
    sides as separators (``Blog : Title``) and punctuation after CJK
    characters are kept. Off by default: inline code and commands (``git
    add .``) have spaces before periods on purpose.

    >>> from cleaner import clean
    >>> clean("the war , the army .\\nReally ?", config="T113").text
    'the war, the army.\\nReally?'
    """
    candidates = [(start, at) for start, at in _spaced_punctuation(text) if _after_a_word(text, start, at)]
    if not candidates:
        return []  # the document's language and habits are read only when there is something to change
    lang = language(text)
    if lang.value in _OWN_SPACING:
        return []
    french = lang.value == "fr" or (
        lang.value is None and len(_FRENCH_SPACED.findall(text)) > len(_FRENCH_TIGHT.findall(text))
    )
    edits: list[Edit] = []
    for start, at in candidates:
        mark = text[at]
        if mark in ";:!?" and french:
            continue
        note = f"space before '{mark}'" + ("" if mark in ",." else f"; not French spacing ({lang.note})")
        edits.append(Edit(start, at, "", 0.8, note))
    return edits


def _after_a_word(text: str, start: int, at: int) -> bool:
    """Do the spaces before the mark at ``at`` follow a letter (not a CJK one)?

    Not for a colon spaced on both sides as a separator (``Blog : Title``).
    """
    if not _LETTER.match(text, start - 1) or _WIDE.match(text, start - 1):
        return False
    return not (text[at] == ":" and text.startswith(" ", at + 1) and at - start == 1)


def _spaced_punctuation(text: str) -> list[tuple[int, int]]:
    """``(start of the spaces, position of the mark)`` of each mark that has spaces before it."""
    found = []
    for at in sorted(m.start() for rx in _PUNCT_AFTER_SPACE for m in rx.finditer(text)):
        start = at - 1
        while start and text[start - 1] == " ":
            start -= 1
        found.append((start, at))
    return found


# --- T114 missing-space-after (opt-in) --------------------------------------------------

# "?" or "!" after two lower-case letters, "." after three, and a capitalised word
# right after. One regex per mark: each is a quick search for its first character.
_MISSING_AFTER = (
    re.compile(r"\?(?=[A-Z][a-z]{2})(?<=[a-z]{2}\?)"),
    re.compile(r"!(?=[A-Z][a-z]{2})(?<=[a-z]{2}!)"),
    re.compile(r"\.(?=[A-Z][a-z]{2})(?<=[a-z]{3}\.)"),
)
_TOKEN_CHARS = re.compile(r"[^\s]*")


def missing_space_after(text: str, ctx: Context) -> list[Edit]:
    """Insert the missing space after ``?``, ``!`` or ``.`` between two sentences (opt-in).

    ``How will it develop?What happens`` lost the space between two
    sentences. A space is inserted when a lower-case word ends in ``?``,
    ``!`` or ``.`` and a capitalised word follows at once. Off by default:
    names (``Yahoo!Mail``), file names and code (``config.Load``) have the
    same shape. Tokens that look like addresses or code (``/``, ``@``,
    ``_``, ``;``, more than one inner dot as in ``java.util.Map``) are
    skipped.

    >>> from cleaner import clean
    >>> clean("How will it develop?What happens then.Nobody knows.", config="T114").text
    'How will it develop? What happens then. Nobody knows.'
    """
    marks = sorted((m for rx in _MISSING_AFTER for m in rx.finditer(text)), key=re.Match.start)
    if not marks:
        return []
    edits: list[Edit] = []
    start = seen = 0  # the token starts after the last space or line break before the mark
    code: dict[int, bool] = {}  # token start -> does the token look like code, read once per token
    for m in marks:
        start = max(text.rfind(" ", seen, m.start()), text.rfind("\n", seen, m.start()), start - 1) + 1
        seen = m.start()
        if start not in code:
            code[start] = _looks_like_code(_TOKEN_CHARS.match(text, start).group())
        if code[start]:
            continue
        edits.append(Edit(m.end(), m.end(), " ", 0.7, f"no space after '{m.group()}' between sentences"))
    return edits


def _looks_like_code(token: str) -> bool:
    return any(c in token for c in "/@_=()[]{}<>;") or token.count(".") > 1 + token.endswith(".")
