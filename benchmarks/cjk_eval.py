"""Evaluate E102 (cjk-mojibake) against ftfy and the naive re-decode.

    python benchmarks/cjk_eval.py                 # held-out split (the reported numbers)
    python benchmarks/cjk_eval.py --split dev     # the split used while tuning
    python benchmarks/cjk_eval.py --split blind   # news text never tuned on (measured once per set)
    python benchmarks/cjk_eval.py --bench --only gbk/ignore cp932/ignore big5/replace --skip shared negatives speed

A seeded generator turns clean text into mojibake for every codec and every
form of damage (bytes dropped, U+FFFD, '?') and the three systems try to give
the clean text back:

* sources: ``benchmarks/data/news_en.txt`` (English news-style sentences with
  real typography, written for the project; ``news_en_dev.txt`` adds sentences
  that only ever go to the dev part, as do the German, French, Polish and
  Spanish paragraphs of ``news_eu_dev.txt``; ``news_en_blind.txt`` and
  ``news_eu_blind.txt``, English and European news paragraphs never tuned on,
  make the blind split) and, when ``../shared`` is there,
  lines with real typography from ``../shared/corpora`` (decoded with their
  true encodings; mostly German, Polish, French, Hungarian). Sentences (and
  shared source files) are split once, with a fixed seed, into a dev part
  (used for tuning) and a held-out part (used for the numbers).
* documents: own sentences make paragraphs of 1-3 sentences, 4-8 paragraphs
  per document, one dash style per document (spaced em, closed em, spaced
  en); shared lines make documents of 4-8 consecutive lines of one source.
* metrics per codec and form, over the lines the damage changed: exact-line
  accuracy (strict, and lenient: em vs en dash between two spaces is not
  counted when no lossless dash in the document tells the style), accuracy
  on the characters whose bytes were lost, and lines wrongly changed.
* false positives: lines changed among genuine non-ASCII lines of
  ``../shared/corpora/encodings`` (true encodings, markup stripped), the ftfy
  test cases, ``benchmarks/data/negatives.txt`` and the clean documents.
* throughput: mojibake lines per second (lines the damage changed, all own
  sentences, every codec and form), cold (E102's caches emptied before each
  run) and steady (caches first filled on other documents, as in a long run),
  and clean text MB/s, beside ftfy in the same run, with a machine reference.
"""

from __future__ import annotations

import argparse
import codecs
import difflib
import glob
import gzip
import json
import os
import random
import re
import sys
import time
import warnings
from pathlib import Path

import ftfy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import CHARDET_FOLDERS, CHARSET_NORMALIZER  # noqa: E402
from cleaner import clean  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
SHARED = Path(os.environ.get("CLEANER_SHARED", ROOT.parent / "shared"))
SEED = 20240607
CODECS = ("gbk", "gb18030", "cp932", "shift_jis", "euc_jp", "big5", "cp950", "euc_kr", "cp949")
MODES = ("ignore", "replace", "question")
TYPOGRAPHY = re.compile("[’‘“”„—–…«»]")
CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
SPACED_DASH = re.compile(" [—–] ")
WORD = re.compile(r"[^\x00-\x2f]+")
STYLE_EN_DASH = re.compile(r"–(?!\w)")


# ---------------------------------------------------------------- sources


def read_lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def read_sections(path: Path) -> list[list[str]]:
    """The lines of ``path`` in parts, each started by a line ``## name``."""
    sections: list[list[str]] = []
    for ln in path.read_text(encoding="utf-8").splitlines():
        if ln.startswith("## "):
            sections.append([])
        elif ln.strip() and not ln.startswith("#"):
            sections[-1].append(ln)
    return sections


def strip_markup(text: str) -> str:
    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
    warnings.filterwarnings("ignore", category=UserWarning, module="bs4")
    for _ in range(2):  # RSS often escapes its HTML once more
        if "<" in text:
            text = BeautifulSoup(text, "html.parser").get_text("\n")
    return text


def bench_documents(mb: float = 3) -> list[str]:
    """The English documents with real typography and nothing to repair of the seeded benchmark corpus.

    (``../shared/bench/make_corpus.py``: prose from Python's documentation,
    licences and the seeds, its quotes and dashes made typographic by rule.)
    """
    from benchmarks.common import bench_corpus

    corpus = bench_corpus(mb)
    docs = []
    for row in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(row)
        if entry["lang"] == "en" and set(entry["labels"]) == {"smart-punctuation", "clean"}:
            docs.append((corpus / entry["file"]).read_text(encoding="utf-8"))
    return docs


