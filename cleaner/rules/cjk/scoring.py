"""How weird a line looks, and which candidate a lost byte most likely was.

:func:`~cleaner.rules.cjk.weirdness.weirdness` is the acceptance test (see
:mod:`.weirdness`): a repair is kept only when the line it gives is
:func:`clearly_better`.

:class:`Context` chooses among a slot's candidates with what the rest of the
paragraph says: an open ``“`` wants a ``”``, ``s`` before a space wants the
plural possessive ``’``, ``l`` or ``qu`` before a vowel the French or Italian
apostrophe (``l’an``, ``qu’elle``, ``dell’anno``), a dash between digits is an
en dash, a dash between spaces follows the document's own style (learned from
its lossless dashes, else its language's rule), the end of a paragraph closes
an open quote, a text cut short after a comma ends with an ellipsis, and a lost
letter is the likeliest letter of the document's language between its
neighbours (:mod:`.letters`).
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import itemgetter
from typing import NamedTuple

from cleaner.rules.base import from_fields
from cleaner.rules.cjk import grammar, letters
from cleaner.rules.cjk import surroundings as around
from cleaner.rules.cjk import weirdness as weirdness_module
from cleaner.rules.cjk.currency import named_currency
from cleaner.rules.cjk.tables import PRIOR_TOTAL, prior
from cleaner.rules.cjk.weirdness import clearly_better, weirdness

__all__ = ["QUOTE_MARKS", "Context", "Slot", "Style", "bonus", "clear_caches", "clearly_better", "rank", "weirdness"]

NONE = 2 * prior("\u2032")  # weight of "the slot is none of its candidates"


OPENERS = frozenset(" \t([{/—–-\u00a0")
QUOTE_MARKS = frozenset("„“”‘’‚«»‹›")  # the characters Context.update takes into account
_GUILLEMET_PAIR = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
# the kind of quote each one opens (French and Swiss «…» ‹…›, German »…« ›…‹)
_GUILLEMET_OPEN = {"«": "guillemet", "»": "reversed_guillemet", "‹": "single_guillemet", "›": "reversed_single"}
_CLOSES_LOW = frozenset((("“", "low"), ("‘", "low_single")))  # German quotes close with what opens English ones


def clear_caches() -> None:
    """Forget the lines, neighbours and slots judged so far."""
    weirdness_module.clear_caches()
    for fn in (bonus, _rank_one, _one_character, _as_left, _as_right, around.after_traits, around.elides):
        fn.cache_clear()
    _STAND_INS.clear()


_GERMAN = frozenset("äöüßÄÖÜ")
_EASTERN = frozenset("ąęłńśźżőűĄĘŁŃŚŹŻŐŰ")


@dataclass
class Style:
    """What a document's lossless sequences say about its typography."""

    em: int = 0
    en: int = 0
    low: int = 0  # „ quotes: German, Polish, Hungarian... where the dash between spaces is –
    guillemets: int = 0  # « quotes: French, Spanish...
    curly: int = 0  # “ quotes
    german: int = 0  # letters that tell „…“ (German, Czech) from „…” (Polish, Hungarian)
    eastern: int = 0
    lines: int = 0  # lines learnt from
    ellipses: int = 0  # lost characters between two sentences, where an ellipsis fits (said. … We)
    letters: dict[str, int] = field(default_factory=dict)  # lossless Latin letters outside ASCII, in lower case
    codec: str = ""  # the codec the text was read with (it decides which letters can be seen)
    text: str = ""  # the document (its words tell its language)
    _language: str | None = None  # found once all is learnt

    def learn(self, text: str, codec: str = "") -> None:
        """Count the typography of one line's lossless text (read with ``codec``)."""
        self.lines += 1
        self.codec = self.codec or codec
        self._language = None
        for i, ch in enumerate(text):
            if "\x7f" < ch < "\u0250" and ch.isalpha():  # a Latin letter outside ASCII
                low = ch.lower()
                self.letters[low] = self.letters.get(low, 0) + 1
            if ch == "—":
                self.em += 1
            elif ch == "–" and not text[i + 1 : i + 2].isalpha():  # (Dublin–Belfast is a range, not a style)
                self.en += 1
            elif ch == "„":
                self.low += 1
            elif ch == "«":
                self.guillemets += 1
            elif ch == "“":
                self.curly += 1
            elif ch in _GERMAN:
                self.german += 1
            elif ch in _EASTERN:
                self.eastern += 1

    @property
    def low_opener(self) -> bool:
        """Quotes open with „: one was seen, or the letters are German or Central European throughout."""
        if self.low > 0 or self.german + self.eastern >= max(3, self.lines):
            return True
        return self.language in letters.LOW_QUOTE_CLOSERS

    @property
    def closes_first(self) -> bool:
        """Quotations close before the punctuation after them: where „ opens them (dzień”., Hause“, sagte), and
        in Spanish (pasar”, aseguró)."""
        return self.low_opener or self.language == "es"

    @property
    def low_closer(self) -> str:
        """The quote that closes „: “ in German, ” in Polish and Hungarian."""
        if self.language in letters.LOW_QUOTE_CLOSERS:
            return letters.LOW_QUOTE_CLOSERS[self.language]
        return "”" if self.eastern > self.german else "“"

    @property
    def language(self) -> str:
        """The language the lossless letters and frequent words tell ('' when they do not): see :mod:`.letters`."""
        if self._language is None:
            self._language = (letters.identify(self.letters, self.codec, self.text) or "") if self.codec else ""
        return self._language

    def learn_slot(self, line: str, start: int, end: int, options: Sequence[str]) -> None:
        """Count a lost character at ``line[start:end]`` that sits between two sentences and may be ``…``."""
        if "…" not in options or line[start - 1 : start] != " " or not around.NEXT_SENTENCE.match(line, end):
            return
        if _before_space(line[max(0, start - 30) : start]) == ".":  # not after ? or ! (Mini? – Fashionblog)
            self.ellipses += 1

    @property
    def dash(self) -> str | None:
        """The dash between spaces: as the lossless dashes (or „ quotes) show, else the language's rule.

        In a document that shows no dash and leaves out words between its
        sentences more than once (``said. … We``, as transcripts do), a lost
        character between spaces is an ellipsis too (``the track … and``).
        """
        if self.em == self.en:
            if self.low or self.language in letters.SPACED_EN_DASH:
                return "–"
            return "…" if self.ellipses > 1 and not self.em else None
        return "—" if self.em > self.en else "–"


