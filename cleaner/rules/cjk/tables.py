"""Character tables for CJK mojibake: inverse codec tables, common characters, priors.

Everything here is built lazily on first use and cached for the process.

* :func:`char_bytes` gives the exact byte sequences a codec decodes to a
  character. It is built by decoding every 1- and 2-byte sequence, because
  ``str.encode`` is not the inverse of ``bytes.decode`` for these codecs
  (cp932 decodes several sequences to one character, EUC-JP encodes ``¥`` to
  the byte that decodes as ``\\``). Longer sequences (GB18030 four-byte,
  EUC-JP three-byte) are looked up through the encoder and kept only when
  they decode back to the same character.
* :func:`to_bytes` turns a line into those bytes (the first sequence of each
  character): with ``str.encode`` when every character of the line is one the
  encoder maps to exactly that sequence, else through :func:`latin1_map`, the
  same table as a ``str.translate`` mapping that spells each character's bytes
  as Latin-1 characters.
* :func:`cjk_class` tells how ordinary a CJK character is, from the
  first-level sets of the national standards (GB 2312, JIS X 0208, Big5,
  KS X 1001): genuine text is made of them, mojibake is not.
* :data:`PRIOR` weights the characters that usually sit behind a lost byte in
  English text (curly quotes, dashes, the ellipsis, accented letters).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from functools import cache

# The codecs a document may have been mis-decoded with, in the order they are tried.
CODECS: tuple[str, ...] = ("gbk", "gb18030", "cp932", "shift_jis", "euc_jp", "big5", "cp950", "euc_kr", "cp949")


@cache
def _tables(codec: str) -> tuple[dict[str, tuple[bytes, ...]], dict[int, str]]:
    seqs: dict[str, list[bytes]] = {}
    for first in range(0x100):
        with contextlib.suppress(UnicodeDecodeError):
            seqs.setdefault(bytes([first]).decode(codec), []).append(bytes([first]))
    # Every pair with a given first byte is decoded in one call, one pair per
    # line: a newline is never part of a multi-byte sequence and resets the
    # decoder, so each line is what that pair decodes to on its own.
    trails = [b for b in range(0x100) if b != 0x0A]
    for first in range(0x80, 0x100):
        decoded = b"\n".join(bytes([first, b]) for b in trails).decode(codec, "replace").split("\n")
        if len(decoded) != len(trails):  # the assumption failed: decode pair by pair
            decoded = [bytes([first, b]).decode(codec, "replace") for b in trails]
        for second, ch in zip(trails, decoded):
            if len(ch) == 1 and ch != "\ufffd":
                seqs.setdefault(ch, []).append(bytes([first, second]))
    inverse: dict[str, tuple[bytes, ...]] = {}
    for ch, options in seqs.items():
        try:
            preferred = ch.encode(codec)
        except UnicodeEncodeError:
            preferred = options[0]
        if preferred in options:  # the encoder's choice first
            options.remove(preferred)
            options.insert(0, preferred)
        inverse[ch] = tuple(options)
    latin = {ord(ch): opts[0].decode("latin-1") for ch, opts in inverse.items() if not ch.isascii()}
    latin.update((code, chr(code)) for code in range(0x80))  # a miss costs str.translate a KeyError
    for code in range(0x80, 0x100):
        latin.setdefault(code, "\u0100")
    latin[0xFFFD] = "\xff"
    return inverse, latin


@cache
def char_bytes(codec: str, ch: str) -> tuple[bytes, ...]:
    """The byte sequences ``codec`` decodes to ``ch`` (empty when none does).

    >>> char_bytes("gbk", "鈥")
    (b'\\xe2\\x80',)
    >>> len(char_bytes("cp932", "∵"))  # NEC and IBM duplicates
    3
    """
    found = _tables(codec)[0].get(ch)
    if found:
        return found
    try:
        seq = ch.encode(codec)
    except UnicodeEncodeError:
        return ()
    return (seq,) if len(seq) > 2 and seq.decode(codec, "replace") == ch else ()


def latin1_map(codec: str) -> dict[int, str]:
    """``str.translate`` table: each non-ASCII character to its bytes spelt in Latin-1.

    A Latin-1 character the codec never produces maps to U+0100, so encoding
    the result as Latin-1 fails; U+FFFD maps to 0xFF, a byte that is never
    valid UTF-8 (it stands for a gap).
    """
    return _tables(codec)[1]


def to_bytes(text: str, codec: str) -> bytes | None:
    """The bytes ``codec`` decoded ``text`` from (U+FFFD, a gap, as 0xFF), or None if a character has none.

    >>> to_bytes("鈥檚 x\ufffd", "gbk")
    b'\xe2\x80\x99s x\xff'
    """
    if _foreign(codec).search(text) is None:  # the encoder gives the table's bytes: two C-level calls
        if "\ufffd" not in text:
            return text.encode(codec)
        return b"\xff".join(part.encode(codec) for part in text.split("\ufffd"))
    try:
        return text.translate(latin1_map(codec)).encode("latin-1")
    except UnicodeEncodeError:
        return None


@cache
def _foreign(codec: str) -> re.Pattern:
    """Characters ``str.encode(codec)`` does not turn into their first sequence of :func:`char_bytes`."""
    same = [ch for ch, options in _tables(codec)[0].items() if _encodes(ch, codec) == options[0]]
    if _encodes("\ufffd", codec) is None:  # a gap: to_bytes puts 0xFF for it
        same.append("\ufffd")
    codes = sorted(map(ord, same))
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    spans = (re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)
    return re.compile("[^" + "".join(spans) + "]")


def _encodes(ch: str, codec: str) -> bytes | None:
    try:
        return ch.encode(codec)
    except UnicodeEncodeError:
        return None


def _decode_range(codec: str, leads: range, trails: range) -> set[str]:
    out: set[str] = set()
    for a in leads:
        for b in trails:
            with contextlib.suppress(UnicodeDecodeError):
                out.add(bytes([a, b]).decode(codec))
    return out


@cache
def _common_sets() -> tuple[frozenset[str], frozenset[str]]:
    common = set()
    common |= _decode_range("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))  # GB 2312 level 1
    common |= _decode_range("big5", range(0xA4, 0xC7), range(0x40, 0xFF))  # Big5 frequent characters
    common |= _decode_range("shift_jis", range(0x88, 0x99), range(0x40, 0xFD))  # JIS X 0208 level 1
    common |= _decode_range("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))  # KS X 1001 hangul
    common |= {chr(c) for c in range(0x3041, 0x3097)} | {chr(c) for c in range(0x30A1, 0x30FB)}  # kana
    standard = set()
    standard |= _decode_range("gb2312", range(0xD8, 0xF8), range(0xA1, 0xFF))
    standard |= _decode_range("big5", range(0xC9, 0xFA), range(0x40, 0xFF))
    standard |= _decode_range("shift_jis", range(0x98, 0xEB), range(0x40, 0xFD))
    standard |= _decode_range("euc_kr", range(0xCA, 0xFE), range(0xA1, 0xFF))
    standard |= _decode_range("gb2312", range(0xA1, 0xAA), range(0xA1, 0xFF))  # CJK punctuation and symbols
    cjk = {c for c in common | standard if not c.isascii()}
    return frozenset(c for c in common if not c.isascii()), frozenset(cjk - common)


COMMON, STANDARD, RARE = 0, 1, 2


def cjk_class(ch: str) -> int:
    """``COMMON`` (first-level national set), ``STANDARD`` or ``RARE``."""
    common, standard = _common_sets()
    if ch in common:
        return COMMON
    return STANDARD if ch in standard else RARE


# Relative weight of characters that stand behind a damaged sequence in
# English-language text; any other assigned character gets DEFAULT_PRIOR.
PRIOR: dict[str, float] = {
    "\u2019": 600.0,  # ’ apostrophe, closing single quote
    "\u201d": 250.0,  # ” closing double quote
    "\u201c": 250.0,  # “ opening double quote
    "\u2014": 120.0,  # — em dash
    "\u2013": 60.0,  # – en dash
    "\u2018": 30.0,  # ‘ opening single quote
    "\u2026": 40.0,  # … ellipsis
    "\u00e9": 20.0,  # é
    "\u00a0": 10.0,  # no-break space
    "\u2022": 8.0,  # • bullet
    **dict.fromkeys("áíóúñüöäçèàêôâîïëãõåøæßłśćžščğışńřěůő", 4.0),
    **dict.fromkeys("ÉÁÍÓÚÑÜÖÄÇÈÀÊÔÅØÆŁŚŽŠČİŞ", 1.0),
    **dict.fromkeys("€£°", 8.0),
    **dict.fromkeys("·×™©®«»½¼¾±²³¹¢¥§¶¡¿", 2.0),
    **dict.fromkeys("\u2032\u2033\u2010\u2011\u2012\u2015\u201e\u201a\u2039\u203a\u2009\u202f\u2002\u2003\u200b", 1.0),
    "\u2212": 4.0,  # − minus sign
    **dict.fromkeys("→←↑↓≤≥≈≠∞√∆‰†‡", 0.5),
}
DEFAULT_PRIOR = 0.02


_TOTAL = sum(PRIOR.values())


@cache
def prior(ch: str) -> float:
    """Prior probability of ``ch`` as the original of a damaged sequence (0 for impossible characters)."""
    if ch in PRIOR:
        return PRIOR[ch] / _TOTAL
    cat = unicodedata.category(ch)
    if cat in ("Cn", "Cs", "Co", "Cc") or ch == "\ufffd":
        return 0.0
    return DEFAULT_PRIOR / _TOTAL
