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
  character) with ``str.encode``, looking up only the characters the encoder
  gets wrong. Only those exceptions are kept in memory, not the whole table
  (:func:`full_table`, the reference the tests compare against).
* :func:`cjk_class` tells how ordinary a CJK character is, from the
  first-level sets of the national standards (GB 2312, JIS X 0208, Big5,
  KS X 1001): genuine text is made of them, mojibake is not.
* :data:`PRIOR` weights the characters that usually sit behind a lost byte in
  English text (curly quotes, dashes, the ellipsis, accented letters).
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

# The codecs a document may have been mis-decoded with, in the order they are tried.
CODECS: tuple[str, ...] = ("gbk", "gb18030", "cp932", "shift_jis", "euc_jp", "big5", "cp950", "euc_kr", "cp949")
# cp932 reads bytes that Shift-JIS drops (0x80, 0xA0, 0xFD-0xFF): the same damaged text may allow a
# character under one of them and not under the other (” lost before a space: E2 80 9D)
SIBLING = {"cp932": "shift_jis", "shift_jis": "cp932"}
# How many bytes from U+0030 to U+007F after a sequence its decoder may take in
# or look at: one (a trail byte) in general, seven in EUC-KR, whose decoder
# reads eight bytes after A4 D4 (a KS X 1001 composed syllable) to decide.
REACH: dict[str, int] = {**dict.fromkeys(CODECS, 1), "euc_kr": 7}
LOOKAHEAD: dict[str, bytes] = {"euc_kr": b"\xa4\xd4"}  # what starts such a long look ahead


def _decoded(codec: str) -> Iterator[tuple[bytes, str]]:
    """Every 1- and 2-byte sequence ``codec`` decodes to one character, with that character, in byte order."""
    for first in range(0x100):
        with contextlib.suppress(UnicodeDecodeError):
            yield bytes([first]), bytes([first]).decode(codec)
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
                yield bytes([first, second]), ch


def full_table(codec: str) -> dict[str, tuple[bytes, ...]]:
    """Every character ``codec`` decodes from 1 or 2 bytes, with all those byte sequences.

    The encoder's choice comes first when it is one of them. This is the
    reference :func:`char_bytes` and :func:`to_bytes` answer from; it is not
    kept in memory (about 2 MB per codec): only its exceptions are.
    """
    seqs: dict[str, list[bytes]] = {}
    for seq, ch in _decoded(codec):
        seqs.setdefault(ch, []).append(seq)
    table = {}
    for ch, options in seqs.items():
        preferred = _encodes(ch, codec)
        if preferred in options:
            options.remove(preferred)
            options.insert(0, preferred)
        table[ch] = tuple(options)
    return table


@cache
def _tables(codec: str) -> tuple[dict[str, tuple[bytes, ...]], re.Pattern]:
    """The exceptions of :func:`full_table`, and a pattern of the characters ``str.encode`` gets wrong.

    A character is *plain* when ``str.encode`` gives a 1- or 2-byte sequence
    that decodes back to it: that sequence is then its first one. The
    exceptions are the characters with another sequence too (cp932's
    duplicates) or without a plain one; the pattern matches every character
    that is not plain.
    """
    extra: dict[str, list[bytes]] = {}
    plain: list[int] = []
    for seq, ch in _decoded(codec):
        if seq == _encodes(ch, codec):
            plain.append(ord(ch))
        else:
            extra.setdefault(ch, []).append(seq)
    exceptions = {}
    for ch, options in extra.items():
        preferred = _encodes(ch, codec)
        if preferred is not None and len(preferred) <= 2 and preferred.decode(codec, "replace") == ch:
            options.insert(0, preferred)
        exceptions[ch] = tuple(options)
    if _encodes("\ufffd", codec) is None:  # a gap: to_bytes puts 0xFF for it
        plain.append(0xFFFD)
    return exceptions, re.compile("[^" + _ranges(sorted(plain)) + "]")


