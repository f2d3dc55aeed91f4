"""Rows of input -> expected output for the encoding, character and whitespace rules.

Each row runs one rule alone (``clean(text, config=code)``). Negative rows
(expected is None) must come out unchanged.
"""

from __future__ import annotations

import pytest

from cleaner import check_invariants, clean

ROWS = [
    # W101 line-ending
    ("W101", "a\r\nb\r\n", "a\nb\n"),
    ("W101", "a\rb", "a\nb"),
    ("W101", "a\r\r\nb", "a\n\nb"),
    ("W101", "a\nb\n", None),
    # W102 trailing-whitespace
    ("W102", "a  \nb\t\n", "a\nb\n"),
    ("W102", "a \r\nb", "a\r\nb"),
    ("W102", "end\u3000", "end"),
    ("W102", "  indented\n\tkept", None),
    ("W102", "a b\nc", None),
    # W103 blank-lines
    ("W103", "a\n\n\nb", "a\n\nb"),
    ("W103", "\n\na\n", "a\n"),
    ("W103", "a\n\n\n", "a\n"),
    ("W103", "a\r\n\r\n\r\n\r\nb", "a\r\n\r\nb"),
    ("W103", "a\n  \n \nb", "a\n  \nb"),
    ("W103", "a\n\nb\n", None),
    ("W103", "a\nb", None),
    # C101 html-entity
    ("C101", "fish &amp; chips", "fish & chips"),
    ("C101", "it&#8217;s &#x2014; ok", "it’s — ok"),
    ("C101", "&amp;amp;lt;", "<"),
    ("C101", "&#38;amp; twice", "& twice"),
    ("C101", "&eacute;t&eacute;", "été"),
    ("C101", "AT&T and R&D", None),
    ("C101", "a &nosuchentity; b", None),
    ("C101", "no semicolon &amp here", None),
    ("C101", "<p class='x'>Tom &amp; Jerry</p>", None),
    ("C101", "null &#0; and control &#1;", None),
    # E101 latin-mojibake
    ("E101", "cafÃ©", "café"),
    ("E101", "Itâ€™s â€œquotedâ€\x9d", "It’s “quoted”"),
    ("E101", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "привет"),
    (
        "E101",
        "conseille g√¢teaux et baies pour un r√©gime √©quilibr√©",
        "conseille gâteaux et baies pour un régime équilibré",
    ),
    ("E101", "“Curly” quotes — and an em dash", None),
    ("E101", "ﬁnancial ＦＵＬＬ width", None),
    ("E101", "Москва and 北京 and Αθήνα", None),
    ("E101", "Ã la carte", "à la carte"),
    ("E101", "Ã\x83Â©tÃ\x83Â©", "été"),
    # C102 control-character
    ("C102", "it\x92s", "it’s"),
    ("C102", "a\x00b\x1fc", "abc"),
    ("C102", "\x1b[31mred\x1b[0m", "red"),
    ("C102", "page\x0cbreak", "page\nbreak"),
    ("C102", "undefined \x81 byte", "undefined  byte"),
    ("C102", "tab\tand\r\nnewlines\n", None),
    # C103 invisible-character
    ("C103", "zero\u200bwidth", "zerowidth"),
    ("C103", "mid\ufefftext", "midtext"),
    ("C103", "ascii\u200cjoiner", "asciijoiner"),
    ("C103", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", None),
    ("C103", "\U0001f469\u200d\U0001f4bb", None),
    ("C103", "\u200e left-to-right mark stays", None),
]


@pytest.mark.parametrize(("code", "text", "expected"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_rule_rows(code, text, expected):
    result = clean(text, config=code)
    assert result.text == (text if expected is None else expected)
    assert all(c.code == code for c in result.changes)
    check_invariants(text, result, code)
    check_invariants(text, clean(text))  # and the whole default chain


def test_clear_caches_empties_them_and_changes_no_result():
    from cleaner.rules import clear_caches, encoding
    from cleaner.rules.noise import lines

    text = "Russia鈥檚 “union state”\nThe cafÃ© is open.\nMost analysts doubt that he wants it.\nLeave a Reply\n"
    warm = clean(text)
    assert encoding._memo and lines._cached_evidence.cache_info().currsize
    clear_caches()
    assert not encoding._memo and lines._cached_evidence.cache_info().currsize == 0
    assert clean(text) == warm
