"""Which letter a lost two-byte sequence was, from the language of its document.

Under Big5, EUC-KR or EUC-JP with errors='replace', a Polish ``się`` reads
``si��``: both bytes of ``ę`` (C4 99) are lost, and many letters fit two
gaps (``ą ę ł ś ć ń ß à ř č...``). Nothing in the bytes tells them apart; the
language does. A document's lossless letters tell its language
(:func:`identify`: ``ó ż`` are Polish, ``ä ö ü`` German), and the letters on
either side of the slot tell which of that language's letters stands there
(:func:`probability`: after ``i`` and before a word end, ``ę``).

The statistics are in :mod:`.letter_table`, one row per language and letter.
Where the whole word around a slot is known, the language's frequent words
that the table alone would read wrong decide first (:func:`word_probability`:
``dzi?`` is ``dziś``, though ``ł`` is likelier after ``i`` at a word end);
they are in ``lexicon.txt.gz``, made by ``benchmarks/make_letter_table.py``.
"""

from __future__ import annotations

import gzip
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping
from functools import cache, lru_cache
from itertools import islice, product
from pathlib import Path

from cleaner.rules.cjk.letter_table import ENDINGS, TABLE, WORDS

__all__ = [
    "EURO_AFTER",
    "any_language",
    "LOW_QUOTE_CLOSERS",
    "SPACED_EN_DASH",
    "best_letter",
    "ending_probability",
    "english_initials",
    "english_letters",
    "identify",
    "inside_split",
    "languages",
    "lead_runs",
    "letters",
    "lost_initials",
    "lost_runs",
    "name_letters",
    "probability",
    "word_probability",
]

# Typography of the languages (where it is the rule, not a habit of some writers):
# double quotes that open low, with the mark that closes them...
LOW_QUOTE_CLOSERS = {
    **dict.fromkeys(("de", "cs", "sk", "sl", "lt", "is"), "“"),
    **dict.fromkeys(("pl", "hu", "ro", "sh"), "”"),
}
# ...languages that write the euro sign after the amount (10 €), unlike English, Irish and Dutch (€10)...
EURO_AFTER = frozenset(("de", "fr", "es", "it", "pt", "pl", "cs", "sk", "sl", "hu", "fi", "sv", "da", "nb", "lt", "lv"))
# ...and an en dash between spaces where English puts an em dash.
SPACED_EN_DASH = frozenset(("de", "cs", "sk", "sl", "sh", "pl", "hu", "ro", "fr", "it", "da", "sv", "nb", "fi"))

MIN_EVIDENCE = 3  # lossless letters outside ASCII and frequent words needed to tell a language
MIN_MARGIN = math.log(20)  # and the best language this much more likely than the next one
_UNSEEN_SHARE = 0.05  # per 10,000 letters: a letter the language does not use
_UNSEEN_CONTEXT = 0.002  # a neighbour seen in less than 1 % of a letter's occurrences
_UNSEEN_INITIAL = 0.0005  # the start of a word, for a letter that starts less than 1 ‰ of its words' (ą, ę)
_UNSEEN_BOTH = 0.0025  # a pair of neighbours seen in less than 0.5 % of them
_UNSEEN_WORD = 1e-5  # frequency of a word outside a language's most frequent ones
_FOREIGN_LETTER = 0.02  # in English, the chance that a letter outside ASCII is any given one (names)
_LEXICON = Path(__file__).with_name("lexicon.txt.gz")
_SAMPLE = 20_000  # characters of a document whose words are counted
_ENGLISH = re.compile(r"\b[Tt]he\b")  # English's most frequent word
# a run of word characters: a frequent word of a list, or the ASCII part of a damaged one (dla, or f of f\ufffd\ufffdr),
# which is seldom in one
_WORD = re.compile(r"\w+")


class _Letter:
    __slots__ = ("share", "before", "after", "both")

    def __init__(self, share: float, before: dict[str, float], after: dict[str, float], both: dict[str, float]) -> None:
        self.share = share
        self.before = before
        self.after = after
        self.both = both


def _contexts(field: str, width: int = 1) -> dict[str, float]:
    return {item[:width]: int(item[width:]) / 1000 for item in field.split()}


