"""What one line says about itself, whatever document it is in (cached by content).

The context-free half of the noise analysis: the features of a line
(:mod:`cleaner.rules.noise.features`) turned into candidate decisions, the
spans B105 and B106 cut from it, and its content-word stems. All of it is
a pure function of the line's text, so it is computed once per distinct
line and kept in bounded caches shared by every document of a run: the
fixed-point iterations, the chain's re-runs on a shortened text and the
lines that recur across documents (menus, footers, datelines) cost a
lookup. The caches are ``functools.lru_cache`` (thread-safe, bounded);
lines longer than :data:`CACHE_MAX_CHARS` are analysed every time, so the
memory they hold is bounded too.

What depends on the run (corpus counts, settings, enabled rules) and on the
line's neighbours is decided in :mod:`cleaner.rules.noise.analysis`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from cleaner.rules.base import from_fields
from cleaner.rules.noise import features as f

CACHE_SIZE = 8192  # distinct lines kept per cache: several pieces' worth, and the boilerplate that recurs
STEMS_CACHE_SIZE = 2048  # stem sets are large (a set and its strings) and cheap to compute again
CACHE_MAX_CHARS = 1000  # longer lines (rare, never boilerplate) are not kept: bounds the memory
MAX_CUT_ROUNDS = 4  # a span finder runs again on what it left, at most this often
ANCHOR_MIN_UNITS = 10  # a prose line this long anchors the main text
DUPLICATE_MIN_UNITS = 5  # shorter repeated lines (list items, refrains) are not duplicates
TEASER_MAX_UNITS = 25  # an off-topic teaser (B109) is at most this long

_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘]?[A-ZÀ-ÞА-Я])")

_LEXICON_RULE = {"ui": "S102", "footer": "B102", "promo": "B103"}


@dataclass(slots=True)
class Decision:
    """A rule's verdict on a line: remove it (or only report it), how sure, and why."""

    code: str
    confidence: float
    note: str
    remove: bool = True  # False: report only
    strong: bool = False  # strong enough here to remove a line that reads as prose


class Evidence(NamedTuple):
    """Context-free facts about one stripped line (shared: copy its candidates before changing them)."""

    shape: f.Shape
    prose: bool  # shape.prose, looked at often
    candidates: tuple[Decision, ...]  # position-independent findings, in chain order
    code: tuple[str, ...]  # code-like signals, if they say it is code
    menu: bool
    dateline: bool
    exact_key: str  # case and spaces normalised
    dup_key: str  # ... and a trailing credit cut
    flagged: bool  # code or menu: the context pass has a decision to make
    anchor: bool  # prose, at least ANCHOR_MIN_UNITS long
    copy_sized: bool  # long enough (and with a key) to count as a copy of another line
    cut_marks: frozenset[str]  # the span rules (B105, B106) that may cut something from the line
    teaser_shaped: bool  # two sentences, the last one ended, at most TEASER_MAX_UNITS long (B109)
    headline: bool  # headline-sized, starts like a title, does not end like a sentence or a clause (B112)
    paragraph: bool  # an anchor that ends like a sentence (B112: the tail starts after the last one)
    truncated: bool  # ends with an ellipsis that cuts it short (B113)


def evidence(text: str) -> Evidence:
    """The evidence of a stripped line (from the cache when it was seen before)."""
    return _cached_evidence(text) if len(text) <= CACHE_MAX_CHARS else _evidence(text)


def _evidence(text: str) -> Evidence:
    low = text.casefold()
    folded = low.split()
    words = len(folded)
    sh = f.shape(text, folded)
    units = sh.units
    prose = sh.prose
    found: tuple[Decision, ...] = ()
    if len(text) <= f.LEXICON_MAX_CHARS:
        lex = f.lexicon_match(f.lexicon_form(text, low), sh, text)
        if lex:
            confidence = 0.95 if lex.how in ("exact", "phrases") else 0.9
            found = (Decision(_LEXICON_RULE[lex.kind], confidence, lex.note()),)
    exact = near = " ".join(folded)
    code = tuple(f.code_signals(text, sh))
    marked = _marked(text)
    credit = f.credit_line(text, words) if marked else f.stock_credit(text)
    if credit:
        found = (*found, Decision("B104", 0.95, "credit: " + credit))
    menu = False
    if marked:  # the features that need one of these characters
        tail = f.credit_tail(text)
        if tail:
            near = f.duplicate_key(text, tail)
        menu = not credit and f.menu_items(text) is not None
    dateline = f.is_dateline(text, words)
    anchor = prose and units >= ANCHOR_MIN_UNITS
    return _new_evidence(
        (
            sh,
            prose,
            found,
            code,
            menu,
            dateline,
            exact,
            near,
            bool(code) or menu,
            anchor,
            bool(near) and units >= DUPLICATE_MIN_UNITS,
            _cut_marks(text, marked),
            sh.terminal and units <= TEASER_MAX_UNITS and _SENTENCE_END.search(text) is not None,
            not dateline and f.headline_shaped(text, units),
            anchor and f.ends_sentence(text),
            f.truncated(text),
        )
    )


