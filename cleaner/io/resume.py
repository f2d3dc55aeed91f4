"""``--resume``: skip inputs whose output is complete and matches input and settings.

After an output file is committed (renamed into place), a marker recording
the input's and the output's SHA-256 and a fingerprint of the settings is
written to ``OUTPUT/.clean-text-done/<path>.json``. An input is skipped when
its marker exists and all three still match, so an interrupted run picks up
where it stopped and a run with other settings starts over.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from cleaner import __version__
from cleaner.io.files import write_atomic
from cleaner.io.work import Job

MARKERS = ".clean-text-done"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def fingerprint(job: Job) -> str:
    """A digest of everything that decides the output (rules, settings, options, version)."""
    data = asdict(job)
    data["config"] = {"rules": [r.code for r in job.config.rules], "settings": dict(job.config.settings)}
    data["version"] = __version__
    for key in ("report", "diff", "log"):
        data.pop(key)
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


class Resume:
    def __init__(self, output: Path, job: Job) -> None:
        self.root = output / MARKERS
        self.output = output
        self.fingerprint = fingerprint(job)

    def _marker(self, target: Path) -> Path:
        return self.root / (str(target.relative_to(self.output)) + ".json")

    def done(self, source: Path, target: Path) -> bool:
        """True when ``target`` is a complete, up-to-date output of ``source``."""
        marker = self._marker(target)
        try:
            state = json.loads(marker.read_text(encoding="utf-8"))
            return (
                state["settings"] == self.fingerprint
                and state["input"] == _sha256(source)
                and state["output"] == _sha256(target)
            )
        except (OSError, ValueError, KeyError):
            return False

    def record(self, source: Path, target: Path) -> None:
        state = {"settings": self.fingerprint, "input": _sha256(source), "output": _sha256(target)}
        write_atomic(self._marker(target), json.dumps(state).encode())