class Context:
    """Open quotes while walking one paragraph left to right, and the document's style."""

    __slots__ = (
        "style",
        "quotes",
        "closer_ahead",
        "strong_closer_ahead",
        "opener_next",
        "dash",
        "low_closer",
        "low_opener",
        "guillemet_opener",
        "language",
        "open_dash",
        "after_cut",
        "paragraph",
        "_currency",
        "_dialogue",
        "_english",
    )

    def __init__(
        self,
        style: Style | None = None,
        quotes: list[tuple[str, int]] | None = None,
        closer_ahead: bool = True,
        strong_closer_ahead: bool = False,
        opener_next: bool = False,
        paragraph: str = "",
    ) -> None:
        self.style = Style() if style is None else style
        self.quotes = [] if quotes is None else quotes  # (kind, offset of the opener)
        self.closer_ahead = closer_ahead  # something later in the paragraph can close a quote opened here
        self.strong_closer_ahead = strong_closer_ahead  # a ” or a slot after . , ! ? follows, before any new “
        self.opener_next = opener_next  # the next quote ahead (or place one may close) is a lossless “
        self.dash = self.style.dash or "—"  # the style is learnt before a paragraph is walked
        self.low_closer = self.style.low_closer
        self.low_opener = self.style.low_opener
        self.guillemet_opener = bool(self.style.guillemets and not self.style.curly and self.style.language)  # « opens
        self.language = self.style.language
        self.open_dash = ""  # the dash that opened an aside (—integrado) not closed yet in this line
        self.after_cut = False  # the paragraph before this one ended with an ellipsis
        self.paragraph = paragraph  # the text of the paragraph (its words may name a currency)
        self._currency: str | None = None
        self._dialogue: bool | None = None
        self._english: bool | None = None

    def currency(self, before: str) -> str:
        """The currency sign other than € ('' if none) that the words of the sentence that ``before`` (the line
        up to the sign) ends in call for, else the paragraph's words: see :mod:`.currency`. A sentence that
        speaks of the euro calls for none."""
        named = named_currency(around.sentence(before, self.paragraph), 1)
        if not named:  # (a sentence that names the euro keeps it: not the rupee of the paragraph's other news)
            if self._currency is None:
                self._currency = named_currency(self.paragraph)
            named = self._currency
        return "" if named == "€" else named

    def english(self) -> bool:
        """The paragraph is English: no other language was told, and English's most frequent words are in it."""
        if self._english is None:
            self._english = not self.language and _ENGLISH_TEXT.search(self.paragraph) is not None
        return self._english

    def dialogue(self) -> bool:
        """The paragraph is dialogue: a lost character before a verb of saying (``—¿Y ahora? —preguntó``),
        in a language that opens the narrator's words with a dash."""
        if self._dialogue is None:
            pattern = around.DIALOGUE.get(self.language)
            self._dialogue = pattern is not None and pattern.search(self.paragraph) is not None
        return self._dialogue

    def aside(self, text: str) -> None:
        """Take the dashes of ``text`` (with a character on either side) into account: an aside opens
        after a space and before a word (``—integrado``), and closes after a word (``Hermosa—``)."""
        for i in range(1, len(text) - 1):
            if text[i] in "—–":
                if text[i - 1].isspace() and (text[i + 1].isalnum() or text[i + 1] in "«“„¿¡"):  # —«el primer
                    self.open_dash = text[i]
                elif text[i - 1].isalnum():
                    self.open_dash = ""

    def _recent(self, prefix: str) -> bool:
        """The innermost double quote opened mid-sentence a few words ago: a title or scare quote.

        Such a quote may close right after a word (``the “Yes” campaign``); a
        quotation that opens a sentence closes after punctuation.
        """
        for kind, at in reversed(self.quotes):
            if kind in ("double", "low"):
                since = prefix[at:]
                if since.count(" ") < 2:  # one or two words quoted so far: a title or a term (“str”, „Solid Gold”)
                    return True
                if since.count(" ") > 5 or around.ends_sentence(since):
                    return False
                before = prefix[max(0, at - 8) : at].rstrip()  # only its last characters matter
                if len(before) < 3 and at > 8:
                    before = prefix[:at].rstrip()
                return before[-1:].isalpha() and not around.SENTENCE_END.search(before[-3:] + " ")
        return False

    def _unbroken(self, prefix: str) -> bool:
        """The innermost quote opened in the sentence that ``prefix`` ends in."""
        return bool(self.quotes) and not around.SENTENCE_END.search(prefix, self.quotes[-1][1])

    def update(self, text: str, at: int, after: str, before: str = "") -> None:
        """Take the quotes of ``text`` (placed at offset ``at``, after ``before``, before ``after``) into account.

        ``after`` matters only when ``text`` has a ``’`` (an apostrophe or a closing quote) or a ``‘``,
        ``before`` only for a ``‘`` (between two letters, an apostrophe: ``we‘d``).
        """
        for i, ch in enumerate(text):
            if ch not in QUOTE_MARKS:
                continue
            if ch in _GUILLEMET_PAIR:  # French «…», German »…«: the other one closes
                if self.quotes and self.quotes[-1][0] == _GUILLEMET_OPEN[_GUILLEMET_PAIR[ch]]:
                    del self.quotes[-1]
                else:
                    self.quotes.append((_GUILLEMET_OPEN[ch], at + i))
                continue
            if ch == "„":
                self.quotes.append(("low", at + i))
            elif ch == "‚":  # the German single quote: ‚so‘
                self.quotes.append(("low_single", at + i))
            elif self.quotes and (ch, self.quotes[-1][0]) in _CLOSES_LOW:  # „so“, ‚so‘
                del self.quotes[-1]
            elif ch == "“":
                self.quotes.append(("double", at + i))
            elif ch == "‘":
                if not ((text[i - 1] if i else before[-1:]).isalpha() and (text[i + 1 : i + 2] or after[:1]).isalpha()):
                    self.quotes.append(("single", at + i))
            elif ch == "”" or not (text[i + 1 : i + 2] or after[:1]).isalpha():
                kinds = ("double", "low") if ch == "”" else ("single", "low_single")
                for k in range(len(self.quotes) - 1, -1, -1):
                    if self.quotes[k][0] in kinds:
                        del self.quotes[k:]
                        break

    def slot(self, prefix: str, lead_in: str, after: str) -> Slot:
        """Describe the place of a lost character after ``prefix + lead_in`` and before ``after``.

        ``lead_in`` is the part of the repaired piece before the lost character
        (its quotes count, but are not yet taken into account in ``self``).
        """
        if lead_in and not QUOTE_MARKS.isdisjoint(lead_in):
            ahead = Context(
                self.style,
                list(self.quotes),
                self.closer_ahead,
                self.strong_closer_ahead,
                self.opener_next,
                self.paragraph,
            )
            ahead.update(lead_in, len(prefix), after, prefix[-1:])
            return ahead.slot(prefix + lead_in, "", after)
        before = prefix + lead_in
        left, right = before[-1:], after[:1]
        if self.quotes:
            innermost = self.quotes[-1][0]
            double_open = any(k in ("double", "low") for k, _ in self.quotes)
            recent = self._recent(before)
        else:
            innermost, double_open, recent = None, False, False
        next_word, next_upper, next_number, elided, contraction = around.after_traits(after[:6])
        word = before[before.rfind(" ") + 1 :]  # the word before the slot, up to it
        spaced = left in around.SPACES and right in around.SPACES  # between spaces
        return _new_slot(
            (  # Slot's fields in order, without going through its Python-level __new__
                _as_left(left),
                _as_right(right),
                _before_space(before) if left in around.SPACES else "",  # before_space
                next_word,
                next_upper,
                next_number,
                _clipped(word, self.language),  # elided_word
                (left in ("s", "S") or (left in "xzßXZ" and self.language == "de"))  # plural (Max’ Auto)
                and word.lower() not in around.NOT_PLURAL,
                elided or (right.isdigit() and around.elided_year(before, after)),  # elided
                contraction,
                left.isalpha()
                # (in French also before a space or the line's end: il n’ a, le dossier d’ cut by markup)
                and (right.lower() in around.ELIDED_BEFORE or (self.language == "fr" and right in ("", " ")))
                and around.elides(before[-around.ELISION_TAIL :]),  # elision
                bool(after)
                and (after[0] in ".," or after[0].isdecimal())
                and (around.DEGREES.match(after) is not None or around.cold(before)),
                around.range_goes_on(left, before),  # ordinal
                around.group(left, after),  # group
                bool(after) and after[0].isdecimal() and around.NOT_MONEY.match(after) is not None,  # not_money
                (left == "" or left in OPENERS or left in "“‘") and not (right == "" or right.isspace()),  # opening
                (right == "" or right.isspace() or right in ",.;:!?)]}”’“-/—–")  # (‘“: the German ‚…‘ in „…“)
                and not (left == "" or left.isspace()),  # closing
                innermost,
                double_open,
                recent,  # the innermost double quote opened a few words ago
                self.dash,
                self.low_closer,
                self.low_opener,
                self.guillemet_opener,
                self.open_dash,
                self.language,
                self.currency(before) if right.isdigit() else "",  # currency (looked for only where one may be)
                (_near(left, "^") + _near(right, "$")) if self.language else "",  # around
                _word(before, after) if self.language else "",  # word
                self.closer_ahead,
                # a closer after punctuation ahead ends a single quote around this double one: ‘a “b” c,’
                self.strong_closer_ahead and not (innermost == "double" and self.quotes[0][0] == "single"),
                self.opener_next and self._unbroken(before),  # opener_next
                self.after_cut and not before,
                not before and around.BYLINE.match(after) is not None,  # byline
                _named(word, before, after),
                grammar.form(self.language, before, after) if left.isalpha() and not right.isalpha() else "",  # form
                left in around.SPACES and around.speech(self.language, after),  # speech
                (left == "" or (left in around.SPACES and before[-2:-1] in ".?!"))
                and (self.dialogue() or around.interview(self.language, before, after)),  # dialogue
                right.isdigit() and around.SHORT_YEAR.match(after) is not None,  # year
                spaced and before[-2:-1].isdigit() and around.in_aside(before),  # in_aside
                spaced and (before[-2:-1] == ":" or " • " in before[-200:]),  # listed
                self.language == "es"
                and left in around.SPACES
                and around.quoted(after)
                and not (self.guillemet_opener and around.opens_aside(after)),  # quoted
                self.language == "de"
                and left in around.SPACES
                and before[-2:-1].isdigit()
                and _SUM.search(before, len(before) - 30) is not None,  # sum
                left == "i" and self.language != "pl" and right in _AFTER_SURNAME and _surname(word),  # surname
                right == "" and left.isalpha() and around.single_open(before),  # single_open
            )
        )


