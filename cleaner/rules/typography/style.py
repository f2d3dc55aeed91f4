"""What a document shows about its own conventions: language, numbers, quotes, spacing.

Typography rules that depend on a convention read it from the document
itself, and put what they found in the change note. Each function returns
its answer and a short piece of evidence for that note. Only a prefix of a
long document is read, which is enough to see its habits.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import filterfalse
from typing import NamedTuple

from cleaner.rules.typography.tables import (
    DECIMAL_COMMA_LANGUAGES,
    DECIMAL_POINT_LANGUAGES,
    LEFT_DOUBLE,
    LEFT_GUILLEMET,
    LOW_DOUBLE,
    RIGHT_DOUBLE,
    RIGHT_GUILLEMET,
    STOPWORDS,
)

SAMPLE = 200_000  # characters read from a document for its conventions

# Runs of each script's letters (their lengths add up to its number of letters).
# Latin is [A-Za-z\u00c0-\u024f], counted in two parts: ASCII letters, and the rest.
_LATIN_BEYOND_ASCII = re.compile("[\u00c0-\u024f]+")
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_SCRIPTS = {
    "kana": re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]+"),
    "han": re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"),
    "hangul": re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]+"),
    "cyrillic": re.compile("[\u0400-\u04ff]+"),
    "greek": re.compile("[\u0370-\u03ff\u1f00-\u1fff]+"),
}
_WORD = re.compile(r"[^\W\d_]+")
_STOP_LANGS: dict[str, list[str]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _STOP_LANGS.setdefault(_w, []).append(_lang)
_ASCII_STOP_LANGS = {word.encode(): langs for word, langs in _STOP_LANGS.items() if word.isascii()}
# For UTF-8 bytes: ASCII letters in lower case, other ASCII characters a space.
_ASCII_WORDS = bytes(b + 32 if 65 <= b <= 90 else b if b >= 128 or chr(b).isalpha() else 32 for b in range(256))


class Evidence(NamedTuple):
    value: str | None  # the convention found, or None when the document does not say
    note: str  # what it was read from, for the change note


def _script(sample: str) -> Evidence | None:
    """The language a script other than Latin tells, if that script has the most letters."""
    ascii_part = sample.encode("ascii", "ignore")
    ascii_letters = len(ascii_part.translate(None, _NOT_ASCII_LETTER))
    beyond_ascii = len(sample) - len(ascii_part)
    if beyond_ascii <= ascii_letters:
        return None  # the other scripts together have no more letters than Latin
    latin_beyond_ascii = sum(map(len, _LATIN_BEYOND_ASCII.findall(sample)))
    latin = ascii_letters + latin_beyond_ascii
    if beyond_ascii - latin_beyond_ascii <= latin:
        return None
    counts = {name: sum(map(len, rx.findall(sample))) for name, rx in _SCRIPTS.items()}
    if counts["kana"] and counts["kana"] + counts["han"] > latin:
        return Evidence("ja", "Japanese script")
    for script, lang, name in (("han", "zh", "Chinese"), ("hangul", "ko", "Korean")):
        if counts[script] > latin:
            return Evidence(lang, f"{name} script")
    if counts["cyrillic"] > latin:
        return Evidence("ru", "Cyrillic script")
    if counts["greek"] > latin:
        return Evidence("el", "Greek script")
    return None


def _common_words(sample: str) -> Counter[str]:
    """How many of each language's common words ``sample`` has.

    Its UTF-8 bytes are cut at ASCII characters that are not letters: a piece
    of ASCII letters is a whole word, and only the pieces with other
    characters are taken apart into words as text.
    """
    pieces = Counter(sample.encode(errors="surrogatepass").translate(_ASCII_WORDS).split())
    hits: Counter[str] = Counter()
    for piece in _ASCII_STOP_LANGS.keys() & pieces.keys():
        for lang in _ASCII_STOP_LANGS[piece]:
            hits[lang] += pieces[piece]
    for piece in filterfalse(bytes.isascii, pieces):
        for word in _WORD.findall(piece.decode(errors="surrogatepass")):
            for lang in _STOP_LANGS.get(word.lower(), ()):
                hits[lang] += pieces[piece]
    return hits


def language(text: str) -> Evidence:
    """The document's language, from its script and its most frequent short words.

    >>> language("Le chat est sur la table et il dort dans le salon.").value
    'fr'
    >>> language("ロシアはウクライナに侵攻した。").value
    'ja'
    """
    sample = text[:SAMPLE]
    script = _script(sample)
    if script is not None:
        return script
    ranked = _common_words(sample).most_common(2)  # a tie on top is unclear, whatever its order
    if not ranked or ranked[0][1] < 2:
        return Evidence(None, "language unknown")
    best, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n < 1.5 * second:
        return Evidence(None, "language unclear")
    return Evidence(best, f"language {best} ({n} common words)")


_COMMA_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)")
_POINT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d.,])")
_POINT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.]|,\d)")
# Where the four shapes above can start: each needs a separator and starts with
# the first digit of a run of digits, points and commas (the whole run is taken).
_SEPARATED_NUMBER = re.compile(r"\d+[.,][\d.,]*")


def decimal_separator(text: str) -> Evidence:
    """``"."`` or ``","``: how the document writes the decimal part of its numbers.

    Read from the numbers it writes whole (``70,000`` and ``2.5`` say point,
    ``70.000`` and ``2,5`` say comma), else from its language.

    >>> decimal_separator("about 70,000 troops and 9,000 more").value
    '.'
    >>> decimal_separator("Der Preis stieg um 2,5 Prozent auf 1.200 Euro.").value
    ','
    """
    sample = text[:SAMPLE]
    point = comma = 0
    for number in _SEPARATED_NUMBER.finditer(sample):
        at = number.start()
        point += bool(_COMMA_THOUSANDS.match(sample, at)) + bool(_POINT_DECIMAL.match(sample, at))
        comma += bool(_POINT_THOUSANDS.match(sample, at)) + bool(_COMMA_DECIMAL.match(sample, at))
    if point > comma:
        return Evidence(".", f"decimal point: {point} numbers like 70,000 or 2.5 vs {comma} like 2,5")
    if comma > point:
        return Evidence(",", f"decimal comma: {comma} numbers like 2,5 or 70.000 vs {point} like 2.5")
    lang = language(text)
    if lang.value in DECIMAL_POINT_LANGUAGES:
        return Evidence(".", f"decimal point: no numbers to compare, {lang.note}")
    if lang.value in DECIMAL_COMMA_LANGUAGES:
        return Evidence(",", f"decimal comma: no numbers to compare, {lang.note}")
    return Evidence(None, "decimal separator unknown")


_SPACED_OPEN = re.compile(f"{LEFT_DOUBLE}[ \u00a0\u202f]")


def english_double_quotes(text: str) -> Evidence:
    """``"english"`` when the document quotes with ``“…”`` set tight against the words.

    Not when it opens with ``„`` (German: there ``“`` closes), when ``”`` is
    used on both sides (Swedish, Finnish) or when its quotes are spaced
    inside the way French sets them.

    >>> english_double_quotes("“Yes,” he said. “No.”").value
    'english'
    >>> english_double_quotes("„Ja“, sagte er.").value is None
    True
    """
    sample = text[:SAMPLE]
    opening, closing, low = sample.count(LEFT_DOUBLE), sample.count(RIGHT_DOUBLE), sample.count(LOW_DOUBLE)
    if low:
        return Evidence(None, f"„ quotes ({low})")
    if not opening or 2 * opening < closing:
        return Evidence(None, f"“ {opening} vs ” {closing}")
    spaced = len(_SPACED_OPEN.findall(sample))
    if spaced * 5 > opening:
        return Evidence(None, f"quotes spaced inside ({spaced} of {opening})")
    return Evidence("english", f"document quotes with “…” ({opening} “, {closing} ”)")


_INNER = "[ \u00a0\u202f]?"
_AFTER = r"(?=[\s.,;:!?…)\]\-—–]|$)"
# A pair is only counted where its first mark starts a line or follows a space,
# a bracket, a dash or a slash (see _pairs_at_word_start). No pair holds a
# guillemet inside, so a pair skipped for what precedes it hides no other one.
_OUT_PAIR = re.compile(
    f"{LEFT_GUILLEMET}({_INNER})[^\\s«»][^«»\\n]{{0,300}}?(?<=[^\\s«»]){_INNER}{RIGHT_GUILLEMET}{_AFTER}",
    re.M,
)
_IN_PAIR = re.compile(
    f"{RIGHT_GUILLEMET}[^\\s«»][^«»\\n]{{0,300}}?(?<=[^\\s«»]){LEFT_GUILLEMET}{_AFTER}",
    re.M,
)
_PAIR_AFTER = re.compile(r"[\s(\[\-—–/]")


def _pairs_at_word_start(pattern: re.Pattern[str], sample: str) -> list[re.Match[str]]:
    return [m for m in pattern.finditer(sample) if m.start() == 0 or _PAIR_AFTER.match(sample, m.start() - 1)]


def _pairs(n: int) -> str:
    return f"{n} pair" if n == 1 else f"{n} pairs"


def guillemet_style(text: str) -> tuple[Evidence, str]:
    """``"«»"`` or ``"»«"``: which way the document's well-formed guillemet pairs point.

    Also returns the space the document sets inside its ``«…»`` pairs
    (none, a space, or a no-break space as in French).

    >>> guillemet_style("Il a dit « non » puis « oui ».")
    (Evidence(value='«»', note='document quotes with «…» (2 pairs)'), ' ')
    >>> guillemet_style("Er sagte »nein« und ging.")[0].value
    '»«'
    """
    sample = text[:SAMPLE]
    outs = _pairs_at_word_start(_OUT_PAIR, sample)
    ins = len(_pairs_at_word_start(_IN_PAIR, sample))
    if outs and not ins:
        inner = Counter(m.group(1) for m in outs).most_common(1)[0][0]
        return Evidence("«»", f"document quotes with «…» ({_pairs(len(outs))})"), inner
    if ins and not outs:
        return Evidence("»«", f"document quotes with »…« ({_pairs(ins)})"), ""
    return Evidence(None, f"guillemet pairs: {len(outs)} «…», {ins} »…«"), ""


_MIN_GAPS = 5  # sentence gaps needed to tell one space from two
_TWO_SPACE_SHARE = 25  # percent of sentence gaps set with two spaces that make a habit
_SENTENCE_GAP = re.compile('[.!?]["”’»)]?( +)(?=["“‘«(]?[A-Z])')
_WRAPPED_LINE = re.compile(r"^[^\n]{45,100}(?<![.!?:\"”’»)\s])\n(?=[^\n])", re.M)
_NONEMPTY_LINE = re.compile(r"^[^\n]*\S", re.M)


def hard_wrapped(text: str) -> Evidence:
    """``"wrapped"`` when the document breaks its sentences into lines of a fixed width.

    Such text was typed or formatted as plain text (licences, manuals, mail,
    books), not taken from a web page that reflows it: its spacing is the
    author's own.

    >>> hard_wrapped("A long sentence that goes on and on until it is broken at\\n"
    ...              "the right margin of the page by the author, who typed it\\n"
    ...              "in a plain text editor with a fixed width, like a licence\\n"
    ...              "or a manual page.").value
    'wrapped'
    """
    sample = text[:SAMPLE]
    wrapped, lines = len(_WRAPPED_LINE.findall(sample)), len(_NONEMPTY_LINE.findall(sample))
    if wrapped >= 3 and wrapped * 5 >= lines:
        return Evidence("wrapped", f"plain text wrapped at a fixed width ({wrapped} of {lines} lines)")
    return Evidence(None, f"not wrapped ({wrapped} of {lines} lines)")


def two_spaces_after_sentences(text: str) -> Evidence:
    """``"two"`` or ``"one"``: how many spaces the document sets between sentences.

    Two is a habit when at least two gaps and a quarter of all sentence gaps
    have two spaces, or any gap has two in plain text wrapped at a fixed
    width: a writer who types two spaces does not always manage to, but a
    scraped page that lost a caption shows one or two among dozens. With
    fewer than five sentence gaps the document cannot tell (``None``).

    >>> two_spaces_after_sentences("One.  Two.  Three.  Four. Five.").value
    'two'
    >>> two_spaces_after_sentences("One. Two. Three. Four. Five. Six. Seven.  Eight.").value
    'one'
    >>> two_spaces_after_sentences("One.  Two.").value is None
    True
    """
    gaps = Counter(len(m.group(1)) for m in _SENTENCE_GAP.finditer(text, 0, SAMPLE))
    double, single = gaps[2], gaps[1]
    counts = f"{double} of {double + single} sentences"
    if double >= 2 and double * 100 >= _TWO_SPACE_SHARE * (double + single):
        return Evidence("two", f"two spaces after {counts}")
    if double and (wrapped := hard_wrapped(text)).value:
        return Evidence("two", f"two spaces after {counts} in {wrapped.note}")
    if double + single < _MIN_GAPS:
        return Evidence(None, f"too few sentences to tell the spacing ({double + single})")
    return Evidence("one", f"one space after {single} of {double + single} sentences")
