"""How weird a line looks, and which candidate a lost byte most likely was.

:func:`weirdness` is the acceptance test: a repair is kept only when the line
it gives is clearly less weird than the line it replaces. Mojibake is rare CJK
characters glued to Latin letters, U+FFFD and private-use characters; genuine
CJK text is made of common characters and is left alone.

:class:`Context` chooses among a slot's candidates with what the rest of the
paragraph says: an open ``“`` wants a ``”``, ``s`` before a space wants the
plural possessive ``’``, a dash between digits is an en dash, a dash between
spaces follows the document's own style (learned from its lossless dashes),
and the end of a paragraph closes an open quote.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from cleaner.rules.cjk.tables import COMMON, STANDARD, cjk_class, prior

NONE = 2 * prior("\u2032")  # weight of "the slot is none of its candidates"

_CJKISH = "\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff61-\uff9f"
# A CJK-ish character directly against an ASCII letter (or digit), either side.
_GLUE = re.compile(f"(?=[A-Za-z][{_CJKISH}]|[{_CJKISH}][A-Za-z])")
_GLUE_DIGIT = re.compile(f"(?=[0-9][{_CJKISH}]|[{_CJKISH}][0-9])")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Two adjacent letters, at least one of them not ASCII (candidates for a script change).
_PAIR = re.compile(r"(?=([^\W\d_][^\W\d_\x00-\x7f]|[^\W\d_\x00-\x7f][^\W\d_]))")

TYPOGRAPHY = frozenset("’‘“”—–…•·«»€£°×©®™")
OPENERS = frozenset(" \t([{/—–-\u00a0")
CONTRACTIONS = ("s", "t", "re", "ve", "ll", "d", "m")


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
    if ch in TYPOGRAPHY:
        return 0.0
    if cat.startswith("L"):
        return 0.1 if code < 0x180 else 0.5
    if cat == "Mn":
        return 1.0
    if 0x2000 <= code <= 0x206F:
        return 1.0
    return 0.5


def weirdness(line: str) -> float:
    """A cost that is high for mojibake and low for clean text of any script.

    >>> weirdness("Russia’s only ally") < 1 < weirdness("Russia鈥檚 only ally")
    True
    >>> weirdness("你好") < weirdness("浣犲ソ")
    True
    """
    if line.isascii():
        return 0.0
    cost = sum(char_cost(ch) for ch in _NON_ASCII.findall(line))
    cost += 2.0 * len(_GLUE.findall(line)) + 0.5 * len(_GLUE_DIGIT.findall(line))
    return cost + 1.5 * sum(_mixed(pair) for pair in _PAIR.findall(line))


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


def clearly_better(before: str, after: str) -> bool:
    """True when ``after`` is clearly less weird than ``before``."""
    w0, w1 = weirdness(before), weirdness(after)
    return w1 <= w0 - max(1.0, 0.25 * w0)


@dataclass
class Style:
    """What a document's lossless sequences say about its typography."""

    em: int = 0
    en: int = 0

    def learn(self, text: str) -> None:
        self.em += text.count("—")
        self.en += text.count("–")

    @property
    def dash(self) -> str | None:
        if self.em == self.en:
            return None
        return "—" if self.em > self.en else "–"


@dataclass
class Context:
    """Quote state while walking one paragraph left to right."""

    style: Style = field(default_factory=Style)
    double_open: bool = False
    single_open: bool = False

    def update(self, text: str, left: str) -> None:
        for ch in text:
            if ch == "“":
                self.double_open = True
            elif ch == "”":
                self.double_open = False
            elif ch == "‘":
                self.single_open = True
            elif ch == "’" and self.single_open and not left.isalpha():
                self.single_open = False
            left = ch

    def bonus(self, cand: str, left: str, right: str, after: str) -> float:
        """Log-odds adjustment for ``cand`` between ``left`` and ``right``.

        ``left`` is the character before the slot ('' at the start of the
        line), ``right`` the one after it ('' at the end), and ``after`` the
        rest of the word that follows.
        """
        ch = next((c for c in cand if not c.isascii()), cand[:1])
        opening = left == "" or left in OPENERS or left in "“‘"
        closing_right = right == "" or right.isspace() or right in ",.;:!?)]}"
        score = 0.0
        if left.isdigit() and right.isdigit():
            return {"–": 5.0, "—": 1.0}.get(ch, -3.0)
        if (left == "" or left.isspace()) and (right == "" or right.isspace()):
            dash = self.style.dash or "—"
            return {dash: 5.0, "—": 3.0, "–": 2.5}.get(ch, -3.0)
        if ch == "“":
            score += 2.5 if opening and not closing_right else -4.0
            if self.double_open:
                score -= 1.5
        elif ch == "‘":
            score += 1.0 if opening and not closing_right else -4.0
        elif ch == "”":
            if opening and not closing_right:
                score -= 4.0
            elif self.double_open:
                score += 3.0 if (left in ".,!?" or right == "" or right in ",.;:!?") else 1.5
            else:
                score -= 1.5
        elif ch == "’":
            if opening and not closing_right:
                score -= 2.5 if not right.isdigit() else 0.0
            elif left.isalpha() and right.isalpha():
                score += 3.0 if after.lower().startswith(CONTRACTIONS) else 0.5
            elif left in "sS" and right.isspace():
                score += 2.5
            elif self.single_open and closing_right:
                score += 3.0
            elif self.double_open and closing_right:
                score -= 1.0
        elif ch in "—–":
            if left.isalpha() and right.isalpha():
                score += 1.0 if ch == "—" else -1.0
            elif closing_right or opening:
                score -= 2.0
        elif ch == "…" and left.isalpha() and (right == "" or right.isspace()):
            score -= 1.0
        return score


def rank(options, left: str, right: str, after: str, ctx: Context) -> list[tuple[str, float]]:
    """Options as ``(text, probability)``, most probable first.

    The probabilities leave room for "none of these" (weight ``NONE``), so a
    rare character that is the only candidate is not certain.
    """
    scored = [(o.text, math.log(o.weight) + ctx.bonus(o.text, left, right, after)) for o in options]
    top = max(max(s for _, s in scored), math.log(NONE))
    total = sum(math.exp(s - top) for _, s in scored) + math.exp(math.log(NONE) - top)
    probs = [(t, math.exp(s - top) / total) for t, s in scored]
    probs.sort(key=lambda ts: -ts[1])
    return probs
