"""Typography rules (T): table of repairs and near misses, seeds, and invariants."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import check_invariants, clean
from cleaner.rules import RULES

TYPOGRAPHY = [r for r in RULES if r.code.startswith("T")]
DEFAULT_T = [r.code for r in TYPOGRAPHY if r.default]
ALL_T = [r.code for r in TYPOGRAPHY]
NBSP, THIN, EM = "\u00a0", "\u2009", "\u2003"

# (rule, text before, text after). Each row runs that rule alone.
POSITIVE = [
    # T101 unicode-composition: decomposed accents become composed letters.
    ("T101", "Cafe\u0301 au lait", "Café au lait"),
    ("T101", "cre\u0300me bru\u0302le\u0301e", "crème brûlée"),
    ("T101", "Herr Mu\u0308ller aus Ko\u0308ln", "Herr Müller aus Köln"),
    ("T101", "Feliz An\u0303o nuevo, sen\u0303or", "Feliz Año nuevo, señor"),
    ("T101", "Мои\u0306 дом", "Мой дом"),
    ("T101", "е\u0308лка и е\u0308ж", "ёлка и ёж"),
    ("T101", "か\u3099っこう", "がっこう"),
    ("T101", "ハ\u309aン", "パン"),
    ("T101", "\u1112\u1161\u11ab\u1100\u1173\u11af", "한글"),
    ("T101", "καλημε\u0301ρα", "καλημέρα"),
    ("T101", "Vie\u0323\u0302t Nam", "Việt Nam"),
    ("T101", "z\u0307o\u0301łw", "żółw"),
    ("T101", "naïve and nai\u0308ve", "naïve and naïve"),
    ("T101", "A\u030angström", "Ångström"),
    ("T101", "s\u0327ehir", "şehir"),
    ("T101", "c\u030cesky\u0301", "český"),
    # T102 invisible-in-word: soft hyphens and direction marks inside words.
    ("T102", "hyphen\u00adation", "hyphenation"),
    ("T102", "Donau\u00addampf\u00adschiff", "Donaudampfschiff"),
    ("T102", "anti\u00adconstitution\u00adnellement", "anticonstitutionnellement"),
    ("T102", "ferro\u00adcarril", "ferrocarril"),
    ("T102", "высоко\u00adпрофессиональный", "высокопрофессиональный"),
    ("T102", "Ber\u200elin", "Berlin"),
    ("T102", "Pa\u200fris", "Paris"),
    ("T102", "co\u00ad\u00adoperate", "cooperate"),
    ("T102", "Straßen\u00adbahn", "Straßenbahn"),
    ("T102", "ελλη\u00adνικά", "ελληνικά"),
    ("T102", "tele\u00adfono y ra\u00addio", "telefono y radio"),
    # T103 odd-space: layout spaces between words, thin spaces between letters.
    ("T103", f"one{EM}two", "one two"),
    ("T103", "one\u2002two", "one two"),
    ("T103", "en\u2000quad", "en quad"),
    ("T103", "four\u2005per em", "four per em"),
    ("T103", "math\u205fspace", "math space"),
    ("T103", f"Paris{THIN}Texas", "Paris Texas"),
    ("T103", "hair\u200aspace", "hair space"),
    ("T103", f"word{NBSP} word", "word word"),
    ("T103", f"word {NBSP}word", "word word"),
    ("T103", f"слово{EM}слово", "слово слово"),
    ("T103", "Haus\u2002Garten", "Haus Garten"),
    ("T103", "casa\u2004grande", "casa grande"),
    ("T103", f"the end.{EM}Next", "the end. Next"),
    ("T103", f"x{THIN}{THIN}y", "x y"),
    ("T103", f"Tokyo{EM}Osaka", "Tokyo Osaka"),
    ("T103", f"a{EM} b", "a b"),
    # T104 split-decimal: a decimal split after its point, in decimal-point documents.
    ("T104", "with 41. 3% approval and 47. 3% opposition", "with 41.3% approval and 47.3% opposition"),
    ("T104", "The index rose 2. 5% in March.", "The index rose 2.5% in March."),
    (
        "T104",
        "growth of 3. 25 percent this year, up from 1,200 units",
        "growth of 3.25 percent this year, up from 1,200 units",
    ),
    ("T104", "The bridge costs $1. 5 billion in total.", "The bridge costs $1.5 billion in total."),
    (
        "T104",
        "a budget of 4. 2 million for the city and the region",
        "a budget of 4.2 million for the city and the region",
    ),
    ("T104", "about 70,000 men, with 41. 3% approval", "about 70,000 men, with 41.3% approval"),
    ("T104", "支持率为 41. 3%，反对率为 47. 3%。", "支持率为 41.3%，反对率为 47.3%。"),
    ("T104", "内閣の支持率は41. 3%だった。", "内閣の支持率は41.3%だった。"),
    ("T104", "prices rose by 0. 5% in the year to May", "prices rose by 0.5% in the year to May"),
    ("T104", "inflation is at 7. 9 per cent and it is rising", "inflation is at 7.9 per cent and it is rising"),
    ("T104", "It will cost €2. 5 million, or 2.4 in dollars.", "It will cost €2.5 million, or 2.4 in dollars."),
    ("T104", "the rate (12. 5%) is high for the region", "the rate (12.5%) is high for the region"),
    # T105 split-domain: a domain split after its dot.
    ("T105", "Read this story about csmonitor. com", "Read this story about csmonitor.com"),
    ("T105", "Visit www. example. org for more", "Visit www.example.org for more"),
    ("T105", "news from bbc. co. uk today", "news from bbc.co.uk today"),
    ("T105", "Laut spiegel. de berichtet spiegel.de heute", "Laut spiegel.de berichtet spiegel.de heute"),
    ("T105", "Selon lemonde. fr, le gouvernement a cédé.", "Selon lemonde.fr, le gouvernement a cédé."),
    ("T105", "Сайт lenta. ru сообщил об этом.", "Сайт lenta.ru сообщил об этом."),
    ("T105", "según elpais. com, el gobierno", "según elpais.com, el gobierno"),
    ("T105", "详见 sina. com. cn 的报道", "详见 sina.com.cn 的报道"),
    ("T105", "詳しくは yahoo. co. jp へ", "詳しくは yahoo.co.jp へ"),
    ("T105", "write to john@example. com today", "write to john@example.com today"),
    ("T105", "Amazon. com reported a profit.", "Amazon.com reported a profit."),
    ("T105", "the site www. csmonitor. com/world", "the site www.csmonitor.com/world"),
    ("T105", "host it on pages. github. io or www. example. io", "host it on pages. github. io or www.example.io"),
    ("T105", "see wikipedia. org and mozilla. org", "see wikipedia.org and mozilla.org"),
    ("T105", "Подробности на сайте rbc. ru и kommersant. ru", "Подробности на сайте rbc.ru и kommersant.ru"),
    # T106 stop-before-comma: a stray period in front of a comma.
    ("T106", "sending his army to war. , the lifestyle", "sending his army to war, the lifestyle"),
    ("T106", "threats from NATO. , and the integration", "threats from NATO, and the integration"),
    ("T106", "apples, pears etc. , and more", "apples, pears etc., and more"),
    ("T106", "talks with the U.S. , Canada and Mexico", "talks with the U.S., Canada and Mexico"),
    ("T106", "la guerre. , la vie", "la guerre, la vie"),
    ("T106", "den Krieg. , das Leben", "den Krieg, das Leben"),
    ("T106", "la guerra. , la vida", "la guerra, la vida"),
    ("T106", "на войну. , образ жизни", "на войну, образ жизни"),
    ("T106", "Obst, z.B. , Äpfel", "Obst, z.B., Äpfel"),
    ("T106", "the word. ; next", "the word; next"),
    ("T106", "in 1999. , the state", "in 1999, the state"),
    ("T106", "some word.  , x", "some word, x"),
    ("T106", "die Regierung. , sagte er", "die Regierung, sagte er"),
    # T107 doubled-stop: two periods with a space between them.
    ("T107", "economic support. .\nWhile", "economic support.\nWhile"),
    ("T107", "the end. .", "the end."),
    ("T107", "C'est la fin. .", "C'est la fin."),
    ("T107", "Das ist das Ende. .", "Das ist das Ende."),
    ("T107", "Это конец. .", "Это конец."),
    ("T107", "Es el fin. . Luego", "Es el fin. Luego"),
    ("T107", "He left. . She stayed.", "He left. She stayed."),
    ("T107", "“as he said. .”", "“as he said.”"),
    ("T107", "pears etc. . And", "pears etc. And"),
    ("T107", "Il est parti. . Elle est restée.", "Il est parti. Elle est restée."),
    ("T107", "Er ging. .\nSie blieb.", "Er ging.\nSie blieb."),
    ("T107", "Он ушёл. . Она осталась.", "Он ушёл. Она осталась."),
    # T108 closing-quote-space: a closing quote detached from what it closes.
    ("T108", "“We need bodies. Now Syrians, ”he said.", "“We need bodies. Now Syrians,” he said."),
    ("T108", "“It makes sense. ”", "“It makes sense.”"),
    ("T108", "“So what? ”\nNext line", "“So what?”\nNext line"),
    ("T108", "“Stop! ” she cried.", "“Stop!” she cried."),
    ("T108", "“He is a puppet, “he said.", "“He is a puppet,” he said."),
    ("T108", "“Another front to defend against, ”he added.", "“Another front to defend against,” he added."),
    ("T108", "“Es tarde, ”dijo ella.", "“Es tarde,” dijo ella."),
    ("T108", "“Да, ”сказал он.", "“Да,” сказал он."),
    ("T108", "“Yes, ”Mary said.", "“Yes,” Mary said."),
    ("T108", "他说：“We need help, ”and left.", "他说：“We need help,” and left."),
    ("T108", "“Wait… ”", "“Wait…”"),
    # T109 guillemet-pair: reversed pairs and guillemets glued to the words outside.
    (
        "T109",
        "the «danger» of drills called»Allied Resolve «are real",
        "the «danger» of drills called «Allied Resolve» are real",
    ),
    (
        "T109",
        "a «danger» and an «Eastern Switzerland.»Until 2020",
        "a «danger» and an «Eastern Switzerland.» Until 2020",
    ),
    (
        "T109",
        "Он сказал «да» и назвал учения»Союзная решимость «проходят",
        "Он сказал «да» и назвал учения «Союзная решимость» проходят",
    ),
    (
        "T109",
        "Il dit « oui » puis appela»Opération Lion «le plan",
        "Il dit « oui » puis appela « Opération Lion » le plan",
    ),
    (
        "T109",
        f"Il dit «{NBSP}oui{NBSP}» puis appela»Opération Lion «le plan",
        f"Il dit «{NBSP}oui{NBSP}» puis appela «{NBSP}Opération Lion{NBSP}» le plan",
    ),
    ("T109", "el «peligro» y el»Plan B «fue", "el «peligro» y el «Plan B» fue"),
    ("T109", "la «paz» y la guerra«total» hoy", "la «paz» y la guerra «total» hoy"),
    ("T109", "la «guerra» y la «paz»ahora", "la «guerra» y la «paz» ahora"),
    ("T109", "il «pericolo» e la«pace» oggi", "il «pericolo» e la «pace» oggi"),
    ("T109", "«first»second «third»", "«first» second «third»"),
    ("T109", "Он читал «Правду» и газету»Известия «вечером", "Он читал «Правду» и газету «Известия» вечером"),
    ("T109", "«Газпром»заявил о «росте»", "«Газпром» заявил о «росте»"),
    # T110 glued-quote: a single-quoted phrase glued to the word before it.
    ("T110", "Avoid Drill’Miscalculation’— Pentagon", "Avoid Drill ‘Miscalculation’— Pentagon"),
    ("T110", "a so-called’Peace Plan’ was signed", "a so-called ‘Peace Plan’ was signed"),
    ("T110", "the operation'Desert Storm' began", "the operation 'Desert Storm' began"),
    ("T110", "die Aktion’Sauberer Himmel’ endete", "die Aktion ‘Sauberer Himmel’ endete"),
    ("T110", "la operación’Libertad Duradera’, que", "la operación ‘Libertad Duradera’, que"),
    ("T110", "операция’Буря’ началась", "операция ‘Буря’ началась"),
    ("T110", "the film’Star Wars’.", "the film ‘Star Wars’."),
    ("T110", "workouts called’Allied Resolve’ are", "workouts called ‘Allied Resolve’ are"),
    ("T110", "le plan dit’Vigipirate’ est actif", "le plan dit ‘Vigipirate’ est actif"),
    ("T110", "the so-called'Iron Dome' works", "the so-called 'Iron Dome' works"),
    ("T110", "la misión’Apolo Once’; luego", "la misión ‘Apolo Once’; luego"),
    # T111 double-space: a doubled space inside a sentence.
    (
        "T111",
        "Minsk waits. Moscow pushes. Kyiv warns. The West watches. Location of Belarus.  Graphics: Washington Post.",
        "Minsk waits. Moscow pushes. Kyiv warns. The West watches. Location of Belarus. Graphics: Washington Post.",
    ),
    ("T111", "the  cat sat on the mat", "the cat sat on the mat"),
    ("T111", "Er kam  gestern an.", "Er kam gestern an."),
    ("T111", "Il est  parti hier soir.", "Il est parti hier soir."),
    ("T111", "Él llegó  ayer por la tarde.", "Él llegó ayer por la tarde."),
    ("T111", "Он пришёл  вчера вечером.", "Он пришёл вчера вечером."),
    (
        "T111",
        "Putin met him. They talked. It was cold. Nobody spoke. Moscow in September 2021.  Photo: AFP.",
        "Putin met him. They talked. It was cold. Nobody spoke. Moscow in September 2021. Photo: AFP.",
    ),
    ("T111", "we said “no”,  “yes” later", "we said “no”, “yes” later"),
    ("T111", "他说 hello  world and more", "他说 hello world and more"),
    ("T111", "東京 Tokyo  Station is big", "東京 Tokyo Station is big"),
    ("T111", "one  two three four  five six", "one two three four five six"),
    # T112 no-break-space (opt-in): no-break spaces between words.
    ("T112", f"the{NBSP}cat sat", "the cat sat"),
    ("T112", f"Привет{NBSP}мир", "Привет мир"),
    ("T112", f"Hallo{NBSP}Welt", "Hallo Welt"),
    ("T112", f"hola{NBSP}mundo", "hola mundo"),
    ("T112", f"Oh, my{NBSP}god", "Oh, my god"),
    ("T112", f"la{NBSP}casa{NBSP}blanca", "la casa blanca"),
    ("T112", f"le{NBSP}chat noir", "le chat noir"),
    # T113 space-before-punctuation (opt-in).
    ("T113", "the war , the army .", "the war, the army."),
    ("T113", "Is it really ?", "Is it really?"),
    ("T113", "Stop it now, this is the end !", "Stop it now, this is the end!"),
    ("T113", "el perro , el gato y el pez", "el perro, el gato y el pez"),
    ("T113", "der Hund , die Katze und die Maus", "der Hund, die Katze und die Maus"),
    ("T113", "собака , кошка", "собака, кошка"),
    ("T113", "this word ; the next", "this word; the next"),
    ("T113", "Das ist gut , oder nicht ?", "Das ist gut, oder nicht?"),
    ("T113", "Это правда ?", "Это правда?"),
    # T114 missing-space-after (opt-in).
    ("T114", "How will it develop?What happens", "How will it develop? What happens"),
    ("T114", "It is done!Next step", "It is done! Next step"),
    ("T114", "That was the end.Then we left", "That was the end. Then we left"),
    ("T114", "Es war gemacht.Dann kam er", "Es war gemacht. Dann kam er"),
    ("T114", "Le travail est fini.Ensuite il part", "Le travail est fini. Ensuite il part"),
    ("T114", "Todo estaba hecho.Luego vino", "Todo estaba hecho. Luego vino"),
    ("T114", "Why not?Because it rained", "Why not? Because it rained"),
    ("T114", "We won!They lost", "We won! They lost"),
    # T115 stray-stop (opt-in).
    (
        "T115",
        "The army has 70,000 men. It is small. It grew into a strong army. with about 9,000 soldiers.",
        "The army has 70,000 men. It is small. It grew into a strong army with about 9,000 soldiers.",
    ),
    (
        "T115",
        "We met in the city. with our friends. It was late and the bars were closed.",
        "We met in the city with our friends. It was late and the bars were closed.",
    ),
    (
        "T115",
        "The unrest in Belarus through politics. destabilization is the aim of the West.",
        "The unrest in Belarus through politics destabilization is the aim of the West.",
    ),
]

# (rule, text): the text must come out byte-identical from that rule; rows
# marked "T" from all the default typography rules together.
NEGATIVE = [
    # Everyday text in several languages and scripts.
    ("T", "1999. 3 people died."),
    ("T", "Mr. Smith met Dr. Jones at 5 p.m. yesterday."),
    ("T", "Use a tool, e.g. this one, or i.e. that one."),
    ("T", "Il a dit : « Non ! » Puis : « Pourquoi ? » ; enfin, il est parti."),
    ("T", f"Il a dit{NBSP}: «{NBSP}Non{NBSP}!{NBSP}»"),
    ("T", "Vraiment\u202f? Oui\u202f!"),
    ("T", "Er sagte: „Ich komme morgen.“ Dann ging er."),
    ("T", "„Ja“, sagte sie, „das stimmt.“"),
    ("T", "他说：“你好。”然后走了。"),
    ("T", "今日は、いい天気ですね。「はい」と彼は言った。"),
    ("T", "東京　大阪　名古屋"),
    ("T", "　全角スペースで始まる段落。"),
    ("T", "（括弧）と【見出し】、そして！？"),
    ("T", "한국어 문장입니다. 그렇습니다!"),
    ("T", "So. . . he left. . . . The end."),
    ("T", "Belarusians. . . would actually make a lot of sense."),
    ("T", "Run `git add .` then `ls -la .` in the shell."),
    ("T", "See https://example.com/a.b?c=d and www.example.org."),
    ("T", "def f(a , b):\n    return a  +  b"),
    ("T", "x = 1  # a comment"),
    ("T", "Der Preis beträgt 3,5 Prozent oder 1.200,50 Euro."),
    ("T", "Le taux est de 2,5 % cette année."),
    ("T", "Рост составил 3,5 % за год."),
    ("T", "Москва — столица России. «Да», — сказал он."),
    ("T", "Η ¨ανατροφή¨ δυστυχώς από τους προπονητές."),
    ("T", "Καλημέρα; Τι κάνεις;"),
    ("T", "שָׁלוֹם עוֹלָם"),
    ("T", "مرحبا بالعالم، كيف حالك؟"),
    ("T", "¿Qué tal? ¡Muy bien! Dijo «sí» y se fue."),
    ("T", "It’s Jones’ car and the Joneses’ house."),
    ("T", "rock’n’roll and Rock’N’Roll"),
    ("T", "O’Brien’s pub and D’Artagnan’s sword"),
    ("T", "l’Europe, dell’Italia’, e nell’Unione’ oggi"),
    ("T", "aujourd’Hui’ et Sant’Angelo’s"),
    ("T", "Hawai’i is lovely."),
    ("T", "He said “Yes,” and she said “No.”"),
    ("T", "He said, “hello.”"),
    ("T", "A quote ” alone"),
    ("T", "“A” and “B”."),
    ("T", "“Lukashenko’s characteristics are narrowing. How will it develop?What happens next?"),
    (
        "T",
        "\n \n \n “. concat(self. i18n. t(‘search. voice. recognition_retry’), “\n” s ” ” t. config. saAria. shownText “\n",
    ),
    ("T", "One.  Two.  Three.  Four. Five."),
    ("T", "Title:  The Small Catechism.  Author:  Martin Luther.  Done.  Yes."),
    ("T", "Fri,  9 Dec 2005 19:49:38 +0900"),
    ("T", "P. O. Box  2782"),
    ("T", "Movable Type  3.2-ja-2"),
    ("T", "4:32PM  up 71 days, 13:31, 1 user"),
    ("T", "Name  Age  City"),
    ("T", "Astral  Epic"),
    ("T", "Error in argument.  Try again."),
    ("T", "Optimisation level is too high.  If you want to find files fast, use it."),
    ("T", "    indented  code"),
    ("T", "a\tb  c"),
    ("T", "col1   col2   col3"),
    ("T", "東京  大阪"),
    ("T", "한국어  텍스트"),
    ("T", "그때  그집에서 알바하던 총각"),
    ("T", "Version  3.2 is out"),
    ("T", "  indented line"),
    ("T", "The price is 41.3% and 2.5 million."),
    ("T", "Café crème"),
    ("T", "Café, naïve, Ångström"),
    ("T", "10 \u212b is the Ångström sign."),
    ("T", "\uf900\uf901 compatibility ideographs"),
    ("T", "\u05e9\u05c1\u05b8\u05dc\u05d5\u05b9\u05dd"),
    ("T", "Τι κάνεις\u0387"),
    ("T", "\u0958 precomposed nukta"),
    ("T", "a\u0332 underlined"),
    ("T", "x\u0301 has no composed form"),
    ("T", "👍🏽 thumbs up"),
    ("T", "น้ำ ไทย"),
    ("T", "مَرْحَبًا"),
    ("T", "a \u00ad b"),
    ("T", "word\u00ad\nnext"),
    ("T", "שלום\u200fעולם"),
    ("T", "مرحبا\u200eabc"),
    ("T", "1\u00ad000"),
    ("T", "e\u200e-mail"),
    ("T", f"1{THIN}000{THIN}000"),
    ("T", f"oui{THIN}!"),
    ("T", f"«{THIN}non{THIN}»"),
    ("T", f"10{THIN}km"),
    ("T", f"Louis{NBSP}XIV"),
    ("T", f"M.{NBSP}Dupont"),
    ("T", f"oui{NBSP}!"),
    ("T", f"100{NBSP}%"),
    ("T", "word\u202fword"),
    ("T", f"{EM}Indented paragraph"),
    ("T", "5\u2007000"),
    ("T", f"東京{EM}大阪"),
    ("T", "It happened in 1999. 3% of voters stayed home."),
    ("T", "On May 21. 5% of the vote was counted."),
    ("T", "Die Quote lag bei 41. 3% und 2,5 Prozent."),
    ("T", "Le taux est de 41. 3% selon l'institut et de 2,5 %."),
    ("T", "Рост составил 41. 3% за год."),
    ("T", "Chapter 3. 5 million copies were sold."),
    ("T", "version 2. 0 release"),
    ("T", "a score of 3. 5 points"),
    ("T", "Step 1. 50% of the work is done."),
    ("T", "La inflación fue de 3. 5% en marzo."),
    ("T", "41. 3%"),
    ("T", "The results were as follows: 1. 5% said yes; 2. 10% said no."),
    ("T", "the U.S. gov shutdown and the U.K. gov response"),
    ("T", "The ball hit the. net gains were small, the net was torn."),
    ("T", "Ele saiu. com a mãe e voltou com o pai."),
    ("T", "Er kam an. de facto war er da."),
    ("T", "Llegó tarde. es la verdad."),
    ("T", "Fin. io sono qui."),
    ("T", "The end. Com is not a domain."),
    ("T", "a .com domain and the .NET framework"),
    ("T", "Il est parti. de toute façon"),
    ("T", "He came to us. us and them."),
    ("T", ". . . , and so on"),
    ("T", "wait... , no"),
    ("T", "e.g., this and etc., that"),
    ("T", "战争。，然后"),
    ("T", "Wait.. Wait..."),
    ("T", "file . . x"),
    ("T", "a. .b"),
    ("T", "。。"),
    ("T", "Han sa: ”Kom hit, ”och gick."),
    ("T", "“ Bonjour ” , dit-il. “ Oui, ” répondit-elle."),
    ("T", "„Ja“, sagte er. „Nein, “ meinte sie."),
    ("T", "and so. ” he said"),
    ("T", "彼は「はい」と言った。"),
    ("T", "Er sagte »nein« und ging."),
    ("T", "Er nannte es»Plan«und ging »weg«."),
    ("T", "Il a dit « non » et « oui »."),
    ("T", "«Он сказал „нет“»"),
    ("T", "called»Allied Resolve «are taking place"),
    ("T", "Han sagde »ja« og gik."),
    ("T", "It’s ‘Peace’ now."),
    ("T", "the O’Briens’ house"),
    # Opt-in rules: near misses they leave alone.
    ("T112", f"page{NBSP}12"),
    ("T112", f"oui{NBSP}!"),
    ("T112", f"«{NBSP}non{NBSP}»"),
    ("T112", f"M.{NBSP}Dupont"),
    ("T112", f"10{NBSP}km"),
    ("T112", f"use{NBSP}strict;"),
    ("T112", f"東京{NBSP}大阪"),
    ("T113", "Il a dit : oui ! Vraiment ? Oui ; et la suite."),
    ("T113", "wait . . ."),
    ("T113", "你好 ! 再见 ?"),
    ("T113", "Seth's Blog : Tim on the Web"),
    ("T113", "1 , 2 and 3"),
    ("T113", "“quoted” , then"),
    ("T114", "import java.util.Map;"),
    ("T114", "see www.Example.com"),
    ("T114", "mail user@mail.Example now"),
    ("T114", "call config.Load() first"),
    ("T114", "the U.S.Army"),
    ("T114", "e.g.The"),
    ("T114", "Design.Life.Passion"),
    ("T115", "Use a tool, e.g. this one. It works."),
    ("T115", "About approx. three people came. It was late."),
    ("T115", "The match Spain vs. them was late. It rained."),
    ("T115", "We ordered 1 lb. of lobster. It was good."),
    ("T115", "Apples, pears etc. and more. It was a market."),
    ("T115", "nagyon szörnyen kivagyok. bocs, kati, hogy nem hívtalak vissza"),
    ("T115", "Il est parti. et puis il est revenu. Le soir est tombé."),
    ("T115", "We meet at 9 a.m. tomorrow. It is early."),
    ("T115", "Visit www. example. com for more. It is the site."),
]


def _ids(rows):
    return [f"{row[0]}-{i}" for i, row in enumerate(rows)]


@pytest.mark.parametrize(("code", "before", "after"), POSITIVE, ids=_ids(POSITIVE))
def test_repairs(code, before, after):
    result = clean(before, config=code)
    assert result.text == after
    assert {c.code for c in result.changes} == {code}
    assert all(c.note for c in result.changes)
    check_invariants(before, result, code)


@pytest.mark.parametrize(("code", "text"), NEGATIVE, ids=_ids(NEGATIVE))
def test_near_misses_unchanged(code, text):
    config = DEFAULT_T if code == "T" else [code]
    result = clean(text, config=config)
    assert result.text == text
    assert not result.changes


def test_table_is_large_enough():
    assert len(POSITIVE) >= 150
    assert len(NEGATIVE) >= 150
    assert {r.code for r in TYPOGRAPHY} <= {row[0] for row in POSITIVE}


def test_opt_in_rules_are_off_by_default():
    text = "the war , the army . How?Why"
    assert clean(text, config=DEFAULT_T).text == text
    assert {r.code for r in TYPOGRAPHY if not r.default} == {"T112", "T113", "T114", "T115"}


def test_document_decides_number_style_and_note_says_why():
    english = clean("about 70,000 troops, with 41. 3% approval", config="T104")
    assert english.text == "about 70,000 troops, with 41.3% approval"
    assert "70,000" in english.changes[0].note
    german = "etwa 70.000 Soldaten, mit 41. 3% Zustimmung und 2,5 Prozent"
    assert clean(german, config="T104").text == german


def test_document_decides_quote_style():
    english = clean("“Yes, ”he said.", config="T108")
    assert english.text == "“Yes,” he said."
    assert "“…”" in english.changes[0].note
    german = "„Ja“, sagte er. „Nein, ”meinte sie."
    assert clean(german, config="T108").text == german
    reversed_pair = clean("the «danger» of drills called»Allied Resolve «are real", config="T109")
    assert "«…»" in reversed_pair.changes[0].note
    assert clean("Er sagte »nein« und es hieß»Plan B «dort", config="T109").changes == ()


# --- seeds: every artifact of the issue repaired, nothing else changed -------------

SEED_CHANGES = {
    "000_e24aa431c52769fe.txt": [
        ("T106", "war. , the", "war, the"),
        ("T107", "support. .\n", "support.\n"),
        ("T104", "41. 3%", "41.3%"),
        ("T104", "47. 3%", "47.3%"),
        ("T106", "NATO. , and", "NATO, and"),
        ("T105", "csmonitor. com", "csmonitor.com"),
    ],
    "001_76ad95d18cd60eb2.txt": [
        ("T109", "called»Allied Resolve «are", "called «Allied Resolve» are"),
        ("T109", "Switzerland.»Until", "Switzerland.» Until"),
        ("T110", "Drill’Miscalculation’—", "Drill ‘Miscalculation’—"),
    ],
    "002_94086817458596b5.txt": [
        ("T111", "Belarus.  Graphics", "Belarus. Graphics"),
        ("T111", "2021.  Photo", "2021. Photo"),
    ],
    "003_5f9a988dc6ba9900.txt": [
        ("T108", "maneuver. ”\n", "maneuver.”\n"),
        ("T108", "Syrians, ”he said", "Syrians,” he said"),
        ("T108", "sense. ”\n", "sense.”\n"),
        ("T108", "west. ”\n", "west.”\n"),
        ("T108", "against, ”he added", "against,” he added"),
        ("T108", "puppet, “he said", "puppet,” he said"),
    ],
    "004_71888a028f99cc29.txt": [],
}


def test_seed_changes_are_exactly_the_issue_artifacts(seeds):
    assert set(seeds) == set(SEED_CHANGES)
    for name, text in seeds.items():
        result = clean(text, config=DEFAULT_T)
        check_invariants(text, result, DEFAULT_T)
        expected = SEED_CHANGES[name]
        assert [f.code for f in result.findings()] == [code for code, _, _ in expected], name
        fixed = text
        for _, before, after in expected:
            assert fixed.count(before) == 1, (name, before)
            fixed = fixed.replace(before, after)
        assert result.text == fixed, name  # and nothing else changed


def test_seed_artifacts_listed_in_the_issue(seeds):
    fixed = {name: clean(text, config=DEFAULT_T).text for name, text in seeds.items()}
    assert "with 41.3% approval and 47.3% opposition" in fixed["000_e24aa431c52769fe.txt"]
    assert "story about csmonitor.com" in fixed["000_e24aa431c52769fe.txt"]
    assert "his army to war, the lifestyle" in fixed["000_e24aa431c52769fe.txt"]
    assert "workouts called «Allied Resolve» are taking place" in fixed["001_76ad95d18cd60eb2.txt"]
    assert "Avoid Drill ‘Miscalculation’— Pentagon" in fixed["001_76ad95d18cd60eb2.txt"]
    assert "Location of Belarus. Graphics" in fixed["002_94086817458596b5.txt"]
    assert "flying in Syrians,” he said" in fixed["003_5f9a988dc6ba9900.txt"]
    # Left alone: spaced ellipses, abbreviations, the document's own dash style.
    assert "with Belarusians. . . would" in fixed["003_5f9a988dc6ba9900.txt"]
    assert "However, Mr. Lukashenko" in fixed["002_94086817458596b5.txt"]
    assert "Belarus has— by virtue of location— turn" in fixed["001_76ad95d18cd60eb2.txt"]


def test_ftfy_negative_cases_unchanged(shared):
    path = shared / "corpora" / "ftfy-cases" / "negative.json"
    if not path.is_file():
        pytest.skip("no ftfy negative cases")
    for case in json.loads(path.read_text(encoding="utf-8")):
        assert clean(case["original"], config=DEFAULT_T).text == case["original"], case["label"]


# --- invariants ----------------------------------------------------------------------

_ALPHABET = st.sampled_from(
    list("aAbzZ19 .,;:!?%$-—'’‘“”„«»\n\t")
    + ["com", "org", "www", "the", "etc", "Mr", "41", "3", "  ", " . ", ". ,", ". .", ", ”", "»x «"]
    + [NBSP, THIN, EM, "\u202f", "\u3000", "\u00ad", "\u200e", "\u200f", "\u0301", "\u0308", "\u3099"]
    + list("éüйД東京한글ש")
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_invariants_default_typography(text):
    check_invariants(text, clean(text, config=DEFAULT_T), DEFAULT_T)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_invariants_all_typography(text):
    check_invariants(text, clean(text, config=ALL_T), ALL_T)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_invariants_whole_default_chain(text):
    check_invariants(text, clean(text))


def test_composition_does_not_reopen_mojibake_repair():
    # T101 runs before E101, so E101 sees ``”é`` composed in the first pass.
    once = clean("\u201de\u0301")
    assert not clean(once.text).changes


@pytest.mark.parametrize("code", ALL_T)
@settings(max_examples=100, deadline=None)
@given(text=_TEXT)
def test_invariants_each_rule(code, text):
    check_invariants(text, clean(text, config=code), code)
