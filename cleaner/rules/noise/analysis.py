"""One classification of a document, shared by every noise rule.

The design follows jusText: cheap features per line first (``features``),
then a context pass that uses position and neighbours.

1. *Line pass.* Each non-blank line gets its evidence: code signals, a
   lexicon match, a credit shape, a corpus count, a duplicate key; and its
   shape (does it read as prose?).
2. *Context pass.* Prose lines with no evidence against them are *anchors*;
   the lines before the first anchor are the head, those after the last one
   the tail, the rest the body. Boilerplate lives in the head and the tail:
   there weaker evidence suffices, in the body it must be stronger, and a
   line that reads as prose is removed only on strong evidence (a lexicon
   match, a duplicate, a corpus count, a credit shape).
3. *Cap.* If the low-confidence removals would take more than a set share
   of what the high-confidence ones leave, they become notices.

The three steps repeat on the text that is left until nothing more goes
(a fixed point), so cleaning the output again finds nothing: that is what
makes the rules idempotent even though their decisions depend on context.

The plan is computed once per document, for the rules that are enabled,
and each rule takes its own edits from it. The texts the following rules
will receive are registered in a small cache, so the work is not repeated.
What a line says about itself (its features, the spans cut from it) comes
from :mod:`cleaner.rules.noise.lines`, cached by content across documents.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass, field
from itertools import accumulate

from cleaner.corpus import skeleton
from cleaner.rules.base import Context, Edit
from cleaner.rules.noise import features as f
from cleaner.rules.noise import lexicons as lx
from cleaner.rules.noise import lines as lf
from cleaner.rules.noise.lines import Decision
from cleaner.rules.noise.lines import Evidence as _Evidence

# Chain order of the noise rules (the registry must list them in this order).
ORDER = (
    "B101", "S101", "S102", "S103", "B102", "B103", "B104", "B105", "B106", "B107", "B108", "B109", "B110", "B111",
    "B112", "B113", "B114", "B115",
)  # fmt: skip
OPT_IN: frozenset[str] = frozenset()  # off unless selected

HIGH = 0.9  # removals at least this confident are never capped
ANCHOR_MIN_UNITS = lf.ANCHOR_MIN_UNITS  # a prose line this long anchors the main text
DUPLICATE_MIN_UNITS = lf.DUPLICATE_MIN_UNITS  # shorter repeated lines (list items, refrains) are not duplicates
OFF_TOPIC_MIN_STEMS = 4  # an off-topic line has at least this many content words ...
OFF_TOPIC_MAX_UNITS = lf.TEASER_MAX_UNITS  # ... is at most this long ...
OFF_TOPIC_NOVELTY = 0.6  # ... this share of its words occur nowhere else in the document ...
OFF_TOPIC_MARGIN = 0.15  # ... this much more than in the document's typical paragraph
OFF_TOPIC_MIN_PARAGRAPHS = 5  # paragraphs needed to know what is typical
OFF_TOPIC_SHORTER = 0.5  # and at most half as long as a typical paragraph
OFF_TOPIC_MIN_CONTEXT = 60  # distinct content words the rest of the document needs
EDGE_BLOCK_MAX_UNITS = 12  # B110 only takes short lines ...
EDGE_BLOCK_MIN_LINES = 2  # ... in runs of at least this many
RELATED_MAX_LINES = 10  # B111: lines looked at under a related-content label ...
RELATED_MAX_UNITS = 20  # ... that are headline-sized
RELATED_MIN_LINES = 2  # ... and a list has at least this many
RELATED_TAIL_ONLY = False
TAIL_MIN_HEADLINES = 3  # B112: a list of links after the last paragraph has at least this many headlines ...
TAIL_SHORT_UNITS = 3  # ... among which only lines this short (labels, times), datelines and boilerplate stand
CARD_TEASER_MAX_UNITS = 60  # ... and the teasers of cards (marker, headline, teaser) this long
CARD_MIN_TEASERS = 2  # ... of which there are at least this many
CARD_MARKER_REPEATS = 2  # a short line is a card's marker when it occurs this often (or is a dateline)
TRUNCATED_MIN_LINES = 2  # B113: a document has at least this many lines cut short by an ellipsis ...
TRUNCATED_MAX_UNITS = 50  # ... each at most this long (a teaser)
TRUNCATED_TITLE_UNITS = 12  # a cut line this short without a headline above needs a cut neighbour ...
TRUNCATED_NEAR = 2  # ... at most this many lines away (a list of cut titles)
BLOCK_ITEM_UNITS = 3  # B114: a menu entry has at most this many words ...
BLOCK_MIN_LINES = 3  # ... and a block of at least this many distinct entries that occurs twice is a menu
REGION_CONFIDENCE = 0.85  # B115: a line from a page region outside the article (nav, footer, sidebar)
MAX_ITERATIONS = 6
CACHE_SIZE = 32

SETTING_MAX_SHARE = "noise-max-share"
SETTING_CORPUS_MIN = "corpus-min-documents"
DEFAULT_MAX_SHARE = 0.5
DEFAULT_CORPUS_MIN = 3

_URL = re.compile(r"https?://|www\.")
# B115: regions that may be boxes inside the article (a pull quote, a fact box); the others are page chrome
_BOX_REGION = re.compile(r'<aside>|role="(?:complementary|search)"|sidebar', re.IGNORECASE)

# The rules that cut spans inside lines, in chain order, with their confidence.
_SPAN_CONFIDENCE = {"B105": 0.9, "B106": 0.85}

# Evidence strong enough to remove a line that reads as prose.
_STRONG = frozenset({"B101", "S102", "B102", "B103", "B104", "B107"})
# ... and evidence strong enough for that in the head and the tail (outside the main text).
_STRONG_AT_EDGES = frozenset({"B115"})


@dataclass
class Plan:
    """Per rule code, the edits it makes on the text it receives."""

    edits: dict[str, list[Edit]] = field(default_factory=dict)


class _Line:
    """A non-blank line of the text and what the analysis found in it."""

    __slots__ = ("original", "raw", "eol", "alive", "removed", "spans", "notice", "number", "text", "ev")

    def __init__(self, raw: str, eol: str, number: int) -> None:
        self.original = raw
        self.raw = raw  # current content, without the line break
        self.eol = eol  # "\n" or "" (last line)
        self.alive = True  # False once spans cut all its content
        self.removed: Decision | None = None
        self.spans: tuple[tuple[Decision, int, int], ...] = ()  # applied in order, offsets into the content then
        self.notice: Decision | None = None
        self.number = number  # 1-based, in the text
        # set by the classifier: the content stripped (once the spans are cut) and its evidence
        self.text: str
        self.ev: _Evidence | None


# --- the per-text cache -------------------------------------------------------

# A text is known by its length and hash, not kept: a plan has a step per rule that acts, and keeping
# each step's text would hold as many copies of the document. Only steps of the same run of the chain
# (the same ``ctx``) are looked up, so a false match would need two texts of one document with the
# same length and the same 64-bit hash.
_cache: OrderedDict[tuple, tuple[Context, dict[str, list[Edit]]]] = OrderedDict()
_lock = threading.Lock()


def edits_for(code: str, text: str, ctx: Context) -> list[Edit]:
    """The edits rule ``code`` makes on ``text`` (computing the plan once per document)."""
    key = (len(text), hash(text))
    hit = _cache.get(key)  # a plain read: atomic, no lock needed
    if hit is not None and hit[0] is ctx:
        return hit[1].get(code, [])
    if _known(("layout of", id(ctx)), ctx) and _known(_layout_key(text), ctx):
        # the lines of a text the rules left as it was, with other blank lines or trailing blanks:
        # known by its own key too, the next rules find it without going over its lines again
        _put({key: {}}, ctx)
        return []
    enabled = _enabled(ctx)
    if code not in enabled:
        enabled = enabled | {code}
    merged: dict[tuple, dict[str, list[Edit]]] = {}  # notices leave the text as it is: merge
    steps = _plan(text, ctx, enabled)
    for step_text, step_edits in steps:
        merged.setdefault((len(step_text), hash(step_text)), {}).update(step_edits)
    final = steps[-1][0]
    if not merged[len(final), hash(final)]:
        merged[_layout_key(final)] = {}
        merged["layout of", id(ctx)] = {}  # this document has one: worth computing the key of a new text
    _put(merged, ctx)
    return merged[key].get(code, [])


def _known(key: tuple, ctx: Context) -> bool:
    hit = _cache.get(key)
    return hit is not None and hit[0] is ctx


def _put(entries: dict[tuple, dict[str, list[Edit]]], ctx: Context) -> None:
    with _lock:
        for step, step_edits in entries.items():
            _cache[step] = (ctx, step_edits)
            _cache.move_to_end(step)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)


def _layout_key(text: str) -> tuple[str, int, int]:
    """What the analysis sees of a text: its non-blank lines without their trailing blanks.

    Blank lines are skipped and trailing blanks are cut before any rule
    looks at a line (see :meth:`_Classifier._spans`), so two texts with the
    same key get the same decisions. A text the rules leave as it is is
    registered under this key too: the whitespace rules that run after them
    (trailing blanks, blank lines) then do not make the analysis run again.
    """
    lines = "\n".join(line.rstrip() for line in text.split("\n") if line and not line.isspace())
    return ("layout", len(lines), hash(lines))


def _enabled(ctx: Context) -> frozenset[str]:
    rules = getattr(ctx, "rules", None)
    if rules is None:
        return frozenset(ORDER) - OPT_IN
    return frozenset(c for c in rules if c in ORDER)


# --- planning -----------------------------------------------------------------


def _plan(text: str, ctx: Context, enabled: frozenset[str]) -> list[tuple[str, dict[str, list[Edit]]]]:
    parts = text.split("\n")
    last = len(parts)
    lines = [_Line(raw, "\n" if n < last else "", n) for n, raw in enumerate(parts, 1) if raw and not raw.isspace()]
    _Classifier(lines, ctx, enabled).run()
    return _steps(text, parts, lines, enabled)


def _steps(
    text: str, parts: list[str], lines: list[_Line], enabled: frozenset[str]
) -> list[tuple[str, dict[str, list[Edit]]]]:
    """The texts the enabled noise rules receive, with the edits each makes there, in chain order.

    ``parts`` are all the lines of ``text`` (blank ones too), ``lines`` the
    non-blank ones. Only rules with edits are listed; every other rule
    receives one of the listed texts (the text changes only where a rule
    edits it).
    """
    lines = [ln for ln in lines if ln.removed or ln.notice or ln.spans]  # the others stay as they are
    used = {d.code for ln in lines for d in (ln.removed, ln.notice) if d is not None}
    used |= {d.code for ln in lines for d, _, _ in ln.spans}
    codes = [c for c in ORDER if c in enabled and c in used]
    if not codes:
        return [(text, {})]
    current = [p + "\n" for p in parts]
    current[-1] = parts[-1]
    steps: list[tuple[str, dict[str, list[Edit]]]] = [(text, {})]
    for code in codes:
        received = "".join(current)
        starts = [0, *accumulate(map(len, current))]
        edits: list[Edit] = []
        for ln in lines:
            i = ln.number - 1
            pos = starts[i]
            seg = current[i]
            if ln.removed is not None:
                if ln.removed.code == code:
                    edits.append(Edit(pos, pos + len(seg), "", ln.removed.confidence, ln.removed.note))
                    current[i] = ""
            else:
                mine = [(d, s, e) for d, s, e in ln.spans if d.code == code]
                if mine:
                    content = seg[: len(seg) - len(ln.eol)]
                    for d, s, e in mine:
                        edits.append(Edit(pos + s, pos + e, "", d.confidence, d.note))
                    for _, s, e in reversed(mine):
                        content = content[:s] + content[e:]
                    current[i] = content + ln.eol
                elif ln.notice is not None and ln.notice.code == code:
                    end = len(seg) - len(ln.eol)
                    edits.append(Edit(pos, pos + end, None, ln.notice.confidence, ln.notice.note))
        steps.append((received, {code: edits}))
    steps.append(("".join(current), {}))
    return steps


class _Classifier:
    """Runs the line pass, the context pass and the cap until nothing changes."""

    def __init__(self, lines: list[_Line], ctx: Context, enabled: frozenset[str]) -> None:
        self.lines = lines
        self.enabled = enabled
        settings = ctx.settings
        self.max_share = float(settings.get(SETTING_MAX_SHARE, DEFAULT_MAX_SHARE))
        self.corpus = getattr(ctx, "corpus", None)
        self.corpus_min = int(settings.get(SETTING_CORPUS_MIN, DEFAULT_CORPUS_MIN))
        regions = getattr(ctx, "regions", None) if "B115" in enabled else None
        # looked up by skeleton: the repairs before the noise rules may have changed spacing or punctuation
        self.regions = {skeleton(line): where for line, where in regions.items()} if regions else None
        self.evidence: dict[str, _Evidence] = {}
        # a line's evidence: its own, plus its corpus count and page region when there are any
        self.line_evidence = lf.evidence if self.corpus is None and self.regions is None else self._evidence
        self.noticed = False  # some line carries a notice from the last iteration
        self.counted: dict[str, bool] = {}  # document-wide gates of the block rules (see _document_has)

    def run(self) -> None:
        span_codes = tuple(code for code in _SPAN_CONFIDENCE if code in self.enabled)
        evidence = self.line_evidence
        for ln in self.lines:
            ln.text = text = ln.raw.strip()
            ln.ev = e = evidence(text)
            if e.cut_marks and span_codes and not e.cut_marks.isdisjoint(span_codes):
                self._spans(ln, span_codes)
        for _ in range(MAX_ITERATIONS):
            if not self._iteration():
                break

    # -- spans (B105, B106): once, before the line decisions, each to its fixed point

    def _spans(self, ln: _Line, codes: tuple[str, ...]) -> None:
        body = ln.raw.rstrip()  # trailing blanks are left to W102: the cuts never depend on them
        found, content = lf.cuts(body, codes)
        if not found:
            return
        ln.spans = tuple(
            (Decision(code, _SPAN_CONFIDENCE[code], why), s, e) for code, cut in found for s, e, why in cut
        )
        ln.raw = content + ln.raw[len(body) :]
        ln.text = content.strip()
        ln.alive = bool(ln.text)
        ln.ev = self.line_evidence(ln.text) if ln.alive else None

    # -- one pass over the lines that are left

    def _iteration(self) -> bool:
        rows = [ln for ln in self.lines if ln.alive and ln.removed is None]
        if not rows:
            return False
        texts = [ln.text for ln in rows]
        ev: list[_Evidence] = [ln.ev for ln in rows]
        decisions: list[list[Decision]] = [
            [Decision(d.code, d.confidence, d.note, d.remove, d.strong) for d in e.candidates] if e.candidates else []
            for e in ev
        ]
        self._duplicates(rows, texts, ev, decisions)

        # Context: anchors, head, body, tail.
        anchors = [i for i, e in enumerate(ev) if e.anchor and not decisions[i]]
        first, last = (anchors[0], anchors[-1]) if anchors else (0, len(rows) - 1)
        anchor_set = set(anchors)

        def where(i: int) -> str:
            return "head" if i < first else "tail" if i > last else "body"

        self._header(rows, texts, ev, decisions, anchors, first)
        stems = None
        b109 = "B109" in self.enabled and len(anchors) >= OFF_TOPIC_MIN_PARAGRAPHS
        teaser_max = 0.0
        if b109 and any(e.teaser_shaped for e in ev):
            sizes = sorted([ev[i].shape.units for i in anchors])
            teaser_max = min(OFF_TOPIC_MAX_UNITS, OFF_TOPIC_SHORTER * sizes[len(sizes) // 2])
        # The lines with something to add or to place (the others need nothing here).
        todo = [
            i
            for i, (ds, e) in enumerate(zip(decisions, ev))
            if ds or e.flagged or (e.teaser_shaped and e.shape.units <= teaser_max)
        ]
        for i in todo:
            e = ev[i]
            ds = decisions[i]
            pos = where(i)
            if e.code:
                why = "code-like: " + ", ".join(e.code)
                ds.append(Decision("S101", 0.95, why) if pos != "body" else Decision("S101", 0.6, why, remove=False))
            if e.menu:
                ds.append(Decision("S103", 0.9 if pos != "body" else 0.8, "menu or breadcrumb line"))
            if (
                pos == "body"
                and b109
                and e.teaser_shaped  # ended, short, two sentences
                and e.shape.units <= teaser_max
                and i - 1 in anchor_set
                and i + 1 in anchor_set
            ):
                if stems is None:
                    stems = _StemIndex(texts, ev)
                off = stems.off_topic(i, e)
                if off:
                    ds.append(Decision("B109", 0.8, off))
            for d in ds:
                d.note = f"{d.note}; {pos}"
                if d.code in _STRONG_AT_EDGES and pos != "body":
                    d.strong = True
        self._edge_blocks(ev, decisions, texts, first, last)
        self._related_blocks(ev, decisions, texts, where)
        self._tail_lists(rows, texts, ev, decisions)
        self._truncated_teasers(ev, decisions)
        self._repeated_blocks(rows, ev, decisions)

        chosen = [self._choose(ds, e) if ds else None for ds, e in zip(decisions, ev)]
        self._cap(chosen, ev)

        changed = False
        if self.noticed or any(chosen):
            self.noticed = False
            for ln, d in zip(rows, chosen):
                ln.notice = None
                if d is not None and d.remove:
                    ln.removed = d
                    changed = True
                elif d is not None:
                    ln.notice = d
                    self.noticed = True
        return changed

    def _choose(self, ds: list[Decision], e: _Evidence) -> Decision | None:
        """One decision per line: enabled rules only, removals before notices, then chain order."""
        mine = [d for d in ds if d.code in self.enabled]
        if not mine:
            return None
        pick = min(mine, key=lambda d: (not d.remove, ORDER.index(d.code)))
        if pick.remove and e.prose and not (pick.code in _STRONG or pick.strong or _headline_evidence(pick, e)):
            return Decision(pick.code, pick.confidence, pick.note + "; reads as prose", remove=False)
        return pick

    def _cap(self, chosen: list[Decision | None], ev: list[_Evidence]) -> None:
        """Turn the low-confidence removals into notices when they would take too much.

        A text whose every line would go is kept whole (its lines reported):
        an empty document is never the safe answer.
        """
        if not any(chosen):
            return
        units = [e.shape.units for e in ev]
        if any(d and d.remove for d in chosen) and all(d and d.remove for u, d in zip(units, chosen) if u):
            for i, d in enumerate(chosen):  # nothing would be left: keep it all, and report it
                if d and d.remove:
                    chosen[i] = Decision(d.code, d.confidence, f"{d.note}; kept: the whole text would go", False)
            return
        total = sum(units)
        high = sum(u for u, d in zip(units, chosen) if d and d.remove and d.confidence >= HIGH)
        low = sum(u for u, d in zip(units, chosen) if d and d.remove and d.confidence < HIGH)
        if not low or low <= self.max_share * (total - high):
            return
        share = low / max(1, total - high)
        for i, d in enumerate(chosen):
            if d and d.remove and d.confidence < HIGH:
                chosen[i] = Decision(d.code, d.confidence, f"{d.note}; capped: {share:.0%} of the text", False)

    def _evidence(self, text: str) -> _Evidence:
        """The line's own evidence with its corpus count (B107) and its page region (B115), when known."""
        e = self.evidence.get(text)
        if e is not None:
            return e
        e = lf.evidence(text)
        found = []
        if self.corpus is not None and not e.dateline:
            n = self.corpus.count(text)
            if n >= self.corpus_min:
                found.append(Decision("B107", 0.8 if e.prose else 0.9, f"in {n} of {self.corpus.documents} documents"))
        region = self.regions.get(skeleton(text)) if self.regions is not None else None
        if region is not None:
            if not _BOX_REGION.search(region):  # navigation, footer, share bar, related links: strong anywhere
                found.append(Decision("B115", HIGH, f"in {region} of the page", strong=True))
            else:
                found.append(Decision("B115", REGION_CONFIDENCE, f"in {region} of the page"))
        if found:
            e = e._replace(candidates=(*e.candidates, *found))
        self.evidence[text] = e
        return e

    def _duplicates(self, rows, texts, ev, decisions) -> None:
        """B101: later copies (exact, or equal but for case, punctuation and credit) of a line."""
        long_enough = [
            i
            for i, (e, row) in enumerate(zip(ev, rows))
            if (e.dup_key and self._dup_units(row, e) if row.spans else e.copy_sized)
        ]
        if len({ev[i].exact_key for i in long_enough}) == len({ev[i].dup_key for i in long_enough}) == len(long_enough):
            return  # every key differs: no copies
        exact: dict[str, int] = {}
        near: dict[str, int] = {}
        for i in long_enough:
            e = ev[i]
            norm = e.exact_key
            if norm in exact:
                decisions[i].insert(0, Decision("B101", 0.95, f"exact copy of line {rows[exact[norm]].number}"))
            elif e.dup_key in near:
                decisions[i].insert(0, Decision("B101", 0.9, f"near copy of line {rows[near[e.dup_key]].number}"))
            exact.setdefault(norm, i)
            near.setdefault(e.dup_key, i)

    @staticmethod
    def _dup_units(row: _Line, e: _Evidence) -> bool:
        """The line is long enough to count as a copy: a cut credit still counts (the caption was long enough)."""
        units = e.shape.units
        if row.spans:
            units += sum(len(row.original[s:x].split()) for _, s, x in row.spans)
        return units >= DUPLICATE_MIN_UNITS

    def _header(self, rows, texts, ev, decisions, anchors, first) -> None:
        """B108: a short first line in another script than the text (a site name)."""
        e = ev[0]
        if not anchors or first == 0 or e.shape.terminal or e.dateline or e.shape.units > f.HEADER_MAX_UNITS:
            return
        own = f.script(texts[0])
        if own == "none":
            return
        # The main script of the first SCRIPT_SAMPLE characters of the anchors (joined by spaces): letters are
        # counted line by line (cached), the line the sample ends in up to there.
        totals = dict.fromkeys(f.SCRIPT_NAMES, 0)
        pos = 0
        for i in anchors:
            text = texts[i]
            part = (
                lf.script_counts(text)
                if pos + len(text) <= f.SCRIPT_SAMPLE
                else f.script_counts(text[: f.SCRIPT_SAMPLE - pos])
            )
            for name, n in part.items():
                totals[name] += n
            pos += len(text) + 1
            if pos >= f.SCRIPT_SAMPLE:
                break
        counts = {name: n for name, n in totals.items() if n}
        main = max(counts, key=counts.__getitem__) if counts else "none"
        if main != "none" and own not in ("none", main):
            decisions[0].append(Decision("B108", 0.85, f"first line in {own} script over a {main} text"))

    def _edge_blocks(self, ev, decisions, texts, first, last) -> None:
        """B110: short lines in the head or tail with boilerplate on both sides.

        A run is left alone when it is a single line (a title or a subheading
        between a label and a footer looks the same as a lone menu entry), when
        one of its lines is a list item, or when one is part of a sentence wrapped
        over several lines (see :func:`_wrapped`).
        """
        if "B110" not in self.enabled:
            return
        bad = [bool(ds) and _going(ds) for ds in decisions]
        n = len(ev)
        i = 0
        while i < n:
            if first <= i <= last:
                i = last + 1  # the body: runs are in the head and the tail only
                continue
            if bad[i]:
                i += 1
                continue
            j = i
            while j < n and not bad[j] and not (first <= j <= last):
                j += 1
            if (i == 0 or bad[i - 1]) and (j == n or bad[j]) and j - i >= EDGE_BLOCK_MIN_LINES:
                run = range(i, j)
                if not any(f.list_item(texts[k]) or _wrapped(texts, k) for k in run):
                    for k in run:
                        e = ev[k]
                        if e.shape.units <= EDGE_BLOCK_MAX_UNITS and not e.dateline and not e.prose:
                            decisions[k].append(Decision("B110", 0.7, "short line between boilerplate lines"))
            i = j

    def _tail_lists(self, rows, texts, ev, decisions) -> None:
        """B112: a list of headlines after the last paragraph (links to other stories)."""
        if "B112" not in self.enabled:
            return
        n = len(ev)
        teaser = _CardTeasers(texts, ev)
        paragraphs = (i for i in range(n - 1, -1, -1) if ev[i].paragraph and not decisions[i])
        last = next(paragraphs, None)
        teasers = []  # the teasers of cards after the last paragraph: a list of links goes on below them
        while last is not None and teaser(last):
            teasers.append(last)
            last = next(paragraphs, None)
        if 0 < len(teasers) < CARD_MIN_TEASERS:  # one paragraph that looks like a teaser is not a list of cards
            last = teasers[0]
        if last is None or n - last - 1 < TAIL_MIN_HEADLINES:
            return
        i = last + 1
        while i < n:
            heads = []
            j = i
            while j < n:  # a run of headlines, short lines, datelines, card teasers and lines that go anyway
                e = ev[j]
                going = _going(decisions[j]) if decisions[j] else False
                if e.headline and not going:
                    heads.append(j)
                elif not (going or e.dateline or e.shape.units <= TAIL_SHORT_UNITS or teaser(j)):
                    break
                j += 1
            # a headline followed by a line that starts in lower case is the start of a wrapped sentence
            heads = [h for h in heads if not (h + 1 < n and texts[h + 1][:1].islower())]
            introduced = ev[i - 1].prose and texts[i - 1].endswith(":")  # a sentence announces what follows
            if len(heads) >= TAIL_MIN_HEADLINES and not introduced:
                why = f"of {len(heads)} headlines listed after the last paragraph (line {rows[last].number})"
                for k, h in enumerate(heads, 1):
                    decisions[h].append(Decision("B112", 0.8, f"headline {k} {why}"))
            i = j + 1

    def _document_has(self, name: str, test, least: int) -> bool:
        """At least ``least`` lines of the document pass ``test`` (counted once: later passes only lose lines)."""
        known = self.counted.get(name)
        if known is None:
            known = self.counted[name] = sum(1 for ln in self.lines if ln.ev is not None and test(ln.ev)) >= least
        return known

    def _truncated_teasers(self, ev, decisions) -> None:
        """B113: teasers cut short by an ellipsis (``… Oder dass ein Hauch Tomaten-…``), with their headlines.

        A site that lists other stories prints a headline and the first words of
        each, cut where the room runs out. A cut line goes when the document
        has at least TRUNCATED_MIN_LINES of them and it stands under a headline
        or a dateline (a card: the headline goes too, the dateline stays), or,
        when it is a short title, next to another cut line (a list of links).
        """
        if "B113" not in self.enabled or not self._document_has("cut", lambda e: e.truncated, TRUNCATED_MIN_LINES):
            return
        cut = [i for i, e in enumerate(ev) if e.truncated and e.shape.units <= TRUNCATED_MAX_UNITS]
        if len(cut) < TRUNCATED_MIN_LINES:
            return
        for n, i in enumerate(cut):
            above = ev[i - 1] if i else None
            card = above is not None and (above.headline or above.dateline)
            near = (n and i - cut[n - 1] <= TRUNCATED_NEAR) or (n + 1 < len(cut) and cut[n + 1] - i <= TRUNCATED_NEAR)
            if card:
                decisions[i].append(Decision("B113", 0.8, f"teaser cut short under a headline ({len(cut)} cut lines)"))
                if above.headline and not above.dateline and not above.truncated:
                    decisions[i - 1].append(Decision("B113", 0.8, "headline of a teaser cut short"))
            elif near and ev[i].shape.units <= TRUNCATED_TITLE_UNITS:
                decisions[i].append(Decision("B113", 0.8, f"title cut short in a list ({len(cut)} cut lines)"))

    def _repeated_blocks(self, rows, ev, decisions) -> None:
        """B114: a block of short lines that occurs twice in the document (a menu at the top and the bottom).

        A block is BLOCK_MIN_LINES or more consecutive lines of at most
        BLOCK_ITEM_UNITS words that do not end like a sentence and are no
        datelines, all different. Every copy goes: neither is the text.
        """
        k = BLOCK_MIN_LINES
        if "B114" not in self.enabled or not self._document_has("item", _block_item, 2 * k):
            return
        item = [_block_item(e) for e in ev]
        seen: dict[tuple[str, ...], list[int]] = {}
        run = 0
        for i, ok in enumerate(item):
            run = run + 1 if ok else 0
            if run >= k:
                key = tuple(e.exact_key for e in ev[i - k + 1 : i + 1])
                if len(set(key)) == k:
                    seen.setdefault(key, []).append(i - k + 1)
        for starts in seen.values():
            if len(starts) < 2:
                continue
            lines = ", ".join(str(rows[s].number) for s in starts)
            for s in starts:
                for j in range(s, s + k):
                    if not any(d.code == "B114" for d in decisions[j]):
                        decisions[j].append(Decision("B114", 0.8, f"block of short lines repeated (lines {lines})"))

    def _related_blocks(self, ev, decisions, texts, where) -> None:
        """B111: the headlines listed under a related-content label ("Related stories", "Mehr zum Thema")."""
        if "B111" not in self.enabled:
            return
        n = len(ev)
        for i in (i for i, ds in enumerate(decisions) if ds):
            label = next((d for d in decisions[i] if _list_label(d)), None)
            if label is None or f.lexicon_form(texts[i]) in lx.SINGLE_LABELS:
                continue
            if RELATED_TAIL_ONLY and where(i) == "body":
                continue
            taken: list[int] = []
            for k in range(i + 1, min(n, i + 1 + RELATED_MAX_LINES)):
                e = ev[k]
                if decisions[k]:
                    if any(d.code == "B103" or _list_label(d) for d in decisions[k]):
                        break  # the next label starts its own list
                    continue
                if e.dateline:
                    continue
                if f.list_item(texts[k]) or _wrapped(texts, k):
                    break  # a list or a wrapped sentence: the text goes on
                if e.shape.units > RELATED_MAX_UNITS or (
                    e.prose and e.shape.units >= ANCHOR_MIN_UNITS and e.shape.terminal
                ):
                    break
                taken.append(k)
            if len(taken) >= RELATED_MIN_LINES:  # one line under a label may be a subheading
                for k in taken:
                    decisions[k].append(Decision("B111", 0.8, f"listed under '{texts[i][:40]}'"))


