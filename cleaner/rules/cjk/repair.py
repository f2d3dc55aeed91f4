"""Recover the UTF-8 text behind one word of CJK mojibake, lost bytes included.

A *word* is a run of characters at or above ``0`` (U+0030). Bytes below
0x30 (space, punctuation, line breaks) are never part of a multi-byte
sequence in any of the codecs handled here, are never swallowed by a decoding
error when more text follows, and leave the decoder in its initial state, so
each word can be solved on its own and the solution checked by decoding that
word alone (followed by more text, see :func:`decodes_back`).

Each observed character is mapped back to the exact bytes the codec decoded it
from (:func:`~cleaner.rules.cjk.tables.char_bytes`); a lost byte that left a
mark (U+FFFD, or ``?``) becomes a *gap*. The bytes are then parsed as UTF-8.
Runs that do not parse are *zones*: a truncated sequence whose missing bytes
must be inferred. A zone's candidates are characters whose UTF-8 bytes fit
what survived (:mod:`.candidates`); each is kept only if decoding the word
with it reproduces the observed word exactly, which encodes every quirk of
the codec without a hand-made table.

The result is a list of :class:`Piece`: the smallest spans of the observed
word that change, each with its original text (lossless) or its ranked
options (inferred).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import combinations, compress
from typing import NamedTuple

from cleaner.rules.base import from_fields
from cleaner.rules.cjk.candidates import GAP, MAX_OPTIONS, Option, fill, sequence_length
from cleaner.rules.cjk.tables import DECODE, LOOKAHEAD, RARE_SIGNS, REACH, char_bytes, to_bytes

__all__ = [
    "GAP",
    "MAX_OPTIONS",
    "Option",
    "Piece",
    "decodes_back",
    "fill",
    "simulate",
    "solve_cores",
    "solve_word",
    "word_cores",
]

MODES = ("ignore", "replace", "question")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
MAX_VERIFIED = 48  # verified candidates kept per zone of one character
MIN_RELATIVE = 0.0045  # and only those whose prior is at least this fraction of the best one (₹ beside €)
MAX_VARIANTS = 16  # alternative byte readings tried per word
MAX_ZONES = 4  # a word with more damaged sequences is not repaired


class Piece(NamedTuple):
    """Observed ``[start, end)`` (in the word or line) and what it was before."""

    start: int
    end: int
    options: tuple[Option, ...]  # ranked; a lossless piece has exactly one
    inferred: bool = False  # some byte of it was lost and is a guess


def simulate(original: str, codec: str, mode: str) -> str:
    """What ``original`` becomes when its UTF-8 bytes are decoded with ``codec`` in ``mode``.

    >>> simulate("level\\u201d emanating", "gbk", "ignore")
    'level鈥 emanating'
    >>> simulate("level\\u201d emanating", "gbk", "question")
    'level鈥? emanating'
    """
    out = DECODE[codec](original.encode("utf-8"), "ignore" if mode == "ignore" else "replace")[0]
    return out.replace("\ufffd", "?") if mode == "question" else out


# Text is checked as followed by more text: a decoder swallows an incomplete
# sequence at the very end of its input (GB18030 eats a digit there), but a
# byte below 0x30 followed by more text always comes through as itself.
_MORE = "\nx"


def decodes_back(original: str, damaged: str, codec: str, mode: str, final: bool = False) -> bool:
    """True when ``original`` gives ``damaged`` once its UTF-8 bytes are decoded with ``codec``.

    ``original`` is taken as followed by more text, or, with ``final``, as
    possibly ending the decoder's input.

    >>> decodes_back("9\u20135", "9鈥?5", "gb18030", "question")
    True
    """
    if simulate(original + _MORE, codec, mode) == damaged + _MORE:
        return True
    return final and simulate(original, codec, mode) == damaged


def _readings(word: str, codec: str, mode: str):
    """Ways to read ``word`` back into bytes: (items, owners), most likely first."""
    choices: list[tuple[bytes | int, ...]] = []
    for ch in word:
        if ch.isascii() and ch != "?":
            choices.append((ord(ch),))
        elif (ch == "\ufffd" and mode == "replace") or (ch == "?" and mode == "question"):
            choices.append((GAP, 0x3F) if ch == "?" else (GAP,))
        elif ch == "?":
            choices.append((0x3F,))
        else:
            seqs = char_bytes(codec, ch)
            if not seqs:
                return
            choices.append(seqs)
    # '?' is read as itself first, unless it stands next to another '?' or to a character
    # outside ASCII: then as a gap first. The other readings of those, and duplicate
    # sequences, are tried one at a time.
    base = [(c[0] if _next_to_damage(word, i) else c[-1]) if c[0] == GAP else c[0] for i, c in enumerate(choices)]
    yield _flatten(base)
    alternatives = [(i, alt) for i, c in enumerate(choices) for alt in c if alt != base[i]]
    if not alternatives:
        return
    count = 0
    for size in (1, 2, 3):
        for combo in combinations(alternatives, size):
            if len({i for i, _ in combo}) < size:
                continue
            variant = list(base)
            for i, alt in combo:
                variant[i] = alt
            yield _flatten(variant)
            count += 1
            if count >= MAX_VARIANTS:
                return


def _next_to_damage(word: str, i: int) -> bool:
    """The '?' at ``i`` has a '?' or a character outside ASCII beside it."""
    return any(ch == "?" or not ch.isascii() for ch in word[max(0, i - 1) : i] + word[i + 1 : i + 2])


def _flatten(parts: list[bytes | int]) -> tuple[list[int], list[int]]:
    items: list[int] = []
    owners: list[int] = []
    for i, p in enumerate(parts):
        if isinstance(p, int):
            items.append(p)
            owners.append(i)
        else:
            items.extend(p)
            owners.extend([i] * len(p))
    return items, owners


def _completes(items: list[int], start: int, pos: int) -> bool:
    """The zone ``items[start:pos]`` is the lead byte of a two-byte character and one byte more (``C4`` and a
    gap), and the byte at ``pos`` leads another such character: the zone ends there (``ąć`` read as cp932
    with U+FFFD is two zones of one letter each, not one of two letters, whose thousands of readings no
    list of the likeliest holds, as the letters weigh the same until the document's language tells them
    apart). Signs of three bytes stay together (a run of ellipses is read as one)."""
    return pos - start == 2 == sequence_length(items[start]) == sequence_length(items[pos])


def _parse(items: list[int]) -> list[tuple[int, int, str | None]]:
    """Split items into valid UTF-8 characters ``(i, j, ch)`` and zones ``(i, j, None)``."""
    text = bytes(items).decode("utf-8", "surrogateescape")
    out: list[tuple[int, int, str | None]] = []
    pos = 0
    for ch in text:
        if "\udc80" <= ch <= "\udcff":
            if out and out[-1][2] is None and out[-1][1] == pos and not _completes(items, out[-1][0], pos):
                out[-1] = (out[-1][0], pos + 1, None)
            else:
                out.append((pos, pos + 1, None))
            pos += 1
        else:
            n = 1 if ch < "\x80" else len(ch.encode("utf-8"))
            out.append((pos, pos + n, ch))
            pos += n
    return out


def _decodes_to(head: bytes, middles: tuple[bytes, ...], tail: bytes, word: str, codec: str, mode: str) -> list[bool]:
    """For each of ``middles``, whether ``head + middle + tail`` (followed by more text) decodes to ``word``.

    All of them are decoded in one call, a newline between two: a newline is
    never part of a multi-byte sequence and leaves the decoder in its initial
    state (one by one if that fails, or if the decoder could look further, see
    ``LOOKAHEAD``).
    """
    joined = head + (tail + b"\n" + head).join(middles) + tail
    errors = "ignore" if mode == "ignore" else "replace"
    if len(middles) > 1 and codec in LOOKAHEAD and LOOKAHEAD[codec] in joined:  # it could look across the newline
        return [_decodes_to(head, (m,), tail, word, codec, mode)[0] for m in middles]
    out = DECODE[codec](joined + b"\nx", errors)[0]
    if mode == "question":
        out = out.replace("\ufffd", "?")
    parts = out.split("\n")
    if len(parts) == len(middles) + 1 and parts[-1] == "x":
        return list(map(word.__eq__, parts[:-1]))
    if len(middles) == 1:
        return [False]
    return [_decodes_to(head, (m,), tail, word, codec, mode)[0] for m in middles]


def _count_above(options: tuple[Option, ...], bar: float, limit: int) -> int:
    """How many of the first ``limit`` options (best first) weigh at least ``bar``."""
    n, most = 0, min(limit, len(options))
    while n < most and options[n].weight >= bar:
        n += 1
    return n


def _verified(
    options: tuple[Option, ...], encoded: tuple[bytes, ...], head: bytes, tail: bytes, word: str, codec: str, mode: str
):
    """The options (``encoded`` in UTF-8) that give back ``word`` between ``head`` and ``tail``: best first, the likely ones.

    At most ``MAX_VERIFIED`` (more for several characters, which need room),
    and none far below the best one kept: context cannot lift a candidate that
    far (``MIN_RELATIVE``).
    """
    limit = MAX_VERIFIED if len(options[0].text) == 1 else MAX_OPTIONS
    # Options come best first. Those within MIN_RELATIVE of the best one are decoded first (at
    # most ``limit``); the others only when room is left and the best kept one lowers that bar.
    first = _count_above(options, options[0].weight * MIN_RELATIVE, limit)
    kept = list(compress(options[:first], _decodes_to(head, encoded[:first], tail, word, codec, mode)))
    if len(kept) < limit:
        bar = kept[0].weight * MIN_RELATIVE if kept else 0.0
        last = first + _count_above(options[first:], bar, len(options) - first)
        if last > first:
            kept += compress(options[first:last], _decodes_to(head, encoded[first:last], tail, word, codec, mode))
    if not kept:
        return ()
    floor = kept[0].weight * MIN_RELATIVE  # options come best first: those above the floor lead
    kept = kept[:limit]
    if kept[-1].weight < floor:
        kept = [o for o in kept if o.weight >= floor]
    if tail[:1].isdigit() and len(options[0].text) == 1:  # a sign before a number: the words of the paragraph
        # may call for a rare currency (₹ in a story of crores), however far below the best sign its prior is
        rare = [k for k, o in enumerate(options) if o.text in RARE_SIGNS and o not in kept]
        if rare:
            fits = _decodes_to(head, tuple(encoded[k] for k in rare), tail, word, codec, mode)
            kept += compress((options[k] for k in rare), fits)
    return tuple(kept)


@lru_cache(maxsize=1024)
def _fill(zone: tuple[int, ...], marked: bool) -> tuple[tuple[Option, ...], tuple[bytes, ...]]:
    """:func:`fill`, and each candidate's UTF-8 bytes (cached by the zone: cheaper to look up than the candidates)."""
    options = fill(zone, marked)
    return options, tuple(o.text.encode("utf-8") for o in options)


