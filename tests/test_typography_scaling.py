"""The typography rules (T) stay linear in the length of a document.

No timings: the tests count the calls of a rule's per-finding work or of a
document-level analysis, or the characters a rule reads through the
document's own ``str`` methods, on documents with many findings, and check
that they grow with the length of the document, not with its square.
"""

from __future__ import annotations

import unicodedata

import pytest

from cleaner.rules.base import Context
from cleaner.rules.typography import characters, periods


def _counting(monkeypatch, module, name):
    calls = []
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)
    return calls


# --- T101: only the pieces that are not in NFC are searched --------------------------


def test_composition_checks_only_clusters_of_pieces_not_in_nfc(monkeypatch):
    calls = _counting(monkeypatch, characters, "_composed")
    legit = "Ударе́ние на сло́ге, ñ and q\u0307 stay. " * 500  # NFC: these marks have no composed form
    for copies in (1, 4):
        calls.clear()
        text = legit * copies + "Cafe\u0301.\n" + legit * copies
        edits = characters.unicode_composition(text, Context())
        assert [(text[e.start : e.end], e.after) for e in edits] == [("e\u0301", "é")]
        assert 1 <= len(calls) <= characters.PIECE // 4  # the marks of one piece (of 3000 * copies)


def test_pieces_cover_the_text_and_cut_before_bases():
    text = "e\u0301\u0323" * 3000 + "x" * 5000
    spans = characters.pieces_not_nfc(text)
    assert spans and all(not unicodedata.is_normalized("NFC", text[a:b]) for a, b in spans)
    assert all(not unicodedata.combining(text[a]) for a, _ in spans)


def _second_elements() -> set[str]:
    """Characters that compose with the one before them (NFC_Quick_Check=Maybe)."""
    found = {chr(c) for c in (*range(0x1161, 0x1176), *range(0x11A8, 0x11C3))}  # Hangul vowels and finals
    for cp in range(0x110000):
        decomposition = unicodedata.decomposition(chr(cp))
        if decomposition and not decomposition.startswith("<"):
            pair = "".join(chr(int(x, 16)) for x in decomposition.split())
            if len(pair) == 2 and unicodedata.normalize("NFC", pair) == chr(cp):
                found.add(pair[1])
    return found


def test_unicode_facts_behind_the_nfc_pieces():
    """What makes a cut before a base safe, checked on this Python's Unicode database.

    A *boundary* character is a starter that composes with nothing before it.
    (1) Every character the composition rule does not treat as a mark
    decomposes to a boundary first. (2) A character that can stand in NFC
    text decomposes to at most one boundary, at its start. So NFC of a text
    is the NFC of its pieces cut before boundaries, piece by piece, and a
    piece in NFC holds no cluster that NFC would change.
    """
    seconds = _second_elements()
    marks = characters._marks()

    def boundary(c: str) -> bool:
        return unicodedata.combining(c) == 0 and c not in seconds

    assert all(marks.fullmatch(c) for c in seconds)
    assert all(marks.fullmatch(chr(cp)) for cp in range(0x110000) if unicodedata.combining(chr(cp)))
    for cp in range(0x110000):
        c = chr(cp)
        if not unicodedata.decomposition(c):
            continue  # decomposes to itself: (1) and (2) follow from the two asserts above
        nfd = unicodedata.normalize("NFD", c)
        if not marks.fullmatch(c):
            assert boundary(nfd[0]), f"U+{cp:04X}"
        if unicodedata.normalize("NFC", c) == c:
            assert not any(map(boundary, nfd[1:])), f"U+{cp:04X}"


# --- T104: the document's list numbers and decimal style are read once ---------------


def test_split_decimal_reads_list_numbers_and_number_style_once(monkeypatch):
    markers = _counting(monkeypatch, periods, "list_markers")
    styles = _counting(monkeypatch, periods, "decimal_separator")
    text = "About 70,000 men came. " + "".join(f"Support rose by 41. {n % 10}% in town {n}.\n" for n in range(400))
    edits = periods.split_decimal(text, Context())
    assert len(edits) == 400
    assert len(markers) == 1 and len(styles) == 1


def test_list_markers_are_numbers_written_on_their_own():
    text = "1. One\n2. Two\n(3. three) v1.4. x, 5. y 2019. 07. The end 10. "
    assert periods.list_markers(text) == {"1", "2", "3", "5", "2019", "07", "10"}


# --- T105: each word is looked up once per document, the lower case made once -------


class _LowerCounted(str):
    """A document that counts how often it is lowered as a whole."""

    lowered = 0

    def lower(self) -> str:
        type(self).lowered += 1
        return super().lower()


def test_split_domain_looks_up_each_word_once(monkeypatch):
    lookups = _counting(monkeypatch, periods, "_used_as_word")
    text = _LowerCounted("".join(f"Read site{n}. com and shop{n}. co. uk today.\n" for n in range(300)))
    _LowerCounted.lowered = 0
    edits = periods.split_domain(text, Context())
    assert len(edits) == 300 * 3  # csmonitor. com: one space; bbc. co. uk: two
    assert sorted(word for _, word in lookups) == ["co", "com", "uk"]
    assert _LowerCounted.lowered == 1


# --- line-local rules: one long line with many findings is read about once ------------


class _Scanned(str):
    """A document that adds up the characters its own ``str`` methods read."""

    read = 0

    def _bounds(self, start, end):
        return slice(start, end).indices(len(self))[:2]

    def count(self, sub, start=None, end=None):
        a, b = self._bounds(start, end)
        _Scanned.read += max(0, b - a)
        return super().count(sub, start, end)

    def find(self, sub, start=None, end=None):
        a, b = self._bounds(start, end)
        at = super().find(sub, start, end)
        _Scanned.read += max(0, (at + len(sub) if at >= 0 else b) - a)
        return at

    def rfind(self, sub, start=None, end=None):
        a, b = self._bounds(start, end)
        at = super().rfind(sub, start, end)
        _Scanned.read += max(0, b - (at if at >= 0 else a))
        return at

    def __contains__(self, sub):
        at = super().find(sub)
        _Scanned.read += at + len(sub) if at >= 0 else len(self)
        return at >= 0


LONG_LINES = [
    # (rule, a piece of a line with one finding; the line repeats it)
    ("closing_quote_space", "“We go, ”he said. "),
    ("guillemet_pair", "the «danger» of drills called»Allied Resolve «are real "),
    ("double_space", "the cat sat on the  mat and it was fine "),
    ("no_break_space", "the\u00a0cat sat "),
    ("missing_space_after", "develop?What"),
]


@pytest.mark.parametrize(("name", "piece"), LONG_LINES)
def test_a_long_line_is_read_about_once(name, piece):
    from cleaner.rules import typography

    rule = getattr(typography, name)
    text = _Scanned(piece * 2000)
    _Scanned.read = 0
    edits = rule(text, Context())
    assert len(edits) >= 1000  # about one per piece
    assert _Scanned.read <= 8 * len(text)  # a few passes, not one per finding


def test_quick_mark_regex_is_the_combining_class():
    import re

    from cleaner.rules.typography.tables import combining_ranges

    everything = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000)
    plain = re.compile(f"[{combining_ranges()}]+")
    assert [m.span() for m in characters._marks().finditer(everything)] == [
        m.span() for m in plain.finditer(everything)
    ]
    bases = re.compile(f"[^{combining_ranges()}]+")
    assert [m.span() for m in re.finditer(f"(?:{characters._base().pattern})+", everything)] == [
        m.span() for m in bases.finditer(everything)
    ]
