"""Word lists and phrase tables for the noise rules (data only, no logic).

Phrases are written in their *lexicon form* (see ``features.lexicon_form``):
lower case, straight quotes, single spaces, without trailing punctuation.
Each table is keyed by language so that a match can name it in its note.
Languages: en, de, fr, es, it, pt, nl, pl, ru (the main web languages), plus
a few shared entries under ``*``.
"""

from __future__ import annotations


def _phrases(block: str) -> tuple[str, ...]:
    """Entries separated by ``|`` or line breaks (an entry never spans two lines), stripped."""
    return tuple(p.strip() for p in block.replace("\n", "|").split("|") if p.strip())


def _patterns(block: str) -> tuple[str, ...]:
    """One regular expression per line."""
    return tuple(p.strip() for p in block.splitlines() if p.strip())


# --- function words: a line with none of them does not read as prose ---------

_FUNCTION_WORDS = """
    a à y w z
    the of and to in is that for it on with as was be by at this are from or an but not have has had were
    which their its his her they we you he she will would can could been more than also about into who
    what when there if so no our after over only other some such these those them then just may must
    der die das und zu den von mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er
    hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber
    vor zur bis mehr durch man dann soll ich wir ihr ihre sein seine kann wenn schon unter
    le la les de des du un une et est en que qui dans pour pas sur au aux par plus ne se ce il elle ils on
    avec sont mais ou son sa ses leur été être à d'un qu'il c'est
    el los las del y que una es por con para no se su sus al lo como más pero le ya este esta fue ha
    han muy sin sobre entre también
    il lo gli di della dei delle è che per non da alla sono come ma anche più nel nella questo
    o os as do da dos das é um uma em na com não por mais ao foi são seu sua
    het een van op te zijn voor die niet aan er om ook als bij door maar naar nog wordt
    w z do że się nie jest to jak po co za od tak ale przez dla jego jej być są czy
    и в не на что с по как к из у за от это для же но то так его она он они было быть бы все
    och att det som är på för med av till den inte har
    и на да се в от за че е с не по са
    και το η ο να τα της του την με σε για από που είναι
    ve bir bu da de için ile gibi olarak daha çok
    في من على إلى أن عن مع هذا هذه التي الذي كان كما
    של את על עם זה הוא היא לא גם כי אם
"""
FUNCTION_WORDS: frozenset[str] = frozenset(_FUNCTION_WORDS.split())

# Articles, prepositions and conjunctions: a line that ends with one goes on on the next line (a wrapped
# sentence), since a title or a menu entry does not end with them. Words that also end titles in another
# language ("things to do", "just say no") are left out.
_OPEN_ENDS = """
    a an the of and or to in at by for with from into than that
    der die das den dem des ein eine einen einem einer und oder mit von zu für auf bei aus nach über durch dass
    le la les un une des du de et ou au aux sur dans pour par avec que qui
    el los las una del y en con por para
    il lo gli di della delle dei e per nel nella
    o os um uma da dos das em com ao na
    het een van en op te voor aan
    w z i że
    и в на с к из у для что
"""
OPEN_ENDS: frozenset[str] = frozenset(_OPEN_ENDS.split())

# Characters that play the part of function words in Chinese, Japanese and Korean.
CJK_FUNCTION_CHARS: frozenset[str] = frozenset(
    "的了是在和有与这也就都而及或之其但为对以被从到将把个们中上不我你他她它のはがをにでともへやかなだるたてし이가은는을를에의와과도로"
)


# --- S102: user-interface controls, whole line -------------------------------

