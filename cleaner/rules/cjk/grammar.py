"""Polish grammar that the words before a lost letter at a word's end tell, where the letter alone makes two
words (``podać`` / ``podał``, ``rzeką`` / ``rzekę``).

:func:`form` names the form the word likely has (the infinitive after ``musi``, the instrumental after
``z``, the first person where a quotation opens...), and :func:`form_letters` how much likelier each of
the letters that may end it is in that form. :mod:`.scoring` shares the letters' probabilities (from
:mod:`.letters`) anew as the form calls for.
"""

from __future__ import annotations

import re

from cleaner.rules.cjk.letters import letters, verb_stems, word_probability

__all__ = ["form", "form_decides", "form_letters", "form_words", "noun_stem", "word_form"]

# Words after which a verb comes in the infinitive (-ć), where it would otherwise be as likely in the
# past tense (-ł), as a news report tells what happened: musi podać, żeby zostać, trzeba było wygrać.
_INFINITIVE_AFTER = {
    "pl": frozenset(
        ("musi", "muszą", "muszę", "musimy", "musiał", "musiała", "musieli", "musiały", "musieliśmy", "może")
        + ("mogą", "mogę", "możemy", "mógł", "mogła", "mogli", "można", "trzeba", "należy", "warto", "chce", "chcą")
        + ("chcę", "chcemy", "chciał", "chciała", "chcieli", "chciałby", "chciałaby", "ma", "mają", "miał", "miała")
        + ("mieli", "mamy", "żeby", "aby", "by", "zamierza", "zamierzają", "planuje", "planują", "próbuje")
        + ("próbują", "próbował", "zaczął", "zaczęła", "zaczęli", "zaczyna", "przestał", "przestała", "potrafi")
        + ("potrafią", "umie", "pozwoli", "pozwala", "powinien", "powinna", "powinno", "powinni", "powinny", "zdołał")
        + ("zdołała", "postanowił", "postanowiła", "postanowili", "było", "będą", "będziemy", "będziecie", "mogło")
        + ("mogły", "szkoda", "udało", "udała", "udały", "zdecydował", "zdecydowała", "zdecydowali", "pozwolą")
        + ("pomoże", "pomogą", "pomaga", "pomagają", "pomógł", "pomogła", "pomogli", "powinniśmy", "trudno", "da")
        + ("mógłby", "mogłaby", "mogłoby", "mogliby", "miało", "miały", "gotów", "gotowa", "gotowi", "umiem")
        + ("umieją", "potrafił", "potrafiła", "należało", "musiało", "wolno", "sposób", "stanie", "chcieliby")
        + ("chciałbym", "chciałabym", "chcielibyśmy", "chciałyby", "uczy", "uczą", "uczymy", "uczył", "uczyła")
        + ("uczyli", "uczyły", "nauczył", "nauczyła", "nauczyli", "nakazał", "nakazała", "nakazali", "kazał")
        + ("kazała", "zakazał", "polecił", "poleciła", "zobowiązał", "zobowiązała", "radzą", "radzi")
        + ("zacznie", "zaczną", "zaczęły", "zaczynają", "woli", "wolą", "wolę", "obiecuje", "obiecują", "obiecał")
        + ("obiecała", "musiałby", "musiałaby", "musiałyby", "musieliby", "decyduje", "decydują", "lubi", "lubią")
        + ("lubię", "kocham", "uwielbia", "przestanie", "przestaną", "stara", "starają", "starał", "starała")
        + ("zdąży", "zdążą", "zdążył", "zdążyła", "zdążyli", "zgodzi", "zgodzą", "zgodził", "zgodziła", "zgodzili")
    ),
}
# An infinitive (zacząć, odetchnąć, mieć), not a noun in -ść (część) or in -eć or -ić (sieć, płeć, nić), nor
# być, after which comes a noun or an adjective (być kobietą)
_INFINITIVE = re.compile(r"\w+[aeiyuąo]ć(?<!ść)(?<!\bsieć)(?<!\bpłeć)(?<!\bnić)(?<!\bbyć)")
# An infinitive, then at most a few words of its own and a comma or a word that joins two of a kind, or
# nothing but się: the word after it is an infinitive too (odetchnąć i wrócić, unikać skupisk ludzi, często
# myć, zacząć żyć, nauczyć się pływać, spotkać i coś razem tworzyć)
_NEXT_INFINITIVE = re.compile(
    rf"\b{_INFINITIVE.pattern}(?:\s+się|(?:\s+[\w-]+){{0,3}}"
    r"(?:,(?:\s+a|\s+(?!(?:a|ale|lecz|że|bo|gdy|który|która|które|którzy)\b)[\w-]+)?"  # (, a zakończyć; not
    # , a kierowcy wolą)
    r"|\s+(?:i|oraz|lub|albo|ani)(?:\s+[\w-]+){0,2}))?\s+\w*\Z"
)
# Of those, the words that call for an infinitive only after another: nie sposób, w stanie (not sposób
# zarządzania szkołą, w dobrym stanie)
_INFINITIVE_ONLY_AFTER = {"sposób": "nie", "stanie": "w"}
# An adjective in -ą (nową, ostatnią, polską, swoją, wyższą)
_FEMININE_ADJECTIVE = re.compile(r"\w{2,}(?:ow|n|ni|sk|ck|ż|j|sz|cz)ą")
# The word that negates a verb, which follows it (nie pytał: a verb, not the noun pytań).
_NEGATION = {"pl": frozenset(("nie",))}
# Prepositions after which a feminine noun or adjective ends in -ą (z pracą, nad rzeką), not -ę.
_INSTRUMENTAL_AFTER = {"pl": frozenset(("z", "ze", "nad", "pod", "przed", "między"))}
# Pronouns that a preposition governs, after which the next word is in a case of its own (z czego połowę)
_GOVERNED = {"pl": frozenset(("czego", "tego", "których", "którego", "której", "nich", "niego", "niej", "kogo"))}
# The forms of być, right after which a noun is in the instrumental (jest udręką, być kobietą)
_BE = {"pl": frozenset(("jest", "są", "był", "była", "było", "byli", "były", "być", "jestem", "jesteśmy", "jesteś"))}
# A form of być after a noun in the instrumental (Nagrodą jest wyjazd), but not before można (Wystawę będzie można)
_BE_AHEAD = re.compile(r" (?:jest|są|był|była|było|były|byli|będzie|będą)\b(?! (?:można|trzeba)\b)")
# Words that join two of a kind, and the ends of words in the instrumental: after such a word and one of them,
# another in the instrumental (z dworcem i halą, między gminą a spółką), not after a verb's -łem (zrobiłem)
_AND = {"pl": frozenset(("i", "a", "oraz", "lub", "albo"))}
_INSTRUMENTAL_END = re.compile(r"(?:[^ł]em|ami|[iy]mi|ą)\Z")
# Prepositions right after which a feminine noun ends in the -ę of the accusative (w środę, na budowę, przez
# Odrę, o pracę): where they take another case, its ending is no lost letter (w Krakowie, na rynku, o pracy).
# An adjective there ends in -ą before its noun ("adjective": w nową linię).
_ACCUSATIVE_AFTER = {"pl": frozenset(("w", "we", "na", "przez", "o"))}
_NEXT_WORD = re.compile(r" ([^\W\d_][^ ,.;:!?]*)")  # (lost letters read so far may be anything: lini\u00a0)
# Words of quantity, after which a noun is in the genitive plural (kilka spotkań), and no verb follows
_QUANTITY = {
    "pl": frozenset(
        ("kilka", "kilkanaście", "kilkadziesiąt", "kilkaset", "wiele", "wielu", "mnóstwo", "liczba", "liczby")
    )
    | frozenset(("seria", "serię", "setki", "tysiące", "dziesiątki", "pięć", "sześć", "siedem", "osiem", "dziewięć"))
    | frozenset(("dziesięć", "ponad", "około", "blisko", "brak", "mniej", "więcej"))
}
_VOWEL_STEM = re.compile(r"\w \w+[aeiouy]\Z")  # a word right after another, its stem ending in a vowel (oczekiwa-)
# Prepositions, after which comes no infinitive: those above and the others
_PREPOSITIONS = {
    "pl": _INSTRUMENTAL_AFTER["pl"]
    | _ACCUSATIVE_AFTER["pl"]
    | frozenset(("o", "do", "od", "dla", "przez", "za", "po", "u", "przy", "bez", "wobec", "dzięki", "według"))
    | frozenset(("obok", "podczas"))
}
# form: how much likelier each of the letters that may end the word is than the others, as the words before
# call for (the letters not named keep their share). A verb after musi ends in -ć (podać), after a dash that
# names the speaker in the past tense (– podał urząd), or after a quotation in the third person (” – mówią
# mieszkańcy: -ł or -ą, not the -ę of the first person), in a news report by default in the past tense, and
# after nie too, where it is a verb and no noun (nie pytał, not pytań); a noun after z or pod in -ą (pod
# Łodzią, never Łodzię or Łodzić), right after w or na in -ę (w środę); a verb before się or an infinitive
# in -ą or -ł (mogą się, bał się), but in the -ę of the first person where a quotation opens with it (– Boję
# się) or after ja. The demonstrative before a noun is the accusative tę more often than the
# instrumental tą (unless the next word shows its -ą), and a noun after tę ends in -ę, after tą in -ą.
# A noun after a preposition or a word of quantity ends in -ń rather than a verb's -ł or -ć (od przewidywań).
# After a word that may be a plural subject, the narrative's ł over ć, and -ą five times -ę (koparki wrócą);
# a verb in the present tense outside speech, -ą ten times -ę (obiecują). Where the narrative cannot choose
# (ł is no option), a verb that nothing calls an infinitive ends in the -ą of the third person (bo część
# połączeń zastąpią autobusy), not -ć ("unprompted"). The first word of what someone says, after a dash that
# opens it or a quote, is in the first person (– Noszę wiadra, „Pracuję) or the past (– Był), seldom in the
# third person plural or the infinitive ("dialogue").
_FORM_LETTERS = {
    "pl": {
        "infinitive": {"ć": 10.0, "ł": 1.0},
        "past": {"ł": 10.0, "ć": 1.0, "ń": 0.3},
        "attribution": {"ł": 10.0, "ą": 3.0, "ć": 1.0, "ę": 0.3},
        "narrative": {"ł": 4.0, "ć": 1.0},
        "unprompted": {"ą": 8.0, "ć": 1.0},
        "negated": {"ł": 4.0, "ć": 1.0, "ń": 0.1},
        "future": {"ł": 4.0, "ć": 1.0, "ń": 0.1},
        "instrumental": {"ą": 40.0, "ę": 1.0, "ć": 1.0},
        "plural": {"ą": 10.0, "ę": 1.0, "ć": 1.0},
        "plural_like": {"ł": 4.0, "ć": 1.0, "ą": 2.0, "ę": 0.4},
        "opening_plural": {"ą": 10.0, "ń": 10.0, "ę": 0.5, "ć": 0.1, "ł": 0.1},
        "zloty": {"ł": 100.0, "ć": 0.1, "ę": 0.1, "ą": 0.1},
        "relative": {"ł": 10.0, "ć": 0.5, "ą": 0.2, "ę": 0.2},
        "verb": {"ą": 6.0, "ł": 6.0, "ę": 1.0, "ń": 0.1},
        "plural_verb": {"ą": 10.0, "ł": 1.0, "ę": 1.0, "ć": 1.0},
        "accusative": {"ę": 10.0, "ą": 1.0, "ć": 1.0},
        "adjective": {"ą": 10.0, "ę": 1.0, "ć": 0.1},
        "first": {"ę": 10.0, "ą": 1.0},
        "dialogue": {"ł": 10.0, "ę": 10.0, "ą": 1.0, "ć": 1.0},
        "object": {"ę": 4.0, "ą": 1.0, "ć": 0.1},
        "noun": {"ń": 1.0, "ł": 0.05, "ć": 0.05},
        "present": {"ł": 4.0, "ć": 1.0, "ą": 2.0, "ę": 0.2},
        "demonstrative_e": {"ę": 20.0, "ą": 1.0},
        "demonstrative_a": {"ą": 3.0, "ę": 1.0},
    },
}
# What follows a verb and seldom anything else: się, or an infinitive (mogą się porozumieć, mają być). Such
# a verb ends in the -ą of the third person plural (or the past tense's -ł: bał się) rather than in the -ę of
# the first person singular, which a report quotes, mostly where a quotation opens (– Boję się, „Nie boję).
_BEFORE_VERB = {
    "pl": re.compile(
        r" (?:si|[^\W\d_]*[aeiyąu\x80-\uffff])(?P<last>[^\x00-\x7f\s])(?!\w)| (?!si\xa0)(?P<stem>[^\W\d_]*[aeiyąu])\xa0 "
        r"| móc\b| si(?P<sie>\xa0) "
    )
}  # (się, pokazać as read so far: their last letters may be lost, and read as any letters that fit the bytes:
# sięgnāā; an infinitive's ć under Big5 as a no-break space, liczy\xa0, and się's ę too, si\xa0)
INFINITIVE_SHARE = 0.6  # how often, at least, a frequent word whose last letter was lost ends in ć: an infinitive
_VERB_STEM = re.compile(r"\w{3}\Z")  # (not si|: można się spodziewać)
_QUOTED_START = re.compile(r"(?:\A|([.!?„«–—])\s*)(?:[Nn]ie\s+)?\w*\Z")
_OPENS_SPEECH = frozenset("„«–—")
_SPEECH_START = re.compile(r"(?:([„«])|[.!?]\s)[A-ZĄĆĘŁŃÓŚŹŻ]\w*\Z")
# What may stand between a subject and its verb: a preposition and its noun, or a word or two in the genitive
# plural (Tramwaje w Poznaniu wrócą, uczniowie szkół muzycznych wejdą)
_COMPLEMENT = re.compile(
    r"\s(?:(?:w|we|na|po|z|ze|od|do|przy|pod|nad|u)\s[\w-]+|\w+(?:ych|ich|ów|ół)(?:\s\w+(?:ych|ich|ów|ół))?)\s(\w*)\Z"
)
# A plural subject, after which a verb ends in -ą (Radni mówią), not in the -ę of the first person.
_PLURAL = {"pl": re.compile(r"\w+(?:cy|owie|rze|dzy|ni|ice)|one|oni|wszyscy|którzy|które|ludzie|dzieci|władze")}
# się, then a word in the plural (a noun, or an adjective in -e): the verb's subject, after it
_PLURAL_AFTER_SIE = {
    "pl": re.compile(
        r" si(?:[^\x00-\x7f\s]{1,2}|\xa0) (?:[^\W\d_]+(?:[nwk]e|sze|[dtrs]y|[kg]i|cy|owie|rze|dzy|ice)|one|oni|trzy|cztery|dwie|obie)(?!\w)"
    )
}  # (and numerals of the plural: pojawią się trzy premiery; not dwa, as in pojawił się dwa razy)
_PRONOUN_AFTER = {"pl": re.compile(r" (?:one|oni)(?!\w)")}  # a subject in the third person plural after its verb
# A word that may be a plural subject (koparki wrócą, bilety kosztują) or a noun in the genitive (rady
# odczytał): the word after it ends in -ą rather than -ę (a verb's third person plural, where a noun in the
# accusative would come after the verb), and the rest is the narrative's ("plural_like" in _FORM_LETTERS)
_PLURAL_LIKE = {"pl": re.compile(r"\w+(?:[tdrsnwbpmf]y|[kg]i|[iy]ści|enci)")}
# Verbs that take a noun in the instrumental, a word or two before it: ukarał grzywną, nagrodzili zespół
# owacją, zakończył się owacją, zająłby się produkcją, została mistrzynią
_GOVERNS_INSTRUMENTAL = re.compile(
    r"\b(?:u?kara\w*|nagr[oa]dz\w*|powita\w*|przywita\w*|pożegna\w*|zakończy\w* się|zaj(?:ął|ęła|ęli|ęły|mie|mą)"
    r"(?:by)? się|zajm(?:uj|ow)\w* się|interesuj\w* się|opiekuj\w* się|cieszy\w* się|cieszą się|posługuj\w* się"
    r"|sta(?:ł|ła|ło|li|ły|je|ją|nie|ną) się|zosta(?:ł|ła|li|ły|nie|ną|ć)|kieruj\w*|kierowa\w*|zarządza\w*"
    r"|pad(?:ł|ła|li|ły))"
    r"(?:\s+(?!(?:za|na|w|we|o|do|od|dla|przez|po|u|przy|bez|i|a|oraz|lub|że|który|która|które)\b)\w+){0,2}\s+\w*\Z",
    re.IGNORECASE,
)
# Adverbs that may stand between a subject and its verb (zawodniczki dopiero łapią, które coraz częściej wychodzą)
_ADVERBS = frozenset(
    ("coraz", "częściej", "często", "czasem", "już", "też", "także", "jeszcze", "wciąż", "nadal", "zwykle", "zawsze")
    + ("nigdy", "chętnie", "również", "dopiero", "wreszcie", "znów", "znowu")
)
# A plural pronoun, then only adverbs (or nie) before the word: its verb (którzy czasem robią, które coraz częściej
# wychodzą)
_PLURAL_PRONOUN = re.compile(rf"\b(?:którzy|które|oni|one)(?:\s+(?:nie|{'|'.join(sorted(_ADVERBS))}))+\s+\w*\Z")
_PAST_VERB = re.compile(r"\w{3,}(?:ł|ła|li|ły)")  # a verb in the past tense (not -ło: miało, było, dobro)
# A verb in the past tense, then a day, an adverb or an adjective before its object: pokonał w niedzielę Legię,
# przyjęła jednogłośnie uchwałę, skazał wczoraj 30-letniego kierowcę
_OBJECT_AFTER = re.compile(
    rf"\b{_PAST_VERB.pattern}(?:\s+(?:we?\s+(?:poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)|wczoraj|dziś"
    r"|dzisiaj|także|też|już|ponownie|jednogłośnie|oficjalnie|wreszcie|również|[\w-]+ego)){1,2}\s+\w*\Z"
)
# A verb of beating a rival, then a few words (not z: zremisował z Legią) before the rival's name: the object
# (pokonała u siebie Wartę, pokonał na własnym stadionie Legię)
_BEAT = re.compile(r"\b(?:pokona|pokonu|ogra|wyprzedz)\w*(?:\s+(?!(?:z|ze|i|a|oraz)\b)[\w-]+){0,4}\s+[A-ZĆŁŚŹŻ]\w*\Z")
# pronouns and numerals that decline as adjectives, whose feminine accusative is -ą, and that no noun shares a
# stem with (but t-, whose tę is the accusative: see word_form)
_PRONOMINAL = {"pl": frozenset(("jedn", "każd", "żadn", "któr", "swoj", "moj", "twoj", "nasz", "wasz", "inn"))}
_ADJECTIVE_STEM = re.compile(r"(?:n|w|j|sk|ck|ż)\Z")  # an adjective's or a pronoun's (nową, swoją, dużą)
_NEXT_ENDING = re.compile(r" [^\W\d_]+([ąę])(?![^\W\d_])")  # the next word, if it ends in -ą or -ę
# The end of a word in -y that is a singular (Oskarżony, Złoty, Zatrzymany), not a plural noun
_NOT_SINGULAR = r"(?<!any|ony|nny|oty|ęty)"
# A sentence that opens with a plural noun, after an adjective or not (Monety trafią, Nowe terminale trafią),
# the word after it a verb (not Kibice zorganizowali zbiórkę: a verb in the past already follows the noun;
# not a singular in -y: Oskarżony przyznał, Złoty umocnił)
_SUBJECT = re.compile(
    r"(?:\A|[.!?]\s)(?:[A-ZĆŁŚŹŻ]\w+[eiy]\s\w{3,}|[A-ZĆŁŚŹŻ]\w{3,})[eiy](?<!li|ły)" + _NOT_SINGULAR + r"\s\w*\Z"
)
# The stem of a verb in the present tense, as its end tells (kupuj-ą, pytaj-ą, potaniej-ą; not the noun nadziej-ę),
# and those of być's future and of jechać's (będ-ą, pojad-ą)
_PRESENT_STEM = {"pl": re.compile(r"(?:[au]|(?<!dz)ie)j\Z|\Abęd\Z|jad\Z")}
_STEM = re.compile(r"\w+\Z")
# The stems in -aj of verbs whose first person ends in -am (pytaj-ą, pytam), not in -ę as those of dawać,
# stawać, znać do (daj-ę, zostaj-ę, poznaj-ę)
_NO_FIRST_PERSON = re.compile(r"(?<!d)(?<!st)(?<!zn)aj\Z")
_SENTENCE_START = re.compile(r"[.!?]\s")
# The future of być, after which a verb follows in the past tense or the infinitive (będzie działał), no noun
_FUTURE = {"pl": frozenset(("będzie", "będę", "będziesz", "będziemy", "będziecie"))}
# The future of być before a verb in the past tense, whose ending tells the person: będę wracał (I), będą
# wracali (they); a singular's -ł, -ła, -ło makes będ- the first person, a plural's -li, -ły the third
_FUTURE_BE = re.compile(r"(?<![^\W\d_])[Bb]ęd\Z")
_NEXT_PAST = re.compile(r" (?:się )?[^\W\d_]{2,}(ł|ła|ło|li|ły)(?![^\W\d_])")
_ZLOTY = re.compile(r"(?:\d|\b(?:mln|mld|tys|tys\.|mln\.|mld\.))\s+z\Z")  # 40 mln zł, 600 zł: the złoty
# The word before opens the sentence, and is no singular in -y (Złoty umocnił, Oskarżony wyłudził)
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?]\s)[A-ZĆŁŚŹŻ]\w+" + _NOT_SINGULAR + r"\s\w*\Z")
_VERB_FORMS = frozenset(
    ("infinitive", "past", "attribution", "narrative", "negated", "plural", "verb", "plural_verb", "first")
)
_NOUN_STEM = re.compile(r"[csz]j\Z")  # a noun's in -cja, -sja, -zja: inwestycj-, sesj-, telewizj-, never an
# adjective's or a pronoun's
_NAME = re.compile(r"[\w,;:)] [A-ZĄĆĘŁŃÓŚŹŻ]\w*\Z")  # a word with a capital after a word or a comma
_ATTRIBUTION = re.compile(r"([”“»«\"]\s*)?[–—]\s*(\w*)\Z")  # a verb right after a dash says who spoke: – podał urząd
_OPENS_DIALOGUE = re.compile(r"(?:\A|[.!?…]\s)\Z")  # what comes before the dash that opens a line of dialogue
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")  # (pod Płockiem. Skargę złożyło)
_LAST_WORDS = re.compile(r"(\w+)\W+(?:(\w+)\W+)?\w*\Z")
_CLAUSE_BREAK = re.compile(r"[.,;:!?–—()„“”«»]")
_WORD = re.compile(r"\w+")
# Words back in the clause where a word may call for an infinitive (warto też jednak zapytać, musiał w ciągu
# trzech lat odnowić)
_INFINITIVE_REACH = 5


