"""Reading ``.gz`` and ``.zst`` inputs as streams (zstd needs the ``zstandard`` package)."""

from __future__ import annotations

import gzip
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from cleaner.errors import InputError


@contextmanager
def open_compressed(path: Path):
    """A binary stream of the decompressed content of ``path``."""
    name = path.name.lower()
    if name.endswith(".gz"):
        with gzip.open(path, "rb") as stream:
            yield _checked(stream, path)
    elif name.endswith(".zst"):
        try:
            import zstandard
        except ImportError:
            raise InputError("reading .zst needs the zstandard package: pip install 'scrape-cleaner[zstd]'") from None
        with open(path, "rb") as raw, zstandard.ZstdDecompressor().stream_reader(raw) as stream:
            yield stream
    else:
        raise InputError(f"{path}: not a compressed file")


def _checked(stream: BinaryIO, path: Path) -> BinaryIO:
    try:
        stream.peek(1)
    except (OSError, EOFError) as err:
        raise InputError(f"not valid gzip data ({err})") from None
    return stream
