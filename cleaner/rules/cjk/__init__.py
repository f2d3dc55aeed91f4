"""CJK mojibake: UTF-8 text that was decoded with a CJK double-byte codec.

The rule function is :func:`cjk_mojibake`; :mod:`.tables` holds the codec
tables, :mod:`.repair` reads one word back into its UTF-8 original (lost bytes
included, their candidates from :mod:`.candidates`), :mod:`.reading` finds
the codec and the form of damage of a document, :mod:`.weirdness` judges a
line, :mod:`.scoring` the context of a lost character, :mod:`.letters` the
language of a document (for lost letters) and :mod:`.grammar` the Polish
grammar that decides a lost letter at a word's end.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter

from cleaner.rules.base import Context, Edit, from_fields
from cleaner.rules.cjk import letters, reading, repair, scoring
from cleaner.rules.cjk import surroundings as around
from cleaner.rules.cjk.reading import Hypothesis, Line, Reading, prefilter
from cleaner.rules.cjk.repair import Piece, decodes_back
from cleaner.rules.cjk.tables import SIBLING, prior
from cleaner.rules.cjk.weirdness import NEUTRAL

__all__ = ["cjk_mojibake", "clear_caches"]

# Mojibake from these codecs always contains one of these characters.
_GATE = re.compile("[\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\ue000-\uf8ff\uf900-\ufaff\uff00-\uffef\ufffd]")
_UNRECOVERABLE = re.compile("(?:锟斤拷)+")
# Two letters in a row that kept only their lead byte, beside a letter of their word, as Shift-JIS and
# cp932 read them with bytes dropped (ﾅﾄcka was Łącka): the only form with such runs (see reading.add_runs).
_LEAD_RUN = re.compile("[a-z][\uff61-\uff9f]{2}|[\uff61-\uff9f]{2}[a-z]")
MIN_CONFIDENCE = 0.3  # below this a lost character is not guessed: it is left as it is and reported
_START = itemgetter(0)  # Edit.start
_AFTER = itemgetter(2)  # Edit.after
_edit = from_fields(Edit)


def _suffix(line: str, pieces: tuple[Piece, ...], k: int) -> str:
    """The observed text after piece ``k``, with the next pieces at their most likely reading."""
    parts, pos = [], pieces[k].end
    for p in pieces[k + 1 : k + 3]:
        parts += (line[pos : p.start], p.options[0].text)
        pos = p.end
    parts.append(line[pos : pos + 20])
    return "".join(parts)


@lru_cache(maxsize=2048)
def _note(form: str, text: str, prob: float, runner: str | None, runner_prob: float) -> str:
    """The note of an inferred character (the same slots come back often: written once)."""
    tail = f", runner-up {runner!r} p={runner_prob:.2f}" if runner is not None else ""
    return f"{form} inferred {text!r} p={prob:.2f}{tail}"


def _closers(line: str, pieces: tuple[Piece, ...], low: bool = False) -> tuple[int, list[bool], list[bool]]:
    """Where double quotes may close, looking ahead in the paragraph.

    Returns the index of the last piece that may close one (a ``”``, or a
    slot at the end of a word; -1 if none), for each piece whether a
    *strong* closer (a ``”``, or a slot right after ``. , ! ?``) follows it
    before any place where a quote may open, and whether the next piece that
    opens or may close a quote is a lossless ``“`` (a quote open before it
    closes before it: ``“x in s鈥 gives “True”``).

    ``low``: the document's quotes close before the punctuation that follows them (``Style.closes_first``:
    where they open with ``„``, and in Spanish) (``dzień”.``, ``Hause“, sagte``) or before a
    dash that names the speaker (``wspaniała” – mówiła``): a slot between a
    letter and one of those is a strong closer too.
    """
    last = -1
    ahead = [False] * len(pieces)
    opener_next = [False] * len(pieces)
    later = False
    opener = False  # the next piece that opens or may close a quote is a lossless “
    for k in range(len(pieces) - 1, -1, -1):  # one walk from the end: what follows each piece is known
        p = pieces[k]
        text = p.options[0].text
        if p.inferred:
            left, right = line[p.start - 1 : p.start], line[p.end : p.end + 1]
            at_end = bool(left) and not left.isspace() and (not right or right.isspace() or right in ",.;:!?)")
            if last < 0 and (at_end or (len(text) > 1 and left and not left.isspace())):
                last = k  # or several lost characters after a word
            strong = at_end and (
                left in ".,!?"
                or (low and left.isalpha() and not text.isalpha() and _quote_fits(p) and _closes_low(line, pieces, k))
            )
            opens = "“" in text or (left in ("", " ") and right.isalnum())  # a quote may open here
            event = at_end or opens
        else:
            strong = "”" in text
            if last < 0 and strong:
                last = k
            # a single quote opening after a space: the next strong closer is likelier its own
            opens = "“" in text or "„" in text or (text[:1] == "‘" and line[p.start - 1 : p.start] in ("", " "))
            event = strong or opens
        ahead[k] = later
        opener_next[k] = opener
        if opens:
            later = False  # what follows closes the quote opened here
        later = later or strong
        if event:
            opener = not p.inferred and text.rfind("“") > text.rfind("”")
    return last, ahead, opener_next


def _quote_fits(piece: Piece) -> bool:
    """A double quote is among the piece's readings (not a zone of two gaps, a letter's: ``Pozna��.``)."""
    return any(o.text[-1:] in "”“" for o in piece.options)


def _closes_low(line: str, pieces: tuple[Piece, ...], k: int) -> bool:
    """Slot ``k`` comes before ``.`` or ``,``, or before a dash between spaces (lossless, or a slot)."""
    end = pieces[k].end
    after = line[end : end + 2]
    if after[:1] in (".", ",") or after in (" –", " —"):
        return True
    if after != " " + line[end + 1 : end + 2] or k + 1 == len(pieces):
        return False
    nxt = pieces[k + 1]  # a lost character between spaces: a dash, most likely
    return nxt.inferred and nxt.start == end + 1 and line[nxt.end : nxt.end + 1] == " "


_WORD_END_SIGNS = "”’“…\u202f"  # signs of three bytes that may follow the last letter of a word (déjà ?)
_GUILLEMETS = frozenset("«‹")  # French puts a no-break space after these
_AFTER_AMOUNT = ("\u202f€", "\u00a0€")  # a space and a euro sign after an amount, where it is written so
_TIMES = ("\u00a0×", "\u202f×")  # a space and the sign of a product, between numbers (21 × 29,7 cm)
_QUOTE_OPENERS = ("„", "“")  # quotes that open, of three bytes, before a word's capital („Ślady)
_NUMBER_AFTER = re.compile(r" \d")


def _read_as(text: str, codec: str) -> str:
    """What ``codec`` makes of ``text``'s UTF-8 bytes (before a space), lost bytes as U+FFFD."""
    return (text.encode("utf-8") + b" ").decode(codec, "replace")[:-1]