def encodings_corpus() -> list[tuple[str, str]]:
    """(name, text) of every file of ../shared/corpora/encodings, decoded with its true encoding."""
    docs = []
    base = SHARED / "corpora" / "encodings"
    for folder in sorted((base / "chardet-tests").glob("*/")):
        enc = CHARDET_FOLDERS[folder.name]
        for f in sorted(folder.iterdir()):
            if f.name != "README.txt":
                docs.append((f"{folder.name}/{f.name}", strip_markup(f.read_bytes().decode(enc))))
    for f in sorted((base / "charset_normalizer-data").glob("*.txt")):
        docs.append((f.name, f.read_bytes().decode(CHARSET_NORMALIZER[f.name])))
    return docs


def shared_documents() -> list[list[str]]:
    """Per source file of ../shared/corpora, its lines with real typography (and no CJK), in order."""
    texts = [t for _, t in encodings_corpus()]
    for f in sorted(glob.glob(str(SHARED / "corpora/boilerplate/trafilatura-eval/html/*.html.gz"))):
        raw = gzip.decompress(Path(f).read_bytes())
        texts.append(strip_markup(raw.decode("utf-8", "replace")))
    seen: set[str] = set()
    sources = []
    for text in texts:
        keep = []
        for line in text.splitlines():
            line = " ".join(line.split())
            if (
                30 <= len(line) <= 300
                and TYPOGRAPHY.search(line)
                and not CJK.search(line)
                and "\ufffd" not in line
                and line not in seen
            ):
                seen.add(line)
                keep.append(line)
        if keep:
            sources.append(keep)
    return sources


def source_docs(sources: list[list[str]], rng: random.Random) -> list[str]:
    """Documents of 4-8 consecutive lines of one source (keeping that source's own typography)."""
    docs = []
    for lines in sources:
        pos = 0
        while pos < len(lines):
            k = rng.randint(4, 8)
            docs.append("\n".join(lines[pos : pos + k]))
            pos += k
    return docs


def split(items: list, rng: random.Random) -> dict[str, list]:
    order = list(items)
    rng.shuffle(order)
    cut = int(len(order) * 0.6)
    return {"dev": order[:cut], "heldout": order[cut:]}


_ASIDE_DASH = re.compile(r"(?<=[^\s—]) ?—(?: |(?=[\w“‘]))")  # spaced or closed (not the “But I—” of a cut quote)


def restyle(sentence: str, style: str) -> str:
    """The em dashes between words in the document's one style (as a publication prints them)."""
    return _ASIDE_DASH.sub({"spaced-em": " — ", "closed-em": "—", "spaced-en": " – "}[style], sentence)


def make_docs(sentences: list[str], rng: random.Random, restyled: bool) -> list[str]:
    pool = list(sentences)
    rng.shuffle(pool)
    docs = []
    while pool:
        style = rng.choice(("spaced-em", "closed-em", "spaced-en"))
        paras = []
        for _ in range(rng.randint(4, 8)):
            if not pool:
                break
            k = rng.randint(1, 3)
            sents, pool = pool[:k], pool[k:]
            paras.append(" ".join(restyle(s, style) if restyled else s for s in sents))
        docs.append("\n".join(paras))
    return docs


# ---------------------------------------------------------------- damage


class _Recorder:
    """A codec error handler that records which input bytes were lost."""

    def __init__(self) -> None:
        self.lost: list[tuple[int, int]] = []
        self.marker = ""

    def __call__(self, err: UnicodeDecodeError) -> tuple[str, int]:
        self.lost.append((err.start, err.end))
        return self.marker, err.end


_RECORDER = _Recorder()
codecs.register_error("cjk-eval-record", _RECORDER)


def mojibake(text: str, codec: str, mode: str) -> tuple[str, set[int]]:
    """The damaged text, and the indices of the characters of ``text`` that lost a byte."""
    data = text.encode("utf-8")
    _RECORDER.lost = []
    _RECORDER.marker = "" if mode == "ignore" else ("\ufffd" if mode == "replace" else "?")
    out = data.decode(codec, "cjk-eval-record")
    starts, pos = [], 0
    for ch in text:
        starts.append(pos)
        pos += len(ch.encode("utf-8"))
    lost_chars = set()
    import bisect

    for a, b in _RECORDER.lost:
        for byte in range(a, b):
            lost_chars.add(bisect.bisect_right(starts, byte) - 1)
    return out, {i for i in lost_chars if ord(text[i]) >= 0x80}


