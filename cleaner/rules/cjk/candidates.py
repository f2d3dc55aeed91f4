"""The candidates for a damaged sequence: characters whose UTF-8 bytes fit what survived.

A *zone* is a run of bytes that do not parse as UTF-8 once a line is read
back: a multi-byte sequence that lost some of its bytes. When the decoder
dropped them (errors='ignore'), the lead byte survived and some continuation
bytes vanished; when it left a mark (U+FFFD or ``?``), each lost byte is a
*gap* (``GAP``). :func:`fill` lists the readings of a zone, best prior first.
"""

from __future__ import annotations

import heapq
from functools import cache, lru_cache, partial
from itertools import combinations
from typing import NamedTuple

from cleaner.rules.cjk.tables import PRIOR, prior

GAP = 0xFF  # stands for a byte the decoder reported as bad; 0xFF is in no codec's output
MAX_OPTIONS = 40  # candidates kept per zone, by prior, before verification
MAX_SINGLE = 160  # and readings of the whole zone as one character (a letter among many letters)
MAX_ZONE = 9  # bytes in one damaged sequence: at most three characters
SIGNS_REPEATED = 3  # readings of a sign repeated in a long zone: the likeliest may not decode back (see below)
MAX_STEPS = 4_000  # readings looked at per zone (600 at most in the eval): three lost kana tie at 64**3 equal weights


class Option(NamedTuple):
    text: str
    weight: float


def _is_cont(b: int) -> bool:
    return 0x80 <= b <= 0xBF


def sequence_length(lead: int) -> int:
    """The bytes of the UTF-8 character that ``lead`` starts (0 if it starts none)."""
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
    one or two of its continuation bytes, most often the last. The character
    ends where the next lead byte starts another one (``ą”`` read as cp932:
    ``C4`` lost ``85``, and ``E2 80`` lost ``9D``).
    """
    n = sequence_length(zone[pos])
    if not n:
        return
    end = pos + 1
    while end < len(zone) and _is_cont(zone[end]):
        end += 1
    known = zone[pos + 1 : end]
    if len(known) >= n - 1:
        return
    for slots in combinations(range(n - 1), len(known)):
        tail: list[int | None] = [None] * (n - 1)
        for s, b in zip(slots, known):
            tail[s] = b
        yield (zone[pos], *tail), end - pos


def _patterns_marked(zone: tuple[int, ...], pos: int):
    """Patterns for the character starting at ``zone[pos]`` when every lost byte left a gap."""
    b = zone[pos]
    if b == GAP:
        lengths = (2, 3, 4)
    elif sequence_length(b):
        lengths = (sequence_length(b),)
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

    The best ``MAX_OPTIONS`` readings, and after them the readings as one
    character that ``MAX_SINGLE`` lets in (a zone of two gaps may be any of
    dozens of letters, which only the document's language tells apart).

    ``marked`` is True when each lost byte left a gap (``GAP``) in the zone
    (errors='replace' and '?'), False when lost bytes vanished (errors='ignore').

    >>> [o.text for o in fill((0xE2, 0x80), False)][:4]
    ['’', '“', '”', '—']
    >>> sorted(o.text for o in fill((GAP, GAP, GAP), True)[:3])
    ['’', '“', '”']
    """
    if len(zone) > MAX_ZONE:
        return _one_sign_over_and_over(zone, marked)
    patterns = _patterns_marked if marked else _patterns_ignore
    # The search goes where the weights are high first, so that the MAX_OPTIONS
    # best soon set a high bar, but ranks equal weights in the order of a plain
    # depth-first walk (patterns, then options, in the order given): ``key``.
    best: dict[str, tuple[float, tuple[int, ...]]] = {}  # text -> (weight, key)
    top: list[float] = []  # heap of the MAX_OPTIONS best weights found so far
    # the best weight any reading of zone[pos:] can have (however many characters): a bound
    reach = [0.0] * len(zone) + [1.0]
    for pos in range(len(zone) - 1, -1, -1):
        for pattern, used in patterns(zone, pos):
            options = chars_matching(pattern)
            if options:
                reach[pos] = max(reach[pos], options[0].weight * reach[pos + used])

    def found(text: str, weight: float, key: tuple[int, ...]) -> None:
        if text not in best:
            (heapq.heappush if len(top) < MAX_OPTIONS else heapq.heappushpop)(top, weight)
        elif best[text][1] < key:
            return
        best[text] = (weight, key)

    steps = [0]

    def extend(pos: int, text: str, weight: float, depth: int, key: tuple[int, ...]) -> None:
        ways = []
        for n, (pattern, used) in enumerate(patterns(zone, pos)):
            bound = reach[pos + used]  # what the rest of the zone can weigh at best
            whole = pos == 0 and used == len(zone)  # one character for the zone
            options = chars_matching(pattern)[: MAX_SINGLE if whole else MAX_OPTIONS]
            if options and bound and not (pos + used < len(zone) and depth == 2):  # no fourth character
                ways.append((-options[0].weight * bound, n, options, used, bound, whole))
        ways.sort()
        for _, n, options, used, bound, whole in ways:
            step = found if pos + used == len(zone) else partial(extend, pos + used, depth=depth + 1)
            for i, opt in enumerate(options):
                w = weight * opt.weight
                if len(top) == MAX_OPTIONS and w * bound < top[0] and not whole:
                    break  # options come best first and priors are below 1: nothing here makes the cut
                steps[0] += 1
                if steps[0] > MAX_STEPS:  # equal weights cannot be cut by the bound: the first ones found stand
                    return
                step(text + opt.text, w, key=(*key, n, i))

    if zone:
        extend(0, "", 1.0, 0, ())
    else:
        found("", 1.0, ())
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
    ranked = ranked[:MAX_OPTIONS] + [kv for kv in ranked[MAX_OPTIONS:] if len(kv[0]) == 1]
    if not ranked:  # more than three characters
        return _one_sign_over_and_over(zone, marked)
    return tuple(Option(t, w) for t, (w, _) in ranked)


