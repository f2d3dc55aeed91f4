"""Run the enabled rules in order and collect their changes (pure: ``str -> Result``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cleaner.changes import Change, apply_log, input_offsets, locate, undo_log
from cleaner.config import Config, as_config
from cleaner.rules import Context, Edit, Rule


@dataclass(frozen=True, slots=True)
class Finding:
    """A change or a notice, placed in the *input* text (``offset``)."""

    code: str
    name: str
    offset: int
    before: str
    after: str | None  # None: reported only, nothing was changed
    confidence: float = 1.0
    note: str = ""


@dataclass(frozen=True)
class Result:
    """The cleaned text and the log of every change that made it."""

    text: str
    changes: tuple[Change, ...]
    notices: tuple[Finding, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def findings(self) -> tuple[Finding, ...]:
        """Changes and notices, each placed at its offset in the input, sorted."""
        located = [
            Finding(c.code, c.name, pos, c.before, c.after, c.confidence, c.note)
            for c, pos in zip(self.changes, locate(self.changes))
        ]
        return tuple(sorted([*located, *self.notices], key=lambda f: (f.offset, f.code)))

    def statistics(self) -> Counter[str]:
        """Number of changes per rule code."""
        return Counter(c.code for c in self.changes)


class RuleError(RuntimeError):
    """A rule returned edits that break the contract (overlap, disorder, no-op)."""


def _check(rule: Rule, text: str, edits: Sequence[Edit]) -> None:
    prev_end, size = 0, len(text)
    for e in edits:
        if not (prev_end <= e.start <= e.end <= size):
            raise RuleError(f"{rule.code} returned an edit out of order or range: {e}")
        if e.after is not None and text[e.start : e.end] == e.after:
            raise RuleError(f"{rule.code} returned an edit that changes nothing: {e}")
        prev_end = e.end


MAX_PASSES = 5

# The slots of a Change, set directly: a frozen dataclass' __init__ costs about
# twice as much, and a document with many repairs makes many changes.
_SET = tuple(
    Change.__dict__[f].__set__ for f in ("code", "name", "start", "end", "before", "after", "confidence", "note")
)


def _change(
    code: str, name: str, start: int, end: int, before: str, after: str, confidence: float, note: str
) -> Change:
    """``Change(code, name, start, end, before, after, confidence, note)``, made faster."""
    change = object.__new__(Change)
    set_code, set_name, set_start, set_end, set_before, set_after, set_confidence, set_note = _SET
    set_code(change, code)
    set_name(change, name)
    set_start(change, start)
    set_end(change, end)
    set_before(change, before)
    set_after(change, after)
    set_confidence(change, confidence)
    set_note(change, note)
    return change


def run(text: str, rules: Sequence[Rule], ctx: Context) -> Result:
    """Apply ``rules`` in order to ``text``; every applied edit becomes a Change.

    A rule that changed the text and ``reopens`` makes every rule look again,
    so the chain repeats (skipping rules that already saw the current text)
    until no rule finds anything: the output is stable under a second clean.
    """
    log: list[Change] = []
    notices: list[Finding] = []
    seen: set[int] = set()  # rules that already ran on the current text
    for _ in range(MAX_PASSES):
        for i, rule in enumerate(rules):
            if i in seen:
                continue
            seen.add(i)
            edits = rule(text, ctx)
            if edits:
                text, applied = _apply(rule, text, edits, log, notices)
                if applied and rule.reopens:
                    seen = set()
        if len(seen) == len(rules):
            break
    return Result(text, tuple(log), tuple(notices))


def _apply(rule: Rule, text: str, edits: Sequence[Edit], log: list[Change], notices: list[Finding]) -> tuple[str, bool]:
    """Apply one rule's edits; append changes to ``log`` and notices to ``notices``."""
    _check(rule, text, edits)
    reported = [e for e in edits if e.after is None]
    if reported:  # placed in the input through the log as it was before this rule: one mapping for all
        for e, offset in zip(reported, input_offsets(log, [e.start for e in reported])):
            notice = Finding(rule.code, rule.name, offset, text[e.start : e.end], None, e.confidence, e.note)
            if notice not in notices:  # a rule that runs again reports again
                notices.append(notice)
    parts: list[str] = []
    pos = shift = 0
    applied = False
    code, name = rule.code, rule.name
    for start, end, after, confidence, note in edits:
        if after is None:
            continue
        before = text[start:end]
        log.append(_change(code, name, start + shift, end + shift, before, after, confidence, note))
        parts += (text[pos:start], after)
        pos = end
        shift += len(after) - len(before)
        applied = True
    parts.append(text[pos:])
    return "".join(parts), applied


def clean(
    text: str,
    config: Config | str | Iterable[str] | None = None,
    corpus: Any = None,
    *,
    first: bool = True,
    last: bool = True,
    regions: Mapping[str, str] | None = None,
) -> Result:
    """Clean ``text`` with the enabled rules; return the text and its change log.

    ``config`` is a :class:`~cleaner.config.Config`, or selectors such as
    ``"E,W101"`` that choose the rules to run. ``corpus`` is the line counts
    of the run this text belongs to (a :class:`cleaner.corpus.LineCounts` or
    its ``frozen()`` table); lines repeated in many documents are then
    removed as boilerplate (rule B107). ``first``/``last`` say whether the
    text starts/ends its document (False for inner pieces of a stream).
    ``regions`` maps lines of a text made from a web page to the region of
    the page they came from (navigation, footer, sidebar: see
    :func:`cleaner.io.html.html_to_page`); rule B115 removes those lines.

    >>> result = clean("Caf\\u00c3\\u00a9 &amp; bar  \\n")
    >>> result.text
    'Café & bar\\n'
    >>> [c.code for c in result.changes]
    ['C101', 'E101', 'W102']
    """
    cfg = as_config(config)
    ctx = Context(cfg.settings, first, last, corpus, frozenset(r.code for r in cfg.rules), regions or None)
    return run(text, cfg.rules, ctx)


def detect(text: str, config: Config | str | Iterable[str] | None = None, corpus: Any = None) -> tuple[Finding, ...]:
    """Report what :func:`clean` would change, placed in ``text``, without the cleaned text."""
    return clean(text, config, corpus).findings()


def check_invariants(
    original: str,
    result: Result,
    config: Config | str | Iterable[str] | None = None,
    corpus: Any = None,
    *,
    regions: Mapping[str, str] | None = None,
) -> None:
    """Raise AssertionError unless the log replays, undoes and the output is stable.

    Stable means that cleaning the output again (with the same ``corpus``
    and ``regions``) changes nothing.
    """
    replayed = apply_log(original, result.changes)
    if replayed != result.text:
        raise AssertionError("applying the change log to the input does not give the output")
    if undo_log(result.text, result.changes) != original:
        raise AssertionError("undoing the change log on the output does not give the input")
    again = clean(result.text, config, corpus, regions=regions)
    if again.changes:
        raise AssertionError(f"cleaning the output again changes it: {again.changes[:3]}")