def _letter_runs(line: str, piece: Piece, hyp: Hypothesis, language: str) -> tuple[repair.Option, ...] | None:
    """The runs of lost letters of ``language`` a zone in a word may be: of gaps (see
    :func:`.letters.lost_runs`), or of letters that kept only their lead byte (:func:`.letters.lead_runs`).

    A zone of gaps may also be letters with a sign after them (``rzeką”``), an apostrophe and a letter
    (``l’Élysée``), or, right after an amount or a word for one, a space and the euro sign (``12,50\u00a0€``,
    ``2 millions\u00a0€``): readings whose characters are each likely but which, together, rank too low
    among a zone's candidates.
    """
    text = line[piece.start : piece.end]
    before, after = line[piece.start - 1 : piece.start], line[piece.end : piece.end + 1]
    if hyp.mode == "ignore":
        best = piece.options[0].text
        space = best[:1] == "\u00a0" and after.isalpha()  # a no-break space before a word (Shift-JIS drops its A0)
        word = best[1:] if space else best
        if len(best) < 2 or not word or not all(c.isalpha() and "\x7f" < c < "\u0800" for c in word):
            return _in_capitals(line, piece, hyp)  # one letter has its candidates already (candidates.MAX_SINGLE)
        if not (before.isalpha() or after.isalpha()):
            return None  # not in a word
        runs = letters.lead_runs(language, tuple(c.encode("utf-8")[0] for c in word))
        if space or not before.isalpha():  # at the start of a word, the first may be a capital (Łąk: ﾅﾄk, « Ça)
            runs += tuple(c.upper() + run[1:] for run in runs if len((c := run[0]).upper().encode("utf-8")) == 2)
        if space:
            runs = tuple("\u00a0" + run for run in runs)
        tail = line[piece.end : piece.end + 2]
        if tail.isascii():  # the bytes that follow decide which runs fit (Łą before k, not żę: ę's E2 pairs with k)
            runs = tuple(run for run in runs if decodes_back(run + tail, text + tail, hyp.codec, hyp.mode))
    elif hyp.mode == "replace" and not text.strip("\ufffd"):
        if language in letters.EURO_AFTER and (
            before.isdigit() or _last_word(line, piece.start) in around.AMOUNT_WORDS
        ):
            # 8 000 €, 2 millions € (a space and the sign after an amount), 8,5 × 5,4 cm (and of a product)
            signs = _AFTER_AMOUNT + (_TIMES if _NUMBER_AFTER.match(line, piece.end) and before.isdigit() else ())
            runs = tuple(s for s in signs if _read_as(s, hyp.codec) == text)
        elif before in ("", " ") and len(text) == 5 and after.islower():
            # a quote that opens, and the capital of the word after it („Ślady, „Über): a capital's prior keeps
            # it out of the zone's candidates
            capitals = tuple(c for c in letters.lost_initials(language, hyp.codec) if c.isupper())
            runs = tuple(
                quote + c for quote in _QUOTE_OPENERS for c in capitals if _read_as(quote + c, hyp.codec) == text
            )
        elif not before.isalpha() and not (len(text) in (2, 4) and after.isalpha()):
            return None  # not in a word (a run of letters must follow one; a single letter may start a word)
        else:
            runs = _in_case(letters.lost_runs(language, hyp.codec, len(text)), before, after)
            if not before.isalpha():  # a word's first letter may be a capital (Île-de-France, Łączna)
                capitals = tuple(c for c in letters.lost_initials(language, hyp.codec) if c.isupper())
                rest = letters.lost_runs(language, hyp.codec, len(text) - 2) if len(text) > 2 else ("",)
                runs += tuple(c + r for c in capitals for r in rest)
            if len(text) == 4 and _read_before(line, piece, hyp) in _GUILLEMETS:
                # or, after a guillemet, a no-break space and a word's first letter («\u00a0Ça)
                runs += tuple("\u00a0" + c for c in letters.lost_initials(language, hyp.codec))
        if len(text) % 2 and before.isalpha():  # a sign of three bytes after the letters (rzeką”)
            short = _in_case(letters.lost_runs(language, hyp.codec, len(text) - 3), before, "")
            runs += tuple(run + sign for run in short for sign in _WORD_END_SIGNS)
            tail = line[max(0, piece.start - around.ELISION_TAIL) : piece.start]
            if len(text) == 5 and around.elides(tail) and tail[-2:-1] != "-":  # or an apostrophe and the first
                # letter of a word, after a word that elides (jusqu’à, l’Élysée; not soir-là…, déjà ?)
                runs += tuple("’" + c for c in letters.lost_initials(language, hyp.codec))
    else:
        return None
    return _options(runs)


