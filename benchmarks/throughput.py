"""Throughput of the whole default chain against ftfy.fix_text, in the same run.

    python -m benchmarks.throughput [--mb 20] [--repeat 3]

Both run on the same documents (the seeded web-news-like corpus from
shared/bench/make_corpus.py), one document at a time on one core, taking
turns: each document is cleaned, then given to ftfy, so that both see the
same state of a shared machine. Times are processor time of this process;
the best of the repeats is reported in MB/s of UTF-8 input. Documents the
generator labelled clean and the others are also timed apart. Both first
clean a few documents untimed: building tables and compiling patterns
happens once per process (its time is printed on its own line), and over
gigabytes it does not count. Every timed pass starts with the rules'
caches empty (what they keep of the lines seen so far), so no row profits
from an earlier one.

The generator builds documents from a pool of paragraphs, so many lines
recur across documents, and the noise analysis keeps what it found per
distinct line. The last row keeps, in every document, only the lines not
seen before in the corpus: text that never repeats, as many real crawls are.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

import ftfy

from benchmarks.common import bench_corpus
from cleaner import clean
from cleaner.rules import clear_caches
from cleaner.rules.cjk.tables import CODECS, to_bytes


def timed(func: Callable[[str], object], docs: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for doc in docs:
            func(doc)
        best = min(best, time.perf_counter() - start)
    return best


def _cjk_tables(codec: str) -> None:
    """Build the tables of ``codec`` that E102 builds the first time a document needs them."""
    to_bytes("\u4e2d", codec)


def taking_turns(docs: list[str], repeat: int) -> tuple[float, float]:
    """Processor seconds of ``clean`` and of ``ftfy.fix_text`` over ``docs``, document by document in turn."""
    best_ours = best_theirs = float("inf")
    clock = time.process_time
    for _ in range(repeat):
        clear_caches()  # every pass starts cold: what one row learnt does not speed up the next
        ours = theirs = 0.0
        for doc in docs:
            start = clock()
            clean(doc)
            middle = clock()
            ftfy.fix_text(doc)
            ours += middle - start
            theirs += clock() - middle
        best_ours, best_theirs = min(best_ours, ours), min(best_theirs, theirs)
    return best_ours, best_theirs


def first_occurrences(docs: list[str]) -> list[str]:
    """Each document with only the lines (compared stripped) that no earlier line of the corpus had."""
    seen: set[str] = set()
    out = []
    for doc in docs:
        kept = []
        for line in doc.split("\n"):
            key = line.strip()
            if key and key in seen:
                continue
            seen.add(key)
            kept.append(line)
        out.append("\n".join(kept))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    corpus = bench_corpus(args.mb)
    manifest = [json.loads(line) for line in (corpus / "manifest.jsonl").read_text().splitlines()]
    groups: dict[str, list[str]] = {"all": [], "clean": [], "defective": []}
    for entry in manifest:
        if not entry["file"].startswith("txt/"):
            continue
        text = (corpus / entry["file"]).read_bytes().decode("utf-8")
        groups["all"].append(text)
        groups["clean" if entry["labels"] == ["clean"] else "defective"].append(text)
    groups["lines seen once"] = first_occurrences(groups["all"])
    print(f"corpus: {corpus} ({len(groups['all'])} documents)")
    warm = groups["defective"][:50] + groups["clean"][:10]
    print(
        f"one-time start-up (first {len(warm)} documents and the CJK codec tables, untimed below):"
        f" cleaner {timed(clean, warm, 1) + timed(_cjk_tables, CODECS, 1):.2f} s, ftfy {timed(ftfy.fix_text, warm, 1):.2f} s"
    )
    print(f"{'documents':<16}{'MB':>8}{'cleaner MB/s':>15}{'ftfy MB/s':>12}{'speed-up':>10}")
    for name, docs in groups.items():
        mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        ours, theirs = taking_turns(docs, args.repeat)
        print(f"{name:<16}{mb:>8.1f}{mb / ours:>15.2f}{mb / theirs:>12.2f}{theirs / ours:>9.1f}x")


if __name__ == "__main__":
    main()