def _block_item(e: _Evidence) -> bool:
    """B114: the line may be an entry of a menu (short, no sentence end, no date)."""
    return e.shape.units <= BLOCK_ITEM_UNITS and not e.shape.terminal and not e.dateline


_FOOTER_EXACT = "footer lexicon, exact '"


def _list_label(d: Decision) -> bool:
    """B111: the decision names a label that heads a list of links.

    A related-content label (B103, ``Related stories``) or a footer label
    that heads a list of posts (B102, ``Recent posts``, ``Neueste Beiträge``:
    ``lexicons.LIST_LABELS``), matched exactly.
    """
    if d.code == "B103":
        return d.note.startswith("promo lexicon, exact")
    if d.code != "B102" or not d.note.startswith(_FOOTER_EXACT):
        return False
    return d.note[len(_FOOTER_EXACT) :].partition("' (")[0] in lx.LIST_LABELS


_WRAP_END = frozenset(",;-\u00ad")  # a line that ends in one of these goes on on the next line


def _wrapped(texts: list[str], k: int) -> bool:
    """Line ``k`` is part of a sentence wrapped over several lines (hard-wrapped prose, not a menu).

    It starts in lower case, ends with a comma, semicolon or hyphen or with an
    article, preposition or conjunction (``lexicons.OPEN_ENDS``), follows a
    line that ends so, or the next line starts with a word in lower case.
    """
    text = texts[k]
    if text[:1].islower() or text[-1:] in _WRAP_END:
        return True
    if _open_end(text) or (k > 0 and _open_end(texts[k - 1])):
        return True
    return k + 1 < len(texts) and _LOWER_WORD.match(texts[k + 1]) is not None


