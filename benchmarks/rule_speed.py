"""Speed of every registered rule, alone, per document and on long documents.

    python -m benchmarks.rule_speed [--mb 10] [--repeat 1] [--sizes 250000,1000000] [--rules T]

Each rule function is called directly on the raw documents of the seeded
benchmark corpus (shared/bench/make_corpus.py, generated once into the temp
folder), one document at a time, and on single long documents made of the
first N characters of the whole corpus joined (the size of the pieces that
large inputs are cut into). The numbers are MB/s of UTF-8 input, best of
``--repeat``, in processor time of this process (so that other work on the
machine disturbs them less). The last column divides the time per MB on the longest document
by the time per MB on the shortest: about 1 for a rule whose cost grows with
the length of the text, clearly more for one that rescans the document per
finding. The noise rules (S, B) share one analysis per document; each is
given a fresh context, so each row includes that analysis.

Below the rules: their sums per family; the chain (``cleaner.clean``) with
the rules shown, with the default ones among them, and with the default
rules; and ``ftfy.fix_text``, all on the same texts.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import ftfy

from benchmarks.common import bench_corpus
from cleaner import clean
from cleaner.config import as_config
from cleaner.rules import RULES, Context, Rule


def load_corpus(mb: float) -> list[str]:
    """The text documents of the benchmark corpus, in file order."""
    folder = bench_corpus(mb) / "txt"
    return [path.read_bytes().decode("utf-8") for path in sorted(Path(folder).glob("*.txt"))]


def joined(docs: Sequence[str], size: int) -> str:
    """One document of the first ``size`` characters of the corpus, joined with a line break."""
    return "\n".join(docs)[:size]


def best_time(func: Callable[[str], object], texts: Sequence[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for text in texts:
            func(text)
        best = min(best, time.process_time() - start)
    return best


def rule_caller(rule: Rule) -> Callable[[str], object]:
    settings, codes = as_config(None).settings, frozenset(r.code for r in as_config(None).rules)
    return lambda text: rule.func(text, Context(settings, rules=codes))


def megabytes(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def _fmt(mb: float, seconds: float) -> str:
    return f"{mb / seconds:>10.1f}" if seconds > 0 else f"{'inf':>10}"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=10.0, help="size of the benchmark corpus")
    ap.add_argument("--repeat", type=int, default=1, help="timing repetitions (the best is kept)")
    ap.add_argument("--sizes", default="250000,1000000", help="characters of the joined documents")
    ap.add_argument("--rules", default="", help="only rules whose code starts with one of these (comma-separated)")
    args = ap.parse_args(argv)

    docs = load_corpus(args.mb)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    prefixes = tuple(p.strip() for p in args.rules.split(",") if p.strip()) or ("",)
    rules = [r for r in RULES if r.code.startswith(prefixes)]
    sets: list[tuple[str, list[str]]] = [("per doc", docs)]
    sets += [(f"{size // 1000} KB", [joined(docs, size)]) for size in sizes]
    sizes_mb = [megabytes(texts) for _, texts in sets]
    print(f"corpus: {len(docs)} documents, {sizes_mb[0]:.1f} MB; joined: {', '.join(n for n, _ in sets[1:])}")
    print(f"MB/s of UTF-8 input, best of {args.repeat}; scale = time per MB on the longest / on the shortest joined")
    header = f"{'rule':<34}" + "".join(f"{name:>10}" for name, _ in sets) + f"{'scale':>8}"
    print(header)
    print("-" * len(header))

    family_times: dict[str, list[float]] = {}
    for rule in rules:
        times = [best_time(rule_caller(rule), texts, args.repeat) for _, texts in sets]
        totals = family_times.setdefault(rule.code[0], [0.0] * len(sets))
        family_times[rule.code[0]] = [a + b for a, b in zip(totals, times)]
        _row(f"{rule.code} {rule.name}{'' if rule.default else ' (opt-in)'}", times, sizes_mb)

    print("-" * len(header))
    for family, times in family_times.items():  # S and B rows each count their shared analysis
        _row(f"sum of {family} rules", times, sizes_mb)
    selected = [r.code for r in rules]
    defaults = [r.code for r in rules if r.default]
    chains: dict[str, Callable[[str], object]] = {
        "clean(): the rules above": lambda text: clean(text, config=selected),
        "clean(): their defaults": lambda text: clean(text, config=defaults),
        "clean(): default chain": clean,
        "ftfy.fix_text": ftfy.fix_text,
    }
    if set(selected) == {r.code for r in RULES}:
        del chains["clean(): their defaults"]  # the default chain
    elif defaults == selected:
        del chains["clean(): their defaults"]
    for label, func in chains.items():
        _row(label, [best_time(func, texts, args.repeat) for _, texts in sets], sizes_mb)


def _row(label: str, times: list[float], sizes_mb: list[float]) -> None:
    cells = "".join(_fmt(mb, t) for mb, t in zip(sizes_mb, times))
    per_mb = [t / mb for t, mb in zip(times[1:], sizes_mb[1:])]
    scale = f"{per_mb[-1] / per_mb[0]:>8.1f}" if len(per_mb) > 1 and per_mb[0] > 0 else f"{'':>8}"
    print(f"{label:<34}{cells}{scale}")


if __name__ == "__main__":
    main()