_new_evidence = from_fields(Evidence)


# A menu needs one of its separators, a credit tail ":" or "©", a credit line those or "/" or "|" (but
# for an agency name alone): a line without any of them has none of these features.
_MARK_CHARS = ":©|·•»›>/"
_ASCII_MARK_CHARS = ":|>/"


def _marked(text: str) -> bool:
    """``text`` holds one of :data:`_MARK_CHARS` (one C-level scan per mark: far cheaper than a class in a regex)."""
    for mark in _ASCII_MARK_CHARS if text.isascii() else _MARK_CHARS:  # noqa: SIM110 (no generator per line)
        if mark in text:
            return True
    return False


def _cut_marks(text: str, marked: bool) -> frozenset[str]:
    """The span rules that may cut something from ``text``, or from it with white space around.

    A credit needs ``:`` or ``©`` (so a mark: ``marked``), a teaser the first
    word of a "read more" link; white space adds neither.
    """
    credit = marked and (":" in text or "©" in text)
    teaser = f.may_have_teaser(text)
    return _MARKS[credit, teaser]


_MARKS = {
    (False, False): frozenset(),
    (True, False): frozenset({"B105"}),
    (False, True): frozenset({"B106"}),
    (True, True): frozenset({"B105", "B106"}),
}


_cached_evidence = lru_cache(maxsize=CACHE_SIZE)(_evidence)


# --- spans cut inside a line (B105, B106) ---------------------------------------

_FINDERS = {
    "B105": lambda line: [found] if (found := f.credit_tail(line)) else [],
    "B106": f.inline_teasers,
}
_GATES = {"B105": f.may_have_credit_tail, "B106": f.may_have_teaser}  # False: the finder finds nothing


Cut = tuple[int, int, str]  # (start, end, evidence), offsets into the content the rule received


def cuts(content: str, codes: tuple[str, ...]) -> tuple[tuple[tuple[str, tuple[Cut, ...]], ...], str]:
    """The spans rules ``codes`` (B105, B106, in this order) cut from a line, and what is left of it.

    Each rule works on what the one before left, and runs again on what it
    left itself (a caption can carry two credits) until it finds nothing.
    Returns ``(code, spans)`` for the rules that cut something, spans
    sorted, and the content that is left.
    """
    if len(content) <= CACHE_MAX_CHARS:
        return _cached_cuts(content, codes)
    return _cuts(content, codes)


def _cuts(content: str, codes: tuple[str, ...]) -> tuple[tuple[tuple[str, tuple[Cut, ...]], ...], str]:
    found: list[tuple[str, tuple[Cut, ...]]] = []
    for code in codes:
        if _GATES[code](content):
            cut, content = _cut(_FINDERS[code], content)
            if cut:
                found.append((code, cut))
    return tuple(found), content


def _cut(finder, content: str) -> tuple[tuple[Cut, ...], str]:
    cut: list[Cut] = []  # offsets into the content before this rule
    for _ in range(MAX_CUT_ROUNDS):
        found = finder(content)
        if not found:
            break
        done = sorted((s, e) for s, e, _ in cut)
        for s, e, why in found:
            cut.append((_map_back(done, s), _map_back(done, e - 1) + 1, why))
        for s, e, _ in reversed(found):
            content = content[:s] + content[e:]
    return tuple(sorted(cut)), content


_cached_cuts = lru_cache(maxsize=CACHE_SIZE)(_cuts)


def _map_back(intervals: list[tuple[int, int]], x: int) -> int:
    """Offset ``x`` in a text with ``intervals`` (sorted, original offsets) cut out, in the original."""
    for s, e in intervals:
        if s <= x:
            x += e - s
        else:
            break
    return x


# --- vocabulary (B109) ----------------------------------------------------------


def stems(text: str) -> frozenset[str]:
    """The distinct content-word stems of a line (shared: never modify the set)."""
    return _cached_stems(text) if len(text) <= CACHE_MAX_CHARS else frozenset(f.content_stems(text))


@lru_cache(maxsize=STEMS_CACHE_SIZE)
def _cached_stems(text: str) -> frozenset[str]:
    # Kept stems are interned: a common word's stem is then one string, however many cached lines hold it.
    return frozenset(map(sys.intern, f.content_stems(text)))


# --- scripts (B108) -------------------------------------------------------------


def script_counts(text: str) -> dict[str, int]:
    """Letters per script in a line (shared: never modify the dict)."""
    return _cached_scripts(text) if len(text) <= CACHE_MAX_CHARS else f.script_counts(text)


_cached_scripts = lru_cache(maxsize=CACHE_SIZE)(f.script_counts)


def clear_caches() -> None:
    """Forget every cached line (tests compare cold and warm runs)."""
    for cache in (_cached_evidence, _cached_cuts, _cached_stems, _cached_scripts):
        cache.cache_clear()
