"""The clean-text command, run for real in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import apply_log
from cleaner.changes import from_json

ROOT = Path(__file__).resolve().parent.parent
DIRTY = "Caf\u00c3\u00a9 &amp; bar  \r\nsecond line\r\n"
CLEAN = "Café & bar\nsecond line\n"


def run(*args: str, cwd: Path, stdin: bytes | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    environment.pop("NO_COLOR", None) if env is None or "NO_COLOR" not in env else None
    return subprocess.run(
        [sys.executable, "-m", "cleaner", "--isolated", *args]
        if args[:1] not in (("rules",), ("rule",))
        else [sys.executable, "-m", "cleaner", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=environment,
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "dirty.txt").write_bytes(DIRTY.encode())
    (src / "sub" / "clean.txt").write_bytes(b"Nothing to do here.\n")
    (src / "sub" / "notes.md").write_bytes(b"Trailing \n")
    (src / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")  # not a text suffix: skipped
    return tmp_path


def test_report_format_and_exit_1(tree: Path) -> None:
    proc = run("in", cwd=tree)
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert 'in/dirty.txt:1:4 E101 latin-mojibake "Ã©" → "é"' in out
    assert 'in/dirty.txt:1:16 W102 trailing-whitespace "  " → ""' in out
    assert 'W101 line-ending "\\r\\n" → "\\n"' in out
    assert "would be made in 2" in out
    assert (tree / "in" / "dirty.txt").read_bytes() == DIRTY.encode()  # never written


def test_exit_0_when_clean(tree: Path) -> None:
    proc = run("in/sub/clean.txt", cwd=tree)
    assert proc.returncode == 0, proc.stderr
    assert "nothing to change" in proc.stdout.decode()


def test_output_mirrors_tree(tree: Path) -> None:
    proc = run("in", "-o", "out", cwd=tree)
    assert proc.returncode == 0, proc.stderr
    assert (tree / "out" / "dirty.txt").read_bytes() == CLEAN.encode()
    assert (tree / "out" / "sub" / "clean.txt").read_bytes() == b"Nothing to do here.\n"
    assert (tree / "out" / "sub" / "notes.md").read_bytes() == b"Trailing\n"
    assert not (tree / "out" / "image.png").exists()


def test_output_keeps_crlf_when_line_ending_rule_is_off(tree: Path) -> None:
    proc = run("in", "-o", "out", "--ignore", "W101", cwd=tree)
    assert proc.returncode == 0, proc.stderr
    assert (tree / "out" / "dirty.txt").read_bytes() == b"Caf\xc3\xa9 & bar\r\nsecond line\r\n"


def test_refuses_output_inside_input(tree: Path) -> None:
    proc = run("in", "-o", "in/cleaned", cwd=tree)
    assert proc.returncode == 2
    assert "inside the input folder" in proc.stderr.decode()
    assert not (tree / "in" / "cleaned").exists()


def test_in_place_is_atomic_and_keeps_mode(tree: Path) -> None:
    target = tree / "in" / "dirty.txt"
    target.chmod(0o640)
    inode = target.stat().st_ino
    untouched = tree / "in" / "sub" / "clean.txt"
    untouched_mtime = untouched.stat().st_mtime_ns
    proc = run("in", "--in-place", cwd=tree)
    assert proc.returncode == 0, proc.stderr
    assert target.read_bytes() == CLEAN.encode()
    assert target.stat().st_ino != inode  # replaced by rename, not rewritten
    assert target.stat().st_mode & 0o777 == 0o640
    assert untouched.stat().st_mtime_ns == untouched_mtime  # unchanged files are not rewritten
    assert not list((tree / "in").glob(".*.tmp"))


def test_binary_and_missing_inputs_exit_2_but_others_are_cleaned(tree: Path) -> None:
    (tree / "in" / "fake.txt").write_bytes(b"GIF89a\x00\x01\x02")
    proc = run("in", "missing.txt", "-o", "out", cwd=tree)
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert "in/fake.txt: binary file (a GIF image)" in err
    assert "missing.txt: no such file or folder" in err
    assert (tree / "out" / "dirty.txt").read_bytes() == CLEAN.encode()


def test_stdin_to_stdout(tmp_path: Path) -> None:
    proc = run("-", cwd=tmp_path, stdin=DIRTY.encode())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == CLEAN.encode()
    proc = run("-", "--check", cwd=tmp_path, stdin=DIRTY.encode())
    assert proc.returncode == 1
    assert b"-:1:4 E101" in proc.stdout


def test_log_replays(tree: Path) -> None:
    proc = run("in", "-o", "out", "--log", "changes.jsonl", cwd=tree)
    assert proc.returncode == 0, proc.stderr
    lines = (tree / "changes.jsonl").read_text(encoding="utf-8").splitlines()
    changes = [from_json(line) for line in lines if json.loads(line)["path"] == "in/dirty.txt"]
    assert apply_log(DIRTY, changes) == CLEAN


def test_diff(tree: Path) -> None:
    proc = run("in/dirty.txt", "--diff", cwd=tree)
    out = proc.stdout.decode()
    assert proc.returncode == 1
    assert out.startswith("--- a/in/dirty.txt\n+++ b/in/dirty.txt\n")
    assert "+Café & bar\n" in out


def test_json_report_and_statistics(tree: Path) -> None:
    proc = run("in", "--output-format", "json", "--statistics", cwd=tree)
    report = json.loads(proc.stdout)
    assert proc.returncode == 1
    assert {r["code"] for r in report} >= {"E101", "C101", "W101", "W102"}
    first = next(r for r in report if r["code"] == "E101")
    assert (first["path"], first["line"], first["column"], first["before"], first["after"]) == (
        "in/dirty.txt",
        1,
        4,
        "Ã©",
        "é",
    )
    assert "E101\tlatin-mojibake" in proc.stderr.decode()


def test_color(tree: Path) -> None:
    assert b"\x1b[" in run("in", "--color", "always", cwd=tree).stdout
    assert b"\x1b[" not in run("in", cwd=tree).stdout  # not a terminal
    assert b"\x1b[" not in run("in", "--color", "never", cwd=tree).stdout


def test_select_and_ignore(tree: Path) -> None:
    out = run("in", "--select", "W102", cwd=tree).stdout.decode()
    assert "W102" in out and "E101" not in out
    out = run("in", "--ignore", "E,C", cwd=tree).stdout.decode()
    assert "E101" not in out and "C101" not in out and "W102" in out


def test_config_errors_exit_2(tree: Path) -> None:
    proc = run("in", "--select", "NOPE", cwd=tree)
    assert proc.returncode == 2 and "'NOPE'" in proc.stderr.decode()
    (tree / "pyproject.toml").write_text("[tool.cleaner]\nselct = ['E']\n")
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", "in"],
        cwd=tree,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 2 and "unknown key 'selct'" in proc.stderr.decode()


def test_config_file_is_used(tree: Path) -> None:
    (tree / "cleaner.toml").write_text('ignore = ["E101"]\n')
    proc = subprocess.run(
        [sys.executable, "-m", "cleaner", "in"],
        cwd=tree,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 1 and b"E101" not in proc.stdout and b"C101" in proc.stdout


def test_rules_and_rule(tmp_path: Path) -> None:
    listing = run("rules", cwd=tmp_path).stdout.decode()
    assert "E101  latin-mojibake" in listing
    doc = run("rule", "latin-mojibake", cwd=tmp_path)
    assert doc.returncode == 0 and b">>> " in doc.stdout
    assert run("rule", "Z999", cwd=tmp_path).returncode == 2


def test_usage_error_exit_2(tmp_path: Path) -> None:
    assert run("--no-such-flag", "x", cwd=tmp_path).returncode == 2
    assert run("x", "--diff", "--in-place", cwd=tmp_path).returncode == 2


def test_decoding_is_reported_and_transcoded(tmp_path: Path) -> None:
    text = (
        "Le café était très animé ce soir-là, près du théâtre où l’on joue « Phèdre ».\n"
        "Les élèves du lycée étaient déjà là, à côté des caméras de la télévision régionale.\n"
        "On a servi des crêpes, du thé et une bière brassée à Rennes.\n"
    )
    (tmp_path / "latin.txt").write_bytes(text.encode("cp1252"))
    proc = run("latin.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert "decoded as cp1252" in proc.stdout.decode()
    run("latin.txt", "-o", "out", cwd=tmp_path)
    assert (tmp_path / "out" / "latin.txt").read_text(encoding="utf-8") == text
    forced = run("latin.txt", "--encoding", "utf-8", cwd=tmp_path)
    assert forced.returncode == 2 and "not valid utf-8" in forced.stderr.decode()


SCRIPT = shutil.which("clean-text", path=str(Path(sys.executable).parent)) or shutil.which("clean-text")


@pytest.mark.skipif(SCRIPT is None, reason="clean-text is not installed")
def test_console_script(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("fine\n")
    proc = subprocess.run([SCRIPT, "--isolated", "a.txt"], cwd=tmp_path, capture_output=True)
    assert proc.returncode == 0