UI_LABELS: dict[str, tuple[str, ...]] = {
    "en": _phrases(
        """
        menu | main menu | navigation | toggle navigation | open menu | close menu | skip to content |
        skip to main content | skip to navigation | jump to navigation | search | search for | search this site |
        search this website | home | homepage | back to top | back to home | go to top | scroll to top | previous | next |
        previous post | next post | previous article | next article | older posts | newer posts | older post |
        newer post | previous page | next page | load more | show more | show less | view all | see all | log in | login |
        sign in | sign up | register | log out | my account | close | print | print this page | print recipe |
        jump to recipe | email | tweet | pin it | whatsapp | telegram | linkedin | facebook | twitter | pinterest |
        reddit | messenger | copy link | loading | please wait | javascript is disabled | enable javascript |
        please enable javascript | your browser does not support the video tag | accept | accept all | reject all |
        cookie settings | manage cookies | manage preferences | got it | ok | zoom in | zoom out | play | pause | mute |
        unmute | full screen | fullscreen
        see more | read full article | all news | show all | view more | back | go back | back to list | expand | collapse | open | print article | email article | copy url
        sign me up | email this | blogthis
        published | published on | updated | last updated | posted on
        """
    ),
    "de": _phrases(
        """
        menü | hauptmenü | navigation | navigation öffnen | menü öffnen | menü schließen | zum inhalt springen |
        zum inhalt | direkt zum inhalt | zur navigation | zur hauptnavigation | suche | suchen | suchbegriff eingeben |
        startseite | nach oben | zurück nach oben | zum seitenanfang | zurück | weiter | vorheriger artikel |
        nächster artikel | vorheriger beitrag | nächster beitrag | ältere beiträge | neuere beiträge | mehr laden |
        mehr anzeigen | alle anzeigen | anmelden | abmelden | einloggen | registrieren | mein konto | schließen |
        drucken | seite drucken | artikel drucken | e-mail | mail | link kopieren | wird geladen | lädt | bitte warten |
        javascript ist deaktiviert | bitte aktivieren sie javascript | akzeptieren | alle akzeptieren | alle ablehnen |
        cookie-einstellungen | einstellungen | verstanden | url zum kopieren | vergrößern | schriftgröße
        zurück zur übersicht | zurück zur liste | zurück zur startseite | zur startseite | alle news anzeigen | alle artikel anzeigen | alle beiträge anzeigen | alle anzeigen | mehr | weniger | öffnen | artikel drucken | seite empfehlen | link kopieren | zur übersicht
        springe zum inhalt | springe zur navigation | springe zum hauptinhalt | zum hauptinhalt springen
        veröffentlichung | veröffentlicht | veröffentlicht am | aktualisiert | aktualisiert am | zuletzt aktualisiert
        """
    ),
    "fr": _phrases(
        """
        menu principal | aller au contenu | aller au contenu principal | passer au contenu | rechercher | recherche |
        accueil | retour en haut | haut de page | précédent | suivant | article précédent | article suivant |
        articles plus anciens | voir plus | voir tout | charger plus | se connecter | connexion | déconnexion |
        s'inscrire | mon compte | fermer | imprimer | envoyer par e-mail | chargement | accepter | tout accepter |
        tout refuser | paramètres des cookies | copier le lien
        retour à la liste | retour | voir toutes les actualités | toutes les actualités | tous les articles | lire l'article
        je m'abonne | s'abonner à la newsletter
        publié | publié le | mis à jour | mis à jour le
        """
    ),
    "es": _phrases(
        """
        menú | menú principal | saltar al contenido | ir al contenido | buscar | búsqueda | inicio | volver arriba |
        ir arriba | anterior | siguiente | artículo anterior | artículo siguiente | entradas anteriores | ver más |
        cargar más | ver todo | iniciar sesión | registrarse | cerrar sesión | mi cuenta | cerrar | imprimir |
        enviar por correo | cargando | aceptar | aceptar todo | rechazar todo | configuración de cookies | copiar enlace
        volver | volver al listado | ver todas las noticias | todas las noticias | leer artículo
        """
    ),
    "it": _phrases(
        """
        menu principale | vai al contenuto | salta al contenuto | cerca | ricerca | torna su | torna all'inizio |
        precedente | successivo | articolo precedente | articolo successivo | carica altro | mostra altro | vedi tutto |
        accedi | registrati | esci | il mio account | chiudi | stampa | caricamento | accetta | accetta tutti |
        rifiuta tutti | impostazioni cookie
        torna indietro | tutte le notizie | leggi l'articolo
        """
    ),
    "pt": _phrases(
        """
        menu principal | ir para o conteúdo | pular para o conteúdo | pesquisar | pesquisa | início | voltar ao topo |
        anterior | próximo | artigo anterior | próximo artigo | carregar mais | ver mais | ver tudo | entrar |
        cadastre-se | sair | minha conta | fechar | imprimir | carregando | aceitar | aceitar todos | rejeitar todos |
        copiar link
        voltar | todas as notícias | ler artigo
        """
    ),
    "nl": _phrases(
        """
        hoofdmenu | naar de inhoud | ga naar de inhoud | zoeken | zoek | terug naar boven | naar boven | vorige |
        volgende | vorig artikel | volgend artikel | meer laden | toon meer | bekijk alles | inloggen | registreren |
        uitloggen | mijn account | sluiten | afdrukken | printen | laden | accepteren | alles accepteren |
        cookie-instellingen | link kopiëren
        """
    ),
    "pl": _phrases(
        """
        menu główne | przejdź do treści | szukaj | wyszukaj | strona główna | do góry | powrót do góry | poprzedni |
        następny | poprzedni artykuł | następny artykuł | pokaż więcej | załaduj więcej | zobacz wszystkie | zaloguj się |
        zaloguj | zarejestruj się | wyloguj | moje konto | zamknij | drukuj | ładowanie | akceptuję | akceptuj wszystkie |
        ustawienia cookies | kopiuj link
        """
    ),
    "ru": _phrases(
        """
        меню | главное меню | перейти к содержимому | поиск | найти | главная | наверх | назад | далее | вперед | вперёд |
        предыдущая статья | следующая статья | показать еще | показать ещё | загрузить еще | смотреть все | войти | вход |
        регистрация | выйти | личный кабинет | закрыть | печать | версия для печати | загрузка | принять |
        скопировать ссылку
        """
    ),
}

# --- B102: footers, comment forms, share and follow prompts, legal lines -------

