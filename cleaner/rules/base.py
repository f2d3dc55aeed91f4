"""What a rule is: a code, a name, a kind, a default, and one function.

A rule function takes the text and a :class:`Context` and returns
:class:`Edit` s in ascending, non-overlapping order, with offsets into the
text it was given. An edit whose ``after`` is ``None`` is a *notice*: a
finding that is reported but not applied (for example text that is damaged
beyond repair). The function's docstring is the rule's documentation; its
example runs as a doctest.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, NamedTuple, TypeVar

REPAIR = "repair"  # restores what the author wrote
REMOVE = "remove"  # deletes content on evidence

T = TypeVar("T", bound=tuple)


def from_fields(cls: type[T]) -> Callable[[tuple], T]:
    """A fast constructor of the NamedTuple ``cls``: called with one tuple of all its fields, in order.

    It skips the Python-level ``__new__`` (no defaults, no argument checks),
    for the hot paths that make many of them.

    >>> from_fields(Edit)((0, 1, "x", 1.0, "")) == Edit(0, 1, "x")
    True
    """
    return partial(tuple.__new__, cls)


class Edit(NamedTuple):
    """One proposed edit: replace ``text[start:end]`` with ``after``."""

    start: int
    end: int
    after: str | None
    confidence: float = 1.0
    note: str = ""


@dataclass(frozen=True)
class Context:
    """What a rule may know besides the text: settings, where the text sits, corpus facts.

    ``first``/``last`` are False when the text is an inner piece of a longer
    document that is cleaned piece by piece (a streamed file): rules about the
    start or end of a document then leave those edges alone. ``corpus``
    counts in how many documents of the current run each line occurs
    (anything with ``count(line) -> int`` and ``documents``, see
    :mod:`cleaner.corpus`); ``None`` outside corpus mode. ``rules`` holds the
    codes of the enabled rules, so that rules sharing one analysis (the noise
    rules) plan for exactly the rules that will run; ``None`` means the
    defaults. ``regions`` maps a line of a text made from a web page to the
    page region it sat in (``<footer>``, a sidebar; see
    :func:`cleaner.io.html.html_to_page`); ``None`` for other texts.
    """

    settings: Mapping[str, Any] = field(default_factory=dict)
    first: bool = True
    last: bool = True
    corpus: Any = None
    rules: frozenset[str] | None = None
    regions: Mapping[str, str] | None = None


RuleFunc = Callable[[str, Context], Sequence[Edit]]


@dataclass(frozen=True)
class Rule:
    """A registered rule. Its documentation is its function's docstring."""

    code: str
    name: str
    kind: str
    default: bool
    func: RuleFunc = field(repr=False)
    # Can this rule's edits create new findings for the rules before it (a
    # deletion that joins two halves of a pattern, a decoded character)? The
    # chain then runs the earlier rules again. Rules that only touch line ends
    # or blank lines declare False.
    reopens: bool = True

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.func) or ""

    @property
    def summary(self) -> str:
        return self.doc.split("\n", 1)[0]

    def __call__(self, text: str, ctx: Context) -> Sequence[Edit]:
        return self.func(text, ctx)
