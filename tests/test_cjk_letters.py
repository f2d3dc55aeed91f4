"""E102's letter model: lost two-byte letters chosen by the language of the document."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import check_invariants, clean
from cleaner.rules.cjk import letters
from cleaner.rules.cjk.repair import simulate
from cleaner.rules.cjk.tables import CODECS

POLISH = "Według niego ów człowiek się bał, że ktoś przyjdzie. Później okazało się, że sprawa jest trudna."
GERMAN = (
    "Die Straße war gesperrt, und die Größe des Schadens ist noch nicht bekannt. Für die Anwohner ist das ärgerlich."
)
ENGLISH = "The coach, Jürgen Müller, said the café near Zürich would reopen. It is the first time in years."


def test_language_is_told_by_letters_and_words():
    assert letters.identify({"ó": 2, "ż": 2}, "big5", POLISH) == "pl"
    assert letters.identify({"ä": 1, "ö": 1, "ü": 1}, "big5", GERMAN) == "de"
    # names in an English text do not make it German
    assert letters.identify({"ü": 3, "é": 1}, "big5", ENGLISH) is None
    # words alone can tell it (a German text with „ quotes and no umlaut)
    assert letters.identify({}, "big5", "Er sagte, dass die Sache und der Plan nicht gut sind.") == "de"
    assert letters.identify({}, "big5", "He said that the plan is not good.") is None
    # too little evidence tells nothing
    assert letters.identify({"ó": 1}, "big5", "Cóż") is None


def test_letters_a_codec_loses_are_not_expected_to_be_seen():
    # Big5 loses ą ę ł ś ć ń: a Polish text shows only ó ż ź, and those alone must point to Polish
    assert letters.identify({"ó": 3, "ż": 1}, "big5", "w nie na to jest do") == "pl"


@pytest.mark.parametrize(
    ("lang", "before", "after", "best"),
    [("pl", "i", "$", "ę"), ("pl", "o", "c", "ś"), ("de", "a", "e", "ß"), ("cs", "t", "i", "ř"), ("fr", "c", "u", "œ")],
)
def test_letter_model_picks_the_letter_of_its_neighbours(lang, before, after, best):
    weights = {ch: letters.probability(lang, ch, before, after) for ch in letters.letters(lang)}
    assert max(weights, key=weights.get) == best


REPAIRED = [
    # (original, codec, form): lost two-byte letters, all of them inferred
    ("Czyta się „Kierunek zwiedzania” z wrażeniem, że to nie jest książka, ale budynek.", "euc_kr", "replace"),
    (GERMAN, "big5", "replace"),
    (
        "Sie sagte: „Das ist ein großer Tag für uns alle.“ Danach gingen die Gäste nach Hause, müde und froh.",
        "euc_jp",
        "replace",
    ),
    (
        "Le cœur de la ville bat à nouveau. Son œuvre est exposée près de la cathédrale, déjà célèbre.",
        "big5",
        "replace",
    ),
]


@pytest.mark.parametrize(("original", "codec", "mode"), REPAIRED)
def test_lost_letters_are_inferred_in_their_language(original, codec, mode):
    # (the model reads letters, not grammar: napisał and napisać, był and być, are both words,
    # and without more than the letters around it the infinitive wins)
    damaged = simulate(original, codec, mode)
    assert damaged.count("\ufffd") >= 4
    result = clean(damaged, config="E102")
    assert result.text == original
    check_invariants(damaged, result, "E102")
    inferred = [c for c in result.changes if c.confidence < 1]
    assert inferred and all(" inferred " in c.note for c in inferred)


def test_without_a_language_a_lost_letter_is_only_reported():
    # the text is English with a German name: the letter lost at the end of a Turkish name could be ş, ç or ð
    original = "The quake hit Kahramanmaraş, the town’s mayor said of the “decision”. Jürgen Müller agreed."
    result = clean(simulate(original, "big5", "replace"), config="E102")
    assert result.text == original.replace("ş", "\ufffd\ufffd")
    assert [n.before for n in result.notices] == ["\ufffd\ufffd"]


def test_a_word_with_two_lost_letters_is_solved():
    # książkę: ą and ę both lost, with a lossless ż between them
    damaged = simulate("nie książkę", "big5", "replace")
    assert damaged == "nie ksi\ufffd\ufffd髒k\ufffd\ufffd"
    original = "Czytam swoją książkę z wrażeniem, że to nie jest zwykła książka, ale budynek. Czyta się to dobrze."
    assert clean(simulate(original, "big5", "replace"), config="E102").text == original
    # (in "Czytam tę książkę", tę and tą are both words, about as frequent: only the agreement with
    # the next word tells them apart, and the model reads words, not grammar)


def test_a_word_is_looked_up_only_when_all_of_it_is_readable():
    from cleaner.rules.cjk.scoring import _word

    assert _word("Kultura dzi", " jest") == "dzi|"
    assert _word("nie ksi\ufffd\ufffd\u017ck", " z") == ""  # an earlier lost letter left as it is
    assert _word("nie ksi", "\ufffd\ufffdk") == ""  # the next one, not read yet


def test_the_lexicon_knows_the_words_the_table_misreads():
    assert letters.word_probability("pl", "ś", "dzi|") == 1.0
    assert letters.best_letter("pl", "i", "$") != "ś"
    assert letters.word_probability("pl", "ę", "si|") > 0.9  # rivals (sił) weigh their frequency
    assert letters.word_probability("pl", "ę", "xyz|") is None  # not a frequent word: the neighbours decide


def test_the_table_knows_which_letters_start_words():
    # ć starts a few Polish words (ćwierć), ą and ę none: below the floor of other contexts, not unseen
    assert letters.probability("pl", "ć", "^", "w") > 3 * letters.probability("pl", "ą", "^", "w")
    assert letters.probability("pl", "ć", "^", "w") > 3 * letters.probability("pl", "ę", "^", "w")


def test_the_lexicon_knows_words_that_are_only_names():
    assert letters.name_letters("pl", "|omży") == {"ł"} and letters.name_letters("pl", "|winoujściu") == {"ś"}
    assert letters.name_letters("pl", "|odzi") == {"ł"}  # Łódź's, a name English writes, and a boat's
    assert letters.name_letters("pl", "|ódź") == set()  # łódź ratunkowa
    assert letters.name_letters("pl", "|wiecie") == set()  # a town, but the world's first
    assert letters.name_letters("de", "|omży") == set()
    assert letters.name_letters("pl", "|wiklińska") == {"ć"}
    assert letters.name_letters("pl", "|wikli\u00a0ska") == {"ć"}  # a later lost letter may be any
    assert letters.name_letters("pl", "|wiata") == set()


def test_a_word_the_lexicon_lacks_is_read_from_its_other_forms():
    # piłkarki is not in the lexicon, piłkarze and piłkarzy are: they share piłkar-
    assert letters.word_probability("pl", "ł", "pi|karki") is None
    assert letters.stem_probability("pl", "ł", "pi|karki") == 1.0
    # only another ending: a word that shares just its first letters is another word (jądrze for Jędrzejowem)
    assert letters.stem_probability("pl", "ą", "j|drzejowem") is None
    # a lost letter with too few after it has no stem to go by
    assert letters.stem_probability("pl", "ł", "by|") is None


def test_a_run_of_lost_letters_is_inferred():
    # ść and łą: four gaps in a row, which the candidates by prior alone (two letters of 4.0 each) miss
    original = "To nie jest powieść, ale budynek. Czyta się to dobrze. Nie ma w niej wyłącznie złości."
    damaged = simulate(original, "big5", "replace")
    assert "powie\ufffd\ufffd\ufffd\ufffd," in damaged
    result = clean(damaged, config="E102")
    assert result.text == original
    check_invariants(damaged, result, "E102")


EUROPEAN = [
    POLISH,
    GERMAN,
    "Czyta się „Kierunek zwiedzania” z wrażeniem, że to nie jest zwykła książka – ale budynek.",
    "Město leží na řece a v létě je tam příjemně. Většina obyvatel pracuje v průmyslu, říká starosta.",
    "Sie sagte: „Das ist ein großer Tag für uns alle.“ Danach gingen die Gäste […] nach Hause.",
    "Le cœur de la ville bat à nouveau. L’œuvre est exposée près de la cathédrale – déjà célèbre.",
    "A világ bemagolhatatlan, viszont megérthető – mondta a tanár „a diákoknak”.",
    "Powieść, część, wyłącznie: ść, łą i ęś w jednym zdaniu.",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(EUROPEAN), min_size=1, max_size=4),
    st.sampled_from(CODECS),
    st.sampled_from(["ignore", "replace", "question"]),
)
def test_invariants_on_european_text(sentences, codec, mode):
    original = "\n".join(sentences)
    damaged = simulate(original, codec, mode)
    result = clean(damaged, config="E102")
    check_invariants(damaged, result, "E102")
    assert len(result.text.split("\n")) == len(sentences)


def test_letters_side_by_side_that_kept_only_their_lead_bytes():
    # cp932 reads ą (C4 85) as ﾄ and drops 85 when it pairs with nothing: in zamknąć and
    # „Chciwość” two or three damaged sequences stand in a row, read once the document's
    # other lines show it is mojibake
    original = (
        "Czyta się „Kierunek zwiedzania” z wrażeniem, że Marcin Wicha napisał tym razem nie książkę.\n"
        "Nie pozwala zamknąć oczu.\n„Chciwość” to film o pieniądzach."
    )
    damaged = simulate(original, "cp932", "ignore")
    assert "zamkn\uff84\uff84 " in damaged
    result = clean(damaged, config="E102")
    assert result.text == original
    check_invariants(damaged, result, "E102")


def test_runs_of_damaged_sequences_are_not_read_in_genuine_text():
    # the same runs are everywhere in CJK text read back as UTF-8: alone, such a line stays
    text = "ﾄﾄ zamknﾄﾄ"
    assert clean(text, config="E102").text == text


def test_runs_are_letters_that_kept_their_leads():
    from cleaner.rules.cjk.reading import _DROPPED_RUN, _runs_match

    assert _runs_match("zamkn\udcc4\udcc4 oczu", _DROPPED_RUN)  # ą and ć, each without its second byte
    assert _runs_match("Histori\udcc4\udce2\udc80.", _DROPPED_RUN)  # ą, then ” without its third
    # runs of three-byte sequences (Japanese read as GBK) have too many readings to weigh
    assert not _runs_match("\udce3\udc81\udce3\udc81", _DROPPED_RUN)