def naive(line: str, codec: str) -> str:
    try:
        return line.encode(codec).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return line


def has_style_evidence(doc: str, codec: str, mode: str) -> bool:
    """Does a dash of the document survive its damage losslessly (so the style can be learned)?

    An en dash between two words is a range (Dublin–Belfast), which every style writes alike.
    """
    for m in WORD.finditer(doc):
        word = m.group()
        if ("—" in word or STYLE_EN_DASH.search(word)) and not any(c.isdigit() for c in word):
            damaged, lost = mojibake(word, codec, mode)
            if not lost and naive(damaged, codec) == word:
                return True
    return False


# ---------------------------------------------------------------- scoring


def score_doc(original: str, output: str, damaged: str, lost: set[int], lenient_ok: bool, stats: dict) -> None:
    orig_lines, out_lines, dam_lines = original.split("\n"), output.split("\n"), damaged.split("\n")
    if len(out_lines) != len(orig_lines):
        stats["broken_docs"] += 1
        return
    offset = 0
    for o, r, d in zip(orig_lines, out_lines, dam_lines):
        line_lost = [i - offset for i in lost if offset <= i < offset + len(o)]
        offset += len(o) + 1
        if d == o:
            stats["untouched"] += 1
            stats["clean_changed"] += r != o
            continue
        stats["lines"] += 1
        stats["strict"] += r == o
        if lenient_ok:
            stats["lenient"] += SPACED_DASH.sub(" — ", r) == SPACED_DASH.sub(" — ", o)
        else:
            stats["lenient"] += r == o
        stats["lost_chars"] += len(line_lost)
        if line_lost:
            if r == o:
                stats["lost_right"] += len(line_lost)
            else:
                keep = set()
                for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, o, r, autojunk=False).get_opcodes():
                    if tag == "equal":
                        keep.update(range(i1, i2))
                stats["lost_right"] += sum(i in keep for i in line_lost)


def new_stats() -> dict:
    keys = ("lines", "strict", "lenient", "lost_chars", "lost_right", "untouched", "clean_changed", "broken_docs")
    return dict.fromkeys(keys, 0)


SYSTEMS = {
    "cleaner": lambda text, codec: clean(text, config="E102").text,
    "ftfy": lambda text, codec: ftfy.fix_encoding(text),
    "naive": lambda text, codec: "\n".join(naive(line, codec) for line in text.split("\n")),
}


def run_accuracy(docs: list[str], only: tuple[str, ...] | None) -> dict:
    results = {}
    for codec in CODECS:
        for mode in MODES:
            if only and f"{codec}/{mode}" not in only and codec not in only:
                continue
            per_system = {name: new_stats() for name in SYSTEMS}
            for doc in docs:
                damaged, lost = mojibake(doc, codec, mode)
                lenient_ok = not has_style_evidence(doc, codec, mode)
                for name, system in SYSTEMS.items():
                    score_doc(doc, system(damaged, codec), damaged, lost, lenient_ok, per_system[name])
            results[(codec, mode)] = per_system
    return results


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}" if b else "   - "


def print_accuracy(title: str, results: dict) -> None:
    print(f"\n== {title}: exact-line accuracy % (strict / lenient), inferred-character accuracy %, lines")
    print(
        f"{'codec':10} {'form':8} {'lines':>5} | {'cleaner':>13} {'inferred':>8} {'wrong+':>6} | "
        f"{'ftfy':>5} | {'naive':>5} {'inferred':>8}"
    )
    for (codec, mode), s in results.items():
        c, f, n = s["cleaner"], s["ftfy"], s["naive"]
        print(
            f"{codec:10} {mode:8} {c['lines']:5} | {pct(c['strict'], c['lines'])} / {pct(c['lenient'], c['lines'])} "
            f"{pct(c['lost_right'], c['lost_chars']):>8} {c['clean_changed']:6} | {pct(f['strict'], f['lines'])} | "
            f"{pct(n['strict'], n['lines'])} {pct(n['lost_right'], n['lost_chars']):>8}"
        )


# ---------------------------------------------------------------- false positives


