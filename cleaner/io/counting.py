"""Corpus mode's first pass with flat memory: line keys are counted on disk.

:class:`cleaner.corpus.LineCounts` keeps every distinct line key in a dict,
about 75 bytes per distinct line: a few hundred MB for a gigabyte of real
web text. :class:`SpilledCounts` gives the same table (a
:class:`~cleaner.corpus.FrozenCounts` of the lines seen in at least
``min_count`` documents) with memory that does not grow with the corpus:

* each document's keys are appended, 8 bytes each, to one of
  :data:`PARTS` temporary files chosen by the key's top byte (buffered in
  memory up to :data:`BUFFER_KEYS` keys);
* :meth:`SpilledCounts.frozen` then counts one file at a time (a
  1/:data:`PARTS` share of the keys) and keeps the keys seen often enough.
  The files hold disjoint, ascending ranges of keys, so their sorted results
  laid end to end are the sorted table.

Counting is a sum, so the result is exact and does not depend on the order
the documents came in. The disk takes 8 bytes per distinct line of each
document; the files are removed when the table is built.
"""

from __future__ import annotations

import shutil
import tempfile
from array import array
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from cleaner.corpus import FrozenCounts

PARTS = 256
BUFFER_KEYS = 1 << 20  # keys held in memory before they are written out (8 MiB)


class SpilledCounts:
    """Document frequency of line keys, counted through temporary files."""

    def __init__(self, folder: str | Path | None = None, buffer_keys: int = BUFFER_KEYS) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="clean-text-counts-", dir=folder))
        self._buffers = [array("Q") for _ in range(PARTS)]
        self._buffered = 0
        self._limit = buffer_keys
        self.documents = 0

    def add_keys(self, keys: Iterable[int]) -> None:
        """Count one document given by the keys of its distinct lines (see :func:`cleaner.corpus.document_keys`)."""
        buffers = self._buffers
        n = 0
        for key in keys:
            buffers[key >> 56].append(key)
            n += 1
        self.documents += 1
        self._buffered += n
        if self._buffered >= self._limit:
            self._spill()

    def _spill(self) -> None:
        for part, buffer in enumerate(self._buffers):
            if buffer:
                with open(self._dir / f"{part:02x}", "ab") as handle:
                    buffer.tofile(handle)
                self._buffers[part] = array("Q")
        self._buffered = 0

    def frozen(self, min_count: int = 2) -> FrozenCounts:
        """The lines seen in at least ``min_count`` documents; the temporary files are removed."""
        try:
            self._spill()
            keys, counts = array("Q"), array("L")
            for part in range(PARTS):
                path = self._dir / f"{part:02x}"
                if not path.exists():
                    continue
                found = array("Q")
                found.frombytes(path.read_bytes())
                path.unlink()
                tally = Counter(found)
                del found
                kept = sorted(k for k, n in tally.items() if n >= min_count)
                keys.extend(kept)
                counts.extend(tally[k] for k in kept)
            return FrozenCounts(keys, counts, self.documents)
        finally:
            self.close()

    def close(self) -> None:
        """Remove the temporary files (also done by :meth:`frozen`)."""
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> SpilledCounts:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