def _open_end(text: str) -> bool:
    return text[-1:] in _WRAP_END or text.rpartition(" ")[2].casefold() in lx.OPEN_ENDS


_LOWER_WORD = re.compile(r"[^\W\d_A-ZÀ-ÞА-Я][^\W\d_]*[,;:]?(?:\s|$)")  # a word in lower case (not a domain name)


class _CardTeasers:
    """B112: which lines are the teaser sentence of a card in a list of links (built on demand).

    A card is a marker (a dateline, or a short line that occurs again in the
    document, like a section name), a headline and a teaser sentence, in the
    order marker, headline, teaser (``01.01.2022 - Formel 1`` / ``Gasly: Ich
    will um die WM kämpfen`` / ``Pierre Gasly hatte ...``) or headline, marker,
    teaser (``Politics`` / ``Barr might quit over Trump tweets`` / ``Politics``
    / ``Atty. Gen. William Barr tells ...``). Such a teaser reads as a
    paragraph but does not end the text: a list of links may go on below it.
    """

    def __init__(self, texts: list[str], ev: list[_Evidence]) -> None:
        self.texts = texts
        self.ev = ev
        self.counts: dict[str, int] | None = None

    def _marker(self, k: int) -> bool:
        e = self.ev[k]
        if e.dateline:
            return True
        if e.shape.units > TAIL_SHORT_UNITS or e.shape.terminal or self.texts[k][-1:] == ":":
            return False
        if self.counts is None:
            self.counts = {}
            for x in self.ev:
                if x.shape.units <= TAIL_SHORT_UNITS:
                    self.counts[x.exact_key] = self.counts.get(x.exact_key, 0) + 1
        return self.counts.get(e.exact_key, 0) >= CARD_MARKER_REPEATS and sum(map(str.isalpha, e.exact_key)) >= 3

    def __call__(self, i: int) -> bool:
        e = self.ev[i]
        if i < 2 or not e.prose or e.shape.units > CARD_TEASER_MAX_UNITS:
            return False
        ev = self.ev
        if ev[i - 1].headline:
            return self._marker(i - 2)
        return ev[i - 2].headline and self._marker(i - 1)


