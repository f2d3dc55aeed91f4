"""JSON-lines records: only the text field (and the log field) may change."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.records import clean_line, clean_record, clean_records, value_span


@pytest.mark.parametrize(
    ("raw", "path", "expected"),
    [
        ('{"text": "a"}', "text", '"a"'),
        ('{ "a" : 1 , "text" : "x\\"y" }', "text", '"x\\"y"'),
        ('{"m": {"text": [1, {"q": 2}]}, "text": 3}', "m.text", '[1, {"q": 2}]'),
        ('{"te\\u0078t": "escaped key"}', "text", '"escaped key"'),
        ('{"text": 1, "text": 2}', "text", "2"),
        ('{"a": {"b": 1}}', "a.c", None),
        ('{"a": 1}', "a.b", None),
        ("{}", "text", None),
    ],
)
def test_value_span(raw, path, expected):
    span = value_span(raw, path)
    assert (raw[span[0] : span[1]] if span else None) == expected


def test_unchanged_record_is_the_same_text():
    line = '{"id": 1, "text": "fine", "n": 1.50e3}'
    assert clean_line(line).line is line


def test_changed_record_differs_only_in_text_and_log():
    line = '{"id": "a", "meta": {"n": 1.50, "list": [1, "é", null]}, "text": "x &amp; y  ", "z": "\\u00e9"}'
    out = clean_line(line, log_field="cleaner_log")
    before, after = json.loads(line), json.loads(out.line)
    assert after["text"] == "x & y"
    assert [c["code"] for c in after["cleaner_log"]] == ["C101", "W102"]
    del after["cleaner_log"]
    after["text"] = before["text"]
    assert after == before
    assert out.line.startswith('{"id": "a", "meta": {"n": 1.50, "list": [1, "é", null]}, "text": ')
    assert out.line.endswith(
        ', "z": "\\u00e9", "cleaner_log": ' + json.dumps(json.loads(out.line)["cleaner_log"]) + "}"
    )


def test_escape_style_is_kept():
    escaped = clean_line('{"text": "caf\\u00c3\\u00a9"}', log_field=None).line
    literal = clean_line('{"text": "cafÃ©"}', log_field=None).line
    assert (escaped, literal) == ('{"text": "caf\\u00e9"}', '{"text": "café"}')


def test_compact_records_stay_compact_and_log_field_is_replaced():
    once = clean_line('{"text":"a  "}').line
    assert (
        once
        == '{"text":"a","cleaner_log":[{"code":"W102","name":"trailing-whitespace","start":1,"end":3,"before":"  ","after":"","confidence":1.0,"note":""}]}'
    )
    again = clean_line(once.replace('"a"', '"b  "'))
    assert again.line.count("cleaner_log") == 1


@pytest.mark.parametrize(
    ("line", "field"),
    [("not json", "error"), ("[1, 2]", "error"), ('{"text": 5}', "skipped"), ('{"id": 1}', "skipped")],
)
def test_bad_lines_pass_through(line, field):
    out = clean_line(line)
    assert out.line == line and getattr(out, field)


def test_nested_text_field_and_dict_api():
    out = clean_line('{"doc": {"body": "x\\u200by"}}', "doc.body", log_field=None)
    assert json.loads(out.line) == {"doc": {"body": "xy"}}
    record = {"id": 9, "doc": {"body": "a &amp; b", "lang": "en"}}
    cleaned, result = clean_record(record, "doc.body")
    assert cleaned["doc"] == {"body": "a & b", "lang": "en"} and record["doc"]["body"] == "a &amp; b"
    assert [c["code"] for c in cleaned["cleaner_log"]] == ["C101"] and result.changed
    assert list(clean_records([{"text": "ok"}, {"text": "x "}], log_field=None)) == [{"text": "ok"}, {"text": "x"}]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.text(max_size=6).filter(lambda k: k != "text"), json_values, max_size=4),
    st.text(alphabet="ab &amp;\u200b\n é", max_size=20),
    st.booleans(),
)
def test_hypothesis_only_text_and_log_change(fields, text, ascii_):
    record = {**fields, "text": text}
    line = json.dumps(record, ensure_ascii=ascii_)
    out = clean_line(line, log_field="cleaner_log")
    after = json.loads(out.line)
    log = after.pop("cleaner_log", None)
    assert (log is None) == (out.line == line)
    assert after.pop("text") == out.result.text
    assert after == fields
