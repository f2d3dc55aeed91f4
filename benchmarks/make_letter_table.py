"""Build ``cleaner/rules/cjk/letter_table.py``: the non-ASCII letters of languages written in Latin script.

For each language, its most frequent words written in ASCII letters (English
too: they tell a language from another), and the letters outside ASCII that make up at least 0.5 per
10,000 of its letters, with their frequency and the characters seen right
before and right after them (``^`` a word start, ``$`` a word end), in per
mille of the letter's occurrences, down to 1 % (0.1 % for a word start, which
some letters never are: Polish ``ą``, ``ę``). Counts are weighted by word
frequency over the 100,000 most frequent words of the wordfreq package's
lists (``pip install wordfreq``; it is needed only to run this script).

Those lists are case-folded, which turns German ``ß`` into ``ss``: its row is
written by hand (``EXTRA``), from where ``ß`` stands in German spelling (after
a long vowel or a diphthong, before ``e``, at a word end, before ``t``/``l``).

The endings (``ENDINGS``: the three letters before a word's last letter,
where that letter is outside ASCII and its neighbours alone would read it
wrong) are judged against the letter table already in place: when the table
itself changes, run the first command twice.

    python benchmarks/make_letter_table.py > cleaner/rules/cjk/letter_table.py
    python benchmarks/make_letter_table.py --lexicon cleaner/rules/cjk/lexicon.txt.gz

The second command (which reads the table the first one wrote) writes the
lexicon, gzip-compressed, one line per language: of the ``LEXICON`` most
frequent words of the language with a letter outside ASCII, those the letter
table alone would get wrong. A word goes in when the table's likeliest
letter between the neighbours of one of its letters outside ASCII is not the
word's (``dziś``: after ``i`` at a word end, the table prefers ``ł``), or
when another letter of the language in that place makes another of those
words; such rivals (``wierzę``, ``wierzą``) come with their Zipf frequency
(``wierzę:3.6``), which decides between them. The ``SEVERAL`` most frequent
words with more than one such letter go in too (``część``): where those
letters are lost together, the table reads each one beside letters that are
lost as well. Any other word reads right from the table: leaving it out
keeps the file small. A line ``en`` holds
English's ``ENGLISH`` most frequent words with a Latin letter outside ASCII,
all with their frequency: names and loanwords, read in an English text.
A last line, ``pl-names``, holds the Polish words of wordfreq's list that start
with a letter outside ASCII and that the Polish inflection dictionary of
Morfeusz 2 (``pip install morfeusz2``, also needed only here) knows only as
forms of names (``łęczycy``, ``świnoujściu``, ``łukasza``): where such a word's
first letter was lost, it was a capital. The lists are case-folded, so a word
that is also a common one is left out, unless the name is one English writes
too (a notable one) and the word is that name in the singular and the common
word's form in a case other than the nominative (``łodzi``: Łódź's, and a
boat's; not ``łódź`` itself, as in ``łódź ratunkowa``). An adjective's adverbial
form, said only after ``po``, counts as no common word (``po śląsku``, ``na Śląsku``).
A line ``pl-verbs`` holds the stems of Polish verbs whose third person plural
ends in -ą and first person singular in -ę (``licz``: liczą, liczę), both
words of wordfreq's list that Morfeusz 2 knows only as verbs (not ``prac``:
pracą, pracę are a noun's), and whose stem makes no infinitive in -ć (not
``zastąpi``: zastąpić): outside speech, such a verb's lost last letter is the
-ą of the third person. A line ``pl-given`` holds the words of wordfreq's
Polish list that Morfeusz 2 knows only as names, one of them a given name in
the nominative (``kamil``, ``iga``, ``john``): the word after one is a surname
more often than not, so its lost first letter is a capital (``Iga Świątek``).
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter, defaultdict
from pathlib import Path

LANGUAGES = [
    "ca",
    "cs",
    "da",
    "de",
    "es",
    "fi",
    "fr",
    "hu",
    "is",
    "it",
    "lt",
    "lv",
    "nb",
    "pl",
    "pt",
    "ro",
    "sh",
    "sk",
    "sl",
    "sv",
    "tr",
    "vi",
]
FUNCTION_WORDS = 40  # the most frequent words of each language (and of English) written in ASCII letters
WORDS = 100_000
LEXICON = 30_000  # words with a letter outside ASCII, per language
SEVERAL = 3_000  # of which the most frequent are kept whole when they have several such letters (część)
ENGLISH = 3_000  # English words with a Latin letter outside ASCII (names and loanwords), all kept
MIN_SHARE = 0.5  # per 10,000 letters
MIN_CONTEXT = 10  # per mille
MIN_INITIAL = 1  # per mille, for the start of a word (ć starts 4 ‰ of Polish ć: ćwierć; ą and ę none)
MIN_BOTH = 5  # per mille, for a letter's neighbours on both sides
ENDING = 3  # letters before a word's last letter that an ending is told by
MIN_ENDING = 10  # per million words: the least frequent ending kept
MIN_ENDING_SHARE = 50  # per mille: the least frequent last letter of an ending kept
EXTRA = {"de": ["ß 31 | a200 i330 o150 u220 ä30 ö40 ü30 | e450 $270 t130 l80 n40 b20 |"]}

HEADER = '''"""Letter and word statistics of Latin-script languages: the model of lost two-byte letters.

