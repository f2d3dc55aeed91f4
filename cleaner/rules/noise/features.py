"""Cheap, explainable features of one line (pure functions, no document context).

Every detector returns the *evidence* it found (a short string for the
change note) or ``None``. Thresholds are named constants at the top.
"""

from __future__ import annotations

import re
from re import _parser as _sre_parser  # the standard library's own parse of a pattern (for a first-character gate)
from typing import NamedTuple

from cleaner.rules.base import from_fields
from cleaner.rules.noise import lexicons as lx

# --- thresholds ---------------------------------------------------------------

FUNCTION_SAMPLE = 40  # function words are counted in the first this many words of a line
PROSE_MIN_WORDS = 6  # a sentence has at least this many words ...
PROSE_MIN_FUNCTION = 2  # ... and this many function words (or 1 with final punctuation)
PROSE_MIN_CJK = 10  # CJK prose: at least this many characters with CJK punctuation
PROSE_LONG_WORDS = 12  # a sentence this long reads as prose in any language (no word list needed)
PROSE_LONG_ALPHA = 0.75  # ... if this share of its words are words
SHORT_LINE_WORDS = 25  # substring, label and phrase matches only count on lines up to this long
PREFIX_LINE_WORDS = 60  # footer patterns (prefix matches) on lines up to this long (cookie notices are long)
LEXICON_MAX_CHARS = 450  # longer lines are not looked up at all
CODE_MIN_SIGNALS = 2  # code-like: this many signals and no function words, or ...
CODE_STRONG_SIGNALS = 3  # ... this many signals whatever the words (unless it reads as a sentence:
CODE_MAX_FUNCTION = 3  # this many function words, and one in ten words or more)
CODE_SYMBOL_DENSITY = 0.08  # share of {}[]();=<>$\| among non-space characters
CODE_QUOTE_DENSITY = 0.1  # share of quote marks among non-space characters
CREDIT_MAX_WORDS = 12  # a credit line is at most this long
CREDIT_TAIL_MAX_WORDS = 8  # a trailing credit ("Photo: AP") is at most this long
CREDIT_TAIL_WINDOW = 120  # characters at the end of a line searched for one
CREDIT_TAIL_MIN_CHARS = 20  # shorter lines have no caption before a credit
CREDIT_CAPITALISED = 0.6  # share of name-like tokens in a credit
MENU_MIN_ITEMS = 3  # a menu/breadcrumb line has at least this many items ...
MENU_MAX_ITEM_WORDS = 4  # ... of at most this many words each
MENU_MAX_CHARS = 300
TEASER_MIN_WORDS = 3  # an inline teaser headline has at least this many words ...
TEASER_MAX_WORDS = 30  # ... and at most this many
HEADER_MAX_UNITS = 6  # a site-name line is at most this long
HEADLINE_MIN_UNITS = 4  # a headline in a list of links (B112) has at least this many words ...
HEADLINE_MAX_UNITS = 20  # ... and at most this many
DISCLAIMER_MIN_WORDS = 5  # a disclaimer found inside a line (B102) has at least this many words

# --- normalisation ------------------------------------------------------------

_TRANS = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u00a0": " ", "\u202f": " ",
        "\u2009": " ", "\u3000": " ", "\u00ad": None, "\u200b": None,
    }
)  # fmt: skip
# str.translate looks every character up: a few replacements in a long line are cheaper with a regex.
_TRANS_CHARS = re.compile("[" + re.escape("".join(map(chr, _TRANS))) + "]")
_TRANS_STR = {chr(k): v or "" for k, v in _TRANS.items()}
_LEAD = " \t•·*▪►▶▸→›>|#~+-–—\"'(["
_TRAIL = " \t.:;!?…*›>|-–—/,\"')]"


def lexicon_form(line: str, folded: str | None = None) -> str:
    """The line as the lexicons spell their entries.

    ``folded`` is ``line.casefold()`` when the caller has it.

    >>> lexicon_form("  » Leave a Reply:  ")
    'leave a reply'
    >>> lexicon_form("Share to Twitter\\u00a0›")
    'share to twitter'
    """
    translated = line if line.isascii() else _TRANS_CHARS.sub(_translated, line)
    if translated is not line:
        folded = translated.casefold()
    elif folded is None:  # nothing to translate
        folded = line.casefold()
    s = folded.lstrip(_LEAD).rstrip(_TRAIL)
    if "  " not in s and s.isprintable():
        return s  # no white space but single spaces (the others are not printable): nothing to collapse
    return " ".join(s.split())


def _translated(m: re.Match[str]) -> str:
    return _TRANS_STR[m.group()]


# --- words, scripts, prose ----------------------------------------------------

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CJK_RUN = re.compile(_CJK.pattern + "+")
_CJK_PUNCT = re.compile(r"[。！？，、；：「」『』（）]")
_TERMINAL_CHARS = ".!?…。！？:;)\"'”’»"
_CJK_FUNCTION = re.compile("[" + "".join(sorted(lx.CJK_FUNCTION_CHARS)) + "]")