_ENGLISH_TEXT = re.compile(r"\b(?:the|and|of)\b")  # English's most frequent words
_AFTER_SURNAME = frozenset(("", " ", ",", ".", ";", ":", ")", "’"))  # (Đoković’s)
_SURNAME = re.compile(r"[^\W\d_]{2,}[^\W\daeiouyàáâäèéêëìíîïòóôöùúûüý]i")


def _surname(word: str) -> bool:
    """``word`` (up to a lost letter) has a capital and ends in a consonant and i, as South Slavic surnames
    do before their -ić or -ič (``Šimi``, ``Đorđevi``; not ``Fleiß``, whose i follows a vowel)."""
    return word[:1].isupper() and _SURNAME.fullmatch(word) is not None


def _named(word: str, before: str, after: str) -> str:
    """See ``Slot.named``: ``word`` is the one ``before`` ends with, up to the slot."""
    left, right = before[-1:], after[:1]
    if right.isupper():
        return around.named(word, after)
    if left.isalnum() and not right.isalnum() and around.brand(word):
        return "brand"
    if right.islower() and left.isupper() and around.initial(word, before):
        return "initial"
    return ""


def _after_title(before: str) -> bool:
    """``before`` ends with an abbreviation and its full stop, inside a sentence (``projektu dr inż.``)."""
    if not before.endswith("."):
        return False
    word = before[before.rfind(" ", 0, len(before) - 1) + 1 : -1]
    return around.abbreviation(word) and before[: -len(word) - 1].rstrip()[-1:].isalnum()


def _before_space(before: str) -> str:
    """The sign that ends the sentence before the space that ends ``before`` ('' if none), a comma, "0"
    after a number (a digit, or a word such as ``Millionen``: an amount may follow), or "A" after a
    capitalised word inside a sentence. After a quote that opens, the sign before the quote (``lundi. «``:
    a sentence starts), or "." where the quote opens the line.

    A full stop after an abbreviation (``S.p.A.``, ``J.``) ends no sentence.
    """
    end = before[-2:-1]
    if end in _OPENING_QUOTES:  # a quotation opens: the sentence before it tells (départ. « À ce rythme)
        if not before[:-2].strip():
            return "."  # it opens the line
        outer = _before_space(before[:-2].rstrip(" \u00a0\u202f") + " ") if before[-3:-2].isspace() else ""
        return outer if outer in (".", "!", "?") else ""
    if end != ".":
        if end in ("!", "?", ","):
            return end
        if end.isalnum():  # an amount: a number (not lady6.0, a score 3:1 or a year), or Millionen
            start = before.rfind(" ", 0, len(before) - 1)
            word = before[start + 1 : -1]
            if (end.isdigit() and _AMOUNT.fullmatch(word) is not None) or word in around.AMOUNT_WORDS:
                return "0"
            inside = start > 0 and (
                before[start - 1].isalnum() or before[start - 1] in ",;:" or _after_title(before[:start])
            )
            if word[:1].isupper() and (inside or letters.given_name(word)):
                return "A"  # a name goes on (Województwa Śląskiego, Dolnym Śląsku, dr inż. Paweł Ślusarczyk, Iga
                # Świątek where the given name opens the sentence)
        return ""
    word = before[before.rfind(" ", 0, len(before) - 2) + 1 : -2]
    if word in around.AMOUNT_WORDS:  # 9,6 Mio. €
        return "0"
    return "" if around.abbreviation(word) else "."


_OPENING_QUOTES = frozenset("«“„")
# German words before an amount of money (rund 600 €, mit 3.500 €, je 45 €), then the number and a space
_SUM = re.compile(
    r"\b(?:rund|etwa|knapp|fast|ca\.|circa|insgesamt|jeweils|je|pro|mit|für|von|bis zu|über|um)\s+\d[\d.,]* \Z"
)
_AMOUNT = re.compile(r"\(?(?!(?:1[89]|20)\d\d$)\d[\d.,\u202f\u00a0–]*")  # 1,79, 2.300, 15–38, (8,5; not 2026


# Words that lose their last letters to an apostrophe in informal writing: goin’, feelin’; mach’, wär’
_CLIPPED = {
    "": frozenset(
        ("goin", "doin", "feelin", "nothin", "somethin", "lovin", "comin", "talkin", "rockin", "runnin", "gettin")
        + ("makin", "lookin", "havin", "livin", "tryin", "sayin", "thinkin", "workin", "playin", "kiddin", "waitin")
    ),
    "de": frozenset(
        ("hab", "mach", "geh", "seh", "steh", "sag", "glaub", "nehm", "bleib", "wär", "hätt", "könnt", "wollt")
        + ("sollt", "würd", "müsst", "möcht", "heut", "denk", "geb", "hör", "komm", "lass", "find", "frag", "weiß")
        + ("schau", "wart", "brauch", "kenn", "lieb", "fahr", "such", "bring", "zieh", "leb", "halt")
    ),
}


