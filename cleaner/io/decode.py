"""Bytes to text: BOM, then strict UTF-8, then charset-normalizer.

The order is fixed and documented because it decides what "the input" is:

1. a byte order mark wins (UTF-8, UTF-16 or UTF-32);
2. otherwise the bytes are decoded as strict UTF-8 if they are valid UTF-8;
3. otherwise charset-normalizer proposes encodings; among the least chaotic
   ones, the one writing the fewest letters foreign to the detected language
   wins, then the most coherent one, then Windows-1252; and the choice and its confidence (1 - its
   "chaos" measure) are recorded in :class:`Decoded`;
4. ``encoding=`` overrides all of this.

Input with NUL bytes (and no UTF-16/32 BOM), or that charset-normalizer
cannot read as text, is refused with :class:`BinaryInputError`.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from cleaner.errors import BinaryInputError, InputError

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC = {  # signatures of common binary formats, named in the error
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "an executable",
}


@dataclass(frozen=True)
class Decoded:
    """Decoded text and how it was obtained."""

    text: str
    encoding: str
    method: str  # "bom", "utf-8", "detected" or "forced"
    confidence: float = 1.0
    bom: bool = False

    @property
    def transcoded(self) -> bool:
        """True when writing the text as UTF-8 will not give back the same bytes."""
        return self.bom or self.encoding not in ("utf-8", "ascii")

    def as_log(self) -> dict[str, object]:
        """The document-level log entry for this decoding."""
        return {
            "code": "decode",
            "encoding": self.encoding,
            "method": self.method,
            "confidence": round(self.confidence, 3),
            "bom": self.bom,
        }


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Turn ``data`` into text following the order in the module docstring.

    >>> decode("café".encode("utf-8")).encoding
    'utf-8'
    >>> decode(codecs.BOM_UTF8 + b"hi")
    Decoded(text='hi', encoding='utf-8', method='bom', confidence=1.0, bom=True)
    """
    if encoding:
        try:
            return Decoded(data.decode(encoding), codecs.lookup(encoding).name, "forced")
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as err:
            raise InputError(f"not valid {encoding} at byte {err.start}: {err.reason}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(
                    data[len(bom) :].decode(name), name.replace("-le", "").replace("-be", ""), "bom", bom=True
                )
            except UnicodeDecodeError as err:
                raise InputError(
                    f"starts with a {name} byte order mark but is not valid {name} at byte {err.start}"
                ) from None
    _refuse_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    return detect(data)


def _refuse_binary(data: bytes) -> None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise BinaryInputError(f"binary file ({what}), not text")
    nul = data.find(0)
    if nul >= 0:
        raise BinaryInputError(f"binary file (NUL byte at offset {nul}), not text")


# Matches whose chaos is this close to the least chaotic one are nearly
# equally clean: on short Latin texts several Windows code pages are. Among
# them the decoding that writes the fewest letters foreign to the detected
# language wins, then the most coherent one, then Windows-1252 (the most
# common legacy encoding of the web).
_CHAOS_TIE = 0.05


def _foreign_letters(match) -> int:
    """Distinct non-ASCII letters of ``match`` that its language does not write."""
    from cleaner.io.alphabets import LETTERS

    language = next((lang for lang in match.languages if lang in LETTERS), None)
    if language is None:
        return 0
    own = LETTERS[language]
    return sum(1 for c in set(str(match).lower()) if c.isalpha() and not c.isascii() and c not in own)


def detect(data: bytes) -> Decoded:
    """Decode ``data`` with the encoding charset-normalizer finds (step 3 above)."""
    from charset_normalizer import from_bytes  # imported only when needed

    matches = list(from_bytes(data))
    if not matches:
        raise BinaryInputError("binary file (no text encoding fits its bytes), not text")
    least = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= least + _CHAOS_TIE]
    best = min(close, key=lambda m: (_foreign_letters(m), -round(m.coherence, 3), m.encoding != "cp1252"))
    return Decoded(str(best), best.encoding, "detected", max(0.0, 1.0 - best.chaos))
