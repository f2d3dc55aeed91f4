"""The ``clean-text`` command: arguments, planning, reports, writing, exit codes.

Exit codes: 0 nothing to change (or everything written), 1 something would
change (report and ``--diff`` modes), 2 usage, configuration or input errors
(after processing every input that could be processed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO

from cleaner import __version__
from cleaner.config import Config, resolve
from cleaner.corpus import FrozenCounts
from cleaner.errors import CleanerError, ConfigError
from cleaner.io.assemble import Assembly, Located, Output, Totals
from cleaner.io.counting import SpilledCounts
from cleaner.io.engines import Local, Ray
from cleaner.io.files import INPUT_SUFFIXES, Source, discover, output_conflict
from cleaner.io.plan import PIECE_BYTES, Piece, is_compressed, kind_of, plan_file, plan_stream
from cleaner.io.resume import Resume
from cleaner.io.settings import find_config, load_config
from cleaner.io.work import Job, count_piece, run_piece
from cleaner.report import Style, finding_json, finding_line, rules_json, rules_table, statistics_lines

PROG = "clean-text"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Repair and clean scraped text. Reports what would change unless told to write.",
        epilog="Also: `clean-text rules` lists the rules, `clean-text rule CODE` documents one.",
    )
    add = p.add_argument
    add("paths", nargs="+", metavar="PATH", help="files or folders to clean, or - for stdin")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "-o", "--output", type=Path, metavar="DIR", help="write cleaned files into DIR, mirroring the inputs"
    )
    mode.add_argument("--in-place", action="store_true", help="rewrite changed input files (atomically)")
    mode.add_argument("--check", action="store_true", help="report only, also for stdin (the default for paths)")
    add(
        "--diff",
        action="store_true",
        help="show a unified diff of the changes (with -o/--in-place: of what was written)",
    )
    add("--log", type=Path, metavar="FILE", help="write the change log as JSON lines to FILE")
    add("--select", type=_codes, metavar="RULES", help="comma-separated rules to run instead of the defaults")
    add("--extend-select", type=_codes, default=[], metavar="RULES", help="rules to run in addition")
    add("--ignore", type=_codes, default=[], metavar="RULES", help="rules not to run")
    add("--config", type=Path, metavar="FILE", help="read settings from FILE instead of the nearest config")
    add("--isolated", action="store_true", help="ignore all configuration files")
    add("--encoding", metavar="NAME", help="decode text inputs with this encoding instead of detecting it")
    add("--input-format", choices=("auto", "text", "jsonl", "html"), default="auto", help="default: from the file name")
    add("--text-field", default="text", metavar="PATH", help="JSON-lines: the (dotted) field to clean (default: text)")
    add("--id-field", default="id", metavar="PATH", help="JSON-lines: the record id shown in logs (default: id)")
    add("--log-field", default="cleaner_log", metavar="NAME", help="JSON-lines: field for each changed record's log")
    add("--no-log-field", action="store_true", help="JSON-lines: do not add the log field")
    add("--html-field", action="store_true", help="JSON-lines: the text field holds HTML; clean its text")
    add("--reject", type=Path, metavar="FILE", help="JSON-lines: also copy lines that are not valid records to FILE")
    add(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="processes that clean, this one included (default: cores)",
    )
    add("--engine", choices=("local", "ray"), default="local", help="run pieces locally or as Ray tasks")
    add("--ray-address", metavar="ADDR", help="address of a running Ray cluster (default: start a local one)")
    add(
        "--piece-size",
        type=_size,
        default=PIECE_BYTES,
        metavar="BYTES",
        help="bytes per piece when streaming large inputs (default: 128k)",
    )
    add("--no-corpus", action="store_true", help="do not count lines across the documents of the run (rule B107)")
    add("--resume", action="store_true", help="with -o: skip inputs whose output is complete and up to date")
    add("--statistics", action="store_true", help="show the number of changes per rule")
    add("--output-format", choices=("text", "json"), default="text", help="report format (default: text)")
    add("--color", choices=("auto", "always", "never"), default="auto", help="colour the report (NO_COLOR is honoured)")
    add("-q", "--quiet", action="store_true", help="print only errors")
    add("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def _size(value: str) -> int:
    units = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
    number = value.lower().rstrip("b")
    try:
        size = int(float(number[:-1]) * units[number[-1]]) if number[-1:] in units else int(number)
    except (ValueError, IndexError):
        raise argparse.ArgumentTypeError(f"not a size: {value!r}") from None
    if size < 1024:
        raise argparse.ArgumentTypeError("a piece must hold at least 1024 bytes")
    return size


def _codes(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


@dataclass
class Run:
    """The state of one command run."""

    args: argparse.Namespace
    config: Config
    style: Style
    out: IO[str]
    err: IO[str]
    writing: bool
    log: IO[str] | None = None
    reject: IO[str] | None = None
    totals: Totals = field(default_factory=Totals)
    report: list[dict] = field(default_factory=list)

    def error(self, message: str) -> None:
        self.totals.errors += 1
        print(f"{PROG}: error: {message}", file=self.err)

    def warn(self, message: str) -> None:
        self.totals.skipped += 1
        if not self.args.quiet:
            print(f"{PROG}: warning: {message}", file=self.err)


def main(argv: list[str] | None = None) -> int:
    """Run ``clean-text``; returns the exit code."""
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    except BrokenPipeError:  # e.g. `clean-text x | head`: stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130


def _main(argv: list[str]) -> int:
    if argv and argv[0] in ("rules", "rule"):
        return _rules_command(argv)
    args = _parser().parse_args(argv)
    stdin = args.paths == ["-"]
    if "-" in args.paths and not stdin:
        _parser().error("- (stdin) cannot be combined with other paths")
    if stdin and (args.output or args.in_place):
        _parser().error("stdin is written to stdout; --output and --in-place need paths")
    if args.resume and not args.output:
        _parser().error("--resume needs -o/--output")
    try:
        config = _load_config(args)
    except ConfigError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    writing = bool(args.output or args.in_place or (stdin and not (args.check or args.diff)))
    run = Run(args, config, Style(_use_color(args.color, sys.stdout)), sys.stdout, sys.stderr, writing)
    job = Job(
        config,
        encoding=args.encoding,
        report=not writing and not args.diff and not args.quiet,
        diff=args.diff,
        write=writing,
        log=args.log is not None,
        text_field=args.text_field,
        id_field=args.id_field or None,
        log_field=None if args.no_log_field else args.log_field,
        html_field=args.html_field,
    )
    try:
        run.log = open(args.log, "w", encoding="utf-8") if args.log else None  # noqa: SIM115
        run.reject = open(args.reject, "w", encoding="utf-8") if args.reject else None  # noqa: SIM115
    except OSError as exc:
        run.error(f"cannot write {exc.filename}: {exc.strerror}")
        return 2
    try:
        _process(run, job)
    except (CleanerError, RuntimeError) as exc:
        run.error(str(exc))
    finally:
        for handle in (run.log, run.reject):
            if handle:
                handle.close()
    return _finish(run)


def _use_color(choice: str, stream: IO[str]) -> bool:
    if choice != "auto":
        return choice == "always"
    return not os.environ.get("NO_COLOR") and hasattr(stream, "isatty") and stream.isatty()


def _load_config(args: argparse.Namespace) -> Config:
    if args.config and not args.config.is_file():
        raise ConfigError(f"config file {args.config} does not exist")
    path = None if args.isolated else (args.config or find_config(Path.cwd()))
    return load_config(path).override(args.select, args.extend_select, args.ignore)


def _rules_command(argv: list[str]) -> int:
    p = argparse.ArgumentParser(prog=f"{PROG} {argv[0]}")
    if argv[0] == "rule":
        p.add_argument("code", help="a rule code, code prefix or name")
        try:
            rules = resolve(p.parse_args(argv[1:]).code, "rule")
        except ConfigError as exc:
            print(f"{PROG}: error: {exc}", file=sys.stderr)
            return 2
        for rule in rules:
            state = "on by default" if rule.default else "off by default (opt-in)"
            print(f"{rule.code} {rule.name} ({rule.kind}, {state})\n\n{rule.doc}\n")
        return 0
    p.add_argument("--output-format", choices=("text", "json"), default="text")
    args = p.parse_args(argv[1:])
    print(rules_json() if args.output_format == "json" else "\n".join(rules_table()))
    return 0


@dataclass
class _Input:
    source: Source | None  # None: stdin (or stdin spooled to a temporary file)
    kind: str
    target: Path | None
    shown: str = "-"


def _inputs(run: Run) -> list[_Input]:
    args = run.args
    if args.paths == ["-"]:
        kind = args.input_format if args.input_format != "auto" else "text"
        if kind == "jsonl" and _corpus_wanted(run, [_Input(None, kind, None)]):
            return [_Input(Source(_spool(sys.stdin.buffer), Path("-")), kind, None)]  # read twice
        return [_Input(None, kind, None)]
    paths = [Path(p) for p in args.paths]
    sources, problems = discover(paths, INPUT_SUFFIXES)
    for problem in problems:
        run.error(problem)
    if args.output and (conflict := output_conflict(args.output, paths)):
        run.error(conflict + "; choose a folder outside the inputs")
        return []
    inputs, originals = [], {s.path.resolve() for s in sources}
    for source in sources:
        kind = kind_of(source.path, args.input_format)
        target = None
        if args.output:
            target = args.output / (source.rel.with_suffix(".txt") if kind == "html" else source.rel)
            if target.resolve() in originals:
                run.error(f"{source.path}: output {target} would overwrite an input; skipped")
                continue
        elif args.in_place:
            if kind == "html":
                run.error(f"{source.path}: an HTML page is not rewritten in place as text; use -o")
                continue
            target = source.path
        inputs.append(_Input(source, kind, target, str(source.path)))
    return inputs


def _spool(stream: IO[bytes]) -> Path:
    """Copy a stream to a temporary file (removed at exit), for inputs read twice."""
    import atexit
    import shutil
    import tempfile

    with tempfile.NamedTemporaryFile(prefix="clean-text-stdin-", delete=False) as handle:
        shutil.copyfileobj(stream, handle, 1 << 20)
    path = Path(handle.name)
    atexit.register(path.unlink, missing_ok=True)
    return path


def _pieces(run: Run, inputs: list[_Input], resume: Resume | None, report: bool = True) -> Iterator[Piece]:
    size = run.args.piece_size
    for item in inputs:
        if item.source is None:
            yield from plan_stream(sys.stdin.buffer, "-", item.kind, size=size)
            continue
        shown = item.shown
        if resume and resume.done(item.source.path, item.target):
            run.totals.files += report
            continue
        try:
            if is_compressed(item.source.path):
                from cleaner.io.compressed import open_compressed

                with open_compressed(item.source.path) as stream:
                    yield from plan_stream(stream, shown, item.kind, size=size)
            else:
                yield from plan_file(item.source.path, shown, item.kind, run.args.encoding, size)
        except (OSError, CleanerError) as exc:
            if report:
                run.error(f"{shown}: {getattr(exc, 'strerror', None) or exc}")


def _corpus_wanted(run: Run, inputs: list[_Input]) -> bool:
    """Corpus mode: on when the run holds several documents and B107 is enabled."""
    if run.args.no_corpus or not run.config.setting("corpus"):
        return False
    if "B107" not in {r.code for r in run.config.rules}:
        return False
    return len(inputs) > 1 or any(i.kind == "jsonl" for i in inputs)


def _count(run: Run, engine, job: Job, inputs: list[_Input], resume: Resume | None) -> FrozenCounts:
    """Corpus mode, first pass: in how many documents each line occurs (deterministic, counted on disk)."""
    with SpilledCounts() as counts:
        document: set[int] = set()
        for piece, found in engine.map(count_piece, job, _pieces(run, inputs, resume, report=False)):
            if piece.kind == "jsonl":
                for keys in found:
                    counts.add_keys(keys)
                continue
            for keys in found:
                document |= keys
            if piece.last:
                counts.add_keys(document)
                document = set()
        return counts.frozen(min_count=2)


def _process(run: Run, job: Job) -> None:
    inputs = _inputs(run)
    resume = Resume(run.args.output, job) if run.args.resume else None
    by_path = {i.shown: i for i in inputs}
    engine = Ray(run.args.ray_address, run.args.jobs) if run.args.engine == "ray" else Local(run.args.jobs)
    try:
        if _corpus_wanted(run, inputs):
            job = replace(job, corpus=_count(run, engine, job, inputs, resume))
        progress = _progress(run, inputs)
        current: tuple[Assembly, Output | None, _Input] | None = None
        for piece, result in engine.map(run_piece, job, _pieces(run, inputs, resume)):
            if piece.index == 0:
                current = _open(run, by_path[piece.path])
            assembly, output, item = current
            assembly.add(piece, result)
            if progress is not None:
                progress.update(len(piece.data) if piece.data is not None else max(piece.end - piece.start, 0))
            if piece.last:
                _close(run, assembly, output, item, resume)
        if progress is not None:
            progress.close()
    finally:
        engine.close()


def _progress(run: Run, inputs: list[_Input]):
    if run.args.quiet or not run.err.isatty():
        return None
    from tqdm import tqdm

    total = sum(i.source.path.stat().st_size for i in inputs if i.source)
    return tqdm(total=total or None, unit="B", unit_scale=True, file=run.err, desc=PROG)


def _open(run: Run, item: _Input) -> tuple[Assembly, Output | None, _Input]:
    shown = item.shown
    output = None
    if item.target is not None:
        output = Output(item.target, like=item.source.path if run.args.in_place else None)
    sink = output if output is not None else (sys.stdout.buffer if run.writing else None)
    assembly = Assembly(
        shown,
        sink,
        emit=lambda located: _emit(run, located),
        log=(lambda entry: run.log.write(json.dumps(entry, ensure_ascii=False) + "\n")) if run.log else None,
        diff=run.out.write if run.args.diff else None,
        error=run.error,
        warn=lambda message: run.warn(message),
        reject=(lambda entry: run.reject.write(json.dumps(entry, ensure_ascii=False) + "\n")) if run.reject else None,
        note=lambda entry: _note(run, entry),
    )
    return assembly, output, item


def _note(run: Run, entry: dict) -> None:
    """A document-level entry (how the input was decoded): logged, and reported when it matters."""
    if run.log:
        run.log.write(json.dumps(entry, ensure_ascii=False) + "\n")
    if entry["code"] != "decode" or not (entry["bom"] or entry["encoding"] not in ("utf-8", "ascii")):
        return
    if run.args.output_format == "json":
        run.report.append(entry)
    elif not (run.writing or run.args.diff or run.args.quiet):
        how = f"decoded as {entry['encoding']} ({entry['method']}, confidence {entry['confidence']:.2f})"
        print(f"{run.style.bold(entry['path'])}: {how}; written back as UTF-8", file=run.out)


def _close(run: Run, assembly: Assembly, output: Output | None, item: _Input, resume: Resume | None) -> None:
    t = run.totals
    t.files += 1
    t.docs += assembly.docs
    t.changed_docs += assembly.changed
    t.changed_files += int(assembly.changed > 0)
    for code, n in assembly.counts.items():
        t.counts[code] = t.counts.get(code, 0) + n
    if output is None:
        return
    failed = assembly.errors and item.kind != "jsonl"
    if failed or (run.args.in_place and not assembly.changed):
        output.discard()  # keep the input as it is
        return
    output.commit()
    if resume:
        resume.record(item.source.path, item.target)


def _emit(run: Run, located: Located) -> None:
    f = located.entry.finding
    if run.args.output_format == "json":
        entry = finding_json(located.path, located.line, located.column, f)
        if located.record:
            entry.update(path=located.file, record=located.record, id=located.record_id)
        run.report.append(entry)
    else:
        print(finding_line(located.path, located.line, located.column, f, run.style), file=run.out)


def _finish(run: Run) -> int:
    args, t = run.args, run.totals
    if args.output_format == "json" and not args.diff and not args.quiet:
        print(json.dumps(run.report, ensure_ascii=False, indent=2), file=run.out)
    stream = run.err if run.writing or args.output_format == "json" or args.diff else run.out
    if args.statistics:
        for line in statistics_lines(t.counts, run.style):
            print(line, file=stream)
    if not args.quiet:
        print(_summary(run), file=stream)
    if t.errors:
        return 2
    return 1 if t.changed_docs and not run.writing else 0


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _summary(run: Run) -> str:
    t = run.totals
    records = f" ({_plural(t.docs, 'record')})" if t.docs != t.files and t.docs else ""
    changes = _plural(sum(t.counts.values()), "change")
    if run.writing:
        text = f"cleaned {_plural(t.files, 'file')}{records}: {changes} in {t.changed_docs}"
    elif t.changed_docs:
        text = f"checked {_plural(t.files, 'file')}{records}: {changes} would be made in {t.changed_docs}"
    else:
        text = f"checked {_plural(t.files, 'file')}{records}: nothing to change"
    skipped = f"; {t.skipped} without text" if t.skipped else ""
    return text + skipped + (f"; {_plural(t.errors, 'error')}." if t.errors else ".")