def _clipped(word: str, language: str) -> bool:
    """``word`` (the one before a slot) starts with an apostrophe and a letter or a digit (’n’, ’70s), or is one
    of ``_CLIPPED``."""
    return (word[:1] == "’" and word[1:2].isalnum()) or word.lower() in _CLIPPED.get(language, ())


_ONE_LETTER_WORDS = frozenset("àèé")  # accented letters that are words on their own (see bonus)
_ONE_LETTER_WORD = {"fr": "à", "ca": "à", "it": "è", "pt": "é"}  # the one that may start a sentence
_ALONE = frozenset("→←↑↓↔")  # besides currency signs (10 €): Settings → Privacy
_NOT_QUOTED = frozenset(",.;:!?")  # no quote opens right before these (‘„, is ‘“,)
_GUILLEMET_AFTER = frozenset(("", " ", "’", "(", "\u00a0"))  # where « opens: d’«\u00a0Andromaque\u00a0»
_FRENCH_SPACED = frozenset("?!;:»%€°")  # French puts a narrow no-break space before these
_GUILLEMET_CLOSE = {kind: _GUILLEMET_PAIR[ch] for ch, kind in _GUILLEMET_OPEN.items()}

# The characters bonus() compares the neighbours of a slot with; any other
# neighbour counts only by its traits, so one stand-in per set of traits is kept
# in a Slot (slots that differ only there share their cached scores).
_LEFT_SEEN = frozenset(" “‘„’”»«‹.,!?;:)%€sS\u202f…'★☆") | OPENERS
_RIGHT_SEEN = frozenset(" ”’,;:.?!»›%°])£€$\u00a0\u202f¿¡★☆")
_STAND_INS: dict[tuple, str] = {}


_WORD_HEAD = re.compile(r"[^\W\d_]*\Z")
# (a no-break space inside a word, or one or two at its end before a space or a comma, not before » or ?:
# later lost letters, as the line is read so far: sięgnąć as si|gn\u00a0\u00a0)
_WORD_TAIL = re.compile(r"[^\W\d_]*(?:\u00a0[^\W\d_]+)*(?:\u00a0{1,2}(?=[\s,.]|\Z))?")
_WORD_SPAN = 30  # characters looked at on either side of a slot for its word


def _word(before: str, after: str) -> str:
    """The word around a slot in lower case, with ``|`` in its place; '' when a part of it is not
    Latin letters (another slot, or damage) or the word is longer than ``_WORD_SPAN``."""
    head = _WORD_HEAD.search(before, max(0, len(before) - _WORD_SPAN)).group()
    tail = _WORD_TAIL.match(after, 0, _WORD_SPAN).group()
    if len(head) + len(tail) >= _WORD_SPAN or not (head + tail).isascii() and max(head + tail) > "\u024f":
        return ""
    if before[-len(head) - 1 : len(before) - len(head)] == "\ufffd" or after[len(tail) : len(tail) + 1] == "\ufffd":
        return ""  # a lost character left as it is: the word goes on beyond it
    return f"{head.lower()}|{tail.lower()}"


@cache
def _near(ch: str, outside: str) -> str:
    return ch.lower() if ch.isalpha() else outside


@cache
def _as_left(ch: str) -> str:
    if not ch or ch in _LEFT_SEEN:
        return ch
    return _STAND_INS.setdefault(("left", ch.isdigit(), ch.isalnum(), ch.isalpha(), ch.islower(), ch.isupper()), ch)


@cache
def _as_right(ch: str) -> str:
    if not ch or ch in _RIGHT_SEEN:
        return ch
    return _STAND_INS.setdefault(("right", ch.isdigit(), ch.isalnum(), ch.isalpha(), ch.isupper(), ch.islower()), ch)


class Slot(NamedTuple):
    """The context of one lost character."""

    left: str  # the character before it ('' at the start of the line), or a stand-in (see _as_left)
    right: str  # the character after it ('' at the end), or a stand-in
    before_space: str  # the character before ``left`` when that is a space and ends a sentence (or a comma),
    # or "0" a digit, "A" a capitalised word inside a sentence
    next_word: bool  # a space and a word follow, one that may follow a possessive
    next_upper: bool  # and that word is capitalised
    next_number: bool  # a space and a digit follow
    elided_word: bool  # the word before it starts with an apostrophe (’n’) or lost its end (goin’, mach’)
    plural: bool  # the word before it ends in s (in German x, z, ß too) and is no around.NOT_PLURAL (this, his)
    elided: bool  # the word after it is one that starts with an apostrophe (’90s, ’cause)
    contraction: bool  # the word after it is the end of a contraction (’s, ’t, ’re...)
    elision: bool  # after a word French or Italian shortens (l’, qu’, dell’), and before a vowel
    degrees: bool  # a number of degrees follows, or a number after words of temperature (wind chill ... −50)
    ordinal: bool  # after an ordinal number (vom 3.–17. März), a time (9am–5pm), a decade (1960s–2010s) or a date
    # (17 May – 2 June)
    group: str  # between a digit and three more (8 000: French groups digits so): "0" when they start with 0, else "1"
    not_money: bool  # a number follows that is no amount (“0”, “85%”, “3 + 4j”): no currency sign before it
    opening: bool  # where an opening quote goes
    closing: bool  # where a closing quote goes
    innermost: str | None  # the innermost open quote: "double", "low" („), "single", "low_single" (‚),
    # "guillemet" («), "reversed_guillemet" (»), "single_guillemet" (‹), "reversed_single" (›)
    double_open: bool
    recent: bool  # the innermost double quote opened a few words ago
    dash: str  # the document's dash between spaces
    low_closer: str  # the document's quote that closes „
    low_opener: bool  # the document's double quotes open with „
    guillemet_opener: bool  # the document's quotes open with « (and none with “ was seen)
    open_dash: str  # the dash that opened an aside earlier in the line, not closed yet ('' if none)
    language: str  # the document's language, when its letters tell it ('' if not)
    currency: str  # before a digit: the currency sign other than € the paragraph's words call for ('' if none)
    around: str  # with a language: the letters before and after in lower case (^ and $ outside a word)
    word: str  # with a language: the word around it in lower case, | in its place ('' if not all readable)
    closer_ahead: bool
    strong_closer_ahead: bool
    opener_next: bool  # the next quote ahead, before any place one may close, is a lossless “, and
    # the innermost quote opened in this sentence
    after_cut: bool  # at the start of a paragraph that goes on from one cut short by an ellipsis
    byline: bool  # at the start of a line that names an author and a handle: — Name (@handle)
    named: str  # before a capital, after a capitalised word of three letters or more (not O|Neill): "pair" when
    # the next word is one too (Sydney|Melbourne), else "name" (Sir|I); "brand" after a name in camel case
    # (ShopSmart|, the); "initial" between a capital alone and a lower-case letter (Y|all, K|gari)
    form: str  # with a language, at a word's end: the form the words before call for (musi poda|, z prac|)
    speech: bool  # after a space, before a verb of saying in a language that opens it with a dash (—dijo)
    dialogue: bool  # at the start of a sentence in a paragraph of dialogue (see Context.dialogue), or of
    # a question or an answer in a Spanish interview (see surroundings.interview)
    year: bool  # two digits follow, and no more: a year may have lost its first two (’05, not ₹24.75)
    in_aside: bool  # between spaces after a number, in an aside a dash between spaces opened ( – 9 s 86 – lors: no €)
    listed: bool  # between spaces after a colon, or after a bullet: a list goes on (changes: • free childcare • ...)
    quoted: bool  # in Spanish, after a space: what follows closes within two words or before a full stop, as a
    # quotation does (la medida “insuficiente” y, de “sablazo”.), not an aside (—que compareció ayer—), and does
    # not start as an aside does in a document that quotes with « (—sobre todo—)
    sum: bool  # in German, after a number that a word of sums comes before (rund 600 € Wechselgeld, not Platz 3)
    surname: bool  # outside Polish, at the end of a capitalised word in a consonant and i: a South Slavic
    # surname's -ić (Šimi|, Đokovi|), before a space or punctuation
    single_open: bool  # at a line's end after a letter: a single quote opened in the line has not closed (‘boys
    # do not belong in girls’ sports|: girls’ is a possessive)


