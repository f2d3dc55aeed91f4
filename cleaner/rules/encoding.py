"""Latin mojibake: UTF-8 decoded with a single-byte codec, repaired with ftfy."""

from __future__ import annotations

import difflib
import functools
import re

import ftfy
from ftfy.chardata import CHARMAP_ENCODINGS

from cleaner.rules.base import Context, Edit

_LINE = re.compile(r"[^\r\n]+")
_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]+")
_LOSSLESS_STEPS = {"encode", "decode"}
_SPACED_LEADS = (0xE0, 0xE1, 0xE2, 0xE3, 0xF0)  # leads after which ftfy puts back a no-break space
_LOSSY = frozenset(" ?\ufffd\x1a")  # what may stand for a byte of a sequence: a space (a no-break space) ...
_LOST = _LOSSY - {" "}  # ... or a mark of a lost byte


def _chars(codec: str, byte_values) -> set[str]:
    """The characters these bytes decode to in ``codec``."""
    found = set()
    for b in byte_values:
        try:
            found.add(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            pass
    return found


def _cls(chars: set[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _gate() -> tuple[re.Pattern[str], tuple[tuple[dict[str, int], frozenset[str], bool], ...], frozenset[str]]:
    """A cheap test every line ftfy could repair passes, and what each codec's bytes are.

    Text that ftfy can re-decode as UTF-8 holds a whole UTF-8 sequence as
    decoded by one single-byte codec (a lead byte and as many continuation
    bytes as it announces, any of them possibly lost: a space that was a
    no-break space after the leads E0–E3 and F0, ``?``, ``�`` or U+001A), or
    one of the damaged forms ftfy restores: a lead byte followed by a lost
    byte, or by a space that was a no-break space. Stray C1 controls are the
    other thing ftfy fixes. The regex finds a lead and its next character for
    the union of the codecs (one fast scan); :func:`_needs` then says, for a
    lead + continuation pair, under which codecs it is one (a curly quote and
    a dash are a lead and a continuation only in two different codecs), from
    each codec's table of the bytes its characters stand for; the returned
    set holds the lead and continuation around a space that one codec makes.
    Cyrillic and Greek text is full of such pairs (``ві`` is E2 B3 in
    windows-1251) but seldom of whole three-byte sequences. (ftfy never puts
    back a no-break space in MacRoman text, where an en dash is byte D0.)
    """
    leads, leads2, conts, spaced2, spaced3, around_space = set(), set(), set(), set(), set(), set()
    tables = []
    for codec in CHARMAP_ENCODINGS:
        byte_of = {}
        for byte in range(0x80, 0x100):
            for char in _chars(codec, (byte,)):
                byte_of[char] = byte
        cont = frozenset(_chars(codec, range(0x80, 0xC0)))
        conts |= cont
        leads |= _chars(codec, range(0xC2, 0xF5))
        leads2 |= _chars(codec, range(0xC2, 0xE0))
        a0 = codec != "macroman"  # ftfy restores a no-break space in every other codec
        tables.append((byte_of, cont, a0))
        if a0:
            spaced2 |= _chars(codec, (0xC2, 0xC3, 0xC5, 0xCE, 0xD0, 0xD9))
            lead3 = _chars(codec, _SPACED_LEADS)
            spaced3 |= lead3
            around_space |= {a + b for a in lead3 for b in cont}
    c1 = set(map(chr, range(0x80, 0xA0)))
    # One character class first (the regex engine then scans for it quickly);
    # lookbehinds then say which form the hit is. A pair whose lead starts a
    # two-byte sequence in no codec needs one more character that a codec
    # could have made of the next byte (continuation, lost byte or space):
    # Cyrillic text is full of pairs that fail there (``ві`` + a letter).
    pattern = (
        f"{_cls(leads | spaced2 | spaced3 | c1)}"
        f"(?:(?<={_cls(leads)})(?:{_cls(conts)}(?:(?<={_cls(leads2)}.)|(?={_cls(conts | _LOSSY)}))|{_cls(_LOST)})"
        f"|(?<={_cls(spaced2)}) |(?<={_cls(spaced3)}) {_cls(conts)}|(?<=[\x80-\x9f]))"
    )
    return re.compile(pattern), tuple(tables), frozenset(around_space)


_SUSPECT, _TABLES, _AROUND_SPACE = _gate()


@functools.lru_cache(maxsize=4096)
def _needs(pair: str) -> tuple[tuple[frozenset[str], int, bool], ...]:
    """For a lead + continuation pair: per codec that makes it one, its continuations, how many more, and
    whether a space may stand for one of them."""
    found = []
    for byte_of, conts, a0 in _TABLES:
        lead = byte_of.get(pair[0], 0)
        if 0xC2 <= lead <= 0xF4 and pair[1] in conts:
            more = 0 if lead <= 0xDF else 1 if lead <= 0xEF else 2
            spaced = a0 and lead in _SPACED_LEADS
            found.append((conts, more, spaced))
    return tuple(found)


def _suspect(text: str, pos: int = 0) -> re.Match[str] | None:
    """The next gate hit at or after ``pos`` that one codec could have made."""
    while (hit := _SUSPECT.search(text, pos)) is not None:
        found = hit.group()
        if len(found) == 1 or (found[0] + found[2] in _AROUND_SPACE if len(found) == 3 else _pair(text, hit)):
            return hit
        pos = hit.start() + 1  # not a sequence in any one codec; look again one character on
    return None


def _pair(text: str, hit: re.Match[str]) -> bool:
    """A two-character hit: a lead before a lost byte or a space, or the start of a whole sequence."""
    found = hit.group()
    return found[1] in _LOSSY or _whole(text, hit.end(), _needs(found))


def _whole(text: str, at: int, needs: tuple[tuple[frozenset[str], int, bool], ...]) -> bool:
    """A lead + continuation pair ending at ``at`` goes on with the continuations one of its codecs needs."""
    for conts, more, spaced in needs:
        tail = text[at : at + more]
        if len(tail) == more and all(c in conts or c in _LOST or (spaced and c == " ") for c in tail):
            return True
    return False


def _explain(plan: list) -> tuple[float, str]:
    steps = ", ".join(f"{step} {arg}" for step, arg in plan)
    lossless = all(step in _LOSSLESS_STEPS for step, _ in plan)
    return (1.0 if lossless else 0.9), f"ftfy: {steps}"


def _aligned(old: str, new: str) -> list[tuple[int, int, str]] | None:
    """Pair up non-ASCII runs when the ASCII between them did not change (the usual case)."""
    a, b = _RUNS.findall(old), _RUNS.findall(new)
    if len(a) != len(b):
        return None
    spans, pos = [], 0
    for x, y in zip(a, b, strict=True):
        if x != y:
            if x.isascii() or y.isascii():
                return None
            spans.append((pos, pos + len(x), y))
        pos += len(x)
    return spans


def _diffed(old: str, new: str) -> list[tuple[int, int, str]]:
    """Smallest edits by sequence matching; edits one character apart are merged."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    spans: list[list] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if spans and i1 - spans[-1][1] <= 1:
            spans[-1][1], spans[-1][3] = i2, j2
        else:
            spans.append([i1, i2, j1, j2])
    return [(i1, i2, new[j1:j2]) for i1, i2, j1, j2 in spans]


MEMO_SIZE = 1024  # lines whose repair is remembered (the chain's second pass, lines that recur) ...
MEMO_MAX_CHARS = 1000  # ... if they are at most this long
_memo: dict[str, tuple[str, list]] = {}


def _fix(line: str) -> tuple[str, list]:
    """``ftfy.fix_encoding_and_explain(line)`` as text and plan, remembered for the lines seen last.

    Its first step is ftfy's own ``is_bad`` check, so a line that is not bad
    comes back unchanged. ftfy repeats its steps until one changes nothing,
    so a repaired line is known to stay as it is: it is remembered too, and
    the chain's next pass over the repaired text costs a look-up.
    """
    hit = _memo.get(line)
    if hit is not None:
        return hit
    fixed, plan = ftfy.fix_encoding_and_explain(line)
    if len(line) <= MEMO_MAX_CHARS:
        if len(_memo) >= MEMO_SIZE:
            _memo.clear()  # bounded: start again rather than track the oldest
        _memo[line] = (fixed, plan)
        _memo[fixed] = (fixed, [])
    return fixed, plan


def clear_caches() -> None:
    """Forget the lines and character pairs judged so far."""
    _needs.cache_clear()
    _memo.clear()


def latin_mojibake(text: str, ctx: Context) -> list[Edit]:
    """Repair UTF-8 that was decoded as Windows-1252, Latin-1, MacRoman and similar codecs.

    ``cafÃ©`` was ``café`` before its UTF-8 bytes were read one byte per
    character. ftfy finds such lines and re-encodes them; each line is fixed
    on its own and the change notes ftfy's plan (the codecs it went through).
    Only the encoding is fixed: curly quotes, full-width characters,
    ligatures and line breaks are kept as they are. Confidence is 1.0 when
    the plan only re-encodes and 0.9 when it had to guess lost bytes.

    >>> from cleaner import clean
    >>> clean("The cafÃ© serves crÃ¨me brÃ»lÃ©e.", config="E101").text
    'The café serves crème brûlée.'
    """
    if text.isascii():
        return []
    edits: list[Edit] = []
    hit = _suspect(text)
    while hit is not None:
        line_start = max(text.rfind("\n", 0, hit.start()), text.rfind("\r", 0, hit.start())) + 1
        line = _LINE.match(text, line_start)
        hit = _suspect(text, line.end())  # next suspect line
        fixed, plan = _fix(line.group())
        if fixed == line.group():
            continue
        confidence, note = _explain(plan)
        spans = _aligned(line.group(), fixed) or _diffed(line.group(), fixed)
        edits += [Edit(line.start() + i, line.start() + j, after, confidence, note) for i, j, after in spans]
    return edits