def _solve_reading(word: str, items: list[int], owners: list[int], codec: str, mode: str) -> tuple[Piece, ...] | None:
    parts = _parse(items)
    zones = [k for k, p in enumerate(parts) if p[2] is None]
    if len(zones) > MAX_ZONES:
        return None
    marked = mode != "ignore"
    fixed = [bytes(items[i:j]) if ch is not None else b"" for i, j, ch in parts]
    options: dict[int, tuple[Option, ...]] = {}
    encoded: dict[int, tuple[bytes, ...]] = {}
    for k in zones:
        i, j, _ = parts[k]
        cands, encoded[k] = _fill(tuple(items[i:j]), marked)
        if not cands:
            return None
        options[k] = cands
        # until it is verified, a zone stands as the bytes it was read from, which decode back to
        # what they were read from whatever the candidates of the zones beside it (0xFF, a gap, pairs
        # with no byte in any of these codecs and is decoded as a gap)
        fixed[k] = bytes(items[i:j])
    for n, k in enumerate(zones):
        verified = _verified(options[k], encoded[k], b"".join(fixed[:k]), b"".join(fixed[k + 1 :]), word, codec, mode)
        if not verified and n + 1 < len(zones):
            verified = _verified_beside(k, zones[n + 1], options, encoded, fixed, word, codec, mode)
        if not verified:
            return None
        options[k] = verified
        fixed[k] = verified[0].text.encode("utf-8")
    return _pieces(word, parts, owners, options)