def _in_case(runs: tuple[str, ...], before: str, after: str) -> tuple[str, ...]:
    """``runs`` of lost letters, and in a word in capitals (after a capital, before no small letter: KĄPIEL,
    SIATKÓWKĘ”) the same in capitals too."""
    if not (before.isupper() and not after.islower()):
        return runs
    return runs + tuple(up for run in runs if len(up := run.upper()) == len(run))


def _in_capitals(line: str, piece: Piece, hyp: Hypothesis) -> tuple[repair.Option, ...] | None:
    """In a word in capitals, the zone's readings with their letters in capitals too (``SŁUCHAĆ”``
    under cp932, where ``ﾄ窶`` is read as ``ć”`` first: a capital's prior keeps it out of the candidates)."""
    texts = tuple(o.text for o in piece.options)
    before, after = line[piece.start - 1 : piece.start], line[piece.end : piece.end + 1]
    upper = set(_in_case(texts, before, after)[len(texts) :]).difference(texts)
    text, tail = line[piece.start : piece.end], line[piece.end : piece.end + 2]
    return _options(u for u in sorted(upper) if decodes_back(u + tail, text + tail, hyp.codec, hyp.mode))


def _read_before(line: str, piece: Piece, hyp: Hypothesis) -> str:
    """The character before ``piece`` as read back: a lossless reading that ends right there (``«`` for ``竄``)."""
    found = next((p.options[0].text for p in hyp.pieces if p.end == piece.start and not p.inferred), "")
    return found[-1:] or line[piece.start - 1 : piece.start]


