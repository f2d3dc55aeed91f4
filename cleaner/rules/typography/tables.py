"""Data for the typography rules: words, domains, characters. No logic here."""

from __future__ import annotations

import unicodedata
from functools import cache


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Words after which a period is part of the word, not the end of a sentence
# (compared in lower case, without the final period). Words written with an
# inner period (``e.g``, ``U.S``, ``z.B``) and single letters count as
# abbreviations without being listed.
ABBREVIATIONS = _words(
    """
    etc vs al cf approx ca est misc no nos nr vol vols p pp fig figs ed eds rev
    mr mrs ms mx dr prof jr sr st mt ft gen col lt sgt capt cmdr adm gov sen rep pres supt
    inc ltd co corp bros llc plc dept univ assn ave blvd rd
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    min max avg approx tel ext op ch sec art para
    lb lbs oz yd yds mi hrs qt gal tbsp tsp doz pkg pcs
    bzw usw ggf vgl evtl inkl zzgl hr fr nr str
    mme mlle mgr env cie
    sra srta dña pág núm tel av
    тыс млн млрд руб коп см ул пр гг стр рис им проф
    """
)

# Elided words that end in an apostrophe before a capitalised word
# (``l’Europe``, ``dell’Italia``, ``O’Brien``): the apostrophe is not a quote.
ELISIONS = _words(
    """
    l d j m n s t c qu o
    lorsqu puisqu jusqu quoiqu presqu quelqu aujourd
    dell nell sull dall all quell dov com sant bell
    """
)

# Top-level domains joined back to their name when a space follows the dot
# (``csmonitor. com``), unless the document uses the same letters as a word.
TLDS = _words(
    """
    com org net edu gov int biz
    ru uk cn jp fr pl nl ua kr br mx cz gr hu ro tw hk sg nz ch dk fi tv
    """
)

# Domains that are common words in some language (``de``, ``es``, ``it``,
# ``no``): joined only after ``www.`` or when the document also writes the
# domain whole.
WORDY_TLDS = _words(
    "de es it in is be me to no at an as am my by so do go la le si il co us se ca ai eu io za mil info app dev"
)

# Second-level names under a country code (``co. uk``, ``com. au``).
SECOND_LEVEL = _words("co com org net ac gov edu or ne go")

# What may follow a number whose decimal point lost its place (``41. 3%``).
NUMBER_UNITS = ("%", "‰", "percent", "per cent", "pct", "million", "billion", "trillion")

# Spaces that have no place between two words of prose.
# U+2000..U+2006 quads and em/en spaces, U+205F medium mathematical space,
# U+1680 Ogham space mark (outside Ogham).
WIDE_SPACES = "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u205f\u1680"
# Thin spaces: right between digits and before or after punctuation, odd
# between two letters. U+2007 figure, U+2008 punctuation, U+2009 thin,
# U+200A hair space.
THIN_SPACES = "\u2007\u2008\u2009\u200a"
NBSP = "\u00a0"
# Invisible characters that do not belong inside a word: soft hyphen, and the
# left-to-right and right-to-left marks (which do belong next to right-to-left
# text, so they are only removed between letters of left-to-right scripts).
SOFT_HYPHEN = "\u00ad"
DIRECTION_MARKS = "\u200e\u200f"

# East Asian wide characters (Hangul jamo and syllables, CJK ideographs,
# kana, full-width forms): spacing next to them follows other conventions.
WIDE_CHARS = "\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"

# Quote characters.
LEFT_DOUBLE = "\u201c"  # “
RIGHT_DOUBLE = "\u201d"  # ”
LOW_DOUBLE = "\u201e"  # „
LEFT_SINGLE = "\u2018"  # ‘
RIGHT_SINGLE = "\u2019"  # ’
LEFT_GUILLEMET = "\u00ab"  # «
RIGHT_GUILLEMET = "\u00bb"  # »

# Frequent short words per language, for telling a document's language
# (only languages whose typography the rules treat differently).
STOPWORDS = {
    "en": _words("the and of to in is that it was for with as on are by this be not have from"),
    "fr": _words("le la les des et est une que dans pour pas qui sur au du ne se avec sont aux"),
    "de": _words("der die das und ist nicht ein eine zu den mit sich auf für von dem des auch"),
    "es": _words("el la los las y es que en un una por para con del se no al lo como más"),
    "pt": _words("o os as e é que em um uma por para com do da não se dos das ao mais"),
    "it": _words("il lo la gli le e è che di un una per con del della non si sono al"),
    "nl": _words("de het een en is van in dat op te zijn met voor niet aan er ook"),
}

# Languages that write the decimal separator as a point or as a comma.
# Spanish is left out: Spain writes a comma, Mexico a point.
DECIMAL_POINT_LANGUAGES = _words("en zh ja ko")
DECIMAL_COMMA_LANGUAGES = _words("fr de pt it nl ru el")


@cache
def combining_spans() -> tuple[tuple[int, int], ...]:
    """The code points (first, last) of the characters that attach to the one before.

    Combining marks, and the Hangul vowel and final jamo that compose with
    an initial jamo or a syllable. Computed from the Unicode database once.
    """
    ranges: list[list[int]] = []
    for cp in range(0x300, 0x20000):
        c = chr(cp)
        joins = unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Mc", "Me")
        if joins or 0x1161 <= cp <= 0x1175 or 0x11A8 <= cp <= 0x11C2:
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    return tuple((a, b) for a, b in ranges)


@cache
def combining_ranges() -> str:
    """A regex character class body of the characters of :func:`combining_spans`."""
    return "".join(f"\\U{a:08x}" + (f"-\\U{b:08x}" if b > a else "") for a, b in combining_spans())