FOOTER_LINES: dict[str, tuple[str, ...]] = {
    "en": _phrases(
        """
        leave a reply | leave a comment | post a comment | add a comment | add comment | write a comment | comments |
        comment | no comments | no comments yet | reply | cancel reply | join the discussion | join the conversation |
        comments are closed | share | share this | share this article | share this post | share this story |
        share on facebook | share on twitter | share on linkedin | share via email | share article | email this |
        share to facebook | share to twitter | share to pinterest | follow us | subscribe | subscribe now | newsletter |
        sign up for our newsletter | subscribe to our newsletter | get our newsletter | source link | source | sources |
        imprint | privacy policy | privacy | privacy notice | cookie policy | cookies | terms of use | terms of service |
        terms and conditions | terms | contact | contact us | about us | about | advertise | advertise with us | careers |
        sitemap | site map | disclaimer | accessibility | rss | rss feed | subscribe to rss | tags | categories |
        archives | recent posts | recent comments | popular posts | proudly powered by wordpress | powered by wordpress |
        all rights reserved | was this article helpful | did you find this article helpful | rate this article |
        like this | like this: | like | related | tell us what you think
        feedback | feedback to editors | send feedback | mail the editor | email the editor | log in to comment | view comments | show comments | already a subscriber | subscriber only | subscribers only | about the author | author | more about me | follow | followers | support us | donate
        report a correction or typo | report a typo | report an error | continue the discussion | support my work | donate today | donate now
        """
    ),
    "de": _phrases(
        """
        kommentar verfassen | kommentar schreiben | schreibe einen kommentar | schreib einen kommentar |
        hinterlasse einen kommentar | kommentar hinzufügen | kommentare | kommentar | keine kommentare |
        bisher keine kommentare | antworten | antwort abbrechen | kommentare geschlossen | teilen | artikel teilen |
        diesen artikel teilen | beitrag teilen | seite teilen | auf facebook teilen | auf twitter teilen |
        per e-mail teilen | per mail versenden | mit freunden teilen | versenden | folge uns | folgen sie uns |
        abonnieren | jetzt abonnieren | newsletter abonnieren | newsletter bestellen | zum newsletter anmelden |
        impressum | datenschutz | datenschutzerklärung | datenschutzhinweise | cookie-richtlinie | nutzungsbedingungen |
        agb | kontakt | über uns | impressum & datenschutz | impressum und datenschutz | barrierefreiheit | mediadaten |
        werben | jobs | karriere | schlagworte | schlagwörter | kategorien | archiv | neueste beiträge |
        neueste kommentare | letzte beiträge | quellen | quelle | alle rechte vorbehalten | war dieser artikel hilfreich |
        hat dir dieser artikel gefallen | hat ihnen dieser artikel gefallen | artikel bewerten | gefällt mir |
        mitglied werden | jetzt spenden | spenden
        feedback | pingback | trackback | kommentieren | kommentieren sie hier | diskutieren sie mit | bisher keine kommentare | über den autor | über die autorin | autor | autorin | quellenangaben | quellen ausblenden | bildquelle | bildnachweis | teile diesen beitrag | beitrag teilen | artikel bewerten | hier können sie den artikel bewerten | jetzt registrieren | kostenlos registrieren | kostenlos abonnieren | newsletter erhalten | zum newsletter | jetzt anmelden | mehr erfahren | unterstützen sie uns
        schreiben sie einen kommentar | antworten abbrechen | antwort abbrechen | unterstütze uns | jetzt unterstützen
        """
    ),
    "fr": _phrases(
        """
        laisser un commentaire | laisser une réponse | ajouter un commentaire | commentaires | commentaire |
        aucun commentaire | répondre | annuler la réponse | partager | partager cet article | partager sur facebook |
        partager sur twitter | envoyer | suivez-nous | s'abonner | abonnez-vous | newsletter |
        inscrivez-vous à la newsletter | mentions légales | politique de confidentialité | confidentialité |
        politique de cookies | conditions générales | conditions d'utilisation | cgu | cgv | nous contacter | contact |
        qui sommes-nous | à propos | plan du site | étiquettes | catégories | articles récents | commentaires récents |
        tous droits réservés
        votre avis | réagir | réagissez | déjà abonné | se connecter pour commenter | à propos de l'auteur | auteur
        """
    ),
    "es": _phrases(
        """
        deja un comentario | dejar un comentario | deja tu comentario | dejá tu comentario | comentar este artículo |
        comentarios | comentario | sin comentarios | responder | cancelar respuesta | compartir | compartir en facebook |
        compartir en twitter | compartir artículo | síguenos | suscríbete | suscribirse | newsletter | boletín |
        aviso legal | política de privacidad | privacidad | política de cookies | términos y condiciones |
        condiciones de uso | contacto | contáctenos | quiénes somos | sobre nosotros | mapa del sitio | etiquetas |
        categorías | entradas recientes | comentarios recientes | todos los derechos reservados
        comentar | ya eres suscriptor | inicia sesión para comentar | sobre el autor | autor
        """
    ),
    "it": _phrases(
        """
        lascia un commento | lascia una risposta | aggiungi un commento | commenti | commento | nessun commento |
        rispondi | annulla risposta | condividi | condividi su facebook | condividi su twitter | seguici | iscriviti |
        iscriviti alla newsletter | newsletter | note legali | privacy policy | informativa privacy |
        informativa sulla privacy | cookie policy | termini e condizioni | contatti | contattaci | chi siamo |
        mappa del sito | tag | categorie | articoli recenti | commenti recenti | tutti i diritti riservati
        commenta | sei già abbonato | l'autore | autore
        """
    ),
    "pt": _phrases(
        """
        deixe um comentário | deixe uma resposta | comentários | comentário | sem comentários | responder |
        cancelar resposta | compartilhar | compartilhe | partilhar | compartilhar no facebook | siga-nos | assine |
        inscreva-se | newsletter | política de privacidade | privacidade | política de cookies | termos de uso |
        termos e condições | contato | contacto | fale conosco | quem somos | sobre nós | mapa do site | etiquetas |
        categorias | posts recentes | comentários recentes | todos os direitos reservados
        comente | já é assinante | sobre o autor | autor
        """
    ),
    "nl": _phrases(
        """
        laat een reactie achter | geef een reactie | plaats een reactie | reageer | reacties | reactie | geen reacties |
        annuleer reactie | delen | deel dit artikel | deel op facebook | volg ons | abonneer | abonneren | nieuwsbrief |
        inschrijven nieuwsbrief | privacybeleid | privacyverklaring | cookiebeleid | algemene voorwaarden |
        gebruiksvoorwaarden | colofon | contact | over ons | sitemap | tags | categorieën | recente berichten |
        recente reacties | alle rechten voorbehouden
        reageer op dit artikel | over de auteur | auteur
        """
    ),
    "pl": _phrases(
        """
        zostaw komentarz | dodaj komentarz | napisz komentarz | skomentuj | komentarze | komentarz | brak komentarzy |
        odpowiedz | anuluj pisanie odpowiedzi | udostępnij | udostępnij na facebooku | podziel się | obserwuj nas |
        subskrybuj | zapisz się | newsletter | polityka prywatności | polityka cookies | regulamin | kontakt | o nas |
        mapa strony | tagi | kategorie | ostatnie wpisy | najnowsze komentarze | wszelkie prawa zastrzeżone
        skomentuj artykuł | o autorze | autor
        """
    ),
    "ru": _phrases(
        """
        оставить комментарий | оставьте комментарий | добавить комментарий | комментарии | комментарий |
        нет комментариев | ответить | отменить ответ | поделиться | поделиться в facebook | поделиться в вконтакте |
        подписаться | подпишитесь | рассылка | политика конфиденциальности | пользовательское соглашение | контакты |
        о нас | о проекте | карта сайта | реклама на сайте | метки | теги | рубрики | свежие записи | свежие комментарии |
        все права защищены
        об авторе | автор
        """
    ),
}

