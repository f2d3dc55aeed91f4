"""HTML to text with beautifulsoup4 and lxml: one line per block element.

lxml parses broken markup the way browsers do (an unclosed ``<noscript>``,
conditional comments around scripts). Script, style, template and other
non-content elements are dropped, comments too, character references are
decoded by the parser, runs of spaces inside a block become one space, and
``<br>`` breaks a line. What ``<noscript>`` holds is kept as a region (see
below) unless it holds most of the page. Bytes are decoded with the page's
declared charset when it has one (``<meta charset>``, or the XML/HTTP-equiv
forms), else by detection.

The page's markup also says where a block sat: :func:`html_to_page` records,
for each line, the page region it came from when that region is navigation,
a footer, a sidebar, a share bar and the like (``<nav>``, ``<footer>``,
``<aside>``, an ARIA landmark role, or a class or id naming one of them).
The noise rule B115 reads these regions; the text itself is the same.
"""

from __future__ import annotations

import re
import warnings
from typing import NamedTuple

from cleaner.corpus import skeleton

_DROP = frozenset({"script", "style", "template", "svg", "math", "iframe", "object", "canvas"})
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
        "noscript",
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


# Page regions whose text is not the article: elements, ARIA landmark roles, class and id words.
_REGION_TAGS = frozenset({"nav", "footer", "aside", "noscript"})
_REGION_ROLES = frozenset({"navigation", "contentinfo", "complementary", "search"})
_REGION_WORDS = frozenset({
    "footer", "sidebar", "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "related", "share",
    "sharing", "social", "cookie", "cookies", "newsletter", "subscribe", "advert", "ads",
})  # fmt: skip
_WORD_SPLIT = re.compile(r"[-_\s]+")
# A region holding more than this share of the page's text is a layout wrapper (``has-sidebar``), not a region.
REGION_MAX_SHARE = 0.3


class Page(NamedTuple):
    """A page as text: one block per line, the encoding used, and the regions of its lines.

    ``regions`` maps a line (as it stands in ``text``) to the page region
    it came from, such as ``<footer>`` or ``<div class="sidebar">``. A line
    is listed only when every copy of it on the page sits in such a region
    (copies compared by :func:`cleaner.corpus.skeleton`, as rule B115 does).
    """

    text: str
    encoding: str | None
    regions: dict[str, str]


def _region(tag) -> str | None:
    """What names ``tag`` as a region outside the article, or None."""
    name = tag.name.lower()
    if name in _REGION_TAGS:
        return f"<{name}>"
    role = tag.get("role")
    if isinstance(role, str) and role.lower() in _REGION_ROLES:
        return f'<{name} role="{role.lower()}">'
    for attr in ("class", "id"):
        value = tag.get(attr)
        for item in [value] if isinstance(value, str) else value or ():
            if any(word in _REGION_WORDS for word in _WORD_SPLIT.split(item.lower())):
                return f'<{name} {attr}="{item}">'
    return None


def html_to_page(markup: str | bytes) -> Page:
    """Return the page's text, one block per line, with the encoding used and the regions of its lines.

    >>> page = html_to_page("<p>Tom &amp; Jerry<br>again</p><script>x()</script><div>Next <b>block</b></div>"
    ...                     "<p>" + "A long paragraph. " * 10 + "</p><footer><p>Share this</p></footer>")
    >>> page.text.splitlines()[:3]
    ['Tom & Jerry', 'again', 'Next block']
    >>> page.regions
    {'Share this': '<footer>'}
    """
    from bs4 import BeautifulSoup, NavigableString, Tag, XMLParsedAsHTMLWarning
    from bs4.element import PreformattedString

    with warnings.catch_warnings():  # XHTML pages are parsed as HTML on purpose
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(markup, "lxml")
    lines: list[str] = []
    chains: list[tuple[int, ...] | None] = []  # per line: its candidate regions, outermost first, or None
    names: list[str] = []  # candidate region number -> its description
    current: list[str] = []
    inside: list[tuple[int, ...] | None] = []  # per piece of ``current``: the regions it sits in

    def flush() -> None:
        line = _SPACES.sub(" ", "".join(current)).strip()
        if line:
            lines.append(line)
            # a line is in a region only when all of it is (an inline region leaves the rest of the block out)
            chains.append(inside[0] if inside and all(c == inside[0] for c in inside) else None)
        current.clear()
        inside.clear()

    def walk(node: Tag, chain: tuple[int, ...]) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                name = child.name.lower()
                if name in _DROP:
                    continue
                inner = chain
                region = _region(child) if name not in ("html", "body") else None
                if region is not None:
                    names.append(region)
                    inner = (*chain, len(names) - 1)
                if name == "br":
                    flush()
                elif name == "pre":  # keep preformatted lines as they are
                    flush()
                    for line in child.get_text().splitlines():
                        if line.strip():
                            lines.append(line.rstrip())
                            chains.append(inner)
                elif name in _BLOCK:
                    flush()
                    walk(child, inner)
                    flush()
                else:
                    walk(child, inner)
            elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):  # no comments
                current.append(str(child))
                inside.append(chain)

    walk(soup, ())
    flush()
    text = "\n".join(lines) + "\n" if lines else ""
    return Page(text, getattr(soup, "original_encoding", None), _regions(lines, chains, names))


def _regions(lines: list[str], chains: list[tuple[int, ...] | None], names: list[str]) -> dict[str, str]:
    """Each line's outermost region that is small enough to be one, for lines whose every copy has one."""
    size = [0] * len(names)
    for line, chain in zip(lines, chains):
        for r in chain or ():
            size[r] += len(line)
    limit = REGION_MAX_SHARE * sum(map(len, lines))
    found: dict[str, str] = {}
    outside: set[str] = set()  # the skeletons of lines outside any region
    for line, chain in zip(lines, chains):
        region = next((names[r] for r in chain or () if size[r] <= limit), None)
        if region is None:
            outside.add(skeleton(line))
        else:
            found.setdefault(line, region)
    return {line: region for line, region in found.items() if skeleton(line) not in outside}
