"""Typography of quotation marks: spaces on the wrong side, reversed and glued quotes."""

from __future__ import annotations

import re

from cleaner.rules.base import Context, Edit
from cleaner.rules.typography.cursor import LineCursor, OpenQuotes, positions
from cleaner.rules.typography.style import english_double_quotes, guillemet_style
from cleaner.rules.typography.tables import (
    ELISIONS,
    LEFT_DOUBLE,
    LEFT_GUILLEMET,
    LEFT_SINGLE,
    RIGHT_DOUBLE,
    RIGHT_GUILLEMET,
    RIGHT_SINGLE,
)

# --- T108 closing-quote-space -----------------------------------------------------

# A closing quote after sentence punctuation, with the space before it
# instead of after it (", ”he said") or with a space before it (". ”").
_CLOSING = re.compile(f"[,.!?…]( +)([{RIGHT_DOUBLE}{LEFT_DOUBLE}])(?=([^\\W\\d_])|[ \\t]*(?:\\n|\\Z)| )")


def closing_quote_space(text: str, ctx: Context) -> list[Edit]:
    """Put the space after a closing ``”`` instead of before it (``Syrians, ”he said``).

    Translators and rewriting tools detach closing quotes from the words
    they close: ``Syrians, ”he said`` for ``Syrians,” he said`` and
    ``a lot of sense. ”`` at the end of a paragraph. A ``”`` preceded by
    punctuation and a space is moved back when a quote is open in the same
    paragraph. A ``“`` in that place, while a quote is already open and
    before a lower-case word (``a puppet, “he said``), is a closing quote
    written with the wrong mark and becomes ``”``. Only in documents that
    quote English-style, with ``“…”`` set tight against the words (noted in
    the change); German ``„…“``, Swedish ``”…”`` and French spaced quotes
    are left alone.

    >>> from cleaner import clean
    >>> clean("“We need bodies. Now Syrians, ”he said. “It makes sense. ”", config="T108").text
    '“We need bodies. Now Syrians,” he said. “It makes sense.”'
    """
    if RIGHT_DOUBLE not in text and LEFT_DOUBLE not in text:
        return []
    style = english_double_quotes(text)
    if style.value != "english":
        return []
    edits: list[Edit] = []
    quotes = OpenQuotes(text, LEFT_DOUBLE, RIGHT_DOUBLE)
    for m in _closing_candidates(text):
        mark, letter = m.group(2), m.group(3)
        if quotes.at(m.start(1)) < 1:
            continue
        if mark == LEFT_DOUBLE:
            if not (letter and letter.islower()):
                continue
            note = f"“ closing an open quote before a lower-case word; {style.note}"
            edits.append(Edit(m.start(1), m.end(2), RIGHT_DOUBLE + " ", 0.8, note))
        elif letter:
            edits.append(
                Edit(m.start(1), m.end(2), RIGHT_DOUBLE + " ", 0.9, f"space before ” moved after it; {style.note}")
            )
        else:
            edits.append(Edit(m.start(1), m.end(1), "", 0.9, f"space before closing ”; {style.note}"))
    return edits


def _closing_candidates(text: str) -> list[re.Match[str]]:
    """The matches of ``_CLOSING``, found from their quote marks: punctuation, spaces, the mark."""
    found: list[re.Match[str]] = []
    for start in positions(text, (" " + RIGHT_DOUBLE, " " + LEFT_DOUBLE)):
        while start and text[start - 1] == " ":
            start -= 1
        if start and (m := _CLOSING.match(text, start - 1)):
            found.append(m)
    return found


# --- T109 guillemet-pair -----------------------------------------------------------

# called»Allied Resolve «are: a «…» pair written back to front, glued to the
# words outside it.
_REVERSED = re.compile(
    f"{RIGHT_GUILLEMET}(?<=[^\\W\\d_]{RIGHT_GUILLEMET})([^\\s«»](?:[^«»\\n]{{0,100}}[^\\s«»])?) {{1,2}}{LEFT_GUILLEMET}"
    "(?=[^\\W\\d_])"
)
_CLOSE_GLUED = re.compile(f"{RIGHT_GUILLEMET}(?=[^\\W\\d_])")
_OPEN_GLUED = re.compile(f"{LEFT_GUILLEMET}(?<=[^\\W\\d_]{{2}}{LEFT_GUILLEMET})")


def guillemet_pair(text: str, ctx: Context) -> list[Edit]:
    """Turn a reversed ``»…«`` pair around and space guillemets from the words outside them.

    In a document that quotes with ``«…»`` (Russian, French, Italian,
    Swiss and Spanish style), rewriting tools produce pairs set back to
    front and glued to their neighbours: ``called»Allied Resolve «are``
    becomes ``called «Allied Resolve» are``, with the inner spacing the
    document uses for its other pairs (none, or French no-break spaces). A
    closing ``»`` glued to the next word (``Switzerland.»Until``) and an
    opening ``«`` glued to a word before it get their space (not after a
    single letter: ``L«x»`` is a C literal). The document's
    style is read from its well-formed pairs and noted; documents that quote
    with ``»…«`` (German, Danish) or mix both are left alone, as are pairs
    spaced correctly.

    >>> from cleaner import clean
    >>> clean("the «danger» of drills called»Allied Resolve «are real", config="T109").text
    'the «danger» of drills called «Allied Resolve» are real'
    """
    if RIGHT_GUILLEMET not in text or LEFT_GUILLEMET not in text:
        return []
    gate = _REVERSED.search(text) or _CLOSE_GLUED.search(text) or _OPEN_GLUED.search(text)
    if gate is None:
        return []
    style, inner = guillemet_style(text)
    if style.value != "«»":
        return []
    edits: list[Edit] = []
    lines, end = LineCursor(text), -1
    for g in _GUILLEMET.finditer(text):  # each line with a guillemet, once
        if g.start() > end:
            start, end = lines.at(g.start())
            edits += _line_edits(text, start, end, inner, style.note)
    return edits