def form(lang: str, before: str, after: str) -> str:
    """:func:`word_form`, but "name" in place of a verb's form for a word with a capital inside a sentence
    (``pokonali Jagiellonię``, ``II Symfonię``: a name, which seldom ends in -ć as an infinitive does), and
    "object" in place of the narrative's for a noun in -cja (``opóźni inwestycję``), and "present" for the
    stem of a verb in the present tense outside speech (``od lat obiecują``: not the first person), and in
    speech too for a stem in -aj whose first person ends in -am (``„Pytają mnie``, not ``pytaję``)."""
    found = word_form(lang, before, after)
    if found in _VERB_FORMS and _NAME.search(before, max(0, len(before) - 40)) is not None:
        return "name"
    if found in ("narrative", "plural") and noun_stem(before):
        return "object"  # a noun in -cja, the object of a verb more often than not (opóźni inwestycję)
    if (
        found in ("narrative", "plural_like", "object", "negated", "dialogue")
        and _present_stem(lang, before)
        and (_NO_FIRST_PERSON.search(before, len(before) - 4) or not (found == "dialogue" or _in_speech(before)))
    ):
        return "present"
    return found


def _present_stem(lang: str, before: str) -> bool:
    """The word that ends ``before`` ends as the stem of a verb in the present tense does (``kupuj``, ``pytaj``,
    ``potaniej``, ``pojad``; not ``nadziej``) or is one the lexicon knows (``licz``: :func:`.letters.verb_stems`),
    whose -ą and -ę are the third person plural and the first person singular."""
    m = _STEM.search(before, max(0, len(before) - 30))
    if m is None:
        return False
    stem = m.group(0).lower()
    return _PRESENT_STEM[lang].search(stem) is not None or stem in verb_stems(lang)


