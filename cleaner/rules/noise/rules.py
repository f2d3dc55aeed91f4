"""The noise rules: script/UI fragments (``S1xx``) and boilerplate (``B1xx``).

All of them are REMOVE rules: they delete whole lines (with their line
break) or, for B105 and B106, a span inside a line. They share one
classification of the document (see :mod:`cleaner.rules.noise.analysis`),
so each function only picks its own edits from it.
"""

from __future__ import annotations

from cleaner.rules.base import Context, Edit
from cleaner.rules.noise.analysis import edits_for


def duplicate_lines(text: str, ctx: Context) -> list[Edit]:
    """Remove later copies of a line: repeated captions, twice-scraped paragraphs.

    Scrapers often keep a photo caption twice (from the image and from its
    enlarged view), or a paragraph from the page and again from a teaser.
    A line is a copy when it equals an earlier line of the document after
    spaces and case are normalised (confidence 0.95), or when it is equal
    but for punctuation and a trailing photo credit (0.9: ``Photo: AFP``
    against ``Image: AFP``). The first copy stays. Lines under five words
    (list items, refrains, "Yes"/"No") are never treated as copies.

    >>> from cleaner import clean
    >>> text = "Putin at the Kremlin in 2021.  Photo: AFP.\\n\\nPutin at the Kremlin in 2021. Image: AFP.\\n"
    >>> clean(text, config="B101").text
    'Putin at the Kremlin in 2021.  Photo: AFP.\\n\\n'
    """
    return edits_for("B101", text, ctx)


def code_lines(text: str, ctx: Context) -> list[Edit]:
    """Remove lines of script code or template residue at the head or tail of a text.

    Scraped pages keep strings from their scripts and translation files:
    ``concat(self.i18n.t('search.voice.retry'), "\\n``. A line is code-like
    when it shows at least two signals (dotted identifier chains, calls,
    camelCase or snake_case names, escaped ``\\n``, operators, template or
    markup syntax, dense brackets or quotes) and no function words, or
    three signals whatever its words. Such lines are removed at the head
    and tail of the text; inside the text (where code can be an example in
    a technical article) they are only reported. The density tests are not
    applied to CJK text.

    >>> from cleaner import clean
    >>> text = "“e. config. saAria. closedText”\\nBelarus is moving towards direct involvement in the war, say experts.\\n"
    >>> clean(text, config="S101").text
    'Belarus is moving towards direct involvement in the war, say experts.\\n'
    """
    return edits_for("S101", text, ctx)


def ui_labels(text: str, ctx: Context) -> list[Edit]:
    """Remove lines that are user-interface controls: menu, search, print, next, log in.

    Buttons and links become lines of their own when a page is turned into
    text: ``Skip to content``, ``Toggle navigation``, ``Zum Inhalt
    springen``, ``Imprimer``, ``Cargar más``. A line is removed when it is
    exactly an entry of the UI lexicon (en, de, fr, es, it, pt, nl, pl, ru),
    or consists only of such entries and separators (``Print | Email``), or
    of entries written together as share widgets do (``Email ThisBlogThis!Share
    to Twitter``). Words inside sentences are never matched.

    >>> from cleaner import clean
    >>> clean("Skip to content\\nThe council met on Monday to vote on the budget.\\n", config="S102").text
    'The council met on Monday to vote on the budget.\\n'
    """
    return edits_for("S102", text, ctx)


def menu_lines(text: str, ctx: Context) -> list[Edit]:
    """Remove navigation and breadcrumb lines (``Home » News » Politics``).

    A menu line has at least three short items (four words or fewer, no
    final period) joined by one kind of separator (``|``, ``»``, ``›``,
    ``>``, ``/``, ``·``, ``•``). Such lines are removed at the head and tail
    of a text (confidence 0.9) and, with less confidence, inside it; table
    rows (lines that start or end with ``|``) are left alone.

    >>> from cleaner import clean
    >>> clean("Home » World » Europe\\nThe talks ended late on Friday without a deal.\\n", config="S103").text
    'The talks ended late on Friday without a deal.\\n'
    """
    return edits_for("S103", text, ctx)


