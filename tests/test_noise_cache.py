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
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Config, clean
from cleaner.corpus import LineCounts
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