def _last_word(line: str, end: int) -> str:
    """The word of ``line`` that ends at ``end``."""
    return line[line.rfind(" ", 0, end) + 1 : end]


def _options(readings: Iterable[str]) -> tuple[repair.Option, ...] | None:
    """``readings`` of a zone as candidates, each weighed by its characters' priors (None if there is none)."""
    return tuple(repair.Option(text, math.prod(map(prior, text))) for text in readings) or None


# A dash and the currency sign of a range's second number (€65–€120): too rare a pair by prior to be among
# a zone's candidates
_RANGE_SIGNS = tuple(dash + sign for dash in "–—" for sign in "€£¥₹")


def _range_signs(line: str, piece: Piece, hyp: Hypothesis) -> tuple[repair.Option, ...] | None:
    """The readings of a zone of gaps between two numbers as a dash and a currency sign (``€65–€120``)."""
    text = line[piece.start : piece.end]
    between = line[piece.start - 1 : piece.start] + line[piece.end : piece.end + 1]
    if hyp.mode != "replace" or text.strip("\ufffd") or not (len(between) == 2 and between.isdigit()):
        return None
    return _options(s for s in _RANGE_SIGNS if _read_as(s, hyp.codec) == text)


def _brand_sign(line: str, piece: Piece, hyp: Hypothesis) -> tuple[repair.Option, ...] | None:
    """The reading of a zone of gaps right after a product's name in camel case as ``™`` (``ShopSmart™``),
    a sign too rare by prior to be among a zone's candidates."""
    if not line[piece.start - 1 : piece.start].isalnum() or hyp.mode != "replace":
        return None
    text = line[piece.start : piece.end]
    if len(text) != 3 or text.strip("\ufffd") or line[piece.end : piece.end + 1].isalnum():
        return None
    if not around.brand(line[line.rfind(" ", 0, piece.start) + 1 : piece.start]):
        return None
    return _options(("™",)) if _read_as("™", hyp.codec) == text else None


_WORD_END = re.compile(r"[^\W\d_]*\Z")
_WORD_START = re.compile(r"[^\W\d_]*")
NAME_LETTER_SURE = 0.4  # the least confidence of a name's letter told by the letters around it in any language
UNSURE = 0.5  # below this, a letter's own probability leaves room for what the letters around it say
ENGLISH_SURE = 0.9  # the confidence of a letter that makes a name or loanword of the English lexicon


