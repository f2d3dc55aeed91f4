"""Evaluate the noise rules (S1xx, B1xx) in one run.

    python benchmarks/noise_eval.py [--quick] [--only seeds,trafilatura,injection,speed]
        [--show-missed dev|held-out|all]

(a) seeds: the five documents of ../shared/seeds against the line labels in
    data/seed_labels.json (noise must go, content must stay, mixed lines must
    lose their noise span and keep the rest);
(b) trafilatura-eval: each HTML page turned into text with BeautifulSoup
    (one line per block element, script and style dropped), all pages
    cleaned as one corpus, scored as the folder's README says ("with"
    snippets kept = recall, "without" snippets gone = precision), beside the
    keep-everything and C4-line-rule baselines computed here. A snippet
    counts as present when it, or its repaired form (the snippet cleaned by
    the rules other than S/B: soft hyphens and invisible characters gone),
    is in the output: the repairs change characters, not which text stays.
    The "raw" column is the with-kept count by plain substring, as the
    folder's README scores it. The "HTML input" rows read the same pages
    as ``clean-text page.html`` does (cleaner.io.html, whose text differs
    slightly), without and with the page regions its markup names (B115). ``--show-missed`` lists, per page of a split,
    the "without" snippets the default rules keep (with the line they are
    in and its neighbours) and the "with" snippets they lose;
(c) the noise-injection set of noise_inject.py (dev and held-out test);
(d) throughput on clean text, beside ftfy.fix_text.

Everything is deterministic; nothing is written to disk.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from bisect import bisect_right
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from cleaner import RULES, Config, clean  # noqa: E402
from cleaner.corpus import LineCounts  # noqa: E402
from cleaner.io.html import html_to_page  # noqa: E402

SHARED = ROOT.parent / "shared"
TRAF = SHARED / "corpora" / "boilerplate" / "trafilatura-eval"
NOISE = ("S", "B")
DEFAULT = Config()
OPT_IN_CODES = tuple(r.code for r in RULES if r.code[0] in NOISE and not r.default)
WITH_OPT_IN = Config(extend_select=OPT_IN_CODES)
WITHOUT_NOISE = Config(ignore=("S", "B"))
NO_REGIONS = Config(ignore=("B115",))
NOISE_ONLY = Config(select=[r.code for r in RULES if r.code[0] in NOISE and r.default])
MAX_SHOWN = 30  # misses listed per section


# --- which input lines did the noise rules remove or cut? -----------------------------


def line_outcomes(text: str, result) -> dict[int, str]:
    """1-based input line -> "removed" or "trimmed", from the noise rules' changes."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    out: dict[int, str] = {}
    for f in result.findings():
        if f.after is None or not f.code.startswith(NOISE):
            continue
        line = bisect_right(starts, f.offset)
        whole = f.offset == starts[line - 1] and (f.before.endswith("\n") or line == len(starts))
        if whole:
            out[line] = "removed"
        else:
            out.setdefault(line, "trimmed")
    return out


# --- (a) seeds ---------------------------------------------------------------------------


def eval_seeds() -> dict:
    labels = json.loads((ROOT / "benchmarks" / "data" / "seed_labels.json").read_text(encoding="utf-8"))["files"]
    totals = {"noise": [0, 0], "mixed": [0, 0], "content": [0, 0]}
    problems = []
    print("(a) seeds: line labels in benchmarks/data/seed_labels.json")
    print(f"    {'file':28} {'noise removed':>14} {'mixed cut':>10} {'content lost':>13}")
    for name, rows in labels.items():
        text = (SHARED / "seeds" / name).read_text(encoding="utf-8")
        lines = text.split("\n")
        outcome = line_outcomes(text, clean(text))
        per = {"noise": [0, 0], "mixed": [0, 0], "content": [0, 0]}
        for number, sha, label in rows:
            if hashlib.sha1(lines[number - 1].encode()).hexdigest()[:12] != sha:
                raise SystemExit(f"{name}:{number} changed since it was labelled")
            got = outcome.get(number)
            ok = {"noise": got == "removed", "mixed": got == "trimmed", "content": got is not None}[label]
            per[label][0] += ok
            per[label][1] += 1
            if ok != (label != "content"):
                problems.append(f"{name}:{number} {label} -> {got or 'kept'}: {lines[number - 1][:70]!r}")
        for k in totals:
            totals[k][0] += per[k][0]
            totals[k][1] += per[k][1]
        print(
            f"    {name:28} {per['noise'][0]:>6}/{per['noise'][1]:<7} {per['mixed'][0]:>4}/{per['mixed'][1]:<5}"
            f" {per['content'][0]:>5}/{per['content'][1]:<7}"
        )
    t = totals
    print(
        f"    {'all':28} {t['noise'][0]:>6}/{t['noise'][1]:<7} {t['mixed'][0]:>4}/{t['mixed'][1]:<5}"
        f" {t['content'][0]:>5}/{t['content'][1]:<7} (target: all noise, all mixed, 0 content)"
    )
    for p in problems:
        print("    miss:", p)
    return totals


