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
what survived (:func:`fill`); each is kept only if decoding the word with it
reproduces the observed word exactly, which encodes every quirk of the codec
without a hand-made table.

The result is a list of :class:`Piece`: the smallest spans of the observed
word that change, each with its original text (lossless) or its ranked
options (inferred).
"""

from __future__ import annotations

import heapq
import re
from functools import cache, lru_cache
from itertools import combinations
from typing import NamedTuple

from cleaner.rules.cjk.tables import PRIOR, char_bytes, prior, to_bytes

MODES = ("ignore", "replace", "question")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
GAP = 0xFF  # stands for a byte the decoder reported as bad; 0xFF is in no codec's output
MAX_OPTIONS = 40  # candidates kept per zone, by prior, before verification
MAX_VERIFIED = 12  # verified candidates kept per zone of one character
MIN_RELATIVE = 0.005  # and only those whose prior is at least this fraction of the best one
MAX_VARIANTS = 16  # alternative byte readings tried per word
MAX_ZONES = 4  # a word with more damaged sequences is not repaired
MAX_ZONE = 9  # bytes in one damaged sequence: at most three characters


class Option(NamedTuple):
    text: str
    weight: float


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
    out = original.encode("utf-8").decode(codec, "ignore" if mode == "ignore" else "replace")
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


def _is_cont(b: int) -> bool:
    return 0x80 <= b <= 0xBF


def _seq_len(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


@cache
def _prior_list() -> tuple[tuple[str, bytes, float], ...]:
    return tuple((ch, ch.encode("utf-8"), prior(ch)) for ch in sorted(PRIOR, key=lambda ch: -PRIOR[ch]))


@lru_cache(maxsize=512)
def chars_matching(pattern: tuple[int | None, ...]) -> tuple[Option, ...]:
    """Characters whose UTF-8 bytes match ``pattern`` (``None`` matches any byte), best prior first.

    With the first byte known and at most one unknown, every such character
    is a candidate; otherwise only characters of the prior table are.

    >>> [o.text for o in chars_matching((0xE2, 0x80, None))][:5]
    ['’', '“', '”', '—', '–']
    """
    wild = [i for i, b in enumerate(pattern) if b is None]
    found: list[Option] = []
    if pattern[0] is not None and len(wild) <= 1:
        fills = range(0x80, 0xC0) if wild else (None,)
        for x in fills:
            seq = bytes(x if b is None else b for b in pattern)
            try:
                ch = seq.decode("utf-8")
            except UnicodeDecodeError:
                continue
            w = prior(ch)
            if w > 0:
                found.append(Option(ch, w))
    else:
        n = len(pattern)
        for ch, seq, w in _prior_list():
            if len(seq) == n and all(p is None or p == b for p, b in zip(pattern, seq)):
                found.append(Option(ch, w))
    found.sort(key=lambda o: -o.weight)
    return tuple(found)


def _patterns_ignore(zone: tuple[int, ...], pos: int):
    """Patterns when lost bytes left no mark: a lead byte that lost some of its continuation bytes.

    A byte is dropped when it stands where a lead byte is expected and the
    byte after it cannot follow it, or when it cannot lead at all (0x80 in
    GBK and Shift-JIS); the byte after it is then read afresh. So the lead
    byte survives (it follows ASCII or a complete pair) and what vanishes is
    one or two of its continuation bytes, most often the last.
    """
    n = _seq_len(zone[pos])
    known = zone[pos + 1 :]
    if not n or len(known) >= n - 1 or not all(_is_cont(b) for b in known):
        return
    for slots in combinations(range(n - 1), len(known)):
        tail: list[int | None] = [None] * (n - 1)
        for s, b in zip(slots, known):
            tail[s] = b
        yield (zone[pos], *tail), len(zone) - pos


def _patterns_marked(zone: tuple[int, ...], pos: int):
    """Patterns for the character starting at ``zone[pos]`` when every lost byte left a gap."""
    b = zone[pos]
    if b == GAP:
        lengths = (2, 3, 4)
    elif _seq_len(b):
        lengths = (_seq_len(b),)
    else:
        return
    for n in lengths:
        part = zone[pos : pos + n]
        if len(part) < n or not all(x == GAP or _is_cont(x) for x in part[1:]):
            continue
        yield tuple(None if x == GAP else x for x in part), n


@lru_cache(maxsize=1024)
def fill(zone: tuple[int, ...], marked: bool) -> tuple[Option, ...]:
    """Candidate originals of a zone of bytes that are not valid UTF-8, best prior first.

    ``marked`` is True when each lost byte left a gap (``GAP``) in the zone
    (errors='replace' and '?'), False when lost bytes vanished (errors='ignore').

    >>> [o.text for o in fill((0xE2, 0x80), False)][:4]
    ['’', '“', '”', '—']
    >>> sorted(o.text for o in fill((GAP, GAP, GAP), True)[:3])
    ['’', '“', '”']
    """
    if len(zone) > MAX_ZONE:
        return ()
    patterns = _patterns_marked if marked else _patterns_ignore
    best: dict[str, float] = {}  # text -> weight, in the order found
    top: list[float] = []  # heap of the MAX_OPTIONS best weights found so far

    def extend(pos: int, text: str, weight: float, depth: int) -> None:
        if pos == len(zone):
            if text not in best:
                (heapq.heappush if len(top) < MAX_OPTIONS else heapq.heappushpop)(top, weight)
            best[text] = max(best.get(text, 0.0), weight)
            return
        if depth == 3:
            return
        for pattern, used in patterns(zone, pos):
            for opt in chars_matching(pattern)[:MAX_OPTIONS]:
                w = weight * opt.weight
                if len(top) == MAX_OPTIONS and w < top[0]:
                    break  # options come best first and priors are below 1: nothing here makes the cut
                extend(pos + used, text + opt.text, w, depth + 1)

    extend(0, "", 1.0, 0)
    ranked = sorted(best.items(), key=lambda kv: -kv[1])[:MAX_OPTIONS]
    return tuple(Option(t, w) for t, w in ranked)


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
    # '?' is read as itself first; gaps and duplicate sequences are tried one at a time.
    base = [c[-1] if c[0] == GAP else c[0] for c in choices]
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


def _parse(items: list[int]) -> list[tuple[int, int, str | None]]:
    """Split items into valid UTF-8 characters ``(i, j, ch)`` and zones ``(i, j, None)``."""
    text = bytes(items).decode("utf-8", "surrogateescape")
    out: list[tuple[int, int, str | None]] = []
    pos = 0
    for ch in text:
        if "\udc80" <= ch <= "\udcff":
            if out and out[-1][2] is None and out[-1][1] == pos:
                out[-1] = (out[-1][0], pos + 1, None)
            else:
                out.append((pos, pos + 1, None))
            pos += 1
        else:
            n = 1 if ch < "\x80" else len(ch.encode("utf-8"))
            out.append((pos, pos + n, ch))
            pos += n
    return out


def _decodes_to(data: bytes, word: str, codec: str, mode: str) -> bool:
    out = (data + b"\nx").decode(codec, "ignore" if mode == "ignore" else "replace")
    if mode == "question":
        out = out.replace("\ufffd", "?")
    return out == word + "\nx"


def _solve_reading(word: str, items: list[int], owners: list[int], codec: str, mode: str) -> tuple[Piece, ...] | None:
    parts = _parse(items)
    zones = [k for k, p in enumerate(parts) if p[2] is None]
    if len(zones) > MAX_ZONES:
        return None
    marked = mode != "ignore"
    fixed = [bytes(items[i:j]) if ch is not None else b"" for i, j, ch in parts]
    options: dict[int, tuple[Option, ...]] = {}
    for k in zones:
        i, j, _ = parts[k]
        cands = fill(tuple(items[i:j]), marked)
        if not cands:
            return None
        options[k] = cands
    for k in zones:
        fixed[k] = options[k][0].text.encode("utf-8")
    for k in zones:
        head, tail = b"".join(fixed[:k]), b"".join(fixed[k + 1 :])
        verified: list[Option] = []
        cap = MAX_VERIFIED if len(options[k][0].text) == 1 else MAX_OPTIONS  # pairs need room
        for opt in options[k]:
            if verified and opt.weight < verified[0].weight * MIN_RELATIVE:
                break  # context cannot lift a candidate this far
            if _decodes_to(head + opt.text.encode("utf-8") + tail, word, codec, mode):
                verified.append(opt)
                if len(verified) == cap:
                    break
        if not verified:
            return None
        options[k] = tuple(verified)
        fixed[k] = verified[0].text.encode("utf-8")
    return _pieces(word, parts, owners, options)


def _pieces(word: str, parts, owners: list[int], options: dict[int, tuple[Option, ...]]) -> tuple[Piece, ...]:
    # Each part covers the observed characters owning its bytes; parts that
    # share an observed character (one character decoded from the tail of one
    # original character and the head of the next) are merged into one piece.
    groups: list[list] = []  # [start, end, [part index, ...]]
    for k, (i, j, _) in enumerate(parts):
        s, e = owners[i], owners[j - 1] + 1
        if groups and s < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], e)
            groups[-1][2].append(k)
        else:
            groups.append([s, e, [k]])
    pieces: list[Piece] = []
    for s, e, ks in groups:
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
_PLAIN = "".join(map(chr, range(0x30, 0x80))).replace("?", "")


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
    core = word.lstrip(_PLAIN)  # "level鈥" and "Russia鈥" are solved once, as "鈥"
    found = _solve_core(core, codec, mode)
    shift = len(word) - len(core) + offset
    if not shift or not found:
        return found
    return tuple([Piece(p.start + shift, p.end + shift, p.options, p.inferred) for p in found])


@lru_cache(maxsize=8192)
def _solve_core(word: str, codec: str, mode: str) -> tuple[Piece, ...] | None:
    # ASCII at the end of a word is its own bytes and UTF-8 characters in any
    # case: it never changes whether (or how) the rest reads losslessly.
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
    for fn in (_solve_core, _lossless, fill):
        fn.cache_clear()
