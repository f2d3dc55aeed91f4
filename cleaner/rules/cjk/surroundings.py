"""What the text on either side of a lost character says: where sentences end, names, elided words and
years, asides and Spanish verbs of saying. Pure functions of the text before and after a slot,
read by :class:`.scoring.Context` when it describes a slot.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "BYLINE",
    "DEGREES",
    "DIALOGUE",
    "ELIDED_BEFORE",
    "ELISION_TAIL",
    "NEXT_SENTENCE",
    "NOT_MONEY",
    "NOT_PLURAL",
    "SENTENCE_END",
    "SHORT_YEAR",
    "SPACES",
    "abbreviation",
    "after_traits",
    "cold",
    "elided_year",
    "elides",
    "ends_sentence",
    "group",
    "in_aside",
    "named",
    "quoted",
    "sentence",
    "range_goes_on",
    "single_open",
    "speech",
]

SENTENCE_END = re.compile(r"[.!?][”’]?\s")
SPACES = frozenset(" \u00a0\u202f")
_TITLES = frozenset(
    ("mr", "mrs", "ms", "dr", "st", "prof", "jr", "sr", "hr", "fr", "mme", "mlle", "nr", "no", "vs")
    + ("inż", "mgr", "hab", "ks", "gen", "płk", "ul", "św")  # Polish: dr inż., ks., ul. (ulica), św. (święty)
)


def ends_sentence(text: str) -> bool:
    """A sentence ends in ``text``: a full stop after an abbreviation ends none (see :func:`abbreviation`)."""
    for m in SENTENCE_END.finditer(text):
        if text[m.start()] != "." or not abbreviation(text[text.rfind(" ", 0, m.start()) + 1 : m.start()]):
            return True
    return False


def abbreviation(word: str) -> bool:
    """``word`` (before a full stop) is an abbreviation: ``S.p.A``, a title (``Mr``) or an initial (``J``)."""
    return "." in word or (len(word) == 1 and word.isupper()) or word.lower() in _TITLES


_LETTERS = re.compile(r"[^\W\d_]+")


_OPENING = "“‘„«("  # what may stand before a word and is not part of it


def named(word: str, after: str) -> str:
    """ "pair" between two names (Sydney|Melbourne), "name" after one (Sir|I), else ''."""
    if not _is_name(word.lstrip(_OPENING)):
        return ""
    return "pair" if _is_name(_LETTERS.match(after).group()) else "name"


_PREVIOUS_WORD = re.compile(r"(\S+)\s+\S+\Z")


def initial(word: str, before: str) -> bool:
    """``word`` (the text ``before`` ends with) is a capital standing alone, as a word starts with it before an
    apostrophe (``Y’all``, ``on K’gari``), not a letter that names a thing after a capitalised word (``Vitamin
    C—also``, ``Plan B``)."""
    letter = word.lstrip(_OPENING)
    if len(letter) != 1 or not letter.isupper():
        return False
    previous = _PREVIOUS_WORD.search(before, max(0, len(before) - 40))
    return previous is None or not previous.group(1)[:1].isupper()


# A product's name in camel case (ShopSmart, EchoHome), not a family name (McCartney, DeSantis, LeBron)
_BRAND = re.compile(r"(?!(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z])[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+")


def brand(word: str) -> bool:
    """``word`` is a product's name in camel case, which a ``™`` may follow (``ShopSmart™``)."""
    return _BRAND.fullmatch(word.lstrip(_OPENING)) is not None


# Verbs of saying, which open the narrator's words inside a quotation in Spanish with a dash, never with a
# quote: «No es afán recaudatorio —insiste el concejal—, es pura seguridad», —¿Y ahora? —le preguntaron.
_SPEECH = {
    "es": re.compile(
        r"(?:(?:le|les|me|nos|se)\s+)?(?:dij(?:o|eron)|dic(?:e|en)|dec(?:ía|ían)|cuent(?:a|an)|recuerd(?:a|an)"
        r"|defiend(?:e|en)|sostien(?:e|en)|advierte|advierten|pide|piden|sigue|siguen|prosigue"
        r"|(?:afirm|explic|señal|asegur|pregunt|coment|apunt|record|anunci|subray|lament|brome|relat|confes"
        r"|matiz|agreg|indic|destac|manifest|declar|aclar|zanj|murmur|exclam|grit|susurr|replic|sentenci"
        r"|apostill|ironiz|suspir|reflexion|cont|insist|añad"
        r"|respond|admit|advirt|interrump|conclu|reconoc|prosigu|resum|reiter|valor|critic|precis|opin"
        r"|avis|alert|observ|enfatiz|remarc|detall|expres|defend|estim|consider|pid|celebr|protest|aconsej|quej)"
        r"(?:ó|a|an|aron|ió|e|en|ieron|yó|yeron|aba|aban|ía|ían))\b"
    )
}