def count_changed(text: str, fixer) -> tuple[int, int]:
    """(non-ASCII lines, lines changed) when ``fixer`` runs on ``text``."""
    before = text.split("\n")
    after = fixer(text).split("\n")
    lines = sum(1 for ln in before if not ln.isascii())
    if len(after) != len(before):
        return lines, lines
    return lines, sum(1 for a, b in zip(before, after) if a != b)


def run_negatives(clean_docs: list[str]) -> None:
    sets: dict[str, list[str]] = {"negatives.txt": read_lines(DATA / "negatives.txt"), "clean documents": clean_docs}
    if SHARED.is_dir():
        sets["encodings corpus"] = [t for _, t in encodings_corpus()]
        cases = []
        for f in sorted(glob.glob(str(SHARED / "corpora/ftfy-cases/*.json"))):
            for case in json.loads(Path(f).read_text(encoding="utf-8")):
                cases += [case["original"], case["fixed"]]
        sets["ftfy cases"] = cases
    print("\n== false positives: non-ASCII lines changed (each file / case / sample is one document)")
    print(f"{'set':18} {'docs':>5} {'lines':>6} | {'cleaner':>7} | {'ftfy':>5}")
    for name, docs in sets.items():
        totals = [0, 0, 0]
        for doc in docs:
            lines, changed = count_changed(doc, lambda t: clean(t, config="E102").text)
            totals[0] += lines
            totals[1] += changed
            totals[2] += count_changed(doc, ftfy.fix_encoding)[1]
        print(f"{name:18} {len(docs):5} {totals[0]:6} | {totals[1]:7} | {totals[2]:5}")


# ---------------------------------------------------------------- throughput


SPEED_SETS = tuple((c, m) for c in ("gbk", "gb18030", "cp932", "big5", "euc_kr", "euc_jp") for m in MODES)


def timed(fn, docs: list[str], repeat: int = 3, warm: list[str] | None = None) -> float:
    """Best CPU time of ``repeat`` runs over ``docs``; each run starts with E102's caches empty.

    With ``warm``, the caches are first filled by cleaning those (other)
    documents, untimed: the steady state of a long run, where what was
    learnt about codecs, damaged sequences and common words stays.
    """
    from cleaner.rules.cjk import clear_caches

    best = float("inf")
    for _ in range(repeat):
        clear_caches()
        for doc in warm or ():
            fn(doc)
        start = time.process_time()
        for doc in docs:
            fn(doc)
        best = min(best, time.process_time() - start)
    return best


def machine_reference() -> float:
    """CPU seconds for a fixed pure-Python loop, to compare runs made on different machines."""
    start = time.process_time()
    sum(range(10**7))
    return time.process_time() - start


