"""clean-text as a pipeline step: JSON lines, HTML, streaming, jobs, resume, engines."""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import apply_log, clean, undo_log
from cleaner.changes import from_json
from cleaner.io import plan

ROOT = Path(__file__).resolve().parent.parent
PIECE = 16_384  # --piece-size for these tests: small files, many pieces

RECORDS = [
    '{"id": 1, "text": "Caf\\u00c3\\u00a9 &amp; bar  ", "meta": {"n": 1.50, "tags": ["a", "\\u00e9"]}, "x": null}',
    '{"id": 2, "text": "clean text", "n": 1e5, "ok": true}',
    "this line is not JSON",
    '{"id": 3, "nested": {"text": "no top-level text"}}',
    '{"id":4,"text":"It’s done  \\n\\n\\n\\nand the rest follows","z":[1,2,{"a":"b"}]}',
    "[1, 2]",
    '{"id": "5", "text": "fin\\u200bal", "big": 123456789012345678901234567890}',
]


def run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "cleaner", "--isolated", "--piece-size", str(PIECE), *args]
    return subprocess.run(command, cwd=cwd, input=stdin, capture_output=True, env=env)


def write_jsonl(path: Path) -> bytes:
    data = ("\n".join(RECORDS) + "\n").encode()
    path.write_bytes(data)
    return data


def check_round_trip(before: bytes, after: bytes) -> None:
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old) == len(new)  # records in = records out
    for a, b in zip(old, new, strict=True):
        try:
            rec_a = json.loads(a)
        except ValueError:
            assert a == b  # invalid lines pass through
            continue
        if a == b or not isinstance(rec_a, dict):
            assert a == b
            continue
        rec_b = json.loads(b)
        assert set(rec_b) - set(rec_a) == {"cleaner_log"}
        assert {k: v for k, v in rec_b.items() if k not in ("text", "cleaner_log")} == {
            k: v for k, v in rec_a.items() if k != "text"
        }
        assert rec_b["text"] == clean(rec_a["text"]).text


def test_jsonl_stdin_to_stdout(tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "x.jsonl")
    proc = run("-", "--input-format", "jsonl", cwd=tmp_path, stdin=data)
    assert proc.returncode == 2  # invalid lines are reported, after everything was written
    check_round_trip(data, proc.stdout)
    err = proc.stderr.decode()
    assert "-:3: not valid JSON" in err and "-:6: not a JSON object" in err
    assert "-:4: no text at 'text'" in err
    assert "cleaned 1 file (7 records)" in err