# Line starts that mark a footer or call to action (a regular expression per line,
# matched on the lexicon form of the line; the line must also be short).
FOOTER_PREFIXES: dict[str, tuple[str, ...]] = {
    "en": _patterns(
        r"""
        your email address will not be published
        your email will not be published
        required fields are marked
        notify me of (?:follow-?up comments|new posts|new comments)
        this entry was posted (?:in|on)\b
        bookmark the permalink
        save my name,? email,? and website
        this site uses akismet
        you must be logged in to post
        follow us on\b
        like us on facebook
        find us on facebook
        join us on\b
        become a (?:fan|member|subscriber|patron)\b
        subscribe to (?:our|my)\b
        subscribe to the (?:newsletter|podcast|channel|feed|rss|blog)\b
        subscribe for\b
        sign up (?:for|to) (?:our|the|receive|get)\b
        sign up to our\b
        get (?:our|the) (?:[\w'&-]+ ){0,3}newsletters?\b
        subscribe to [\w' -]{2,40} via (?:rss|e-?mail)\b
        you may occasionally receive promotional content
        we rely on (?:your|readers'?|reader) support\b
        make (?:your|a) (?:contribution|donation) (?:now|today)\b
        get the latest\b.*\b(?:newsletter|inbox|app)\b
        download (?:our|the) app\b
        read this story (?:about|on|at)\b
        read the (?:full|original) (?:story|article) (?:on|at)\b
        click here to\b
        source link\b
        originally published (?:on|at|in)\b
        this (?:article|story|post) (?:was )?(?:originally )?(?:appeared|published) (?:on|in)\b
        this post (?:may contain|contains) affiliate links
        (?:proudly )?powered by\b
        (?:wordpress )?theme(?: designed)? by\b
        copyright (?:©|\(c\)|(?:19|20)\d\d)
        \(c\) (?:19|20)\d\d\b
        © ?(?:19|20)\d\d\b
        share (?:this|on|via) (?:facebook|twitter|linkedin|whatsapp|email|pinterest)\b
        posted in\b
        filed under\b
        tagged:
        related posts?:
        we use cookies\b
        this (?:web)?site uses cookies\b
        by (?:continuing to use|using) this (?:web)?site\b
        use of this (?:web )?site constitutes acceptance
        thank you for (?:reading|your support)\b
        support (?:our|independent) journalism\b
        \d+ (?:comments?|responses?|replies)$
        \d+\s?min(?:ute)?s? read$
        reading time:? \d+
        [\d.,]+\s?(?:k|m)?\s?(?:followers|subscribers|fans|likes|shares|views)$
        \d+ (?:ratings?|reviews?|votes?)$
        when you (?:purchase|buy) (?:something )?through (?:links|our links)
        (?:this (?:post|article|page) )?(?:may )?contains? affiliate links
        no spam,? we promise
        you can unsubscribe at any time
        by clicking
        i consent to
        to (?:continue reading|view the full story|read the full story),? (?:please )?(?:subscribe|log in|sign in)
        you have read \d+ of \d+
        already a subscriber\?
        get (?:unlimited|full) (?:digital )?access
        advertising disclosure\b
        we may (?:receive|earn) (?:a )?(?:compensation|commission)
        (?:immediate|instant|unlimited) (?:online )?access to
        subscription (?:will )?auto-?renews?
        if you're (?:seeing this message but you're )?already a subscriber
        pingback\b
        trackback\b
        (?:please )?rate this (?:recipe|product|article|post|story)\b
        be the first to (?:review|comment|rate)\b
        (?:please )?(?:share|tell us) (?:your|about your) (?:experience|thoughts|opinion)\b
        let us know (?:what you think|in the comments)\b
        (?:join|follow) (?:us|our \w+ channel) on (?:telegram|whatsapp)\b
        we(?:'re| are) (?:now )?on (?:telegram|whatsapp)\b
        support (?:us|our work|\S+) (?:with|from) (?:as little as )?[$€£]?\s?\d
        """
    ),
    "de": _patterns(
        r"""
        (?:deine|ihre) e-?mail-?adresse wird nicht veröffentlicht
        erforderliche felder sind mit
        pflichtfelder sind mit
        benachrichtige mich (?:über|bei)\b
        diese website verwendet akismet
        meinen namen,? (?:meine )?e-?mail(?:-adresse)? und (?:meine )?website
        folgen? (?:sie )?uns auf\b
        folge uns\b
        werde (?:fan|mitglied)\b
        abonnieren sie\b
        jetzt (?:den )?newsletter\b
        (?:melden sie sich|melde dich) (?:jetzt )?(?:für|zum) (?:unseren )?newsletter
        abonniere (?:den|unseren|jetzt)\b
        dieser eintrag wurde\b.*\bveröffentlicht
        setzen? (?:sie )?ein lesezeichen\b
        noch \d+ (?:gratis|kostenlose?)-?artikel\b
        guter journalismus kostet\b
        verbindung (?:mit|zu) (?:youtube|vimeo|twitter|instagram|facebook|google maps|spotify) (?:herstellen|aufbauen)
        mit dem (?:anklicken|klicken|laden)\b.*\bverbindung zu den servern\b
        gib deine e-?mail-?adresse ein
        geben sie ihre e-?mail
        diese(?:r)? (?:artikel|beitrag) erschien\b
        zuerst erschienen (?:auf|bei|in)\b
        copyright (?:©|\(c\)|(?:19|20)\d\d)
        © ?(?:19|20)\d\d\b
        alle rechte vorbehalten
        abgelegt unter\b
        wir verwenden cookies\b
        diese (?:web)?seite verwendet cookies
        diese website (?:nutzt|verwendet) cookies
        durch die (?:weitere )?nutzung (?:der|dieser) (?:web)?seite
        \d+ kommentare?$
        bitte loggen sie sich\b
        sie müssen (?:angemeldet|eingeloggt) sein
        (?:vielen )?dank für (?:ihre|deine) (?:unterstützung|newsletter-anmeldung)
        \d+\s?min(?:\.|uten)? lesezeit$
        lesezeit:? \d+
        [\d.,]+\s?(?:tsd\.?|k|mio\.?)?\s?(?:abonnenten|follower|fans)$
        \d+ (?:bewertungen|stimmen)$
        wenn du (?:per e-?mail )?über (?:aktuelles|neue beiträge)
        (?:ja,? )?ich möchte (?:den|einen) (?:\w+ )?newsletter
        mit (?:dem|unserem) newsletter
        quellen(?:angaben)?:
        themen:
        schlagw(?:orte|örter):
        tags:
        kategorien?:
        autor(?:in)?:
        foto(?:s)?:
        bilder?:
        links auf online-shops
        \*?(?:affiliate|partner)-?links?
        pingback\b
        trackback\b
        teilen? (?:sie )?diesen (?:beitrag|artikel)\b
        teile diesen beitrag\b
        (?:den )?artikel (?:mit anderen )?teilen\b
        wir respektieren (?:deine|ihre) privatsphäre
        als amazon-partner verdien
        (?:bitte )?teilen sie uns ihre (?:erfahrungen|meinung)\b
        (?:bitte )?bewerten sie (?:diesen|dieses|diese|den|das|die)\b
        (?:schreiben sie|schreib) (?:die erste|eine) bewertung
        sei(?:en sie)? (?:der|die) erste\b
        (?:jetzt )?mitglied werden\b
        werden sie (?:jetzt )?mitglied\b
        unterstütze?n? (?:sie )?\S+ (?:bereits |schon |jetzt )?(?:mit|ab) [\d€]
        (?:folge|folgen sie|abonniere|abonnieren sie) (?:uns|unserem \w+-?kanal) (?:auf|bei) (?:telegram|whatsapp)\b
        wir sind (?:jetzt )?(?:auch )?(?:auf|bei) (?:telegram|whatsapp)\b
        """
    ),
    "fr": _patterns(
        r"""
        votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée
        les champs obligatoires sont
        ce site utilise akismet
        prévenez-moi de\b
        suivez-nous sur\b
        abonnez-vous (?:à|au)\b
        inscrivez-vous (?:à|au)\b
        recevez (?:notre|la) newsletter
        copyright (?:©|\(c\)|(?:19|20)\d\d)
        © ?(?:19|20)\d\d\b
        tous droits réservés
        nous utilisons des cookies
        ce site utilise des cookies
        \d+ commentaires?$
        cet article (?:est paru|a été publié) (?:dans|sur)\b
        \d+\s?min(?:utes)? de lecture$
        vous avez lu \d+
        des? \d+ articles? gratuits?
        déjà abonné\s?\?
        donnez votre avis\b
        soyez le premier à\b
        notez (?:cet|cette|ce)\b
        devenez (?:membre|abonné)\b
        rejoignez-nous sur (?:telegram|whatsapp)\b
        (?:rejoignez|suivez) notre (?:chaîne|canal) (?:telegram|whatsapp)\b
        """
    ),
    "es": _patterns(
        r"""
        tu (?:dirección de )?correo electrónico no será publicad[oa]
        los campos obligatorios están marcados
        este sitio usa akismet
        síguenos en\b
        suscríbete (?:a|al)\b
        recibe (?:nuestro|el) boletín
        copyright (?:©|\(c\)|(?:19|20)\d\d)
        © ?(?:19|20)\d\d\b
        todos los derechos reservados
        utilizamos cookies
        este sitio (?:web )?utiliza cookies
        para comentar (?:debes|debe)\b
        \d+ comentarios?$
        \d+\s?min(?:utos)? de lectura$
        tiempo de lectura:? \d+
        ¿?ya eres suscriptor\??
        has alcanzado el límite de\b
        sé el primero en\b
        (?:comparte|cuéntanos) tu (?:opinión|experiencia)\b
        valora (?:este|esta)\b
        hazte (?:socio|miembro|suscriptor)\b
        únete a (?:nuestro|nuestra) (?:canal|comunidad|grupo)\b
        ¿?ya sabías que\b.*\b(?:canal|grupo) de (?:telegram|whatsapp)\b
        (?:tenemos|sigue nuestro|síguenos en nuestro) canal de (?:telegram|whatsapp)\b
        """
    ),
    "it": _patterns(
        r"""
        il tuo indirizzo e-?mail non sarà pubblicato
        i campi obbligatori sono contrassegnati
        questo sito usa akismet
        seguici su\b
        iscriviti (?:a|alla|al)\b
        copyright (?:©|\(c\)|(?:19|20)\d\d)
        © ?(?:19|20)\d\d\b
        tutti i diritti riservati
        questo sito (?:web )?utilizza (?:i )?cookie
        utilizziamo (?:i )?cookie
        \d+ commenti$
        p\.? ?iva\b
        \d+\s?min(?:uti)? di lettura$
        tempo di lettura:? \d+
        sii il primo a\b
        lascia una recensione\b
        diventa (?:socio|membro|abbonato)\b
        (?:iscriviti|unisciti) al (?:nostro )?canale (?:telegram|whatsapp)\b
        """
    ),
    "pt": _patterns(
        r"""
        o seu endereço de e-?mail não será publicado
        seu e-?mail não será publicado
        campos obrigatórios são marcados
        siga-nos (?:no|na|em)\b
        inscreva-se (?:na|no)\b
        assine (?:a|nossa) newsletter
        copyright (?:©|\(c\)|(?:19|20)\d\d)
        © ?(?:19|20)\d\d\b
        todos os direitos reservados
        (?:este site|utilizamos) (?:utiliza )?cookies
        \d+ comentários?$
        seja o primeiro a\b
        deixe (?:sua|a sua) avaliação\b
        torne-se (?:membro|assinante|sócio)\b
        (?:entre|participe) (?:no|do) nosso (?:canal|grupo) (?:no |do )?(?:telegram|whatsapp)\b
        """
    ),
    "nl": _patterns(
        r"""
        je e-?mailadres wordt niet gepubliceerd
        uw e-?mailadres wordt niet gepubliceerd
        vereiste velden zijn gemarkeerd
        volg ons op\b
        schrijf je in (?:voor|op)\b
        abonneer (?:je|u) op\b
        copyright (?:©|\(c\)|(?:19|20)\d\d)
        © ?(?:19|20)\d\d\b
        alle rechten voorbehouden
        (?:deze (?:web)?site gebruikt|wij gebruiken) cookies
        \d+ reacties?$
        wees de eerste\b
        schrijf een review\b
        word (?:lid|abonnee)\b
        volg ons (?:kanaal )?op (?:telegram|whatsapp)\b
        """
    ),
    "pl": _patterns(
        r"""
        twój adres e-?mail nie zostanie opublikowany
        wymagane pola są oznaczone
        obserwuj nas na\b
        zapisz się (?:do|na)\b
        copyright (?:©|\(c\)|(?:19|20)\d\d)
        © ?(?:19|20)\d\d\b
        wszelkie prawa zastrzeżone
        (?:ta strona|serwis) (?:używa|wykorzystuje) (?:plików )?cookies?
        \d+ komentarz(?:e|y)?$
        \d+\s?min(?:ut)? czytania$
        czas czytania:? \d+
        bądź pierwsz(?:y|ą)\b
        oceń (?:ten|tę|to)\b
        zostań (?:członkiem|subskrybentem|patronem)\b
        dołącz do (?:nas|naszego kanału) na (?:telegramie|telegram|whatsappie|whatsapp)\b
        """
    ),
    "ru": _patterns(
        r"""
        ваш (?:адрес )?e-?mail не будет опубликован
        обязательные поля помечены
        подписывайтесь на\b
        подпишитесь на\b
        copyright (?:©|\(c\)|(?:19|20)\d\d)
        © ?(?:19|20)\d\d\b
        все права защищены
        (?:этот )?сайт использует (?:файлы )?cookie
        \d+ комментари[йяев]*$
        будьте первым\b
        оцените (?:эту|этот|это)\b
        станьте (?:участником|подписчиком|членом)\b
        (?:подписывайтесь|присоединяйтесь) (?:на наш|к нашему) (?:канал|каналу) в (?:telegram|телеграм|whatsapp)\b
        """
    ),
}