@cache
def _model() -> dict[str, dict[str, _Letter]]:
    model: dict[str, dict[str, _Letter]] = {}
    for row in TABLE.splitlines():
        head, before, after, both = row.split("|")
        lang, letter, share = head.split()
        model.setdefault(lang, {})[letter] = _Letter(
            float(share), _contexts(before), _contexts(after), _contexts(both, 2)
        )
    return model


def languages() -> tuple[str, ...]:
    """The languages of the table."""
    return tuple(_model())


def letters(lang: str) -> frozenset[str]:
    """The non-ASCII letters of ``lang`` (lower case)."""
    return frozenset(_model()[lang])


@cache
def _observable(lang: str, codec: str) -> float:
    """How much of ``lang``'s non-ASCII letters ``codec`` decodes without loss (the share of those that survive)."""
    total = 0.0
    for letter, stats in _model()[lang].items():
        data = letter.encode("utf-8")
        if "\ufffd" not in data.decode(codec, "replace") and data.decode(codec, "ignore"):
            total += stats.share
    return total


@cache
def _languages() -> tuple[str, ...]:
    return ("en", *_model())


@cache
def _word_logs() -> dict[str, tuple[float, ...]]:
    """word -> log of its frequency in each of :func:`_languages`, for the most frequent words of each."""
    freqs: dict[str, dict[str, float]] = {}
    for row in WORDS.splitlines():
        lang, *items = row.split()
        for item in items:
            word, freq = item.split(":")
            freqs.setdefault(word, {})[lang] = float(freq) / 10_000
    return {w: tuple(math.log(f.get(lang, _UNSEEN_WORD)) for lang in _languages()) for w, f in freqs.items()}


@lru_cache(maxsize=1024)
def _letter_logs(letter: str, codec: str) -> tuple[float, ...]:
    """The log-likelihood of a lossless ``letter`` in each of :func:`_languages` (read with ``codec``)."""
    logs = [math.log(_FOREIGN_LETTER)]  # English: a name's letter
    for lang, table in _model().items():
        seen = _observable(lang, codec)
        share = table[letter].share if letter in table else _UNSEEN_SHARE
        logs.append(math.log(share / seen) if seen else -math.inf)
    return tuple(logs)


def identify(counts: dict[str, int], codec: str, text: str) -> str | None:
    """The language of a document, if clear: from its lossless letters outside ASCII, and its words.

    ``counts`` are the letters (lower case) and ``text`` the document. Each
    language is scored by the likelihood of those letters among the letters
    of the language that ``codec`` leaves intact (a Polish text read as Big5
    shows ``ó ż ź``, never ``ą ę ł``, which Big5 loses), and of the text's
    frequent words. English is a candidate too, so that the names in an
    English text (``Müller``, ``Núñez``) do not make it German or Spanish.
    The best language must have ``MIN_EVIDENCE`` letters and words behind it
    and be ``MIN_MARGIN`` ahead of the next one.
    """
    if not counts and _ENGLISH.search(text, 0, _SAMPLE):
        return None  # the fast path: no letter outside ASCII, and English's most frequent word
    logs = _word_logs()
    words = Counter(w for w in _WORD.findall(text[:_SAMPLE].lower()) if w in logs)
    if sum(counts.values()) + sum(words.values()) < MIN_EVIDENCE:
        return None
    scores = [0.0] * len(_languages())
    evidence = [(n, _letter_logs(c, codec)) for c, n in counts.items()] + [(n, logs[w]) for w, n in words.items()]
    for n, vector in evidence:
        scores = [total + n * x for total, x in zip(scores, vector)]
    ranked = sorted(zip(scores, _languages()), reverse=True)
    (first, best), (second, _) = ranked[0], ranked[1]
    return best if best != "en" and first - second >= MIN_MARGIN else None