def footer_lines(text: str, ctx: Context) -> list[Edit]:
    """Remove footers, comment forms, share prompts and calls to action.

    ``Leave a Reply``, ``Your email address will not be published``,
    ``Follow us on Twitter!``, ``Subscribe to our RSS feeds!``, ``Source
    link``, ``Alle Rechte vorbehalten``, ``Deja un comentario``: the phrase
    lexicon covers en, de, fr, es, it, pt, nl, pl and ru. A line is removed
    when it is exactly a lexicon entry, starts with one of the footer
    patterns (and has at most 60 words: cookie and consent notices are
    long), holds a disclaimer anywhere in its first 60 words (``… does not
    offer medical advice``, ``ersetzt keine ärztliche Beratung``, ``à titre
    informatif``), or has at most 25 words and contains a rights notice or an
    affiliate disclosure. Calls to rate, review, join, support or follow a
    channel (``Be the first to review``, ``Werden Sie Mitglied``) are footer
    patterns too. This
    is strong evidence, so it also applies to lines that read as sentences.

    >>> from cleaner import clean
    >>> text = "The vote is due next week.\\n\\nLeave a Reply\\n\\nYour email address will not be published.\\n"
    >>> clean(text, config="B102").text
    'The vote is due next week.\\n\\n\\n'
    """
    return edits_for("B102", text, ctx)


def promo_labels(text: str, ctx: Context) -> list[Edit]:
    """Remove related-content and promotion labels (``Why We Wrote This``, ``Read more:``).

    News pages insert boxes between paragraphs: a label (``Related
    stories``, ``Lesen Sie auch``, ``Vea también``, ``Advertisement``) or a
    label followed by the headline it points to (``Read more: Five things
    to know``). Lines that are exactly a label from the lexicon, or a label
    with a colon and a headline (at most 25 words), are removed. The text
    the label introduces on the following lines is left alone.

    >>> from cleaner import clean
    >>> text = "The plant will close in May.\\nREAD MORE: Five things to know about the plan\\nWorkers were told on Monday.\\n"
    >>> clean(text, config="B103").text
    'The plant will close in May.\\nWorkers were told on Monday.\\n'
    """
    return edits_for("B103", text, ctx)


def credit_lines(text: str, ctx: Context) -> list[Edit]:
    """Remove photo-credit lines (``Gavriil Grigorov/Sputnik/Reuters``, ``Foto: dpa``).

    A credit line is short (12 words or fewer) and is either a credit label
    with names (``Photo:``, ``Foto:``, ``Bild:``, ``Crédit photo :``,
    ``Фото:``), a ``©`` with slash-separated names, slash-separated names
    that include a news or photo agency (AP, AFP, Reuters, Getty Images,
    dpa, Sputnik...), or an agency name alone. Names are checked: the parts
    must look like names (capitalised, almost no function words), so
    ``Verdicker/Basisöl: Li-Seifen/Mineralöl`` stays.

    >>> from cleaner import clean
    >>> text = "Putin greets Lukashenko in Sochi.\\nGavriil Grigorov/Sputnik/Reuters\\nOctober 20, 2022\\n"
    >>> clean(text, config="B104").text
    'Putin greets Lukashenko in Sochi.\\nOctober 20, 2022\\n'
    """
    return edits_for("B104", text, ctx)


def credit_tails(text: str, ctx: Context) -> list[Edit]:
    """Cut a photo credit from the end of a caption, keeping the caption.

    ``… in January. Photo: AP.`` becomes ``… in January.`` and
    ``… Russia and Belarus © Maxim Guchek / Belta / AFP / Getty Images``
    loses everything from ``©``. The credit must follow a sentence end,
    two spaces or a ``©``, start with a credit label or ``©``, and consist
    of at most eight name-like words; the caption must keep two words.

    >>> from cleaner import clean
    >>> clean("Russian vehicles arrive in Belarus in January. Photo: AP.\\n", config="B105").text
    'Russian vehicles arrive in Belarus in January.\\n'
    """
    return edits_for("B105", text, ctx)