Generated by ``benchmarks/make_letter_table.py`` (word frequencies of the
wordfreq lists); do not edit by hand.

``TABLE`` has one row per language and letter outside ASCII:
``language letter frequency | before | after | both``: the frequency per
10,000 letters of the language, then the characters seen right before, right
after, and on both sides of the letter (``^`` a word start, ``$`` a word end),
in per mille of its occurrences (from 1 %, 0.1 % for ``^``, and 0.5 % for both sides).

``WORDS`` has the most frequent words of each language written in ASCII
letters, English included, with their frequency per 10,000 words.

``ENDINGS`` has, per language, the endings of words whose last letter is
outside ASCII and which the table reads wrong from that letter's neighbours
alone: ``language ending:letter share letter share...`` with the three letters
before the last one (``ści:ą762 ć158 ł80``: Polish ``-ścią``, ``-ścić``,
``-ścił``), in per mille of the ending's words, from 5 %.
"""

'''


def rows(lang: str) -> list[str]:
    from wordfreq import iter_wordlist, word_frequency

    count: Counter[str] = Counter()
    before: defaultdict[str, Counter[str]] = defaultdict(Counter)
    after: defaultdict[str, Counter[str]] = defaultdict(Counter)
    both: defaultdict[str, Counter[str]] = defaultdict(Counter)
    total = 0.0
    for i, word in enumerate(iter_wordlist(lang, wordlist="best")):
        if i >= WORDS:
            break
        if not word.isalpha():
            continue
        f = word_frequency(word, lang, wordlist="best")
        total += f * len(word)
        for k, ch in enumerate(word):
            if not ch.isascii():
                count[ch] += f
                before[ch][word[k - 1] if k else "^"] += f
                after[ch][word[k + 1] if k + 1 < len(word) else "$"] += f
                both[ch][(word[k - 1] if k else "^") + (word[k + 1] if k + 1 < len(word) else "$")] += f
    out = []
    for ch, c in count.most_common():
        share = 10_000 * c / total
        if share < MIN_SHARE:
            continue

        def contexts(counter: Counter[str], c: float = c, floor: float = MIN_CONTEXT) -> str:
            return " ".join(
                f"{k}{round(1000 * v / c)}"
                for k, v in counter.most_common()
                if 1000 * v / c >= (MIN_INITIAL if k == "^" else floor)
            )

        row = (
            f"{ch} {share:.1f} | {contexts(before[ch])} | {contexts(after[ch])} | {contexts(both[ch], floor=MIN_BOTH)}"
        )
        out.append(row)
    return out + EXTRA.get(lang, [])


def words(lang: str) -> str:
    """The most frequent words of ``lang`` in ASCII letters, with their frequency per 10,000 words."""
    from wordfreq import iter_wordlist, word_frequency

    found = []
    for word in iter_wordlist(lang, wordlist="best"):
        if word.isascii() and word.isalpha():
            found.append(f"{word}:{10_000 * word_frequency(word, lang, wordlist='best'):.1f}")
            if len(found) == FUNCTION_WORDS:
                break
    return " ".join(found)


def lexicon(lang: str) -> str:
    """The words of ``lang``'s lexicon with their Zipf frequency (see the module's docstring)."""
    from wordfreq import iter_wordlist, zipf_frequency

    from cleaner.rules.cjk import letters

    alphabet = letters.letters(lang)
    found = []
    for word in iter_wordlist(lang, wordlist="best"):
        if word.isalpha() and not word.isascii():
            found.append(word)
            if len(found) == LEXICON:
                break
    places = [(w, k) for w in found for k, c in enumerate(w) if c in alphabet]
    shared = Counter(w[:k] + "|" + w[k + 1 :] for w, k in places)
    rivals = {w for w, k in places if shared[w[:k] + "|" + w[k + 1 :]] > 1}
    misread = {
        w
        for w, k in places
        if letters.best_letter(lang, w[k - 1] if k else "^", w[k + 1] if k + 1 < len(w) else "$") != w[k]
    }
    several = {w for w in found[:SEVERAL] if sum(c in alphabet for c in w) > 1}  # część: read letter by letter
    return " ".join(
        f"{w}:{zipf_frequency(w, lang, wordlist='best'):.1f}" if w in rivals else w
        for w in found
        if w in rivals or w in misread or w in several
    )


def endings(lang: str) -> str:
    """The word endings of ``lang`` the letter table reads wrong, with their last letters (see ENDINGS)."""
    from wordfreq import iter_wordlist, word_frequency

    from cleaner.rules.cjk import letters

    if lang not in letters.languages():
        return ""  # a language new to the table: run this script again once its rows are in
    alphabet = letters.letters(lang)
    last: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for i, word in enumerate(iter_wordlist(lang, wordlist="best")):
        if i >= WORDS:
            break
        if len(word) > ENDING and word.isalpha() and word[-1] in alphabet:
            last[word[-ENDING - 1 : -1]][word[-1]] += word_frequency(word, lang, wordlist="best")
    found = []
    for ending, counter in sorted(last.items(), key=lambda item: -sum(item[1].values())):
        total = sum(counter.values())
        best = counter.most_common(1)[0][0]
        if 1e6 * total < MIN_ENDING or best == letters.best_letter(lang, ending[-1], "$"):
            continue
        shares = " ".join(
            f"{c}{round(1000 * v / total)}" for c, v in counter.most_common() if 1000 * v / total >= MIN_ENDING_SHARE
        )
        found.append(f"{ending}:{shares}")
    return ",".join(found)


def english_lexicon() -> str:
    """English's most frequent words with a Latin letter outside ASCII, with their Zipf frequency.

    In an English text such a word is a name or a loanword (``māori``,
    ``dvořák``, ``café``), and English has no letter table to read it by.
    """
    from wordfreq import iter_wordlist, zipf_frequency

    found = []
    for word in iter_wordlist("en", wordlist="best"):
        if (
            word.isalpha()
            and not word.isascii()
            and all(c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff" for c in word)
        ):
            found.append(f"{word}:{zipf_frequency(word, 'en', wordlist='best'):.1f}")
            if len(found) == ENGLISH:
                break
    return " ".join(found)


def _readings(analyser, word: str) -> list[tuple[str, str, list[str]]]:
    """Morfeusz 2's readings of ``word`` that it knows: (lemma, tag, kinds of name such as ``imię``)."""
    return [(lemma, tag, kinds) for _, _, (_, lemma, tag, kinds, _) in analyser.analyse(word) if tag != "ign"]