_new_slot = from_fields(Slot)


@lru_cache(maxsize=8192)
def bonus(ch: str, s: Slot) -> float:  # noqa: C901 - one branch per character, kept together
    """Log-odds adjustment for the lost character ``ch`` in slot ``s``."""
    left, right = s.left, s.right
    if s.speech:  # —insiste el concejal, —le preguntaron
        return 5.0 if ch == "—" else 3.0 if ch == "–" else -3.0
    if ch == "™" and s.named == "brand":  # ShopSmart™, offers (a ” if a quote is open)
        return 6.0
    if ch == "×" and (
        left.isalpha()
        or left in ("’", "'")
        or not (left.isdigit() or right.isdigit() or s.before_space == "0" or s.next_number)
    ):
        return -3.0  # a sign of measures, between numbers (not jusqu’× 15 cm under cp932, where à cannot be)
    if left in ("“", "‘") and right == " " and ch in "©\u00a0°":  # after a quote that opens, before a name or a
        return 4.0 if ch == "©" and (s.next_upper or s.next_number) else -2.0  # year: “© Harbour Press, not “°
    if left in ("★", "☆"):  # a rating: its stars, the full ones first (★★★☆☆; ★★★★☆ more often than ★★★★★)
        return {"☆": 6.0, "★": 5.5 if left == "★" else -3.0}.get(ch, -2.0)
    if right in ("★", "☆"):  # and it starts with a full star (★☆☆☆☆), seldom with none (☆☆☆☆☆)
        return {"★": 6.0, "☆": 0.0}.get(ch, -2.0)
    if s.listed and not ch.isalpha():  # the key changes are: • free childcare • a higher minimum wage
        return 5.0 if ch == "•" else 0.0 if ch in "—–…" else -4.0
    if s.dialogue and (right.isalpha() or right in "¿¡"):  # —¿Y ahora qué? —preguntó
        return 4.0 if ch == "—" else -1.0
    if (left.isdigit() or s.ordinal) and right in ("£", "€", "$") and ch not in around.SPACES and s.language != "fr":
        return {"–": 5.0, "—": 1.0}.get(ch, -3.0)  # £45–£350, £4m–£5m (French writes the sign after: 85 000 $)
    if (left.isdigit() or s.ordinal) and right.isdigit():  # 10–12, vom 3.–17. März
        if s.group == "0" or (s.group and s.language == "fr"):  # 8 000 spectateurs, 80’000 Franken (not 80–000)
            return {"\u202f": 6.0, "\u00a0": 6.0, "’": 5.0 if s.language != "fr" else -3.0, "–": 2.0}.get(ch, -3.0)
        return {"–": 5.0, "×": 4.0, "—": 1.0}.get(ch, -3.0)
    if ch == "\u202f" and s.language == "fr" and _narrow_space(left, right):
        return 7.0
    if ch in _GUILLEMET_PAIR and s.innermost in _GUILLEMET_CLOSE and ch == _GUILLEMET_CLOSE[s.innermost]:
        return 0.0 if right.isalnum() else 5.0  # «\u00a0oui\u00a0», »ja«
    if ch == "«" and left in _GUILLEMET_AFTER and (right.isalpha() or right in around.SPACES):
        return 3.0  # a guillemet opens after a space or an elided word: « oui », d’« Andromaque »
    if left in "[(" and right in "])" and left and right:  # an omission: […], (…)
        return 5.0 if ch == "…" else -3.0
    if (
        ch == "€"
        and left in around.SPACES
        and s.before_space == "0"
        and s.language in letters.EURO_AFTER
        and _ends_amount(s)
        and not s.in_aside
    ):
        return 8.0  # 1,79 € pro Liter, 2 Millionen €. (not the dash of 10 – 20, or of 2000 – Natura)
    if ch in ("\u00a0", "\u202f") and left == " " and right.isalpha() and not s.language:
        return -3.0  # in English, a space after a space before a word (not French: «  une, typed so on the web)
    if ch == "\u00a0" and left.isalpha() and right.isalpha():  # inside a word: no space
        return -3.0
    opened = left in ("«", "‹") and s.innermost in ("guillemet", "single_guillemet")  # not German ›so‹ closing
    if ch == "\u00a0" and (opened or right in _FRENCH_SPACED or right in ("›", "%", "°")):
        # « oui », 14 %, 38 °C; but a word's lost letter before punctuation outside French (alarmują:, zimą»)
        return 4.0 if s.language in ("fr", "") or not left.isalpha() else -1.0
    if (
        ch in ("\u00a0", "\u202f")
        and s.language == "fr"
        and (left.isdigit() and right.isalpha() or left.isalpha() and right.isdigit())
    ):
        # between a number and a word: 8 février, 16 h, 187 km/h, 11 h 30; la D 906, le Top 14 (no letter glued
        # to a number); the narrow one against the dashes and quotes its bytes share
        return (4.0 if left.isdigit() else 3.0) + (3.0 if ch == "\u202f" else 0.0)
    if ch in "×°" and left.isdigit() and right == " ":  # a 5× zoom, 3× the rate; turned 180° to
        return 4.5
    if ch == "×" and left in ("\u00a0", "\u202f") and s.before_space == "0":  # a no-break space ties × to its
        return 4.0  # number (8,5 × 5,4 cm, grossit 10 ×), never the à of de 2 à 3
    if left == " " and right in ("”", "’") and ch in "—–":  # an interrupted quote: “We will —”
        return 2.0
    if left in ("", " ") and right in ("", " "):
        other = 0.0 if ch in _ALONE or unicodedata.category(ch) == "Sc" else -3.0  # a sign that may stand alone
        measure = s.before_space == "0" or s.next_number  # 2 × 3, 4m × 6m (but 2 à 3 mètres in French, where
        if measure and ch == "×" and not _starts_sentence(s):  # × only wins where à cannot be: a capital À
            return 4.0 if s.language != "fr" else 2.5  # is no likelier)
        if measure and ch in _ONE_LETTER_WORDS and s.language in ("", "de", "pl", "es"):
            return -1.0
        if ch.isalpha() and not s.language and s.next_upper:  # in English, a letter alone before a name is
            return 4.0 if ch == "Ó" else -1.0  # the Irish Ó (Pádraig Ó Súilleabháin), not French à
        if ch in _ONE_LETTER_WORDS and left == right == " ":  # à (French, Portuguese), è (Italian)
            return -1.0 if _starts_sentence(s) else 4.0
        if ch.isupper() and right == " " and _starts_sentence(s):
            # the language's one-letter word where a sentence starts: À 92 ans (French), È (Italian)
            return 4.0 if ch.lower() == _ONE_LETTER_WORD.get(s.language) else -1.0
        if s.language == "fr" and ch in "—–" and s.next_upper and _starts_sentence(s):  # French dialogue opens
            return 6.0 if ch == "—" else 2.0  # with an em dash: — Vous partez déjà ? — Il faut bien
        if s.after_cut and ch == "…":  # … and the text goes on: a paragraph cut short continues
            return 6.0
        if s.ordinal and (s.next_number or (s.next_upper and left == " ")):  # a range of dates: 17 November –
            # 23 December, November 11 – December 13
            return {"–": 5.0, "—": 1.0}.get(ch, other)
        if s.byline:  # the byline of an embedded post: — Donald J. Trump (@realDonaldTrump)
            return 5.0 if ch == "—" else -3.0
        if right == "" and left and s.innermost in ("double", "low") and ch in "”“":  # a quote open: it closes
            return 5.0 if ch == ("”" if s.innermost == "double" else s.low_closer) else -3.0
        if right == "" or (s.before_space == "." and s.next_upper):  # an ellipsis between sentences
            if right and s.language == "pl":  # ... but in Polish a dash opens what someone says: jezdnia. – To
                return {"–": 5.0, "…": 3.0, "—": 1.0}.get(ch, other)
            return {"…": 5.0, "—": 1.0, "–": 0.5}.get(ch, other)
        if s.before_space == ",":  # after a comma, a list goes on (0, 1, 2, … in sequence): no dash there
            return {"…": 5.0, "—": 1.0, "–": 1.0}.get(ch, other)
        return 5.0 if ch == s.dash else {"—": 3.0, "–": 2.5, "…": 2.5 if s.dash == "…" else -3.0}.get(ch, other)
    inner = left.isalnum() and right.isalnum()
    if left in ("“", "‘", "„") and ch in "”’“" and (left != "‘" or s.innermost == "single"):  # nothing is quoted
        # between two quotes (but a German ‘ closes ‚…‘ and may be followed by the “ that closes „…“)
        return -4.0
    if ch in "“”" and s.closing and s.innermost == "low":  # „German“, „polski”
        if s.strong_closer_ahead and left not in ".,!?" and right == " " and not s.recent:  # „…przyjęcia… Publi…” –
            return -3.0 - (ch != s.low_closer)
        elided = s.elided_word and right != ","  # (mach’ das, but „… hab“, sagt er: the quote closes)
        return (4.0 if left in ".,!?" or s.recent else 2.0) - 2.0 * (ch != s.low_closer) - 3.0 * elided
    if ch in "“”" and s.innermost is None and s.closing:
        # a quote opened on an earlier line closes before a comma (mir“, sagt er / the end”, said Smith),
        # or at the end of the paragraph after its last sentence (the world.“)
        closer = s.low_closer if s.low_opener else "”"
        if right in (",", ";") and (left.isalpha() or left in ".!?’"):
            return 0.0 if ch == closer else -4.0
        if right == "" and left == ".":  # (after ! or ?, …: Adresse!…)
            return 2.0 if ch == closer else -4.0
    if ch == "‚":  # a quote inside a German one: „Er sagte: ‚Nein‘“ (on the web, often „ again: the prior decides)
        return 4.0 if s.opening and s.innermost == "low" and right not in _NOT_QUOTED else -2.0
    if ch in "“„":
        if ch == "„" and not s.low_opener:
            return 0.0  # the prior speaks (it may be all that fits what survived)
        if not s.opening or left == "“" or right in (",", ";") or (ch == "„" and right in _NOT_QUOTED):
            return -4.0  # a quote opens before a word, not before a comma (“!=” and “.pdbrc” are quoted code)
        base = 6.0 if ch == "„" else 2.5 - 3.0 * s.low_opener  # „ is rare in general, the rule where it is used
        if s.guillemet_opener and s.innermost is None:  # a quotation opens with «, and “ only inside one
            base -= 3.0
        if right.isdigit() and not s.not_money:  # a number follows: perhaps a currency sign
            base -= 3.5
        if ch == "„" and s.innermost == "low":  # a quote inside a German one opens with ‚, as German typography
            base -= 3.0  # has it („Er sagte: ‚Nein‘“), though some web pages use „ again
        return base - 1.5 * s.double_open - 3.0 * (not s.closer_ahead)
    if ch == "‘":
        if s.elided:
            return -2.0
        if s.innermost == "low_single" and s.closing:  # ‚so‘
            return 5.0
        if not s.opening or right in (",", ";"):
            return -4.0
        if right.isdigit() or left == "“":
            return -1.0 if right.isdigit() else 0.0
        return 4.0 if s.innermost == "double" and not s.low_opener else 1.0  # inside a quotation: single
    if ch == "”":
        if not s.closing:
            return -4.0 if s.opening else -3.0
        if s.innermost in ("single", "low_single"):
            return 1.0
        if s.double_open:
            if left in ".,!?’":  # after the end of a quotation, or of a quote in it
                return 4.0
            if s.opener_next and s.innermost == "double":  # a quote opens next: this one closes first
                return 4.0
            if s.strong_closer_ahead:  # the quote closes later, after punctuation
                return -2.0
            return 4.0 if s.recent else 2.0
        return -4.0
    after_sign = bool(left) and not left.isalnum() and left not in OPENERS and left not in "“‘" and right.isalpha()
    if ch == "’":
        if after_sign:  # an apostrophe follows a letter, or opens a word after a space
            return -2.5
        if s.opening:
            if s.elided or (left == "" and s.contraction):  # ’90s; ’s at a line start
                return 4.0
            return -6.0 if right.isdigit() and not s.year else -2.5  # before a number, only a year's (’05)
        if inner:
            if (s.contraction and not (left.isdigit() and s.language == "fr")) or s.elision or s.named == "initial":
                return 3.0  # it’s, l’eau, Y’all, K’gari (but French has no 11’h: a narrow space, 11\u202fh)
            # O’Neill (not 14:05’The, poet’I)
            return 1.0 if right.isupper() and not (s.named or left.isdigit() or left.islower()) else -1.5
        if s.elision:  # a French elision before a stray space or the line's end (il n’ a, le dossier d’)
            return 3.0
        if s.single_open:  # the single quote that the line opened closes at its end
            return 5.0
        if s.closing:
            if s.innermost in ("single", "low_single"):
                return 5.0 if s.innermost == "single" else 0.0  # ‚so‘ closes with ‘
            if s.plural and s.next_word and s.language in ("", "de"):  # the plural possessive: Belarus’ army
                return 0.0 if s.double_open and (s.recent or s.opener_next) else 2.5
            if left in "sS" and right in (",", ";", ":") and not s.double_open:  # not the owners’, the
                return 1.5
            if s.elided_word and not (s.innermost == "low" and right == ","):  # rock ’n’ roll, goin’ home
                return 3.0
            return -4.5
        return 0.0
    if ch in "—–":
        if s.open_dash and (left.isalnum() or left in "€%") and right in ("", " ", ",", ";", ":", "."):  # ring—.
            return 5.0 if ch == s.open_dash else 2.0
        if s.named == "pair":  # two names: a range or a pair (Sydney–Melbourne, Canadian–Indian), else a dash
            return 2.0 if ch == "–" else 1.0
        if inner or after_sign or (left.isalpha() and right == "”"):
            return 1.0 if ch == "—" else -1.0
        if left in around.SPACES and right in (",", ";"):  # a spaced aside closes: – faute de repreneur –,
            return 4.0 if ch == s.dash else 2.0
        spanish_aside = s.language == "es" and left in around.SPACES and not (s.quoted or s.innermost)
        if spanish_aside and (right.islower() or (right.isdigit() and not s.degrees)):
            return 2.5 if ch == "—" else -1.0  # Spanish opens an aside so: el consejero —que compareció— dijo,
            # —38 millones— (not −9 grados)
        return -3.5 if (s.opening or s.closing) else 0.0
    if ch == "…":
        if inner or (s.opening and left not in "“‘"):
            return -1.0
        if right == "" and left in ",;:" and not s.double_open:  # a text cut short: "doctors,…"
            return 2.0
        return -2.0 if (left and left in ".,;:") or right in (",", ";") else 0.0
    if s.surname and ch.isalpha():  # Šimić, Roglič: a name's ending, in a language that has neither letter
        return {"ć": 5.0, "č": 3.0}.get(ch, -1.0)
    if ch.isalpha():  # a lost letter: its case follows the letters around it
        if s.language and not ch.isascii():
            return _letter_bonus(ch, s)
        return -3.0 if ch.isupper() and left.islower() else 0.0
    if unicodedata.category(ch) == "Sc" or ch == "−":  # a currency or minus sign before its number
        prefixed = left.isupper() and ch == s.currency  # a country's letters before its sign: GH₵5
        if not right.isdigit() or (left.isalnum() and not prefixed) or s.not_money:
            return -2.0
        if s.currency and not s.degrees:  # rupees in an Indian story: ₹ (€ is by far the likelier sign otherwise)
            return (12.0 if prefixed else 9.0) if ch == s.currency else -2.0
        if ch == "€" and s.language in letters.EURO_AFTER:  # 10 € in German, French, Polish...
            return 0.0
        return 5.0 if ch == "−" and s.degrees else 3.0
    return 0.0


