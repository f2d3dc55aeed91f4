"""The change log: replay, undo, location, serialisation, loud failure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import Change, LogMismatchError, apply_log, clean, undo_log
from cleaner.changes import from_json, input_offsets, locate, runs, to_json


def ch(start, end, before, after, code="X001"):
    return Change(code, "test", start, end, before, after)


def test_sequential_coordinates_replay_and_undo():
    original = "ab  cd  \nef"
    log = [ch(2, 4, "  ", " "), ch(5, 7, "  ", ""), ch(0, 2, "ab", "AB")]  # two runs
    assert len(list(runs(log))) == 2
    out = apply_log(original, log)
    assert out == "AB cd\nef"
    assert undo_log(out, log) == original


def test_insertions_and_deletions_in_one_run():
    log = [ch(0, 0, "", ">"), ch(2, 3, "b", ""), ch(3, 3, "", "!")]
    assert apply_log("abc", log) == ">ac!"
    assert undo_log(">ac!", log) == "abc"


def test_log_on_wrong_text_fails_loudly():
    log = [ch(0, 3, "abc", "x")]
    with pytest.raises(LogMismatchError, match="expected 'abc'"):
        apply_log("xyz", log)
    with pytest.raises(LogMismatchError, match="undo"):
        undo_log("abc", log)


def test_locate_maps_back_to_input():
    text = "Caf\u00c3\u00a9 &amp; x  \n\n\n\ny"
    result = clean(text)
    positions = locate(result.changes)
    for change, pos in zip(result.changes, positions, strict=True):
        assert text[pos : pos + len(change.before)] == change.before or change.before == ""


def test_json_round_trip():
    change = Change("E101", "latin-mojibake", 3, 5, "Ã©", "é", 0.9, "ftfy")
    line = to_json(change, path="a.txt")
    assert '"path": "a.txt"' in line and "Ã©" in line
    assert from_json(line) == change


@given(st.text(alphabet="ab \n", max_size=30), st.data())
def test_random_runs_replay(text, data):
    # Build a random valid log: a few rounds of ascending, non-overlapping edits.
    log, current = [], text
    for _ in range(data.draw(st.integers(0, 3))):
        cuts = sorted(data.draw(st.lists(st.integers(0, len(current)), max_size=6)))
        pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
        shift, parts, pos = 0, [], 0
        for a, b in pairs:
            after = data.draw(st.text(alphabet="xy\n", max_size=3))
            log.append(ch(a + shift, b + shift, current[a:b], after))
            parts += [current[pos:a], after]
            pos = b
            shift += len(after) - (b - a)
        current = "".join(parts) + current[pos:]
    assert apply_log(text, log) == current
    assert undo_log(current, log) == text
    # an offset in the output maps back as a zero-width change appended to the log would
    positions = data.draw(st.lists(st.integers(0, len(current)), max_size=5))
    probes = [locate([*log, ch(p, p, "", "")])[-1] for p in positions]
    assert input_offsets(log, positions) == probes
