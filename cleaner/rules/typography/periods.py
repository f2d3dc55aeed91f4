"""Typography of periods: numbers and domains split after their dot, stray and doubled periods."""

from __future__ import annotations

import re

from cleaner.rules.base import Context, Edit
from cleaner.rules.typography.style import decimal_separator, language
from cleaner.rules.typography.tables import ABBREVIATIONS, NUMBER_UNITS, SECOND_LEVEL, TLDS, WORDY_TLDS

_LAST_TOKEN = re.compile(r"(\S+)\Z")
_OPENERS = "\"'“‘«(["


def is_abbreviation(word: str) -> bool:
    """Is ``word`` (without its final period) an abbreviation or an initial?

    >>> [is_abbreviation(w) for w in ("etc", "U.S", "J", "(e.g", "war", "NATO")]
    [True, True, True, True, False, False]
    """
    word = word.lstrip(_OPENERS)
    if "." in word or (len(word) == 1 and word.isalpha()):
        return True
    return word.lower() in ABBREVIATIONS


def _word_before(text: str, end: int) -> str:
    m = _LAST_TOKEN.search(text, max(0, end - 60), end)
    return m.group(1) if m else ""


# --- T104 split-decimal ----------------------------------------------------------

_UNIT_WORDS = "|".join(re.escape(u) for u in NUMBER_UNITS if u[0].isalpha())
_SPLIT_GATE = re.compile(r"\.(?<=\d\.) \d")
_SPLIT_NUMBER = re.compile(
    rf"(?<![A-Za-z0-9_.,])\d{{1,3}}\.( +)\d{{1,3}}(?=[ \u00a0]?[%‰]|[ \u00a0](?:{_UNIT_WORDS})(?![^\W\d_]))"
)
_SPLIT_POINT = re.compile(r"\.(?<=\d\.) +\d")  # where a split number can have its point
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ ,:;(]{0,3}\Z|[$€£¥]\Z")
_MARKER_POINT = re.compile(r"\.(?<=\d\.) ")  # the point of a list marker (``2. ``) ...
_NOT_BEFORE_MARKER = re.compile(r"[\w.,]")  # ... unless its number follows one of these


def _split_numbers(text: str) -> list[re.Match[str]]:
    """The matches of ``_SPLIT_NUMBER``, found from their points (a number starts at most three digits before)."""
    found: list[re.Match[str]] = []
    end = 0
    for point in _SPLIT_POINT.finditer(text):
        for start in range(max(end, point.start() - 3), point.start()):
            if m := _SPLIT_NUMBER.match(text, start):
                found.append(m)
                end = m.end()
                break
    return found


def list_markers(text: str) -> set[str]:
    """The numbers the text writes as ``n. `` on their own (not after a word, a point or a comma)."""
    markers: set[str] = set()
    for point in _MARKER_POINT.finditer(text):
        start = point.start() - 1
        while start and text[start - 1].isdecimal():  # what \d matches
            start -= 1
        if start == 0 or not _NOT_BEFORE_MARKER.match(text, start - 1):
            markers.add(text[start : point.start()])
    return markers


def split_decimal(text: str, ctx: Context) -> list[Edit]:
    """Join a decimal number split by a space after its point (``41. 3%``).

    Tools that put a space after every period turn ``41.3%`` into
    ``41. 3%``. The space is removed when all of these hold: the document
    writes its decimals with a point (read from its other numbers, such as
    ``70,000`` or ``2.5``, else from its language; recorded in the note);
    a percent sign or a word such as ``million`` follows, so the digits are
    a quantity; the first part has at most three digits (not a year: ``1999. 3
    people died`` stays); and the number follows a word that is not
    capitalised (or a currency sign), so it does not end a heading or a
    date (``May 21. 5%``), and the document does not number items with the
    neighbouring numbers (``1. 5% said yes; 2. 10% said no``).

    >>> from cleaner import clean
    >>> clean("about 70,000 men, with 41. 3% approval", config="T104").text
    'about 70,000 men, with 41.3% approval'
    """
    if not _SPLIT_GATE.search(text):
        return []
    candidates = _split_numbers(text)
    if not candidates:
        return []
    sep = decimal_separator(text)
    if sep.value != ".":
        return []
    edits: list[Edit] = []
    markers: set[str] | None = None  # read once, when a candidate first needs them
    for m in candidates:
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None or (before.group(1) and before.group(1)[0].isupper()):
            continue
        if markers is None:
            markers = list_markers(text)
        n = int(text[m.start() : m.start(1) - 1])
        if str(n - 1) in markers or str(n + 1) in markers:
            continue  # 1. 5% said yes; 2. 10% said no: a numbered list
        edits.append(Edit(m.start(1), m.end(1), "", 0.9, f"number split after its point; {sep.note}"))
    return edits