# --- (b) trafilatura-eval ------------------------------------------------------------------

_BLOCK_TAGS = """address article aside blockquote body br center dd details dialog dir div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav noframes ol optgroup option p pre
    section summary table tbody td tfoot th thead tr ul title button label select textarea"""
BLOCK = set(_BLOCK_TAGS.split())


def page_text(raw: bytes) -> str:
    """Plain text of a page: one line per block element, script and style dropped."""
    from bs4 import BeautifulSoup, UnicodeDammit

    html = UnicodeDammit(raw, is_html=True).unicode_markup
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["script", "style", "noscript", "template", "svg", "head"]):
        tag.decompose()
    for tag in soup.find_all(BLOCK):
        tag.insert_before("\n")
        tag.append("\n")
    lines = (" ".join(line.split()) for line in soup.get_text().split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


_repaired: dict[str, str] = {}


def present(snippet: str, out: str) -> bool:
    """The snippet, as written or as the repair rules leave it, occurs in ``out`` (normalised)."""
    norm = _norm(snippet)
    if norm in out:
        return True
    if snippet not in _repaired:
        _repaired[snippet] = _norm(clean(snippet, WITHOUT_NOISE).text)
    return _repaired[snippet] in out


def score(pages: dict[str, str], gold: dict, keys: list[str]) -> tuple[float, float, float, int, int, int, int, int]:
    tp = fn = fp = tn = raw = 0
    for k in keys:
        out = _norm(pages[k])
        for s in gold[k]["with"]:
            raw += _norm(s) in out
            if present(s, out):
                tp += 1
            else:
                fn += 1
        for s in gold[k]["without"]:
            if present(s, out):
                fp += 1
            else:
                tn += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, tp, tp + fn, fp, fp + tn, raw


_TERMINAL = re.compile(r"[.!?\"”’']$")


def c4_lines(text: str) -> str:
    """C4's line rules: keep lines that end in terminal punctuation and have 3+ words, drop 'javascript'."""
    keep = [
        ln
        for ln in text.split("\n")
        if _TERMINAL.search(ln.strip()) and len(ln.split()) >= 3 and "javascript" not in ln.lower()
    ]
    return "\n".join(keep)


def show_missed(texts: dict[str, str], pages: dict[str, str], gold: dict, keys: list[str]) -> None:
    """Per page: the "without" snippets still in the output (with their line in context), the "with" ones lost."""
    for k in keys:
        out = _norm(pages[k])
        lines = [ln for ln in pages[k].split("\n") if ln.strip()]
        kept = [s for s in gold[k]["without"] if present(s, out)]
        lost = [s for s in gold[k]["with"] if present(s, _norm(texts[k])) and not present(s, out)]
        if not kept and not lost:
            continue
        print(f"    -- {k} ({len(lines)} lines left)")
        for s in lost:
            print(f"       LOST with: {s[:100]!r}")
        for s in kept:
            key = _norm(s)[:40]
            at = next((i for i, ln in enumerate(lines) if key in _norm(ln)), None)
            print(f"       kept without: {s[:100]!r}")
            if at is not None:
                for i in range(max(0, at - 2), min(len(lines), at + 3)):
                    print(f"         {'>' if i == at else ' '}{i:4} {lines[i][:110]}")


def eval_trafilatura(quick: bool = False, missed: str | None = None) -> dict:
    gold = json.loads((TRAF / "evaldata.subset.json").read_text(encoding="utf-8"))
    keys = sorted(gold, key=lambda k: hashlib.sha1(k.encode()).hexdigest())
    if quick:
        keys = keys[:40]
    dev, test = keys[::2], keys[1::2]
    texts = {k: page_text(gzip.decompress((TRAF / gold[k]["local"]).read_bytes())) for k in keys}
    counts = LineCounts.from_texts(texts.values())
    systems = {
        "keep everything": texts,
        "C4 line rules": {k: c4_lines(t) for k, t in texts.items()},
        "cleaner without S/B rules": {k: clean(t, WITHOUT_NOISE).text for k, t in texts.items()},
        "cleaner defaults, no corpus": {k: clean(t).text for k, t in texts.items()},
        "cleaner defaults, corpus": {k: clean(t, corpus=counts).text for k, t in texts.items()},
    }
    # The same pages read by cleaner's own HTML input (cleaner.io.html), which also says which lines sat in
    # a page region outside the article (nav, footer, sidebar): what `clean-text page.html` does (B115).
    read = {k: html_to_page(gzip.decompress((TRAF / gold[k]["local"]).read_bytes())) for k in keys}
    own_counts = LineCounts.from_texts(page.text for page in read.values())
    systems["HTML input: keep everything"] = {k: page.text for k, page in read.items()}
    systems["HTML input: defaults, corpus"] = {
        k: clean(page.text, NO_REGIONS, corpus=own_counts).text for k, page in read.items()
    }
    systems["HTML input: + regions (B115)"] = {
        k: clean(page.text, corpus=own_counts, regions=page.regions).text for k, page in read.items()
    }
    if OPT_IN_CODES:  # the noise rules that are off by default, switched on
        name = f"cleaner +{','.join(OPT_IN_CODES)}, corpus"
        systems[name] = {k: clean(t, WITH_OPT_IN, corpus=counts).text for k, t in texts.items()}
    print(f"\n(b) trafilatura-eval: {len(keys)} pages ({len(dev)} dev / {len(test)} held-out), one corpus")
    print("    README anchors: keep everything P 0.532 R 0.996; C4 line rules P 0.769 R 0.810")
    print(
        f"    {'system':32} {'split':8} {'P':>6} {'R (with kept)':>14} {'F1':>6} {'with kept':>10} {'raw':>4}"
        f" {'without kept':>13}"
    )
    results = {}
    for name, pages in systems.items():
        for split, ks in (("dev", dev), ("held-out", test), ("all", keys)):
            p, r, f1, tp, nw, fp, nwo, raw = score(pages, gold, ks)
            results[(name, split)] = (p, r, f1)
            print(f"    {name:32} {split:8} {p:6.3f} {r:14.3f} {f1:6.3f} {tp:>5}/{nw:<4} {raw:>4} {fp:>6}/{nwo:<5}")
    print("    targets: R >= 0.99, P >= 0.75 (a 'with' snippet absent from the page text cannot be kept)")
    if missed:
        chosen = {"dev": dev, "held-out": test, "all": keys}[missed]
        print(f"\n    default rules with corpus, {missed} pages: what stays that should go, what goes that should stay")
        show_missed(texts, systems["cleaner defaults, corpus"], gold, chosen)
    return results


# --- (c) injection --------------------------------------------------------------------------


def eval_injection(quick: bool = False) -> dict:
    import noise_inject

    print("\n(c) noise-injection set (benchmarks/noise_inject.py)")
    print(
        f"    {'split':8} {'docs':>5} {'noise removed':>16} {'mixed cut':>12} {'prose chars kept':>17}"
        f" {'docs losing an 8+ word line':>28}"
    )
    out = {}
    for split in ("dev", "test"):
        docs = noise_inject.build(split, 120 if quick else 400)
        noise = removed = mixed = cut = 0
        chars = kept = 0
        bad_docs = []
        missed = []
        for d in docs:
            text = d.text
            outcome = line_outcomes(text, clean(text))
            numbers = {}
            n = 1
            for t, label in d.lines:
                numbers[n] = (t, label)
                n += 2  # paragraphs are separated by blank lines
            lost_long = False
            for number, (t, label) in numbers.items():
                got = outcome.get(number)
                if label == "noise":
                    noise += 1
                    removed += got == "removed"
                    if got != "removed":
                        missed.append((d.name, "noise kept", t[:80]))
                elif label == "mixed":
                    mixed += 1
                    cut += got == "trimmed"
                    if got != "trimmed":
                        missed.append((d.name, f"mixed {got or 'kept'}", t[:80]))
                    chars += len(t)
                    kept += 0 if got == "removed" else len(t)
                else:
                    chars += len(t)
                    if got == "removed":
                        if len(t.split()) >= 8:
                            lost_long = True
                    else:
                        kept += len(t)
                    if got is not None:
                        bad_docs.append((d.name, got, t[:80]))
            if lost_long:
                bad_docs.append((d.name, "LONG", ""))
        long_docs = len({name for name, how, _ in bad_docs if how == "LONG"})
        print(
            f"    {split:8} {len(docs):>5} {removed:>6}/{noise:<5} {removed / noise:6.1%} {cut:>4}/{mixed:<4}"
            f" {kept / chars:16.3%} {long_docs:>28}"
        )
        for name, how, t in bad_docs[:12]:
            if how != "LONG":
                print(f"      content {how}: {name} {t!r}")
        for name, how, t in missed[:MAX_SHOWN]:
            print(f"      {how}: {name} {t!r}")
        out[split] = (removed / noise, kept / chars, long_docs)
    print("    targets: >= 95% noise removed, >= 99.5% prose characters kept, 0 documents losing an 8+ word line")
    return out


# --- (d) throughput -------------------------------------------------------------------------


def eval_speed(quick: bool = False) -> None:
    import ftfy
    import noise_inject

    english = ["\n\n".join(paras) + "\n" for _, paras in noise_inject.own_articles()]
    everything = english + [
        "\n\n".join(paras) + "\n" for _, paras in noise_inject.wiki_articles() + noise_inject.feed_articles()
    ]
    runs = {
        "ftfy.fix_text": ftfy.fix_text,
        "cleaner without S/B rules": lambda t: clean(t, WITHOUT_NOISE).text,
        "cleaner, all default rules": lambda t: clean(t).text,
        "cleaner, S/B rules only": lambda t: clean(t, NOISE_ONLY).text,
    }
    print("\n(d) throughput on clean text (CPU time, best of 3)")
    for label, docs in (("own English articles", english), ("all clean material", everything)):
        docs = docs * (2 if quick else 10)
        size = sum(len(d.encode("utf-8")) for d in docs)
        speeds = {}
        for name, fn in runs.items():
            best = float("inf")
            for _ in range(3):
                t0 = time.process_time()
                for d in docs:
                    fn(d)
                best = min(best, time.process_time() - t0)
            speeds[name] = size / best / 1e6
        print(f"    {label}: {len(docs)} documents, {size / 1e6:.2f} MB")
        for name, speed in speeds.items():
            print(f"      {name:28} {speed:7.2f} MB/s")
        ratio = speeds["cleaner, all default rules"] / speeds["ftfy.fix_text"]
        base = speeds["cleaner without S/B rules"] / speeds["ftfy.fix_text"]
        print(f"      chain / ftfy: {ratio:.2f}x (without S/B rules: {base:.2f}x; target >= 2x)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer pages and documents")
    ap.add_argument("--only", default="seeds,trafilatura,injection,speed")
    ap.add_argument("--show-missed", choices=("dev", "held-out", "all"), help="list the trafilatura misses of a split")
    args = ap.parse_args()
    if not SHARED.is_dir():
        raise SystemExit(f"shared material not found at {SHARED}")
    parts = args.only.split(",")
    if "seeds" in parts:
        eval_seeds()
    if "trafilatura" in parts:
        eval_trafilatura(args.quick, args.show_missed)
    if "injection" in parts:
        eval_injection(args.quick)
    if "speed" in parts:
        eval_speed(args.quick)


if __name__ == "__main__":
    main()