def polish_names(english: set[str]) -> str:
    """Polish words that start with a letter outside ASCII and are names (see the module's docstring)."""
    import morfeusz2
    from wordfreq import iter_wordlist

    analyser = morfeusz2.Morfeusz()
    found = []
    for word in iter_wordlist("pl", wordlist="best"):
        if not (word.isalpha() and not word[0].isascii() and len(word) > 2):
            continue
        readings = _readings(analyser, word[0].upper() + word[1:])
        names = [(lemma.partition(":")[0], tag) for lemma, tag, _ in readings if lemma[:1].isupper()]
        # (the adverbial form of an adjective, said only after po, is no common word's: po śląsku, na Śląsku)
        common = [tag for lemma, tag, _ in readings if not lemma[:1].isupper() and not tag.startswith("adjp")]
        only = bool(names) and not common  # every reading is a name's form: no common word is written so
        # or a name English writes too, a common word's form only in another case (Łodzi, not łódź ratunkowa)
        notable = any(name.lower() in english and ":sg:" in tag for name, tag in names)
        if only or (notable and not any(":nom" in tag for tag in common)):
            found.append(word)
    return " ".join(found)


def given_names() -> str:
    """Given names among the words of wordfreq's Polish list (see the module's docstring)."""
    import morfeusz2
    from wordfreq import iter_wordlist

    analyser = morfeusz2.Morfeusz()
    found = []
    for word in iter_wordlist("pl", wordlist="best"):
        if not (word.isalpha() and len(word) > 2):
            continue
        readings = _readings(analyser, word[0].upper() + word[1:])
        given = any("imię" in kinds and ":sg" in tag and ":nom" in tag for _, tag, kinds in readings)
        common = any(not lemma[:1].isupper() or "nazwa_pospolita" in kinds for lemma, _, kinds in readings)
        if given and not common:
            found.append(word)
    return " ".join(found)