# Substrings that mark a whole short line as a footer wherever they occur in it.
FOOTER_SUBSTRINGS: tuple[str, ...] = _phrases(
    """
    when you purchase through links | we may earn an affiliate commission | earn an affiliate commission |
    as an amazon associate | amazon services llc associates program | als amazon-partner verdiene ich |
    all rights reserved | alle rechte vorbehalten | tous droits réservés | todos los derechos reservados |
    tutti i diritti riservati | todos os direitos reservados | alle rechten voorbehouden |
    wszelkie prawa zastrzeżone | все права защищены | powered by wordpress
    """
)

# Disclaimers found anywhere in a line of at most PREFIX_LINE_WORDS words (they follow the site's name:
# "The Postpartum Party does not offer medical advice"). Regular expressions on the lexicon form.
FOOTER_CONTAINS: tuple[str, ...] = _patterns(
    r"""
    \b(?:does|do|is) not (?:offer|provide|give|constitute|intended as|a substitute for) (?:\w+ )?(?:medical|legal|financial|investment|professional) advice\b
    \bnot (?:intended )?(?:as )?a substitute for professional (?:medical )?advice\b
    \bfor (?:general )?informational purposes only\b
    \bersetzt? (?:keine|nicht die) (?:ärztliche|medizinische|rechtliche|persönliche) (?:beratung|behandlung|diagnose)\b
    \bstellt? keine (?:anlageberatung|rechtsberatung|anlageempfehlung)\b
    \bne (?:remplace|constitue) pas (?:un|une|l'avis|la consultation) ?(?:avis|consultation|conseil)? ?(?:médical|médicale|juridique|financier)
    \bà titre (?:purement )?informatif\b
    \bno (?:sustituye|reemplaza) (?:el|la|a) (?:consejo|consulta|diagnóstico|asesoramiento) (?:médic[oa]|profesional|legal)
    \bcon fines (?:meramente |exclusivamente )?informativos\b
    \bnon sostituisc(?:e|ono) (?:il|la|in alcun modo il) (?:parere|consulto|consulenza) (?:medic[oa]|legale|professionale)
    \b(?:a|hanno|ha) (?:solo )?(?:uno )?scopo (?:puramente |esclusivamente )?informativo\b
    \bnão substitui (?:a |o )?(?:consulta|orientação|aconselhamento|parecer) (?:médic[oa]|jurídic[oa]|profissional)
    \bvervangt? geen (?:medisch|juridisch|professioneel) advies\b
    \bnie zastępuje (?:porady|konsultacji) (?:lekarskiej|lekarza|medycznej|prawnej)\b
    \bне является (?:медицинской |юридической |индивидуальной )?(?:консультацией|рекомендацией|офертой)\b
    \badvertising disclaimer\b
    """
)