def _english(
    read: str,
    suffix: str,
    options: tuple[repair.Option, ...],
    foreign_to: str = "",
    initials: bool = False,
    gaps: str = "",
    unsure: bool = False,
) -> list[tuple[str, float]] | None:
    """In a text of no other language (English), the lost letter that makes its word a name or a loanword English
    writes (``Māori``, ``Dvořák``, ``Škoda``): :func:`.letters.english_letters`, a capital at a word's start,
    the shares of the letters that fit the bytes taken among themselves (``Th|``: ị or ể, not the é of thé).
    ``foreign_to``: only letters that language does not have (``Dvořák`` in a German text, not ``Süd``).
    ``initials``: the text is English, and a word it does not know that starts with the letter is a name, whose
    capital :func:`.letters.english_initials` tells (English words seldom start outside ASCII, as élan does).
    ``unsure``: the scoring left the letter unsure (the bytes left fit several): inside a word that English
    does not know, the rest of the word tells, in the language it is likeliest in (:func:`.letters.any_language`).
    ``gaps``: the codec, where it is unsure and its decoder left only gaps: a capital too rare to be among the
    options stands for its small letter where it leaves the same gaps (``Čech``)."""
    if not (read[-1:].isalpha() or suffix[:1].isalpha()):
        return None  # not in a word
    head, tail = _WORD_END.search(read, max(0, len(read) - 40)).group(), _WORD_START.match(suffix).group()
    if len(head) + len(tail) < 2:
        return None  # (a letter alone, Ó or à, is no word to look up)
    shares = letters.english_letters(f"{head}|{tail}".lower())
    initial = initials and not (shares or head) and tail[:1].islower()
    inside = initials and unsure and not shares and (head[-1:].islower() or head.istitle() and tail[:1].islower())
    if initial:  # a word unknown that starts outside ASCII: a name's capital (Øystese, Ångström)
        shares = letters.english_initials(tail[0])
        if unsure:  # the bytes left do not tell it: the rest of the name tells its language, and so it (Đoković)
            named = letters.any_language(f"|{tail}".lower())
            shares = {c: (shares.get(c, 0.0) + named.get(c, 0.0)) / 2 for c in shares.keys() | named.keys()}
    elif inside:  # or has one inside it, after a letter in lower case or its capital: a name's (Kieślowski, Bărbu)
        shares = letters.any_language(f"{head}|{tail}".lower())
    if shares and foreign_to:
        own = letters.letters(foreign_to)
        shares = {c: share for c, share in shares.items() if c not in own}
    if not shares:
        return None
    texts = {o.text for o in options}
    ranked = []
    for letter, share in sorted(shares.items(), key=lambda item: -item[1]):
        cased = [c for c in ((letter.upper(), letter) if not head else (letter, letter.upper())) if c in texts]
        rare = gaps and not head and letter in texts and letter.upper() not in texts
        if rare and _read_as(letter.upper(), gaps) == _read_as(letter, gaps):
            cased.insert(0, letter.upper())
        if cased:
            ranked.append((cased[0], ENGLISH_SURE * share))
    if ranked:  # the shares of the letters that fit the bytes, among themselves (zł: not the é of thé)
        fit = sum(p for _, p in ranked)
        ranked = [(c, ENGLISH_SURE * p / fit) for c, p in ranked if not (initial or inside) or c.isupper() == initial]
        if inside and ranked and ranked[0][1] < NAME_LETTER_SURE:
            return None  # (a guess among several languages' letters: left to the prior, which reports it)
    return ranked or None


# Languages whose texts write foreign names with their own letters, which are few: a letter they lack, in a
# capitalised word, is a name's (Dvořák, Małgorzata in German or French), as the names English writes tell.
_BORROWS_NAMES = frozenset(("de", "fr", "es", "it", "pt"))
_NAME_HEAD = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ][^\W\d_]*\Z")


def _inside_name(read: str, suffix: str) -> bool:
    """The line read so far ends inside a capitalised word, after its first letter (``Dvo``; not a word in
    capitals: ``FÜR``)."""
    head = _NAME_HEAD.search(read, max(0, len(read) - 40))
    return head is not None and not head.group().isupper() and not suffix[:1].isupper()


def _in_name(read: str, letter: str) -> bool:
    """The lost ``letter`` after ``read`` is the capital a word starts with: a name, perhaps a foreign one,
    which the names and loanwords that English writes may tell (``Łukasz`` in a German text, not ``Süd``
    for ``Sąd`` in a Polish one: only a word's first letter)."""
    return letter.isupper() and not read[-1:].isalpha()