def inline_teasers(text: str, ctx: Context) -> list[Edit]:
    """Cut teaser headlines that end in a "Read more" link from inside a paragraph.

    Spun or scraped articles carry a link to another story in the middle of
    a paragraph: ``… in Moscow. news U.S., Belarus Army Chiefs Speak to
    Avoid Drill Miscalculation Read a lot more If there was …``. The span
    from the sentence end before the headline to the link (``Read more``,
    ``Continue reading``, ``Weiterlesen``, ``Lire la suite``...) is cut
    when it has 3 to 30 words and no sentence end, and a new sentence (or the
    end of the paragraph) follows the link: in prose, "Read more" starts a
    sentence or is followed by "about", so neither shape occurs.

    >>> from cleaner import clean
    >>> text = "It was not understood in Moscow. news Army Chiefs Speak to Avoid Drill Read more If there was doubt, it is gone.\\n"
    >>> clean(text, config="B106").text
    'It was not understood in Moscow. If there was doubt, it is gone.\\n'
    """
    return edits_for("B106", text, ctx)


def corpus_lines(text: str, ctx: Context) -> list[Edit]:
    """Remove lines that occur in many documents of the same run (site boilerplate).

    When one run cleans many documents (a folder, several files), the lines
    are first counted: in how many documents does each line occur, after
    spaces and case are normalised (:mod:`cleaner.corpus`). A line found in
    at least ``corpus-min-documents`` documents (default 3) is menu,
    footer or template text of the site, and is removed wherever it occurs
    (confidence 0.9; 0.8 for lines that read as prose, which the per-document
    cap protects). Datelines are kept. Without counts this rule does nothing.

    >>> from cleaner import clean
    >>> from cleaner.corpus import LineCounts
    >>> docs = [f"Example Daily\\nStory number {i} is about the harbour.\\n" for i in range(3)]
    >>> clean(docs[0], config="B107", corpus=LineCounts.from_texts(docs)).text
    'Story number 0 is about the harbour.\\n'
    """
    return edits_for("B107", text, ctx)


def site_headers(text: str, ctx: Context) -> list[Edit]:
    """Remove a site name over the text: a short first line in another script.

    A first line such as ``海角大神`` over an English article, or a Latin
    brand over a Russian one, names the site, not the article. The line
    must come before the first paragraph, have at most six words (or CJK
    characters), no sentence punctuation, no date, and be written in
    another script than the paragraphs of the text.

    >>> from cleaner import clean
    >>> text = "海角大神\\n\\nBelarus may be set for war.\\n\\nEight months ago, Russia invaded Ukraine from the north of the country.\\n"
    >>> clean(text, config="B108").text
    '\\nBelarus may be set for war.\\n\\nEight months ago, Russia invaded Ukraine from the north of the country.\\n'
    """
    return edits_for("B108", text, ctx)


def off_topic_lines(text: str, ctx: Context) -> list[Edit]:
    """Remove a teaser for another story inserted between two paragraphs.

    ``Lesotho makes Trump's polo shirts. He could destroy their garment
    industry.`` in an article about Belarus is a link to another story: a
    headline and one sentence, about something the article never mentions.
    A line is taken for such a teaser when it stands alone between two
    paragraphs, is at most half as long as a typical paragraph (and at most
    25 words), holds two sentences, has at least four content words, and
    the share of its content words that occur nowhere else in the document
    is at least 60 % and 15 points above that of the document's typical
    paragraph. The document needs five paragraphs to say what is typical.
    This is weaker evidence than a lexicon (confidence 0.8): the
    per-document cap applies, and lines that are mostly CJK are not judged.

    >>> from cleaner import clean
    >>> paras = [
    ...     "The harbour board approved the new container terminal on Tuesday, ending two years of debate "
    ...     "about cranes, jobs and the future of the old northern pier.",
    ...     "Dock workers fear that the automated cranes of the new terminal will replace the crews who "
    ...     "load the ships by hand on the northern pier today.",
    ...     "The board promised that the terminal will use electric cranes, that ships will get shore power "
    ...     "at berth, and that the old pier will keep its fish market.",
    ...     "Environmental groups say the terminal threatens the estuary next to the pier, where migrating "
    ...     "birds rest every spring, and they want the board to limit night work.",
    ...     "Shipping companies welcome the new terminal because their ships will wait less in the harbour, "
    ...     "and the board expects more ships and more jobs at the pier.",
    ...     "Work on the terminal should start next year, once the regional government confirms the permit "
    ...     "that the harbour board requested for the northern pier.",
    ... ]
    >>> teaser = "Lesotho makes polo shirts. Tariffs could destroy its garment industry."
    >>> text = "\\n".join(paras[:3] + [teaser] + paras[3:]) + "\\n"
    >>> clean(text, config="B109").text == "\\n".join(paras) + "\\n"
    True
    """
    return edits_for("B109", text, ctx)