# --- B103: promotional and related-content labels ------------------------------

PROMO_LABELS: dict[str, tuple[str, ...]] = {
    "en": _phrases(
        """
        why we wrote this | related stories | related articles | related posts | related content | related news |
        related coverage | related reading | related topics | more stories | more news | more from | more on this story |
        more on this topic | more to explore | read more | read next | read also | also read | see also |
        continue reading | keep reading | recommended | recommended for you | recommended stories | recommended reading |
        you may also like | you might also like | you may be interested in | you might be interested in | editor's picks |
        editors' picks | top stories | most read | most popular | most viewed | most shared | trending | trending now |
        trending stories | latest news | latest articles | latest stories | latest posts | don't miss | must read |
        advertisement | advertising | sponsored | sponsored content | paid content | promoted stories | around the web |
        from our partners | explore further | further reading | what to read next | up next | featured |
        featured stories
        more in | more from our site | trending nationally | popular now | recommended videos | related videos | watch next | sponsored links | you might like | in case you missed it | more news from
        """
    ),
    "de": _phrases(
        """
        lesen sie auch | lies auch | lesen sie mehr | weiterlesen | mehr lesen | mehr zum thema | mehr zu diesem thema |
        weitere artikel | weitere artikel zum thema | weitere beiträge | ähnliche beiträge | ähnliche artikel |
        verwandte artikel | verwandte themen | artikel zum thema | das könnte sie auch interessieren |
        das könnte dich auch interessieren | auch interessant | empfehlungen der redaktion | unsere empfehlung |
        meistgelesen | meistgelesene artikel | am meisten gelesen | meist gelesen | top-themen | top themen |
        aktuelle artikel | aktuelle beiträge | neueste artikel | anzeige | - anzeige - | werbung | sponsored |
        gesponsert | mehr aus dem ressort | mehr videos | videos zum thema | beliebte artikel | beliebte beiträge |
        lesetipp | lesetipps | empfohlene artikel | zum thema
        mehr aus dem channel | mehr aus der rubrik | mehr aus dem ressort | mehr zum thema | weitere inhalte zum thema | weitere nachrichten | heute empfehlen wir | wir empfehlen | empfehlungen | mehr inspiration | top-artikel | neueste beiträge | aktuelle nachrichten | beliebt | angebote | werbepause | sponsored content
        """
    ),
    "fr": _phrases(
        """
        lire aussi | à lire aussi | à lire également | lire la suite | voir aussi | sur le même sujet |
        articles similaires | articles liés | vous aimerez aussi | vous aimerez peut-être aussi | les plus lus |
        articles les plus lus | à découvrir | à découvrir aussi | dernières actualités | publicité | contenu sponsorisé |
        sponsorisé | en savoir plus | nos articles
        à écouter aussi | à voir aussi | à lire également | les plus populaires | le fil | l'actu | en images | les dernières actualités
        """
    ),
    "es": _phrases(
        """
        vea también | ver también | lea también | lee también | te puede interesar | también te puede interesar |
        te recomendamos | noticias relacionadas | artículos relacionados | notas relacionadas | contenido relacionado |
        leer más | sigue leyendo | lo más leído | lo más visto | más leídas | más noticias | últimas noticias |
        lo último | publicidad | contenido patrocinado | patrocinado | video recomendado
        visto ahora | más vistas | más noticias | te recomendamos | lo más popular
        """
    ),
    "it": _phrases(
        """
        leggi anche | leggi tutto | continua a leggere | potrebbe interessarti | potrebbe interessarti anche |
        articoli correlati | notizie correlate | ti potrebbe interessare | i più letti | più letti | da non perdere |
        ultime notizie | pubblicità | contenuto sponsorizzato | sponsorizzato
        """
    ),
    "pt": _phrases(
        """
        leia também | leia mais | veja também | saiba mais | continue lendo | artigos relacionados |
        notícias relacionadas | posts relacionados | você também pode gostar | mais lidas | mais lidos |
        últimas notícias | publicidade | conteúdo patrocinado | patrocinado
        """
    ),
    "nl": _phrases(
        """
        lees ook | lees meer | lees verder | meer lezen | gerelateerde artikelen | gerelateerd | meest gelezen |
        meer nieuws | laatste nieuws | advertentie | gesponsord
        """
    ),
    "pl": _phrases(
        """
        czytaj także | czytaj też | czytaj więcej | czytaj dalej | zobacz także | zobacz też | zobacz również |
        przeczytaj także | przeczytaj też | powiązane artykuły | podobne artykuły | najczęściej czytane |
        najpopularniejsze | najnowsze | reklama | artykuł sponsorowany | inne artykuły autora
        """
    ),
    "ru": _phrases(
        """
        читайте также | читать также | читать далее | читать дальше | смотрите также | см. также | похожие статьи |
        похожие записи | похожие новости | по теме | самое читаемое | популярное | последние новости | реклама |
        партнерский материал
        """
    ),
}