# --- T105 split-domain -------------------------------------------------------------

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ALL_TLDS = "|".join(sorted(TLDS | WORDY_TLDS, key=len, reverse=True))
# A top-level domain after a point and a space, the point after a letter or digit.
# Found from the point; a match counts only if that letter or digit is not part
# of the previous match (see _split_domains).
_DOMAIN_GATE = re.compile(rf"\.(?<=[A-Za-z0-9]\.)( {{1,2}})({_ALL_TLDS})(?![\w-]|\.[A-Za-z0-9]| *\. *[a-z]{{2}}\b)")
_NAME_BEFORE = re.compile(
    rf"(?<![\w.-])(?:(www)\.( {{0,2}}))?((?:{_LABEL}\.)*{_LABEL})(?:\.( {{0,2}})({'|'.join(SECOND_LEVEL)}))?\Z"
)


def _used_as_word(text: str, word: str) -> bool:
    """Does ``word`` stand alone in the text, other than as a split domain?

    That is, not after a letter, digit, point, or point and space, and not
    before a letter or digit (the checks behind the word are made from its
    end, so that the search can look for the word itself).
    """
    return re.search(rf"{word}(?<![\w.]{word})(?<!\. {word})(?!\w)", text, re.I) is not None


def _split_domains(text: str) -> list[re.Match[str]]:
    """The matches of ``_DOMAIN_GATE`` whose letter or digit before the point follows the previous match."""
    found: list[re.Match[str]] = []
    end = 0
    for m in _DOMAIN_GATE.finditer(text):
        if m.start() - 1 >= end:
            found.append(m)
            end = m.end()
    return found


def split_domain(text: str, ctx: Context) -> list[Edit]:
    """Join a domain name split by a space after its dot (``csmonitor. com``).

    Tools that put a space after every period split web addresses in running
    text. The space is removed before a known top-level domain when the
    document does not use those letters as a word of its own (a Portuguese
    text says ``com`` for *with*, an English one says ``net``). Domains that
    are common words in some language (``de``, ``es``, ``it``, ``co``) are
    only joined after ``www.`` or when the document also writes the same
    domain whole. Second-level names are handled (``bbc. co. uk``).
    Names with one-letter parts (``the U.S. gov``) are initials, and
    addresses written correctly are never touched.

    >>> from cleaner import clean
    >>> clean("Read more on csmonitor. com and www. lemonde. fr today.", config="T105").text
    'Read more on csmonitor.com and www.lemonde.fr today.'
    """
    if not _DOMAIN_GATE.search(text):
        return []
    edits: list[Edit] = []
    lower: str | None = None  # the text in lower case, made once when first needed
    used: dict[str, bool] = {}  # word -> does the text use it as a word, looked up once per word

    def used_as_word(word: str) -> bool:
        if word not in used:
            used[word] = _used_as_word(text, word)
        return used[word]

    for gate in _split_domains(text):
        dot, tld = gate.start(), gate.group(2)
        name = _NAME_BEFORE.search(text, max(0, dot - 260), dot)
        if name is None or not any(c.isalpha() for c in name.group(3)):
            continue
        if min(map(len, name.group(3).split("."))) < 2:
            continue  # initials (U.S. gov), not a domain
        www, second = name.group(1), name.group(5)
        if second and len(tld) != 2:
            continue
        whole = f"{name.group(3)}.{second + '.' if second else ''}{tld}".lower()
        if lower is None:
            lower = text.lower()
        if whole in lower:
            why = f"the document also writes {whole}"
        elif www:
            why = "after www."
        elif tld in WORDY_TLDS or used_as_word(tld) or (second and used_as_word(second)):
            continue
        else:
            why = f"'{tld}' is not a word in the document"
        note = f"domain split after its dot; {why}"
        spaces = [(name.start(2), name.end(2)), (name.start(4), name.end(4)), gate.span(1)]
        edits += [Edit(a, b, "", 0.95, note) for a, b in spaces if b > a and a >= 0]
    return edits


# --- T106 stop-before-comma --------------------------------------------------------

_STOP_COMMA = re.compile(r"\.(?<=[^\W_]\.)( +)(?=[,;](?:\s|\Z))")


