"""How weird a line looks: the acceptance test of a repair.

A repair is kept only when the line it gives is clearly less weird than the
line it replaces (:func:`clearly_better`). Mojibake is rare CJK characters
glued to Latin letters, U+FFFD and private-use characters; genuine CJK text is
made of common characters and is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from cleaner.rules.cjk.tables import COMMON, STANDARD, cjk_class

TYPOGRAPHY = frozenset("’‘“”—–…•·«»€£°×©®™")


@cache
def char_cost(ch: str) -> float:
    """How much one non-ASCII character makes a line look damaged."""
    if ch == "\ufffd":
        return 4.0
    cat = unicodedata.category(ch)
    if cat in ("Co", "Cn", "Cs", "Cc"):
        return 4.0
    code = ord(ch)
    if 0xFF61 <= code <= 0xFF9F:  # half-width katakana
        return 2.0
    if 0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7A3 or 0xF900 <= code <= 0xFAFF:
        cls = cjk_class(ch)
        return 0.3 if cls == COMMON else 1.0 if cls == STANDARD else 2.5
    if ch in TYPOGRAPHY or cat == "Sc":  # (a currency sign: ¥147, not the ϰ147 that EUC-JP reads in its bytes)
        return 0.0
    if cat.startswith("L"):
        return _letter_cost(code)
    if cat == "Mn":
        return 1.0
    if 0x2000 <= code <= 0x206F:
        return 1.0
    return 0.5


# Letters of the scripts web text is mostly written in are cheap; a letter of
# a rarely used script (Syriac, Thaana, IPA, Latin Extended-B...) is not.
_COMMON_LETTERS = (
    (0x0000, 0x0180, 0.1),  # Latin, Latin-1, Latin Extended-A
    (0x0370, 0x0530, 0.3),  # Greek, Cyrillic
    (0x0590, 0x0700, 0.5),  # Hebrew, Arabic
    (0x0900, 0x0E80, 0.5),  # Indic scripts, Thai
    (0x1E00, 0x2000, 0.3),  # Latin Extended Additional, Greek Extended
)


def _letter_cost(code: int) -> float:
    for low, high, cost in _COMMON_LETTERS:
        if low <= code < high:
            return cost
    return 2.0


@lru_cache(maxsize=512)
def weirdness(line: str) -> float:
    """A cost that is high for mojibake and low for clean text of any script.

    Each non-ASCII character has a cost (:func:`char_cost`); a CJK character
    glued to an ASCII letter costs 2 more (0.5 for a digit), and two adjacent
    letters of different non-CJK scripts cost 1.5.

    >>> weirdness("Russia’s only ally") < 1 < weirdness("Russia鈥檚 only ally")
    True
    >>> weirdness("你好") < weirdness("浣犲ソ")
    True
    """
    if _NOT_NEUTRAL.search(line) is None:  # ASCII and NEUTRAL characters only (a repaired English line)
        return 0.0
    gaps = line.count("\ufffd")
    if gaps and line.replace("\ufffd", "").isascii():  # U+FFFD has no edge or pair cost: 4 each, exactly
        return char_cost("\ufffd") * gaps
    parts = _ASCII.split(line)  # run, ASCII, run, ..., ASCII, run (a run at an end may be empty)
    cost = 0.0
    last = len(parts) - 1
    for k in range(0, last + 1, 2):
        if parts[k]:
            chars, left, right, pairs = _run_costs(
                parts[k - 1][-1:] if k else "", parts[k], parts[k + 1][:1] if k < last else ""
            )
            cost = cost + chars + left + right + pairs  # in this order, as one sum over the line
    return cost


_ASCII = re.compile(r"([\x00-\x7f]+)")  # splitting on the ASCII runs is the faster scan


@lru_cache(maxsize=8192)
def _run_costs(before: str, run: str, after: str) -> tuple[float, float, float, float]:
    """The costs of a run's characters, of its edges with the ASCII characters around it ('' at
    an end of the line), and of its pairs of neighbours."""
    left = _edge(before, run[0]) if before else 0.0
    right = _edge(run[-1], after) if after else 0.0
    pairs = sum(map(_pair_cost, run[:-1], run[1:])) if len(run) > 1 else 0.0
    return sum(map(char_cost, run)), left, right, pairs


@lru_cache(maxsize=8192)
def _edge(a: str, b: str) -> float:
    """The cost of an ASCII character next to a non-ASCII one (either order)."""
    ascii_char, other = (a, b) if a.isascii() else (b, a)
    if _script(other) in ("cjk", "hangul"):
        return 2.0 if ascii_char.isalpha() else 0.5 if ascii_char.isdigit() else 0.0
    return 1.5 if ascii_char.isalpha() and other.isalpha() and _mixed(a + b) else 0.0


@lru_cache(maxsize=8192)
def _pair_cost(a: str, b: str) -> float:
    return 1.5 if a.isalpha() and b.isalpha() and _mixed(a + b) else 0.0


def _mixed(pair: str) -> bool:
    """Two letters of different scripts, neither CJK (CJK against Latin is counted as glue)."""
    a, b = _script(pair[0]), _script(pair[1])
    return a != b and "cjk" not in (a, b) and "hangul" not in (a, b)


@cache
def _script(ch: str) -> str:
    """A coarse script: Latin, Greek, Cyrillic, CJK (Han and kana), Hangul, or other."""
    code = ord(ch)
    if code < 0x250:
        return "latin"
    if 0x370 <= code < 0x400:
        return "greek"
    if 0x400 <= code < 0x530:
        return "cyrillic"
    if 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code < 0x1200 or 0x3130 <= code < 0x3190:
        return "hangul"
    if 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF61 <= code <= 0xFF9F:
        return "cjk"
    return unicodedata.name(ch, "other").split()[0].lower()


def _neutral(ch: str) -> bool:
    return char_cost(ch) == 0.0 and not ch.isalpha() and _script(ch) not in ("cjk", "hangul")


# Characters that add nothing to a line's weirdness wherever they stand: no
# cost of their own, none with a neighbour (not letters, not CJK). Putting one
# in place of another, inside a run of non-ASCII characters, leaves every term
# of the sum the same.
NEUTRAL = frozenset(filter(_neutral, TYPOGRAPHY))
# A character that may make a line weird: neither ASCII (no cost, and no edge
# with ASCII) nor NEUTRAL. A line without one weighs exactly 0.
_NOT_NEUTRAL = re.compile("[^\\x00-\\x7f" + re.escape("".join(sorted(NEUTRAL))) + "]")


LEFTOVER = 2.0  # cost of each damaged sequence a repair had to leave as it was


def clearly_better(before: float, after: str, leftovers: int = 0) -> bool:
    """True when ``after`` (with ``leftovers`` unrepaired sequences) is clearly less weird than a line of weirdness ``before``."""
    w0, w1 = before, weirdness(after) + LEFTOVER * leftovers
    return w1 <= w0 - max(1.0, 0.25 * w0)


def clear_caches() -> None:
    """Forget the lines and neighbours judged so far."""
    for fn in (weirdness, _run_costs, _edge, _pair_cost):
        fn.cache_clear()
