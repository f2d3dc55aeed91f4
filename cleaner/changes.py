"""The change log: what an edit is, and how a log is replayed and undone.

Coordinate system
-----------------
Offsets count Unicode code points (Python ``str`` indices). A change's
``start``/``end`` index the text *as it is just before that change is
applied*, and a log is applied in its order. So ``log[0]`` indexes the input,
``log[1]`` indexes the input with ``log[0]`` applied, and so on. This makes a
log replayable with nothing but the input: apply each change in turn.

Changes come in *runs*: consecutive changes where each one starts at or after
the end of the previous replacement. A rule's edits always form one run, and a
run is applied (or undone) in a single linear pass, so a log with many changes
costs O(len(text)) per run rather than per change.

:func:`locate` maps every change back to an offset in the input, which is what
a report shows as ``line:col``.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass

from cleaner.errors import LogMismatchError

__all__ = ["Change", "apply_log", "undo_log", "locate", "input_offsets", "runs", "to_json", "from_json"]


@dataclass(frozen=True, slots=True)
class Change:
    """One applied edit: ``text[start:end] == before`` became ``after``."""

    code: str
    name: str
    start: int
    end: int
    before: str
    after: str
    confidence: float = 1.0
    note: str = ""

    @property
    def delta(self) -> int:
        return len(self.after) - len(self.before)


def runs(log: Sequence[Change]) -> Iterator[Sequence[Change]]:
    """Split a log into maximal runs that can be applied in one pass."""
    begin = 0
    for i in range(1, len(log)):
        prev = log[i - 1]
        if log[i].start < prev.start + len(prev.after):
            yield log[begin:i]
            begin = i
    if log:
        yield log[begin:]


def _apply_run(text: str, run: Sequence[Change]) -> str:
    parts: list[str] = []
    pos = 0
    shift = 0  # sum of deltas of the changes already applied in this run
    for ch in run:
        start = ch.start - shift
        end = start + len(ch.before)
        if ch.end - ch.start != len(ch.before) or text[start:end] != ch.before:
            raise LogMismatchError(ch, text[start:end])
        parts.append(text[pos:start])
        parts.append(ch.after)
        pos = end
        shift += ch.delta
    parts.append(text[pos:])
    return "".join(parts)


def _undo_run(text: str, run: Sequence[Change]) -> str:
    parts: list[str] = []
    pos = 0
    for ch in run:  # in run-output coordinates each change sits at ch.start
        end = ch.start + len(ch.after)
        if text[ch.start : end] != ch.after:
            raise LogMismatchError(ch, text[ch.start : end], undo=True)
        parts.append(text[pos : ch.start])
        parts.append(ch.before)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def apply_log(text: str, log: Sequence[Change]) -> str:
    """Replay ``log`` on ``text``.

    Raises :class:`~cleaner.errors.LogMismatchError` when a change's ``before``
    is not what the text holds at its offsets (the log belongs to other text).

    >>> log = [Change("W102", "trailing-whitespace", 1, 3, "  ", "")]
    >>> apply_log("a  \\nb", log)
    'a\\nb'
    """
    for run in runs(log):
        text = _apply_run(text, run)
    return text


def undo_log(text: str, log: Sequence[Change]) -> str:
    """Undo ``log`` on the text it produced, giving back the original input.

    >>> log = [Change("W102", "trailing-whitespace", 1, 3, "  ", "")]
    >>> undo_log("a\\nb", log)
    'a  \\nb'
    """
    for run in reversed(list(runs(log))):
        text = _undo_run(text, run)
    return text


def locate(log: Sequence[Change]) -> list[int]:
    """Return, for each change, the offset in the *input* where it applies.

    A change inside text that an earlier change rewrote maps to the start of
    that earlier change.
    """
    all_runs = list(runs(log))
    tables = [_table(run) for run in all_runs]
    located: list[int] = []
    for r, run in enumerate(all_runs):
        shift = 0
        for ch in run:
            pos = ch.start - shift  # run-input coordinates
            shift += ch.delta
            for table in reversed(tables[:r]):
                pos = _back(pos, table)
            located.append(pos)
    return located


def input_offsets(log: Sequence[Change], positions: Sequence[int]) -> list[int]:
    """Map offsets in the text ``log`` produced back to offsets in its input.

    An offset inside text that a change rewrote maps to the start of that
    change. The log's tables are built once for all ``positions``.

    >>> log = [Change("W102", "trailing-whitespace", 1, 3, "  ", "")]
    >>> input_offsets(log, [0, 2, 3])
    [0, 4, 5]
    """
    tables = [_table(run) for run in runs(log)]
    located = []
    for pos in positions:
        for table in reversed(tables):
            pos = _back(pos, table)
        located.append(pos)
    return located


_Table = tuple[list[int], list[int], list[int], list[int]]


def _table(run: Sequence[Change]) -> _Table:
    """A run's starts in its output, with the matching input starts, output ends and total shifts."""
    outs, ins, ends, shifts = [], [], [], []
    shift = 0
    for ch in run:
        outs.append(ch.start)
        ins.append(ch.start - shift)
        ends.append(ch.start + len(ch.after))
        shift += len(ch.after) - len(ch.before)
        shifts.append(shift)
    return outs, ins, ends, shifts


def _back(pos: int, table: _Table) -> int:
    """Offset ``pos`` in a run's output, in the run's input."""
    outs, ins, ends, shifts = table
    i = bisect_right(outs, pos) - 1
    if i < 0:
        return pos
    if pos >= ends[i]:
        return pos - shifts[i]
    return ins[i]


def to_json(change: Change, **extra: object) -> str:
    """Serialise one change as a JSON object (one line of a ``--log`` file)."""
    return json.dumps({**extra, **asdict(change)}, ensure_ascii=False)


def from_json(line: str) -> Change:
    """Read back one line written by :func:`to_json` (extra keys are ignored)."""
    data = json.loads(line)
    fields = Change.__dataclass_fields__
    return Change(**{k: v for k, v in data.items() if k in fields})