class Shape(NamedTuple):
    """Counts that say whether a line reads as prose."""

    words: int  # whitespace-separated tokens
    cjk: int  # CJK characters
    units: int  # words, counting each CJK character as one
    function: int  # function words among the first FUNCTION_SAMPLE words (or CJK function characters)
    terminal: bool  # ends like a sentence
    alpha: float = 1.0  # share of tokens with a letter

    @property
    def prose(self) -> bool:
        """Reads as prose: a sentence with function words (or CJK text with punctuation)."""
        if self.cjk >= PROSE_MIN_CJK:
            return self.function >= 2 or self.terminal
        if self.words >= PROSE_MIN_WORDS and self.function >= PROSE_MIN_FUNCTION:
            return True
        if self.words >= PROSE_LONG_WORDS and self.terminal and self.alpha >= PROSE_LONG_ALPHA:
            return True
        return self.words >= 4 and self.function >= 1 and self.terminal


_new_shape = from_fields(Shape)


def shape(line: str, folded: list[str] | None = None) -> Shape:
    """Measure a stripped line.

    ``folded`` is ``line.casefold().split()`` when the caller has it: case
    folding neither makes nor removes white space, so these are the words
    of the line, one for one, in lower case.

    >>> shape("Few options for Minsk").prose
    False
    >>> shape("Most analysts doubt that he wants to get involved.").prose
    True
    >>> shape("他说这是一个很好的开始，我们会继续努力。").prose
    True
    """
    if folded is None:
        folded = line.casefold().split()
    words = len(folded)
    is_function = lx.FUNCTION_WORDS.__contains__
    cjk = 0 if line.isascii() or not _CJK.search(line) else sum(map(len, _CJK_RUN.findall(line)))
    end = line.rstrip()[-1:]
    terminal = bool(end) and end in _TERMINAL_CHARS
    if cjk:
        latin = [w for w in folded if not _CJK.search(w)]  # folding keeps CJK characters and makes none
        function = len(_CJK_FUNCTION.findall(line)) + sum(map(is_function, latin))
        units = len(latin) + cjk
        terminal = terminal or _CJK_PUNCT.search(line) is not None
    else:
        function = sum(map(is_function, folded[:FUNCTION_SAMPLE]))
        units = words
    alpha = 1.0
    if function < PROSE_MIN_FUNCTION and words >= PROSE_LONG_WORDS:  # only the fallback needs it
        alpha = 1 - len(_NO_LETTER_TOKEN.findall(line)) / words
    return _new_shape((words, cjk, units, function, terminal, alpha))


def _function_count(tokens: list[str]) -> int:
    """Function words among ``tokens`` (a word glued to punctuation is not counted: cheap and enough)."""
    return sum(map(lx.FUNCTION_WORDS.__contains__, " ".join(tokens).casefold().split()))


def script(text: str) -> str:
    """The main script of ``text``: latin, cyrillic, greek, cjk, hangul, arabic, hebrew or none.

    >>> script("海角大神"), script("Belarus"), script("Беларусь")
    ('cjk', 'latin', 'cyrillic')
    """
    counts = script_counts(text)
    return max(counts, key=counts.__getitem__) if counts else "none"


_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+"),
    "greek": re.compile(r"[\u0370-\u03ff]+"),
    "cyrillic": re.compile(r"[\u0400-\u052f]+"),
    "hebrew": re.compile(r"[\u0590-\u05ff]+"),
    "arabic": re.compile(r"[\u0600-\u077f]+"),
    "hangul": re.compile(r"[\u1100-\u11ff\uac00-\ud7af]+"),
    "cjk": re.compile(r"[\u3040-\u9fff\uf900-\ufaff]+"),
}
SCRIPT_SAMPLE = 4000  # characters enough to know a text's main script
SCRIPT_NAMES = tuple(_SCRIPTS)


def script_counts(text: str) -> dict[str, int]:
    """Letters per script in (the first :data:`SCRIPT_SAMPLE` characters of) ``text``.

    Letters are counted one by one, so the counts of two texts add up to
    those of the two joined by a space.
    """
    text = text[:SCRIPT_SAMPLE]
    if text.isascii():
        n = sum(map(len, _SCRIPTS["latin"].findall(text)))
        return {"latin": n} if n else {}
    counts = {name: sum(map(len, rx.findall(text))) for name, rx in _SCRIPTS.items()}
    return {k: v for k, v in counts.items() if v}


# --- S101: code-likeness ------------------------------------------------------