MAX_STAND_INS = 4  # candidates of the next zone tried in its place while a zone is verified (its best first)


def _verified_beside(k: int, j: int, options, encoded, fixed: list[bytes], word: str, codec: str, mode: str):
    """Zone ``k``'s verified options when the next zone ``j``, standing as its best candidate, spoils the word.

    In ``ignore`` form a zone leaves no gap to stand as: its best candidate
    may pair with the bytes after it and decode as something else
    (``łącząca`` read as cp932: ``ą`` before ``c`` is not ``ę``). Zone ``j``
    then stands as one of its next few candidates instead (the first that
    lets zone ``k`` verify stays, until zone ``j`` is verified itself). Only
    a zone read as Latin letters is tried: dozens of them share a lead byte,
    where the best candidate is as good as any.
    """
    best = options[j][0].text
    if not (best.isalpha() and "\x7f" < max(best) < "\u0250"):
        return ()  # a quote or a dash stands for its kind well enough
    first, head = fixed[j], b"".join(fixed[:k])
    for stand_in in encoded[j][1:MAX_STAND_INS]:
        fixed[j] = stand_in
        verified = _verified(options[k], encoded[k], head, b"".join(fixed[k + 1 :]), word, codec, mode)
        if verified:
            return verified
    fixed[j] = first
    return ()