def _starts_sentence(s: Slot) -> bool:
    """The slot starts a line, or a sentence after a space."""
    return s.left == "" or s.before_space in (".", "!", "?")


def _narrow_space(left: str, right: str) -> bool:
    """French puts a narrow no-break space between these: before ? ! ; : » % € ° (after a word, or a sign
    such as €: 600 € ;), before $ and £ after a number (85 000 $, in Quebec), after « (and before the » that
    follows a ? or !)."""
    return (
        (right in _FRENCH_SPACED and (left.isalnum() or left in "”»)%.…€"))
        or (right in "$£" and left.isdigit())
        or (left in ("«", "‹") and right.isalnum())
        or (right == "»" and left in ("?", "!"))
    )


def _ends_amount(s: Slot) -> bool:
    """A sign after a number may end the amount here: punctuation follows, or a word that is neither
    a number (the dash of 10 – 20) nor capitalised (2000 – Natura), unless in German, where nouns are,
    after a word of sums (mit 3.500 € Bruttolohn, not Platz 3 – Bayern)."""
    return s.right in ("", ".", ",", ";", ":", ")", "?", "!") or (
        s.right == " " and not (s.next_number or (s.next_upper and not s.sum))
    )


WORD_WEIGHT = 0.9  # the share of a frequent word's evidence in a lost letter's probability, against its neighbours'
ENDING_WEIGHT = 0.8  # the same for the ending of a word the lexicon does not know
NAME_INFINITIVE = 0.05  # how much less likely than elsewhere a capitalised word inside a sentence ends in -ć
NAME_UPPER = 0.95  # how often the first letter of a word that is only ever a name is a capital (all but in capitals)
LETTER_WEIGHT = 200.0  # prior weight (PRIOR's units) of "a letter" where the document's language is known


