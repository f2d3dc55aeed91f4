"""The noise analysis decides the same with and without its caches and gates.

* Golden decisions: every finding (rule, offset, text, confidence, note) of
  the seeds, the noise-injection set and shuffled mixtures of their lines,
  under three configurations, recorded as one digest per document (``tests/golden/noise-decisions.json``,
  rewritten with ``--regen-golden``). Speed work must leave them unchanged.
* Cold against warm: a document gives the same findings whether the
  per-line caches are empty or full of other documents' lines.
* Each cheap gate of :mod:`cleaner.rules.noise.features` against the plain
  computation it stands in for.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Config, clean
from cleaner.corpus import LineCounts
from cleaner.rules.noise import features as f
from cleaner.rules.noise import lines as lf

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "noise-decisions.json"
OPT_IN = Config(extend_select=("B110", "B111"))
TIGHT_CAP = Config(settings={"noise-max-share": 0.05})
MIXTURES = 150


def findings(text: str, config: Config | None = None, corpus: LineCounts | None = None) -> list:
    result = clean(text, config, corpus=corpus)
    return [[f.code, f.offset, f.before, f.after, f.confidence, f.note] for f in result.findings()]


def digest(found: list) -> str:
    return hashlib.sha1(json.dumps(found, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def _noise_inject():
    """benchmarks/noise_inject.py, imported by path (benchmarks is not an installed package)."""
    if "noise_inject" not in sys.modules:
        spec = importlib.util.spec_from_file_location("noise_inject", ROOT / "benchmarks" / "noise_inject.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["noise_inject"] = module  # its dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules["noise_inject"]


@pytest.fixture(scope="module")
def documents(seeds) -> dict[str, str]:
    """Seeds, the injection set (both splits) and seeded mixtures of their lines."""
    docs = {f"seed/{name}": text for name, text in seeds.items()}
    inject = _noise_inject()
    for split in ("dev", "test"):
        docs.update({f"inject/{d.name}": d.text for d in inject.build(split, 400)})
    pool = [line for text in docs.values() for line in text.split("\n")]
    rng = random.Random(20241123)
    for i in range(MIXTURES):
        size = rng.randint(1, 60)
        docs[f"mix/{i:03d}"] = "\n".join(rng.choice(pool) for _ in range(size)) + "\n" * rng.randint(0, 1)
    return docs


def runs(docs: dict[str, str]) -> dict[str, dict[str, list]]:
    """Per document, its findings under the defaults, the opt-in rules with corpus counts, and a tight cap."""
    counts = LineCounts.from_texts(docs.values())
    out = {}
    for name, text in docs.items():
        out[name] = {"default": findings(text), "opt-in+corpus": findings(text, OPT_IN, counts)}
        if not name.startswith("mix/"):
            out[name]["cap"] = findings(text, TIGHT_CAP)
    return out


def test_decisions_match_the_golden_record(documents, request):
    found = runs(documents)
    got = {name: digest(value) for name, value in found.items()}
    if request.config.getoption("--regen-golden"):
        GOLDEN.write_text(json.dumps(got, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert sorted(got) == sorted(want)
    changed = [name for name in want if got[name] != want[name]]
    assert not changed, f"{len(changed)} documents decide differently, first {changed[0]}: {found[changed[0]]}"


def test_cold_and_warm_caches_decide_the_same(documents):
    names = sorted(documents)[:: max(1, len(documents) // 300)]
    cold = {}
    for name in names:
        lf.clear_caches()
        cold[name] = findings(documents[name]), findings(documents[name], OPT_IN)
    random.Random(5).shuffle(names)  # warm: every cache full of the other documents' lines
    for name in names:
        assert (findings(documents[name]), findings(documents[name], OPT_IN)) == cold[name], name


LINES = [
    "The harbour board voted on Tuesday to build a container terminal on the northern pier.",
    "Dock workers fear that automated cranes will replace the crews that load the ships by hand.",
    "Putin at the Kremlin in 2021.  Photo: AFP.",
    "Putin at the Kremlin in 2021. Image: AFP.",
    "Gavriil Grigorov/Sputnik/Reuters",
    "Leave a Reply",
    "Follow us on Twitter!",
    "Home » News » Politics",
    "“e. config. saAria. closedText”",
    "October 20, 2022",
    "It was not understood. news Army Chiefs Speak to Avoid Drill Read more If there was doubt, it is gone.",
    "Related stories",
    "海角大神",
    "他说这是一个很好的开始，我们会继续努力。",
    "",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(LINES) | st.text(max_size=40), min_size=1, max_size=14), st.booleans())
def test_cache_never_changes_a_decision(parts, opt_in):
    text = "\n".join(parts)
    config = OPT_IN if opt_in else None
    warm = findings(text, config)
    lf.clear_caches()
    assert findings(text, config) == warm


# --- gates against the plain computations they stand in for ------------------------------

WORDS = st.sampled_from(
    [
        *LINES,
        "Putin at the Kremlin.",
        "Photo: AP.",
        "FOTO : dpa",
        "(Image: Reuters)",
        "© Maxim Guchek / Belta / AFP",
        "aB",
        "x.y",
        "time: 10:30",
        "Crédit photo : AFP",
        "Share | Print | Email",
        "print the form",
        "» Leave a Reply:",
        "©\u00a02021 Example Media",
        "ﬁle",
        "ŉ",
        "Straße",
        "İstanbul",
        "\u00ad",
        "\u200b",
        "a\tb",
        "x\x0b-y",
        "\u3000",
        "“quoted”",
        "var x = 1;",
        "obj.method()",
        "snake_case",
        "<b>",
        "{{ x }}",
        "[object Object]",
        "undefined",
        "12 comments",
        "5 min read",
        "ΟΔΥΣΣΕΥΣ",
    ]
)
TEXT = st.lists(WORDS | st.text(max_size=12), max_size=8).map(" ".join)


def plain_lexicon_form(line: str) -> str:
    s = line.casefold() if line.isascii() else line.translate(f._TRANS).casefold()
    return " ".join(s.lstrip(f._LEAD).rstrip(f._TRAIL).split())


def plain_segment(form: str) -> list[str] | None:
    found: list[str] = []
    for chunk in f._SEPARATORS.split(form):
        words = chunk.split()
        i = 0
        while i < len(words):
            for size in range(min(f._PHRASE_MAX_WORDS, len(words) - i), 0, -1):
                phrase = " ".join(words[i : i + size])
                if phrase in f.EXACT:
                    found.append(phrase)
                    i += size
                    break
            else:
                if f._LETTER.search(words[i]):
                    return None
                i += 1
    return found


def test_case_folding_keeps_white_space_and_cjk_characters():
    """What sharing one case-folded split between the features rests on, for every code point."""
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        c = chr(code)
        folded = c.casefold()
        assert (folded == c) if c.isspace() else not any(x.isspace() for x in folded), hex(code)
        assert bool(f._CJK.search(c)) == bool(f._CJK.search(folded)), hex(code)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_fast_paths_equal_the_plain_computations(line):
    line = line.strip()
    folded = line.casefold()
    assert f.lexicon_form(line) == f.lexicon_form(line, folded) == plain_lexicon_form(line)
    form = plain_lexicon_form(line)
    assert f._segment(form) == plain_segment(form)
    assert f.shape(line) == f.shape(line, folded.split())
    words = len(line.split())
    assert f.credit_line(line) == f.credit_line(line, words)
    assert f.is_dateline(line) == f.is_dateline(line, words)
    for name, rx, needs in f._CODE_SIGNALS:
        assert not rx.search(line) or any(n in line for n in needs), name
    assert f._has_code_hint(line) == bool(f._CODE_HINT.search(line))
    assert f.may_have_teaser(line) == any(word in line for word in f.READ_MORE_FIRST)
    if len(line) >= f.CREDIT_TAIL_MIN_CHARS and f._CREDIT_TAIL.search(line, max(0, len(line) - f.CREDIT_TAIL_WINDOW)):
        assert f.may_have_credit_tail(line)
    if form:
        whole = f._GENERIC_RX.match(form)
        found = f._generic_match(form)
        assert (whole and (whole.group(), whole.lastindex - 1)) == (found and (found[0].group(), found[1]))


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT)
def test_script_counts_add_up(a, b):
    joined = f.script_counts(f"{a} {b}"[: f.SCRIPT_SAMPLE])
    parts = [f.script_counts(a), f.script_counts(b)]
    assert joined == {k: n for k in f.SCRIPT_NAMES if (n := sum(p.get(k, 0) for p in parts))}


def test_generic_first_characters_cover_every_pattern():
    assert f._GENERIC_FIRST is not None  # the gate is on
    for lang, rx in f._GENERIC:
        first = f._first_chars([rx.pattern])
        assert first is not None and set(first.pattern) <= set(f._GENERIC_FIRST.pattern), (lang, rx.pattern)
    # constructs it does not understand, or that can match nothing, give no gate
    for pattern in ("a?", "(?i)abc", "[^a]b", ".x", r"(?:x|)y"):
        assert f._first_chars([pattern]) is None, pattern
    assert f._first_chars([r"\bfoo|(?:ba)?r", r"\d+ x"]).pattern == r"[fbr\d]"
    for entry in ("12 comments", "© 2021 example", "powered by wordpress", "5 min read", "folge uns auf x"):
        whole = f._GENERIC_RX.match(entry)
        assert whole and f._generic_match(entry)[1] == whole.lastindex - 1, entry
    assert all(re.compile(rx.pattern).groups == 0 for _, rx in f._GENERIC)  # group k is pattern k


@pytest.mark.parametrize(
    "line, tail",
    [
        ("Russian vehicles arrive in Belarus in January. Photo: AP.", True),
        ("Location of Belarus.  Graphics: Washington Post.", True),
        ("Putin and Lukashenko in Sochi © Maxim Guchek / Belta / AFP / Getty Images", True),
        ("Ein Bild vom Hafen am Morgen. FOTO: dpa", True),
        ("The summit ended late (Image: Reuters)", True),
        ("He said the photo: a fake, and nobody believed him at all.", False),
        ("Time of the meeting: 10:30, in the town hall of the city", False),
    ],
)
def test_credit_tail_gate(line, tail):
    assert (f.credit_tail(line) is not None) == tail
    assert f.may_have_credit_tail(line) or not tail