def _repair_line(
    line: str,
    hyp: Hypothesis,
    style: scoring.Style,
    last: bool,
    offset: int,
    runs: bool = True,
    cut: bool = False,
    proven: bool = False,
) -> list[Edit] | None:
    """The edits that repair ``line`` under ``hyp``, or None when the repair is not proven better.

    Every slot gets its most probable reading, and the line so read must
    decode back to exactly ``line``. A slot whose best reading is not probable
    enough (or is U+FFFD) is left as it is and reported instead. The edits'
    offsets are in the document (``offset`` is where the line starts). With
    ``runs``, a zone of gaps in a word may also be lost letters of the
    document's language. ``cut``: the line before ended with an ellipsis.
    ``proven``: other lines of the document were repaired, so a repair that
    only puts signs back (``拢2.1m`` is ``£2.1m``) need not be clearly better.
    """
    ctx = scoring.Context(style, paragraph=hyp.draft or line)
    ctx.after_cut = cut
    read = ""  # the line read back so far, to rank slots and to decode again (grown in place)
    result: list[str] = []  # the line as repaired (what cannot be inferred stays as it is)
    edits: list[Edit] = []
    notices = 0
    form = f"{hyp.codec} {hyp.mode}"
    lossless = f"{form} lossless"
    pieces = hyp.pieces
    tried_runs = False
    last_closer, strong_ahead, opener_next = _closers(line, pieces, style.closes_first)
    pos = 0  # in the line
    as_draft = True  # the repaired line is as weird as the hypothesis' draft (see NEUTRAL)
    for k, (start, end, options, inferred) in enumerate(pieces):
        between = line[pos:start]
        read += between
        result.append(between)
        suffix = ""  # what follows: needed to rank a slot, or to tell an apostrophe from a quote
        guessed = False  # a slot left as it is: its best reading still has to decode back
        if inferred:
            suffix = _suffix(line, pieces, k)
            ctx.closer_ahead = last_closer > k
            ctx.strong_closer_ahead = strong_ahead[k]
            ctx.opener_next = opener_next[k]
            more = _letter_runs(line, pieces[k], hyp, ctx.language) if runs and ctx.language else None
            if runs and not more:
                more = _range_signs(line, pieces[k], hyp)
            if not more:
                more = _brand_sign(line, pieces[k], hyp)
            if more:
                tried_runs = True
                known = {o.text for o in options}
                options = options + tuple(o for o in more if o.text not in known)
            ranked = scoring.rank(options, read, suffix, ctx)
            if (
                len(options[0].text) == 1
                and (ranked[0][0].isalpha() or ranked[0][1] < ENGLISH_SURE)
                and (not ctx.language or _in_name(read, ranked[0][0]))
            ):
                # (not where a sign is sure already: it’s); gaps: no byte kept, and nothing around made a letter
                # likely (not the -ić of Đoković)
                initials = ranked[0][0].isalpha() and ctx.english()
                unsure = ranked[0][1] < UNSURE
                gaps = hyp.codec if unsure and not line[start:end].strip("\ufffd?") else ""
                ranked = _english(read, suffix, options, initials=initials, gaps=gaps, unsure=unsure) or ranked
            elif ctx.language in _BORROWS_NAMES and ranked[0][0].isalpha() and _inside_name(read, suffix):
                ranked = _english(read, suffix, options, foreign_to=ctx.language) or ranked
            text, prob = ranked[0]
            note = _note(form, text, prob, *(ranked[1] if len(ranked) > 1 else (None, 0.0)))
            if prob < MIN_CONFIDENCE:
                edit = _edit((start + offset, end + offset, None, prob, f"{form} lost bytes not inferred: {note}"))
                notices += 1
                result.append(line[start:end])
                guessed = True  # unknown: it opens or closes no quote
            else:
                edit = _edit((start + offset, end + offset, text, min(prob, 0.99), note))
                result.append(text)
                drafted = options[0].text
                if as_draft and text != drafted:
                    as_draft = bool(text and drafted) and NEUTRAL.issuperset(text) and NEUTRAL.issuperset(drafted)
        else:
            text = options[0].text
            if text.endswith(("’", "‘")):  # an apostrophe or a quote, as the next character tells
                suffix = _suffix(line, pieces, k)
            if "\ufffd" in text:
                edit = _edit((start + offset, end + offset, None, 1.0, f"{form}: U+FFFD, the original is lost"))
                notices += 1
                result.append(line[start:end])
            else:
                edit = _edit((start + offset, end + offset, text, 1.0, lossless))
                result.append(text)
        edits.append(edit)
        if not guessed and not scoring.QUOTE_MARKS.isdisjoint(text):
            ctx.update(text, len(read), suffix, read[-1:])
        if "—" in text or "–" in text:
            ctx.aside(read[-1:] + text + line[end : end + 1])
        read += text
        pos = end
    if notices == len(edits):
        return None
    rest = line[pos:]
    if not decodes_back(read + rest, line, hyp.codec, hyp.mode, final=last):
        return _repair_line(line, hyp, style, last, offset, False, cut, proven) if tried_runs else None
    result.append(rest)
    if scoring.clearly_better(hyp.before, hyp.draft if as_draft and not notices else "".join(result), notices):
        return edits
    if notices or not (_lone_signs(line, edits, offset) or (proven and all(map(_signs_only, edits)))):
        return None
    return edits