def stop_before_comma(text: str, ctx: Context) -> list[Edit]:
    """Remove a stray period and space before a comma (``war. , the`` becomes ``war, the``).

    A period followed by a space and a comma is never right: a sentence
    does not end in front of a comma. After an abbreviation or an initial
    (``etc. ,``, ``U.S. ,``) the period belongs to the word and only the
    space goes; otherwise the period is a leftover of a sentence cut by a
    translator or a rewriting tool, and goes too. An ellipsis (``. . . ,``)
    is left alone.

    >>> from cleaner import clean
    >>> clean("sending his army to war. , the lifestyle; apples, pears etc. , too", config="T106").text
    'sending his army to war, the lifestyle; apples, pears etc., too'
    """
    if not _STOP_COMMA.search(text):
        return []
    edits: list[Edit] = []
    for m in _STOP_COMMA.finditer(text):
        word = _word_before(text, m.start())
        if is_abbreviation(word):
            edits.append(Edit(m.start(1), m.end(1), "", 1.0, f"space before comma after abbreviation {word}."))
        else:
            edits.append(Edit(m.start(), m.end(), "", 0.9, "period before a comma"))
    return edits


# --- T107 doubled-stop --------------------------------------------------------------

_DOUBLED_STOP = re.compile(r"\.(?<=[^.\s]\.)( \.)(?=\s|\Z|[\"”’»)])(?! \.)")


def doubled_stop(text: str, ctx: Context) -> list[Edit]:
    """Remove the second of two periods separated by a space (``support. .``).

    Exactly two periods with a space between them are a duplicated full
    stop, not an ellipsis: ``. . .`` (three or more, spaced) is an ellipsis
    style and is left alone, as are ``..`` and ``...``.

    >>> from cleaner import clean
    >>> clean("economic support. .\\nSo. . . he left.", config="T107").text
    'economic support.\\nSo. . . he left.'
    """
    if ". ." not in text:
        return []
    return [Edit(m.start(1), m.end(1), "", 1.0, "doubled period") for m in _DOUBLED_STOP.finditer(text)]


# --- T115 stray-stop (opt-in) ----------------------------------------------------------

_NEXT_WORD = re.compile(r" +([a-z][a-z-]*)")
# A sentence after a lower-case word that starts in lower case (plain words, not
# code or addresses) or in upper case. Both are found from their point.
_LOWER_START = re.compile(r"\. (?<=[a-z]{2}\. )[a-z]+[\s,;:]")
_UPPER_START = re.compile(r"\. (?<=[a-z]{2}\. )[A-Z]")
_MAX_LOWER_STARTS = 33  # percent: above it the author starts sentences in lower case
_STRAY_STOP = re.compile(r"\.(?<=[a-z]{2}\.)(?= {1,2}[a-z][a-z-]+(?=[\s,;:.!?]))")


def stray_stop(text: str, ctx: Context) -> list[Edit]:
    """Remove a period that ends a sentence in mid-phrase, before a lower-case word (opt-in).

    Rewriting tools sometimes drop a period into a sentence (``the army.
    with about 9,000 soldiers``). A period after a lower-case word and
    before a lower-case word is removed unless the word before it is an
    abbreviation (``e.g. this``, ``approx. three``, ``Mr. smith``) or an
    initial, or the period splits a web address or code. Only English
    documents are touched (the language is read from the document and
    noted), and nothing is done in one where three or more and over a third
    of the sentences start in lower case (an author who writes that way; the
    share is in the note). Off by default: lists and headings break this
    pattern legitimately.

    >>> from cleaner import clean
    >>> clean("a strong army. with about 9,000 soldiers, e.g. this one.", config="T115").text
    'a strong army with about 9,000 soldiers, e.g. this one.'
    """
    if ". " not in text:
        return []
    stops: list[int] = []
    for m in _STRAY_STOP.finditer(text):
        word = _word_before(text, m.start())
        following = _NEXT_WORD.match(text, m.end()).group(1)
        if word.lower() == "www" or following in TLDS or any(c in word for c in "/@(_"):
            continue  # a split web address or code, not a sentence
        if not is_abbreviation(word):
            stops.append(m.start())
    if not stops:
        return []  # the document's language and habits are read only when there is something to remove
    lang = language(text)
    if lang.value != "en":
        return []
    lower, upper = len(_LOWER_START.findall(text)), len(_UPPER_START.findall(text))
    if lower >= 3 and lower * 100 > _MAX_LOWER_STARTS * (lower + upper):
        return []
    note = f"period before a lower-case word; {lang.note}, {lower} of {lower + upper} sentences start in lower case"
    return [Edit(at, at + 1, "", 0.6, note) for at in stops]
