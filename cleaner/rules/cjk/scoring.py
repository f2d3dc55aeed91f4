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


_SENTENCE_END = re.compile(r"[.!?][”’]?\s")
_DECADE = re.compile(r"\d0s\b")
_CONTRACTION = re.compile(r"(?:s|t|re|ve|ll|d|m)(?![a-z])", re.IGNORECASE)


@dataclass
class Context:
    """Open quotes while walking one paragraph left to right, and the document's style."""

    style: Style = field(default_factory=Style)
    quotes: list[tuple[str, int]] = field(default_factory=list)  # (kind, offset of the opener)
    closer_ahead: bool = True  # something later in the paragraph can close a quote opened here

    def _open(self, kind: str) -> bool:
        return any(k == kind or (kind == "double" and k == "low") for k, _ in self.quotes)

    def _recent(self, prefix: str) -> bool:
        """The innermost open double quote began a few words ago, in this sentence."""
        for kind, at in reversed(self.quotes):
            if kind in ("double", "low"):
                since = prefix[at:]
                return since.count(" ") <= 5 and not _SENTENCE_END.search(since)
        return False

    def update(self, text: str, prefix: str, suffix: str) -> None:
        """Take the quotes of ``text`` (placed after ``prefix``, before ``suffix``) into account."""
        for i, ch in enumerate(text):
            nxt = (text[i + 1 :] + suffix)[:1]
            if ch == "„":
                self.quotes.append(("low", len(prefix) + i))
            elif ch == "“" and self.quotes and self.quotes[-1][0] == "low":
                del self.quotes[-1]
            elif ch == "“":
                self.quotes.append(("double", len(prefix) + i))
            elif ch == "‘":
                self.quotes.append(("single", len(prefix) + i))
            elif ch == "”" or (ch == "’" and not nxt.isalpha()):
                kinds = ("double", "low") if ch == "”" else ("single",)
                for k in range(len(self.quotes) - 1, -1, -1):
                    if self.quotes[k][0] in kinds:
                        del self.quotes[k:]
                        break

    def bonus(self, cand: str, prefix: str, suffix: str) -> float:
        """Log-odds adjustment for ``cand`` written between ``prefix`` and ``suffix``."""
        k = next((i for i, c in enumerate(cand) if not c.isascii()), 0)
        ch = cand[k : k + 1]
        left = (prefix + cand[:k])[-1:]
        rest = cand[k + 1 :] + suffix
        right = rest[:1]
        if left.isdigit() and right.isdigit():
            return {"–": 5.0, "—": 1.0}.get(ch, -3.0)
        if left in ("", " ") and right in ("", " "):
            dash = self.style.dash or "—"
            return {dash: 5.0, "—": 3.0, "–": 2.5}.get(ch, -3.0)
        opening = (left == "" or left in OPENERS or left in "“‘") and not (right == "" or right.isspace())
        closing = (right == "" or right.isspace() or right in ",.;:!?)]}") and not (left == "" or left.isspace())
        inner = left.isalnum() and right.isalnum()
        innermost = self.quotes[-1][0] if self.quotes else None
        if ch == "“" and closing and innermost == "low":  # „German“
            return 4.0 if left in ".,!?" or self._recent(prefix) else 2.0
        if ch == "“":
            if not opening:
                return -4.0
            return (0.5 if right.isdigit() else 2.5) - 1.5 * self._open("double") - 3.0 * (not self.closer_ahead)
        if ch == "‘":
            return -2.0 if _DECADE.match(rest) else 1.0 if opening else -4.0
        if ch == "”":
            if not closing:
                return -4.0 if opening else -3.0
            if innermost == "single":
                return 1.0
            if self._open("double"):
                return 4.0 if left in ".,!?" or self._recent(prefix) else 2.0
            return -4.0
        if ch == "’":
            if opening:
                return 4.0 if _DECADE.match(rest) else -2.5
            if inner:
                return 3.0 if _CONTRACTION.match(rest) else 1.0 if right.isupper() else -1.5
            if closing:
                if innermost == "single":
                    return 5.0
                if left in "sS":
                    return 0.0 if self._open("double") and self._recent(prefix) else 2.5
                return -4.5
            return 0.0
        if ch in "—–":
            if inner:
                return 1.0 if ch == "—" else -1.0
            return -3.5 if (opening or closing) else 0.0
        if ch == "…":
            return -1.0 if (opening or inner) else 0.0
        if ch.isalpha():  # a lost letter: its case follows the letters around it
            return -3.0 if ch.isupper() and left.islower() else 0.0
        if unicodedata.category(ch) == "Sc":  # a currency sign before its amount
            return 2.0 if right.isdigit() and not left.isalnum() else -2.0
        return 0.0


def rank(options, prefix: str, suffix: str, ctx: Context) -> list[tuple[str, float]]:
    """Options as ``(text, probability)``, most probable first.

    The probabilities leave room for "none of these" (weight ``NONE``), so a
    rare character that is the only candidate is not certain.
    """
    scored = [(o.text, math.log(o.weight) + ctx.bonus(o.text, prefix, suffix)) for o in options]
    top = max(max(s for _, s in scored), math.log(NONE))
    total = sum(math.exp(s - top) for _, s in scored) + math.exp(math.log(NONE) - top)
    probs = [(t, math.exp(s - top) / total) for t, s in scored]
    probs.sort(key=lambda ts: -ts[1])
    return probs
