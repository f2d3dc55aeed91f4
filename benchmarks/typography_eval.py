"""Evaluate the typography rules (T) on genuine text, where every change is a false repair to look at.

    python benchmarks/typography_eval.py [--shared ../shared] [--samples 25] [--repeat 3]

Reads the genuine text of ``shared/corpora/encodings`` (each file decoded with
its true encoding as listed in that folder's README; feeds and pages are
stripped of markup) and the ftfy negative cases
(``shared/corpora/ftfy-cases/negative.json``), one document per file or case.
Then:

1. runs the default typography rules on each document and counts, per rule,
   the lines they change; each opt-in rule is run alone and counted the same
   way;
2. prints every kind of change (rule and note) with samples in context, so
   each can be checked by hand;
3. times the default typography rules, the whole default chain and
   ``ftfy.fix_text`` on the same clean text: the genuine text above, and
   English prose from Python's own help topics (``pydoc_data``).

Nothing is written. Deterministic apart from the timings.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from bisect import bisect_right
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ftfy  # noqa: E402
from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning  # noqa: E402

from benchmarks.common import CHARDET_FOLDERS, CHARSET_NORMALIZER  # noqa: E402
from cleaner import clean  # noqa: E402
from cleaner.rules import RULES  # noqa: E402

TYPOGRAPHY = [r for r in RULES if r.code.startswith("T")]
DEFAULT_T = [r.code for r in TYPOGRAPHY if r.default]
OPT_IN_T = [r.code for r in TYPOGRAPHY if not r.default]
_MARKUP = re.compile(r"<[A-Za-z/!?][^<>]*>")
warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)  # feeds are read as HTML on purpose


def strip_markup(raw: str) -> str:
    """Text of a feed or page: markup removed (twice, for escaped HTML inside feeds), blank lines dropped."""
    text = BeautifulSoup(raw, "html.parser").get_text("\n")
    if _MARKUP.search(text):
        text = BeautifulSoup(text, "html.parser").get_text("\n")
    return "\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


def load_documents(shared: Path) -> list[tuple[str, str]]:
    """(name, text) of every genuine document, in a fixed order."""
    docs: list[tuple[str, str]] = []
    enc = shared / "corpora" / "encodings"
    for name, codec in sorted(CHARSET_NORMALIZER.items()):
        docs.append((f"charset_normalizer/{name}", (enc / "charset_normalizer-data" / name).read_bytes().decode(codec)))
    for folder, codec in sorted(CHARDET_FOLDERS.items()):
        for path in sorted((enc / "chardet-tests" / folder).iterdir()):
            text = path.read_bytes().decode(codec)
            if path.suffix in (".xml", ".html", ".htm") or _MARKUP.search(text):
                text = strip_markup(text)
            docs.append((f"chardet/{folder}/{path.name}", text))
    cases = json.loads((shared / "corpora" / "ftfy-cases" / "negative.json").read_text(encoding="utf-8"))
    for i, case in enumerate(cases):
        docs.append((f"ftfy-negative/{i}", case["original"]))
    return docs


def context(text: str, offset: int, before: str, after: str | None, width: int = 45) -> str:
    left = text[max(0, offset - width) : offset]
    right = text[offset + len(before) : offset + len(before) + width]
    left, right = left[left.rfind("\n") + 1 :], right.split("\n", 1)[0]
    return f"{left}⟦{before!r}→{after!r}⟧{right}"


def evaluate(docs: list[tuple[str, str]], samples: int) -> None:
    lines_total = sum(text.count("\n") + 1 for _, text in docs)
    chars_total = sum(len(text) for _, text in docs)
    print(f"documents: {len(docs)}  lines: {lines_total}  characters: {chars_total}")
    runs = [("default", DEFAULT_T)] + [(f"opt-in {c}", [c]) for c in OPT_IN_T]
    for label, config in runs:
        per_rule_lines: dict[str, set[tuple[str, int]]] = defaultdict(set)
        kinds: dict[tuple[str, str], list[str]] = defaultdict(list)
        for name, text in docs:
            result = clean(text, config=config)
            starts = [0] + [m.end() for m in re.finditer("\n", text)]
            for f in result.findings():
                line = bisect_right(starts, f.offset) - 1
                per_rule_lines[f.code].add((name, line))
                kind = re.sub(r"\b\d+\b", "N", f.note.split(";")[0])
                kinds[(f.code, kind)].append(f"{name}:{line + 1}: {context(text, f.offset, f.before, f.after)}")
        print(f"\n=== {label} rules {','.join(config)}: lines changed per rule")
        for code in config:
            print(f"  {code} {by_code(code).name:<26} {len(per_rule_lines.get(code, ())):>6} lines")
        for (code, kind), rows in sorted(kinds.items()):
            print(f"\n  --- {code} {kind}: {len(rows)} changes")
            for row in rows[:samples]:
                print(f"    {row}")
            if len(rows) > samples:
                print(f"    ... {len(rows) - samples} more")


def by_code(code: str):
    return next(r for r in RULES if r.code == code)


def english_prose() -> list[tuple[str, str]]:
    """Clean English prose that every Python has: the help topics of its documentation."""
    import pydoc_data.topics

    return sorted(pydoc_data.topics.topics.items())


def throughput(label: str, docs: list[tuple[str, str]], repeat: int) -> None:
    texts = [text for _, text in docs]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"\n=== throughput on {label} ({len(texts)} documents, {size:.2f} MB UTF-8, best of {repeat})")
    contenders = [
        ("typography rules (default T)", lambda t: clean(t, config=DEFAULT_T)),
        ("whole default chain", clean),
        ("ftfy.fix_text", ftfy.fix_text),
    ]
    timings = {}
    for label, func in contenders:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            for t in texts:
                func(t)
            best = min(best, time.perf_counter() - start)
        timings[label] = best
    anchor = timings["ftfy.fix_text"]
    for label, seconds in timings.items():
        print(f"  {label:<30} {size / seconds:8.2f} MB/s  {seconds:7.3f} s  ({anchor / seconds:5.1f}x ftfy.fix_text)")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared material folder")
    p.add_argument("--samples", type=int, default=25, help="samples printed per kind of change")
    p.add_argument("--repeat", type=int, default=3, help="timing repetitions (the best is kept)")
    args = p.parse_args(argv)
    if not (args.shared / "corpora").is_dir():
        print(f"shared material not found at {args.shared}", file=sys.stderr)
        return 2
    docs = load_documents(args.shared)
    evaluate(docs, args.samples)
    throughput("the genuine text above", docs, args.repeat)
    throughput("English prose (pydoc_data topics)", english_prose(), args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
