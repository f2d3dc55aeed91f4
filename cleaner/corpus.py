"""Corpus mode: in how many documents does each line occur? (pure, no I/O)

Lines that repeat verbatim across many documents of one crawl are site
boilerplate: menus, footers, share buttons, newsletter prompts. C4 and CCNet
find them by counting. :class:`LineCounts` counts *document frequency*: every
distinct normalised line counts once per document, however often it repeats
inside it.

The counts are

* deterministic and order-independent: a line's key is a fixed 64-bit
  BLAKE2b hash of its normalised text (never Python's salted ``hash``), and
  counting is a sum, so any file order gives the same table;
* mergeable: workers count their share of the documents and the parts are
  added with :meth:`LineCounts.merge` (or ``+``); the result is the same as
  counting everything in one process;
* memory-bounded: only hashes are stored (never the text), lines longer than
  :data:`MAX_LINE_CHARS` are not counted, and :meth:`LineCounts.frozen`
  drops the lines seen in fewer than two documents and packs the rest into
  two compact arrays for the lookup phase.

>>> counts = LineCounts.from_texts(["Home\\nA story.\\n", "home \\nAnother.", "HOME\\nThird."])
>>> counts.count("  Home  "), counts.count("A story."), counts.documents
(3, 1, 3)
"""

from __future__ import annotations

import hashlib
import re
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Mapping

__all__ = ["MAX_LINE_CHARS", "LineCounts", "FrozenCounts", "document_keys", "line_key", "normalise", "skeleton"]

MAX_LINE_CHARS = 1000  # longer lines are (almost) never boilerplate; not counting them bounds memory
_EMPTY = 0
_NOT_WORD = re.compile(r"[\W_]+")


def normalise(line: str) -> str:
    """The form in which lines are compared: spaces collapsed, case folded.

    >>> normalise("  Follow   us on\\tTwitter!  ")
    'follow us on twitter!'
    """
    return " ".join(line.split()).casefold()


def skeleton(line: str) -> str:
    """A line's letters and digits, case folded: the same line once spacing, punctuation and hyphens are repaired.

    >>> skeleton("Die Versu\xadchungen des Abso\xadlu\xadtismus.") == skeleton("Die Versuchungen des Absolutismus")
    True
    """
    return _NOT_WORD.sub("", line).casefold()


def line_key(line: str) -> int:
    """A stable 64-bit key for a line (0 for blank lines).

    >>> line_key("Leave a Reply") == line_key("leave  a reply ")
    True
    """
    norm = normalise(line)
    if not norm:
        return _EMPTY
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big") or 1


def document_keys(text: str) -> set[int]:
    """The keys of the distinct non-blank lines of one document (or of a piece of it)."""
    keys = set()
    for line in text.split("\n"):
        if line and len(line) <= MAX_LINE_CHARS and not line.isspace():
            keys.add(line_key(line))
    keys.discard(_EMPTY)
    return keys


class LineCounts:
    """Document frequency of normalised lines, keyed by hash (mutable, for counting)."""

    __slots__ = ("counts", "documents")

    def __init__(self, counts: Mapping[int, int] | None = None, documents: int = 0) -> None:
        self.counts: Counter[int] = Counter(counts or {})
        self.documents = documents

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> LineCounts:
        counts = cls()
        for text in texts:
            counts.add(text)
        return counts

    def add(self, text: str) -> None:
        """Count one document."""
        self.counts.update(document_keys(text))
        self.documents += 1

    def add_keys(self, keys: Iterable[int]) -> None:
        """Count one document given by its line keys (see :func:`document_keys`)."""
        self.counts.update(keys)
        self.documents += 1

    def merge(self, other: LineCounts) -> LineCounts:
        """The counts of both parts together (neither part is changed)."""
        merged = LineCounts(self.counts, self.documents + other.documents)
        merged.counts.update(other.counts)
        return merged

    __add__ = merge

    def count(self, line: str) -> int:
        """In how many documents ``line`` occurs (after normalisation)."""
        return self.counts.get(line_key(line), 0)

    def frozen(self, min_count: int = 2) -> FrozenCounts:
        """A compact read-only table without the lines seen fewer than ``min_count`` times.

        Call it once every part has been merged: a line seen once in two
        parts is a line seen twice.
        """
        return FrozenCounts.build(self.counts, self.documents, min_count)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LineCounts) and (self.documents, self.counts) == (other.documents, other.counts)

    def __len__(self) -> int:
        return len(self.counts)

    def __repr__(self) -> str:
        return f"LineCounts({len(self.counts)} lines, {self.documents} documents)"


class FrozenCounts:
    """Read-only counts in two sorted arrays (12 bytes per line); what rules read.

    >>> table = LineCounts.from_texts(["a\\nb", "a\\nc", "a"]).frozen()
    >>> table.count("A"), table.count("b"), len(table)
    (3, 0, 1)
    """

    __slots__ = ("_keys", "_counts", "documents")

    def __init__(self, keys: array, counts: array, documents: int) -> None:
        self._keys = keys
        self._counts = counts
        self.documents = documents

    @classmethod
    def build(cls, counts: Mapping[int, int], documents: int, min_count: int = 2) -> FrozenCounts:
        kept = sorted(k for k, n in counts.items() if n >= min_count)
        return cls(array("Q", kept), array("L", (counts[k] for k in kept)), documents)

    def count(self, line: str) -> int:
        key = line_key(line)
        i = bisect_left(self._keys, key)
        if i < len(self._keys) and self._keys[i] == key:
            return self._counts[i]
        return 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FrozenCounts) and (self.documents, self._keys, self._counts) == (
            other.documents,
            other._keys,
            other._counts,
        )

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"FrozenCounts({len(self._keys)} lines, {self.documents} documents)"