def _pieces(word: str, parts, owners: list[int], options: dict[int, tuple[Option, ...]]) -> tuple[Piece, ...]:
    # Each part covers the observed characters owning its bytes; parts that
    # share an observed character (one character decoded from the tail of one
    # original character and the head of the next) are merged into one piece.
    groups: list[list] = []  # [start, end, [part index, ...]]
    for k, (i, j, _) in enumerate(parts):
        s, e = owners[i], owners[j - 1] + 1
        if groups and s < groups[-1][1]:
            last = groups[-1]
            if e > last[1]:
                last[1] = e
            last[2].append(k)
        else:
            groups.append([s, e, [k]])
    pieces: list[Piece] = []
    for s, e, ks in groups:
        if len(ks) == 1:  # the common case: one part alone
            k = ks[0]
            if k in options:  # one damaged sequence alone: its options as they are
                pieces.append(Piece(s, e, options[k], True))
            elif parts[k][2] != word[s:e]:
                pieces.append(Piece(s, e, (Option(parts[k][2], 1.0),)))
            continue
        if not any(k in options for k in ks):
            text = "".join(parts[k][2] for k in ks)
            if text != word[s:e]:
                pieces.append(Piece(s, e, (Option(text, 1.0),)))
            continue
        texts = [Option("", 1.0)]
        for k in ks:
            if k in options:
                texts = [Option(t.text + a.text, t.weight * a.weight) for t in texts for a in options[k]]
            else:
                texts = [Option(t.text + parts[k][2], t.weight) for t in texts]
        pieces.append(Piece(s, e, tuple(texts), True))
    return tuple(pieces)


def lossless(word: str, codec: str) -> tuple[Piece, ...] | None:
    """The fast path: every byte survived, so the text's bytes are valid UTF-8 as they are.

    Works on a word or a whole line. The result is not verified here: the
    caller decodes the repaired line again.
    """
    data = to_bytes(word, codec)
    try:
        text = data.decode("utf-8") if data is not None else None
    except UnicodeDecodeError:
        return None
    if text is None:
        return None
    # Walk both sides by byte count; a group closes where both are at a character boundary.
    pieces: list[Piece] = []
    o = t = o_bytes = t_bytes = o_start = t_start = 0
    while o < len(word) or t < len(text):
        if o_bytes == t_bytes:  # at a common boundary: ASCII maps to itself, skip it
            m = _NON_ASCII.search(word, o)
            if m is None:
                break
            skip = m.start() - o
            o, t, o_bytes, t_bytes, o_start, t_start = (
                o + skip,
                t + skip,
                o_bytes + skip,
                t_bytes + skip,
                o + skip,
                t + skip,
            )
        if o_bytes <= t_bytes and o < len(word):
            ch = word[o]
            o_bytes += len(char_bytes(codec, ch)[0]) if ch != "\ufffd" else 1
            o += 1
        else:
            t_bytes += len(text[t].encode("utf-8"))
            t += 1
        if o_bytes == t_bytes:
            if word[o_start:o] != text[t_start:t]:
                pieces.append(Piece(o_start, o, (Option(text[t_start:t], 1.0),)))
            o_start, t_start = o, t
    return tuple(pieces)