def edge_blocks(text: str, ctx: Context) -> list[Edit]:
    """Remove short lines in the head or tail that sit between boilerplate lines.

    jusText's context rule: in the head (before the first paragraph) and
    the tail (after the last one), a run of short lines enclosed by lines
    that other rules remove, or by the start or end of the text, is part of
    the same menu or footer: ``Related stories`` / ``Five things to know`` /
    ``Why the vote was delayed`` / ``Follow us``. Lines that read as prose
    and datelines stay, and so does the whole run when it is a single line
    (a title between a site name and a photo credit, a subheading between a
    label and a footer), when one of its lines is a list item (``1. 500 g of
    flour``), or when one is part of a sentence wrapped over several lines
    (it starts in lower case, ends with a comma or with an article or a
    preposition, or the next line starts with a word in lower case).
    Confidence 0.7: the per-document cap applies.

    >>> from cleaner import clean
    >>> text = ("The report was published on Monday by the agency that runs the port.\\nRelated stories\\n"
    ...         "Five things to know\\nWhy the vote was delayed\\nFollow us on Twitter!\\n")
    >>> clean(text, config="B102,B103,B110").text
    'The report was published on Monday by the agency that runs the port.\\n'
    """
    return edits_for("B110", text, ctx)


def related_blocks(text: str, ctx: Context) -> list[Edit]:
    """Remove the headlines listed under a related-content label.

    A label such as ``Related stories``, ``Mehr zum Thema`` or ``Lo más
    leído`` (removed by B103), or a footer label that heads a list of posts
    (``Recent posts``, ``Related``, ``Neueste Beiträge``, removed by B102),
    introduces a list of links to other stories.
    The lines that follow it are removed while they are headline-sized (at
    most 20 words) and do not read as a paragraph, up to ten lines, until
    the next label; datelines among them stay. The list stops at a list item
    (``- sturdy boots``) and at a line of a sentence wrapped over several
    lines, and it needs two lines: a single line under a label may be a
    subheading of the text. Confidence 0.8, so the per-document cap applies.

    >>> from cleaner import clean
    >>> text = "The vote is due next week, the council said in a statement on Monday.\\nRelated stories\\nFive things to know about the budget\\nWhy the council delayed the vote\\n"
    >>> clean(text, config="B103,B111").text
    'The vote is due next week, the council said in a statement on Monday.\\n'
    """
    return edits_for("B111", text, ctx)


def tail_lists(text: str, ctx: Context) -> list[Edit]:
    """Remove a list of headlines after the last paragraph (links to other stories).

    Below an article, pages list other stories: ``More from Earth
    Sciences`` / ``How Neanderthals made the very first glue`` / ``Aug 31,
    2017`` / ``Fossil find suggests ...``. After the last paragraph of the
    text (a prose line of ten words or more that ends like a sentence), a
    run of at least three headline-shaped lines (4 to 20 words, starting
    like a title, not ending with a period, comma, colon or dash, no list
    marker), among which stand only short lines of up to three words,
    datelines and lines other rules remove, is such a list: its headlines
    are removed (confidence 0.8, so the per-document cap applies). Lists
    of cards are found too: when a marker (a dateline, or a section name
    that recurs), a headline and a teaser sentence repeat at least twice at
    the end of the text, the teasers do not count as paragraphs and stand in
    the list like the short lines (they stay, the headlines go). A
    headline followed by a line that starts in lower case is taken for the
    start of a wrapped sentence and stays; so do the short lines and the
    datelines, everything before the last paragraph, and a run right after
    a sentence that ends in a colon (``… which ends like this:``): the text
    announces it. A poem or a list of titles that closes a text without
    such a sentence looks the same as a list of links: it is removed, and
    the change log names each line.

    >>> from cleaner import clean
    >>> article = ("The report was published on Monday by the agency that runs the port.\\n"
    ...            "It says that the new terminal will need two more cranes and forty workers by next spring.\\n")
    >>> links = ("Five things to know about the budget\\nWhy the council delayed the vote\\n"
    ...          "Aug 31, 2017\\nHow Neanderthals made the very first glue\\n")
    >>> clean(article + links, config="B112").text == article + "Aug 31, 2017\\n"
    True
    """
    return edits_for("B112", text, ctx)


