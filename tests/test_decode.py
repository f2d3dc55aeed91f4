"""Bytes to text: BOM first, then strict UTF-8, then detection; binary refused."""

from __future__ import annotations

import codecs

import pytest

from cleaner import BinaryInputError, InputError
from cleaner.io.decode import decode

TEXT = "Grüße, café, Москва — “quoted”\n"


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_bom_wins(bom, codec):
    decoded = decode(bom + TEXT.encode(codec))
    assert decoded.text == TEXT and decoded.method == "bom" and decoded.bom and decoded.transcoded


def test_strict_utf8():
    decoded = decode(TEXT.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.method, decoded.transcoded) == (TEXT, "utf-8", "utf-8", False)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Москва — столица России. Город основан в 1147 году; сегодня в нём живут миллионы людей.\n" * 2, "cp1251"),
        ("Le café était très animé ce soir-là, près du théâtre où l’on joue « Phèdre ».\n" * 3, "cp1252"),
        ("東京は日本の首都であり、世界でも有数の大都市である。人口は約千四百万人。\n" * 2, "shift_jis"),
    ],
)
def test_detection(text, codec):
    decoded = decode(text.encode(codec))
    assert decoded.method == "detected" and decoded.text == text and 0 < decoded.confidence <= 1


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"%PDF-1.7\n", "PDF"),
        (b"abc\x00def", "NUL byte at offset 3"),
        (b"\x1f\x8b\x08", "gzip"),
    ],
)
def test_binary_refused(data, what):
    with pytest.raises(BinaryInputError, match=what):
        decode(data)


def test_forced_encoding():
    assert decode("café".encode("latin-1"), "latin-1").text == "café"
    with pytest.raises(InputError, match="not valid utf-8 at byte 3"):
        decode("café".encode("latin-1"), "utf-8")
    with pytest.raises(InputError, match="unknown encoding 'nope'"):
        decode(b"x", "nope")


def test_log_entry():
    entry = decode(codecs.BOM_UTF8 + b"x").as_log()
    assert entry == {"code": "decode", "encoding": "utf-8", "method": "bom", "confidence": 1.0, "bom": True}