_GUILLEMET = re.compile("[«»]")


def _line_edits(text: str, start: int, end: int, inner: str, note: str) -> list[Edit]:
    edits: list[Edit] = []
    reversed_spans: list[tuple[int, int]] = []
    last_close = text.rfind(RIGHT_GUILLEMET, start, end)  # is there a » after a position on the line?
    quotes = OpenQuotes(text, LEFT_GUILLEMET, RIGHT_GUILLEMET)
    for m in _REVERSED.finditer(text, start, end):
        balanced = quotes.at(m.start()) == 0
        if not balanced or last_close >= m.end():
            continue
        fixed = f" {LEFT_GUILLEMET}{inner}{m.group(1)}{inner}{RIGHT_GUILLEMET} "
        edits.append(Edit(m.start(), m.end(), fixed, 0.9, f"reversed guillemet pair; {note}"))
        reversed_spans.append((m.start(), m.end()))
    depth, i = 0, 0
    for g in _GUILLEMET.finditer(text, start, end):
        pos = g.start()
        while i < len(reversed_spans) and reversed_spans[i][1] <= pos:
            i += 1
        if i < len(reversed_spans) and reversed_spans[i][0] <= pos:
            continue  # inside a reversed pair turned around above
        if g.group() == LEFT_GUILLEMET:
            if depth == 0 and _OPEN_GLUED.match(text, pos) and last_close >= pos:
                edits.append(Edit(pos, pos, " ", 0.9, f"space before opening «; {note}"))
            depth += 1
        else:
            if depth == 1 and _CLOSE_GLUED.match(text, pos):
                edits.append(Edit(pos + 1, pos + 1, " ", 0.9, f"space after closing »; {note}"))
            depth = max(0, depth - 1)
    return sorted(edits, key=lambda e: (e.start, e.end))


# --- T110 glued-quote ------------------------------------------------------------

# An opening mark before a capital, a phrase of up to six words, the same mark closing it.
_GLUED = re.compile(
    r"([’'])(?=[A-Z\u00c0-\u00de\u0391-\u03a9\u0410-\u042f])"
    r"([^\W\d_][^\W\d_’']*(?:(?: {1,2}|-)[^\W\d_][^\W\d_’']*){0,5}?)\1(?=[\s—–.,;:!?)\]-]|\Z)"
)
_LEFT_WORD = re.compile(r"(?<![\w’'])[^\W\d_]{3,}\Z")
_OPENING_FOR = {RIGHT_SINGLE: LEFT_SINGLE, "'": "'"}


def glued_quote(text: str, ctx: Context) -> list[Edit]:
    """Separate a single-quoted phrase glued to the word before it (``Drill’Miscalculation’``).

    ``Avoid Drill’Miscalculation’— Pentagon`` lost the space before its
    opening quote, which was then curled the wrong way. When a capitalised
    phrase of up to six words is closed by the same mark and the mark in
    front of it follows a lower-case letter of a word of three or more
    letters, the opening mark gets its space and, if curly, its proper
    shape: ``Drill ‘Miscalculation’``. Elisions (``l’Europe``,
    ``dell’Italia``, ``O’Brien``) and plural possessives (``the Joneses’
    house``) are left alone, as is everything after the closing mark.

    >>> from cleaner import clean
    >>> clean("Chiefs Speak to Avoid Drill’Miscalculation’— Pentagon", config="T110").text
    'Chiefs Speak to Avoid Drill ‘Miscalculation’— Pentagon'
    """
    if RIGHT_SINGLE not in text and "'" not in text:
        return []
    edits: list[Edit] = []
    end = 0
    for at in positions(text, (RIGHT_SINGLE, "'")):  # where a match of _GLUED can start
        if at < end or (m := _GLUED.match(text, at)) is None:
            continue
        end = m.end()
        mark, phrase = m.group(1), m.group(2)
        left = _LEFT_WORD.search(text, max(0, m.start() - 40), m.start())
        if left is None or not (phrase[0].isupper() and left.group()[-1].islower()):
            continue
        if left.group().lower() in ELISIONS:
            continue
        if phrase[-1] in "sS" and re.match(r" [a-z]", text[m.end() : m.end() + 2]):
            continue  # a plural possessive: the Joneses’ house
        note = f"quote glued to the word before: {left.group()}{mark}{phrase}{mark}"
        edits.append(Edit(m.start(1), m.end(1), " " + _OPENING_FOR[mark], 0.85, note))
    return edits