# name, pattern, and the strings one of which every match contains (the pattern is tried only then)
_CODE_SIGNALS: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("escaped \\n", re.compile(r"\\[nrt\"']|\\u[0-9a-fA-F]{4}"), ("\\",)),
    ("call", re.compile(r"[A-Za-z_$][\w$]*\((?!\s)"), ("(",)),
    ("dotted identifiers", re.compile(r"(?<![\w.])[a-z_$][\w$]*(?:\.\s?[a-z_$][\w$]*){2,}"), (".",)),
    ("camelCase", re.compile(r"(?<![\w'’])[a-z]{2,}[A-Z][a-z]+[A-Za-z]*"), ("",)),
    ("snake_case", re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b"), ("_",)),
    (
        "operator",
        re.compile(r"=>|===|!==|&&|\|\||\+=|::|->|\bfunction\s*\(|\b(?:var|const|let)\s+\w+\s*="),
        ("=", "&&", "||", "::", "->", "("),
    ),
    ("template", re.compile(r"\{\{.*?\}\}|\{%|%\}|\$\{\w"), ("{", "%}")),
    ("markup", re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>"), ("<",)),
    (
        "script value",
        re.compile(r"\[object \w+\]|\bundefined\b|\bNaN\b|\bnull\b(?=[,;)\]}])"),
        ("[object", "undefined", "NaN", "null"),
    ),
)
_SYMBOLS = re.compile(r"[{}\[\]();=<>$\\|]")
_CODE_HINT = re.compile(r"[\\(){}\[\]<>=$_|&:]|[a-z][A-Z]|\.\s?[a-z_$]")
# The same test in three scans the regex engine runs fast (a class; a literal; an upper-case letter, then a look back).
_CODE_HINT_CHARS = re.compile(r"[\\(){}\[\]<>=$_|&:]")
_CODE_HINT_DOT = re.compile(r"\.\s?[a-z_$]")
_CODE_HINT_CAMEL = re.compile(r"[A-Z](?<=[a-z][A-Z])")
_QUOTES = re.compile(r"[\"'“”‘’«»„]")


def _has_code_hint(line: str) -> bool:
    """``_CODE_HINT.search(line)``, cheapest scans first."""
    return bool(
        _CODE_HINT_CHARS.search(line) or ("." in line and _CODE_HINT_DOT.search(line)) or _CODE_HINT_CAMEL.search(line)
    )


def code_signals(line: str, sh: Shape) -> list[str]:
    """The code-like signals of a line, if they say it is code; else an empty list.

    >>> code_signals("“e. config. saAria. closedText”", shape("“e. config. saAria. closedText”"))
    ['dotted identifiers', 'camelCase', 'no function words']
    >>> line = "Call os.path.join() to build the path."
    >>> code_signals(line, shape(line))
    []
    """
    if sh.function >= CODE_MAX_FUNCTION and sh.function * 10 >= min(sh.words, FUNCTION_SAMPLE):
        return []  # a sentence with function words is not a line of code
    if not _has_code_hint(line):
        return []  # none of the characters any signal needs
    found = []
    for name, rx, needs in _CODE_SIGNALS:  # loops, not any(): no generator per signal and line
        for n in needs:
            if n in line:
                if rx.search(line):
                    found.append(name)
                break
    if sh.cjk * 3 < len(line) - line.count(" "):  # density tests only on non-CJK text
        visible = max(1, len(line) - line.count(" "))
        if len(_SYMBOLS.findall(line)) / visible >= CODE_SYMBOL_DENSITY:
            found.append("bracket density")
        if len(_QUOTES.findall(line)) / visible >= CODE_QUOTE_DENSITY:
            found.append("quote density")
    if len(found) >= CODE_STRONG_SIGNALS:
        return found + (["no function words"] if sh.function == 0 else [])
    if len(found) >= CODE_MIN_SIGNALS and sh.function == 0 and not sh.prose:
        return [*found, "no function words"]
    return []


# --- lexicons -----------------------------------------------------------------


def _exact_table(*tables: tuple[str, dict[str, tuple[str, ...]]]) -> dict[str, tuple[str, str, str]]:
    index: dict[str, tuple[str, str, str]] = {}
    for kind, table in tables:
        for lang, entries in table.items():
            for entry in entries:
                index.setdefault(lexicon_form(entry), (kind, lang, entry))
    return index


EXACT = _exact_table(("ui", lx.UI_LABELS), ("footer", lx.FOOTER_LINES), ("promo", lx.PROMO_LABELS))
_LITERAL_WORD = re.compile(r"[^\W\d_][\w'-]*(?=[ :]|\\b|$)")


def _prefix_buckets() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Footer patterns by their literal first word ("" for those that start otherwise)."""
    buckets: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for lang, patterns in lx.FOOTER_PREFIXES.items():
        for p in patterns:
            first = _LITERAL_WORD.match(p)
            buckets.setdefault(first.group() if first else "", []).append((lang, re.compile(p)))
    return buckets


def _first_class(items: list) -> list[str] | None:
    """Members of a character class (regex syntax) one of which starts every match of parsed ``items``.

    None when that cannot be told (or any character may start a match):
    unknown constructs give None, so the class is never too narrow.
    """
    sre = _sre_parser
    out: list[str] = []
    for op, arg in items:
        if op is sre.AT:
            continue  # zero width: the next item starts the match
        if op is sre.LITERAL:
            return [*out, re.escape(chr(arg))]
        if op is sre.IN:
            members = [_class_member(o, a) for o, a in arg]
            return None if None in members else out + members
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = arg
            first = None if add_flags or del_flags else _first_class(list(sub))
            return None if first is None else out + first
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, sub = arg
            first = _first_class(list(sub))
            if first is None:
                return None
            out += first
            if low > 0:
                return out
            continue  # optional: what follows may start the match too
        if op is sre.BRANCH:
            for alternative in arg[1]:
                first = _first_class(list(alternative))
                if first is None:
                    return None
                out += first
            return out
        return None
    return None  # the pattern can match the empty string


def _class_member(op, arg) -> str | None:
    """One member of a parsed character class, in regex syntax (None: not understood)."""
    sre = _sre_parser
    if op is sre.LITERAL:
        return re.escape(chr(arg))
    if op is sre.RANGE:
        return f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}"
    if op is sre.CATEGORY:
        return {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}.get(arg)
    return None


def _first_chars(patterns: list[str]) -> re.Pattern[str] | None:
    """A class holding the first character of every match of any of ``patterns`` (None: no such class)."""
    members: list[str] = []
    for pattern in patterns:
        parsed = _sre_parser.parse(pattern)
        first = None if parsed.state.flags & re.IGNORECASE else _first_class(list(parsed))
        if first is None:
            return None
        members += first
    return re.compile("[" + "".join(dict.fromkeys(members)) + "]")


_PREFIXES = _prefix_buckets()
_GENERIC = _PREFIXES.pop("")  # tried on every line: one alternation, the group says which
_GENERIC_RX = re.compile("|".join(f"({rx.pattern})" for _, rx in _GENERIC))
_GENERIC_FIRSTS = [_first_chars([rx.pattern]) for _, rx in _GENERIC]  # per pattern (None: any character)
_generic_by_first: dict[str, tuple[re.Pattern[str] | None, tuple[int, ...]]] = {}
_NO_GENERIC: tuple[None, tuple[int, ...]] = (None, ())
FIRST_CHAR_CACHE = 4096  # first characters remembered as starting no generic pattern


def _generic_match(form: str) -> tuple[re.Match[str], int] | None:
    """``_GENERIC_RX.match(form)``, trying only the patterns that can start with the form's first character.

    Returns the match and the index in ``_GENERIC`` of the pattern that
    matched. The others fail on the first character, so the first pattern
    that matches is the same.
    """
    if _GENERIC_FIRST is None:  # no first-character class: the whole alternation
        m = _GENERIC_RX.match(form)
        return (m, m.lastindex - 1) if m else None
    rx, which = _generic_by_first.get(form[0]) or _generic_bucket(form[0])
    m = rx.match(form) if rx is not None else None
    return (m, which[m.lastindex - 1]) if m else None


def _generic_bucket(first: str) -> tuple[re.Pattern[str] | None, tuple[int, ...]]:
    """The alternation of the generic patterns that can start with ``first`` (remembered)."""
    if not _GENERIC_FIRST.match(first):
        if len(_generic_by_first) < FIRST_CHAR_CACHE:
            _generic_by_first[first] = _NO_GENERIC
        return _NO_GENERIC
    which = tuple(k for k, chars in enumerate(_GENERIC_FIRSTS) if chars is None or chars.match(first))
    bucket = re.compile("|".join(f"({_GENERIC[k][1].pattern})" for k in which)), which
    _generic_by_first[first] = bucket  # at most one per character of the first-character class
    return bucket


# A form whose first character is not in this class cannot match a generic pattern (None: always try).
_GENERIC_FIRST = _first_chars([rx.pattern for _, rx in _GENERIC])
_PHRASE_MAX_WORDS = max(len(e.split()) for e in EXACT)
_PHRASE_FIRST_WORDS = frozenset(e.split(" ", 1)[0] for e in EXACT)  # no phrase starts with another word
_SEPARATORS = re.compile(r"\s*[|·•/»›>:,]\s*|\s+[-–]\s+")
_SEPARATOR_CHARS = re.compile(r"[|·•/»›>:,]")  # a word without them is the start of a chunk
_LETTER = re.compile(r"[^\W\d_]")
_NO_LETTER_TOKEN = re.compile(r"(?<!\S)(?:[^\s\w]|[\d_])+(?!\S)")  # a whitespace-separated token without a letter
_PROMO_LINE = re.compile(
    r"^(?:" + "|".join(re.escape(lexicon_form(p)) for p in lx.PROMO_LINE_LABELS) + r")\s?:\s?\S", re.IGNORECASE
)


class Match(NamedTuple):
    kind: str  # "ui", "footer" or "promo"
    how: str  # "exact", "prefix", "contains", "phrases" or "label"
    lang: str
    entry: str

    def note(self) -> str:
        return f"{self.kind} lexicon, {self.how} '{self.entry}' ({self.lang})"


def lexicon_match(form: str, sh: Shape, text: str = "") -> Match | None:
    """Look the lexicon form of a line up in the UI, footer and promo tables.

    ``text`` is the line as written: its case tells where labels were
    written together without a space (see :func:`_glued`).

    >>> lexicon_match("leave a reply", shape("Leave a Reply"))
    Match(kind='footer', how='exact', lang='en', entry='leave a reply')
    >>> lexicon_match("follow us on twitter", shape("Follow us on Twitter!")).how
    'prefix'
    >>> lexicon_match("few options for minsk", shape("Few options for Minsk")) is None
    True
    """
    hit = EXACT.get(form)
    if hit:
        return Match(hit[0], "exact", hit[1], hit[2])
    if sh.words > PREFIX_LINE_WORDS or not form:
        return None
    first = form.split(" ", 1)[0]
    bucket = _PREFIXES.get(first)
    if bucket is None and first[-1:] == ":":  # "tags: a, b" is in the bucket of "tags"
        bucket = _PREFIXES.get(first[:-1])
    for lang, rx in bucket or ():
        m = rx.match(form)
        if m:
            return Match("footer", "prefix", lang, m.group())
    found = _generic_match(form)
    if found:
        m, which = found
        return Match("footer", "prefix", _GENERIC[which][0], m.group())
    found = _disclaimer(form) if sh.words >= DISCLAIMER_MIN_WORDS else None
    if found:
        return found
    if sh.words > SHORT_LINE_WORDS:
        return None
    for sub in lx.FOOTER_SUBSTRINGS:
        if sub in form:
            return Match("footer", "contains", "*", sub)
    p = _PROMO_LINE.match(form) if ":" in form else None  # a label, a colon, a headline
    if p:
        return Match("promo", "label", "*", p.group()[:-1].rstrip(" :"))
    if sh.words <= 12:
        phrases = _segment(form, first) or (_glued(text, first) if text and not sh.terminal else None)
        if phrases and len(phrases) >= 2:
            return Match(EXACT[phrases[0]][0], "phrases", "*", " + ".join(phrases[:4]))
    return None


# Where two labels meet without a space, as share widgets write them: a capital
# after a small letter, or a letter after '!' or '?' ("ThisBlogThis!Share").
_GLUE = re.compile(r"[a-zß-öø-ÿ](?=[A-ZÀ-ÖØ-Þ])|[!?](?=[^\W\d_])")  # ends where one starts (Latin labels)
_GLUED_MAX_PARTS = 3  # parts one lexicon entry may be made of ("Blog" + "This!")
_GLUED_MAX_POINTS = 12  # a row of labels is short: more places like these are code or names


def _glued(text: str, first: str) -> list[str] | None:
    """The lexicon entries a line is made of when they were written together, or None.

    The line is cut where a capital follows a small letter (or a letter
    follows ``!``, ``?``); every run of consecutive parts must then be
    entries and separators only, so a word that merely has a capital inside
    (``YouTube``, ``McDonald``) never matches. ``first`` is the first word of
    the line's lexicon form: an entry must start there.

    >>> _glued("Email ThisBlogThis!Share to TwitterShare to Facebook", "email")
    ['email this', 'blogthis', 'share to twitter', 'share to facebook']
    >>> _glued("Watch it on YouTube today", "watch") is None
    True
    """
    if first not in _PHRASE_FIRST_WORDS:
        rest = text.split(None, 1)[0][1:]
        if rest.lower() == rest:
            return None  # its first word starts no entry, and has no capital inside where one could end
    cuts = [m.end() for m in _GLUE.finditer(text)]
    if not cuts or len(cuts) > _GLUED_MAX_POINTS:
        return None
    parts = [text[i:j] for i, j in zip([0, *cuts], [*cuts, len(text)])]
    found: list[list[str] | None] = [[]] + [None] * len(parts)  # the entries of parts[:i], when they are entries
    for i in range(len(parts)):
        known = found[i]
        if known is None:
            continue
        for j in range(i + 1, min(len(parts), i + _GLUED_MAX_PARTS) + 1):
            if found[j] is None:
                form = lexicon_form("".join(parts[i:j]))
                phrases = [form] if form in EXACT else _segment(form)
                if phrases:
                    found[j] = known + phrases
    return found[-1]


def _segment(form: str, first: str | None = None) -> list[str] | None:
    """Split a line into lexicon entries and separators only, or None (``first``: its first word, if known).

    >>> _segment("share to twitter share to facebook")
    ['share to twitter', 'share to facebook']
    >>> _segment("print | email"), _segment("print the form") is None
    (['print', 'email'], True)
    """
    if first is None:
        first = form.split(" ", 1)[0]
    if first not in _PHRASE_FIRST_WORDS and _LETTER.search(first) and not _SEPARATOR_CHARS.search(first):
        return None  # the first word starts no phrase (the loop below would stop there)
    found: list[str] = []
    for chunk in _SEPARATORS.split(form):
        words = chunk.split()
        i = 0
        while i < len(words):
            if words[i] not in _PHRASE_FIRST_WORDS:
                if _LETTER.search(words[i]):
                    return None
                i += 1
                continue
            for size in range(min(_PHRASE_MAX_WORDS, len(words) - i), 0, -1):
                phrase = " ".join(words[i : i + size])
                if phrase in EXACT:
                    found.append(phrase)
                    i += size
                    break
            else:
                if _LETTER.search(words[i]):
                    return None
                i += 1
    return found


# --- S103: menus and breadcrumbs ----------------------------------------------

_MENU_SEP = re.compile(r"\s+[|·•»›>/]\s+|\s*\|\s*|\s+[-–]\s+")
_MENU_CHARS = re.compile(r"[|·•»›>/]")  # no menu without one of its separators


def menu_items(line: str) -> list[str] | None:
    """The items of a navigation or breadcrumb line, or None.

    >>> menu_items("Home » News » Politics")
    ['Home', 'News', 'Politics']
    >>> menu_items("Verdicker/Basisöl: Li-Seifen/Mineralöl") is None
    True
    """
    if len(line) > MENU_MAX_CHARS or line.startswith("|") or line.endswith("|"):
        return None  # too long, or a table row
    if not _MENU_CHARS.search(line):
        return None
    items = [i.strip() for i in _MENU_SEP.split(line)]
    if len(items) < MENU_MIN_ITEMS or any(not i for i in items):
        return None
    seps = {s.strip() for s in _MENU_SEP.findall(line)}
    if len(seps) > 1:
        return None
    if "-" in seps or "–" in seps:
        return None  # dashes separate clauses in prose too often
    lettered = 0
    for item in items:
        words = item.split()
        if len(words) > MENU_MAX_ITEM_WORDS or len(item) > 40 or item[-1] in ".,;":
            return None
        if _function_count(words) > 1:
            return None
        lettered += bool(_LETTER.search(item))
    return items if lettered >= 2 else None


# --- B104 / B105: credits -----------------------------------------------------

_AGENCY = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in sorted(lx.AGENCIES, key=len, reverse=True)) + r")(?![\w-])"
)
_AGENCY_WORDS = frozenset(w for a in lx.AGENCIES for w in a.split())
_CREDIT_JOINERS = frozenset({"via", "for", "and", "und", "et", "y"})
_LABEL_ALT = "|".join(re.escape(label) for label in sorted(lx.CREDIT_LABELS, key=len, reverse=True))
_CREDIT_LABEL = re.compile(rf"^\(?\s*(?:{_LABEL_ALT})\s?(?:\([^)]*\))?\s?:\s?(?P<rest>.+?)\)?\.?$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^\(?(?:©|\(c\)|copyright)\s?(?P<rest>.+?)\)?\.?$", re.IGNORECASE)
_CREDIT_TAIL = re.compile(
    rf"(?:(?<=[.!?)\]\"”’])\s+|\s{{2,}}|\s+(?=©)|\s+(?=\((?:{_LABEL_ALT})\s?:))"
    rf"(?P<tail>\(?(?:(?:{_LABEL_ALT})\s?:|©)\s?[^:]{{2,80}}?\)?\.?)$",
    re.IGNORECASE,
)
_LABEL_BEFORE = re.compile(rf"(?:{_LABEL_ALT})\s?$", re.IGNORECASE)  # a label and a space at most, then the end
_LABEL_MAX = max(map(len, lx.CREDIT_LABELS))
_TAIL_REST_MAX = 83  # after a label's colon: a space, 2 to 80 characters, ")" and "."
_NAME_TOKEN = re.compile(r"^[\W\d]*[A-ZÀ-ÞĀ-ſА-Я0-9©@]")
_STOCK_ALONE = re.compile(
    r"^\(?(?:(?:AP|AFP|Reuters|dpa|Keystone|EPA|Getty|Imago|IMAGO) ?(?:Photo|Images|Foto|Bild)?"
    r"|GettyImages|Getty Images|Shutterstock(?:\.com)?|iStock(?:photo)?(?:\.com)?|picture[- ]alliance)\)?$"
)


def _names(rest: str, max_words: int) -> bool:
    """``rest`` reads as a list of names and agencies ("Maxim Guchek / Belta / AFP")."""
    tokens = [t for t in re.split(r"[\s/,;&|]+", rest) if t]
    if not tokens or len(tokens) > max_words:
        return False
    if _function_count(tokens) > 1:
        return False
    named = sum(1 for t in tokens if _NAME_TOKEN.match(t) or t in _AGENCY_WORDS or t.lower() in _CREDIT_JOINERS)
    return named / len(tokens) >= CREDIT_CAPITALISED


def stock_credit(line: str) -> str | None:
    """Evidence that the line is an agency or stock-photo name alone (the credit needing no ``:`` or ``/``).

    >>> stock_credit("(Reuters)"), stock_credit("Reuters said so")
    ("agency 'Reuters' alone", None)
    """
    return f"agency '{line.strip('()')}' alone" if _STOCK_ALONE.match(line) else None


def credit_line(line: str, words: int | None = None) -> str | None:
    """Evidence that the whole line is a photo or image credit (``words``: its number of words, if known).

    >>> credit_line("Gavriil Grigorov/Sputnik/Reuters")
    "agency 'Sputnik', names separated by '/'"
    >>> credit_line("Photo: AP.")
    "label 'Photo:' + names"
    >>> credit_line("Verdicker/Basisöl: Li-Seifen/Mineralöl") is None
    True
    """
    if not line or len(line) > CREDIT_MAX_WORDS * 16 or (words or len(line.split())) > CREDIT_MAX_WORDS:
        return None
    found = stock_credit(line)
    if found:
        return found
    m = _CREDIT_LABEL.match(line)
    if m and _names(m.group("rest"), CREDIT_MAX_WORDS):
        label = line[: m.start("rest")].strip(" (")
        return f"label '{label}' + names"
    m = _COPYRIGHT.match(line)
    if m and "/" in m.group("rest") and _names(m.group("rest"), CREDIT_MAX_WORDS):
        return "© + names"
    sep = "/" if "/" in line else "|" if "|" in line else None
    if sep:
        parts = [p.strip() for p in line.strip("()").split(sep)]
        if len(parts) >= 2 and all(p and len(p.split()) <= 5 for p in parts):
            agency = next((a.group() for p in parts if (a := _AGENCY.match(p))), None)
            if agency and _names(line.strip("()"), CREDIT_MAX_WORDS):
                return f"agency '{agency}', names separated by '{sep}'"
    return None


def may_have_credit_tail(line: str) -> bool:
    """Cheap test that :func:`credit_tail` can find something.

    A tail starts with ``©`` near the end of the line, or with a credit label
    and a colon that is the line's last, followed by 2 to 83 characters.
    """
    if len(line) < CREDIT_TAIL_MIN_CHARS:
        return False
    offset = max(0, len(line) - CREDIT_TAIL_WINDOW)
    if line.find("©", offset) >= 0:
        return True
    colon = line.rfind(":")
    if colon < offset or not 2 <= len(line) - colon - 1 <= _TAIL_REST_MAX:
        return False
    return _LABEL_BEFORE.search(line, max(0, colon - _LABEL_MAX - 1), colon) is not None


def credit_tail(line: str) -> tuple[int, int, str] | None:
    """A credit at the end of a caption: ``(start, end, evidence)`` of the part to cut.

    >>> line = "Russian vehicles arrive in Belarus in January. Photo: AP."
    >>> s, e, why = credit_tail(line); line[:s], why
    ('Russian vehicles arrive in Belarus in January.', "trailing credit 'Photo: AP.'")
    >>> credit_tail("He said the photo: a fake.") is None
    True
    """
    if not may_have_credit_tail(line):
        return None
    m = _CREDIT_TAIL.search(line, max(0, len(line) - CREDIT_TAIL_WINDOW))
    if not m:
        return None
    tail = m.group("tail")
    body = line[: m.start()]
    if len(body.split()) < 2:
        return None
    rest = re.sub(rf"^\(?(?:(?:{_LABEL_ALT})\s?:|©)\s?", "", tail, flags=re.IGNORECASE).rstrip(").")
    if not rest or not _names(rest, CREDIT_TAIL_MAX_WORDS):
        return None
    return m.start(), m.end(), f"trailing credit '{tail.strip()}'"


# --- B106: inline teasers -----------------------------------------------------

_READ_MORE = re.compile(
    r"(?<=\s)(?:" + "|".join(re.escape(p) for p in lx.READ_MORE_PHRASES) + r")(?:\s?[»›>…:]|\.\.\.)?(?=\s|$)"
)
# The first words of the links: a line without one has no teaser (one scan finds the candidate lines).
READ_MORE_FIRST = tuple(sorted({p.split()[0] for p in lx.READ_MORE_PHRASES}))
_BOUNDARY = re.compile(r"[.!?][\"”’)]?\s+")
_CAPITALISED = re.compile(r"^[\W\d]*[A-ZÀ-ÞА-Я0-9]")


# One search for any of them: each starts with a capital, so the engine's scan for the first letters is quick.
_READ_MORE_FIRST_RX = re.compile("|".join(map(re.escape, sorted(READ_MORE_FIRST, key=len, reverse=True))))


def may_have_teaser(text: str) -> bool:
    """Cheap test (for a line or a whole text) that :func:`inline_teasers` can find something."""
    return _READ_MORE_FIRST_RX.search(text) is not None


def inline_teasers(line: str) -> list[tuple[int, int, str]]:
    """Teaser headlines closed by a "Read more" link inside a paragraph.

    Returns ``(start, end, evidence)`` spans to cut, each from the sentence
    end before the headline to the link (and the space after it).

    >>> line = "It would not be understood. news U.S., Army Chiefs Speak to Avoid Drill Read a lot more If it was."
    >>> [line[s:e] for s, e, _ in inline_teasers(line)]
    ['news U.S., Army Chiefs Speak to Avoid Drill Read a lot more ']
    >>> inline_teasers("The report is long. Read more about it in the annex.")
    []
    """
    found: list[tuple[int, int, str]] = []
    if not may_have_teaser(line):
        return found
    for m in _READ_MORE.finditer(line):
        window_start = max(0, m.start() - 400)
        start = None
        for b in _BOUNDARY.finditer(line, window_start, m.start()):
            start = b.end()
        if start is None or (found and start < found[-1][1]):
            continue
        words = line[start : m.start()].split()
        if words and words[0].islower() and words[0].isalpha() and len(words[0]) <= 12:
            words = words[1:]  # a section word before the headline ("news", "politics")
        if not (TEASER_MIN_WORDS <= len(words) <= TEASER_MAX_WORDS):
            continue
        caps = sum(1 for w in words if _CAPITALISED.match(w)) / len(words)
        after = m.end()
        rest = line[after:]
        nxt = rest.lstrip()[:1]
        if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in '"“‘«(['):
            continue  # the link must end the paragraph or be followed by a new sentence
        end = after + (len(rest) - len(rest.lstrip())) if rest.strip() else len(line)
        begin = start if rest.strip() else len(line[:start].rstrip())
        found.append((begin, end, f"headline of {len(words)} words ({caps:.0%} capitalised) + '{m.group().strip()}'"))
    return found


# --- B112: headlines ----------------------------------------------------------

_LIST_MARKER = re.compile(r"^(?:[-–—•*·▪►▸→]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
_PARAGRAPH_END = frozenset(".!?…。！？\"”’»')")
_HEADLINE_OPENERS = frozenset("\"“„«‚‘'¿¡")
_NOT_HEADLINE_END = frozenset(".,;:-–—/")


def list_item(line: str) -> bool:
    """The line starts with a list marker (``-``, ``•``, ``1.``, ``a)``).

    >>> list_item("1. 500 g of bread flour"), list_item("- sturdy boots"), list_item("Home")
    (True, True, False)
    """
    return _LIST_MARKER.match(line) is not None


def ends_sentence(line: str) -> bool:
    """The line ends like a sentence: with sentence punctuation, a closing quote or a closing bracket.

    >>> ends_sentence("He left."), ends_sentence("“He left”"), ends_sentence("Few options for Minsk")
    (True, True, False)
    """
    return line[-1:] in _PARAGRAPH_END


def headline_shaped(line: str, units: int) -> bool:
    """A line shaped like the headline of a link: a title, not a sentence, a clause or a list item.

    It has HEADLINE_MIN_UNITS to HEADLINE_MAX_UNITS words (``units``), starts
    with a capital letter, a digit or an opening quote, carries no list
    marker (``-``, ``1.``, ``a)``) and does not end with a period, comma,
    colon or dash (a sentence, or a line wrapped inside one). CJK script has
    no capitals to tell a title by: a line that starts with a CJK character
    is never taken for a headline.

    >>> headline_shaped("How Neanderthals made the very first glue", 7)
    True
    >>> headline_shaped("and the council said it would vote again,", 8)
    False
    >>> headline_shaped("1. 500 g of bread flour", 6)
    False
    """
    if not HEADLINE_MIN_UNITS <= units <= HEADLINE_MAX_UNITS or line[-1] in _NOT_HEADLINE_END:
        return False
    first = line[0]
    if not (first.isupper() or first.isdigit() or first in _HEADLINE_OPENERS):
        return False
    return _LIST_MARKER.match(line) is None


# --- dates, duplicates --------------------------------------------------------

_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
    "september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|"
    "avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|"
    "agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
    "ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
)
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|"
    rf"(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTHS})\.?,?\s+(?:de\s+)?\d{{4}}|"
    rf"\d{{4}}年\d{{1,2}}月\d{{1,2}}日)",
    re.IGNORECASE,
)


def is_dateline(line: str, words: int | None = None) -> bool:
    """A short line that gives a date (``October 20, 2022``, ``Veröffentlicht am 16.08.2019``).

    ``words`` is the number of words of the line, if known.

    >>> is_dateline("October 20, 2022"), is_dateline("Veröffentlicht am 16.08.2019"), is_dateline("Leave a Reply")
    (True, True, False)
    """
    if (words or len(line.split())) > 10 or len(line) > 120 or not _DIGIT.search(line):
        return False
    return _DATE.search(line) is not None


_DIGIT = re.compile(r"\d")


def duplicate_key(line: str, tail: tuple[int, int, str] | None = None) -> str:
    """The form two copies of one caption share: case, spaces and a trailing credit ignored.

    ``tail`` is :func:`credit_tail` of the line when the caller has it already.

    >>> duplicate_key("Location of Belarus.  Graphics: Washington Post.") == duplicate_key(
    ...     "Location of Belarus. Graphics: Washington Post.")
    True
    >>> duplicate_key("Putin at the Kremlin. Photo: AFP.") == duplicate_key("Putin at the Kremlin. Image: AFP.")
    True
    """
    if tail is None:
        tail = credit_tail(line)
    return " ".join((line[: tail[0]] if tail else line).casefold().split())


# --- B109: vocabulary novelty -------------------------------------------------

_WORD = re.compile(r"[a-z\u00df-\u024f\u0370-\u03ff\u0400-\u052f]{4,}")  # after casefold
STEM_LETTERS = 6  # a crude language-neutral stem: the first six letters of a word


def content_stems(line: str) -> list[str]:
    """Stems of the content words (4+ Latin, Greek or Cyrillic letters, not function words) of a line.

    >>> content_stems("Lesotho makes polo shirts for the brand.")
    ['lesoth', 'makes', 'polo', 'shirts', 'brand']
    """
    fw = lx.FUNCTION_WORDS
    return [w[:STEM_LETTERS] for w in _WORD.findall(line.casefold()) if w not in fw]


# --- B113: teasers cut short ----------------------------------------------------

# An ellipsis glued to a letter, or after a hyphen, comma, colon or semicolon: the line was cut where the
# site's teaser ran out of room ("… Oder dass ein Hauch Tomaten-…", "Gewinnwach...").
_TRUNCATED = re.compile(r"(?:[^\W\d_]|[-–,;:])(?:…|\.\.\.)$")


def truncated(line: str) -> bool:
    """The line ends with an ellipsis that cuts it short (a teaser of a link), not one after a space or a sentence.

    >>> truncated("Eni mit deutlichem Gewinnwach..."), truncated("Oder dass ein Hauch Tomaten-…")
    (True, True)
    >>> truncated("And then... nothing."), truncated("Wait for it …"), truncated("He left....")
    (False, False, False)
    """
    return line.endswith(("…", "...")) and _TRUNCATED.search(line, max(0, len(line) - 5)) is not None


# --- B102: disclaimers anywhere in a line -----------------------------------------

_CONTAINS_RX = re.compile("|".join(f"(?:{p})" for p in lx.FOOTER_CONTAINS))
# Every disclaimer holds one of these stems: a line without any of them is not searched.
_CONTAINS_STEMS = (
    "advi", "informati", "beratung", "behandlung", "diagnos", "anlage", "médic", "juridique", "financier",
    "profesional", "legal", "medic", "jurídic", "profissional", "lekar", "medyczn", "prawn", "консультац",
    "рекомендац", "оферт", "disclaimer",
)  # fmt: skip


def _disclaimer(form: str) -> Match | None:
    """A disclaimer (``lexicons.FOOTER_CONTAINS``) anywhere in the lexicon form of a line.

    >>> _disclaimer("the party does not offer medical advice, services, or treatments").how
    'contains'
    >>> _disclaimer("the doctor gave medical advice to the crew") is None
    True
    """
    for stem in _CONTAINS_STEMS:  # one C-level scan per stem: cheaper than one regex alternation
        if stem in form:
            break
    else:
        return None
    m = _CONTAINS_RX.search(form)
    return Match("footer", "contains", "*", m.group()) if m else None