# Promo labels that stand for one item, not for a list of headlines below them (B111).
SINGLE_LABELS: frozenset[str] = frozenset(
    _phrases(
        """
        why we wrote this | advertisement | advertising | sponsored | sponsored content | paid content | featured |
        anzeige | - anzeige - | werbung | gesponsert | werbepause | publicité | contenu sponsorisé | sponsorisé |
        publicidad | contenido patrocinado | patrocinado | pubblicità | contenuto sponsorizzato | sponsorizzato |
        publicidade | conteúdo patrocinado | advertentie | gesponsord | reklama | artykuł sponsorowany | реклама |
        партнерский материал | read more | weiterlesen | mehr lesen | lire la suite | leer más | leggi tutto |
        leia mais | lees meer | czytaj więcej | читать далее | continue reading | keep reading | en savoir plus |
        saiba mais
        """
    )
)

# Footer labels (FOOTER_LINES) that head a list of links to posts, like the related-content labels (B111).
LIST_LABELS: frozenset[str] = frozenset(
    _phrases(
        """
        related | recent posts | recent comments | popular posts |
        neueste beiträge | neueste kommentare | letzte beiträge | articles récents | commentaires récents |
        entradas recientes | comentarios recientes | articoli recenti | commenti recenti | posts recentes |
        comentários recentes | recente berichten | recente reacties | ostatnie wpisy | najnowsze komentarze |
        свежие записи | свежие комментарии
        """
    )
)

