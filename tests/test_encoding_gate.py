"""E101's gate: a line it lets pass without a look is a line ftfy would leave as it is.

The gate is what keeps E101 cheap (ftfy's own check runs only on lines with
a hit), so it must never skip a line ftfy repairs. The tests draw lines from
real mis-decodings, damaged the ways ftfy knows (a byte lost as ``?``/``�``,
a no-break space turned into a space), and from text that only looks like it
(Cyrillic and Greek words whose letters are lead and continuation bytes).
"""

from __future__ import annotations

import json

import ftfy
import pytest
from ftfy.chardata import CHARMAP_ENCODINGS
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.io.decode import decode
from cleaner.rules.encoding import _suspect

_SOURCE = st.text(
    alphabet=st.sampled_from("aé ü—“”’…€ñçßÄ中😀ΩЖі№ \u00a0"),
    min_size=1,
    max_size=6,
)


def _misread(text: str, codec: str) -> str:
    return text.encode("utf-8").decode(codec, "replace")


def _passes_untouched(line: str) -> bool:
    """The gate finds nothing in the line, so E101 leaves it: ftfy must too."""
    return _suspect(line) is not None or ftfy.fix_encoding(line) == line


@settings(max_examples=400, deadline=None)
@given(_SOURCE, st.sampled_from(CHARMAP_ENCODINGS), st.data())
def test_damaged_mojibake_is_never_skipped(source, codec, data):
    line = _misread(source, codec)
    if line:
        cut = data.draw(st.integers(0, len(line) - 1))
        damage = data.draw(st.sampled_from(["", " ", "?", "\ufffd", "x", line[cut]]))
        line = line[:cut] + damage + line[cut + 1 :]
    assert _passes_untouched(line)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("авінєїВОРЛП αβπίό „’–… ?\ufffdÃÂâ€™"), max_size=10))
def test_look_alike_text(line):
    assert _passes_untouched(line)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("cafÃ©", True),
        ("að ˜€", True),  # a four-byte sequence whose no-break space after the lead became a space
        ("â€œquotedâ€\x9d", True),
        ("voilÃ le travail", True),  # a no-break space byte turned into a space
        ("â€œ like this â€\ufffd", True),  # a lost byte
        ("Україна вітала світ", False),  # в і are a lead and a continuation in windows-1251, but no whole sequence
        ("καλημέρα από την Αθήνα", False),
        ("– a dash, then a space", False),  # en dash is byte D0 only in MacRoman, where ftfy restores no space
    ],
)
def test_gate_rows(line, found):
    assert (_suspect(line) is not None) is found
    assert _passes_untouched(line)


def test_shared_lines(shared):
    """Every line of ftfy's cases and of the legacy-encoding samples that the gate skips, ftfy leaves too."""
    lines = []
    for path in sorted((shared / "corpora" / "ftfy-cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            lines += case["original"].splitlines()
    for path in sorted((shared / "corpora" / "encodings" / "charset_normalizer-data").glob("*.txt")):
        lines += decode(path.read_bytes()).text.splitlines()  # Russian, Greek, Bulgarian, Turkish ... text
    assert len(lines) > 500
    skipped = [line for line in lines if not _passes_untouched(line)]
    assert not skipped