# A paragraph of dialogue: lost characters (read as anything but ASCII) after a space, then a verb of saying.
DIALOGUE = {lang: re.compile(r"\s[^\x00-\x7f]+" + verbs.pattern) for lang, verbs in _SPEECH.items()}


_SPACED_DASH = re.compile(r" [–—] ")
# (not after an abbreviation: Jan. 31, approx. two; after a quote that closes the sentence: victory.” Nigeria)
_SENTENCE_BREAK = re.compile(r"[.!?][”’\"»)]? (?![a-z\d])")


def _sentence_start(text: str, pos: int = 0) -> int:
    """Where the last sentence of ``text`` (from ``pos``) starts: after its last ``. ``, ``! `` or ``? `` (0 if none)."""
    return max((m.end() for m in _SENTENCE_BREAK.finditer(text, pos)), default=0)


def in_aside(before: str) -> bool:
    """The sentence that ``before`` ends in has an odd number of dashes between spaces: an aside is open."""
    tail = before[-200:]
    return len(_SPACED_DASH.findall(tail, _sentence_start(tail))) % 2 == 1


def cold(before: str) -> bool:
    """Words of temperature in the sentence that ``before`` ends in (``wind chill ... −50``; not the ``°C`` of
    the sentence before, in a paragraph that goes on to rupees)."""
    tail = before[-150:]
    return COLD.search(tail, _sentence_start(tail)) is not None


def sentence(before: str, paragraph: str) -> str:
    """The sentence of ``paragraph`` that ``before`` (the paragraph's text up to a place in it) ends in."""
    end = _SENTENCE_BREAK.search(paragraph, len(before))
    return before[_sentence_start(before, max(0, len(before) - 300)) :] + paragraph[len(before) : end and end.start()]


def speech(language: str, after: str) -> bool:
    """A verb of saying starts ``after`` in a language that opens the narrator's words with a dash."""
    verbs = _SPEECH.get(language)
    return verbs is not None and after[:1].islower() and verbs.match(after) is not None


def _is_name(word: str) -> bool:
    """``word`` is a capitalised word of three letters or more: Sydney, McDonald, Göttingen (not O, NASA, Ma)."""
    return len(word) > 2 and word[0].isupper() and word[-1].islower() and word.isalpha()


NEXT_SENTENCE = re.compile(r" [\"“‘']?[A-Z]")
_ELIDED = re.compile(r"\d0s\b|(?:cause|em|til|tis|twas|n)\b", re.IGNORECASE)  # ’90s, ’cause
# A word follows: one that may follow a plural possessive (not a pronoun, article or conjunction: "players’ I").
_NEXT_WORD = re.compile(
    r" (?!(?:I|a|an|but|so|the|to|of|is|was|he|she|it|we|they|you|in|on|at|by|for|from|with|that|ich|er|sie|es|wir)\b"
    r"|(?:[Mm]y|[Yy]our|[Oo]ur|[Hh]er|[Hh]is|[Tt]his|[Tt]hat|[Ww]e|[Tt]hey|[Ii]t|[Ii]ts)\b"  # (four letters at most)
    r"|inclu)[\w$€£]"  # (including: a slot sees six characters ahead)
)
# Words ending in s that are not plural nouns: no possessive apostrophe follows them (this… and, his… or)
NOT_PLURAL = frozenset(
    ("as", "is", "was", "has", "his", "hers", "its", "ours", "yours", "theirs", "this", "thus", "us", "yes")
    + ("does", "goes", "plus", "less", "unless", "perhaps", "always", "sometimes", "afterwards", "towards")
    + ("besides", "whereas", "across")
)
DEGREES = re.compile(r"[\d.,]+\s?(?:°|(?:degrees|grados|Grad|stopni|stopnie|degrés)\b)")  # (−9 grados)
COLD = re.compile(r"(?i)temperature|wind chill|degrees|celsius|fahrenheit|frost|°[CF]")  # words of temperature
BYLINE = re.compile(r" [^\W\d][^()\n]{0,40} \(@")  # (a slot sees 20 characters ahead: most names fit)
_GROUP = re.compile(r"\d{3}(?!\d)")
_TIME = re.compile(r"(?<![\w.])\d{1,2}(?:[.:]\d\d)?(?:am|pm|h)\Z")
# a date, before a space or not: 17 November – 23 December, 12 September–4 January (a range goes on)
_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = re.compile(rf"\b\d{{1,2}} {_MONTH} ?\Z")
_US_DATE = re.compile(rf"\b{_MONTH} \d{{1,2}} \Z")  # November 11 – December 13