_NOUN_FORMS = frozenset(("accusative",))  # forms a preposition calls for: of a noun, and only of a noun


def _letter_bonus(ch: str, s: Slot) -> float:
    """The bonus that puts the letter model of the document's language in place of ``ch``'s prior."""
    left, right = s.left, s.right  # stand-ins: only their case on the side that keeps it (see _as_left)
    left_upper, right_lower = left.isalpha() and not left.islower(), right.isalpha() and not right.isupper()
    if left.islower() or (left_upper and right_lower):
        upper = 0.01  # inside a word in lower case, or after its capital (Město)
    elif left_upper or right.isupper():
        upper = 0.9  # in a word in capitals
    elif _starts_sentence(s):
        upper = 0.9  # the start of a sentence (Ścieżka rowerowa...)
    elif s.before_space == "0":
        upper = 0.02  # after a number inside a sentence (4 × 100, not 4 À 100)
    elif s.before_space == "A":
        upper = 0.7  # the start of a word after a name inside a sentence: the name may go on (Dolnym Śląsku)
    else:
        upper = 0.3  # the start of a word
    low = ch.lower()
    if s.word[:1] == "|" and upper < NAME_UPPER and low in letters.name_letters(s.language, s.word):
        upper = NAME_UPPER  # a word written only as a name (w Łęczycy, nad Łyną)
    p = _letter_probability(low, s)
    if s.form == "name":  # a name seldom ends as an infinitive does: its other letters keep their share
        weights = None
        if low == "ć":
            p *= NAME_INFINITIVE
    else:
        weights = grammar.form_letters(s.language, s.form) if s.form else None
    if (
        s.form in _NOUN_FORMS
        and s.word
        and not (s.word[-1] == "|" and grammar.noun_stem(s.word[:-1]))  # (na inwestycję, na sesję)
        and letters.word_probability(s.language, low, s.word) is not None
        and not _both_words("ąę", s)
    ):
        weights = None  # a frequent word, a pronoun or an adjective more often than not: na którą, z nią (but
        # not a noun that the lexicon knows with either ending: na rodzinę, w latarnię)
    if weights and (pair := grammar.form_words(s.language, s.form)) and not _both_words(pair, s):
        weights = None  # where one letter makes no word, the lexicon has decided already
    if weights and low in weights:  # the words' share, shared anew as the words before call for (from the
        # letters around, not from the frequency of the words: the lexicon may hold only some of them)
        share = p + math.fsum(_letter_probability(c, s) for c in weights if c != low)
        fit = {c: w * _letter_probability(c, s, lexicon=False) for c, w in weights.items()}
        p = share * fit[low] / math.fsum(fit.values())
    p *= upper if ch.isupper() else 1 - upper
    return math.log(max(LETTER_WEIGHT * p, 1e-3) / (prior(ch) * PRIOR_TOTAL))