@cache
def lost_runs(lang: str, codec: str, gaps: int) -> tuple[str, ...]:
    """Runs of ``lang``'s lower-case letters that ``codec`` turns into ``gaps`` gaps together (``ść``: four).

    Each letter is two bytes that ``codec`` decodes to two gaps on their own;
    one, two or three such letters (``gaps`` 2, 4, 6) are what a zone of gaps
    in a word of that language may hide. A zone's candidates come from all
    languages' characters, by prior: a language's own letters, and above all
    runs of them, are seldom among the first few.
    """
    if gaps not in (2, 4, 6):
        return ()
    lost = [c for c in sorted(_model()[lang]) if _two_gaps(c, codec)]
    return _runs([lost] * (gaps // 2))


def _two_gaps(letter: str, codec: str) -> bool:
    """``letter`` is two bytes that ``codec`` decodes to two gaps on their own."""
    data = letter.encode("utf-8")
    return len(data) == 2 and data.decode(codec, "replace") == "\ufffd\ufffd"


@cache
def lost_initials(lang: str, codec: str) -> tuple[str, ...]:
    """``lang``'s letters, in either case, that ``codec`` turns into two gaps: what a word may start
    with (``l’Élysée`` under Big5, where ``é`` itself reads as a character of its own)."""
    both = (c for letter in sorted(_model()[lang]) for c in (letter, letter.upper()))
    return tuple(c for c in both if _two_gaps(c, codec))


@cache
def lead_runs(lang: str, leads: tuple[int, ...]) -> tuple[str, ...]:
    """Runs of ``lang``'s lower-case two-byte letters whose UTF-8 lead bytes are ``leads``, in order.

    With bytes dropped (errors='ignore'), a letter of two bytes may keep its
    lead and lose the other (cp932 reads ``C4`` as ``ﾄ``, and drops ``87``
    when it cannot pair with what follows): ``zamkn`` + ``ﾄﾄ`` was
    ``zamknąć``, and the lead bytes leave a handful of the language's letters
    for each place where prior alone would leave dozens.
    """
    by_lead: dict[int, list[str]] = {}
    for c in sorted(_model()[lang]):
        data = c.encode("utf-8")
        if len(data) == 2:
            by_lead.setdefault(data[0], []).append(c)
    return _runs([by_lead.get(lead, []) for lead in leads])


def _runs(places: list[list[str]]) -> tuple[str, ...]:
    """Every string with one of ``places[k]`` at place ``k``, in order."""
    return tuple(map("".join, product(*places)))


def probability(lang: str, letter: str, before: str, after: str) -> float:
    """P(``letter`` | the characters around it) among ``lang``'s non-ASCII letters (lower case).

    ``before`` and ``after`` are the neighbouring letters in lower case, ``^``
    and ``$`` at the start and end of a word. The table's count of the letter
    between those two decides; where it has none (below its floor), each
    neighbour is taken as independent evidence (naive Bayes), kept under
    that floor.
    """
    return _weights(lang, before, after).get(letter, 0.0)


@lru_cache(maxsize=1024)
def _weights(lang: str, before: str, after: str) -> dict[str, float]:
    weights = _raw_weights(lang, before, after)
    total = sum(weights.values())
    return {letter: w / total for letter, w in weights.items()}


def _raw_weights(lang: str, before: str, after: str) -> dict[str, float]:
    """How often each of ``lang``'s letters stands between ``before`` and ``after`` (per letter of the text)."""
    weights = {}
    pair = before + after
    for letter, s in _model()[lang].items():
        seen = s.both.get(pair)
        if seen is None:  # below the table's floor: the two sides taken apart, and kept under that floor
            unseen = _UNSEEN_INITIAL if before == "^" else _UNSEEN_CONTEXT
            seen = min(s.before.get(before, unseen) * s.after.get(after, _UNSEEN_CONTEXT), _UNSEEN_BOTH)
        weights[letter] = s.share * seen
    return weights


def best_letter(lang: str, before: str, after: str) -> str:
    """The likeliest of ``lang``'s letters between ``before`` and ``after`` (see :func:`probability`)."""
    weights = _weights(lang, before, after)
    return max(weights, key=weights.__getitem__)


# Suffixes that tell a lost letter inside a word, where its neighbours alone do not: the Polish active
# participle -ąc- before its endings (tropiącymi, marznącego, słynąca), but not after the stems of więcej,
# miesięcy, dziecięcy, kręca and zachęca, or in goręcej, where it is -ęc- (shares from the frequencies of the
# wordfreq list).
_INSIDE = {
    "pl": (
        re.compile(r"(?!\w*or\|cej)\w*\w\w(?<!wi|si|ci|kr|ch)\|c(?:y|a|e|ego|ej|ych|ym|ymi|emu|[^\x00-\x7f])"),
        {"ą": 0.97, "ę": 0.03},
    ),
}


def inside_split(lang: str, word: str) -> dict[str, float] | None:
    """How a suffix of ``lang`` splits the share of some letters in ``word`` (lower case, ``|`` in the
    letter's place) among them (see _INSIDE: ą and ę, not the ń of mieszkańcy), or None."""
    rule = _INSIDE.get(lang)
    if rule is None or rule[0].fullmatch(word) is None:
        return None
    return rule[1]


def ending_probability(lang: str, letter: str, ending: str) -> float | None:
    """P(``letter`` | the three letters before it at the end of a word), if the ending is one the
    neighbours alone read wrong (Polish ``-ści|``: ``ą``, where ``i`` before a word end says ``ę``).
    """
    shares = _endings(lang).get(ending)
    return None if shares is None else shares.get(letter, 0.0)


@cache
def _endings(lang: str) -> dict[str, dict[str, float]]:
    for row in ENDINGS.splitlines():
        code, _, items = row.partition(" ")
        if code == lang:
            return {
                ending: _contexts(shares) for ending, _, shares in (item.partition(":") for item in items.split(","))
            }
    return {}


@cache
def _lexicon(lang: str) -> dict[str, float]:
    """The words of ``lang`` the letter table alone reads wrong -> their frequency (see ``lexicon.txt.gz``)."""
    words = _lexicon_rows().get(lang, "")
    return {w: 10 ** float(zipf or 0) for w, _, zipf in (item.partition(":") for item in words.split())}


@cache
def _lexicon_rows() -> dict[str, str]:
    """The lexicon's rows by language code, read once."""
    with gzip.open(_LEXICON, "rt", encoding="utf-8") as f:
        return dict(row.rstrip("\n").partition(" ")[::2] for row in f)


@lru_cache(maxsize=4096)
def name_letters(lang: str, word: str) -> frozenset[str]:
    """The letters of ``lang`` that make ``word`` (lower case, ``|`` in the place of its first letter) a word
    written only as a name, with a capital (``|wiklińska``: ć, for Ćwiklińska), any letter outside ASCII after
    it being any of the language's; from the lexicon's ``{lang}-names`` line, which only Polish has."""
    names = _lexicon(f"{lang}-names")
    if not names:
        return frozenset()
    spots = [i for i, c in enumerate(word) if not c.isascii()]  # later lost letters, read by prior so far
    if len(spots) > _LATER_SLOTS:
        return frozenset()
    alphabet = sorted(_model()[lang])
    found = set()
    for fill in product(alphabet, repeat=len(spots)):
        chars = list(word)
        for i, c in zip(spots, fill):
            chars[i] = c
        rest = "".join(chars[1:])
        found.update(c for c in alphabet if c + rest in names)
    return frozenset(found)


def given_name(word: str) -> bool:
    """``word`` is a given name (``Kamil``, ``Iga``), after which a surname comes more often than not; from the
    lexicon's ``pl-given`` line: the names Polish knows, its own and others' (``John``)."""
    return word.lower() in _lexicon("pl-given")


def verb_stems(lang: str) -> Mapping[str, float]:
    """The stems of ``lang``'s verbs whose third person plural ends in -ą and first person singular in -ę, and
    that make no other words so (``licz``: liczą, liczę); from the lexicon's ``{lang}-verbs`` line (Polish)."""
    return _lexicon(f"{lang}-verbs")


def english_letters(word: str) -> dict[str, float] | None:
    """In an English text, the letters outside ASCII that make ``word`` (lower case, ``|`` in the letter's place) a
    name or a loanword English writes (``m|ori``: ā, ``dvo|ák``: ř), with their shares; None if no letter does.

    English has no letter table: its words with such letters are names and loanwords, read from the lexicon's
    ``en`` line (see ``benchmarks/make_letter_table.py``).
    """
    return _english_index().get(word)


@lru_cache(maxsize=4096)
def any_language(word: str) -> dict[str, float]:
    """P(letter | its word) for a lost letter of a name in an English text (``word``: lower case, ``|`` in the
    letter's place), whose language is not known: each language weighs as likely as the rest of the word is in
    it (:func:`word_languages`: ``-owski`` is Polish), and tells its letter there as in a text of its own: from
    its lexicon's words (:func:`word_probability`, :func:`stem_probability`), or else from the letters around it
    (``kie|lowski``: ś, see :func:`probability`). Cached, like the model it reads: the dict is not to be changed."""
    head, _, tail = word.partition("|")
    before, after = head[-1:] or "^", tail[:1] or "$"
    found: dict[str, float] = {}
    for share, lang in zip(word_languages(word), _model()):
        if share < _MIN_LANGUAGE:
            continue
        weights = _raw_weights(lang, before, after)  # (not normalised: a language's letters weigh as often as they
        # stand there, so that one whose letters seldom do, as Hungarian's between e and n, counts for less)
        known = _word_weights(lang, word) or _stem_weights(lang, word)
        if known:
            total = sum(weights.values())
            weights = {letter: p * total for letter, p in known.items()}
        for letter, w in weights.items():
            found[letter] = found.get(letter, 0.0) + share * w
    total = sum(found.values())
    return {c: w / total for c, w in found.items()}


_MIN_LANGUAGE = 0.01  # a language less likely than this for a word is not asked
_GRAM = 3  # letters of a word's n-grams, its start and end counted as letters (^ and $)
_GRAM_PRIOR = 0.5  # added to each n-gram's count in each language
_GRAM_WORDS = 4000  # words of each language's lexicon counted
_GRAM_WEIGHT = 0.5  # how much an n-gram's log-likelihood counts (they overlap: not independent)
_GRAM_KINDS = 40_000  # about how many different n-grams a language has (each gets _GRAM_PRIOR)


@lru_cache(maxsize=4096)
def word_languages(word: str) -> tuple[float, ...]:
    """P(language | ``word``) for each language of the table (in its order), from the word's letter n-grams
    (the place ``|`` of a lost letter and anything not a letter left out) as they occur in the words of each
    language's lexicon, every language equally likely beforehand."""
    padded = f"^{word}$"
    grams = [g for i in range(len(padded) - _GRAM + 1) if (g := padded[i : i + _GRAM]).strip("^$").isalpha()]
    logs = [
        _GRAM_WEIGHT * sum(math.log(counts.get(g, 0) + _GRAM_PRIOR) - norm for g in grams)
        for counts, norm in _gram_counts()
    ]
    top = max(logs)
    weights = [math.exp(x - top) for x in logs]
    total = sum(weights)
    return tuple(w / total for w in weights)


@cache
def _gram_counts() -> list[tuple[Counter[str], float]]:
    """For each language of the table, the n-grams of its lexicon's words, and the log of their number (with
    the prior's)."""
    found = []
    for lang in _model():
        words = islice(_lexicon(lang), _GRAM_WORDS)  # the most frequent first
        text = "^" + "$^".join(words) + "$"  # (the n-grams across two words are never asked for)
        counts = Counter(map("".join, zip(*(text[k:] for k in range(_GRAM)))))
        found.append((counts, math.log(sum(counts.values()) + _GRAM_PRIOR * _GRAM_KINDS)))
    return found


INITIAL_PRIOR = 2.0  # weight of the first letters of all names against those before the same letter


@cache
def english_initials(after: str) -> dict[str, float]:
    """In an English text, the letters outside ASCII that start a word before ``after`` (a lower-case letter),
    with their shares: a name's first letter (``Øystese``: ø, as in Øystein and Øyvind). Each word of the lexicon
    that starts outside ASCII counts once; the first letters of all of them weigh ``INITIAL_PRIOR`` words."""
    firsts, pairs = _initial_counts()
    total = sum(firsts.values())
    weights = {c: pairs[c + after] + INITIAL_PRIOR * n / total for c, n in firsts.items()}
    norm = sum(weights.values())
    return {c: w / norm for c, w in weights.items()}


@cache
def _initial_counts() -> tuple[Counter[str], Counter[str]]:
    """The English lexicon's words that start outside ASCII, counted by first letter and by first two letters."""
    firsts: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for word in _lexicon("en"):
        if not word[0].isascii() and len(word) > 1:
            firsts[word[0]] += 1
            pairs[word[:2]] += 1
    return firsts, pairs


@cache
def _english_index() -> dict[str, dict[str, float]]:
    found: dict[str, dict[str, float]] = {}
    for word, weight in _lexicon("en").items():
        for k, c in enumerate(word):
            if not c.isascii():
                shares = found.setdefault(word[:k] + "|" + word[k + 1 :], {})
                shares[c] = shares.get(c, 0.0) + weight
    for shares in found.values():
        total = sum(shares.values())
        for c in shares:
            shares[c] /= total
    return found


def word_probability(lang: str, letter: str, word: str) -> float | None:
    """P(``letter`` | the word around it) among ``lang``'s letters, if the lexicon knows the word.

    ``word`` is the lower-case word with ``|`` where the letter goes
    (``dzi|``). Each of the language's letters that makes a word of the
    lexicon weighs that word's frequency. None when no letter makes one:
    the word is rare, or one the neighbours read right (:func:`probability`).
    """
    weights = _word_weights(lang, word)
    return None if weights is None else weights.get(letter, 0.0)


@lru_cache(maxsize=4096)
def _word_weights(lang: str, word: str) -> dict[str, float] | None:
    lexicon = _lexicon(lang)
    head, _, tail = word.partition("|")
    found = {c: lexicon[w] for c in _model()[lang] if (w := head + c + tail) in lexicon}
    if not found:
        found = _with_later_slots(lang, head, tail)
    if not found:
        return None
    total = sum(found.values())
    return {c: f / total for c, f in found.items()}


_STEM_TAIL = 3  # letters after a lost one that its word must share with words of the lexicon (pi|karki: piłkar-)
_STEM_ENDING = 3  # and all but its last letters, at most this many: another form (an ending), not another word
# (j|drzejowem is not jądrze: the lexicon holds only words the letter table misreads, a slanted sample)


def stem_probability(lang: str, letter: str, word: str) -> float | None:
    """P(``letter`` | the words of the lexicon that start as ``word`` does, through the letter and at least
    ``_STEM_TAIL`` letters after it), where the lexicon does not know ``word`` itself: another form of it
    (``pi|karki``: ``piłkarze``, ``piłkarzy``), all but its last ``_STEM_ENDING`` letters at least. The longest
    start that some word shares decides; None if none."""
    weights = _stem_weights(lang, word)
    return None if weights is None else weights.get(letter, 0.0)


@lru_cache(maxsize=4096)
def _stem_weights(lang: str, word: str) -> dict[str, float] | None:
    head, _, tail = word.partition("|")
    tail = re.match(r"[a-z]*", tail).group()  # up to a later lost letter or the word's end
    if not head or len(tail) < _STEM_TAIL:
        return None
    words, freqs = _sorted_lexicon(lang)
    for k in range(len(tail) - 1, max(_STEM_TAIL, len(tail) - _STEM_ENDING) - 1, -1):
        found: dict[str, float] = {}
        for c in _model()[lang]:
            start = head + c + tail[:k]
            i = bisect_left(words, start)
            while i < len(words) and words[i].startswith(start):
                found[c] = found.get(c, 0.0) + freqs[i]
                i += 1
        if found:
            total = sum(found.values())
            return {c: f / total for c, f in found.items()}
    return None


@cache
def _sorted_lexicon(lang: str) -> tuple[list[str], list[float]]:
    lexicon = _lexicon(lang)
    words = sorted(lexicon)
    return words, [lexicon[w] for w in words]


_LATER_SLOTS = 2  # letters outside ASCII after a lost one in its word that may be lost ones read so far


def _with_later_slots(lang: str, head: str, tail: str) -> dict[str, float]:
    """The letters that make a word of the lexicon when the letters outside ASCII in ``tail`` may be any
    of the language's (``oszcz|dnołci``: a later lost letter, read so far by its prior alone), each
    weighed by the frequencies of the words it makes."""
    spots = [i for i, c in enumerate(tail) if not c.isascii()]
    if not spots or len(spots) > _LATER_SLOTS:
        return {}
    lexicon = _lexicon(lang)
    alphabet = sorted(_model()[lang])
    found: dict[str, float] = {}
    for fill in product(alphabet, repeat=len(spots)):
        chars = list(tail)
        for i, c in zip(spots, fill):
            chars[i] = c
        rest = "".join(chars)
        for c in alphabet:
            if (w := head + c + rest) in lexicon:
                found[c] = found.get(c, 0.0) + lexicon[w]
    return found
