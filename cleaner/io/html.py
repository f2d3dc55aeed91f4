"""HTML to text with beautifulsoup4: one line per block element.

Script, style, template and other non-content elements are dropped, character
references are decoded by the parser, runs of spaces inside a block become
one space, and ``<br>`` breaks a line. Bytes are decoded with the page's
declared charset when it has one (``<meta charset>``, or the XML/HTTP-equiv
forms), else by detection.
"""

from __future__ import annotations

import re

_DROP = frozenset({"script", "style", "template", "noscript", "svg", "math", "iframe", "object", "canvas"})
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "ul",
        "option",
        "legend",
    ]
)
_SPACES = re.compile(r"[ \t\r\n\f]+")


def html_to_text(markup: str | bytes) -> tuple[str, str | None]:
    """Return the page's text, one block per line, and the encoding used for bytes.

    >>> html_to_text("<p>Tom &amp; Jerry<br>again</p><script>x()</script><div>Next <b>block</b></div>")[0]
    'Tom & Jerry\\nagain\\nNext block\\n'
    """
    from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag

    soup = BeautifulSoup(markup, "html.parser")
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = _SPACES.sub(" ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                name = child.name.lower()
                if name in _DROP:
                    continue
                if name == "br":
                    flush()
                elif name == "pre":  # keep preformatted lines as they are
                    flush()
                    lines.extend(line.rstrip() for line in child.get_text().splitlines() if line.strip())
                elif name in _BLOCK:
                    flush()
                    walk(child)
                    flush()
                else:
                    walk(child)
            elif isinstance(child, NavigableString) and not isinstance(
                child, Comment | Doctype | ProcessingInstruction
            ):
                current.append(str(child))

    walk(soup)
    flush()
    text = "\n".join(lines) + "\n" if lines else ""
    return text, getattr(soup, "original_encoding", None)
