"""The ``clean-text`` command: argument parsing, reports, writing, exit codes.

Exit codes: 0 nothing to change (or everything written), 1 something would
change (report and ``--diff`` modes), 2 usage, configuration or I/O errors
(after processing every input that could be processed).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from cleaner import __version__
from cleaner.chain import Result, clean
from cleaner.changes import to_json
from cleaner.config import Config, resolve
from cleaner.corpus import FrozenCounts, LineCounts
from cleaner.errors import ConfigError, InputError
from cleaner.io.decode import Decoded, decode
from cleaner.io.files import Source, discover, output_conflict, write_atomic
from cleaner.io.settings import find_config, load_config
from cleaner.report import (
    Locator,
    Style,
    finding_json,
    finding_line,
    rules_json,
    rules_table,
    statistics_lines,
)
from cleaner.rules.noise import analysis as _noise

PROG = "clean-text"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Repair and clean scraped text. Reports what would change unless told to write.",
        epilog="Also: `clean-text rules` lists the rules, `clean-text rule CODE` documents one.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to clean, or - for stdin")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--diff", action="store_true", help="show a unified diff of what would change")
    mode.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="write cleaned files into DIR, mirroring the input tree",
    )
    mode.add_argument("--in-place", action="store_true", help="rewrite changed input files (atomically)")
    mode.add_argument("--check", action="store_true", help="report only, also for stdin (the default for paths)")
    p.add_argument("--log", type=Path, metavar="FILE", help="write the change log as JSON lines to FILE")
    p.add_argument(
        "--select", type=_codes, metavar="RULES", help="comma-separated rules to run instead of the defaults"
    )
    p.add_argument("--extend-select", type=_codes, default=[], metavar="RULES", help="rules to run in addition")
    p.add_argument("--ignore", type=_codes, default=[], metavar="RULES", help="rules not to run")
    p.add_argument("--config", type=Path, metavar="FILE", help="read settings from FILE instead of the nearest config")
    p.add_argument("--isolated", action="store_true", help="ignore all configuration files")
    p.add_argument("--encoding", metavar="NAME", help="decode inputs with this encoding instead of detecting it")
    p.add_argument(
        "--no-corpus",
        action="store_true",
        help="do not count lines across the inputs (corpus mode is on when several documents are cleaned)",
    )
    p.add_argument("--statistics", action="store_true", help="show the number of changes per rule")
    p.add_argument("--output-format", choices=("text", "json"), default="text", help="report format (default: text)")
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the report (default: auto; NO_COLOR is honoured)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def _codes(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


@dataclass
class Run:
    """The state of one command run: options, counters and errors."""

    args: argparse.Namespace
    config: Config
    style: Style
    out: IO[str]
    err: IO[str]
    log: IO[str] | None = None
    errors: int = 0
    files: int = 0
    changed_files: int = 0
    counts: Counter = field(default_factory=Counter)
    report: list[dict] = field(default_factory=list)
    corpus: FrozenCounts | None = None

    def error(self, message: str) -> None:
        self.errors += 1
        print(f"{PROG}: error: {message}", file=self.err)


def main(argv: list[str] | None = None, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out, err = stdout or sys.stdout, stderr or sys.stderr
    if argv and argv[0] in ("rules", "rule"):
        return _rules_command(argv, out, err)
    args = _parser().parse_args(argv)
    try:
        config = _load_config(args)
    except ConfigError as exc:
        print(f"{PROG}: error: {exc}", file=err)
        return 2
    run = Run(args, config, Style(_use_color(args.color, out)), out, err)
    try:
        if args.log:
            run.log = open(args.log, "w", encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        run.error(f"cannot write log {args.log}: {exc.strerror}")
        return 2
    try:
        if args.paths == ["-"]:
            _run_stdin(run)
        elif "-" in args.paths:
            run.error("- (stdin) cannot be combined with other paths")
        else:
            _run_paths(run, [Path(p) for p in args.paths])
    finally:
        if run.log:
            run.log.close()
    return _finish(run)


def _use_color(choice: str, stream: IO[str]) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


def _load_config(args: argparse.Namespace) -> Config:
    path = None if args.isolated else (args.config or find_config(Path.cwd()))
    if args.config and not args.config.is_file():
        raise ConfigError(f"config file {args.config} does not exist")
    return load_config(path).override(args.select, args.extend_select, args.ignore)


def _rules_command(argv: list[str], out: IO[str], err: IO[str]) -> int:
    p = argparse.ArgumentParser(prog=f"{PROG} {argv[0]}")
    if argv[0] == "rule":
        p.add_argument("code", help="a rule code or name")
        args = p.parse_args(argv[1:])
        try:
            rules = resolve(args.code, "rule")
        except ConfigError as exc:
            print(f"{PROG}: error: {exc}", file=err)
            return 2
        for rule in rules:
            state = "on by default" if rule.default else "off by default (opt-in)"
            print(f"{rule.code} {rule.name} ({rule.kind}, {state})\n\n{rule.doc}\n", file=out)
        return 0
    p.add_argument("--output-format", choices=("text", "json"), default="text")
    args = p.parse_args(argv[1:])
    print(rules_json() if args.output_format == "json" else "\n".join(rules_table()), file=out)
    return 0


def _run_stdin(run: Run) -> None:
    data = sys.stdin.buffer.read()
    try:
        decoded = decode(data, run.args.encoding)
    except InputError as exc:
        run.error(f"-: {exc}")
        return
    result = _process(run, "-", decoded)
    if run.args.output or run.args.in_place:
        run.error("- (stdin) is written to stdout; --output and --in-place need paths")
    elif not (run.args.check or run.args.diff or run.args.output_format == "json"):
        run.out.write(result.text)


def _run_paths(run: Run, paths: list[Path]) -> None:
    args = run.args
    sources, problems = discover(paths)
    for problem in problems:
        run.error(problem)
    if args.output:
        conflict = output_conflict(args.output, paths)
        if conflict:
            run.error(conflict + "; choose a folder outside the inputs")
            return
    inputs = {s.path.resolve() for s in sources}
    run.corpus = _corpus_counts(run, sources)
    for source in sources:
        try:
            data = source.path.read_bytes()
            decoded = decode(data, args.encoding)
        except InputError as exc:
            run.error(f"{source.path}: {exc}")
            continue
        except OSError as exc:
            run.error(f"{source.path}: cannot read: {exc.strerror}")
            continue
        result = _process(run, str(source.path), decoded)
        new = result.text.encode("utf-8")
        try:
            _write(run, source, data, new, inputs)
        except OSError as exc:
            run.error(f"{source.path}: cannot write: {exc.strerror}")


def _corpus_counts(run: Run, sources: list[Source]) -> FrozenCounts | None:
    """Corpus mode: in how many of the inputs each line occurs (first pass, for rule B107).

    Only when several documents are cleaned and neither ``--no-corpus`` nor
    the ``corpus = false`` setting turns it off. Inputs that cannot be read
    are skipped here; the main pass reports them.
    """
    if len(sources) < 2 or run.args.no_corpus or not run.config.setting("corpus"):
        return None
    counts = LineCounts()
    for source in sources:
        try:
            counts.add(decode(source.path.read_bytes(), run.args.encoding).text)
        except (InputError, OSError):
            continue
    return counts.frozen(min_count=max(2, run.config.setting(_noise.SETTING_CORPUS_MIN)))


def _write(run: Run, source: Source, old: bytes, new: bytes, inputs: set[Path]) -> None:
    if run.args.in_place:
        if new != old:
            write_atomic(source.path, new, like=source.path)
    elif run.args.output:
        target = run.args.output / source.rel
        if target.resolve() in inputs:
            run.error(f"{source.path}: output {target} would overwrite an input; not written")
            return
        write_atomic(target, new)


def _process(run: Run, path: str, decoded: Decoded) -> Result:
    """Clean one document and report it; count it in the run's statistics."""
    result = clean(decoded.text, run.config, corpus=run.corpus)
    run.files += 1
    if result.changed or decoded.transcoded:
        run.changed_files += 1
    run.counts.update(result.statistics())
    if run.log:
        if decoded.transcoded or decoded.method == "detected":
            run.log.write(json.dumps({"path": path, **decoded.as_log()}, ensure_ascii=False) + "\n")
        for change in result.changes:
            run.log.write(to_json(change, path=path) + "\n")
    _report(run, path, decoded, result)
    return result