def _signs_only(edit: Edit) -> bool:
    """The edit brings back no letter and no digit beyond ASCII (only signs: £, “, ½, →), so no CJK character."""
    return edit.after is not None and all(
        c.isascii() or unicodedata.category(c)[0] in "PSZ" or c in "½¼¾" for c in edit.after
    )


# Signs of two bytes that stand alone between spaces: « oui », Copyright © 2024, Home · News, § 3 BGB
_LONE_SIGNS = frozenset("«»©®·§")


def _lone_signs(line: str, edits: list[Edit], offset: int) -> bool:
    """Every edit turns one character standing alone (between spaces or signs) into a sign of ``_LONE_SIGNS``.

    Read as GBK or Big5, ``«`` is ``芦`` and ``©`` is ``漏``: one common Han character, which is not
    weird enough for a repair to be clearly better. Standing alone in a line, and read back losslessly
    as such a sign, it is one.
    """
    for e in edits:
        start, end = e.start - offset, e.end - offset
        if e.after not in _LONE_SIGNS or end - start != 1:
            return False
        if line[start - 1 : start].isalnum() or line[end : end + 1].isalnum():
            return False
    return True


def cjk_mojibake(text: str, ctx: Context) -> list[Edit]:
    """Repair UTF-8 text that was decoded with a CJK codec (GBK, GB18030, Shift-JIS, EUC-JP, Big5, EUC-KR).

    ``Russia鈥檚`` was ``Russia’s`` before its UTF-8 bytes were read as GBK.
    Each character is mapped back to the exact bytes the codec read, and the
    bytes are read again as UTF-8. When the decoder dropped a byte
    (``level鈥 emanating``: the last byte of ``”`` formed no GBK pair with the
    space), or wrote U+FFFD or ``?`` for it, the lost byte is inferred: the
    candidates are the characters whose bytes fit what survived and that give
    back exactly the damaged text when decoded again, and the paragraph
    chooses among them (quote balance, plural possessives, en dashes between
    digits, the document's own dash style).

    A line is repaired only when decoding the repair again reproduces it byte
    for byte and the repair is clearly less weird. Genuine Chinese, Japanese
    and Korean text is left alone. The codec and the form of damage (bytes
    dropped, U+FFFD, ``?``) are found per document. Every repaired span is its
    own change, noting codec, form and whether it was lossless; an inferred
    character has confidence below 1 and names the runner-up. ``锟斤拷`` (a
    U+FFFD that went through the same accident) cannot be recovered and is
    only reported.

    >>> from cleaner import clean
    >>> clean("Russia鈥檚 鈥渦nion state鈥 with Belarus", config="E102").text
    'Russia’s “union state” with Belarus'
    """
    if text.isascii() or not _GATE.search(text):
        return []
    unrecoverable = [
        Edit(m.start(), m.end(), None, 1.0, "U+FFFD decoded as GBK: the original characters are lost")
        for m in (_UNRECOVERABLE.finditer(text) if "锟斤拷" in text else ())
    ]
    lines: list[Line] = []
    offset = 0
    for i, line in enumerate(text.split("\n")):
        if _GATE.search(line):
            lines.append((i, offset, line))
        offset += len(line) + 1
    codecs = prefilter(lines)
    left_out = [entry for entry in lines if not codecs[entry[0]]]
    lines = [entry for entry in lines if codecs[entry[0]]]
    doc = Reading(lines, codecs)
    runs = [entry for entry in left_out if _LEAD_RUN.search(entry[2])] if not doc.ranking else ()
    if runs:  # a short document (one paragraph) may have only lines with damaged sequences in a row
        codecs = prefilter(runs, runs=True)
        lines, left_out = [entry for entry in runs if codecs[entry[0]]], []
        doc = Reading(lines, codecs, runs=True)
    if not doc.ranking:
        return unrecoverable
    style = scoring.Style(text=text)
    for i, _, line in lines:
        for h in doc.hyps[i][:1]:  # the style counts characters: the lossless pieces' texts are learnt at once
            style.learn("".join([p.options[0].text for p in h.pieces if not p.inferred]), h.codec)
            for p in h.pieces:
                if p.inferred:
                    style.learn_slot(line, p.start, p.end, [o.text for o in p.options])
    edits, rejected = _repair_lines(lines, doc, style, text)
    if any(e.after is not None for e in edits):  # mojibake for sure
        if rejected:  # a line whose repair only puts signs back is repaired too (see _repair_line)
            more, rejected = _repair_lines(rejected, doc, style, text, proven=True)
            edits = sorted(edits + more, key=_START)
        # damaged sequences in a row, in lines left out so far or that the document's codec did not read
        retry = left_out + [e for e in rejected if not any(h.codec == doc.ranking[0] for h in doc.hyps[e[0]])]
        if retry:
            edits = sorted(edits + _repair_lines(doc.add_runs(retry), doc, style, text)[0], key=_START)
    return _without_overlaps(unrecoverable + edits) if unrecoverable else edits