# Words for an amount that a currency sign may follow (2 Millionen €, 3 milliards €)
AMOUNT_WORDS = frozenset(("Millionen", "Milliarden", "millions", "milliards", "mln", "mld", "Mio", "Mrd"))
_SCALED_AMOUNT = re.compile(r"\d(?:m|bn|k)\Z")  # an amount in millions, billions or thousands: £48m


# a single quote that opens a word (‘boys, or ’Avatar as some pages write it), and one that closes after a letter,
# before punctuation, the end or a capitalised word (‘Vampire Viruses’ Revealed; not the possessive of girls’ sports)
_SINGLE_OPENER = re.compile(r"(?<!\S)[‘’](?=[^\W\d_])")
_SINGLE_CLOSER = re.compile(r"(?<=[^\W\d_])’(?=[,.;:!?)]|\Z|\s+[^\W\d_a-z])")


def single_open(line: str) -> bool:
    """A single quote opened in ``line`` (the line up to a slot) has not closed."""
    if "’" not in line and "‘" not in line:
        return False
    return len(_SINGLE_OPENER.findall(line)) > len(_SINGLE_CLOSER.findall(line))


def range_goes_on(left: str, before: str) -> bool:
    """``before`` ends with what a range starts from: an ordinal number (``vom 3.``), a time (``9am``), a
    decade (``the 1960s``), an amount (``£48m``), a percentage (``4.25%``) or a date (``17 November ``, ``November
    11 ``)."""
    if left in (".", "%"):
        return before[-2:-1].isdigit()
    if left in ("m", "h") and _TIME.search(before) is not None:
        return True
    if left in ("m", "n", "k") and _SCALED_AMOUNT.search(before, len(before) - 4) is not None:
        return True
    if left == "s":
        return before[-3:-1].isdigit() and before[-2] == "0"
    if left == " ":
        left = before[-2:-1]
        if left.isdigit():
            return _US_DATE.search(before, max(0, len(before) - 16)) is not None
    return left.isalpha() and _DATE.search(before, max(0, len(before) - 16)) is not None


def group(left: str, after: str) -> str:
    """See ``Slot.group``."""
    if not left.isdigit() or _GROUP.match(after) is None:
        return ""
    return "0" if after[0] == "0" else "1"


