"""Reading a document as mojibake: which lines, under which codec, in which form.

A line is a *hypothesis* per codec that explains it: the pieces that change
when its bytes are read back as UTF-8 (:mod:`.repair`), and how much less
weird the line gets. The codecs are ranked per document, from its first lines
that look like mojibake, and so is the form of damage: bytes dropped
(errors='ignore'), U+FFFD (errors='replace') or ``?``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from cleaner.rules.base import from_fields
from cleaner.rules.cjk import scoring
from cleaner.rules.cjk.repair import Piece, decodes_back, solve_cores, word_cores
from cleaner.rules.cjk.tables import CODECS, ENCODE, REACH, SIBLING, to_bytes

# A word: a maximal run of characters from U+0030 up with a non-ASCII one in it.
# It starts only where a run starts, and its ASCII head is never given back, so
# a long ASCII run costs one pass (not one attempt per position).
_WORD = re.compile(r"(?<![^\x00-\x2f])[\x30-\x7f]*+[^\x00-\x7f][^\x00-\x2f]*")
_ZONE = re.compile(r"[\udc80-\udcff]+")
# What a damaged sequence looks like once the line's bytes are read as UTF-8
# (undecodable bytes as surrogates, gaps as \udcff): with bytes dropped, a
# lead byte that lost its tail; with gaps, leads, continuations and gaps.
_DROPPED = re.compile(r"[\udcc2-\udcdf]|[\udce0-\udcef][\udc80-\udcbf]?|[\udcf0-\udcf4][\udc80-\udcbf]{0,2}")
# (or, longer, a run of one three-byte sign: ……… read as Big5 with U+FFFD, see candidates.fill)
_MARKED = re.compile(
    r"(?:[\udce2\udcff][\udc80-\udcbf\udcff]{2}){4,}+|(?:[\udcc2-\udcf4\udcff][\udc80-\udcbf\udcff]{1,3}){1,3}"
)
# Two-byte letters side by side that each kept only their lead (zamkną + ć read as cp932),
# perhaps before a three-byte sign that lost its tail (Historią”), are read only in a
# document known to be mojibake: genuine CJK text read back as UTF-8 is full of such runs.
# (Runs of three-byte sequences, CJK text that went through the same accident, are not:
# their candidates are too many to weigh; except a run of punctuation, as each copy of one
# sign lost the same byte and the last perhaps its tail: ……… read as GBK is E2 [80] A6 E2 [80] A6 E2.)
_SIGNS = r"\udce2[\udc80-\udcbf](?:\udce2[\udc80-\udcbf])++\udce2?|\udce2[\udc80-\udcbf]\udce2"
_DROPPED_RUN = re.compile(rf"[\udcc2-\udcdf]{{1,2}}(?:{_DROPPED.pattern})?|{_SIGNS}|{_DROPPED.pattern}")
# Text in which every zone (maximal run of undecodable bytes) is one damaged sequence as
# _DROPPED describes (or a run of them, _DROPPED_RUN), or a run of _MARKED ones with a gap
# in it: one pass of the regex engine per text, run by run.
_S = r"[\udc80-\udcff]"
_GOOD_ZONES = {
    _DROPPED: re.compile(rf"(?:[^\udc80-\udcff]++|(?:{_DROPPED.pattern})(?!{_S}))*+"),
    _DROPPED_RUN: re.compile(rf"(?:[^\udc80-\udcff]++|(?:{_DROPPED_RUN.pattern})(?!{_S}))*+"),
    _MARKED: re.compile(rf"(?:[^\udc80-\udcff]++|(?={_S}*?\udcff)(?:{_MARKED.pattern})(?!{_S}))*+"),
}
SAMPLE = 3  # lines read under every codec to rank the codecs for a document

Line = tuple[int, int, str]  # (index of the line in the document, offset, text)


class Hypothesis(NamedTuple):
    """One way to read a line as mojibake."""

    codec: str
    mode: str  # "ignore", "replace" or "question"
    pieces: tuple[Piece, ...]
    gain: float  # weirdness of the line minus that of its draft repair
    before: float  # weirdness of the line
    borrowed: bool = False  # guesses made under another codec that gives the same bytes
    draft: str = ""  # the line with every piece at its most likely reading


_hypothesis = from_fields(Hypothesis)
_INFERRED = itemgetter(3)  # Piece.inferred


def prefilter(lines: list[Line], runs: bool = False) -> dict[int, list[str]]:
    """For each candidate line (by index), the codecs under which it may be mojibake.

    The candidate lines are encoded together once per codec (U+FFFD becomes
    ``?``) and read as UTF-8; a line survives when all its characters could
    come from the codec and (unless it has U+FFFD or '?') every undecodable
    run in it is a lead byte that lost its tail (with ``runs``: or several in
    a row, see :meth:`Reading.add_runs`). (Both steps work character
    by character and a line break is ASCII, so joining the lines changes
    nothing in any of them.)
    This is only a filter: :func:`_plausible` decides with the exact tables.
    """
    found: dict[int, list[str]] = {i: [] for i, _, _ in lines}
    marks = [(i, line, line.count("?") + line.count("\ufffd"), "\ufffd" in line or "?" in line) for i, _, line in lines]
    marked = "\n".join(line for _, _, line in lines).replace("\ufffd", "?")  # GB18030 could encode U+FFFD itself
    passed_by: dict[tuple[int, int], list[int]] = {}  # codecs of one family usually give the same text: judge it once
    plain = marked.encode("ascii") if marked.isascii() else None  # every codec here encodes ASCII as itself
    grammar = _DROPPED_RUN if runs else _DROPPED
    for codec in CODECS:
        raw = plain if plain is not None else ENCODE[codec](marked, "replace")[0]
        key = (len(raw), hash(raw))  # the texts are not kept (a false match needs equal length and 64-bit hash)
        passed = passed_by.get(key)
        if passed is None:
            decoded = raw.decode("utf-8", "surrogateescape").split("\n")
            passed = passed_by[key] = [
                i
                for (i, line, questions, gaps), seen in zip(marks, decoded)
                if seen.count("?") == questions  # no unencodable character
                and seen != line
                and (gaps or _runs_match(seen, grammar))  # a '?' that stands for a gap breaks runs
            ]
        for i in passed:
            found[i].append(codec)
    return found


def _runs_match(text: str, grammar: re.Pattern) -> bool:
    r"""Every run of undecodable bytes in ``text`` is a damaged sequence as ``grammar`` describes it.

    >>> _runs_match("level\udce2\udc80 emanating", _DROPPED), _runs_match("\udcba\udcc4\udce3\udcc3", _DROPPED)
    (True, False)
    """
    return _GOOD_ZONES[grammar].fullmatch(text) is not None


@lru_cache(maxsize=1024)
def _plausible(line: str, codec: str, question: bool, runs: bool = False) -> bytes | None:
    """The line's bytes under ``codec`` if they are UTF-8 apart from damaged sequences, else None.

    With ``question``, a ``?`` next to a damaged sequence may stand for a lost byte;
    with ``runs``, several damaged sequences may stand in a row (bytes dropped).
    """
    data = to_bytes(line, codec)
    return data if data is not None and _readable(data, question and "?" in line, runs) else None


@lru_cache(maxsize=1024)
def _readable(data: bytes, question: bool, runs: bool = False) -> bool:
    """:func:`_plausible` for the bytes (codecs often give a line the same bytes: judged once)."""
    text = data.decode("utf-8", "surrogateescape")
    if _runs_match(text, _MARKED if "\udcff" in text else _DROPPED_RUN if runs else _DROPPED):
        return True
    if question:
        gaps = data.replace(b"?", b"\xff").decode("utf-8", "surrogateescape")
        return all(_MARKED.fullmatch(z) or not z.strip("\udcff") for z in _ZONE.findall(gaps))
    return False


@lru_cache(maxsize=1024)
def _solve_line(line: str, codec: str, mode: str) -> tuple[Piece, ...] | None:
    """The pieces of ``line``, word by word (a line is read again when the document's form is known)."""
    return solve_cores(_cores(line, REACH[codec]), codec, mode)


@lru_cache(maxsize=256)
def _cores(line: str, reach: int) -> tuple[tuple[int, str], ...]:
    """The cores of the words of ``line`` with their offsets (the same for every codec of one ``REACH``)."""
    found = []
    for start, word in _words(line):
        found += [(start + shift, core) for shift, core in word_cores(word, reach)]
    return tuple(found)


@lru_cache(maxsize=256)
def _words(line: str) -> tuple[tuple[int, str], ...]:
    """The words of ``line`` with their offsets (found once for both values of ``REACH``)."""
    return tuple([(m.start(), m.group()) for m in _WORD.finditer(line)])


def clear_caches() -> None:
    """Forget the lines read so far."""
    for fn in (_plausible, _readable, _solve_line, _cores, _words):
        fn.cache_clear()


def _draft(line: str, pieces: tuple[Piece, ...]) -> str:
    parts, pos = [], 0
    for p in pieces:
        parts += (line[pos : p.start], p.options[0].text)
        pos = p.end
    parts.append(line[pos:])
    return "".join(parts)


def _hypotheses(
    line: str, codecs: list[str], question: bool, first: bool = False, runs: bool = False
) -> tuple[list[Hypothesis], int]:
    """The ways ``line`` reads as mojibake, one per codec, and how many codecs were tried.

    With ``first``, stop at the first codec that makes the line less weird; with
    ``runs``, damaged sequences may stand several in a row (see :meth:`Reading.add_runs`).
    """
    if "\ufffd" in line:
        modes: tuple[str, ...] = ("replace",)
    elif "?" in line:  # a '?' may stand for a lost byte: first choice in a document that does so
        modes = ("question", "ignore") if question else ("ignore", "question")
    else:
        modes = ("ignore",)
    found: list[Hypothesis] = []
    solved: dict[bytes, tuple[Hypothesis, bool]] = {}  # and whether a guess is borrowed with it
    gaps = "question" in modes
    shared = line.replace("\ufffd", "").isascii()  # ASCII and U+FFFD: the same bytes in every codec
    data = None
    for n, codec in enumerate(codecs, 1):
        if n == 1 or not shared:
            data = _plausible(line, codec, gaps, runs)
        if data is None:
            continue
        if data in solved:  # the same bytes: the same reading, if its draft decodes the same way
            same, borrowed = solved[data]
            if decodes_back(same.draft, line, codec, same.mode):
                found.append(_hypothesis((codec, same.mode, same.pieces, same.gain, same.before, borrowed, same.draft)))
        else:
            for mode in modes:
                pieces = _solve_line(line, codec, mode)
                if pieces:
                    before = found[0].before if found else scoring.weirdness(line)
                    draft = _draft(line, pieces)
                    gain = before - scoring.weirdness(draft)
                    hyp = _hypothesis((codec, mode, pieces, gain, before, False, draft))
                    solved[data] = hyp, any(map(_INFERRED, pieces))
                    found.append(hyp)
                    break
        if first and found and found[-1].gain > 0:
            return found, n
    return found, len(codecs)


class Reading:
    """A document read as mojibake: the codecs ranked, the form of damage, hypotheses per line.

    The first lines that look like mojibake are read under every codec they
    may come from; the document's ranking of codecs (and whether lost bytes
    became '?') is decided from them. Later lines are read under the codecs in
    that order, only as far as needed (:meth:`candidates`).
    """

    def __init__(self, lines: list[Line], codecs: dict[int, list[str]], runs: bool = False) -> None:
        self.text = {i: line for i, _, line in lines}
        self.codecs = codecs
        self.hyps: dict[int, list[Hypothesis]] = {}
        self.tried: dict[int, int] = {}  # how many of the line's ordered codecs were read
        self.order: dict[int, list[str]] = {}
        self.question = False
        gains = dict.fromkeys(CODECS, 0.0)
        decided = False
        evidence = 0
        for n, (i, _, line) in enumerate(lines):
            # most gain first; a line's codecs come in CODECS order and the sort is stable (reverse too)
            self.order[i] = sorted(codecs[i], key=gains.__getitem__, reverse=True)
            self.hyps[i], self.tried[i] = _hypotheses(line, self.order[i], self.question, first=decided, runs=runs)
            evidence += any(h.gain > 0 for h in self.hyps[i])
            for h in self.hyps[i]:
                gains[h.codec] += max(h.gain, 0.0)
            if not decided and (evidence >= SAMPLE or n == len(lines) - 1):
                sample = lines[: n + 1]
                verdict = _question_marks(sample, self.hyps, final=n == len(lines) - 1)
                if verdict is None:
                    continue  # too few bytes were lost so far (é read as cp932 keeps both): the next lines tell
                decided = True
                if verdict:  # lost bytes were written as '?': read them so
                    self.question = True
                    gains = dict.fromkeys(CODECS, 0.0)
                    for j, _, ln in sample:
                        if "?" in ln:
                            self.hyps[j], self.tried[j] = _hypotheses(ln, self.order[j], True)
                        for h in self.hyps[j]:
                            gains[h.codec] += max(h.gain, 0.0)
        self.ranking = sorted((c for c in gains if gains[c] > 0), key=lambda c: (-gains[c], CODECS.index(c)))
        rank = {c: n for n, c in enumerate(self.ranking)}
        self._order = {c: (rank.get(c, len(rank)), n) for n, c in enumerate(CODECS)}  # ranked codecs first
        self.runs: set[int] = set(self.text) if runs else set()  # lines read with damaged sequences in a row

    def add_runs(self, lines: list[Line]) -> list[Line]:
        """Take in those of ``lines`` (left out so far) that the document's codec reads as mojibake with
        damaged sequences in a row, and return them.

        With bytes dropped, two letters side by side may each keep only their
        lead byte (``zamknﾄﾄ`` was ``zamknąć`` read as cp932). Such runs are
        read only under the codec the document's other lines decided on, or its sibling, which reads the
        same bytes with another decoder (Shift-JIS drops the A0 of a no-break space, cp932 reads it).
        """
        codecs = [c for c in (self.ranking[0], SIBLING.get(self.ranking[0])) if c in self.ranking]
        added = []
        for entry in lines:
            i, _, line = entry
            fit = [c for c in codecs if _plausible(line, c, self.question, True) is not None]
            if fit:
                added.append(entry)
                self.text[i] = line
                self.codecs[i] = fit
                self.order[i] = list(fit)
                self.hyps[i], self.tried[i] = [], 0
                self.runs.add(i)
        return added

    def candidates(self, i: int) -> Iterator[Hypothesis]:
        """The hypotheses for line ``i``, best-ranked codec first, read as they are asked for."""
        order = sorted(self.codecs[i], key=self._order.__getitem__)
        for codec in order:
            known = [h for h in self.hyps[i] if h.codec == codec]
            if (not known and codec in self.order[i][self.tried[i] :]) or any(h.borrowed for h in known):
                # read it now, under this codec itself (its decoder decides which guesses hold)
                self.hyps[i] = [h for h in self.hyps[i] if h.codec != codec]
                known, _ = _hypotheses(self.text[i], [codec], self.question, runs=i in self.runs)
                self.hyps[i] += known
            yield from known


def _question_marks(lines: list[Line], hyps: dict[int, list[Hypothesis]], final: bool = False) -> bool | None:
    """True when (nearly) all slots read with bytes dropped are followed by a '?' that stood for them (None: no
    slot, or only one and more lines to come). French puts a space before '?': with bytes dropped, many slots
    of a French text are followed by one."""
    slots = marked = 0
    for i, _, line in lines:
        for h in hyps[i][:1]:
            for p in h.pieces:
                if p.inferred:
                    slots += 1
                    marked += h.mode == "question" or line[p.end : p.end + 1] == "?"
    if slots < (1 if final else 2):
        return None
    return marked >= 1 and 10 * marked >= 9 * slots