def truncated_teasers(text: str, ctx: Context) -> list[Edit]:
    """Remove teasers cut short by an ellipsis, in lists of links to other stories.

    Sites list other stories as a headline and the first words of the text,
    cut where the room runs out: ``Die neuen Rottöne`` / ``Wussten Sie, dass
    in rosa gestrichenen Räumen der Blutdruck sinkt? Oder dass ein Hauch
    Tomaten-…``. A line is cut short when it ends with an ellipsis glued to
    a letter, or after a hyphen, comma, colon or semicolon (``Gewinnwach...``);
    an ellipsis after a space or a sentence end is an author's pause and
    does not count. Such a line (at most 50 words) is removed when the
    document has at least two of them and it stands under a headline or a
    dateline (the headline goes with it, the dateline stays), or, when it is
    a title of at most 12 words, within two lines of another one. A single
    line that trails off, or two far apart without headlines, stay.
    Confidence 0.8: the per-document cap applies.

    >>> from cleaner import clean
    >>> article = ("The report was published on Monday by the agency that runs the port.\\n"
    ...            "It says that the new terminal will need two more cranes and forty workers by next spring.\\n"
    ...            "The board will vote on the plan in March, after a public hearing in the old harbour hall.\\n")
    >>> cards = ("Why the council delayed the vote\\nThe council met for six hours on Monday, but the vote on the…\\n"
    ...          "Five things to know about the budget\\nThe city will spend more on schools and less on ro…\\n")
    >>> clean(article + cards, config="B113").text == article
    True
    """
    return edits_for("B113", text, ctx)


def repeated_blocks(text: str, ctx: Context) -> list[Edit]:
    """Remove blocks of short lines that occur twice in a document: a menu printed at the top and the bottom.

    Pages repeat their navigation (``Home`` / ``Lexikon`` / ``Galerie`` /
    ``Forum``) above and below the text. A block is three or more
    consecutive lines of at most three words each, all different, none of
    them ending like a sentence or giving a date; when the same block (case
    and spaces ignored) occurs again in the document, every copy is
    removed: neither is the text. Repeated single lines, refrains of one
    line (``Yeah`` / ``Yeah`` / ``Yeah``), lines of four words or more and
    blocks that occur once stay. Confidence 0.8: the per-document cap
    applies.

    >>> from cleaner import clean
    >>> menu = "Home\\nLexikon\\nGalerie\\nForum\\n"
    >>> article = ("The report was published on Monday by the agency that runs the port.\\n"
    ...            "It says that the new terminal will need two more cranes and forty workers by next spring.\\n")
    >>> clean(menu + article + menu, config="B114").text == article
    True
    """
    return edits_for("B114", text, ctx)


def page_regions(text: str, ctx: Context) -> list[Edit]:
    """Remove lines that came from a page region outside the article: navigation, footer, sidebar.

    Only for text made from a web page (``clean-text page.html``, or an HTML
    field of JSON-lines records): the markup says where each block sat. A
    line goes when every copy of it on the page sat in ``<nav>``,
    ``<footer>`` or ``<aside>``, in an element with an ARIA landmark role
    of the same kind (navigation, contentinfo, complementary, search), or
    in one whose class or id names such a region (``sidebar``, ``menu``,
    ``breadcrumb``, ``related``, ``share``, ``social``, ``cookie``,
    ``newsletter``…). A region that holds more than 30 % of the page's
    text is a layout wrapper and counts for nothing.

    How sure depends on what the region is. Navigation, footers, share
    bars, related links, cookie and newsletter boxes are page chrome:
    confidence 0.9, and a line goes even when it reads as prose (a
    newsletter pitch, an author's bio in the footer). An ``<aside>``, a
    complementary or search landmark, or a ``sidebar`` may be a box inside
    the article (a pull quote, a fact box): confidence 0.85, under the
    per-document cap, and a line that reads as prose goes only before or
    after the main text; inside it, it is kept and reported.

    >>> from cleaner import clean
    >>> article = ("The report was published on Monday by the agency that runs the port.\\n"
    ...            "It says that the new terminal will need two more cranes and forty workers by next spring.\\n")
    >>> clean(article + "Privacy\\nContact us\\n", config="B115", regions={"Privacy": "<footer>",
    ...       "Contact us": "<footer>"}).text == article
    True
    """
    return edits_for("B115", text, ctx)