def _in_speech(before: str) -> bool:
    """``before`` ends inside a quotation or a sentence of dialogue, where the first person is common."""
    if before.count("„") > before.count("”") or before.count("«") > before.count("»"):
        return True
    sentence = _SENTENCE_START.split(before[max(0, len(before) - 300) :])[-1]
    return sentence.lstrip()[:1] in ("–", "—")


def word_form(lang: str, before: str, after: str) -> str:
    """The form the word that ends the text ``before`` (up to a lost letter) likely has (see _FORM_LETTERS).

    "zloty" for ``z`` after an amount (``40 mln zł``); "first" or "plural" for ``będ`` before a verb in the past
    tense, as its ending tells (``będę wracał``, ``będą wracali``); "past" when it follows a dash and says who spoke (``– podał
    urząd``), "attribution" when that dash follows a quotation and the word is in lower case (``” – mówią
    mieszkańcy``), "dialogue" when the dash opens the line or a sentence and the word has a capital (``. – Noszę
    wiadra``); "demonstrative_e" for ``t`` before a word (``tę ulicę``; "demonstrative_a" if that word ends in -ą);
    "plural" before ``one`` or ``oni`` (``mogą one``: its subject follows it); "infinitive" when a word of the
    last five of its clause calls for one (``mają zostać``, ``warto też jednak zapytać``) or it follows an
    infinitive, right after it or joined to it (``zacząć żyć``, ``odetchnąć i wrócić``);
    "verb" when ``after`` (the text after the lost letter) starts with się or an infinitive, and the word opens no
    sentence or quotation and follows no preposition (``Radni wciąż nie mogą się``, not ``w środę uchwał|``),
    "plural_verb" if a word in the plural follows się (``pojawią się nowe``: the subject, after its verb),
    "first" when it opens a quotation or a sentence in one (``– Boję się``, ``„Nie będę komentować``, ``pracy. Boję
    się``) or follows ``ja``; "dialogue" for a word with a capital that opens a quotation or a sentence in one,
    before anything else (``„Pracuję na dwie zmiany``).

    Then "instrumental", "accusative" or "object" right after an adjective in -ą, as the word governing it tells
    (``z 50-metrową pływalnią``, ``jest najwyższą temperaturą``, ``zdobył ostatnią normę``), and "instrumental"
    right before a form of być (``Nagrodą jest``). Then, from the nearer of the two words before it in its sentence:
    "instrumental" after a word in the instrumental and ``i`` or ``a`` (``z dworcem i halą``), "relative" right
    after ``który`` (``który ukradł``: the past, not -ą or -ę), "negated" right after ``nie`` (a verb), "future"
    right after ``będzie`` (``będzie działał``: a verb, no noun),
    "instrumental" after ``z``, ``pod``... (``z dużą pracą``, but not after the pronoun it governs: ``z czego
    połowę``), right after a form of być (``jest udręką``) or right after ``tą``, "demonstrative_e" right after
    ``tę``, "accusative" right after ``w``, ``na`` or ``przez`` (``w środę``; "adjective" for an adjective before
    its noun: ``w nową linię``), "noun" right after another preposition or a word of quantity, where a stem ending
    in a vowel is a noun's, not a verb's (``od przewidywań``, not przewidywał or przewidywać), "plural" right after
    a plural subject (``Kierowcy muszą``, or one that opens the sentence: ``Nowe terminale trafią``), "plural_like"
    right after a word that may be a plural subject or a genitive (``koparki wrócą``, ``rady odczytał``;
    "opening_plural" where that word opens the sentence: ``Ceny mieszkań``, a verb in -ą or a genitive in -ń);
    "plural" after either and an adverb (``zawodniczki dopiero łapią``), or after a plural subject and a preposition
    with its noun or words in the genitive plural (``Tramwaje w Poznaniu wrócą``).

    Else "instrumental" a word or two after a verb that governs it (``ukarał grzywną``, ``zakończył się owacją``),
    "plural" after a plural pronoun and adverbs (``które coraz częściej wychodzą``); "object" right after a verb in
    the past, or one or two days, adverbs or adjectives after it (``skazał wczoraj 30-letniego kierowcę``), or a
    rival's name a few words after a verb of beating (``pokonała u siebie Wartę``), unless the word looks like an
    adjective (``uniewinnił kierowcę``); else "narrative", the past tense a news report is told in ('' for a
    language without such forms).
    """
    if lang not in _FORM_LETTERS:
        return ""
    if _ZLOTY.search(before, max(0, len(before) - 12)):
        return "zloty"  # the złoty's zł after an amount (ma ponad 40 mln zł: no infinitive)
    if _FUTURE_BE.search(before, max(0, len(before) - 6)) and (past := _NEXT_PAST.match(after)):
        return "first" if past.group(1) in ("ł", "ła", "ło") else "plural"  # będę wracał, będą wracali
    if m := _ATTRIBUTION.search(before, max(0, len(before) - 30)):
        if not m.group(1) and m.group(2)[:1].isupper() and _OPENS_DIALOGUE.search(before, 0, m.start()):
            return "dialogue"  # a dash that opens what someone says: – Noszę wiadra, – Był człowiekiem
        return "attribution" if m.group(1) and m.group(2)[:1].islower() else "past"
    if before[-1:] in ("t", "T") and not before[-2:-1].isalnum():  # tę or tą, as the word after it ends
        agrees = _NEXT_ENDING.match(after, 1)
        if after[:1].isspace():
            return "demonstrative_a" if agrees and agrees.group(1) == "ą" else "demonstrative_e"
    tail = before[max(0, len(before) - 60) :]
    clause = _WORD.findall(_CLAUSE_BREAK.split(tail)[-1])[:-1]  # the words before this one in its clause
    if _calls_infinitive(lang, [w.lower() for w in clause]) or _NEXT_INFINITIVE.search(tail):
        return "infinitive"
    if _PRONOUN_AFTER[lang].match(after):
        return "plural"  # a verb before its subject in the third person plural: mogą one pochodzić (not mogę one)
    verb = _BEFORE_VERB[lang].match(after)
    subject_after = verb is not None and _PLURAL_AFTER_SIE[lang].match(after) is not None
    if (
        verb
        and (stem := verb.group("stem"))
        and (word_probability(lang, "ć", stem.lower() + "|") or 0) < INFINITIVE_SHARE
    ):
        verb = None  # a lost letter read as a no-break space: an infinitive's ć only if the word is one
    elif verb and verb.group("sie") and not subject_after:
        verb = None  # się's ę read so far as one: a verb's -ą over its -ł only where the subject after tells
    after_preposition = bool(clause) and clause[-1].lower() in _PREPOSITIONS[lang]  # a noun: w środę uchwał|
    if (
        verb
        and after[1:2].islower()
        and _VERB_STEM.search(tail)
        and (verb.group("stem") or verb.group("sie") or _ends_verb(lang, verb.group("last")))
        and not after_preposition
    ):
        opening = _QUOTED_START.search(tail)
        if opening is None:  # (its subject may follow się: pojawią się nowe pomosty, zmienią się zasady)
            return "plural_verb" if subject_after else "verb"
        if opening.group(1) in _OPENS_SPEECH or _in_speech(before):  # who speaks, in the first person: – Boję
            return "first"  # się, „Nie będę komentować, or a sentence in a quotation: „Nie boję się pracy. Boję się
    if (opening := _SPEECH_START.search(tail)) and (opening.group(1) or _in_speech(before)):
        return "dialogue"  # the first word of a quotation, or of a sentence in one: „Pracuję na dwie zmiany
    if clause and (case := _agreeing_case(lang, clause, before)):
        return case  # z 50-metrową pływalnią, jest najwyższą temperaturą
    if _BE_AHEAD.match(after) and not (clause and clause[-1].lower() in _ACCUSATIVE_AFTER[lang]):
        return "instrumental"  # Nagrodą jest wyjazd, Jedyną szansą będzie (not o pracę jest)
    opened = [b.end() for b in _SENTENCE_BREAK.finditer(tail)]  # words of a sentence before govern none here
    m = _LAST_WORDS.search(tail, opened[-1] if opened else 0)
    nearest_first = [w.lower() for w in reversed(m.groups()) if w] if m else []
    if len(nearest_first) == 2 and nearest_first[0] in _ADVERBS:  # zawodniczki dopiero łapią
        subject = nearest_first[1]
        if _PLURAL[lang].fullmatch(subject) or _PLURAL_LIKE[lang].fullmatch(subject):
            return "plural"
    governed = nearest_first[1:2] and nearest_first[1] in _PREPOSITIONS[lang]  # w Krakowie: a place, no plural
    for n, word in enumerate(nearest_first):
        if n == 0 and word == "ja":  # dopóki ja pełnię
            return "first"
        if n == 0 and word == "który":  # który ukradł, który pogryzł: a man, in the past (not -ą, -ę)
            return "relative"
        if n == 0 and word in _AND[lang] and _INSTRUMENTAL_END.search(" ".join(nearest_first[1:])):
            return "instrumental"  # z dworcem i halą, między gminą a spółką
        if n == 0 and word in _NEGATION[lang]:
            return "negated"
        if n == 0 and word in _FUTURE[lang]:
            return "future"  # będzie działał or działać, never działań
        if n == 1 and nearest_first[0] in _GOVERNED[lang]:
            break  # the preposition governs that pronoun, not this word: z czego połowę
        if word in _INSTRUMENTAL_AFTER[lang] or (n == 0 and (word in _BE[lang] or word == "tą")):
            return "instrumental"
        if n == 0 and word == "tę":
            return "demonstrative_e"
        if n == 0 and word in _ACCUSATIVE_AFTER[lang]:
            return "adjective" if _adjective_before_noun(lang, before, after) else "accusative"
        if n == 0 and (word in _PREPOSITIONS[lang] or word in _QUANTITY[lang]) and _VOWEL_STEM.search(tail):
            return "noun"  # od oczekiwań, kilka spotkań: no verb
        if n == 0 and not governed and _PLURAL[lang].fullmatch(word):
            return "plural"
        if n == 0 and _SUBJECT.search(before, max(0, len(before) - 60)):
            return "plural"
        if n == 0 and _PLURAL_LIKE[lang].fullmatch(word):
            # a plural noun that opens the sentence: its verb in -ą, or a noun in the genitive after it (Ceny
            # mieszkań), not a verb in the singular past (mieszkał)
            return "opening_plural" if _OPENS_SENTENCE.search(tail) else "plural_like"
    if (core := _COMPLEMENT.search(tail)) and _plural_subject(lang, tail[: core.start()] + " " + core.group(1)):
        return "plural"  # Tramwaje w Poznaniu wrócą, uczniowie szkół muzycznych wejdą
    if _GOVERNS_INSTRUMENTAL.search(tail):
        return "instrumental"
    if _PLURAL_PRONOUN.search(tail):  # które coraz częściej wychodzą
        return "plural"
    after_past = (
        bool(nearest_first)
        and _PAST_VERB.fullmatch(nearest_first[0]) is not None
        and not _OPENS_SENTENCE.search(tail)  # (Biegły ustalił: the subject, not a verb)
    )
    if (after_past or _OBJECT_AFTER.search(tail) or _BEAT.search(tail)) and not _ADJECTIVE_STEM.search(before[-3:]):
        return "object"  # uniewinnił kierowcę, pokonała Legię (but wywiesili czerwoną flagę)
    return "narrative"