def run_throughput(only: tuple[str, ...] | None) -> None:
    cleaner_fn = lambda t: clean(t, config="E102")  # noqa: E731
    sentences = read_lines(DATA / "news_en.txt") + read_lines(DATA / "news_en_dev.txt")
    docs = make_docs(sentences, random.Random(SEED + 4), restyled=True)
    # steady state: caches filled on documents of the dev sentences, timed on those of the held-out ones
    parts = split(read_lines(DATA / "news_en.txt"), random.Random(SEED))
    warm_docs = make_docs(parts["dev"] + read_lines(DATA / "news_en_dev.txt"), random.Random(SEED + 5), restyled=True)
    timed_docs = make_docs(parts["heldout"], random.Random(SEED + 6), restyled=True)
    sets = []
    for codec, mode in SPEED_SETS:
        if only and f"{codec}/{mode}" not in only and codec not in only:
            continue
        damaged = [mojibake(doc, codec, mode)[0] for doc in docs]
        lines = sum(d != o for doc, dam in zip(docs, damaged) for o, d in zip(doc.split("\n"), dam.split("\n")))
        warm = (
            [mojibake(doc, codec, mode)[0] for doc in warm_docs],
            [mojibake(doc, codec, mode)[0] for doc in timed_docs],
        )
        warm_lines = sum(
            d != o for doc, dam in zip(timed_docs, warm[1]) for o, d in zip(doc.split("\n"), dam.split("\n"))
        )
        sets.append((f"{codec} {mode}", damaged, lines, warm, warm_lines))
    sets.append(("clean English with typography", docs, None, None, None))
    if SHARED.is_dir():
        sets.append(("genuine CJK/other (encodings corpus)", [t for _, t in encodings_corpus()], None, None, None))
    print(
        f"\n== throughput: one core, CPU time, best of 7 (clean text 3), beside ftfy in one run; {len(docs)} documents"
    )
    print("   mojibake: lines the damage changed, per second (whole documents timed); cold: E102's caches emptied")
    print("   before each run; steady: caches first filled on other documents (dev sentences), timed on")
    print("   held-out ones, as in a long run. Clean text: MB of UTF-8 per second")
    print(f"   machine reference: sum(range(10**7)) takes {machine_reference():.2f} s of CPU here")
    print(f"{'input':38} {'MB':>6} | {'cleaner E102 cold':>17} | {'steady':>13} | {'ftfy.fix_text':>17} | {'ratio':>5}")
    for name, texts, n_lines, warm, warm_lines in sets:
        size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        # a mojibake set takes about 0.1 s: best of 7, so that a slow spell of a shared machine does not decide
        repeat = 7 if n_lines else 3
        t_clean = timed(cleaner_fn, texts, repeat=repeat)
        t_ftfy = timed(ftfy.fix_text, texts, repeat=1 if n_lines is None and size > 1 else repeat)
        if n_lines:
            t_warm = timed(cleaner_fn, warm[1], repeat=repeat, warm=warm[0])
            c, f = f"{n_lines / t_clean:7.0f} lines/s", f"{n_lines / t_ftfy:7.0f} lines/s"
            w = f"{warm_lines / t_warm:7.0f} lines/s"
        else:
            c, f, w = f"{size / t_clean:7.2f} MB/s", f"{size / t_ftfy:7.2f} MB/s", ""
        print(f"{name:38} {size:6.2f} | {c:>17} | {w:>13} | {f:>17} | {t_ftfy / t_clean:5.2f}")
    print(f"(machine reference after the runs: {machine_reference():.2f} s)")


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("heldout", "dev", "blind"), default="heldout")
    parser.add_argument("--only", nargs="*", help="codecs or codec/form pairs to evaluate (default: all)")
    parser.add_argument("--skip", nargs="*", default=(), choices=("shared", "negatives", "speed"))
    parser.add_argument(
        "--bench", action="store_true", help="also the benchmark corpus' English documents (slow: give --only)"
    )
    args = parser.parse_args(argv)

    clean("鈥檚", config="E102")  # build the tables before timing anything
    if args.split == "blind":
        own = read_lines(DATA / "news_en_blind.txt")
    else:
        own = split(read_lines(DATA / "news_en.txt"), random.Random(SEED))[args.split]
    if args.split == "dev":  # sentences written for tuning only
        own += read_lines(DATA / "news_en_dev.txt")
    own_docs = make_docs(own, random.Random(SEED + 1), restyled=True)
    print(f"split: {args.split}; own sentences: {len(own)} in {len(own_docs)} documents; seed {SEED}")
    only = tuple(args.only) if args.only else None
    print_accuracy("own news-style sentences", run_accuracy(own_docs, only))
    if args.split in ("blind", "dev"):
        sections = read_sections(DATA / f"news_eu_{args.split}.txt")
        eu_docs = source_docs(sections, random.Random(SEED + 3))
        n_lines = sum(map(len, sections))
        print(f"\nown European paragraphs: {n_lines} in {len(eu_docs)} documents (de, fr, pl, es)")
        print_accuracy("own European news paragraphs", run_accuracy(eu_docs, only))
        own_docs += eu_docs  # for the false positives below
    if args.split != "blind" and SHARED.is_dir() and "shared" not in args.skip:
        sources = split(shared_documents(), random.Random(SEED + 2))[args.split]
        shared_docs = source_docs(sources, random.Random(SEED + 3))
        n_lines = sum(len(lines) for lines in sources)
        print(f"\nshared-corpora lines: {n_lines} from {len(sources)} sources in {len(shared_docs)} documents")
        print_accuracy("../shared/corpora sentences", run_accuracy(shared_docs, only))
    if args.bench:
        docs = bench_documents()
        print(f"\nbenchmark corpus: {len(docs)} English documents with typography, labelled clean")
        print_accuracy("../shared/bench documents", run_accuracy(docs, only))
    if "negatives" not in args.skip:
        run_negatives(own_docs)
    if "speed" not in args.skip:
        run_throughput(only)


if __name__ == "__main__":
    main()