def _report(run: Run, path: str, decoded: Decoded, result: Result) -> None:
    args = run.args
    if args.diff:
        if result.text != decoded.text:
            diff = difflib.unified_diff(
                decoded.text.splitlines(keepends=True),
                result.text.splitlines(keepends=True),
                fromfile=f"a/{path}",
                tofile=f"b/{path}",
            )
            for line in diff:
                run.out.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        return
    writing = args.output or args.in_place or (path == "-" and not args.check)
    if args.quiet or (writing and args.output_format == "text"):
        return
    locate = Locator(decoded.text)
    if decoded.transcoded:
        note = f"decoded as {decoded.encoding} ({decoded.method}, confidence {decoded.confidence:.2f})"
        if args.output_format == "json":
            run.report.append({"path": path, **decoded.as_log()})
        else:
            print(f"{run.style.bold(path)}: {note}; written back as UTF-8", file=run.out)
    for f in result.findings():
        line, col = locate(f.offset)
        if args.output_format == "json":
            run.report.append(finding_json(path, line, col, f))
        else:
            print(finding_line(path, line, col, f, run.style), file=run.out)


def _finish(run: Run) -> int:
    args = run.args
    if args.output_format == "json" and not args.diff:
        print(json.dumps(run.report, ensure_ascii=False, indent=2), file=run.out)
    writing = bool(args.output or args.in_place or (args.paths == ["-"] and not (args.check or args.diff)))
    summary_stream = run.err if writing or args.output_format == "json" else run.out
    if args.statistics:
        for line in statistics_lines(run.counts, run.style):
            print(line, file=summary_stream)
    if not args.quiet:
        print(_summary(run, writing), file=summary_stream if not args.diff else run.err)
    if run.errors:
        return 2
    return 1 if run.changed_files and not writing else 0


def _summary(run: Run, writing: bool) -> str:
    n = sum(run.counts.values())
    files = f"{run.files} file{'s' if run.files != 1 else ''}"
    changes = f"{n} change{'s' if n != 1 else ''}"
    if writing:
        verb = f"cleaned {files}: {changes} in {run.changed_files}"
    elif run.changed_files:
        verb = f"checked {files}: {changes} would be made in {run.changed_files}"
    else:
        verb = f"checked {files}: nothing to change"
    errors = f"; {run.errors} error{'s' if run.errors != 1 else ''}" if run.errors else ""
    return verb + errors + "."