def _agreeing_case(lang: str, clause: list[str], before: str) -> str:
    """The case of a noun right after an adjective in -ą, as the word that governs the adjective tells:
    "instrumental" after ``z`` or a form of być (``z 50-metrową pływalnią``, ``jest najwyższą temperaturą``),
    "accusative" after ``w`` or ``na`` (``w zachodnią Polskę``), "object" after a verb in the past
    (``zdobył ostatnią potrzebną normę``); '' when nothing tells (numbers and other such adjectives are
    skipped)."""
    if not _FEMININE_ADJECTIVE.fullmatch(clause[-1].lower()):
        return ""
    words = (w.lower() for w in reversed(clause[:-1]) if not w.isdigit())
    governing = next((w for w in words if not _FEMININE_ADJECTIVE.fullmatch(w)), "")
    if governing in _INSTRUMENTAL_AFTER[lang] or governing in _BE[lang]:
        return "instrumental"
    if governing in _ACCUSATIVE_AFTER[lang]:
        return "accusative"
    if not _PAST_VERB.fullmatch(governing) or _GOVERNS_INSTRUMENTAL.search(governing + " "):
        return ""
    return "" if _ADJECTIVE_STEM.search(before[-3:]) else "object"  # (not the adjective: ostatnią potrzebną)


