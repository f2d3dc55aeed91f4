"""Golden tests: every sample's expected output and expected change log.

``pytest tests/test_samples.py --regen-golden`` rewrites tests/golden/ from the
current behaviour; review the diff before committing it. Samples whose name
starts with ``negative-`` must come out byte-identical with an empty log.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import check_invariants, clean
from cleaner.changes import to_json
from cleaner.io.decode import decode
from cleaner.io.html import html_to_page

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "samples").iterdir() if p.is_file())
GOLDEN = ROOT / "tests" / "golden"


def read(path: Path) -> tuple[str, dict[str, str] | None, list[str]]:
    """A sample as the command line reads it: its text, its page regions (HTML) and the input's log lines."""
    if path.suffix == ".html":
        page = html_to_page(path.read_bytes())
        return page.text, page.regions, [json.dumps({"code": "html", "encoding": page.encoding})]
    decoded = decode(path.read_bytes())
    return decoded.text, None, [json.dumps(decoded.as_log(), ensure_ascii=False)] if decoded.transcoded else []


def expected_log(path: Path) -> list[str]:
    text, regions, lines = read(path)
    return lines + [to_json(c) for c in clean(text, regions=regions).changes]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_golden(path: Path, request: pytest.FixtureRequest) -> None:
    text, regions, _ = read(path)
    result = clean(text, regions=regions)
    out_file, log_file = GOLDEN / f"{path.name}.out", GOLDEN / f"{path.name}.log.jsonl"
    log = expected_log(path)
    if request.config.getoption("--regen-golden"):
        GOLDEN.mkdir(exist_ok=True)
        out_file.write_bytes(result.text.encode("utf-8"))
        log_file.write_text("".join(line + "\n" for line in log), encoding="utf-8")
    assert result.text.encode("utf-8") == out_file.read_bytes()
    assert log == log_file.read_text(encoding="utf-8").splitlines()
    check_invariants(text, result, regions=regions)


@pytest.mark.parametrize("path", [p for p in SAMPLES if p.name.startswith("negative-")], ids=lambda p: p.name)
def test_negative_samples_are_untouched(path: Path) -> None:
    data = path.read_bytes()
    result = clean(decode(data).text)
    assert result.changes == ()
    assert result.text.encode("utf-8") == data


def test_every_defect_sample_changes() -> None:
    for path in SAMPLES:
        if not path.name.startswith("negative-"):
            text, regions, notes = read(path)
            assert clean(text, regions=regions).changed or notes, path.name