# Labels that, followed by a colon, introduce a teaser headline on the same line.
PROMO_LINE_LABELS: tuple[str, ...] = _phrases(
    """
    read more | read also | also read | see also | related | recommended | don't miss |
    lesen sie auch | lies auch | auch interessant | mehr dazu | mehr zum thema | lesetipp | zum thema |
    nachfolgebeitrag | vorheriger beitrag | lire aussi | à lire aussi | voir aussi | vea también | lea también |
    lee también | leer más | te puede interesar | leggi anche | guarda anche | leia também | veja também | leia mais |
    lees ook | czytaj także | czytaj też | zobacz też | zobacz także | читайте также | смотрите также
    """
)

# --- B106: an inline "read more" link that closes a teaser inside a paragraph --

READ_MORE_PHRASES: tuple[str, ...] = _phrases(
    """
    Read more | Read More | READ MORE | Read a lot more | Read much more | Read extra | Read even more |
    Continue reading | Weiterlesen | Mehr lesen | Lire la suite | Leer más | Leggi tutto | Leia mais | Lees meer |
    Czytaj więcej | Читать далее
    """
)

# --- B104 / B105: photo credits -------------------------------------------------

# Labels that open a credit ("Photo: AP").
CREDIT_LABELS: tuple[str, ...] = _phrases(
    """
    photo | photos | photograph | photography | picture | image | images | graphic | graphics | illustration | video |
    credit | credits | photo credit | image credit | image source | foto | fotos | bild | bilder | grafik |
    bildquelle | fotoquelle | crédit | crédits | crédit photo | crédits photos | photo credit | imagen | fotografía |
    fuente de la imagen | immagine | crediti | imagem | afbeelding | beeld | zdjęcie | fot | źródło zdjęcia | фото |
    иллюстрация | источник фото
    """
)

# News and photo agencies (and stock libraries) as they appear in credits.
AGENCIES: tuple[str, ...] = _phrases(
    """
    AP | AFP | Reuters | Getty Images | Getty | Sputnik | EPA | EPA-EFE | EFE | dpa | picture alliance |
    picture-alliance | Keystone | ANSA | Imago | IMAGO | Shutterstock | iStock | iStockphoto | Alamy | Xinhua | TASS |
    ТАСС | РИА Новости | Belta | PAP | Bloomberg | NurPhoto | SIPA | Sipa | ABACA | Agencia Uno | Andina |
    Europa Press | LaPresse | Corbis | Wikimedia Commons | Wikipedia | Unsplash | Pixabay | Pexels | Flickr | CC BY |
    CC BY-SA | Press Association | PA | PA Wire | Anadolu | Kyodo | Yonhap | AAP | CP | The Canadian Press | ABC |
    BBC | CNN | File | Handout | Pool | Shutterstock.com | GettyImages | Depositphotos | Adobe Stock |
    stock.adobe.com
    """
)