def _adjective_before_noun(lang: str, before: str, after: str) -> bool:
    """The word that ends ``before`` is an adjective (its stem as an adjective's, and no noun the lexicon
    knows in -ę: not ``budow``) before a noun in -ę or one whose last letter was lost (``w now|ą linię``),
    or a pronoun that declines as one, before anything (``na jedn|ą z sieci``)."""
    stem = _STEM.search(before, max(0, len(before) - 30))
    if stem is None or not stem.group().islower() or _ADJECTIVE_STEM.search(stem.group()) is None:
        return False  # (a name is no adjective: przez Bukowinę Tatrzańską)
    if stem.group() in _PRONOMINAL[lang]:
        return True  # an adjective that no noun shares a stem with, whatever follows: na jedną z sieci, w każdą
    if word_probability(lang, "ę", stem.group() + "|"):
        return False
    noun = _NEXT_WORD.match(after)
    last = noun.group(1)[-1] if noun else ""  # (a lost letter, as read so far: any letter the bytes fit)
    return last == "ę" or (not last.isascii() and last not in letters(lang))


def _plural_subject(lang: str, text: str) -> bool:
    """The word before the last one of ``text`` is a plural subject, or one that opens the sentence."""
    words = text.split()
    return len(words) > 1 and (_PLURAL[lang].fullmatch(words[-2].lower()) is not None or bool(_SUBJECT.search(text)))