def _repair_lines(
    lines: list[Line], doc: Reading, style: scoring.Style, text: str, proven: bool = False
) -> tuple[list[Edit], list[Line]]:
    """The edits that repair ``lines`` of the document ``text``, line by line, and the lines left as they are.

    ``proven``: see :func:`_repair_line`.
    """
    edits: list[Edit] = []
    rejected: list[Line] = []
    size = len(text)
    ends: dict[int, str] = {}  # where a repair ends -> its last character
    for i, start, line in lines:
        above = ends.get(start - 1) or (text[start - 2] if start > 1 else "")  # the line above ends so, as repaired
        best = None  # the best-ranked codec that repairs the line, all of it if one can
        complete = ""  # the codec of the first complete repair, once there is one
        for hyp in doc.candidates(i):
            if complete and hyp.codec != SIBLING.get(complete):
                break  # a complete repair is weighed only against one by its sibling codec
            repaired = _repair_line(line, hyp, style, start + len(line) == size, start, cut=above == "…", proven=proven)
            if not repaired:
                continue
            if None in map(_AFTER, repaired):  # some lost character left as it is
                best = best or repaired
            elif not complete:
                best, complete = repaired, hyp.codec
                if _least_sure(best) >= SURE:
                    break
            else:  # the sibling reads the same bytes, and its decoder may allow likelier characters
                if _same_spans(best, repaired) and _least_sure(repaired) > _least_sure(best):
                    best = repaired
                break
        if best:
            edits += best
            ends.update((e.end, e.after[-1]) for e in best if e.after)
        else:
            rejected.append((i, start, line))
    return edits, rejected


SURE = 0.9  # a complete repair whose inferred characters are all this likely is not weighed against another


def _least_sure(edits: list[Edit]) -> float:
    return min(e.confidence for e in edits)


def _same_spans(a: list[Edit], b: list[Edit]) -> bool:
    """Two repairs of a line edit the same spans: the two codecs read the same bytes (see ``tables.SIBLING``)."""
    return len(a) == len(b) and all(x.start == y.start and x.end == y.end for x, y in zip(a, b))


def clear_caches() -> None:
    """Forget everything learnt from earlier input (the codec tables stay): for measuring cold speed."""
    reading.clear_caches()
    repair.clear_caches()
    scoring.clear_caches()
    _note.cache_clear()


def _without_overlaps(edits: list[Edit]) -> list[Edit]:
    """Sort the edits; where two overlap, a repair wins over a notice (the first notice wins over another)."""
    kept: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.after is None, e.end)):
        if kept and e.start < kept[-1].end:
            if e.after is None:
                continue
            if kept[-1].after is None:
                kept.pop()
        kept.append(e)
    return kept