def _going(ds: list[Decision]) -> bool:
    return any(d.remove for d in ds)


def _headline_evidence(d: Decision, e: _Evidence) -> bool:
    """B109, B111, B112 and B113 judge lines that read as prose on their own evidence (teaser or headline shape)."""
    return d.code in ("B109", "B112", "B113") or (d.code == "B111" and not e.shape.terminal)


class _StemIndex:
    """In how many lines each content-word stem occurs, and how new a line's words are (for B109).

    Built lazily. A line's own novelty is found by looking its stems up in
    the case-folded lines (their exact keys): a stem is the start of a word,
    so a line that does not contain it as a substring cannot have it, and
    only the lines that do are analysed. The index of every line's stems
    (for the typical paragraph) is built only for a line whose words are new.
    """

    def __init__(self, texts: list[str], ev: list[_Evidence]) -> None:
        self.texts = texts
        self.ev = ev
        sizes = sorted([e.shape.units for e in ev if e.prose])
        self.typical_units = sizes[len(sizes) // 2] if sizes else 0
        self.stems: list[frozenset[str]] = []
        self.distinct = 0  # stems in the whole text
        self.once: set[str] | None = None  # stems found in one line only (None: not indexed yet)
        self.median: float | None = None
        self.median_known = False
        self.folded = ""  # the lines, case folded, one per line (built on demand)
        self.starts: list[int] = []  # where each line starts in it

    def _novelty(self, i: int, own: frozenset[str]) -> float:
        """The share of line ``i``'s stems found in no other line, or some share below OFF_TOPIC_NOVELTY.

        The look-up stops as soon as so many stems are found elsewhere that
        the share must stay below the threshold.
        """
        if self.once is not None:
            return len(own & self.once) / len(own)
        if not self.starts:  # the lines case folded (their exact keys: stems are cut from them)
            keys = [e.exact_key for e in self.ev]
            self.folded = "\n".join(keys)
            self.starts = [0, *accumulate(len(k) + 1 for k in keys)]
        folded, starts = self.folded, self.starts
        n = len(own)
        elsewhere = 0
        for stem in own:
            at = folded.find(stem)
            while at >= 0:
                j = bisect_right(starts, at) - 1
                if j != i and stem in lf.stems(self.texts[j]):
                    elsewhere += 1
                    if (n - elsewhere) / n < OFF_TOPIC_NOVELTY:
                        return (n - elsewhere) / n  # at most this: too low already
                    break
                at = folded.find(stem, starts[j + 1])
        return (n - elsewhere) / n

    def _index(self) -> set[str]:
        if self.once is None:
            self.stems = [lf.stems(t) for t in self.texts]
            seen: set[str] = set()
            again: set[str] = set()
            for s in self.stems:
                again |= seen & s
                seen |= s
            self.distinct = len(seen)
            self.once = seen - again
        return self.once

    def _typical_novelty(self) -> float | None:
        """The median novelty of the prose lines (None: too few of them to say)."""
        once = self._index()
        typical = sorted(
            len(s & once) / len(s) for s, e in zip(self.stems, self.ev) if e.prose and len(s) >= OFF_TOPIC_MIN_STEMS
        )
        return typical[len(typical) // 2] if len(typical) >= OFF_TOPIC_MIN_PARAGRAPHS else None

    def off_topic(self, i: int, e: _Evidence) -> str | None:
        text = self.texts[i]
        own = lf.stems(text)
        if e.shape.units > OFF_TOPIC_MAX_UNITS or e.shape.cjk * 2 > e.shape.units or len(own) < OFF_TOPIC_MIN_STEMS:
            return None
        if e.shape.units > OFF_TOPIC_SHORTER * self.typical_units or not e.shape.terminal:
            return None
        if not e.teaser_shaped or _URL.search(text):
            return None  # a teaser is a headline and a sentence: two sentences, the last one ended
        novelty = self._novelty(i, own)
        if novelty < OFF_TOPIC_NOVELTY:
            return None
        self._index()
        if self.distinct - len(own) < OFF_TOPIC_MIN_CONTEXT:
            return None
        if not self.median_known:
            self.median = self._typical_novelty()
            self.median_known = True
        if self.median is None or novelty < self.median + OFF_TOPIC_MARGIN:
            return None
        return (
            f"off-topic: {novelty:.0%} of its content words occur nowhere else (typical paragraph: {self.median:.0%})"
        )