def noun_stem(text: str) -> bool:
    """``text`` ends with the stem of a Polish noun in -cja, -sja or -zja (``inwestycj``), which no adjective has."""
    return _NOUN_STEM.search(text, len(text) - 2) is not None


def _calls_infinitive(lang: str, words: list[str]) -> bool:
    """One of the last words of a clause (``words``) calls for an infinitive, and the nearest is no preposition,
    after which comes a noun (``przeznaczyć na inwestycję``); ``sposób`` only in ``nie sposób`` (not ``sposób
    zarządzania szkołą``), ``stanie`` only in ``w stanie``; and no infinitive follows it yet (``ma kosztować
    45 mln zł``)."""
    if words and words[-1] in _PREPOSITIONS[lang]:
        return False
    for k in range(max(0, len(words) - _INFINITIVE_REACH), len(words)):
        only_after = _INFINITIVE_ONLY_AFTER.get(words[k])
        if words[k] in _INFINITIVE_AFTER[lang] and (only_after is None or words[k - 1 : k] == [only_after]):
            return not any(w.endswith("ć") for w in words[k + 1 :])  # (its infinitive may have come already)
    return False


def _ends_verb(lang: str, last: str | None) -> bool:
    """The last letter of się or of an infinitive: ę or ć, or a letter ``lang`` does not have, which stands
    for a lost one (not ł or ą: odbył, Legią; not a sign: insynuacji”)."""
    return last is None or last in "ęć" or (last.isalpha() and last not in letters(lang))