def _ranges(codes: list[int]) -> str:
    """A character-class body for ``codes`` (sorted), as ranges."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        elif not ranges or ranges[-1][1] != code:
            ranges.append([code, code])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


@lru_cache(maxsize=8192)
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
    seq = _encodes(ch, codec)
    if seq is None:
        return ()
    # plain (see _tables), a longer sequence (GB18030, EUC-JP), or a character the codec never decodes to
    return (seq,) if seq.decode(codec, "replace") == ch else ()


def to_bytes(text: str, codec: str) -> bytes | None:
    """The bytes ``codec`` decoded ``text`` from (U+FFFD, a gap, as 0xFF), or None if a character has none.

    >>> to_bytes("鈥檚 x\ufffd", "gbk")
    b'\xe2\x80\x99s x\xff'
    """
    if "\ufffd" in text and "\x00" not in text:  # every codec here encodes NUL as itself: let it stand for gaps
        text = text.replace("\ufffd", "\x00")
        data = text.encode("ascii") if text.isascii() else to_bytes(text, codec)  # ASCII is itself in every codec
        return None if data is None else data.replace(b"\x00", b"\xff")
    exceptions, foreign = _tables(codec)
    if foreign.search(text) is None:  # the encoder gives the table's bytes: two C-level calls
        return _plain_bytes(text, codec)
    parts, pos = [], 0
    for m in foreign.finditer(text):
        ch = m.group()
        if ch == "\ufffd":
            seq = b"\xff"
        else:
            options = exceptions.get(ch)
            if options is None:
                return None
            seq = options[0]
        parts += (_plain_bytes(text[pos : m.start()], codec), seq)
        pos = m.end()
    parts.append(_plain_bytes(text[pos:], codec))
    return b"".join(parts)


def _plain_bytes(text: str, codec: str) -> bytes:
    encode = ENCODE[codec]
    if "\ufffd" not in text:
        return encode(text)[0]
    return b"\xff".join([encode(part)[0] for part in text.split("\ufffd")])


class _Functions(dict):
    """A codec's encode or decode function by the codec's name, looked up once.

    ``ENCODE[codec](text, errors)[0] == text.encode(codec, errors)`` (and the
    same for ``DECODE`` and ``bytes.decode``), without looking the codec up
    by its name at every call: lines are encoded and decoded many times.
    """

    def __init__(self, attribute: str) -> None:
        super().__init__()
        self.attribute = attribute

    def __missing__(self, codec: str):
        found = self[codec] = getattr(codecs.lookup(codec), self.attribute)
        return found


ENCODE = _Functions("encode")
DECODE = _Functions("decode")


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
def _classes() -> bytes:
    """The class of every BMP character, by code point (64 KiB: a set of the characters would take 3.5 MiB)."""
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
    table = bytearray([RARE]) * 0x10000
    for chars, cls in ((standard, STANDARD), (common, COMMON)):  # common wins
        for c in chars:
            if len(c) == 1 and 0x80 <= ord(c) < 0x10000:
                table[ord(c)] = cls
    return bytes(table)


COMMON, STANDARD, RARE = 0, 1, 2


def cjk_class(ch: str) -> int:
    """``COMMON`` (first-level national set), ``STANDARD`` or ``RARE``."""
    code = ord(ch)
    return _classes()[code] if code < 0x10000 else RARE


# The currency signs in use other than € £ $ ¥ ¢, which the words of a text can call for (see :mod:`.currency`).
RARE_SIGNS = "₹₦₽₩₱₺₪₴₫₿₵"
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
    "\u201e": 8.0,  # „ low opening quote (German, Polish, Czech...)
    **dict.fromkeys("áíóúñüöäçèàêôâîïëãõåøæßłśćžščğışńřěůő", 4.0),
    **dict.fromkeys("ÉÁÍÓÚÑÜÖÄÇÈÀÊÔÅØÆŁŚŽŠČİŞ", 1.0),
    # the other letters of the languages :mod:`.letters` knows (it tells them apart where the language is known)
    **dict.fromkeys("ìðòùûýþāăąďđēėęģīįķĺļľņňœŕťūűųźżșț", 4.0),
    **dict.fromkeys("ÂÃÌÎÏÐÒÕÙÛÝÞĀĂĄĆĎĐĒĖĘĚĞĢĪĮĶĹĻĽŃŅŇŐŒŔŘŤŪŮŰŲŹŻȘȚ", 1.0),
    **dict.fromkeys("€£°", 8.0),
    **dict.fromkeys(RARE_SIGNS, 0.04),  # rare enough to leave the likely pairs of a long zone in front
    **dict.fromkeys("·×™©®«»½¼¾±²³¹¢¥§¶¡¿", 2.0),
    **dict.fromkeys("\u2032\u2033\u2010\u2011\u2012\u2015\u2009\u2002\u2003\u200b", 1.0),
    **dict.fromkeys("‹›‚", 3.0),  # Swiss and French single guillemets, the German single quote
    "\u202f": 3.0,  # narrow no-break space: French thousands (8 000) and before ? ! ; : »
    "\u2212": 4.0,  # − minus sign
    "→": 3.0,  # the arrow of menus, steps and routes (Settings → Privacy)
    **dict.fromkeys("★☆", 0.5),  # the stars of a rating (★★★★☆), far commoner than the other signs of their block
    **dict.fromkeys("←↑↓≤≥≈≠∞√∆‰†‡", 0.5),
}
DEFAULT_PRIOR = 0.02


PRIOR_TOTAL = sum(PRIOR.values())  # prior(ch) is PRIOR's weight of ch over this


@cache
def prior(ch: str) -> float:
    """Prior probability of ``ch`` as the original of a damaged sequence (0 for impossible characters)."""
    if ch in PRIOR:
        return PRIOR[ch] / PRIOR_TOTAL
    cat = unicodedata.category(ch)
    if cat in ("Cn", "Cs", "Co", "Cc") or ch == "\ufffd":
        return 0.0
    return DEFAULT_PRIOR / PRIOR_TOTAL
