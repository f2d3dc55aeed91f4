"""The change-log invariants on everything we have: replay, undo, idempotence.

For every input: applying the log to the input gives the output, undoing it
on the output gives the input, and cleaning the output again changes nothing.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import RULES, check_invariants, clean
from cleaner.corpus import LineCounts
from cleaner.io.decode import decode
from cleaner.io.html import html_to_page

ROOT = Path(__file__).resolve().parent.parent


def assert_invariants(text: str) -> None:
    check_invariants(text, clean(text))


@pytest.mark.parametrize("path", sorted((ROOT / "samples").glob("*")), ids=lambda p: p.name)
def test_samples(path):
    assert_invariants(decode(path.read_bytes()).text)


def test_seeds(seeds):
    for name, text in seeds.items():
        assert_invariants(text), name


def test_ftfy_cases(shared):
    files = sorted((shared / "corpora" / "ftfy-cases").glob("*.json"))
    cases = [case for f in files for case in json.loads(f.read_text(encoding="utf-8"))]
    assert len(cases) > 100
    for case in cases:
        assert_invariants(case["original"])


def test_web_pages_with_their_regions(shared):
    """The trafilatura-eval pages as the HTML reader gives them, page regions (B115) and corpus mode included."""
    folder = shared / "corpora" / "boilerplate" / "trafilatura-eval"
    gold = json.loads((folder / "evaldata.subset.json").read_text(encoding="utf-8"))
    pages = [html_to_page(gzip.decompress((folder / item["local"]).read_bytes())) for item in gold.values()]
    assert sum(bool(page.regions) for page in pages) > len(pages) // 2
    counts = LineCounts.from_texts(page.text for page in pages)
    for page in pages:
        for corpus in (None, counts):
            result = clean(page.text, corpus=corpus, regions=page.regions)
            check_invariants(page.text, result, None, corpus, regions=page.regions)


@pytest.fixture(scope="session")
def bench_corpus(shared, tmp_path_factory) -> Path:
    script = shared / "bench" / "make_corpus.py"
    if not script.is_file():
        pytest.skip("no corpus generator")
    out = tmp_path_factory.mktemp("corpus") / "c"
    subprocess.run(
        [sys.executable, str(script), str(out), "--mb", "5", "--html-mb", "0"], check=True, capture_output=True
    )
    return out


def test_bench_corpus_5mb(bench_corpus):
    files = sorted((bench_corpus / "txt").glob("*.txt"))
    total = 0
    for path in files:
        data = path.read_bytes()
        total += len(data)
        assert_invariants(decode(data).text)
    assert total >= 4_500_000


# Characters that trigger the rules, mixed with ordinary text.
_TRICKY = (
    "aeé Ã©â€™œ\x9d\x92\x85€ &amp;#8217;lt;;#x \x00\x07\x1b[m\x7f\x0c\t \u00a0\u3000"
    "\u200b\u200c\u200d\u2060\ufeff\r\n\n\n 海角大神鈥檚 привет «»“”’—–…"
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=_TRICKY, max_size=60))
def test_hypothesis_tricky_alphabet(text):
    assert_invariants(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_hypothesis_any_text(text):
    assert_invariants(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["café", "cafÃ©", "Itâ€™s", "&amp;", "&quot;", "  ", "\n", "\r\n", "\n\n\n", "x\u200by", "\x92", "ok."]
        ),
        max_size=20,
    )
)
def test_hypothesis_defect_words(words):
    assert_invariants(" ".join(words))


@settings(max_examples=500, deadline=None)
@given(st.sampled_from([r.code for r in RULES]), st.text(alphabet=" \t\r\n\u00a0ab&;#\u200b\x00\x92Ã©", max_size=40))
def test_hypothesis_each_rule_alone(code, text):
    check_invariants(text, clean(text, code), code)


@pytest.mark.parametrize(
    "text",
    [
        "€â\u3000",  # ftfy repairs the line only once its trailing blank is gone
        "voilÃ \nnext",  # a trailing space that was a no-break space byte
    ],
)
def test_trailing_blanks_do_not_hide_repairs(text):
    assert_invariants(text)