def test_jsonl_files_gzip_log_and_reject(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    data = write_jsonl(src / "a.jsonl")
    (src / "b.jsonl.gz").write_bytes(gzip.compress(data))
    proc = run("in", "-o", "out", "--log", "log.jsonl", "--reject", "rejects.jsonl", cwd=tmp_path)
    assert proc.returncode == 2
    check_round_trip(data, (tmp_path / "out" / "a.jsonl").read_bytes())
    assert (
        gzip.decompress((tmp_path / "out" / "b.jsonl.gz").read_bytes()) == (tmp_path / "out" / "a.jsonl").read_bytes()
    )
    log = [json.loads(line) for line in (tmp_path / "log.jsonl").read_text().splitlines()]
    first = [e for e in log if e["path"] == "in/a.jsonl" and e["record"] == 1]
    assert [e["code"] for e in first] == ["C101", "E101", "W102"] and first[0]["id"] == 1
    rejects = [json.loads(line) for line in (tmp_path / "rejects.jsonl").read_text().splitlines()]
    assert [(r["path"], r["line"]) for r in rejects] == [
        ("in/a.jsonl", 3),
        ("in/a.jsonl", 6),
        ("in/b.jsonl.gz", 3),
        ("in/b.jsonl.gz", 6),
    ]


def test_jsonl_report_and_options(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl")
    out = run("a.jsonl", cwd=tmp_path).stdout.decode()
    assert 'a.jsonl#1:1:4 E101 latin-mojibake "Ã©" → "é"' in out
    assert "a.jsonl#5:3:1 W103 blank-lines" in out
    proc = run("a.jsonl", "--text-field", "nested.text", "--no-log-field", "-o", "o", cwd=tmp_path)
    assert b"a.jsonl:1: no text at 'nested.text'" in proc.stderr
    assert (tmp_path / "o" / "a.jsonl").read_bytes() == (tmp_path / "a.jsonl").read_bytes()


def test_html_files_and_html_field(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1251"><title>Новости</title><script>var x = "<p>no</p>";</script></head>'
    page += "<body><h1>Заголовок</h1><p>Первый абзац &amp; ещё <b>текст</b>  </p><ul><li>один</li><li>два</li></ul></body></html>"
    (tmp_path / "page.html").write_bytes(page.encode("cp1251"))
    proc = run("page.html", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "page.txt").read_text(
        encoding="utf-8"
    ) == "Новости\nЗаголовок\nПервый абзац & ещё текст\nодин\nдва\n"
    record = json.dumps({"id": 1, "text": "<p>Tom &amp;amp; Jerry</p><p>Café</p>"})
    proc = run(
        "-", "--input-format", "jsonl", "--html-field", "--no-log-field", cwd=tmp_path, stdin=record.encode() + b"\n"
    )
    assert json.loads(proc.stdout)["text"] == "Tom & Jerry\nCafé\n"


@pytest.fixture(scope="module")
def big_tree(tmp_path_factory) -> Path:
    """A folder with small files and one text file big enough to be cut into pieces."""
    rng = random.Random(7)
    words = ["alpha", "beta", "café", "naÃ¯ve", "x&amp;y", "It’s", "gamma\u200b", "delta", "  ", "end."]
    root = tmp_path_factory.mktemp("big")
    src = root / "in"
    src.mkdir()
    paras = []
    while sum(map(len, paras)) < PIECE * 6:
        line = " ".join(rng.choice(words) for _ in range(rng.randint(5, 40)))
        paras.append(line + rng.choice(["\n", "\n\n", "\n\n\n\n", "  \r\n", "\n \n"]))
    (src / "big.txt").write_text("".join(paras), encoding="utf-8", newline="")
    for i in range(6):
        (src / f"small{i}.txt").write_text("".join(paras[i * 10 : i * 10 + 10]), encoding="utf-8", newline="")
    write_jsonl(src / "records.jsonl")
    return root


def outputs(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_streamed_file_equals_whole_document(big_tree: Path) -> None:
    proc = run("in/big.txt", "-o", "whole", "--log", "whole.jsonl", "-j", "1", cwd=big_tree)
    assert proc.returncode == 0, proc.stderr
    original = (big_tree / "in" / "big.txt").read_bytes().decode()
    assert len(list(plan.plan_file(big_tree / "in" / "big.txt", "big", "text", size=PIECE))) >= 4
    cleaned = (big_tree / "whole" / "big.txt").read_bytes().decode()
    assert cleaned == clean(original).text
    log = [from_json(line) for line in (big_tree / "whole.jsonl").read_text(encoding="utf-8").splitlines()]
    assert apply_log(original, log) == cleaned and undo_log(cleaned, log) == original


def test_jobs_give_identical_output(big_tree: Path) -> None:
    one = run("in", "-o", "j1", "--log", "j1.jsonl", "-j", "1", cwd=big_tree)
    two = run("in", "-o", "j2", "--log", "j2.jsonl", "-j", "2", cwd=big_tree)
    assert one.returncode == two.returncode == 2  # the invalid JSON lines
    assert outputs(big_tree / "j1") == outputs(big_tree / "j2")
    assert (big_tree / "j1.jsonl").read_bytes() == (big_tree / "j2.jsonl").read_bytes()
    assert one.stderr == two.stderr


def test_resume_skips_finished_outputs(big_tree: Path) -> None:
    assert run("in/small0.txt", "in/small1.txt", "-o", "r", "--resume", cwd=big_tree).returncode == 0
    done = big_tree / "r" / "small0.txt"
    stamp = done.stat().st_mtime_ns
    assert run("in/small0.txt", "in/small1.txt", "-o", "r", "--resume", cwd=big_tree).returncode == 0
    assert done.stat().st_mtime_ns == stamp  # skipped
    done.write_bytes(b"truncated")
    run("in/small0.txt", "in/small1.txt", "-o", "r", "--resume", cwd=big_tree)
    assert done.read_bytes() != b"truncated"  # redone: the output no longer matched
    stamp = done.stat().st_mtime_ns
    run("in/small0.txt", "in/small1.txt", "-o", "r", "--resume", "--ignore", "W102", cwd=big_tree)
    assert done.stat().st_mtime_ns != stamp  # other settings: redone


def test_import_is_light() -> None:
    code = "import sys, cleaner; print(sorted(m for m in ('bs4', 'charset_normalizer', 'tqdm', 'ray', 'zstandard') if m in sys.modules))"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}
    )
    assert proc.stdout.strip() == "[]"


def test_ray_engine_matches_local(big_tree: Path) -> None:
    pytest.importorskip("ray")
    local = run("in", "-o", "local", "--log", "local.jsonl", "-j", "2", cwd=big_tree)
    ray = run("in", "-o", "ray", "--log", "ray.jsonl", "--engine", "ray", "-j", "2", cwd=big_tree)
    assert ray.returncode == local.returncode, ray.stderr.decode()[-2000:]
    assert outputs(big_tree / "ray") == outputs(big_tree / "local")
    assert (big_tree / "ray.jsonl").read_bytes() == (big_tree / "local.jsonl").read_bytes()


def _site(tmp_path: Path, names: list[str]) -> Path:
    """A small crawl of one site: every page ends with the same footer lines."""
    src = tmp_path / "site"
    src.mkdir(exist_ok=True)
    topics = ["harbour", "orchard", "railway", "library", "bakery"]
    for i, name in enumerate(names):
        body = (
            f"The {topics[i % 5]} story number {i} is told here in a full sentence with enough words to read as prose."
        )
        (src / name).write_text(
            f"{body}\n\nMore about the {topics[i % 5]} follows in a second long paragraph of text.\n\nSubscribe to the Harbour Gazette weekly digest\nAll rights reserved by the Harbour Gazette 2024\n"
        )
    return src


def test_corpus_mode_removes_lines_repeated_across_documents(tmp_path: Path) -> None:
    _site(tmp_path, [f"p{i}.txt" for i in range(5)])
    proc = run("site", "-o", "out", "--log", "log.jsonl", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = (tmp_path / "out" / "p0.txt").read_text()
    assert "Harbour Gazette" not in out and "story number 0" in out
    notes = [json.loads(line)["note"] for line in (tmp_path / "log.jsonl").read_text().splitlines()]
    assert any("5 documents" in note or "5 of 5" in note or "corpus" in note for note in notes)
    alone = run("site/p0.txt", "-o", "alone", cwd=tmp_path)  # one document: no corpus evidence
    assert alone.returncode == 0
    assert "Subscribe to the Harbour Gazette" in (tmp_path / "alone" / "p0.txt").read_text()
    assert run("site", "-o", "nocorpus", "--no-corpus", cwd=tmp_path).returncode == 0
    assert "Subscribe to the Harbour Gazette" in (tmp_path / "nocorpus" / "p0.txt").read_text()


def test_corpus_mode_is_order_and_jobs_independent(tmp_path: Path) -> None:
    names = [f"p{i}.txt" for i in range(7)]
    _site(tmp_path, names)
    args = [f"site/{n}" for n in names]
    run(*args, "-o", "a", "--log", "a.jsonl", "-j", "1", cwd=tmp_path)
    run(*reversed(args), "-o", "b", "-j", "2", cwd=tmp_path)
    assert outputs(tmp_path / "a") == outputs(tmp_path / "b")
    records = tmp_path / "records.jsonl"
    lines = [json.dumps({"id": n, "text": (tmp_path / "site" / n).read_text()}) for n in names]
    records.write_text("\n".join(lines) + "\n")
    shuffled = tmp_path / "shuffled.jsonl"
    shuffled.write_text("\n".join(reversed(lines)) + "\n")
    one = run("records.jsonl", "-o", "r1", "-j", "1", cwd=tmp_path)
    two = run("shuffled.jsonl", "-o", "r2", "-j", "2", cwd=tmp_path)
    assert one.returncode == two.returncode == 0, two.stderr
    first = (tmp_path / "r1" / "records.jsonl").read_text().splitlines()
    second = (tmp_path / "r2" / "shuffled.jsonl").read_text().splitlines()
    assert first == list(reversed(second))
    assert "Harbour Gazette" not in json.loads(first[0])["text"]


def test_zstd_records(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    data = write_jsonl(tmp_path / "a.jsonl")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(data))
    run("in", "-o", "out", cwd=tmp_path)
    out = zstandard.ZstdDecompressor().stream_reader((tmp_path / "out" / "b.jsonl.zst").read_bytes()).read()
    check_round_trip(data, out)


def test_spilled_counts_equal_the_in_memory_table(tmp_path: Path) -> None:
    """Corpus counting on disk gives exactly LineCounts' table, in any document order, and cleans up."""
    from cleaner.corpus import LineCounts, document_keys
    from cleaner.io.counting import SpilledCounts

    rng = random.Random(7)
    pool = [f"line {i} of the pool" for i in range(300)] + ["Follow us", "Leave a Reply", "©  2024 Site"]
    docs = ["\n".join(rng.choice(pool) for _ in range(rng.randint(0, 40))) for _ in range(200)]
    expected = LineCounts.from_texts(docs).frozen(min_count=2)
    for order, buffer in ((docs, 7), (list(reversed(docs)), 1 << 20)):
        counts = SpilledCounts(tmp_path, buffer_keys=buffer)  # a tiny buffer spills many times
        for doc in order:
            counts.add_keys(document_keys(doc))
        table = counts.frozen(min_count=2)
        assert table == expected and len(table) > 100
        assert table.count("follow us") == expected.count("Follow us") > 1
    assert list(tmp_path.iterdir()) == []
    assert SpilledCounts(tmp_path).frozen(min_count=3) == LineCounts().frozen(min_count=3)