def _one_sign_over_and_over(zone: tuple[int, ...], marked: bool) -> tuple[Option, ...]:
    """Readings of a zone too long for :func:`fill` that repeats one damaged three-byte sign.

    ``……………`` read as GBK loses the middle byte of each ellipsis but the
    first, and the last one's tail too: ``E2 A6 E2 A6 … E2``; read as Big5
    with U+FFFD, each copy keeps some of its bytes: ``GAP GAP A6 E2 GAP A6 …``.
    Every copy but the last reads as one of the best readings of the bytes the
    copies kept (the likeliest may not decode back: ``‘`` fits what cp932 left
    of ``★★★★★``, ``E2 98`` five times, but would have been read otherwise);
    the last one's readings are the options (``………’`` may be). The copies weigh as one sign: a run
    of ellipses or the stars of a rating is one choice of the writer's.
    """
    kept: tuple[int, ...]
    if len(zone) < 4:
        return ()
    if marked:  # copies of three bytes, each byte kept or a gap (the last one may be another sign)
        copies = [zone[i : i + 3] for i in range(0, len(zone), 3)]
        merged = [{b for b in column if b != GAP} for column in zip(*copies[:-1])] if len(zone) % 3 == 0 else []
        if not merged or any(len(column) > 1 for column in merged):
            return ()
        kept = tuple(column.pop() if column else GAP for column in merged)
    else:  # a lead byte and what it kept, the same in every copy but the last, which may have kept less
        starts = [i for i, b in enumerate(zone) if not _is_cont(b)] + [len(zone)]
        if starts[0]:
            return ()
        copies = [zone[a:b] for a, b in zip(starts, starts[1:])]
        kept = copies[0]
        if any(c != kept for c in copies[1:-1]) or copies[-1] != kept[: len(copies[-1])]:
            return ()
    if len(copies) < 3 or (sequence_length(kept[0]) != 3 and kept[0] != GAP):
        return ()
    signs = [o for o in fill(kept, marked) if len(o.text) == 1]
    if set(kept) == {GAP} and set(copies[-1]) == {GAP}:  # no byte kept: a few signs share the odds, so that
        # none is sure and the run is reported (★★★★☆ under Big5)
        return tuple(Option(o.text * len(copies), o.weight) for o in signs[:SIGNS_REPEATED])
    # (a few signs where the copies kept all their bytes but the lost ones: where gaps stand for some bytes, any
    # sign fits them and the likeliest stands for them all, as trying others costs more than they bring)
    signs = signs[: 1 if GAP in kept else SIGNS_REPEATED]
    last = [o for o in fill(copies[-1], marked) if len(o.text) == 1]
    options = [Option(sign.text * (len(copies) - 1) + o.text, sign.weight * o.weight) for sign in signs for o in last]
    return tuple(sorted(options, key=lambda o: -o.weight))