# a number that is no amount of money: quoted (“0”, “0x04”: a quote and then a space or a sign, not €3,250—or
# read with the next zone's likeliest sign), a percentage or in a formula (“85%”, “3 + 4j”)
NOT_MONEY = re.compile(r"\d[\w.,%+-]*[’”“](?=[\s,.;:!?)]|\Z)|\d[\d.,]*\s?(?:%|[-+*/<>=]\s?\d)")
# it’s, o’clock, and a lower-case letter alone (Int’l, Nyong’o: a dash is seldom before one, unless it is a); no
# letter goes on after the ending (not „Mówiliśmy)
_CONTRACTION = re.compile(r"(?:s|t|re|ve|ll|d|m|clock)(?![a-z\u00c0-\u024f])|(?-i:[b-z])(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def after_traits(head: str) -> tuple[bool, bool, bool, bool, bool]:
    """next_word, next_upper, next_number, elided, contraction of a Slot: none looks further than six characters ahead.

    (``cause`` and the word boundary after it are the longest: ``head`` is cut
    to six characters, so that more slots share an entry.)
    """
    first = head[:1]
    plain = first.isascii()  # an ASCII character can match only as itself or its other case
    return (
        first == " " and _NEXT_WORD.match(head) is not None,
        head[1:2].isupper(),
        first == " " and head[1:2].isdigit(),
        (not plain or first in _ELIDED_FIRST) and _ELIDED.match(head) is not None,
        (not plain or first in _CONTRACTION_FIRST) and _CONTRACTION.match(head) is not None,
    )


# Words after which a year may be cut to its last two digits: the class of ’98, since ’79
_YEAR_WORDS = frozenset(("of", "since", "in", "from", "until", "till", "by", "class", "summer", "winter", "spring"))
SHORT_YEAR = re.compile(r"\d\d(?![\d%]|[.,:]\d|[a-rt-zA-Z])")  # ’79, ’90s (not 10.99, 14:05 or €14m)


def elided_year(before: str, after: str) -> bool:
    """``after`` starts with two digits (and no more) that follow a word a year often follows."""
    return (
        before[-1:] == " "
        and SHORT_YEAR.match(after) is not None
        and before[before.rfind(" ", 0, len(before) - 1) + 1 : -1].lower() in _YEAR_WORDS
    )


# the ASCII characters the patterns above can start with
_ELIDED_FIRST = frozenset("0123456789cCeEtTnN")
_CONTRACTION_FIRST = frozenset("STRVLDMCbcdefghijklmnopqrstuvwxyz")


# Words that French and Italian shorten before a vowel, the apostrophe standing
# for the lost vowel: l’an, d’une, qu’elle, jusqu’à, dell’anno, un’altra (not all’: “all” is English too).
_ELISIONS = frozenset(
    ("c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu")
    + ("dell", "nell", "sull", "dall", "coll", "un", "quest", "quell", "nessun", "sant", "tutt", "aujourd")
)
ELIDED_BEFORE = frozenset("aeiouyhàâäéèêëîïôöùûüœæ")  # a word is shortened only before these (lower case)
ELISION_TAIL = 8  # characters before a slot that are looked at: the longest such word has 6
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_SENTENCE_STARTS = frozenset(".!?:;«“‘\"'([—–-")


@lru_cache(maxsize=4096)
def elides(tail: str) -> bool:
    """The last word of ``tail`` is one of ``_ELISIONS`` (whole: ``jusqu`` is, ``usqu`` is not).

    A capital letter alone counts only where a sentence starts (``C’est``,
    not ``Vitamin C``).
    """
    m = _LAST_WORD.search(tail)
    cut = len(tail) >= ELISION_TAIL  # the tail may start inside a longer word
    if m is None or (m.start() == 0 and cut) or m.group().lower() not in _ELISIONS:
        return False
    if len(m.group()) > 1 or m.group().islower():
        return True
    before = tail[: m.start()].rstrip()  # (« C’est: a no-break space too)
    return before[-1:] in _SENTENCE_STARTS if before else not cut


# one or two words and the place of a lost closer (its likeliest reading so far), or words up to a closer and a
# full stop
_QUOTED = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?[’”“—–…‘]|[^’”“—–…‘]*[’”“—–…‘]\.")


# The words a Spanish aside opens with more often than a quotation does (—la mayoría, —sobre todo—,
# —visiblemente molesta—): articles, conjunctions, prepositions and adverbs
_ASIDE_START = re.compile(
    r"(?:el|la|los|las|un|una|uno|unos|unas|y|o|que|más|menos|sobre|dentro|como|según|incluso|hasta|sin|con"
    r"|aunque|entre|ya|casi|al|del|en|su|sus|tras|pese|\w+mente|\d+)\b"
)


def opens_aside(after: str) -> bool:
    """What follows a lost opener (``after``) starts as a Spanish aside does more often than a quotation."""
    return _ASIDE_START.match(after) is not None


# A Spanish question or exclamation that no quote closes (it ends before a space or goes on beyond what is
# read so far): what a dash opens in an interview (—¿Por qué eligió este oficio? —Porque...), and the answer
_QUESTION = re.compile(r"[¿¡][^?!¿¡]*(?:[?!](?:\s|\Z)|\Z)")
_ANSWERED = re.compile(r"—[¿¡][^?!¿¡]{1,300}[?!]\s\Z")


def interview(language: str, before: str, after: str) -> bool:
    """A sentence of a Spanish interview starts after ``before``: a question that no quote closes, or the
    answer to a question a dash opened (``—¿Qué le sorprendió? —La diversidad``)."""
    if language != "es":
        return False
    if after[:1] in ("¿", "¡"):
        return _QUESTION.match(after) is not None
    return after[:1].isupper() and _ANSWERED.search(before, max(0, len(before) - 310)) is not None


def quoted(after: str) -> bool:
    """What follows a lost opener (``after``) closes as a quotation does: within two words or before a full stop."""
    return _QUOTED.match(after) is not None
