"""Noise rules (S1xx script/UI fragments, B1xx boilerplate) and corpus mode."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import Config, check_invariants, clean
from cleaner.cli import main
from cleaner.corpus import FrozenCounts, LineCounts, line_key, normalise
from cleaner.rules import REMOVE, RULES
from cleaner.rules.noise import analysis

ROOT = Path(__file__).resolve().parent.parent
NOISE = [r for r in RULES if r.code[0] in "SB"]

# Paragraphs that anchor a document (so that lines before them are its head, after them its tail).
PARAGRAPHS = [
    "The harbour board voted on Tuesday to build a container terminal on the northern pier, ending a long debate.",
    "Supporters say the terminal will bring shipping lines that now call at larger ports further south.",
    "Dock workers fear that automated cranes will replace the crews that load the ships by hand today.",
    "Construction is expected to start next year and to take about three years if the permit is confirmed.",
]


def doc(line: str, where: str) -> str:
    """A small article with ``line`` at its head, in its middle or at its tail."""
    if where == "head":
        parts = [line, *PARAGRAPHS]
    elif where == "middle":
        parts = [*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]]
    else:
        parts = [*PARAGRAPHS, line]
    return "\n\n".join(parts) + "\n"


def removed(line: str, code: str, where: str = "tail", **kw) -> bool:
    """Did rule ``code`` alone remove ``line`` from a document? (Invariants are checked too.)"""
    text = doc(line, where)
    result = clean(text, config=code, **kw)
    check_invariants(text, result, code, kw.get("corpus"))
    return line not in result.text


# --- registry -----------------------------------------------------------------------------


def test_noise_rules_are_registered_as_one_block_in_plan_order():
    codes = [r.code for r in RULES]
    start = codes.index(analysis.ORDER[0])
    assert tuple(codes[start : start + len(analysis.ORDER)]) == analysis.ORDER
    assert codes.index("C103") < start < codes.index("W102")


def test_noise_rules_are_documented_remove_rules():
    names = [r.name for r in NOISE]
    assert len(set(names)) == len(names)
    for rule in NOISE:
        assert rule.kind == REMOVE
        assert rule.summary and ">>> from cleaner import clean" in rule.doc, rule.code
        assert (not rule.default) == (rule.code in analysis.OPT_IN), rule.code


# --- per-rule tables: (line, where) removed / kept -----------------------------------------

POSITIVE = {
    "S101": [
        "\\n \\n \\n “. concat(self. i18n. t(‘search. voice. recognition_retry’), “\\n",
        "” s ” ” t. config. saAria. shownText “",
        "“e. config. saAria. closedText”",
        "window.dataLayer = window.dataLayer || [];",
        "{{ article.headline }}",
        "var adSlot = googletag.defineSlot('/1234/top', [728, 90]);",
    ],
    "S102": [
        "Veröffentlichung:",
        "Published:",
        "Mis à jour le",
        "Skip to content",
        "Menu",
        "Zum Inhalt springen",
        "Imprimer",
        "Cargar más",
        "Print | Email",
        "Back to top",
        "Springe zum Inhalt",
        "Sign Me Up",
        "Je m'abonne",
        # share labels written together, as widgets render them
        "Email ThisBlogThis!Share to TwitterShare to FacebookShare to Pinterest",
        "LinkedInFacebookTwitter",
    ],
    "S103": ["Home » World » Europe", "Startseite | Politik | Ausland | Sport", "Accueil > Sport > Football"],
    "B102": [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Follow us on Twitter!",
        "Subscribe to our RSS feeds!",
        "Source link",
        "Read this story about csmonitor. com",
        "Become a member of the Monitor community",
        # disclaimers anywhere in the line, calls to rate, join and support
        "The Postpartum Party does not offer medical advice, services, or treatments to its clients.",
        "Dieser Artikel ersetzt keine ärztliche Beratung und dient nur der Information.",
        "Le contenu de ce site ne remplace pas un avis médical.",
        "La información de este sitio no sustituye el consejo médico profesional.",
        "Le informazioni hanno scopo puramente informativo e non sostituiscono il parere medico.",
        "Este conteúdo não substitui a consulta médica.",
        "Deze informatie vervangt geen medisch advies.",
        "Artykuł nie zastępuje porady lekarskiej.",
        "Информация на сайте не является медицинской консультацией.",
        "NOTE: The advertising disclaimer below does not apply to this article.",
        "Bitte teilen Sie uns Ihre Erfahrungen mit, wenn Sie unseren Kaffee schon probiert haben.",
        "Be the first to review this product",
        "Sé el primero en comentar",
        "Unterstütze RosaMag bereits mit 2,50!",
        "Werden Sie Mitglied und erhalten Sie exklusive Angebote!",
        "¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular.",
        "We are now on Telegram!",
        "Become a fan of Facebook!",
        "Kommentar verfassen",
        "Laisser un commentaire",
        "Deja un comentario",
        "Lascia un commento",
        "Deixe um comentário",
        "Laat een reactie achter",
        "Zostaw komentarz",
        "Оставить комментарий",
        "© 2023 Example Media. All rights reserved.",
        "Alle Rechte vorbehalten.",
        "12 Comments",
        # a label with a colon opens the line ("tags:", "themen:", "tagged:" are prefixes)
        "Tags: budget, harbour, council",
        "Themen: Ehrenamt Jugendverbände",
        "Tagged: Cocoa Brothers, Gerard Gbedey",
        "Notify me of followup comments via e-mail",
        "Get our Essential Politics newsletter",
        "Subscribe to Python Insider via RSS, Email, or Twitter",
        "You may occasionally receive promotional content from the Los Angeles Times.",
        "We rely on your support to make local news available to all",
        "This entry was posted in News and tagged harbour. Bookmark the permalink.",
        "Dieser Eintrag wurde am 3. Mai veröffentlicht. Setze ein Lesezeichen auf den Permalink.",
        "Verbindung mit YouTube herstellen und Video abspielen",
        "Mit dem Anklicken bauen Sie eine Verbindung zu den Servern des Dienstes YouTube auf.",
        "Noch 10 Gratis-Artikel diesen Monat.",
        "Guter Journalismus kostet Geld.",
        "Abonniere den Newsletter und verpasse nichts!",
        "Has alcanzado el límite de noticias.",
        "Report a correction or typo",
        "Schreiben Sie einen Kommentar Antworten abbrechen",
    ],
    "B103": [
        "Why We Wrote This",
        "Related stories",
        "Read more: Five things to know about the plan",
        "Lesen Sie auch: Die neue Schule im Tal",
        "VEA TAMBIÉN: Entre heces y guaricha",
        "Advertisement",
        "Anzeige",
    ],
    "B104": [
        "Gavriil Grigorov/Sputnik/Reuters",
        "Russian Defense Ministry Press Service/AP/File",
        "Photo: AP",
        "Foto: dpa",
        "© Maxim Guchek / Belta / AFP / Getty Images",
        "(AP Photo/Evan Vucci)",
        "Getty Images",
        "Crédit photo : AFP",
    ],
}

NEGATIVE = {
    "S101": [
        "Few options for Minsk",
        "U.S. Army Chiefs Speak to Avoid Miscalculation",
        "Call os.path.join() to build the path.",
        "iPhone 12 review: a solid update",
        "100% of respondents (n=1,000) said yes.",
        "他说（北京时间）这是一个“很好”的开始。",
        "October 20, 2022",
        "“We are not against work,” she said.",
    ],
    "S102": [
        "Search for the missing hikers continues",
        "Home is where the heart is.",
        "Next year the school will reopen.",
        "Close to the border",
        "Menu of the day: soup and bread",
        # capitals inside words are not labels written together
        "Watch it on YouTube",
        "PlayStation",
        "HomeGoods opens a store in the harbour",
        "Print ShopEmail",
    ],
    "S103": [
        "Verdicker/Basisöl: Li-Seifen/Mineralöl",
        "| Name | Age | City |",
        "2019 | 2020 | 2021",
        "Rock, paper, scissors",
        "Monday – Friday – Sunday",
        "He said yes / she said no / they said maybe, and then they all went home.",
    ],
    "B102": [
        "He left a reply on the desk before he went home.",
        "Sources say the minister will resign.",
        "Follow the river to the bridge.",
        "Comments from the minister were brief.",
        "Subscribe to the idea that growth is endless and you will be disappointed.",
        "Copyright law in Europe is changing fast.",
        "12 comments were sent to the council before the vote.",
        "Kommentare des Ministers waren knapp.",
        "Themen wie Klima und Verkehr bestimmten die Debatte.",
        "Tags are used by the library to sort the books.",
        "Get the latest figures from the ministry before you decide.",
        "We rely on the river for water and on the port for jobs.",
        "Mit dem Laden der Schiffe beginnt die Verbindung zu den Häfen im Süden.",
        "Die Verbindung mit der Insel soll im Mai hergestellt werden.",
        "More in common than we think, the study says.",
        # the words of disclaimers and calls to action in sentences of an article
        "The doctor gave medical advice to the crew before they left the harbour.",
        "The regulator said the app does not yet offer a way to contact a doctor.",
        "Die Ärztin sagte, dass eine Beratung vor der Reise sinnvoll sei.",
        "Protesters urged supporters to follow the group's channel for updates on the march.",
        "She was the first to review the harbour plans, and she found three errors.",
        "Werden die Mitglieder des Rates im Mai abstimmen?",
        "El médico no sustituye a nadie: trabaja solo en el hospital del puerto.",
        "Published in 1851, the novel sold poorly at first.",
    ],
    "B103": [
        "Read more books, said the teacher.",
        "Related to this, the council decided to wait.",
        "Advertisements for the festival were everywhere.",
        "Watch: the council debates the budget",
    ],
    "B104": [
        "Photo: a fake, says the ministry about the viral image.",
        "Verdicker/Basisöl: Li-Seifen/Mineralöl",
        "AC/DC played in Moscow",
        "Input/Output errors happen",
        "The AP reported the news on Monday.",
        "Thanh Tam (Theo Washington Post)",
    ],
}


@pytest.mark.parametrize("where", ["head", "tail"])
@pytest.mark.parametrize(("code", "line"), [(c, ln) for c, lines in POSITIVE.items() for ln in lines])
def test_rule_removes(code, line, where):
    assert removed(line, code, where)


@pytest.mark.parametrize("where", ["head", "middle", "tail"])
@pytest.mark.parametrize(("code", "line"), [(c, ln) for c, lines in NEGATIVE.items() for ln in lines])
def test_rule_keeps(code, line, where):
    assert not removed(line, code, where)


@pytest.mark.parametrize(
    "line",
    [
        "Few options for Minsk",  # subheading
        "October 20, 2022",  # dateline
        "“The Russians need bodies.”",  # short quote
        "- two litres of water per person",  # list item
        "1. Preheat the oven to 230 degrees.",
        "Additional reporting by Felicia Schwartz in Bratislava",
        "Le conseil municipal a voté le budget mardi soir après un long débat.",
        "Der Gemeinderat hat am Dienstag den Haushalt beschlossen.",
        "Совет принял бюджет во вторник вечером после долгих споров.",
        "市议会周二晚上在长时间辩论后通过了预算。",
        "議会は火曜日の夜、長い議論の末に予算を可決した。",
    ],
)
@pytest.mark.parametrize("where", ["head", "middle", "tail"])
def test_content_lines_survive_all_rules(line, where):
    text = doc(line, where)
    result = clean(text, Config(select=("ALL",)))
    assert line in result.text
    check_invariants(text, result, Config(select=("ALL",)))


def test_code_inside_the_text_is_only_reported():
    line = "resp = requests.get(URL, headers=headers)"
    result = clean(doc(line, "middle"), "S101")
    assert line in result.text
    assert [n.code for n in result.notices] == ["S101"]


def test_menu_inside_the_text_is_less_confident():
    text = doc("Home » World » Europe", "middle")
    (change,) = clean(text, "S103").changes
    assert change.confidence < analysis.HIGH


def test_credit_tail_keeps_the_caption():
    line = "President Lukashenko attended the joint exercises © Maxim Guchek / Belta / AFP / Getty Images"
    result = clean(doc(line, "middle"), "B105")
    assert "President Lukashenko attended the joint exercises\n" in result.text
    assert "Getty" not in result.text
    assert not removed("He said the photo: a fake, and the caption was wrong.", "B105", "middle")


def test_inline_teaser_is_cut_from_the_paragraph():
    line = (
        "Any attempt would not be understood in Moscow. news U.S., Belarus Army Chiefs Speak to Avoid Drill "
        "Miscalculation Read a lot more If there was doubt, it is gone now."
    )
    result = clean(doc(line, "middle"), "B106")
    assert "Any attempt would not be understood in Moscow. If there was doubt, it is gone now.\n" in result.text
    for keep in ["The report is long. Read more about it in the annex.", "Read more books. It helps."]:
        assert keep in clean(doc(keep, "middle"), "B106").text


def test_duplicates():
    caption = "Russian military vehicles arrive in Belarus in January. Photo: AP."
    text = "\n\n".join([PARAGRAPHS[0], caption, caption, PARAGRAPHS[1]]) + "\n"
    result = clean(text, "B101")
    assert result.text.count(caption) == 1
    assert result.changes[0].note.startswith("exact copy of line 3")
    near = "Location of Belarus.  Graphics: Washington Post.\n\nLocation of Belarus. Graphics: Washington Post.\n"
    assert clean(doc(near, "middle"), "B101,B105").text.count("Location of Belarus") == 1
    refrain = "Na na na na\n" * 3  # short repeated lines (refrains, list items) are not duplicates
    assert clean(doc(refrain, "middle"), "B101").text.count("Na na na na") == 3


def test_site_header():
    assert removed("海角大神", "B108", "head")
    assert removed("Новости дня", "B108", "head")
    assert not removed("Example Daily News", "B108", "head")
    assert not removed("海角大神", "B108", "tail")
    chinese = "海角大神\n\n" + "\n\n".join(["市议会周二晚上在长时间辩论后通过了预算，反对派表示将继续抗议。"] * 2)
    assert "海角大神" in clean(chinese, "B108").text


# B110: (lines after the article, the lines that must go). The run sits between a label (B103) and a
# footer (B102), or between one of them and the end of the text.
EDGE_BLOCKS_REMOVED = [
    (["Related stories", "Five things to know", "Why the vote was delayed", "Follow us on Twitter!"],
     ["Five things to know", "Why the vote was delayed"]),
    (["Leave a Reply", "Programmes", "Actualités", "Savoirs"], ["Programmes", "Actualités", "Savoirs"]),
    (["Related stories", "Obituaries", "Weather today", "Leave a Reply"], ["Obituaries", "Weather today"]),
]  # fmt: skip

# B110: runs that must stay whole (content that looks like a menu between boilerplate lines).
EDGE_BLOCKS_KEPT = [
    ["Related stories", "Recount unlikely", "Leave a Reply"],  # one line: a subheading
    ["Leave a Reply", "1. 500 g of bread flour", "2. 350 ml of lukewarm water", "3. 10 g of salt"],  # a list
    ["Leave a Reply", "- sturdy boots", "- two litres of water"],
    # a sentence wrapped over short lines
    ["Leave a Reply", "belediye sınırları göz önüne", "alınarak yapılan sıralamaya", "Follow us on Twitter!"],
    ["Leave a Reply", "İstanbul Türkiye'nin kuzeybatısında,", "Marmara kıyısı ve Boğaziçi", "Follow us on Twitter!"],
    ["Leave a Reply", "Molière ou Poquelin qui reproduit la", "vive image de son temps", "Follow us on Twitter!"],
    ["Leave a Reply", "Dünyanın en eski şehirlerinden", "arasında Roma İmparatorluğu", "Follow us on Twitter!"],
]


def edge_doc(lines: list[str]) -> str:
    return "\n".join([*PARAGRAPHS, *lines]) + "\n"


@pytest.mark.parametrize(("lines", "gone"), EDGE_BLOCKS_REMOVED)
def test_edge_block_removes_short_lines_between_boilerplate(lines, gone):
    text = edge_doc(lines)
    result = clean(text)
    check_invariants(text, result, None)
    for line in gone:
        assert line + "\n" not in result.text, line
        assert any(c.code == "B110" and c.before.strip() == line for c in result.findings()), line
    for p in PARAGRAPHS:
        assert p in result.text


@pytest.mark.parametrize("lines", EDGE_BLOCKS_KEPT)
def test_edge_block_keeps_single_lines_lists_and_wrapped_sentences(lines):
    text = edge_doc(lines)
    result = clean(text, "B102,B103,B110")
    check_invariants(text, result, "B102,B103,B110")
    assert not [c for c in result.findings() if c.code == "B110"]


# B111: (lines after a label, the lines that must go)
RELATED_REMOVED = [
    (["Related stories", "Five things to know about the budget", "Why the council delayed the vote"],
     ["Five things to know about the budget", "Why the council delayed the vote"]),
    (["Mehr zum Thema", "Wie die Schule gerettet wurde", "12.03.2021", "Was die Eltern fordern"],
     ["Wie die Schule gerettet wurde", "Was die Eltern fordern"]),
    # footer labels that head a list of posts
    (["Recent Posts", "Random identifiers and the odds of a collision", "Amazon's new ARM servers: Graviton 2"],
     ["Random identifiers and the odds of a collision", "Amazon's new ARM servers: Graviton 2"]),
    (["Related", "How one company turns CO2 into soap", "Canada leads the way in carbon capture"],
     ["How one company turns CO2 into soap", "Canada leads the way in carbon capture"]),
    (["Neueste Beiträge", "Wie die Schule gerettet wurde", "Was die Eltern fordern"],
     ["Wie die Schule gerettet wurde", "Was die Eltern fordern"]),
]  # fmt: skip

# B111: lines after a label that must stay
RELATED_KEPT = [
    ["Related articles", "Recount unlikely"],  # one line: may be a subheading
    ["Recent posts", "Recount unlikely"],
    # footer labels that head no list of links: the comments under them are prose
    ["Comments", "I disagree with the board", "The cranes will be quiet enough"],
    ["Source", "Harbour board annual report", "City council minutes"],
    ["Leggi anche", "- a paper map, since the phone signal is weak", "- sturdy boots with a good grip"],
    ["Vea también", "Molière ou Poquelin qui reproduit avec l'exactitude la plus vive et la",
     "En raison de cette identité de son génie avec le nôtre, il exerça sur"],
    ["Lire aussi", "mourir. Le sens de la vie pratique, qu'il a recommandé d'après Gassendi",
     "a fini par l'emporter sur les idées qui imposaient"],
]  # fmt: skip


@pytest.mark.parametrize(("lines", "gone"), RELATED_REMOVED)
def test_related_block_removes_the_list_under_a_label(lines, gone):
    text = edge_doc(lines)
    result = clean(text, "B102,B103,B111")
    check_invariants(text, result, "B102,B103,B111")
    for line in gone:
        assert line not in result.text, line
    assert all(p in result.text for p in PARAGRAPHS)


@pytest.mark.parametrize("lines", RELATED_KEPT)
def test_related_block_keeps_subheadings_lists_and_wrapped_sentences(lines):
    text = edge_doc(lines)
    result = clean(text, "B102,B103,B111")
    for line in lines[1:]:
        assert line in result.text, line


def test_list_labels_are_footer_labels():
    from cleaner.rules.noise import features as f
    from cleaner.rules.noise import lexicons as lx

    assert lx.LIST_LABELS and all(f.EXACT[f.lexicon_form(x)][0] == "footer" for x in lx.LIST_LABELS)


def test_related_block_stops_at_paragraphs():
    middle = doc("Mehr zum Thema\nWie die Schule gerettet wurde", "middle")
    assert PARAGRAPHS[2] in clean(middle).text


# --- B112: headline lists after the last paragraph ----------------------------------------

LINKS = [
    "Five things to know about the harbour budget",
    "Why the council delayed the vote on the terminal",
    "Aug 31, 2017",
    "How Neanderthals made the very first glue",
]

# (lines after the article, the lines B112 must remove)
TAIL_LISTS_REMOVED = [
    (LINKS, [LINKS[0], LINKS[1], LINKS[3]]),
    (["Earth Sciences", *LINKS], [LINKS[0], LINKS[1], LINKS[3]]),  # a short label stays
    (["Bloomberg would sell business interests, an advisor says", "3 hours ago", *LINKS[:2]], None),
    (["¿Qué pasará con el puerto del norte?", "Los trabajadores temen perder su empleo", LINKS[0]], None),
]
TAIL_LISTS_KEPT = [
    LINKS[:2],  # two headlines are no list
    [LINKS[0], "It was the first vote of the new council, and it took until midnight.", LINKS[1], LINKS[3]],
    ["- sturdy boots with a good grip", "- two litres of water per person", "- a paper map of the area"],
    ["1. Preheat the oven to 230 degrees", "2. Mix the flour with the water", "3. Leave the dough to rest"],
    # a paragraph wrapped at a fixed width: lines end in commas or go on in lower case
    [
        "Dock workers fear that the automated cranes",
        "of the new terminal will replace the crews,",
        "who load the ships",
    ],
    ["十、戰爭、大屠殺和極權主義經典", "十一、樂觀主義、喜悅、優雅方面的書", "十二、兒童、青年喜愛的讀物"],
    ["Summer Reading List For The Whole Family.", "Ten Books We Loved This Year.", "What The Critics Said."],
    # a run announced by a sentence that ends in a colon (a poem, a list of titles)
    [
        "The old harbour master wrote a poem about the pier:",
        "The cranes will come and go",
        "The gulls will stay behind",
        "And all the ships we used to know",
        "Will drift out of our mind",
    ],
]


def tail_doc(lines: list[str]) -> str:
    return "\n".join([*PARAGRAPHS, *lines]) + "\n"


@pytest.mark.parametrize(("lines", "gone"), TAIL_LISTS_REMOVED)
def test_tail_list_removes_headlines_after_the_last_paragraph(lines, gone):
    text = tail_doc(lines)
    result = clean(text, "B112")
    check_invariants(text, result, "B112")
    gone = gone if gone is not None else [ln for ln in lines if len(ln.split()) >= 4 and ln != "Aug 31, 2017"]
    kept = [ln for ln in lines if ln not in gone]
    out = result.text.split("\n")
    assert all(ln not in out for ln in gone)
    assert all(ln in out for ln in kept + PARAGRAPHS)
    assert all(c.code == "B112" and "after the last paragraph (line 4)" in c.note for c in result.changes)


@pytest.mark.parametrize("lines", TAIL_LISTS_KEPT)
@pytest.mark.parametrize("where", ["middle", "tail"])
def test_tail_list_keeps_lists_prose_and_lines_before_the_last_paragraph(lines, where):
    text = tail_doc(lines) if where == "tail" else "\n".join([*PARAGRAPHS[:2], *lines, *PARAGRAPHS[2:]]) + "\n"
    assert clean(text, "B112").text == text


# Cards after the article: marker (a dateline or a repeated section name), headline, teaser sentence.
# The teasers read as paragraphs but do not end the text: the headlines go, the teasers and markers stay.
CARD_TEASERS = [
    "The board said on Monday that the harbour will need two more cranes before the next season starts.",
    "Fishermen asked the council to keep the old market hall open during the three years of works.",
    "The regional court rejected the complaint of the environmental groups against the terminal permit.",
]
CARD_HEADLINES = [
    "Harbour board orders two new cranes for the pier",
    "Fish market stays open during the works",
    "Court clears the way for the container terminal",
]
CARDS_REMOVED = [
    # marker, headline, teaser
    [x for d, h, t in zip(["01.01.2022 - Harbour", "13.12.2021 - Harbour", "21.11.2021 - Harbour"],
                          CARD_HEADLINES, CARD_TEASERS) for x in (d, h, t)],
    # headline, marker, teaser, with a section name that recurs
    [x for h, t in zip(CARD_HEADLINES, CARD_TEASERS) for x in ("Harbour", h, "Harbour", t)],
]  # fmt: skip

CARDS_KEPT = [
    # one teaser-like paragraph after a headline: the article's last paragraph, the tail starts after it
    ["Harbour", CARD_HEADLINES[0], "Harbour", CARD_TEASERS[0], CARD_HEADLINES[1]],
    # an interview: one-letter markers are not section names
    [x for h, t in zip(CARD_HEADLINES, CARD_TEASERS) for x in ("Q", h + "?", "A", t)],
    # markers that never recur and are no datelines
    [x for m, h, t in zip(["Monday", "Tuesday", "Friday"], CARD_HEADLINES, CARD_TEASERS) for x in (m, h, t)],
]  # fmt: skip


@pytest.mark.parametrize("lines", CARDS_REMOVED)
def test_tail_list_goes_on_below_the_teasers_of_cards(lines):
    text = tail_doc(lines)
    result = clean(text, "B112")
    check_invariants(text, result, "B112")
    out = result.text.split("\n")
    assert all(h not in out for h in CARD_HEADLINES)
    assert all(t in out for t in CARD_TEASERS + PARAGRAPHS)  # prose stays
    assert all(c.code == "B112" and "(line 4)" in c.note for c in result.changes)


@pytest.mark.parametrize("lines", CARDS_KEPT)
def test_tail_list_keeps_what_only_looks_like_cards(lines):
    text = tail_doc(lines)
    assert clean(text, "B112").text == text


def test_tail_list_is_capped_when_it_would_take_most_of_the_text():
    text = PARAGRAPHS[0] + "\n" + "\n".join(LINKS) + "\n"
    result = clean(text, "B112")
    assert result.text == text
    assert {n.code for n in result.notices} == {"B112"} and all("capped" in n.note for n in result.notices)


# --- B113: teasers cut short -------------------------------------------------------------------

CUT_TEASERS = [t[: len(t) // 2].rstrip(" ,") + "…" for t in CARD_TEASERS]  # cut in the middle of a word or clause

# (lines, the lines B113 must remove); the lines stand in the middle of the article
TRUNCATED_REMOVED = [
    # cards: headline + teaser cut short (both go)
    ([x for h, t in zip(CARD_HEADLINES, CUT_TEASERS) for x in (h, t)], CARD_HEADLINES + CUT_TEASERS),
    # dateline + teaser (the dateline stays)
    ([x for t in CUT_TEASERS for x in ("12.03.2021", t)], CUT_TEASERS),
    # a list of titles cut short, three dots glued to the word, a hyphen and a comma before the ellipsis
    (["Eni mit deutlichem Gewinnwach...", "UN warnen vor Hungerkrise in...", "Gehälter von Ministern werden..."],
     None),
    (["Die neuen Rottöne und wie man sie kombiniert",
      "Wussten Sie, dass in rosa Räumen der Blutdruck sinkt? Oder dass ein Hauch Tomaten-…",
      "Mit Lila einrichten: so gelingt es",
      "Lila ist beliebt, Lila wird geliebt, Lila wird gehasst und Lila wird verspottet,…"], None),
]  # fmt: skip

# Lines that end with an ellipsis and must stay.
TRUNCATED_KEPT = [
    # one line that trails off under a subheading
    [CARD_HEADLINES[0], CUT_TEASERS[0]],
    # an author's pause: ellipsis after a space or after a sentence end
    [x for h, t in zip(CARD_HEADLINES, CARD_TEASERS) for x in (h, t[:-1] + " …")],
    [x for h, t in zip(CARD_HEADLINES, CARD_TEASERS) for x in (h, t + "..")],
    # two long lines that trail off, far apart, under no headline
    [CARD_TEASERS[0][:-1] + "…", *PARAGRAPHS, CARD_TEASERS[1][:-1] + "…"],
    # CJK and a dialogue: ellipses, but no list of cut lines under headlines
    ["他说这是一个很好的开始……", "我们会继续努力。", "她笑了……"],
    ["“Well…”", "“I mean, I thought you knew…”", "She shook her head and went back to the kitchen."],
]  # fmt: skip


@pytest.mark.parametrize(("lines", "gone"), TRUNCATED_REMOVED)
def test_truncated_teasers_are_removed_with_their_headlines(lines, gone):
    gone = lines if gone is None else gone
    text = "\n".join([*PARAGRAPHS[:2], *lines, *PARAGRAPHS[2:]]) + "\n"
    result = clean(text, "B113")
    check_invariants(text, result, "B113")
    out = result.text.split("\n")
    assert all(line not in out for line in gone)
    assert all(line in out for line in lines + PARAGRAPHS if line not in gone)
    assert all(c.code == "B113" and "cut" in c.note for c in result.changes)


@pytest.mark.parametrize("lines", TRUNCATED_KEPT)
def test_truncated_teasers_keep_pauses_and_single_lines(lines):
    text = "\n".join([*PARAGRAPHS[:2], *lines, *PARAGRAPHS[2:]]) + "\n"
    assert clean(text, "B113").text == text
    assert all(line in clean(text).text for line in lines)  # the defaults keep them too


# --- B114: blocks of short lines repeated in a document ------------------------------------------

MENU = ["Home", "Lexikon", "Galerie", "Forum"]

# (lines before the article, lines after it, the lines B114 must remove)
REPEATED_REMOVED = [
    (MENU, MENU, MENU),
    (["Startseite", *MENU], [*MENU[1:], "Kontakt"], MENU[1:]),  # the common part of two menus
    (["首页", "新闻", "体育", "财经"], ["首页", "新闻", "体育", "财经"], ["首页", "新闻", "体育", "财经"]),
]

# (lines before the article, lines after it): blocks that must stay
REPEATED_KEPT = [
    (MENU, []),  # once
    (["Yeah", "Yeah", "Yeah"], ["Yeah", "Yeah", "Yeah"]),  # a refrain of one line
    (["Oh what a night", "Late December back in sixty-three", "What a very special time for me"],
     ["Oh what a night", "Late December back in sixty-three", "What a very special time for me"]),  # lyrics
    (["12.03.2021", "13.03.2021", "14.03.2021"], ["12.03.2021", "13.03.2021", "14.03.2021"]),  # datelines
    (["Yes.", "No.", "Maybe."], ["Yes.", "No.", "Maybe."]),  # sentences
    (["Home", "Lexikon"], ["Home", "Lexikon"]),  # two lines are no block
    (["他说这是一个很好的开始", "我们会继续努力", "她笑了笑没有说话"], ["他说这是一个很好的开始", "我们会继续努力", "她笑了笑没有说话"]),
]  # fmt: skip


@pytest.mark.parametrize(("before", "after", "gone"), REPEATED_REMOVED)
def test_repeated_blocks_are_removed_everywhere(before, after, gone):
    text = "\n".join([*before, *PARAGRAPHS, *after]) + "\n"
    result = clean(text, "B114")
    check_invariants(text, result, "B114")
    out = result.text.split("\n")
    assert all(line not in out for line in gone)
    assert all(line in out for line in PARAGRAPHS + before + after if line not in gone)
    assert all(c.code == "B114" and "repeated" in c.note for c in result.changes)


@pytest.mark.parametrize(("before", "after"), REPEATED_KEPT)
def test_repeated_blocks_keep_refrains_lyrics_and_single_blocks(before, after):
    text = "\n".join([*before, *PARAGRAPHS, *after]) + "\n"
    assert clean(text, "B114").text == text


# --- corpus mode ------------------------------------------------------------------------------


def corpus_docs(n: int = 6) -> list[str]:
    rng = random.Random(7)
    docs = []
    for i in range(n):
        body = rng.sample(PARAGRAPHS, 3)
        docs.append(f"Example Daily\nMenu of the site\n{body[0]}\nStory {i}: {body[1]}\n{body[2]}\nOctober 20, 2022\n")
    return docs


def test_corpus_counts_are_order_independent_and_mergeable():
    docs = corpus_docs()
    whole = LineCounts.from_texts(docs)
    shuffled = docs[:]
    random.Random(1).shuffle(shuffled)
    assert LineCounts.from_texts(shuffled) == whole
    merged = LineCounts.from_texts(docs[:2]).merge(LineCounts.from_texts(docs[2:]))
    assert merged == whole
    assert whole.frozen() == merged.frozen() == LineCounts.from_texts(shuffled).frozen()
    assert whole.count("example  DAILY ") == 6
    assert whole.documents == 6
    assert normalise("  A\tB ") == "a b"
    assert line_key("") == 0


def test_corpus_counts_once_per_document_and_frozen_drops_rare_lines():
    counts = LineCounts.from_texts(["a\na\nb", "a\nc"])
    assert counts.count("a") == 2
    table = counts.frozen()
    assert isinstance(table, FrozenCounts)
    assert (table.count("a"), table.count("b"), len(table)) == (2, 0, 1)


def test_corpus_mode_removes_repeated_lines_deterministically():
    docs = corpus_docs()
    counts = LineCounts.from_texts(docs)
    outputs = [clean(d, corpus=counts) for d in docs]
    for d, result in zip(docs, outputs):
        assert "Example Daily" not in result.text and "Menu of the site" not in result.text
        assert "October 20, 2022" in result.text  # datelines are kept
        check_invariants(d, result, None, counts)
        note = next(c.note for c in result.changes if c.code == "B107")
        assert "in 6 of 6 documents" in note
    shuffled = docs[::-1]
    again = {d: clean(d, corpus=LineCounts.from_texts(shuffled).frozen()).text for d in shuffled}
    assert [again[d] for d in docs] == [r.text for r in outputs]
    assert "Example Daily" in clean(docs[0]).text  # no corpus, no corpus evidence


def test_corpus_threshold_setting():
    docs = corpus_docs(2)
    counts = LineCounts.from_texts(docs)
    assert "Example Daily" in clean(docs[0], corpus=counts).text  # 2 < 3 documents
    low = Config(settings={"corpus-min-documents": 2})
    assert "Example Daily" not in clean(docs[0], low, corpus=counts).text


def test_cli_counts_lines_across_the_inputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i, d in enumerate(corpus_docs(4)):
        (src / f"d{i}.txt").write_text(d, encoding="utf-8")
    out, out2 = tmp_path / "out", tmp_path / "out2"
    assert main([str(src), "-o", str(out), "-q", "--isolated"]) == 0
    assert main([str(src), "-o", str(out2), "-q", "--isolated", "--no-corpus"]) == 0
    for i in range(4):
        assert "Example Daily" not in (out / f"d{i}.txt").read_text(encoding="utf-8")
        assert "Example Daily" in (out2 / f"d{i}.txt").read_text(encoding="utf-8")


# --- cap, notes, seeds ------------------------------------------------------------------------------


def test_cap_turns_low_confidence_removals_into_notices():
    text = "海角大神\n\n" + "\n\n".join(PARAGRAPHS) + "\n\nLeave a Reply\n"
    capped = clean(text, Config(settings={"noise-max-share": 0.0}))
    assert "海角大神" in capped.text and "Leave a Reply" not in capped.text
    (notice,) = [n for n in capped.notices if n.code == "B108"]
    assert notice.after is None and "capped" in notice.note
    check_invariants(text, capped, Config(settings={"noise-max-share": 0.0}))


def test_notes_name_the_evidence():
    notes = {c.code: c.note for c in clean(doc("Leave a Reply", "tail")).changes}
    assert notes["B102"] == "footer lexicon, exact 'leave a reply' (en); tail"
    code = clean(doc("“e. config. saAria. closedText”", "head")).changes[0]
    assert code.code == "S101" and "camelCase" in code.note and "head" in code.note


LABELS = json.loads((ROOT / "benchmarks" / "data" / "seed_labels.json").read_text(encoding="utf-8"))["files"]

# The noise the issue lists, by seed: every one of these lines must go (or, for a
# span, its text must go and the rest of the line stay).
ISSUE_NOISE = {
    "000_e24aa431c52769fe.txt": [
        "concat(self. i18n. t(",
        "e. config. saAria. closedText",
        "Read this story about csmonitor. com",
        "Follow us on Twitter!",
        "Subscribe to our RSS feeds!",
    ],
    "001_76ad95d18cd60eb2.txt": [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Read a lot more",
    ],
    "002_94086817458596b5.txt": ["Leave a Comment"],
    "003_5f9a988dc6ba9900.txt": ["Source link", "Leave a Reply", "© Maxim Guchek / Belta / AFP / Getty Images"],
    "004_71888a028f99cc29.txt": [
        "海角大神",
        "Gavriil Grigorov/Sputnik/Reuters",
        "Why We Wrote This",
        "Lesotho makes Trump",
        "Russian Defense Ministry Press Service/AP/File",
    ],
}


def test_seeds_lose_the_issue_noise_and_no_content(seeds):
    for name, text in seeds.items():
        result = clean(text)
        check_invariants(text, result)
        for noise in ISSUE_NOISE.get(name, []):
            assert noise not in result.text, (name, noise)
        lines = text.split("\n")
        removed = [c.before for c in result.changes if c.code[0] in "SB"]
        for number, _, label in LABELS[name]:
            line = lines[number - 1].strip()
            if label == "content":  # no noise rule took it (typography may have repaired it)
                assert not any(line in before for before in removed), (name, number, line)
    # captions repeated twice in a row (seed 002) are kept once
    out = clean(seeds["002_94086817458596b5.txt"]).text
    assert out.count("Russian military vehicles prepare to leave the platform") == 1
    assert out.count("Location of Belarus") == 1
    assert "Few options for Minsk" in clean(seeds["004_71888a028f99cc29.txt"]).text


# --- invariants ------------------------------------------------------------------------------------

NOISE_LINES = [line for lines in POSITIVE.values() for line in lines] + [
    "Lesotho makes polo shirts. Tariffs could destroy its garment industry.",
    "news Army Chiefs Speak to Avoid Drill Read more",
]
CONTENT_LINES = PARAGRAPHS + [line for lines in NEGATIVE.values() for line in lines]
LINE = st.one_of(
    st.sampled_from(NOISE_LINES),
    st.sampled_from(CONTENT_LINES),
    st.just(""),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
)
DOC = st.lists(LINE, max_size=14).map(lambda lines: "\n".join(lines))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOC)
def test_invariants_hold_for_the_noise_rules(text):
    for config in (Config(select=("S", "B", "W")), Config(select=("S", "B")), Config(select=("B110",))):
        check_invariants(text, clean(text, config), config)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(NOISE_LINES + CONTENT_LINES + [""]), max_size=14).map("\n".join))
def test_invariants_hold_for_the_whole_chain(text):
    for config in (None, Config(select=("ALL",))):
        check_invariants(text, clean(text, config), config)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(DOC, min_size=2, max_size=5), st.randoms(use_true_random=False))
def test_corpus_mode_is_order_independent_and_idempotent(docs, rng):
    counts = LineCounts.from_texts(docs)
    shuffled = docs[:]
    rng.shuffle(shuffled)
    assert LineCounts.from_texts(shuffled) == counts
    low = Config(select=("S", "B", "W"), settings={"corpus-min-documents": 2})
    for d in docs:
        result = clean(d, low, corpus=counts)
        assert clean(d, low, corpus=LineCounts.from_texts(shuffled)).text == result.text
        check_invariants(d, result, low, counts)


# --- B109 off-topic-line ----------------------------------------------------------------------------

_HARBOUR = [
    "The harbour board approved the new container terminal on Tuesday, ending two years of debate about cranes, "
    "jobs and the future of the old northern pier.",
    "Dock workers fear that the automated cranes of the new terminal will replace the crews who load the ships by "
    "hand on the northern pier today.",
    "The board promised that the terminal will use electric cranes, that ships will get shore power at berth, and "
    "that the old pier will keep its fish market.",
    "Environmental groups say the terminal threatens the estuary next to the pier, where migrating birds rest every "
    "spring, and they want the board to limit night work.",
    "Shipping companies welcome the new terminal because their ships will wait less in the harbour, and the board "
    "expects more ships and more jobs at the pier.",
    "Work on the terminal should start next year, once the regional government confirms the permit that the harbour "
    "board requested for the northern pier.",
]


@pytest.mark.parametrize(
    ("line", "removed"),
    [
        ("Lesotho makes polo shirts. Tariffs could destroy its garment industry.", True),
        ("Volcanic ash grounds flights in Iceland. Airlines cancel hundreds of routes.", True),
        ("The board meets again in May. Dock workers plan a rally at the pier.", False),  # on topic
        ("Ships wait less. The terminal brings jobs.", False),  # too few new words
    ],
)
def test_off_topic_line(line, removed):
    text = "\n\n".join(_HARBOUR[:3] + [line] + _HARBOUR[3:]) + "\n"
    result = clean(text, Config(select=("B109",)))
    assert (line not in result.text) is removed
    assert all(c.code == "B109" and c.confidence < 1 for c in result.changes)
    short = "\n\n".join(_HARBOUR[:2] + [line] + _HARBOUR[2:3]) + "\n"  # too few paragraphs to judge
    assert clean(short, Config(select=("B109",))).text == short