def form_letters(lang: str, form: str) -> dict[str, float] | None:
    """The letters that may end a word in ``form`` -> how much likelier each is (see _FORM_LETTERS), or None."""
    return _FORM_LETTERS.get(lang, {}).get(form)


# Forms that say something only where the letters they decide between are all options, and the form that
# stands where they are not. The narrative past only says that ł is likelier than ć: under cp932,
# ``mieszka`` + ``ﾅ`` lost ł, ń or ś, never ć, and it has nothing to choose (a word that calls for an
# infinitive, ``można umówi``, says more: ć over any other letter). After a word that may be a plural subject,
# or for a verb of the present tense, the form says -ą over -ę, and where they are not both options, only
# what the narrative says (``Ceny mieszka|``). Where the narrative has nothing to choose, -ą over -ć, if both
# are options (``zastąpi`` + ``ﾄ``: ą, ć or ę).
_FORM_DECIDES = {
    "pl": {
        "narrative": ("łć", "unprompted"),
        "unprompted": ("ąć", ""),
        "plural_like": ("ąę", "narrative"),
        "present": ("ąę", "narrative"),
    },
}


# Forms that say something only where each of two letters makes a word of the lexicon: the two forms of a
# verb (zastąpią, zastąpić), not a noun whose one ending the lexicon knows (gołoledzią).
_FORM_WORDS = {"pl": {"unprompted": "ąć"}}


def form_words(lang: str, form: str) -> str | None:
    """The letters each of which must make a word for ``form`` to say something (see _FORM_WORDS), or None."""
    return _FORM_WORDS.get(lang, {}).get(form)


def form_decides(lang: str, form: str) -> tuple[str, str] | None:
    """``(letters, instead)`` when ``form`` says something only where all of ``letters`` are options, and
    ``instead`` is the form that stands where they are not (see _FORM_DECIDES); None for any other form."""
    return _FORM_DECIDES.get(lang, {}).get(form)
