"""Peak memory and time of `clean-text` on a large text file and a large JSON-lines file.

    python -m benchmarks.memory [--gb 1.0] [--jobs 1 2] [--keep DIR]

Builds (once) a text file and a JSON-lines file of about ``--gb`` 10**9 bytes
each by repeating the seeded benchmark corpus (shared/bench/make_corpus.py),
runs ``clean-text FILE -o OUT`` on each with every ``--jobs`` value, samples
the resident memory of the whole process tree (the command and its workers)
every 50 ms from /proc, and prints the peak beside the time taken: RSS
summed over the processes (pages shared between them counted in each) and
PSS (shared pages divided among the processes that share them: what the run
really takes). It also prints the outputs' digests, the same for every job
count.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import ROOT, bench_corpus

PAGE = os.sysconf("SC_PAGE_SIZE")


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo += children.get(p, [])
    return found


def tree_memory(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in bytes of ``pid`` and all its descendants."""
    rss = pss = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
        except (OSError, ValueError):
            continue
    return rss, pss


def build(folder: Path, gb: float) -> tuple[Path, Path]:
    text_path, jsonl_path = folder / "big.txt", folder / "big.jsonl"
    target = int(gb * 1e9)
    if text_path.exists() and jsonl_path.exists() and text_path.stat().st_size >= target:
        return text_path, jsonl_path
    docs = [p.read_bytes() for p in sorted((bench_corpus(20) / "txt").glob("*.txt"))]
    with open(text_path, "wb") as text, open(jsonl_path, "wb") as records:
        written = n = 0
        while written < target:
            doc = docs[n % len(docs)]
            text.write(doc + b"\n\n")
            line = json.dumps(
                {"id": n, "text": doc.decode("utf-8"), "meta": {"copy": n // len(docs)}}, ensure_ascii=False
            )
            records.write(line.encode("utf-8") + b"\n")
            written += len(doc) + 2
            n += 1
    return text_path, jsonl_path


def measure(args: list[str]) -> tuple[float, int, int, int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cleaner", "--isolated", "-q", *args], env=env, stderr=subprocess.PIPE
    )
    peak_rss = peak_pss = 0
    while proc.poll() is None:
        rss, pss = tree_memory(proc.pid)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        time.sleep(0.05)
    proc.stderr.read()
    return time.perf_counter() - start, peak_rss, peak_pss, proc.returncode


def digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            h.update(block)
    return h.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gb", type=float, default=1.0)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", type=Path, help="folder for the generated inputs (default: a temp folder)")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.gettempdir()) / f"cleaner-memory-{args.gb:g}gb"
    folder.mkdir(parents=True, exist_ok=True)
    inputs = build(folder, args.gb)
    print(
        f"{'input':<12}{'MB':>8}{'jobs':>6}{'seconds':>10}{'MB/s':>8}{'RSS MiB':>9}{'PSS MiB':>9}{'exit':>6}  output sha256"
    )
    for path in inputs:
        size = path.stat().st_size / 1e6
        for jobs in args.jobs:
            out = folder / f"out-{path.stem}-j{jobs}"
            seconds, rss, pss, code = measure([str(path), "-o", str(out), "-j", str(jobs)])
            result = out / path.name
            print(
                f"{path.name:<12}{size:>8.0f}{jobs:>6}{seconds:>10.1f}{size / seconds:>8.2f}{rss / 2**20:>9.1f}{pss / 2**20:>9.1f}{code:>6}  {digest(result)}"
            )


if __name__ == "__main__":
    main()
