"""A deterministic noise-injection set: clean documents with labelled noise lines.

Clean material: the articles in ``data/own_articles.txt`` (written for this
set), the Wikipedia samples of ``../shared/corpora/encodings/charset_normalizer-data``
decoded with their true encodings, and CJK paragraphs from the RSS feeds of
``../shared/corpora/encodings/chardet-tests`` (markup stripped). Noise:
script lines, site names, UI and menu lines, footers and calls to action,
credits, duplicated captions, teaser labels, inline "Read more" teasers and
off-topic teaser lines, placed at the head, in the middle and at the tail.

Every line of a document carries a label: ``content``, ``noise`` or
``mixed`` (a content line with an inserted noise span). ``build(seed,
split)`` gives the same documents for the same arguments; the ``dev`` and
``test`` splits use different random seeds and different phrase pools for
the phrase-based noise.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"

CN_DATA = {  # file -> (true encoding, language)
    "sample-arabic-1.txt": ("cp1256", "ar"),
    "sample-arabic.txt": ("utf_8", "ar"),
    "sample-bulgarian.txt": ("utf_8", "bg"),
    "sample-chinese.txt": ("big5", "zh"),
    "sample-english.bom.txt": ("utf_8_sig", "en"),
    "sample-french-1.txt": ("cp1252", "fr"),
    "sample-french.txt": ("utf_8", "fr"),
    "sample-greek.txt": ("cp1253", "el"),
    "sample-greek-2.txt": ("cp1253", "el"),
    "sample-hebrew-2.txt": ("cp1255", "he"),
    "sample-hebrew-3.txt": ("cp1255", "he"),
    "sample-korean.txt": ("cp949", "ko"),
    "sample-polish.txt": ("utf_8", "pl"),
    "sample-russian.txt": ("mac_cyrillic", "ru"),
    "sample-russian-2.txt": ("utf_8", "ru"),
    "sample-russian-3.txt": ("utf_8", "ru"),
    "sample-spanish.txt": ("utf_8", "es"),
    "sample-turkish.txt": ("cp1254", "tr"),
}
FEEDS = {"GB2312": "gb18030", "Big5": "big5hkscs", "SHIFT_JIS": "cp932", "EUC-JP": "euc_jis_2004", "EUC-KR": "cp949"}


@dataclass
class Doc:
    name: str
    lang: str
    lines: list[tuple[str, str]]  # (text, label)

    @property
    def text(self) -> str:
        return "\n\n".join(t for t, _ in self.lines) + "\n"


# --- clean material -----------------------------------------------------------------


def own_articles() -> list[tuple[str, list[str]]]:
    text = (HERE / "data" / "own_articles.txt").read_text(encoding="utf-8")
    blocks = [b for b in text.split("\n===\n")[1:] if b.strip()]
    return [("en", [ln for ln in b.strip().split("\n") if ln.strip()]) for b in blocks]


def wiki_articles() -> list[tuple[str, list[str]]]:
    folder = SHARED / "corpora" / "encodings" / "charset_normalizer-data"
    out = []
    for name, (enc, lang) in CN_DATA.items():
        path = folder / name
        if not path.is_file():
            continue
        paras = [" ".join(p.split()) for p in path.read_bytes().decode(enc).splitlines()]
        paras = [p for p in paras if len(p.split()) >= 8 or (lang in ("zh", "ko") and len(p) >= 30)]
        if len(paras) >= 3:
            out.append((lang, paras[:14]))
    return out


_CJK_PROSE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af].*[。！？，、]")


def feed_articles(limit_per_codec: int = 6) -> list[tuple[str, list[str]]]:
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
    folder = SHARED / "corpora" / "encodings" / "chardet-tests"
    out = []
    for codec, enc in FEEDS.items():
        taken = 0
        for path in sorted((folder / codec).glob("*.xml")):
            raw = path.read_bytes().decode(enc, errors="replace")
            soup = BeautifulSoup(raw, "html.parser")
            paras: list[str] = []
            for node in soup.find_all(["description", "content", "summary"]):
                inner = BeautifulSoup(node.get_text(" "), "html.parser").get_text("\n")
                for p in inner.split("\n"):
                    p = " ".join(p.split())
                    if 40 <= len(p) <= 400 and _CJK_PROSE.search(p) and "http" not in p and "\ufffd" not in p:
                        paras.append(p)
            paras = list({re.sub(r"\W+", "", unicodedata.normalize("NFKC", p)): p for p in paras}.values())
            if len(paras) >= 4:
                lang = "ja" if codec in ("SHIFT_JIS", "EUC-JP") else "ko" if codec == "EUC-KR" else "zh"
                out.append((lang, paras[:10]))
                taken += 1
            if taken >= limit_per_codec:
                break
    return out


# --- noise ----------------------------------------------------------------------------

_IDENT_WORDS = "search voice config closedText shownText saAria i18n recognition_retry user profile menuItem data-id utm_source player adSlot gdpr consent widget"
_IDENT = _IDENT_WORDS.split()
_FIRST = ["Anna", "Jonas", "Maria", "Pedro", "Chen", "Olga", "Tomasz", "Sophie", "Ahmed", "Yuki", "Laura", "Marco"]
_LAST = ["Meyer", "Lopez", "Rossi", "Novak", "Kowalski", "Dubois", "Petrov", "Tanaka", "Schneider", "Garcia", "Okafor"]
_AGENCY = ["AP", "AFP", "Reuters", "Getty Images", "dpa", "EPA", "Sputnik", "Keystone", "ANSA", "Imago", "Xinhua"]

_SCRIPT = [
    "“. concat(self. {a}. t(‘{b}. {c}. {d}’), “\\n",
    "” s ” ” t. {a}. {b}. {c} “",
    "“e. {a}. {b}. {c}”",
    "window.{a} = window.{a} || []; {a}.push({{'{b}': '{c}'}});",
    "function({a}){{return {a}.{b}.{c}()}}",
    "{{{{ {b}_{c} }}}}",
    "var {a} = document.getElementById('{b}');",
    '"{a}": "{b}.{c}.{d}",',
    "if (typeof {a} === 'undefined') {{ {b}.{c} = null; }}",
    "googletag.cmd.push(function() {{ googletag.display('{a}'); }});",
]
_SITES_OTHER_SCRIPT = ["海角新闻", "東京ニュース", "Новости дня", "新浪网", "조선일보", "Εφημερίδα"]
_UI = {
    "dev": [
        "Skip to content",
        "Menu",
        "Search",
        "Toggle navigation",
        "Zum Inhalt springen",
        "Suche",
        "Imprimer",
        "Buscar",
    ],
    "test": [
        "Skip to main content",
        "Main menu",
        "Back to top",
        "Direkt zum Inhalt",
        "Menü",
        "Rechercher",
        "Cerca",
        "Szukaj",
    ],
}
_MENU = {
    "dev": [
        "Home | World | Business | Sport | Culture",
        "Startseite » Politik » Ausland",
        "Accueil > Sport > Football",
    ],
    "test": [
        "News · Opinion · Sport · Arts · Lifestyle",
        "Inicio / Deportes / Fútbol",
        "Home › Travel › Europe › Italy",
    ],
}
_FOOTER = {
    "dev": [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Leave a Comment",
        "Source link",
        "Follow us on Twitter!",
        "Subscribe to our RSS feeds!",
        "Share this:",
        "Comments",
        "© 2023 Example Media. All rights reserved.",
        "Privacy Policy",
        "Kommentar verfassen",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "Laisser un commentaire",
        "Deja un comentario",
        "Lascia un commento",
        "Deixe um comentário",
        "Laat een reactie achter",
        "Zostaw komentarz",
        "Оставить комментарий",
        "Alle Rechte vorbehalten.",
        "Become a member of the community",
        "Impressum",
        "Datenschutz",
    ],
    "test": [
        "Leave a reply",
        "LEAVE A COMMENT",
        "Follow us on Instagram",
        "Sign up for our newsletter",
        "Subscribe to the newsletter",
        "Share this article",
        "Share on Facebook",
        "No comments yet",
        "Copyright © 2022 The Valley Herald",
        "Terms of Use",
        "Contact us",
        "Folgen Sie uns auf Facebook",
        "Ihre E-Mail-Adresse wird nicht veröffentlicht.",
        "Suivez-nous sur Twitter",
        "Tous droits réservés",
        "Síguenos en Instagram",
        "Todos los derechos reservados",
        "Seguici su Facebook",
        "Volg ons op Twitter",
        "Wszelkie prawa zastrzeżone",
        "Все права защищены",
        "Notify me of new posts by email.",
        "This site uses Akismet to reduce spam.",
    ],
}
_LABELS = {
    "dev": ["Why We Wrote This", "Related stories", "Advertisement", "Read more", "Lesen Sie auch", "Vea también"],
    "test": ["Related articles", "ADVERTISEMENT", "You may also like", "Anzeige", "Lire aussi", "Leggi anche"],
}
_LABEL_LINE = {
    "dev": ["Read more: {h}", "READ MORE: {h}", "Related: {h}", "Lesen Sie auch: {h}"],
    "test": ["See also: {h}", "Also read: {h}", "VEA TAMBIÉN: {h}", "Lire aussi : {h}"],
}
_HEADLINES = [
    "Five things to know about the new tax rules",
    "Lesotho makes polo shirts for a famous brand. Tariffs could destroy the garment industry",
    "Why airline tickets will cost more this winter",
    "The city that banned cars from its old town",
    "Scientists find a new species of frog in the Andes",
    "How a chess prodigy beat the world champion",
    "Wildfires force thousands to leave their homes in Greece",
    "The quiet comeback of the vinyl record",
]
_READ_MORE = ["Read more", "Read a lot more", "Continue reading"]
_CAPTIONS = {  # by the title of the own article they illustrate
    "Harbour board approves a new container terminal": [
        "Cranes unload a container ship at the southern pier of the harbour.",
        "Members of the harbour board vote on the terminal on Tuesday.",
    ],
    "Why the village school will stay open": [
        "Pupils leave the village school at the end of the day.",
        "The school bus waits in the snow on a winter morning.",
    ],
    "A day on the ridge trail": [
        "A walker crosses the rocky crest above the lakes.",
        "The wooden sign behind the last farm of the valley.",
    ],
    "Scientists map the noise of a coral reef": [
        "Researchers lower a microphone to the reef from a small boat.",
        "A parrotfish scrapes algae from the coral of a healthy reef.",
    ],
    "How to make a simple bread at home": [
        "A round loaf cools on a wooden board after baking.",
        "The dough has doubled in size after an hour in a warm place.",
    ],
    "Election night in the river district": [
        "The new councillor speaks to her supporters in a café near the bridge.",
        "Volunteers count the votes in the river district on election night.",
    ],
    "Libraries lend more than books": [
        "A volunteer checks a drill that came back to the library.",
        "The shelf of tools at the city library, with sewing machines and telescopes.",
    ],
}


def _ident(rng: random.Random) -> str:
    return rng.choice(_IDENT)


def script_line(rng: random.Random) -> str:
    a, b, c, d = (_ident(rng) for _ in range(4))
    return rng.choice(_SCRIPT).format(a=a, b=b, c=c, d=d)


def credit(rng: random.Random) -> str:
    name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    agency = rng.choice(_AGENCY)
    forms = [f"{name}/{agency}", f"Photo: {agency}", f"© {name} / {agency}", f"Foto: {name}", f"{name}/{agency}/File"]
    return rng.choice(forms)


def credit_tail(rng: random.Random) -> str:
    agency = rng.choice(_AGENCY)
    return rng.choice(
        [f" Photo: {agency}.", f"  Photo: {agency}.", f" © {rng.choice(_FIRST)} {rng.choice(_LAST)} / {agency}"]
    )


def headline(rng: random.Random) -> str:
    return rng.choice(_HEADLINES)


# --- documents ------------------------------------------------------------------------


def build(split: str = "dev", n_docs: int = 300) -> list[Doc]:
    """The documents of one split (``dev`` or ``test``), the same for every call."""
    rng = random.Random(f"noise-injection-{split}")
    sources = own_articles() + wiki_articles() + feed_articles()
    docs = []
    own = len(own_articles())
    for k in range(n_docs):
        i = k % len(sources) if k < len(sources) else rng.randrange(len(sources))
        lang, paras = sources[i]
        if i < own:  # our own articles start with their title
            body = paras[: rng.randint(5, len(paras))]
        else:
            start = rng.randrange(0, max(1, len(paras) - 4))
            body = paras[start : start + rng.randint(4, 12)]
        docs.append(_inject(f"{split}-{k:04d}", lang, body, rng, split))
    return docs


def _inject(name: str, lang: str, body: list[str], rng: random.Random, split: str) -> Doc:
    lines: list[tuple[str, str]] = [(p, "content") for p in body]
    captions = list(_CAPTIONS.get(body[0], []))  # captions that fit one of our own articles
    rng.shuffle(captions)
    for _ in range(rng.randint(1, 3)):
        pos = rng.randint(1, max(1, len(lines) - 1))
        kind = rng.choice(["credit", "caption", "label", "label_line", "inline", "offtopic"])
        if kind == "credit":
            lines[pos:pos] = ([(captions.pop(), "content")] if captions else []) + [(credit(rng), "noise")]
        elif kind == "caption" and captions:
            cap = captions.pop()
            tail = credit_tail(rng) if rng.random() < 0.5 else ""
            lines[pos:pos] = [(cap + tail, "mixed" if tail else "content"), (cap + tail.replace("  ", " "), "noise")]
        elif kind == "caption":  # other sources: a short paragraph scraped twice
            i = min(range(1, len(lines)), key=lambda j: len(lines[j][0]) if lines[j][1] == "content" else 1e9)
            if lines[i][1] == "content":
                lines[i + 1 : i + 1] = [(lines[i][0], "noise")]
        elif kind == "label":
            lines[pos:pos] = [(rng.choice(_LABELS[split]), "noise")]
        elif kind == "label_line":
            lines[pos:pos] = [(rng.choice(_LABEL_LINE[split]).format(h=headline(rng)), "noise")]
        elif kind == "inline":
            idx = [i for i, (t, lab) in enumerate(lines) if lab == "content" and t.count(". ") >= 2]
            if idx:
                i = rng.choice(idx)
                text = lines[i][0]
                cut = [m.end() for m in re.finditer(r"\. ", text)][0]
                teaser = (
                    f"{rng.choice(['news ', 'world ', ''])}{headline(rng).replace('. ', ' ')} {rng.choice(_READ_MORE)} "
                )
                lines[i] = (text[:cut] + teaser + text[cut:], "mixed")
        elif kind == "offtopic" and lang == "en":
            lines[pos:pos] = [(headline(rng) + ".", "noise")]
    # head: script residue, site name in another script, UI labels, menus
    head: list[tuple[str, str]] = []
    for _ in range(rng.randint(0, 3)):
        head.append(
            rng.choice(
                [(script_line(rng), "noise"), (rng.choice(_UI[split]), "noise"), (rng.choice(_MENU[split]), "noise")]
            )
        )
    if lang in ("en", "fr", "es", "pl", "ru", "de") and rng.random() < 0.3:
        head.insert(0, (rng.choice(_SITES_OTHER_SCRIPT[:5] if lang != "ru" else _SITES_OTHER_SCRIPT[:2]), "noise"))
    # tail: footers and calls to action
    tail = [(rng.choice(_FOOTER[split]), "noise") for _ in range(rng.randint(1, 5))]
    tail = list(dict.fromkeys(tail))
    if rng.random() < 0.3:
        tail.insert(0, (script_line(rng), "noise"))
    return Doc(name, lang, head + lines + tail)