def _both_words(pair: str, s: Slot) -> bool:
    """Each letter of ``pair`` in the slot makes a word the lexicon knows (``zastąpią``, ``zastąpić``)."""
    return bool(s.word) and all(letters.word_probability(s.language, c, s.word) for c in pair)


def _letter_probability(letter: str, s: Slot, lexicon: bool = True) -> float:
    """P(``letter``) in slot ``s``: from the letters around it, its word if frequent, else its ending or suffix."""
    p = letters.probability(s.language, letter, s.around[0], s.around[1])
    if s.word:
        known = letters.word_probability(s.language, letter, s.word) if lexicon else None
        if known is not None:
            return WORD_WEIGHT * known + (1 - WORD_WEIGHT) * p
        if s.word[0] == "|" and (names := letters.name_letters(s.language, s.word)):  # a name's first letter
            return WORD_WEIGHT * (letter in names) / len(names) + (1 - WORD_WEIGHT) * p  # (Ćwiklińska, not Ś-)
        if s.word[-1] == "|" and len(s.word) > 3:  # at the end of the word: its ending may tell
            ending = letters.ending_probability(s.language, letter, s.word[-4:-1])
            if ending is not None:
                return ENDING_WEIGHT * ending + (1 - ENDING_WEIGHT) * p
        elif (split := letters.inside_split(s.language, s.word)) and letter in split:  # inside it, its suffix
            pool = math.fsum(letters.probability(s.language, c, s.around[0], s.around[1]) for c in split)
            return ENDING_WEIGHT * pool * split[letter] + (1 - ENDING_WEIGHT) * p  # splits the letters' share anew
        elif lexicon and (stem := letters.stem_probability(s.language, letter, s.word)) is not None:
            return ENDING_WEIGHT * stem + (1 - ENDING_WEIGHT) * p  # another form of the word (piłkarki: piłkarze)
    return p


def rank(options, prefix: str, suffix: str, ctx: Context) -> Sequence[tuple[str, float]]:
    """Options as ``(text, probability)``, most probable first.

    An option is scored on the character where the options differ. The probabilities
    leave room for "none of these" (weight ``NONE``), so a rare character
    that is the only candidate is not certain.
    """
    if _one_character(options):  # the common case: one lost character
        return _rank_one(options, ctx.slot(prefix, "", suffix))
    slots: dict[tuple[str, str], Slot] = {}
    scored = []
    texts = [o.text for o in options]
    head = len(os.path.commonprefix(texts)) if len(texts) > 1 else 0
    tail = len(os.path.commonprefix([t[::-1] for t in texts])) if len(texts) > 1 else 0
    # "none of these" is weighed against the characters the options differ in: the ones they
    # share (a run of ellipses of which only the last is in doubt) weigh the same in all of them
    shared = 0.0
    if 0 < head + tail <= min(map(len, texts)):
        priors = [prior(c) for c in texts[0][:head] + texts[0][len(texts[0]) - tail :]]
        shared = math.fsum(map(math.log, priors)) if all(priors) else 0.0
    for o in options:
        text = o.text
        # the characters the options differ in (the lost ones), else the first non-ASCII one
        if head < len(text):
            lost = range(head, max(head + 1, len(text) - tail))
        else:
            lost = range(next((i for i, c in enumerate(text) if not c.isascii()), 0), 1)
        score = math.log(o.weight) - shared
        for k in lost:
            key = (text[:k], text[k + 1 :])
            slot = slots.get(key)
            if slot is None:
                slot = slots[key] = ctx.slot(prefix, key[0], key[1] + suffix)
            score += _bonus(text[k], slot)  # a pair seldom comes twice: scoring it beats hashing the slot
        if slot.word and len(text) > 1 and text.isalpha() and _known_word(text[-1], slot):
            score += WHOLE_WORD  # letters that make a frequent word together (część), not signs (cz’…)
        scored.append((text, score))
    return _normalise(scored)


WHOLE_WORD = 2.0  # log-odds for a run of lost letters that makes a word of the lexicon
KNOWN_SHARE = 0.2  # of the words the last letter's place makes, the share of a word that counts


def _known_word(last: str, slot: Slot) -> bool:
    """The word around ``slot``, with ``last`` in its place, is one the lexicon knows well: a fifth at least of
    the words its letters make there (``przyciągnął`` and ``przyciągnąć`` both: the words before decide)."""
    known = letters.word_probability(slot.language, last.lower(), slot.word)
    return known is not None and known > KNOWN_SHARE


@lru_cache(maxsize=4096)
def _one_character(options: tuple) -> bool:
    return all(len(o.text) == 1 for o in options)


@lru_cache(maxsize=2048)
def _rank_one(options: tuple, slot: Slot) -> tuple[tuple[str, float], ...]:
    """:func:`rank` for options of one character each, all in the same slot."""
    # each (character, slot) comes once here: scoring it costs less than looking it up in bonus' cache
    while (decides := grammar.form_decides(slot.language, slot.form)) and not _all_options(options, decides[0]):
        slot = slot._replace(form=decides[1])
    boost = _letters_fit(options, slot) if slot.language else 0.0
    own = letters.letters(slot.language) if boost else frozenset()
    scored = [(o.text, math.log(o.weight) + _bonus(o.text, slot) + boost * (o.text.lower() in own)) for o in options]
    return tuple(_normalise(scored))


_bonus = bonus.__wrapped__


MAX_LETTER_BOOST = math.log(20.0)
MAX_WORD_LETTER_BOOST = math.log(1000.0)  # beside a letter: a word's letter, which only the letters that fit may be


def _letters_fit(options: tuple, slot: Slot) -> float:
    """Log of how much likelier each of the language's letters among ``options`` is, once the letters are
    known to be only those the bytes fit (cp932 keeps ``ﾄ`` of ą, ć, ę, and its next byte rules out
    ć and ę in ``mﾄka``: between m and k, ą is rare among all letters, but it is the only one left)."""
    own = letters.letters(slot.language)
    fit = {o.text.lower() for o in options if o.text.lower() in own}
    if not fit or len(fit) == len(own):
        return 0.0
    total = math.fsum(_letter_probability(c, slot) for c in fit)
    cap = MAX_WORD_LETTER_BOOST if slot.left.isalpha() or slot.right.isalpha() else MAX_LETTER_BOOST
    return min(-math.log(total), cap) if 0 < total < 1 else 0.0  # (not × between numbers: 4 × 400, not À)


def _all_options(options: tuple, wanted: str) -> bool:
    """Whether every letter of ``wanted`` is among ``options``."""
    return all(any(o.text.lower() == c for o in options) for c in wanted)


_LOG_NONE = math.log(NONE)


def _normalise(scored: list[tuple[str, float]]) -> list[tuple[str, float]]:
    top = max(max(map(itemgetter(1), scored)), _LOG_NONE)
    exps = [math.exp(s - top) for _, s in scored]
    total = sum(exps) + math.exp(_LOG_NONE - top)
    probs = [(t, e / total) for (t, _), e in zip(scored, exps)]
    probs.sort(key=itemgetter(1), reverse=True)  # stable: ties keep their order
    return probs