def polish_verbs() -> str:
    """Stems of Polish verbs in -ą and -ę that are no other words' (see the module's docstring)."""
    import morfeusz2
    from wordfreq import iter_wordlist

    analyser = morfeusz2.Morfeusz()
    known = set(iter_wordlist("pl", wordlist="best"))

    def only(word: str, form: str) -> bool:
        tags = [tag for _, tag, _ in _readings(analyser, word)]
        return bool(tags) and all(tag.startswith(form) for tag in tags)

    stems = sorted(
        w[:-1]
        for w in known
        if w.endswith("ą") and w.isalpha() and w[:-1] + "ę" in known and w[:-1] + "ć" not in known
        if only(w, "fin:pl:ter") and only(w[:-1] + "ę", "fin:sg:pri")
    )
    return " ".join(stems)


def write_lexicon(path: str) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    english = english_lexicon()
    names = polish_names({item.partition(":")[0] for item in english.split()})
    text = (
        "".join(f"{lang} {lexicon(lang)}\n" for lang in LANGUAGES)
        + f"en {english}\npl-names {names}\npl-verbs {polish_verbs()}\npl-given {given_names()}\n"
    )
    with open(path, "wb") as f:
        f.write(gzip.compress(text.encode("utf-8"), 9, mtime=0))


def main() -> None:
    if sys.argv[1:2] == ["--lexicon"]:
        write_lexicon(sys.argv[2])
        return
    print(HEADER, end="")
    print('TABLE = """\\')
    for lang in LANGUAGES:
        for row in rows(lang):
            print(f"{lang} {row}")
    print('"""\n')
    print('WORDS = """\\')
    for lang in ["en", *LANGUAGES]:
        print(f"{lang} {words(lang)}")
    print('"""\n')
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    print('ENDINGS = """\\')
    for lang in LANGUAGES:
        print(f"{lang} {endings(lang)}".rstrip())
    print('"""')


if __name__ == "__main__":
    main()