# ASCII from U+0030 up, except '?' (which may stand for a lost byte): each is
# its own byte in every codec here and leaves the decoder as it found it, so
# it can be cut off the front of a word without changing how the rest reads.
_PLAIN = "\\x30-\\x3e\\x40-\\x7f"  # plain ASCII: digits, letters and signs from 0x30 up, but '?' (a gap, maybe)


@cache
def _damaged(reach: int) -> re.Pattern:
    """Runs of characters outside plain ASCII, with at most ``reach`` plain ones inside each run."""
    return re.compile(f"[^{_PLAIN}]+(?:[{_PLAIN}]{{1,{reach}}}[^{_PLAIN}]+)*")


def solve_word(word: str, codec: str, mode: str, offset: int = 0) -> tuple[Piece, ...] | None:
    """The pieces of ``word`` that change when it is read back as UTF-8, or None if it cannot be.

    ``offset`` is added to the pieces' positions (where the word sits in its line).

    >>> solve_word("鈥檚", "gbk", "ignore")
    (Piece(start=0, end=2, options=(Option(text='’s', weight=1.0),), inferred=False),)
    >>> [o.text for o in solve_word("level鈥", "gbk", "ignore")[0].options][:3]
    ['’', '“', '”']
    >>> solve_word("海角大神", "gbk", "ignore") is None
    True
    """
    return solve_cores(((shift + offset, core) for shift, core in word_cores(word, REACH[codec])), codec, mode)


def word_cores(word: str, reach: int) -> list[tuple[int, str]]:
    """The parts of ``word`` that are solved (for a codec of that ``REACH``), each with where it starts in the word.

    "level鈥" and "Russia鈥" are solved once, as "鈥", and "鈥檚tate" as "鈥檚t":
    a decoder takes in at most REACH bytes of plain ASCII after a sequence, so
    the rest of the word reads as itself, whatever comes before it. For the
    same reason, a longer run of plain ASCII inside a word parts what comes
    before it from what comes after (``40\u202f000\u202f€`` read as GBK).
    """
    return [(m.start(), word[m.start() : m.end() + reach]) for m in _damaged(reach).finditer(word)]


def solve_cores(cores: Iterable[tuple[int, str]], codec: str, mode: str) -> tuple[Piece, ...] | None:
    """The pieces of the words whose cores (:func:`word_cores`, placed in the line) are ``cores``; None if one fails."""
    pieces: list[Piece] = []
    for shift, core in cores:
        found = _solve_core(core, codec, mode)
        if found is None:
            return None
        if shift:
            pieces += [_piece((p[0] + shift, p[1] + shift, p[2], p[3])) for p in found]
        else:
            pieces += found
    return tuple(pieces)


_piece = from_fields(Piece)


@lru_cache(maxsize=8192)
def _solve_core(word: str, codec: str, mode: str) -> tuple[Piece, ...] | None:
    # ASCII at the end of a word is its own bytes and UTF-8 characters in any
    # case: it never changes whether (or how) the rest reads losslessly.
    if "\ufffd" not in word:  # a gap never reads as UTF-8
        found = _lossless(word.rstrip(_ASCII), codec)
        if found is not None:
            return found
    for items, owners in _readings(word, codec, mode):
        found = _solve_reading(word, items, owners, codec, mode)
        if found is not None:
            return found
    return None


_ASCII = "".join(map(chr, range(0x80)))
_lossless = lru_cache(maxsize=4096)(lossless)  # one entry for every form of damage and every ending


def clear_caches() -> None:
    """Forget the words and zones solved so far."""
    for fn in (_solve_core, _lossless, fill, _fill):
        fn.cache_clear()
