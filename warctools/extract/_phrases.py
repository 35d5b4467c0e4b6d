"""Boilerplate lines by their wording: generic web vocabulary in several languages.

Three kinds of short blocks never belong to an article's text:

* boilerplate lines, matched whole ("Advertisement", "Read more", "Share this article",
  "Lire aussi : ...", "Weiterlesen", "Foto: ...");
* notices: cookie banners, newsletter and donation appeals, paywall prompts, copyright
  notices ("We use cookies ...", "Sign up for our newsletter ...");
* meta lines: bylines ("By Ana Lima"), time stamps ("Updated 5 March 2024 10:02") and
  dates on their own line ("Onsdag den 15. december 2010, 22:08").

The vocabulary is the usual furniture of news and blog templates in English, French,
German, Spanish, Italian, Portuguese, Dutch and the Scandinavian languages; nothing is
taken from particular sites.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import _regex
from ._alternation import (
    FirstCharacter,
    LiteralLed,
    Source,
    alternation,
    any_of,
    factor,
    factored,
)
from .date_fallback import PUBLISHED_WORDS, UPDATED_WORDS
from .dates import MONTH_NAMES

__all__ = [
    "AUTHOR_LABELS", "BOILER_MAX", "MORE_AUTHOR_LABELS", "QUESTION_MARKS", "ends_in_credit",
    "is_boiler_line", "is_byline",
    "is_comment_mark", "is_comments_heading", "is_contact_line", "is_meta_line", "is_notice",
    "is_rights_notice", "is_tail_heading",
]

BOILER_MAX = 600  # longer blocks are not notices, appeals or banners

# the reply buttons of a comment thread (whole-line furniture, and the marks of a thread
# below): capitalised as buttons are; Chinese, Japanese and Korean ones join the text
# before them, Arabic, Persian, Hindi and Thai ones stand alone
_REPLY_WORDS = (
    "Reply", "Antworten", "Beantworten", "Répondre", "Responder", "Rispondi", "Svara", "Svar",
    "Beantwoorden", "Vastaa", "Válasz", "Răspunde", "Odpowiedz", "Odpovědět", "Ответить",
    "Відповісти", "Απάντηση", "Yanıtla", "Balas", "Trả lời",
)
_REPLY_JOINED = ("回复", "回覆", "返信", "답글", "답글쓰기", "답글달기")
_REPLY_ALONE = ("رد", "پاسخ", "जवाब दें", "ตอบกลับ")
_BOILER_LINES = (
    r"(?:advertisement|advertising|adverts?|sponsored|promoted|ads?)"
    r"(?: links?| content| stories)?"
    r"|ads? by \S+|anzeige|werbung|publicité|publicidad"
    r"|publicidade|pubblicità|advertentie|reclame|annonce|sponsored content"
    # read more / continue / related
    r"|continue reading(?: the main story| below)?|read more(?::.*)?|read next|more:?|related:?"
    # the source a portal's copy links back to ("Read more at Reuters", "View original
    # article on Reuters", "Weiterlesen auf ...", "Leer más en ...")
    r"|read (?:more|the (?:full|original|rest of the) (?:story|article|post)) (?:at|on) .{1,60}"
    r"|(?:view|see|read) (?:the )?original (?:article|story|post)(?: (?:at|on) .{1,60})?"
    r"|weiterlesen (?:bei|auf) .{1,60}|leer más en .{1,60}|continua a leggere su .{1,60}"
    # a poll's count and button ("1,234 votes", "Vote", "Abstimmen", "Voter")
    r"|(?:total:? )?[\d.,]+ (?:votes?|stimmen|votos?|voti)|vote|abstimmen|voter|votar|vota"
    r"|related: .*|scroll (?:down )?to continue(?: with content| reading)?"
    r"|related (?:stories|articles|coverage|links|content|posts|news)"
    r"|(?:lire|voir) (?:la suite|aussi|plus).*|à lire (?:aussi|également).*|weiterlesen"
    r"|mehr (?:lesen|zum thema).*|lesen sie (?:auch|mehr).*|das könnte sie .*"
    r"|leer más|lee (?:también|más).*|lea (?:también|además).*|le puede interesar.*"
    r"|te puede interesar.*"
    r"|noticias relacionadas|artículos relacionados|leia (?:mais|também).*"
    r"|notícias relacionadas|leggi (?:anche|di più|tutto).*|continua a leggere"
    r"|articoli correlati|lees (?:meer|ook|verder).*|gerelateerde artikelen"
    r"|læs (?:også|mere).*|läs (?:också|mer).*|les (?:også|mer).*|articles? liés?"
    r"|see also:?.*|also read:?.*|read also:?.*|recommended(?: for you)?:?"
    # sharing, comments, following, subscribing
    r"|share(?: this)?(?: article| story| post)?|share on \w+|tweet|email|e-mail|print"
    r"|print (?:this )?(?:article|story|page|recipe)|(?:artikel |rezept |seite )?drucken"
    r"|imprimer(?: l.article| la recette| cet article)?|imprimir(?: receta| artículo)?"
    r"|be sociable,? share!?|copy link|link copied|copy (?:the )?url"
    r"|e-?mail (?:this )?(?:article|story|page)|report (?:an? )?(?:error|typo|correction)"
    r"|this (?:story|article|post) has been shared .*|have your say.*"
    r"|already have an account\??.*|create (?:a |your )?free account.*"
    r"|don.t have an account\??.*|(?:enjoy|get) unlimited (?:digital )?access.*"
    r"|download (?:our|the) (?:\S+ ){0,3}app.*|paid (?:post|content)|partner content"
    r"|(?:for (?:more|the latest) [^,]{1,40},? )?follow us on .{1,80}"
    # a multi-page story's pager (en de fr es it pt pl), full-text, browser and back links,
    # a player's and a post's buttons
    r"|(?:page|seite|página|pagina|strona) \d+ (?:of|von|sur|de|di|z) \d+"
    r"|(?:[«‹<]\s*)?(?:previous|prev|zurück|précédent|anterior)?\s*(?:\d+\s+)+\d*\s*"
    r"(?:next|weiter|suivant|siguiente|avanti)\s*[»›>]?|weiter\s*[»›>]"
    r"|(?:next|previous|prev) page|page (?:suivante|précédente)|(?:nächste|vorherige) seite"
    r"|pagina (?:successiva|precedente)|página (?:siguiente|anterior)"
    r"|(?:go|continue) to page \d+|(?:show|read|view|see) (?:the )?full (?:article|story|text)"
    r"|(?:open|view) in (?:your )?browser|back to (?:the )?(?:article|news|overview|list)"
    r"|zurück zur (?:übersicht|liste)|retour (?:aux actualités|à la liste)"
    r"|volver a (?:noticias|la portada)|return to top|top of (?:the )?page"
    r"|(?:show|read|see|view) less|expand all|collapse(?: all)?"
    r"|play|pause|mute|unmute|full ?screen|copy|copied!?|saved?|follow(?:ing)?|unfollow|like"
    r"|report|translate|see translation"
    # buttons and links around a story: comments, saving, gifting, the next story
    r"|(?:show|view|see|read|hide|load) (?:all |more )?comments(?: \(\d+\))?"
    r"|(?:add|post|write) a comment|next (?:article|story|post)|previous (?:article|story|post)"
    r"|back to (?:home|homepage)|save (?:this )?(?:article|story)|save for later"
    r"|gift (?:this )?article|give this article|share (?:the )?full (?:article|story)"
    r"|zur startseite|(?:jetzt )?kommentieren|kommentare (?:anzeigen|lesen|einblenden)"
    r"|(?:artikel|beitrag) merken|video abspielen|weitere artikel|auch interessant|zum thema:?"
    r"|réagir|voir (?:les |tous les )?commentaires|offrir (?:cet |l.)article"
    r"|ajouter (?:à|a) (?:mes )?favoris|article (?:suivant|précédent)"
    r"|comentar|ver (?:los |todos los )?comentarios|ver más|ver mais|ver comentários"
    r"|(?:siguiente|próxima|próximo) (?:artículo|noticia|matéria|notícia)"
    r"|commenta|vedi (?:i |tutti i )?commenti|articolo (?:successivo|precedente)"
    r"|condividi su \w+|deel (?:dit )?artikel|bekijk (?:de |alle )?reacties|reageer"
    r"|(?:volgend|vorig) artikel"
    r"|artikel verschenken|regala (?:este |el )?artículo|regala (?:questo |l.)articolo"
    # podcast platforms, the story's age, standards links, language switches, a blog
    # engine's share buttons and ratings, newsletter and alert boxes, credits of
    # illustrations, discussion calls, ad sales links (en, de, fr, es, it, pt, nl)
    r"|(?:listen|subscribe|follow)(?: to (?:the|this|our) (?:podcast|episode|show))? on"
    r" (?:apple podcasts|spotify|google podcasts|amazon music|youtube music|soundcloud|deezer"
    r"|pocket casts|overcast|castbox)\b.*"
    r"|(?:jetzt )?(?:anhören|hören) (?:auf|bei) (?:spotify|apple podcasts|deezer|youtube)\b.*"
    r"|(?:écouter|écoutez) (?:le podcast )?sur (?:spotify|apple podcasts|deezer|youtube)\b.*"
    r"|(?:escucha|escuchar|escúchalo) (?:el podcast )?en (?:spotify|apple podcasts|ivoox"
    r"|youtube)\b.*"
    r"|dieser (?:artikel|beitrag) ist (?:älter als|mehr als) (?:ein|\d+) jahre?(?: alt)?"
    r"|cet article (?:a|date de) plus d.(?:un|\d+) ans?|este artículo tiene más de (?:un|\d+) años?"
    r"|(?:our|editorial) standards(?::.*)?|why you can trust .{1,30}"
    r"|read (?:this (?:article|story) )?in \w+|auf \w+ lesen|lire (?:cet article )?en \w+"
    r"|(?:leer|lea|léelo|leia) (?:este artículo |este artigo )?(?:en|em) \w+|leggi in \w+"
    r"|click to (?:share|email|print|tweet|like)\b.*|\(?opens in (?:a )?new (?:window|tab)\)?"
    r"|öffnet (?:sich )?in (?:einem )?neue[mn] (?:fenster|tab)|rate this:?"
    r"|(?:hier geht.s )?zum newsletter(?:-abo)?|(?:breaking news|news) (?:emails|alerts)"
    r"|get breaking news (?:alerts|emails|updates)\b.*"
    r"|(?:illustrations?|graphics?|artwork|grafik(?:en)?) (?:by|von|par|por|di) [^.!?]{1,60}"
    r"|diskutier(?:en sie|e) mit|rejoignez la (?:discussion|conversation)"
    r"|únete a la conversación|partecipa alla discussione|participe da conversa"
    r"|advertise (?:with|on) us|werben (?:bei|mit|auf) uns"
    r"|(?:haben sie|hast du) (?:einen )?hinweise?\?.*"
    # related stories, comments, sharing, ads and read-on in th vi he fa ur bn ms tl sw el ro
    # cs fi hr bg sr lt hy, alone on their line
    r"|อ่านต่อ|(?:อ่าน)?ข่าวที่เกี่ยวข้อง|ความคิดเห็น|đọc tiếp|כתבות נוספות|עוד בנושא|תגובות"
    r"|לכתבה המלאה|habari zaidi|ειδήσεις σήμερα"
    r"|اخبار مرتبط|نظرات|متعلقہ خبریں|সম্পর্কিত খবর|মন্তব্য|kongsi|berita berkaitan|baca lagi"
    r"|ibahagi|kaugnay na balita|patalastas|habari zinazohusiana|tangazo|σχετικά άρθρα"
    r"|articole similare|související články|diskuse|aiheeseen liittyvät|povezani članci"
    r"|свързани статии|повезане вести|susiję straipsniai|komentarai|կիսվել"
    # a page's feedback widget ("Is this page useful?", "War diese Seite hilfreich?") and its
    # answers, back-to-top, print and share links of a page (en de fr es it pt nl pl sv da fi)
    r"|(?:is|was) (?:this|the) (?:page|information|content|answer) (?:useful|helpful)\??"
    r"|(?:yes|no),? this page is (?:not )?useful|report a problem with this page"
    r"|(?:war|ist) (?:diese|die) (?:seite|information|antwort) (?:hilfreich|nützlich)\??"
    r"|waren (?:diese|die) informationen (?:hilfreich|nützlich)\??"
    r"|cette (?:page|information|réponse) (?:vous )?(?:a-t-elle été|est-elle) utile ?\??"
    r"|ces informations vous ont-elles été utiles ?\??"
    r"|¿?(?:te|le) (?:ha )?(?:resultado|resultó|fue|ha sido) útil (?:esta|la) (?:página"
    r"|información)\??|¿?(?:fue|es) útil (?:esta|la) (?:página|información)\??"
    r"|questa (?:pagina|informazione) (?:ti|le) è stata utile\??"
    r"|(?:esta|essa) (?:página|informação) (?:lhe )?foi útil\??"
    r"|(?:was|is) deze (?:pagina|informatie) nuttig\??|vond u deze (?:pagina|informatie) nuttig\??"
    r"|czy (?:ta strona|te informacje) (?:była|były) (?:pomocna|pomocne|przydatna|przydatne)\??"
    r"|var (?:den här sidan|denna sida) (?:till hjälp|användbar)\??"
    r"|var denne side (?:nyttig|til hjælp)\??"
    r"|oliko (?:tästä sivusta|tästä) apua\??|oliko sivu hyödyllinen\??"
    r"|back to (?:the )?top of (?:the )?page|zum seitenanfang|haut de (?:la )?page"
    r"|retour en haut de (?:la )?page|volver (?:al inicio|arriba)|torna (?:su|all.inizio)"
    r"|voltar ao topo|terug naar (?:boven|top)"
    r"|imprimer (?:la|cette) page|(?:diese )?seite teilen|partager (?:cette|la) page"
    r"|compartir (?:esta )?página"
    r"|(?:zur |auf die )?merkliste(?: hinzufügen| setzen)?|retour à l.accueil"
    # read-also, follow and channel lines of es, pt, id, tr, ar, de, en, hi news sites
    r"|te recomendamos:?.*|más noticias|únete a nuestro canal.*|recibe (?:las )?noticias.*"
    r"|veja também:?.*|siga (?:o|a|os|as) .{1,40} no (?:instagram|facebook|twitter|x|youtube"
    r"|tiktok|telegram|whatsapp|google news).*|receba (?:as )?notícias.*"
    r"|simak (?:juga|berita|video).*|ikuti (?:berita|kami|kanal|saluran).*"
    r"|bizi .{1,40} takip edin.*|.{0,60} için tıklayın.*|تابعونا.*|siehe auch:?.*"
    r"|.{0,60}(?:फॉलो|फ़ॉलो) करें.*"
    r"|join our (?:\w+ )?(?:whatsapp|telegram) (?:channel|group|community).*"
    r"|rejoignez(?:-nous sur| notre (?:chaîne|groupe|communauté)) .*"
    r"|(?:śledź nas|urmăriți-ne|følg os|segui-nos) (?:na|w|pe|på|no|na|em) .{1,60}"
    r"|edited by:? .{1,60}"
    r"|bergabung(?:lah)? (?:dengan|di|ke) (?:saluran|kanal|grup|channel) .*"
    r"|\d[\d,.]*k? notes"  # a blog post's notes
    # a story's buttons and labels of newer templates: favourites, following a topic,
    # its age, a summary or an audio read made by software, the sign-off, free articles
    # left, a helpfulness vote's answers, a sponsor's label alone (en de fr es it pt nl)
    r"|(?:add to|remove from) (?:my )?favou?rites|(?:sign|log) ?in to save(?: this)?"
    r"(?: article| story)?|follow (?:this )?(?:topic|author|story|series)"
    r"|share via \S+|related (?:topics|tags|videos|reading)|recommended (?:stories|articles"
    r"|reading|videos)|cancel reply|(?:tap|click) to unmute|yes\W+no"
    r"|this (?:article|story|content) is (?:more|over) than \d+ (?:years?|months?) old"
    r"|(?:an? )?(?:ai[- ]generated|automated) (?:summary|audio|voice)"
    r"|(?:this )?(?:summary|audio|voice|reading) (?:was |is )?(?:generated|created|produced"
    r"|read) (?:by|with|using) (?:an? )?(?:ai|artificial intelligence)\b.{0,80}"
    r"|thanks? (?:you )?for reading|danke fürs lesen|vielen dank fürs lesen"
    r"|merci de (?:votre lecture|nous lire)|gracias por leer(?:nos)?"
    r"|grazie per (?:aver letto|la lettura)|obrigad[oa] por (?:ler|nos ler)|bedankt voor het lezen"
    r"|you have \d+ free (?:articles?|stories) (?:left|remaining)(?: this month)?"
    r"|in partnership with|produced by|in zusammenarbeit mit|en partenariat avec"
    r"|en colaboración con|zu (?:den )?favoriten hinzufügen|thema folgen|suivre ce sujet"
    r"|seguir este tema"
    r"|añadir a (?:mis )?favoritos|adicionar aos favoritos|aggiungi ai preferiti"
    # a reader's tip or correction asked for ("Have a news tip? Email us ...")
    r"|(?:(?:have|got) (?:a|any) (?:news )?(?:tip|story)|do you have a (?:news )?(?:tip|story)"
    r"(?: to share)?|(?:found|spotted|see) (?:a|an) (?:typo|mistake|error))\?.{0,150}"
    r"|get the latest .{1,40} on (?:telegram|whatsapp).*"
    # zh, ja, ko: editor and source lines, share and app prompts, rankings
    r"|责任编辑[：:].*|責任編輯[：:].*|(?:编辑|編輯|校对|校對|审核|審核)[：:].{1,20}"
    r"|(?:本文|稿件|文章)?(?:来源|來源)[：:].{1,30}|扫一扫.*|掃一掃.*|打开app.*|打開app.*|点击查看.*"
    r"|點擊查看.*|网友评论|網友評論|热门推荐|熱門推薦|更多精彩(?:内容|內容)?.*"
    r"|この記事を(?:シェア|共有).*|おすすめ(?:の)?記事|(?:アクセス)?ランキング"
    r"|많이 본 (?:뉴스|기사)|기사\s?제보.*|카카오톡 공유(?:하기)?"
    r"|기자\s?이메일|좋아요|ताज़ा (?:ख़बरें|खबरें)"
    # a channel of the site's on a messenger or a news app to join (id, tr, pl)
    r"|(?:gabung|bergabung|ikuti)[^.!?]{0,40}(?:whatsapp|telegram|google news)[^.!?]{0,20}"
    r"\bkami\b.*"
    r"|(?:whatsapp|telegram) kanalımıza katıl.*|google news'?(?:te|de|ten) (?:bizi )?takip ed.*"
    r"|dołącz do nas na (?:whatsapp|telegramie|telegram).*"
    # sponsored labels, ad breaks, listen and gallery buttons (es, pt, fr, de, it, en)
    r"|anúncio|contenido patrocinado|conteúdo patrocinado|contenu sponsorisé"
    r"|gesponserter inhalt|contenuto sponsorizzato|advertisement\W+scroll to continue.*"
    r"|continúa leyendo|continue lendo|weiterlesen nach der (?:anzeige|werbung)|mehr anzeigen"
    r"|sigue leyendo|seguir leyendo|continuer (?:la lecture|à lire)|verder lezen|czytaj dalej"
    r"|ver (?:galería|galeria|vídeo|video|fotos)"
    r"|ouvir (?:esta |este |a |o )?(?:notícia|matéria|texto|artigo)"
    r"|escuchar (?:esta |este |la |el )?(?:noticia|artículo|nota)"
    r"|écouter (?:l.article|cet article)|artikel (?:vor)?lesen lassen|artikel anhören|vorlesen"
    r"|ascolta (?:l.articolo|la notizia|questo articolo)"
    r"|partager(?: cet article)?|(?:jetzt |artikel )?teilen!?|compartir|compartilhar|condividi"
    r"|tag:?|schlagw(?:orte|örter):?|stichw(?:orte|örter):?|mots-clés:?|etiquetas:?"
    r"|(?:filed under|archivado en|arquivado em|classé dans|abgelegt unter|archiviato in"
    r"|gearchiveerd onder):?"  # (a tag list's label)
    r"|delen|del artikel|dela|comments?|commentaires?|kommentare?|comentarios?"
    r"|del artikkelen|del artiklen|dela artikeln|jaa artikkeli|udostępnij artykuł"
    r"|comentários?|commenti|reacties|(?:follow|like) us.*|suivez-nous.*"
    r"|folgen sie uns.*|síguenos.*|siga-nos.*|seguici.*|volg ons.*|sign up.*"
    r"|subscribe.*|abonnez-vous.*|(?:jetzt )?abonnieren.*|suscríbete.*|assine.*"
    r"|iscriviti.*|abonneer.*|newsletter:?|click here.*|cliquez ici.*|hier klicken.*"
    r"|haga clic aquí.*|clique aqui.*|clicca qui.*|klik hier.*|exit mobile version"
    r"|search(?: \S+){0,4} for:?|search(?: this site| the site)?:?|suche:?|rechercher:?|buscar:?"
    r"|cerca:?|pesquisar:?|zoeken:?|søg:?|sök:?"
    r"|skip to .*|back to top|retour en haut|nach oben|volver arriba|loading.*"
    r"|(?:text|font) size|schriftgröße|taille (?:du texte|de police)|tamaño (?:de )?(?:letra|texto)"
    r"|by|von|par|por"  # a byline's first word left alone when its name is a link
    # reading times, filing labels
    r"|(?:estimated )?(?:reading time|read time|lesezeit|lesedauer|temps de lecture"
    r"|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|læsetid|lästid|lesetid)\b.*"
    r"|(?:.{1,40} ?[·|•–—-] ?)?(?:about )?\d+[ -]?min(?:ute)?s?\.? (?:read|lesezeit|de lecture"
    r"|de lectura|de leitura)(?: ?[·|•–—-] ?.{1,40})?"  # with a date beside: "4 min read · Mar 12"
    r"|filed (?:under|in):?.*|(?:follow|like) (?:\S+ ){1,3}on(?: \w+)?(?: @\w+)?"
    # a blog engine's and a forum's own lines (WordPress, Drupal, Joomla, Blogger, vBulletin)
    r"|(?:log ?in|sign in) or (?:register|sign up|create an account) to (?:post|add|reply).{0,40}"
    r"|add (?:new|a) comment|submitted by .{1,40} on .{1,40}|printer[- ]friendly(?: version| page)?"
    r"|(?:hits|views|aufrufe|zugriffe|visitas|vues|visite) ?: ?[\d.,]+|[\d.,]+k? (?:views|hits)"
    r"|categor(?:y|ies) ?: .{1,80}|kategorien? ?: .{1,80}|categor(?:ía|ias|ie|ies) ?: .{1,80}"
    r"|tagged:? [^\s,.!?]+(?: [^\s,.!?]+)?(?:, ?[^\s,.!?]+(?: [^\s,.!?]+)?)*"  # its tags
    r"|(?:« )?(?:newer|older) (?:posts?|entries)(?: »)?"
    r"|newer posts? older posts?(?: home)?|reply with quote|quote|permalink"
    r"|(?:link to|report) this (?:post|comment|article)|(?:both )?comments and pings are .{1,30}"
    r"|(?:proudly )?powered by (?:wordpress|blogger|drupal|joomla|ghost|wix\.?(?:com)?|squarespace"
    r"|tumblr|hugo|jekyll|medium|substack)|theme(?: by|:) .{1,60}"
    r"|rate this (?:article|post|story|page)|bookmark|listen"
    # ... in the blog engine's de fr es pt it nl pl ru translations
    r"|dieser beitrag wurde unter .{1,80} veröffentlicht|beitragsnavigation"
    r"|(?:vorheriger|nächster) beitrag|stolz präsentiert von .{1,30}"
    r"|(?:schlagw(?:örter|orte)|étiquettes|mots-clés|catégories|etiquetas|tag|метки|рубрик[аи])"
    r" ?: [^.!?]{1,80}"
    r"|navigation (?:des |de l'|d')articles?|fièrement propulsé par .{1,30}|publié dans .{1,40}"
    r"|navegación de entradas|entrada (?:anterior|siguiente)|funciona gracias a .{1,30}"
    r"|navegação de posts?|orgulhosamente .{1,40}|navigazione (?:articoli|post)"
    r"|orgogliosamente .{1,40}|pubblicato in .{1,40}|geplaatst in .{1,40}|berichtnavigatie"
    r"|trots aangedreven door .{1,30}|(?:vorig|volgend) bericht|opublikowano w .{1,40}"
    r"|nawigacja wpisu|(?:poprzedni|następny) wpis|навигация по записям"
    r"|(?:предыдущая|следующая) запись"
    # picture credits and copyright lines
    r"|image(?: source)?:.*|(?:image|media|video) source, .{1,80}"
    r"|photo ?:.*|foto ?:.*|bild ?:.*|imagen ?:.*|immagine ?:.*|fotografía ?:.*"
    r"|foto (?:di|de|by|von|van) [A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){0,3}"
    r"|(?:image|media|video) caption\b.*"
    r"|\(?photo.*\)?|getty images|credit:.*|crédit ?:.*|source:.*|quelle ?:.*"
    r"|.{1,60}(?:/ ?| \| )(?:getty(?: images)?|afp|reuters|dpa|epa|imago|istock(?:photo)?"
    r"|shutterstock|picture alliance|keystone|ap photo)"
    r"|bildnachweis.*|bildquelle ?:.*|titelbild ?:.*|fotonachweis.*|crédits? photos?.*"
    r"|short-?url:.*|kurz-?url:.*|permalink:.*"
    r"|quick view|schnellansicht|.{0,40}(?:als )?pdf herunterladen|download (?:as |the )?pdf"
    r"|abbildung ?:.*"
    # a chart's credit and its embed's buttons (Datawrapper, Flourish and their kin)
    r"|(?:chart|graphic|grafik|infografik|infographie|gr[áa]fico|infograf[íi]a) ?:.*"
    r"|get the data|download (?:the )?(?:data|image|chart)|daten herunterladen|embed|einbetten"
    r"|(?:created|made) with (?:datawrapper|flourish|infogram)|erstellt mit (?:datawrapper"
    r"|flourish)|powered by flourish|a flourish (?:chart|map|data visuali[sz]ation)"
    r"|tap to (?:enlarge|expand)|(?:view|open) (?:in )?full ?screen|swipe (?:for more|to see"
    r" more)|scroll to explore|zum vergrößern (?:klicken|tippen)"
    # a recipe plugin's buttons and calls on a food blog (en, de, fr, es, it, pt, nl)
    r"|(?:jump|skip) to (?:the )?recipe|(?:print|pin|save|rate) (?:this |the )?recipe"
    r"|did you (?:make|try) this recipe\?.*|tag @\S+ on instagram.*|pin (?:it|this)(?: for later)?"
    r"|leave a review|zum rezept(?: springen)?|rezept (?:drucken|merken|speichern|bewerten)"
    r"|hast du (?:das|dieses) rezept (?:ausprobiert|nachgemacht|nachgekocht)\?.*"
    r"|aller à la recette|(?:imprimer|enregistrer|noter) la recette|ir a la receta"
    r"|(?:imprimir|guardar|valorar) (?:la )?receta|vai alla ricetta"
    r"|(?:stampa|salva) (?:la )?ricetta"
    r"|ir para a receita|imprimir (?:a )?receita|naar het recept|recept (?:printen|opslaan|bewaren)"
    # a recommendation widget's credit, feedback, policy and sign-up links, a video
    # player's "watch more", following the newsroom (de)
    r"|recommended by|send us (?:your )?feedback|corrections? policy|newsletter sign-?up"
    r"|watch more|folgen sie der redaktion (?:auf|bei) \w+"
    # a live blog's controls and labels (en, de, fr, es, it, pt, nl)
    r"|pinned post|key events?|show key events only|live(?: updates?| blog| coverage)?"
    r"|refresh|new (?:posts|updates)|(?:load|show|see) (?:more|older|newer) (?:updates|posts"
    r"|entries)|latest updates|filter by\b.*|sort by\b.*"
    r"|neue (?:beiträge|einträge) anzeigen|live-?ticker(?: aktualisieren)?"
    r"|(?:ältere|weitere|mehr) (?:beiträge|einträge|updates) (?:laden|anzeigen)"
    r"|en direct|voir plus de publications|en directo|en vivo|cargar más|in diretta"
    r"|carica altri|ao vivo|carregar mais|meer laden|laad meer"
    # a paywall's offers under the shown part of a story (en, de, fr)
    r"|unlock (?:this|the full) (?:article|story)|start (?:your )?(?:free )?trial(?: now| today)?"
    r"|try \d+ (?:months?|weeks?|days?) for .{1,12}|exclusive (?:to|for) (?:subscribers|members)"
    r"|sign in to (?:read|continue reading)(?: more| the (?:full |rest of the )?(?:article|story))?"
    r"|continue reading with (?:a|your) (?:subscription|membership)"
    r"|(?:jetzt )?weiterlesen mit \S+(?: \S+)?|(?:jetzt )?\d+ (?:wochen|monate?|tage)"
    r" (?:gratis|kostenlos) (?:testen|lesen)|il vous reste \d+ ?% de cet article à lire"
    r"|copyright.*|©.*|all rights reserved.*|tous droits réservés.*"
    r"|alle rechte vorbehalten.*|todos los derechos reservados.*"
    r"|this story continues below.*|story continues below.*|we need your help.*"
    r"|listen to (?:this )?(?:article|story).*|play video|video:?"
    r"|watch(?::.*| now| live| (?:the |this )?video)|(?:watch|see) the video (?:above|below).*"
    # the same furniture in more languages: pl, cs, sk, ru, uk, bg, tr, id/ms, ro, hu, fi,
    # el, hr/sr/sl, vi, zh, ja, ko, ar, fa, hi, th (ads, read also, share, comments, tags,
    # subscribe and follow, print, picture credits, copyright lines, reading times)
    r"|reklama|reklam|реклама|iklan|publicitate|hirdetés|mainos|διαφήμιση|oglas|quảng cáo"
    r"|广告|廣告|広告|광고|إعلان|اعلان|تبلیغات|विज्ञापन|โฆษณา|annons|বিজ্ঞাপন|اشتہار|פרסומת"
    r"|reklaam|reklāma|reklamë|auglýsing|რეკლამა|oglasno sporočilo|жарнама"  # et lv sq is ka sl kk
    r"|reklame|annonse|annonce"  # da/no/de ("Reklame"), no, da/fr: an ad's label
    r"|(?:prze)?czytaj (?:też|także|również|więcej).*|zobacz (?:też|także|również).*"
    r"|(?:čtěte|přečtěte si) (?:také|též|více).*|čítajte (?:aj|tiež|viac).*"
    r"|(?:читайте|смотрите|читать) (?:также|еще|ещё|далее|полностью).*"
    r"|(?:читайте|дивіться) (?:також|ще).*|прочетете (?:още|също).*"
    r"|ayrıca (?:okuyun|bakınız|bkz).*|(?:ilgili|benzer) haber(?:ler)?"
    r"|baca (?:juga|selengkapnya|berita lainnya).*|lihat juga.*|(?:berita|artikel) terkait"
    r"|cite(?:ș|s|ş)te (?:și|si|şi|mai mult).*|ez is érdekelheti.*|kapcsolódó cikkek?"
    r"|olvassa el (?:ezt )?is.*|(?:קראו|קרא) (?:עוד|גם).*"
    r"|lue (?:myös|lisää).*|διαβάστε (?:επίσης|ακόμα|περισσότερα).*"
    r"|pročitajte (?:i|još|također|takođe).*|(?:vidi|preberite) (?:još|tudi|i).*"
    r"|xem thêm.*|đọc thêm.*|tin liên quan|bài viết liên quan"
    r"|相关(?:阅读|文章|新闻|报道).*|延伸阅读.*|阅读全文|関連(?:記事|ニュース).*"
    r"|あわせて読みたい.*|관련\s?(?:기사|뉴스).*|اقرأ (?:أيضا|أيضاً|ايضا|المزيد).*"
    r"|(?:यह|ये) भी पढ़ें.*|और पढ़ें.*|بیشتر بخوانید.*|อ่านเพิ่มเติม.*"
    r"|همچنین بخوانید.*|یہ بھی پڑھیں.*|আরও পড়ুন.*|soma (?:pia|zaidi).*|basahin (?:din|rin).*"
    r"|더 보기.*"  # read also: fa, ur, bn, sw, tl, ko
    r"|इसे भी पढ़ें.*|हेही वाचा.*|આ પણ વાંચો.*|ਇਹ ਵੀ ਪੜ੍ਹੋ.*|இதையும் (?:படிங்க|படியுங்கள்|படிக்க).*"
    r"|ఇది కూడా చదవండి.*|ఇవి కూడా చదవండి.*|ಇದನ್ನೂ ಓದಿ.*|ഇതും വായിക്കുക.*|ഇതുകൂടി വായിക്കാം.*"
    r"|karanta kuma.*|həmçinin oxu(?:yun)?.*|тағы оқыңыз.*|ასევე წაიკითხეთ.*|կարդացեք նաև.*"
    r"|прочитајте (?:још|и|повеќе).*|taip pat skaitykite.*|lasiet arī.*|loe ka.*"
    r"|lexo (?:edhe|më shumë|gjithashtu).*|preberite (?:še|tudi).*"  # mr gu pa ta te kn ml
    # ha az kk ka hy sr/mk lt lv et sq sl
    r"|udostępnij|sdílet|zdieľať|поделиться|поділитися|споделете|paylaş|bagikan|distribuie"
    r"|megosztás|jaa|κοινοποίηση|podijeli|chia sẻ|分享(?:到)?|シェア|공유(?:하기)?"
    r"|شارك(?: (?:هذا|هذه))?(?: (?:المقال|الخبر|الموضوع|القصة))?"  # "share (this article)"
    r"|शेयर करें|แชร์"
    r"|jaga|dalintis|dalīties|shpërndaj|deila|გაზიარება|deli|бөлісу|сподели|подели|podeli"
    r"|שתפו?(?: את)?(?: (?:הכתבה|המאמר|הידיעה))?|اشتراک ?گذاری"
    r"|(?:این )?(?:مطلب|خبر|مقاله|گزارش) را (?:به اشتراک بگذارید|هم‌رسانی کنید)"
    r"|শেয়ার করুন|شیئر کریں|shiriki"  # share: et lt lv sq is ka sl kk ...
    r"|komentarze?|komentáře|komentáre|комментарии|коментарі|коментари|yorumlar?|komentar"
    r"|comentarii|hozzászólások|kommentit|σχόλια|komentari|bình luận|评论|評論|コメント"
    r"|댓글|تعليقات|टिप्पणियाँ|टिप्पणी"
    r"|(?:tagi|štítky|теги|мітки|етикети|etiketler|etichete|címkék|tunnisteet|ετικέτες"
    r"|oznake|标签|タグ|태그|الوسوم|sildid|žymės|birkas|etiketa|merki|ტეგები|teqlər|тегтер"
    r"|תגיות|برچسب‌?ها|ট্যাগ|ٹیگز|lebo|tags|tagged|keywords|từ khóa|แท็ก|टैग"
    r"|الكلمات المفتاحية|ключевые слова|ключові слова|klíčová slova|kulcsszavak"
    r"|anahtar kelimeler|λέξεις-κλειδιά|키워드|关键词|關鍵字|キーワード)"
    r"(?::?|\s?[:：]\s?[^.!?。]{1,80})"  # the label alone, or over its list of tags
    r"|subskrybuj.*|obserwuj nas.*|sledujte nás.*|подписывайтесь.*|подпишитесь.*"
    r"|підписуйтесь.*|abone ol.*|takip edin.*|berlangganan.*|ikuti kami.*|abonează-te.*"
    r"|urmărește-ne.*|feliratkozás.*|kövess(?:en)? minket.*|tilaa uutiskirje.*|seuraa meitä.*"
    r"|ακολουθήστε (?:μας|το).*|εγγραφείτε.*|theo dõi chúng tôi.*|订阅.*|구독.*"
    # follow prompts and newsletter sign-ups of sv, uk, zh, ja, ko, th, fa, he, vi, ar, hi
    r"|följ oss.*|(?:стежте|слідкуйте) за нами.*|关注我们.*|ニュースレター(?:に|を)?(?:登録|購読).*"
    r"|(?:x|twitter|facebook|instagram|line|ツイッター|フェイスブック)でフォロー.*"
    r"|(?:페이스북|인스타그램|트위터|유튜브|카카오톡)에서 팔로우.*|팔로우(?:하세요|하기)"
    r"|ติดตามเรา.*|ما را .{1,30}دنبال کنید.*|עקבו אחרינו.*"
    r"|đăng ký nhận (?:bản tin|tin).*|prenumerera på (?:vårt |vår )?nyhetsbrev.*"
    r"|メール(?:マガジン|マガ)(?:に|の)?(?:登録|購読).*|뉴스레터\s?(?:구독|신청).*"
    r"|اشترك في (?:نشرتنا|النشرة).*|(?:हमारे )?न्यूज़?लेटर (?:की सदस्यता लें|के लिए साइन अप करें).*"
    r"|สมัคร(?:รับ)?จดหมายข่าว.*|در خبرنامه .{0,20}عضو شوید.*|הירשמו ל(?:ניוזלטר|דיוור).*"
    # follow prompts of hr/bs, sr, bg, et, lt, lv, sq, is, ka, az, sl, mk
    r"|pratite nas.*|пратите нас.*|последвайте ни.*|jälgi meid.*|sekite mus.*"
    r"|sekojiet mums.*|na ndiqni.*|fylgdu okkur.*|გამოგვყევით.*|bizi .{0,30}izləyin.*"
    r"|sledite nam.*|следете не.*"
    r"|ku biyo mu.*|i-follow (?:kami|ang) .{1,60}|sundan (?:kami|ang) .{1,60}"  # ha tl
    r"|հետևեք մեզ.*|միացեք մեզ.*"  # hy
    r"|drukuj|vytisknout|tlačiť|печать|распечатать|друк|yazdır|cetak|nyomtatás|tulosta"
    r"|друкувати|tisk|printează|εκτύπωση|พิมพ์|प्रिंट|인쇄|打印|印刷(?:する)?"
    r"|bülten(?:e|imize) abone ol.*|フォローする"
    r"|prindi|spausdinti|drukāt|printo|prenta|natisni|ispiši|принтирай|штампај|štampaj"
    r"|fot\.?:.*|zdjęcie:.*|фото ?:.*|фотограф(?:ия|ія):.*|fotoğraf ?:.*|kuva:.*|fotó:.*"
    r"|φωτογραφία:.*|ảnh:.*|写真[：:].*|사진\s?[=:：].*|图片来源[：:].*"
    r"|fotografija:.*|снимка:.*|nuotr(?:\.|auka:).*|mynd:.*|ფოტო:.*|şəkil:.*|צילום:.*"
    r"|عکس:.*|تصوير:.*|(?:摄影|攝影)[：:].*|ภาพ:.*|फ़?ोटो:.*"
    r"|wszelkie prawa zastrzeżone.*|všechna práva vyhrazena.*|všetky práva vyhradené.*"
    r"|все права защищены.*|(?:усі|всі) права захищені.*|всички права запазени.*"
    r"|tüm hakları saklıdır.*|hak cipta.*|toate drepturile rezervate.*|minden jog fenntartva.*"
    r"|kaikki oikeudet pidätetään.*|με επιφύλαξη παντός δικαιώματος.*|sva prava pridržana.*"
    r"|ⓒ.*|版权所有.*|版權所有.*|無断転載.*|무단\s?전재.*|جميع الحقوق محفوظة.*"
    r"|सर्वाधिकार सुरक्षित.*"
    # ... et, lt, lv, sq, is, ka, az, sl, mk, kk, sr
    r"|kõik õigused kaitstud.*|visos teisės saugomos.*|visas tiesības aizsargātas.*"
    r"|të gjitha të drejtat e rezervuara.*|allur réttur áskilinn.*|ყველა უფლება დაცულია.*"
    r"|bütün hüquqlar qorunur.*|vse pravice pridržane.*|сите права се задржани.*"
    r"|барлық құқықтар қорғалған.*|сва права задржана.*|sva prava zadržana.*"
    r"|(?:czas czytania|время чтения|час читання|okuma süresi|waktu baca|doba čtení)\b.*"
    r"|(?:lukuaika|lugemisaeg|olvasási idő|timp de (?:citire|lectură)|χρόνος ανάγνωσης"
    r"|vrijeme čitanja|čas čítania|阅读时间|閱讀時間|読了時間|읽는 시간)\b.*"
    r"|\d+ ?(?:分钟|分鐘)(?:阅读|閱讀)|\d+ ?분 (?:읽기|소요)"
    r"|\d+ (?:min\.?|minut[ay]?|мин\.?|минут[ы]?|хв\.?|dakika|menit) (?:czytania|čtení|чтения"
    r"|читання|okuma|baca)"
    r"|https?://\S+"  # a bare URL (the page's own address under a share button)
    # the widgets of blog and comment templates, for pages whose class names say nothing:
    # reply and sort buttons of a comment thread, like and share bars (a line of network
    # names, a share count), gallery counters and buttons, labels left without their value,
    # skip links, shop buttons, form-error messages
    rf"|{'|'.join(w.lower() for w in (*_REPLY_WORDS, *_REPLY_JOINED, *_REPLY_ALONE))}"
    r"|(?:delete|report|edit|flag) (?:this )?comment|(?:newest|oldest|latest) first|most liked"
    r"|(?:be|sei) (?:the|der|die) (?:first|erste) .{0,30}(?:comment|kommentier).*"
    r"|schreib(?:e|en sie)? den ersten kommentar.*"
    r"|like this|like loading.*|gefällt mir(?: wird geladen.*)?|liken lade.*"
    r"|j.aime(?: ça| chargement.*)?|me gusta(?: esto| cargando.*)?|mi piace(?: caricamento.*)?"
    r"|curtir(?: isso| carregando.*)?|vind(?:-| )ik(?:-| )leuk(?: laden.*)?"
    r"|share this:?|teilen (?:mit|über):?|diesen beitrag teilen|compartir esto|compartilhe isso"
    r"|sharing is caring!?|(?:total )?\d[\d.,]*k? ?shares?|shares?"
    r"|(?:(?:facebook|twitter|linkedin|pinterest|reddit|whatsapp|telegram|tumblr|vkontakte|vk"
    r"|xing|flipboard|stumbleupon|digg|google\+|blogger|messenger|weibo|wechat|qzone|skype"
    r"|instapaper|evernote|mastodon|bluesky|e-?mail|mail|sms|print|drucken|copy link)"
    r"[\s,|·•/]*){1,12}"
    r"|(?:image|photo|picture|bild|foto|imagen|immagine|imagem|afbeelding|zdjęcie|фото|снимок)"
    r" \d+ (?:of|von|de|di|van|sur|z|из) (?:/ )?\d+|\d+ / \d+"
    r"|back to (?:the )?gallery|(?:open|view|show|close|hide|toggle) (?:the )?(?:gallery|caption)"
    r"|(?:click (?:here )?to )?(?:enlarge|expand)(?: (?:this |the )?(?:image|photo|picture))?"
    r"|open (?:the )?(?:image|photo|picture) in (?:the )?gallery|bild vergrößern"
    r"|bilder? ansehen|galerie öffnen|zur (?:bilder)?galerie|voir (?:la galerie|le diaporama"
    r"|les photos)|agrandir (?:l.image|la photo)|ouvrir la galerie|ampliar (?:imagen|foto"
    r"|imagem)|abrir (?:la |a )?galer[ií]a|ingrandisci(?: l.immagine| la foto)?"
    r"|apri (?:la )?(?:gallery|galleria)|vergroot (?:de )?afbeelding"
    r"|bekijk (?:de )?(?:fotoserie|galerij)"
    r"|(?:© ?)?dpa-infocom\b.{0,60}"  # the German wire's copyright and item number line
    r"|view this (?:post|photo|video|profile) on (?:instagram|facebook|tiktok|threads|x|twitter)"
    r"|a (?:post|photo|video) shared by [^.!?]{1,60}\(@[\w.]+\)"  # an embedded post's credit
    r"|skip (?:advertisement|ad)|ad feedback"
    r"|caption|close|schließen|fermer|cerrar|chiudi|fechar|sluiten"
    r"|fotostrecke|bildergalerie|photo gallery|slideshow"
    r"|(?:author|autor|auteur|publish(?:ed)? (?:date|on)|date|datum|fecha|data) ?:"
    r"|(?:zum |direkt zum )(?:hauptinhalt|inhalt)(?: springen)?|hauptinhalt|main content"
    r"|zum shop|(?:jetzt |bei amazon )?kaufen|(?:buy|shop) now|add to (?:cart|basket)"
    r"|order reprints|reprints(?: (?:&|and) permissions)?"
    r"|(?:an error has occurred|something went wrong)[,.!]? please try again(?: later)?"
    # the same widgets in de, fr, es, it, pt, nl, pl, ru: listen buttons, app prompts, skip
    # links, loading labels, error-report links, a player's "your browser does not support"
    r"|luister naar (?:dit|het) artikel.*|posłuchaj (?:artykułu|tekstu).*"
    r"|(?:прослушать|слушать) (?:статью|новость|текст).*"
    r"|download (?:onze|de) (?:\S+ )?app.*|(?:laden sie|lade|holen sie sich) (?:unsere|die)"
    r" (?:\S+ )?app.*|(?:unsere|die) app herunterladen.*"
    r"|téléchargez (?:notre|l.) ?(?:\S+ )?app(?:lication)?.*|descarga(?:r)? (?:nuestra|la)"
    r" (?:\S+ )?app.*|scarica (?:la nostra|l.) ?(?:\S+ )?app.*|baixe (?:o nosso|nosso|o|a nossa)"
    r" (?:\S+ )?app.*|pobierz (?:naszą )?aplikację.*|скачайте (?:наше )?приложение.*"
    r"|(?:aller|passer) au contenu(?: principal)?|(?:saltar|ir) al contenido(?: principal)?"
    r"|(?:vai|salta) al contenuto(?: principale)?|(?:pular|ir) para o conteúdo(?: principal)?"
    r"|(?:ga )?naar de (?:hoofd)?inhoud(?: springen| gaan)?|przejdź do (?:treści|zawartości)"
    r"|перейти к (?:основному )?(?:содержанию|содержимому|контенту)"
    r"|(?:wird geladen|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando"
    r"|ładowanie|загрузка)(?:\.\.\.|…)?|laden(?:\.\.\.|…)"
    r"|(?:einen )?fehler (?:melden|gefunden\?)|signaler une erreur|reportar (?:un )?error"
    r"|segnala(?:re)? un errore|reportar (?:um )?erro|fout (?:melden|gezien\?)|zgłoś błąd"
    r"|сообщить об ошибке|нашли ошибку\?.*"
    r"|your browser does(?: not|n.t) support .{0,40}(?:video|audio|iframe).*"
    r"|(?:audio|video) (?:is )?not supported (?:on|in|by) (?:your|this) browser.*"
    r"|ihr browser unterstützt .{0,40}(?:video|audio).*"
    r"|votre navigateur ne (?:prend pas en charge|supporte pas) .{0,40}(?:vidéo|audio).*"
    r"|tu navegador no (?:soporta|admite) .{0,40}(?:video|vídeo|audio).*"
    r"|il tuo browser non supporta .{0,40}(?:video|audio).*"
    r"|(?:o )?seu navegador não (?:suporta|é compatível com) .{0,40}(?:vídeo|video|áudio).*"
    r"|je browser ondersteunt .{0,40}(?:video|audio).*"
    r"|twoja przeglądarka nie obsługuje .{0,40}(?:wideo|video|audio).*"
    r"|ваш браузер не поддерживает .{0,40}(?:видео|аудио).*"
    # ... and in tr, id, vi, sv, uk, ro, cs, hu, el, zh, ja, ko, ar, hi, th (no video line)
    r"|(?:bu )?haberi dinle.*|dengarkan (?:artikel|berita)(?: ini)?.*"
    r"|nghe bài (?:viết|báo)(?: này)?|lyssna på (?:artikeln|texten).*"
    r"|прослухати (?:статтю|новину).*|ascultă (?:articolul|știrea).*"
    r"|poslechnout (?:si )?(?:článek|text).*|hallgassa meg a cikket.*|cikk meghallgatása.*"
    r"|ακούστε (?:το άρθρο|την είδηση).*|收听(?:本文|文章).*|この記事を(?:音声で)?聞く.*"
    r"|音声で聞く|기사\s?듣기|음성으로 듣기|استمع (?:إلى|الى) (?:المقال|الخبر).*"
    r"|(?:यह )?(?:लेख|खबर) सुनें.*|ฟังบทความ(?:นี้)?"
    r"|uygulamamızı indirin.*|(?:mobil )?uygulamayı indir.*|unduh aplikasi.*"
    r"|tải (?:ứng dụng|app).*|ladda ner (?:vår )?app(?:en)?.*"
    r"|завантажте (?:наш )?(?:додаток|застосунок).*|descarcă aplicația.*"
    r"|stáhněte si (?:naši )?aplikaci.*|töltse le (?:az? )?(?:\S+ )?alkalmazás\w*.*"
    r"|κατεβάστε την εφαρμογή.*|下载(?:客户端|app|应用).*|アプリ(?:を|の)?ダウンロード.*"
    r"|앱\s?(?:다운로드|설치).*|(?:حمّل|حمل|نزّل|نزل) (?:تطبيقنا|التطبيق).*"
    r"|(?:हमारा )?ऐप डाउनलोड करें.*|ดาวน์โหลดแอป.*"
    r"|(?:i̇|i)çeriğe (?:geç|atla)|langsung ke (?:konten|isi)(?: utama)?"
    r"|chuyển (?:đến|tới) nội dung(?: chính)?|hoppa (?:över )?till (?:innehåll|innehållet)"
    r"|перейти до (?:основного )?(?:вмісту|змісту)|(?:sari|treci) la conținut(?:ul principal)?"
    r"|přejít (?:na|k) (?:obsah|obsahu)|ugrás a (?:fő )?tartalomra"
    r"|μετάβαση στο (?:κύριο )?περιεχόμενο|跳(?:至|到)(?:主要)?(?:内容|正文)"
    r"|(?:コンテンツ|本文)へ(?:スキップ|移動)|본문\s?바로\s?가기"
    r"|(?:انتقل|تخطى) إلى (?:المحتوى(?: الرئيسي)?)|सामग्री पर जा(?:एं|एँ)|ข้ามไป(?:ยัง)?เนื้อหา"
    r"|(?:yükleniyor|memuat|đang tải|laddar|завантаження|se încarcă|načítání|betöltés|φόρτωση"
    r"|加载中|載入中|読み込み中|로딩\s?중|불러오는 중|جار(?:ي)? التحميل|लोड हो रहा है|กำลังโหลด)"
    r"(?:\.\.\.|…)?"
    r"|hata bildir|(?:laporkan|lapor) kesalahan|báo lỗi|rapportera (?:ett )?fel"
    r"|повідомити про помилку|raportează o eroare|nahlásit chybu|hiba bejelentése"
    r"|αναφορά σφάλματος|(?:我要)?纠错|糾錯|誤りを報告|오류\s?신고|أبلغ عن خطأ"
    r"|(?:गलती|त्रुटि) की रिपोर्ट करें|แจ้ง(?:ข้อผิดพลาด|แก้ไข)"
    # topic labels with their list, log-in buttons, next / previous story links (en, de, fr,
    # es, it, pt, nl, pl, ru, tr, id, vi, zh, ja, ko, ar, hi)
    r"|(?:(?:trending|popular|related|more) )?(?:topics?|themen|sujets|temas|argomenti|assuntos"
    r"|onderwerpen|tematy|темы|konular|topik"
    r"|chủ đề|话题|トピック|주제|مواضيع) ?[:：].{0,120}"
    r"|sign in|log ?in|anmelden|einloggen|se connecter|connexion|iniciar sesión|accedi|entrar"
    r"|inloggen|zaloguj się|войти|вход|giriş yap|masuk|đăng nhập|登录|登入|ログイン|로그인"
    r"|تسجيل الدخول|लॉग ?इन(?: करें)?"
    r"|(?:(?:next|previous) (?:article|story|post)|(?:nächster|vorheriger) artikel"
    r"|article (?:suivant|précédent)|artículo (?:siguiente|anterior)"
    r"|articolo (?:successivo|precedente)|(?:próximo|anterior) artigo|(?:volgend|vorig) artikel"
    r"|(?:następny|poprzedni) artykuł|(?:следующая|предыдущая) статья|(?:sonraki|önceki) haber"
    r"|artikel (?:berikutnya|sebelumnya)|bài (?:tiếp theo|trước)|下一篇|上一篇|(?:次|前)の記事"
    r"|(?:다음|이전) 기사|المقال (?:التالي|السابق))(?: ?[:：].*)?"
    # an advertisement's break in the story ("Weiter nach der Anzeige", "La suite après cette
    # publicité") and sponsored labels, de fr es it pt pl ru id tr cs ro en
    r"|weiter nach der (?:anzeige|werbung)|lesen sie nach der (?:anzeige|werbung) weiter"
    r"|(?:der )?artikel (?:wird|geht) nach der (?:anzeige|werbung) (?:weiter|fortgesetzt)"
    r"|la suite (?:après|sous) (?:cette|la) publicité"
    r"|(?:l.)?article continue (?:après|sous) (?:cette|la) publicité"
    r"|(?:sigue|continúa|continua) (?:leyendo )?(?:después|tras|debajo) de(?:l)? (?:la |el )?"
    r"(?:anuncio|publicidad)|(?:l.articolo )?continua dopo (?:la )?pubblicità"
    r"|(?:o texto )?continua (?:depois|após) (?:da |a )?publicidade"
    r"|dalsza część (?:artykułu|tekstu) (?:pod|poniżej) reklam(?:ą|y)"
    r"|продолжение (?:после|ниже) рекламы|artikel berlanjut setelah iklan"
    r"|haberin devamı reklamdan sonra|článek pokračuje (?:pod|po) reklam(?:ou|ě)"
    r"|articolul continuă după (?:reclamă|publicitate)"
    r"|publicité\W+(?:votre|le) contenu continue (?:ci-dessous|en dessous|plus bas)"
    r"|publicidad\W+(?:sigue|continúa|continua) leyendo(?: debajo| abajo| a continuación)?"
    r"|pubblicità\W+continua a leggere(?: sotto| di seguito)?"
    r"|continua a leggere dopo (?:la )?pubblicità|článok pokračuje (?:pod|po) reklam(?:ou|e)"
    r"|продолжение статьи (?:после рекламы|ниже)"
    r"|dalsza część (?:artykułu|tekstu) pod (?:materiałem wideo|filmem|zdjęciem)"
    r"|(?:the )?(?:story|article|content|text|post) continues (?:after|below)"
    r"(?:(?: this| the)? (?:advertisement|ad))?"
    r"|(?:der )?artikel (?:wird|geht) unter der (?:anzeige|werbung) (?:weiter|fortgesetzt)"
    r"|(?:la noticia|el artículo|la nota) (?:sigue|continúa|continua)"
    r" (?:después de(?:l)?|tras|debajo de(?:l)?) (?:la |el )?(?:anuncio|publicidad)"
    r"|(?:a reportagem|a matéria|a notícia|o artigo) continua (?:depois|após|abaixo)"
    r" (?:da |a |do )?(?:publicidade|anúncio)"
    r"|artykuł jest kontynuowany (?:pod|poniżej) reklam(?:ą|y)"
    r"|dalszą część (?:artykułu|tekstu) przeczytasz (?:pod|poniżej) reklam(?:ą|y)"
    r"|(?:het )?artikel gaat (?:verder|door) (?:onder|na) de (?:advertentie|reclame)"
    r"|(?:記事は)?広告の(?:後|あと)に(?:続きます|つづきます)"
    r"|advertisement\W+(?:story|article) continues below"
    r"|gesponsert|sponsorisé|patrocinado|sponsorizzato|gesponsord|sponsorowane"
    r"|спонсорский материал|paid partnership|(?:anzeige|werbung) ?\| ?.{1,40}"
    # zh, ja, ko: "back to the portal", topic and app-source lines, picture-zoom, full-text
    # and mail buttons
    r"|返回搜狐[，,]?\s?查看更多|点击进入专题.*|本文来自.{1,20}客户端.*|(?:查看|阅读)原文|展开全文"
    r"|この記事の(?:画像|写真)を見る.*|続きを読む|(?:写真|画像)を?拡大"
    r"|관련\s?기사\s?보기.*|기사\s?이메일\s?보내기|사진\s?확대|원문\s?보기|전체\s?보기"
    # copy-link, show-more and open-in-app buttons (en, de, fr, es, it, pt, nl, pl, ru, tr,
    # id, vi, zh, ja, ko, ar)
    r"|link (?:kopieren|kopiert)|copier le lien|lien copié|copiar (?:el )?enlace|enlace copiado"
    r"|copia (?:il )?link|link copiato|copiar (?:o )?link|link copiado|kopieer (?:de )?link"
    r"|kopiuj link|скопировать ссылку|ссылка скопирована|bağlantıyı kopyala|salin tautan"
    r"|sao chép liên kết|复制链接|複製連結|リンクをコピー|링크\s?복사|نسخ الرابط|link copied"
    r"|(?:show|load|see) more|afficher plus|charger plus|ver más|cargar más|mostra (?:di )?più"
    r"|mostrar mais|carregar mais|toon meer|laad meer|pokaż więcej|załaduj więcej"
    r"|показать (?:ещё|еще)|загрузить (?:ещё|еще)|daha fazla (?:göster|yükle)"
    r"|tampilkan lebih banyak|muat lebih banyak|显示更多|加载更多|もっと見る|더\s?보기|عرض المزيد"
    r"|mehr laden|open in (?:the )?app|in der app öffnen|ouvrir dans l.application"
    r"|abrir en la app|apri nell.app|abrir no app"
    # a breadcrumb trail written as text, from the home page's name
    r"|(?:home|startseite|accueil|inicio|início|página inicial|главная|головна|ana sayfa"
    r"|beranda|trang chủ|strona główna|hjem|hem|etusivu|főoldal|αρχική|domů|acasă|首页|首頁"
    r"|ホーム|홈|الرئيسية|होम)\s*[>»›/|]\s*.{0,120}"
    # time stamps whose verb comes last (de, tr, zh, ja, ko), print and text-size buttons
    r"|vor \d+ (?:minuten|stunden|tagen) aktualisiert|\d+ (?:dakika|saat|gün) önce güncellendi"
    r"|\d+\s*(?:分钟|小时|天)前更新|\d+\s*(?:分|時間|日)前に更新|\d+\s*(?:분|시간|일) 전 업데이트"
    r"|stampa(?: l.articolo| articolo)?|imprimir (?:o )?artigo|artikel afdrukken"
    r"|drukuj artykuł|распечатать статью|haberi yazdır|cetak (?:artikel|berita)|in bài viết"
    r"|打印(?:本文|文章)?|記事を印刷|印刷する|기사 인쇄|인쇄하기|طباعة(?: المقال| الخبر)?"
    r"|(?:a[+-]?\s*){2,4}|dimensione del testo|tamanho d[ao] (?:fonte|letra|texto)"
    r"|lettergrootte|rozmiar (?:czcionki|tekstu)|размер шрифта|yazı boyutu"
    r"|ukuran (?:huruf|font|teks)|cỡ chữ|字号|字體大小|字体大小|文字サイズ|글자\s?크기|حجم الخط"
    # a comment section closed or empty (en, de, fr, es, it, pt, nl, pl, ru, tr, id, vi, sv,
    # zh, ja, ko)
    r"|comments (?:are|have been) closed|(?:die )?kommentarfunktion (?:ist|wurde)"
    r" (?:geschlossen|deaktiviert)|les commentaires sont (?:fermés|clos)"
    r"|los comentarios están cerrados|i commenti sono chiusi"
    r"|os comentários estão (?:fechados|encerrados)|reacties zijn gesloten"
    r"|komentarze (?:zostały|są) wyłączone|комментарии (?:закрыты|отключены)"
    r"|yorumlar kapatılmıştır|(?:kolom )?komentar ditutup|bình luận đã (?:đóng|bị khóa)"
    r"|kommentarer är (?:avstängda|stängda)"
    r"|no comments(?: yet)?|(?:noch )?keine kommentare(?: vorhanden)?"
    r"|aucun commentaire(?: pour le moment| pour l.instant)?|(?:todavía|aún) no hay comentarios"
    r"|(?:ancora )?nessun commento|ainda não há comentários|(?:nog )?geen reacties"
    r"|brak komentarzy|комментариев (?:пока )?нет|henüz yorum yapılmamış|belum ada komentar"
    r"|chưa có bình luận(?: nào)?|暂无评论|暫無評論|コメントはまだありません|아직 댓글이 없습니다"
    # appeals for support in scripts without case or spaces (whole lines; _APPEAL has the rest)
    r"|支持我们|ご支援をお願いします|후원하기|ادعمنا|हमारा समर्थन करें|สนับสนุนเรา"
)
# a line in brackets or dashes: "[Advertisement]", "【関連記事】", "- Anzeige -"
# lines of furniture told by words inside them, not by their first ones ("Stay updated:
# follow us on WhatsApp", "ana liked this"): a pattern the first-character grouping cannot
# speed up, so matched only on lines holding one of ``_INSIDE_WORDS``
_BOILER_INSIDE_LINES = (
    r".{0,60}\b(?:follow|join) us on (?:whatsapp|telegram|google news).*"
    r"|.{1,40} abone olun|.{0,80}\bon our app\b.{0,40}"
    # a blog post's notes, one a line ("ana liked this", "jo reblogged this from rivernotes")
    r"|[\w.-]{1,40} (?:liked|reblogged|posted) this(?: from [\w.-]{1,40})?"
)
_INSIDE_WORDS = (" us on ", "abone olun", "our app", " this")
# a post's meta line of parts between separators, each a date, a byline, a button or a
# comment count ("March 12, 2025 · Leave a comment")
_META_SEPARATORS = (" · ", " | ", " • ", " — ", " – ")
_META_ASCII_SEPARATORS = tuple(sep for sep in _META_SEPARATORS if sep.isascii())  # (the ones
# an ASCII text may hold: one test, not five)
_META_PARTS = _regex.compile(r"\s+[·|•—–]\s+")
_META_PARTS_MAX = 120
_INSIDE_MAX = 200
_BOILER_DASHES, _BOILER_ARROWS, _BOILER_BRACKETS = "-–—", "▶►▷", "[【（"  # what may open one
_BOILER_START = (rf"(?:[{_BOILER_DASHES}]+ ?|[{_BOILER_ARROWS}] ?)?"
                 rf"[{re.escape(_BOILER_BRACKETS)}]?")  # fmt: skip
_BOILER_END = r"[\s:.!…»›>|：。！\]】）\-–—]*$"
_BOILER_PLAIN = Source(rf"^{_BOILER_START}(?:{_BOILER_LINES}){_BOILER_END}", re.IGNORECASE)
_BOILER_INSIDE = _regex.compile(rf"^{_BOILER_START}(?:{_BOILER_INSIDE_LINES}){_BOILER_END}",
                                 re.IGNORECASE)  # fmt: skip
# the same lines, its alternatives grouped by first character (one compare rejects most;
# a line opening with an ASCII character is tried on its character's groups alone)
_BOILER_LINE = FirstCharacter(_BOILER_START, factor(_BOILER_LINES, ignore_case=True),
                              _BOILER_END, _BOILER_DASHES + _BOILER_ARROWS + _BOILER_BRACKETS,
                              re.IGNORECASE)  # fmt: skip
_BOILER = _BOILER_LINE.pattern
# a copyright notice's "all rights reserved" (en fr de es it pt nl pl cs sk ru uk bg tr id ro
# hu fi el zh ja ar hi): a site's footer, where the page's own text ends
_RIGHTS_RESERVED = (
    r"all rights reserved|tous droits réservés|alle rechte vorbehalten"
    r"|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados"
    r"|alle rechten voorbehouden|prawa zastrzeżone|práva vyhrazena|práva vyhradené"
    r"|права защищены|права захищені|права запазени|hakları saklıdır|hak cipta dilindungi"
    r"|drepturile rezervate|jog fenntartva|oikeudet pidätetään|παντός δικαιώματος|版权所有"
    r"|版權所有|無断転載|الحقوق محفوظة|सर्वाधिकार सुरक्षित"
    # ko ("무단 전재 및 재배포 금지", "무단 전재-재배포, AI 학습 및 활용 금지"), th, he, fa, vi
    r"|무단\s?전재|무단\s?복제|재배포\s?금지|สงวนลิขสิทธิ์|כל הזכויות שמורות"
    r"|حقوق[^.]{0,40}محفوظ|giữ bản quyền|bảo lưu mọi quyền"
)
_RIGHTS = factored(Source(_RIGHTS_RESERVED))  # searched in lower-cased text
# words asking for consent, after an embed's placeholder words (see _NOTICE)
_CONSENT_WORDS = (
    "cookie|consent|accept|agree|allow|enable|privacy|akzept|zustimm|einverst|einwillig"
    "|datenschutz|erlaub|zulassen|accepte|autoris|consentement|traceur|acepta|consentimiento"
    "|privacidad|accett|consenso|aceit|consentimento|privacidade|toestemming|akkoord"
    "|zaakceptuj|akceptuj|zgod|godkänn|samtyck|acceptere|samtyk|godta|informasjonskapsl"
)
_NOTICE = Source(
    # cookie banners and legal links
    r"cookies? (?:policy|settings|preferences)|accept (?:all )?cookies|we use cookies"
    r"|(?:this|our) (?:web)?site stores cookies"
    r"|(?:diese|unsere) (?:webseite|website|seite) speichert cookies"
    r"|privacy policy|terms of (?:use|service)|(?:utilisons|utilise) des cookies"
    r"|accepter (?:les |tous les )?cookies|politique de (?:cookies|confidentialité)"
    r"|(?:wir )?verwenden cookies|cookies akzeptieren|datenschutzerklärung"
    r"|(?:utilizamos|usamos) cookies|aceptar (?:todas )?(?:las )?cookies"
    r"|política de (?:privacidad|cookies)"
    r"|aceitar (?:todos )?(?:os )?cookies|política de privacidade|utilizziamo (?:i )?cookie"
    r"|accetta (?:tutti )?(?:i )?cookie|informativa sulla privacy|(?:wij )?gebruiken cookies"
    r"|cookiebeleid|privacybeleid|bruger cookies|använder cookies|bruker informasjonskapsler"
    r"|\bakismet\b"  # WordPress's spam filter's line under a comment form, any language
    # an outlet's line closing each story ("Catch all the Business News ... on <Site>.",
    # "Download The <Site> News App to get Daily Market Updates")
    r"|catch all the .{1,120}(?:news|updates)|download the .{1,50} app to (?:get|read|stay)"
    r"|(?:auto-generated|published|generated) from a (?:syndicated|wire|news agency) (?:news )?feed"
    r"|(?:this|our) (?:web)?site uses cookies|cookie-?einstellungen|cookies zulassen"
    r"|(?:diese|unsere) (?:website|webseite|seite) (?:verwendet|nutzt|benutzt) cookies"
    r"|ce site utilise des cookies|(?:este|nuestro) sitio (?:web )?(?:utiliza|usa) cookies"
    r"|(?:este|nosso) site (?:utiliza|usa) cookies|questo sito (?:utilizza|usa) (?:i )?cookie"
    r"|deze (?:web)?site (?:gebruikt|maakt gebruik van) cookies"
    # outdated-browser prompts, ad-blocker and push-notification prompts, comment rules
    r"|(?:dein|ihr) browser ist (?:leider )?veraltet|your (?:web )?browser is (?:out of date"
    r"|outdated|not supported)|(?:update|upgrade) (?:to )?(?:a modern|a newer|your) browser"
    r"|detected (?:that )?you are (?:on|using) internet explorer"
    r"|(?:lade|laden sie|download|install|use|nutze|verwende)\b.{0,40}(?:neueren|aktuellen"
    r"|modernen|newer|modern|current|latest) (?:version (?:of )?(?:your )?)?browser"
    r"|(?:disable|turn off|deactivate|whitelist) (?:your |the )?ad-? ?blocker"
    r"|(?:adblocker|werbeblocker|ad-blocker) (?:für .{1,30} )?(?:aus|deaktivieren)"
    r"|(?:désactive[rz]?|desactiva|disattiva) (?:votre |tu |il )?(?:bloqueur|adblock|ad blocker)"
    r"|community[- ](?:guidelines|standards|richtlinien|regeln)|netiquette"
    r"|(?:erhalte|receive|get) (?:updates|notifications|benachrichtigungen) .{0,40}"
    r"(?:gerät|device|browser)"
    # newsletters
    r"|get (?:our|the) .{0,40}newsletter"
    r"|(?:sign up|subscribe|register) (?:for|to) (?!this ).{0,40}newsletter"
    r"|delivered (?:directly |straight |right )?to your inbox|(?<=\d) issues for\b"
    r"|(?:inscrivez-vous|abonnez-vous) à (?:notre|la) .{0,30}newsletter"
    r"|newsletter (?:abonnieren|bestellen)|für (?:den|unseren) .{0,30}newsletter"
    r"|(?:suscr[ií]b(?:ete|irse|irte)|apúntate)(?: aquí)? a (?:nuestro|nuestra|el|la) .{0,30}"
    r"(?:newsletter|boletín)"
    r"|assine (?:a|nossa) .{0,30}newsletter|iscriviti alla .{0,30}newsletter"
    r"|(?:schrijf je in|meld je aan) voor .{0,30}nieuwsbrief|tilmeld dig .{0,30}nyhedsbrev"
    # donations and paywalls
    r"|billed (?:once|monthly|annually|yearly|weekly)|donate now|make a (?:donation|contribution)"
    r"|support (?:our|independent|quality) (?:journalism|reporting)|faire un don"
    r"|jetzt spenden|haz una donación|fai una donazione|doneer nu|doe agora"
    r"|you(?:'ve| have) reached your .{0,30}(?:limit|articles)|already a subscriber"
    r"|déjà abonné|bereits abonnent|ya eres suscriptor|já é assinante|sei già abbonato"
    r"|this (?:article|story|content|page) is (?:only )?(?:available |reserved |exclusive(?:ly)? )?"
    r"(?:for|to) (?:our )?(?:paying |premium |digital )?subscribers"
    r"|(?:subscribe|sign in|log in|register)(?: for free| now| today)? to (?:continue|keep) reading"
    r"|to (?:continue|keep) reading(?: this (?:article|story))?,? (?:please )?(?:subscribe|sign in"
    r"|log in|register|create)"
    r"|(?:artikel|beitrag|inhalt|text) (?:ist )?(?:nur |exklusiv )für (?:[\w-]+ )?abonnenten"
    r"|um (?:\w+ ){0,3}weiterzulesen"
    r"|(?:article|contenu) (?:est )?réservé aux abonnés"
    r"|pour (?:lire|continuer à lire|poursuivre la lecture de) (?:la suite|cet article).{0,20}abonn"
    r"|(?:artículo|contenido) (?:es )?(?:exclusivo|solo) para suscriptores"
    r"|(?:suscríbete|regístrate|inicia sesión) para (?:seguir|continuar) leyendo"
    r"|(?:articolo|contenuto) (?:è )?riservato agli abbonati"
    r"|per continuare a leggere,? (?:abbonati|accedi|registrati)"
    r"|(?:artigo|conteúdo) (?:é )?exclusivo para assinantes"
    r"|para continuar (?:lendo|a ler),? (?:assine|faça login|cadastre-se)"
    r"|(?:artikel|inhoud) is alleen (?:beschikbaar )?voor abonnees"
    r"|om verder te lezen,? (?:moet je|log in|word abonnee|neem een abonnement)"
    r"|weiterlesen mit (?:\w+ )?abo(?:nnement)?\b"
    r"|la suite (?:de cet article )?est réservée aux abonnés"
    r"|continua a leggere con (?:l'|l’|un )?abbonamento"
    r"|(?:bu )?(?:içerik|haber|makale|yazı) (?:sadece |yalnızca )?abonelere özel(?:dir)?"
    r"|(?:هذا )?(?:المحتوى|المقال|الخبر) (?:متاح )?للمشتركين فقط"
    r"|(?:denne|dette) (?:artikkelen|artiklen|saken|innholdet|indhold) er (?:kun |bare )?for"
    r" abonnenter"  # (paywalls: de, fr, it, tr, ar, no/da)
    # comment widgets, copyright notices
    rf"|is loading comments|{_RIGHTS_RESERVED}|this material may not be published"
    r"|registered trade-?marks?|trade-?marks? (?:are|is) (?:the )?property of"
    r"|marque déposée|eingetragene marke|marca registrada|marchio registrato"
    r"|personal,? non-?commercial use|(?:is|are) subject to copyright|reprints? and permissions"
    # cookie consent in running words, content licences
    r"|(?:use|usage) of cookies|verwendung von cookies|utilisation (?:des|de) cookies"
    r"|uso de (?:las )?cookies|uso dei cookie|gebruik van cookies"
    r"|we(?: and our (?:\w+ )?partners)? (?:use|store|place|set) cookies"
    r"|(?:partners|vendors) (?:[\w,]+ ){0,12}legitimate (?:\w+ )?interests?"
    # a consent manager's purposes, as the IAB framework words them ("Store and/or access
    # information on a device"), en de fr es it nl pt pl
    r"|(?:store|access) (?:and/or access )?information on (?:a|your) device"
    r"|informationen auf einem gerät speichern|stocker et/ou accéder à des informations"
    r"|almacenar (?:y/)?o acceder a (?:la )?información|archiviare e/o accedere a informazioni"
    r"|informatie op een apparaat opslaan|armazenar e/ou aceder a informações"
    r"|przechowywanie informacji na urządzeniu"
    r"|licensed under (?:a |the )?(?:creative commons|cc[- ]by)|(?:lizenz|unter) cc[- ]by"
    r"|sous licence (?:creative commons|cc[- ]by)|bajo (?:una )?licencia (?:creative|cc)"
    # opinion disclaimers
    r"|(?:do|does) not necessarily (?:reflect|represent)|meinung des autors"
    r"|nicht (?:notwendigerweise|unbedingt|zwingend) die (?:meinung|ansicht)"
    r"|n.engagen?t que (?:leurs?|son|ses) auteurs?|no (?:reflejan?|representan?) necesariamente"
    # log-in prompts, comment rules
    r"|you must be logged in|must (?:be )?log(?:ged)? in to|sie müssen (?:sich )?(?:einloggen|ang"
    r"emeldet sein|anmelden)|vous devez être connecté|debes (?:iniciar sesión|estar registrado)"
    r"|netiquette|moderat(?:e|ed|ing) (?:all )?comments|comments (?:are|will be) moderated"
    r"|kommentare werden moderiert|commentaires sont modérés"
    r"|pelo moderador|por el moderador|dal moderatore|vom moderator|par le modérateur"
    r"|by (?:the|a) moderator"
    # rating widgets, post footers, affiliate disclosures
    r"|\(\d+ (?:votes?|ratings?|stimmen|bewertungen|votos?|voti)\b|noch keine bewertungen"
    r"|no ratings yet|(?:was this|war (?:der|dieser)) (?:article|post|artikel|beitrag)"
    r" (?:helpful|useful|nützlich|hilfreich)|this entry was posted in|bookmark the permalink"
    r"|this entry was posted on .{1,120} filed under"
    r"|affiliate[- ]links?|affiliate (?:and/or|or|and) \w+ links"
    r"|(?:may|might|could) (?:receive|earn|get) (?:an? )?(?:small )?(?:affiliate )?"
    r"(?:compensation|commission)"
    # ... in fr es it pt
    r"|(?:pouvons|pourrions|peut|peuvent) (?:percevoir|recevoir|toucher) une (?:petite )?"
    r"commission|(?:enlaces|links) de afiliad[oa]s|(?:link|collegamenti) di affiliazione"
    r"|(?:podemos|podríamos|puede) (?:recibir|ganar|receber) u(?:na|ma) (?:pequeña )?"
    r"comis(?:ión|são)"
    r"|(?:riceviamo|potremmo ricevere) una (?:piccola )?commissione"
    r"|liens? (?:d.affiliation|affiliés)"
    r"|products from one or more of our advertisers|advertising (?:disclaimer|disclosure)"
    r"|(?:erhalten|bekommen) wir (?:ggf\. |eventuell |unter umständen )?eine (?:kleine )?provision"
    r"|if you enjoyed (?:reading )?this (?:post|article)|angaben ohne gewähr"
    r"|share (?:it|this(?: \w+)?) with (?:a friend|your friends)"
    r"|mit (?:deinen |ihren )?freunden teilen"
    r"|partage[rz]? (?:-le |cet article )?avec (?:vos|tes) amis|compart[ea] con (?:tus|sus) amigos"
    r"|pdf\W{1,4}\d+(?:[.,]\d+)? ?[km]i?b\b"  # a download's file label ("PDF | 38 KB")
    # a writer's own note on what the post is, an appeal for the print issue or for texts
    r"|(?:beitrag|artikel|text) handelt es sich um (?:ein(?:en)? )?(?:blog|gastbeitrag|community)"
    r"|(?:e-paper|einzelheft|kiosk).{0,60}\b(?:im|als) abo\b"
    r"|\bim abo\b.{0,60}(?:e-paper|einzelheft|kiosk)|\bals abo\b.{0,60}(?:e-paper|einzelheft|kiosk)"
    r"|(?:newsstand|en kiosque).{0,60}(?:subscri|abonn)"
    r"|(?:subscri|abonn).{0,60}(?:newsstand|en kiosque)"
    r"|(?:proposer|soumettre) (?:un texte|une contribution|un article)"
    r" (?:au|à la) (?:comité de )?rédaction"
    # script-off prompts
    r"|(?:enable|activate|turn on) (?:your )?javascript|javascript is (?:disabled|required)"
    # (the optional words spelt out: "don't" is searched from "t have javascript", not "n")
    r"|(?:not|n.t) have javascript enabled|(?:not|n.t) appear to have javascript enabled"
    r"|javascript (?:aktivieren|ist"
    r" deaktiviert)|aktivieren sie (?:bitte )?javascript|activ(?:er|ez) (?:le )?javascript"
    r"|(?:activa|habilita)r? (?:el )?javascript|requires? javascript|(?:benötigt|erfordert)"
    r" javascript|nécessite (?:le )?javascript|requiere javascript"
    # the same in more languages: cookies, paywalls, newsletters, copyright, script-off
    r"|używamy (?:plików )?cookies?|korzysta(?:my|) z plików cookie|používáme (?:soubory )?cookies?"
    r"|कुकीज़ का (?:उपयोग|इस्तेमाल)"
    r"|(?:мы )?использу(?:ем|ет) (?:файлы )?cookie|(?:ми )?використову(?:ємо|є) (?:файли )?cookie"
    r"|çerez(?:ler)?(?:i)? kullan|kami menggunakan cookie|folosim (?:fișiere |cookie)"
    r"|sütiket használ|käytämme evästeitä|χρησιμοποιούμε (?:cookies|μπισκότα)"
    r"|chúng tôi sử dụng cookie|使用cookie|クッキーを使用|쿠키를 사용|ملفات تعريف الارتباط"
    r"|tylko dla (?:prenumeratorów|subskrybentów)|(?:только|доступ\w*) (?:для )?подписчик"
    r"|sadece abonelere|khusus pelanggan|numai pentru abonați|csak előfizetők"
    r"|vain tilaajille|μόνο για συνδρομητές"
    r"|zapisz się do newslettera|přihlaste se k odběru|подпишитесь на (?:нашу )?рассылку"
    r"|підпишіться на (?:нашу )?розсилку|bültenimize abone|berlangganan (?:newsletter|buletin)"
    r"|abonează-te la newsletter|iratkozzon fel (?:a )?hírlevel|tilaa uutiskirjeemme"
    r"|εγγραφείτε στο newsletter"
    r"|(?:włącz|włączyć|включите|увімкніть|povolte|aktifkan|activează|engedélyezze"
    r"|ota käyttöön) javascript"
    # ... sl, hr/bs/sr, bg, et, lt, lv, sq, is, az, ka cookies; newsletters; paywalls (and
    # cs, sv, ja, zh, ko ones)
    r"|uporablja piškotke|koristi kolačiće|използва бисквитки|kasutab küpsiseid"
    r"|naudoja slapukus|izmanto sīkdatnes|përdor cookies|notar vafrakökur"
    r"|kukilərdən istifadə|ქუქი-?ფაილ"
    r"|pretplatite se na .{0,30}newsletter|prenumeruokite .{0,30}naujienlaišk"
    r"|telli .{0,20}uudiskir|абонирайте се за .{0,30}бюлетин|naročite se na .{0,20}novice"
    r"|tik prenumeratoriams|ainult tellijatele|samo (?:za )?pretplatnic"
    r"|pouze pro předplatitele|endast för prenumeranter|有料会員限定|付费内容|订阅后阅读"
    r"|유료 ?회원 ?전용"
    # an embed's placeholder until the reader consents to its platform's cookies ("To view
    # this content, accept ...", "Hier steht ein externer Inhalt", "Pour afficher ce contenu,
    # acceptez ..."), en de fr es it pt nl pl sv da no: the sentence asks for consent
    r"|(?:(?:to|in order to) (?:view|see|display|load) this content|this content (?:is|has been)"
    r" blocked|externe inhalte angezeigt|um (?:diesen|den|externe) inhalte? (?:anzuzeigen"
    r"|zu sehen|sehen zu können|zu laden)|datenverarbeitung durch dritte"
    r"|pour (?:afficher|voir|visualiser) ce contenu|ce contenu est bloqué"
    r"|para (?:ver|mostrar|visualizar) este contenido|este contenido (?:está bloqueado"
    r"|no está disponible)|per (?:visualizzare|vedere) (?:questo|il) contenuto"
    r"|questo contenuto (?:è bloccato|non è disponibile)"
    r"|para (?:ver|visualizar|exibir) este conteúdo|este conteúdo (?:está bloqueado"
    r"|não está disponível)|om deze (?:content|inhoud) te (?:kunnen )?(?:zien|bekijken|tonen)"
    r"|aby (?:wyświetlić|zobaczyć) (?:tę|te) treś|för att (?:se|visa) (?:detta|det här) innehåll"
    r"|for at se (?:dette|det her) indhold|for å se (?:dette|denne) innhold)"
    rf"(?=.{{0,160}}?(?:{_CONSENT_WORDS}))"
    # ... or names the platform's content it holds back ("Externer Inhalt", "Empfohlener
    # redaktioneller Inhalt", "your privacy preferences")
    r"|(?:due to|because of|based on) your (?:privacy|cookie|consent) (?:preferences|settings"
    r"|choices)|^externe[rn]? inhalte?\W*$|(?:hier|an dieser stelle) (?:\w+ ){0,3}ein(?:en)?"
    r" externe[nr]? inhalt|empfohlener (?:redaktioneller|externer) inhalt"
    r"|vous n.avez pas accepté les cookies|(?:por|debido a|según) (?:tus|sus) preferencias de"
    r" (?:privacidad|cookies)|einverstanden,? dass (?:mir|uns) externe inhalte"
    r"|(?:accept|allow|enable) (?:\w+ ){0,3}cookies to (?:view|see|display|load) (?:this|the)"
    r" (?:content|video|post|embed)"
    # an appeal to join the site's messenger group, inside a longer box (id)
    r"|mari bergabung di (?:grup|channel|saluran) (?:telegram|whatsapp)",
)  # matched against lower-cased text
# cheap prefilter: a notice contains one of these words (plain strings, found in one pass
# by an Aho-Corasick automaton: ``any_of``)
_NOTICE_WORDS = (
    "cookie|terms of|privac|confidential|datenschutz|newsletter|nieuwsbrief|nyhedsbrev"
    "|boletín|inbox|issues for|billed|donat|faire un don|spenden|doneer|doe agora|journalism"
    "|reporting|syndicated|agency feed|wire feed|akismet|catch all|app to |entry was posted"
    "|reached your|subscriber|abonn|suscriptor|assinante|comments|rights reserved"
    "|commercial use|subject to copyright|permissions|trademark|trade-mark|marque déposée"
    "|eingetragene marke|marca registrada|marchio registrato"
    "|droits réservés|rechte vorbehalten|derechos reservados|diritti riservati"
    "|direitos reservados|rechten voorbehouden|published"
    "|cc-by|cc by|creative|licen|necessar|notwendig|unbedingt|zwingend|meinung|engage"
    "|logged|log in|einloggen|anmelde|angemeldet|netiquette|moderat|modérés|moderad|modérateur"
    "|vote|voti|stimmen|bewertungen"
    "|ratings|helpful|useful|nützlich|hilfreich|posted in|permalink|affiliate"
    "|compensation|commission|comisi|comiss|afiliad|advertis|provision|enjoyed|connecté|sesión"
    "|registrado|gewähr|pdf"
    "|a friend|your friends|freunden|vos amis|tes amis|tus amigos|sus amigos"
    "|javascript|handelt es sich|e-paper|einzelheft|kiosk|kiosque|newsstand|rédaction"
    "|blocker|adblock|bloqueur|browser|community|updates|notifications|benachrichtigung"
    "|device|gerät|appareil|apparaat|dispositivo|urządzeni|legitimate|informations"
    # words of the notices in more languages
    "|prenumerator|subskrybent|abonelere|pelanggan|abonați|tilaajille|berlangganan"
    "|tilaa uutiskirje|prawa zastrzeż|práva|hakları|hak cipta|drepturile|jog fenn|pidätetään"
    # paywall prompts in en, de, fr, es, it, pt, nl ("subscriber", "abonn" above)
    "|continue reading|keep reading|zulesen|continuer à lire|poursuivre la lecture|lire la suite"
    "|leyendo|abbonati|continuare a leggere|continuar lendo|continuar a ler|verder te lezen"
    # sl, hr, et, lt, lv, is, az cookies; lt, et, sl newsletters; et, hr, cs, sv paywalls
    "|piškot|kolačić|küpsis|slapuk|sīkdatn|vafrakök|kukilər|naujienlaišk|uudiskir|naročite"
    "|tellijatele|pretplat|předplat|prenumerant|weiterlesen mit|abbonamento"
    # ... and those opening with a letter outside ASCII
    "|ișiere|ütiket|äytämme|χρησιμοποιούμε|μπισκότα|クッキー|쿠키|ملفات|подписчик|őfizet"
    "|συνδρομητές|řihlaste|рассылк|розсилк|ültenimize|írlevel|права|δικαιώματος|版权|版權"
    "|無断|الحقوق|सर्वाधिकार|çerez"
    "|бисквитк|ქუქი|абонира|有料会員|付费|订阅后|유료|कुकीज़|للمشتركين"
    # embeds' placeholders
    "|this content|externe|diesen inhalt|den inhalt|durch dritte|empfohlener|ce contenu"
    "|este contenido|questo contenuto|il contenuto|este conteúdo|deze content|deze inhoud"
    "|treś|innehåll|indhold|innhold"
    "|bergabung di"
).split("|")

# the same yes/no answers, faster (searched in every short block)
# an appeal for the outlet's readers' support opening a block (a quotation in a story opens
# with its quote mark or its speaker): "Support Snopes so we continue ...", "Please consider
# becoming a member", "Unterstützen Sie unsere Arbeit", "Soutenez-nous", "Apóyanos", in en,
# de, fr, es, it, pt, nl, pl, ru, tr, id, vi, sv, uk, ro, cs, hu, el
_APPEAL = _regex.compile(
    r"(?:if you (?:value|like|enjoy)[^.,;:]{0,60}, )?"
    r"(?:please,? |bitte |por favor,? |per favore,? )?"
    r"(?:support (?:us\b|our (?:work|journalism|reporting|newsroom|mission)\b"
    r"|[\w.'’-]+ (?:today\b|with a (?:donation|contribution|gift|membership))"
    r"|(?:[\w.'’-]+ ){1,3}(?:so (?:we|that we) |and make a difference))"
    r"|consider (?:supporting|becoming a|subscribing|making a (?:donation|contribution))"
    r"|become a (?:member|supporter|patron|subscriber|donor)(?: today| now)?(?:[.!:]|$| and | to )"
    r"|help us (?:keep|continue|fund|grow)\b"
    r"|donate (?:today|now)\b"
    r"|unterstützen sie (?:uns|unsere?n?)\b|unterstütze (?:uns|unsere?n?)\b"
    r"|jetzt (?:mitglied|unterstützer(?:in)?|fördermitglied|abonnent(?:in)?) werden"
    r"|soutenez(?:-nous| notre| nos| la rédaction)|devenez (?:membre|abonné|donateur)"
    r"|apóyanos|apoya (?:nuestro|nuestra|a nuestro)|hazte (?:socio|socia|miembro|mecenas)"
    r"|sostienici|sostieni (?:il nostro|la nostra)|diventa (?:socio|sostenitore|abbonato)"
    r"|apoie (?:o nosso|a nossa)|torne-se (?:assinante|apoiador|membro)"
    r"|steun (?:ons|onze|de redactie)|word (?:lid|donateur|abonnee)\b"
    r"|wesprzyj (?:nas|nasz|naszą|nasze)|zostań (?:patronem|członkiem)"
    r"|поддержите (?:нас|нашу|наш|редакцию)"
    r"|bize destek ol(?:un)?\b|dukung (?:kami|jurnalisme)|ủng hộ (?:chúng tôi|báo)"
    r"|stöd (?:oss|vår journalistik)|підтримайте (?:нас|нашу|наш|редакцію)"
    r"|susține(?:-ne| jurnalismul| redacția)|podpořte (?:nás|naši|náš)"
    r"|támogasson minket|támogassa (?:munkánkat|a szerkesztőséget)|στηρίξτε (?:μας|την)"
    # a newsletter's box thanking the reader and asking for the subscription in one breath
    # ("Thanks for reading River Notes! Subscribe for free to receive new posts")
    r"|(?:thanks|thank you) for reading[^.!?]{0,60}[.!?]\s*(?:subscribe|sign up|support)"
    r"|dank(?:e)? (?:fürs|für das|für's) lesen[^.!?]{0,60}[.!?]\s*(?:abonniere|unterstütze)"
    r"|merci (?:de|pour) (?:votre |la )?lecture[^.!?]{0,60}[.!?]\s*(?:abonnez|inscrivez)"
    r"|gracias por leer[^.!?]{0,60}[.!?]\s*(?:suscríbete|suscribete|apoya)"
    r"|obrigad[oa] por ler[^.!?]{0,60}[.!?]\s*(?:assine|inscreva))",
)  # matched against lower-cased text
_NOTICE_ANY, _has_notice_word = factored(_NOTICE), any_of(_NOTICE_WORDS)
_NOTICE_LED = LiteralLed(_NOTICE, _NOTICE_ANY)  # (tried where an opening occurs)
# a story reporting what someone said or decided, in en de fr es it pt nl: "The court ruled
# that the terms of service ...", "Critics say the cookie banners ...", "Facebook said the
# post broke its community standards" - a story about a policy, not the site's notice (which
# speaks to its reader: "By continuing you accept our privacy policy")
_REPORTED = _regex.compile(
    r"\b(?:said|says|(?<!your )(?<!a )say|told|ruled|argued|alleged|claimed"
    r"|sagte|sagten|sagt|erklärte|betonte|urteilte|entschied"
    r"|a déclaré|a affirmé|a indiqué|a estimé|ont déclaré|a jugé"
    r"|dijo|afirmó|declaró|explicó|dictaminó|ha detto|ha dichiarato|ha spiegato"
    r"|disse|afirmou|declarou|explicou|zei|zegt|verklaarde|oordeelde)\b"
    # or what a ruling, a lawsuit or a report says ("according to the lawsuit"), not the
    # site's own policy ("according to our privacy policy")
    r"|\b(?:according to|laut|selon|según|secondo|segundo|volgens) (?:the |dem |der |den |la |le |"
    r"l'|el |il |o |a |de |het )?(?:\w+ )?(?:ruling|lawsuit|complaint|court|judge|report|study"
    r"|regulator|decision|urteil|gericht|klage|bericht|studie|entscheidung|décision|jugement"
    r"|tribunal|plainte|rapport|étude|fallo|sentencia|demanda|informe|estudio|sentenza|decisione"
    r"|denuncia|rapporto|studio|decisão|processo|relatório|estudo|uitspraak|rechter)\b"
)  # searched in lower-cased text

# Headings that open the furniture after a story (related stories, the author's bio,
# comments, sharing): what follows them is not the story either.
_TAIL_HEADING_LINES = (
    r"related(?: (?:articles|stories|posts|content|news|topics|links|coverage))?"
    r"|more (?:from|on|about|in|stories|news|articles)\b.*|you (?:may|might) (?:also )?like.*"
    r"|more (?:\S+ ){1,2}(?:stories|articles|posts)|(?:other|similar) (?:stories|articles|posts)"
    r"|(?:also|read) (?:read|next|also|more)|recommended(?: for you| stories| articles)?"
    r"|about the authors?|(?:leave a |post a )(?:comment|reply)|(?:\d+ )?(?:comments|replies)"
    r"|(?:press|media) contacts?|pressekontakt|ansprechpartner(?:in)?|contacts? presse"
    r"|contacto de prensa|contatto stampa|perskontakt|suggested citation|zitiervorschlag"
    r"|how to cite(?: this)?.*|cite this (?:article|post|page)|(?:pour )?citer cet article"
    r"|diesen (?:artikel|beitrag) zitieren|citar este artículo"
    r"|latest posts by .*|reader interactions"
    # a newsletter's box under the story, its heading the newsletter's ("Newsletter",
    # "Unser Newsletter", "La newsletter du matin", "Nieuwsbrief")
    r"|(?:(?:our|the|unser(?:e|en)?|der|notre|la|nuestro|el|il|la nostra|a nossa|onze|de) )?"
    r"(?:newsletters?|nieuwsbrief|boletín|nyhetsbrev|nyhedsbrev|uutiskirje|hírlevél"
    r"|рассылка|розсилка)(?: .{0,40})?"
    # a sidebar's recent-comments widget, an author box's heading ("About Ana 120 Articles")
    r"|(?:recent|latest) comments|(?:letzte|neueste|aktuelle) kommentare|derniers commentaires"
    r"|comentarios recientes|comentários recentes|commenti recenti|recente reacties"
    r"|последние комментарии|(?:about|über|à propos de|sobre) .{1,40} \d+ (?:articles?|artikel"
    r"|beiträge|posts|artículos|artigos|articoli)"
    r"|(?:weitere informationen|more information|plus d.informations|más información)"
    r"(?: (?:zu|zum|zur|on|about|sur|sobre) .*)?"
    r"|originalpublikation|originalartikel|original publication|keep reading"
    r"|quellen(?:angaben)?|sources|fuentes|fontes|fonti|bronnen"
    r"|share (?:this|the) .*|(?:most|more) (?:read|popular|viewed|shared).*"
    r"|(?:popular|latest|trending|top) (?:posts|stories|articles|news)"
    r"|(?:latest |featured |top )?jobs?(?: board| listings| openings| of the week)?|careers"
    r"|stellenangebote|stellenmarkt|jobbörse|offres d.emploi|ofertas de (?:empleo|trabajo)"
    r"|vagas de emprego|offerte di lavoro|vacatures|ledige stillinger|lediga jobb"
    # de
    r"|(?:ähnliche|verwandte) (?:artikel|beiträge|themen|nachrichten|news|meldungen)"
    r"|das könnte (?:dich|sie|ihnen) auch interessieren.*|auch interessant.*"
    r"|mehr (?:zum thema|zu diesem thema|aus|von|zu|über)\b.*|beliebte (?:beiträge|artikel)\b.*"
    r"|weitere (?:artikel|beiträge|nachrichten|themen)\b.*"
    r"|über (?:den autor|die autorin|die autoren)|kommentare?|kommentieren|meistgelesen.*"
    # fr
    r"|articles? (?:similaires|liés|connexes)|(?:à lire|lire) aussi.*|sur le même (?:sujet|thème)"
    r"|dans la même rubrique|vous (?:aimerez|pourriez aimer) aussi.*|à propos de l.auteur"
    r"|(?:\d+ )?commentaires?|les plus lus"
    # es, pt, it
    r"|(?:artículos|noticias|artigos|notícias|articoli|notizie) (?:relacionad[oa]s|correlat[ei])"
    r"|(?:también )?te puede interesar.*|sobre (?:el|o) autor|(?:\d+ )?comentarios?"
    r"|lo más (?:leído|visto)|leia também.*|veja também.*|(?:\d+ )?comentários"
    r"|mais lid[oa]s|potrebbe(?:ro)? interessarti.*|leggi anche.*|sull.autore|(?:\d+ )?commenti"
    r"|i più letti|più lett[ie]"
    # nl, da/sv/no
    r"|gerelateerde (?:artikelen|berichten)|lees ook.*|over de auteur|(?:\d+ )?reacties"
    r"|(?:dit )?vind je (?:misschien|wellicht) ook (?:interessant|leuk).*"
    r"|você (?:também )?pode (?:gostar|se interessar).*"
    r"|relaterede artikler|relaterade artiklar|relaterte artikler|læs også.*|läs också.*"
    r"|les også.*|kommentarer"
    # ru, uk, pl, cs, tr
    r"|(?:похожие|связанные|другие) (?:статьи|новости|материалы|записи|публикации)"
    r"|(?:читайте|смотрите) (?:также|еще|ещё).*|(?:новости )?по теме|об авторе"
    r"|самые (?:популярные|читаемые|обсуждаемые).*|(?:популярные|последние) (?:статьи|новости)"
    r"|(?:\d+ )?комментари(?:и|ев|й)|(?:оставить|добавить) (?:комментарий|отзыв)|отзывы"
    r"|(?:схожі|інші) (?:статті|новини)|читайте також.*|коментарі"
    r"|(?:podobne|powiązane) (?:artykuły|wpisy)|(?:czytaj|zobacz) (?:także|też|również).*"
    r"|(?:\d+ )?komentarz(?:e|y)?|najczęściej czytane|najpopularniejsze.*|o autorze"
    r"|související články|čtěte (?:také|též).*|komentáře|nejčtenější"
    r"|(?:ilgili|benzer) haberler|yorumlar|en çok okunanlar"
    # sk, bg, hr/sr, id/ms, ro, hu, fi, el, vi, zh, ja, ko, ar, hi
    r"|súvisiace články|najčítanejšie|(?:свързани|още) (?:статии|новини)|най-четени"
    r"|(?:povezani|slični) članci|najčitanije|(?:berita|artikel) (?:terkait|lainnya|populer)"
    r"|baca juga.*|terpopuler|(?:articole|știri) (?:similare|asemănătoare|recomandate)"
    r"|cele mai citite|kapcsolódó (?:cikkek|hírek)|legolvasottabb.*|aiheesta lisää"
    r"|luetuimmat|σχετικά (?:άρθρα|θέματα)|δημοφιλή.*|(?:tin|bài viết) liên quan|đọc nhiều nhất"
    r"|相关(?:阅读|文章|新闻|报道)|延伸阅读|热门(?:文章|新闻|推荐)|関連(?:記事|ニュース)"
    r"|人気(?:記事|ランキング)|관련\s?(?:기사|뉴스)|많이 본 (?:기사|뉴스)"
    r"|(?:مقالات|أخبار) ذات صلة|الأكثر (?:قراءة|مشاهدة)|(?:संबंधित|सम्बंधित) (?:खबरें|ख़बरें|लेख)"
    r"|(?:ये|यह) भी पढ़ें.*"
    # about the author, in it, uk, tr, zh, ja, ko, ar, cs/sk, hu, ro, el, sv/da/no, fi,
    # hr/sr/bs/sl, bg/mk, id/ms, vi, he, fa, hi, et, lt, lv, sq, is, ka, az, kk, sw
    r"|l.autore|про автора|yazar hakkında|关于作者|關於作者|作者简介|作者簡介|著者について"
    r"|この記事を書いた人|(?:작성자|기자|필자) 소개|(?:عن|حول) (?:الكاتب|الكاتبة|المؤلف)"
    r"|o autorovi|o autorke|a szerzőről|despre autor|σχετικά με τ(?:ον|ην) συγγραφέα"
    r"|om (?:skribenten|författaren|forfatteren|skribenten)|kirjoittajasta|o autoru|o avtorju"
    r"|за автора|tentang penulis|về tác giả|על (?:הכותב|הכותבת)|درباره نویسنده"
    r"|लेखक के बारे में|autorist|apie autorių|par autoru|rreth autorit|um höfundinn"
    r"|ავტორის შესახებ|müəllif haqqında|автор туралы|kuhusu mwandishi"
    # the latest and the most read, in de, fr, es, it, pt, nl, pl, tr, ja, zh, ko, ar, id, vi,
    # hi, el, hu, ro, cs, sk, sv, da, no, fi, hr/sr/bs, bg, uk, et, lt, lv, sq, is, ka, az,
    # sl, kk, sw, he, fa, th, bn, ur
    r"|neueste (?:artikel|beiträge|nachrichten)|dernières (?:actualités|nouvelles|infos)"
    r"|últimas (?:noticias|notícias)|ultime notizie|laatste nieuws|najnowsze(?: \w+)?"
    r"|son (?:dakika|haberler)|最新(?:記事|ニュース|新闻|文章|资讯)|최신 (?:뉴스|기사)"
    r"|(?:آخر|أحدث) الأخبار|berita terbaru|tin mới nhất|ताज़?ा (?:खबरें|ख़बरें)"
    r"|τελευταία νέα|τελευταίες ειδήσεις|legfrissebb(?: hírek)?|ultimele știri"
    r"|nejnovější(?: zprávy)?|najnovšie(?: správy)?|senaste (?:nytt|nyheterna)"
    r"|seneste (?:nyt|nyheder)|siste (?:nytt|nyheter)|uusimmat|tuoreimmat"
    r"|najnovije(?: vesti| vijesti)?|последни новини|останні новини|loetumad"
    r"|viimased uudised|skaitomiausi|naujausios naujienos|lasītākie|jaunākās ziņas"
    r"|më të lexuarat|lajmet e fundit|mest lesið|nýjustu fréttir|ყველაზე კითხვადი"
    r"|ბოლო სიახლეები|ən çox oxunan|son xəbərlər|najbolj brano|zadnje novice|көп оқылған"
    r"|соңғы жаңалықтар|habari za hivi punde|zilizosomwa zaidi|הנקראים ביותר|חדשות אחרונות"
    r"|پربازدیدترین|آخرین اخبار|ข่าว(?:ยอดนิยม|ล่าสุด)|সর্বাধিক পঠিত|سب سے زیادہ پڑھی گئی"
    r"|تازہ ترین"
    # the widgets after a story, in en, es, nl, ru, tr, vi, zh (traditional), ko, ar, hi, el,
    # ro, hu, da, sv, fi ("UP NEXT" over the schedule closes an AP sports story: not one)
    r"|latest|trending(?: now)?|popular|editor.s picks|don.t miss|in other news"
    r"|what to read next|also on .{1,30}|sponsored(?: stories| content)?|around the web"
    r"|from (?:our|the) partners|más noticias|meest gelezen|самое (?:читаемое|популярное)"
    r"|популярное|ilginizi çekebilir|đọc nhiều|相關(?:新聞|文章|閱讀)|인기\s?(?:기사|뉴스)"
    r"|اقرأ (?:أيضا|أيضاً|ايضا)|सबसे ज्यादा पढ़ी गई.*|δείτε (?:επίσης|ακόμα)|τα πιο δημοφιλή"
    r"|citește și|legnépszerűbb|mest (?:læste|lästa|lest)|lue myös"
)
# (a heading opening with an ASCII character is tried on its character's groups alone)
_TAIL_HEADING = FirstCharacter("", factor(_TAIL_HEADING_LINES, ignore_case=True), r"\W*$", "",
                               re.IGNORECASE)  # fmt: skip

# The heading that opens a comment section, as blog and news templates write it in their
# languages: a count of comments, thoughts or replies, alone, in brackets or on the post's
# quoted title ("12 thoughts on “Title”", "Ein Gedanke zu „Titel“", "Kommentare (3)"), or
# the comment form's own title ("Leave a Reply", "Schreibe einen Kommentar"). Readers'
# comments follow it, whatever the page's class names call them.
_COMMENT_COUNT = (
    r"(?:\d+|one|no|ein|eine|keine|une?|aucun|una?|um|uma|nessun|een|één|eén|geen|jedna"
    r"|jeden|один|одна|нет)"
)
_COMMENT_NOUNS = (
    r"(?:thoughts?|responses?|repl(?:y|ies)|comments?|gedanken?|kommentare?|antworten"
    r"|réflexions?|commentaires?|réponses?|comentarios?|pensamientos?|respuestas?|pensieri"
    r"|pensiero|commenti|commento|risposte|comentários?|pensamentos?|respostas?|gedachten?"
    r"|reacties?|myśli|myśl|komentarz(?:e|y)?|комментари(?:й|я|ев)|мысл(?:ь|и|ей)"
    r"|kommentar(?:er|en)?"  # da, no, sv
    r"|ответ(?:а|ов)?"
    # cs, sk, uk/bg/mk/sr, tr, hu, fi, ro, hr/bs/sl/lt/id, et, lv, sq, is, ka, az, kk, el
    r"|komentář(?:e|ů)?|komentár(?:e|ov)?|коментар(?:і|ів|и|а)?|yorum(?:lar)?"
    r"|hozzászólás(?:ok)?|kommentit|kommenttia?|comentarii|komentar(?:i|a|ai|ų|as|ji|jev)?"
    r"|kommentaar(?:id|i|ia)?|komentār(?:i|u)|komente?|athugasemd(?:ir)?|კომენტარ(?:ი|ები)"
    r"|şərh(?:lər)?|пікір(?:лер)?|σχόλια|комментарии"
    # zh, ja, ko, ar, fa, hi, vi, th, he, bn, ur, sw
    r"|评论|評論|留言|コメント|댓글|(?:ال)?تعليقات|تعليق|نظرات|टिप्पणियाँ|टिप्पणियां|टिप्पणी"
    r"|bình luận|ý kiến|ความคิดเห็น|תגובות|תגובה|মন্তব্য|تبصرے|maoni)"
)
# the heading of a section of readers' comments or opinions, in words of its own ("Reader
# comments", "Leserkommentare", "Okur yorumları", "Ý kiến bạn đọc", "网友评论", "독자의견")
_READERS_SAY = (
    r"readers?'? (?:comments|opinions|views)|leserkommentare|lesermeinungen"
    r"|(?:commentaires|réactions) des lecteurs|commenti dei lettori|reacties van lezers"
    r"|(?:opiniones|comentarios) de (?:los|nuestros) lectores|(?:opinião|comentários) dos leitores"
    r"|okur yorumları|opinie czytelników|komentarze czytelników|мнения читателей"
    r"|комментарии читателей|думки читачів|коментарі читачів|(?:τα )?σχόλια (?:των )?αναγνωστών"
    r"|tanggapan pembaca|komentar pembaca|maoni ya wasomaji|ý kiến bạn đọc|טוקבקים"
    r"|תגובות הגולשים|آراء القراء|تعليقات القراء|دیدگاه کاربران|نظرات کاربران"
    r"|पाठकों की राय|قارئین کی رائے|পাঠকের মন্তব্য|评论区|留言板|网友留言|網友留言|读者回应"
    r"|讀者回應|网友评论|網友評論|독자\s?의견|読者の声|みんなの意見"
)
# a comment section's heading of the noun alone, plural (a singular "Kommentar",
# "Comment" also labels an opinion piece): asked of heading elements only
_COMMENTS_NOUN = _regex.compile(
    r"^(?:readers'? |reader |your |leser)?(?:comments|kommentare|commentaires|comentarios"
    r"|commenti|comentários|reacties|komentarze|комментарии|коментарі|коментари|yorumlar"
    r"|kommentarer|kommentit|hozzászólások|σχόλια|תגובות|(?:ال)?تعليقات|टिप्पणियाँ|टिप्पणियां"
    r"|bình luận|komentari|komentarai|komentāri|kommentaarid|komentáře|komentáre|comentarii"
    r"|ความคิดเห็น|评论|評論|留言|コメント|댓글|نظرات|মন্তব্য)\W*$",
    re.IGNORECASE,
)
_COMMENTS_HEADING_LINES = (
    rf"{_COMMENT_COUNT} {_COMMENT_NOUNS}(?: (?:on|to|for|zu|auf|sur|à|en|sobre|a|su|em"
    r"|para|over|op|na temat|do|к(?: записи)?|о|на) [\"“„«‘'‹\u300c].*)?"
    rf"|{_COMMENT_NOUNS} ?(?:[(（]\d+[)）]|\d+)"  # "Comments (3)", "评论（3）", "댓글 3"
    rf"|(?:{_READERS_SAY})(?: ?(?:[(（]\d+[)）]|\d+))?"
    r"|\d+\s*(?:条|條|件|个|個)?\s*(?:评论|評論|留言|コメント|댓글)"  # "3条评论"
    r"|leave a (?:reply|comment|response)|schreibe einen kommentar"
    r"|einen kommentar (?:schreiben|hinterlassen)|hinterlasse(?:n sie)? einen kommentar"
    r"|kommentar (?:verfassen|schreiben)|(?:laisser|laissez|écrire) un commentaire"
    r"|deja (?:una respuesta|un comentario)|deixe (?:um comentário|uma resposta)"
    r"|lascia un commento|(?:geef|laat) een reactie(?: achter)?|dodaj komentarz"
    r"|(?:оставить|добавить|оставьте) комментарий|bir yanıt yazın|yorum yap"
    r"|tinggalkan (?:balasan|komentar)|lämna ett svar|skriv en kommentar"
    r"|legg igjen en kommentar|lasă un (?:răspuns|comentariu)|napsat komentář"
    r"|write a comment|join the (?:discussion|conversation)"
    r"|lisa kommentaar|rašyti komentarą|pievienot komentāru|ostavi(?:te)? komentar"
    r"|напиш(?:ете|и) коментар|остави(?:те)? коментар|залиште коментар|oddaj komentar"
    r"|lini një koment|skrifa athugasemd|şərh yaz|დატოვეთ კომენტარი|tulis komentar"
    r"|yorum yazın|kommentoi|viết bình luận|gửi bình luận|แสดงความคิดเห็น|כתבו תגובה"
    r"|发表评论|發表評論|写评论|網友評論|网友评论|コメントを書く|コメントする|댓글\s?(?:쓰기|작성)"
    r"|(?:أضف|اترك) تعليق(?:ا|اً|ك)?|ارسال نظر|نظر (?:دهید|بدهید)"
)
_COMMENTS_HEADING = FirstCharacter("", factor(_COMMENTS_HEADING_LINES, ignore_case=True),
                                   r"\W*$", "", re.IGNORECASE)  # fmt: skip

# the marks of one comment of a thread: its reply button, written as a button is
# (capitalised, no sentence's full stop: "He did not reply." is the story's), or its
# author's line as blog templates write it ("Ana Lima says:")
_MARK_TAIL = " \t:»›>|])"  # what may follow a button on its line
_COMMENT_MARK = _regex.compile(
    rf"(?:^|[\W\d_])(?:{'|'.join(_REPLY_WORDS)})[\s:»›>|\])]*$"
    rf"|(?:{'|'.join(_REPLY_JOINED)})[\s:»›>|\])]*$|^(?:{'|'.join(_REPLY_ALONE)})\W*$"
    r"|^\S.{0,50} (?:says|sagt|schreibt|dit|écrit|dice|escribe|disse|diz|scrive|zegt"
    r"|skriver|napisał|пишет|написал|yazdı|berkata) ?:$"
    # a blog platform's "Ana Lima said..."
    r"|^\S.{0,50} (?:said|dijo|disse|a dit|ha detto|hat gesagt|zei|sagde|sa|napisał\(a\))"
    r" ?(?:\.\.\.|…)$"
)
_MARK_ENDS = (*_REPLY_WORDS, *_REPLY_JOINED, *_REPLY_ALONE)  # a cheap test first
_AUTHOR_ENDS = (":", "...", "…")  # ... and of an author's line ("Ana says:", "Ana said...")

# the labels before an author's name ("Autor: Ana Lima"): en, de/es/pt/pl/cs, fr, it
# (authors.py reads bylines with them; a line of one and a name is no story's)
AUTHOR_LABELS = "authors?|autor(?:in|en)?|auteure?s?|autore|verfasser(?:in)?|reporter(?:in)?"
# "author", "reporter" in ru/uk, sr, pl, tr (and "written by"), id, hu, fi, el, vi, ar, fa,
# hi, th, bn, and ar "wrote" (before a name; Indonesian "Oleh" ("by") only with a colon:
# "Oleh Petrenko" is a Ukrainian name)
MORE_AUTHOR_LABELS = (
    "автор(?:ы|и)?|аутор(?:и|ка)?|autorzy|yazar|yazan|muhabir|penulis|wartawan|pewarta|szerző"
    "|kirjoittaja"
    "|συντάκτης|tác giả|phóng viên|بقلم|الكاتب|كتب|نویسنده|خبرنگار|लेखक|संवाददाता|ผู้เขียน"
    "|লেখক|প্রতিবেদক"
    # lt, lv, is, ka, az, sl, cs/sk (a woman author)
    "|autorius|autorė|autors|höfundur|ავტორი|müəllif|avtor(?:ica)?|autorka"
    # ta te kn ml gu pa ("author", "written by"; mr writes hi's "लेखक")
    "|எழுதியவர்|రచయిత|ಲೇಖಕ|എഴുതിയത്|ലേഖകൻ|લેખક|ਲੇਖਕ"
    # uz (Latin and Cyrillic), hy, my ("writer")
    "|muallif|муаллиф|հեղինակ|ရေးသားသူ"
)
_BYLINE = _regex.compile(
    r"^(?:by|written by|words by|reporting by|von|par|por|di|door|af|av)\s+(\S.*)$", re.I
)
_LABELLED_BYLINE = _regex.compile(
    rf"^(?:{AUTHOR_LABELS}|{MORE_AUTHOR_LABELS}|oleh)\s*[:՝]\s*(\S.*)$", re.I
)
_STAMP_WORDS = (
    r"updated|published|posted|last updated|first published|modified|created"
    r"|mis à jour|publié|modifié|veröffentlicht|aktualisiert|actualizado|publicado"
    r"|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opdateret|udgivet"
    r"|uppdaterad|publicerad|oppdatert|publisert"
    rf"|{'|'.join((*PUBLISHED_WORDS, *UPDATED_WORDS))}|güncellenme"
)
_LIST_LABELS = (
    r"trending(?: now| stories)?|most read|most popular|most watched|top stories"
    r"|popular now|latest news"
    r"|les plus lus|meistgelesen|lo más leído|lo más visto|mais lidas|più letti|i più letti"
    r"|meest gelezen|mest læste|mest lästa|mest lest"
)
_STAMP = _regex.compile(  # (the words factored by first letters: one compare rejects most)
    rf"^(?:{factor(_STAMP_WORDS, ignore_case=True)})\b.{{0,60}}$"
    r"|^stand:?\s+\d.{0,40}$"
    rf"|^(?:{factor(_LIST_LABELS, ignore_case=True)})\s*:?$",
    re.IGNORECASE,
)
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur"
    " thurs fri sat sun lundi mardi mercredi jeudi vendredi samedi dimanche montag"
    " dienstag mittwoch donnerstag freitag samstag sonntag lunes martes miércoles jueves"
    " viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato"
    " segunda-feira terça-feira quarta-feira quinta-feira sexta-feira maandag dinsdag"
    " woensdag donderdag vrijdag zaterdag zondag mandag tirsdag onsdag torsdag fredag"
    " lørdag søndag måndag tisdag lördag söndag mo di mi do fr sa so lun mer jeu ven sam"
    " dim mié jue vie sáb dom"
    # pl, cs, ru, uk, tr, id, ro, hu, fi, el
    " poniedziałek wtorek środa czwartek piątek sobota niedziela pondělí úterý středa čtvrtek"
    " pátek neděle понедельник вторник среда четверг пятница суббота воскресенье понеділок"
    " вівторок середа четвер пʼятниця п'ятниця субота неділя pazartesi salı çarşamba perşembe"
    " cuma cumartesi pazar senin selasa rabu kamis jumat sabtu minggu luni marți miercuri joi"
    " vineri sâmbătă duminică hétfő kedd szerda csütörtök péntek szombat vasárnap maanantai"
    " tiistai keskiviikko torstai perjantai lauantai sunnuntai δευτέρα τρίτη τετάρτη πέμπτη"
    " παρασκευή σάββατο κυριακή"
    # hr/bs/sr/sl, sr and bg/mk (Cyrillic), et, lt, lv, sq, is, ka, az, kk, he, ar, fa, vi
    " ponedjeljak ponedeljak utorak srijeda sreda četvrtak petak subota nedjelja nedelja"
    " ponedeljek torek četrtek petek понеделник вторник сряда четвъртък петък събота неделя"
    " понедељак уторак среда четвртак петак субота недеља esmaspäev teisipäev kolmapäev"
    " neljapäev reede laupäev pühapäev pirmadienis antradienis trečiadienis ketvirtadienis"
    " penktadienis šeštadienis sekmadienis pirmdiena otrdiena trešdiena ceturtdiena"
    " piektdiena sestdiena svētdiena hënë martë mërkurë enjte premte shtunë diel mánudagur"
    " þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur ორშაბათი"
    " სამშაბათი ოთხშაბათი ხუთშაბათი პარასკევი შაბათი კვირა bazar ertəsi çərşənbə axşamı"
    " cümə şənbə дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі ראשון שני שלישי"
    " רביעי חמישי שישי שבת יום الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"
    " دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه شنبه یکشنبه thứ hai ba tư năm sáu bảy chủ nhật"
    # zh, ja, ko weekdays, written alone or in brackets ("(金)", "星期五", "周五", "(금)")
    " 星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 周一 周二 周三 周四 周五 周六 周日"
    " 月 火 水 木 金 土 日 월 화 수 목 금 토 일"
    # th: "วันศุกร์ที่" (on Friday the ...)
    " วันจันทร์ที่ วันอังคารที่ วันพุธที่ วันพฤหัสบดีที่ วันศุกร์ที่ วันเสาร์ที่ วันอาทิตย์ที่"
).split()
_JOINERS = (
    "am pm a.m. p.m. at on the of de del den der le um uhr às alle à h kl klokken om el"
    " gmt utc est edt cst cdt mst mdt pst pdt ist bst cet cest mez mesz"
    # hr/sr "u" (at), the year's "г."/"m."/"gada", lt "d.", sq "e" ("e premte"), th "น."
    " u у г. m. d. gada e น. kl. klo"
).split()
_DATE_WORDS = _regex.compile(
    r"(?<![\w.])(?:"
    + alternation(sorted({*MONTH_NAMES, *_WEEKDAYS, *_JOINERS}, key=lambda w: (-len(w), w)),
                  ignore_case=True)  # factored by first letters: 500 words, one compare
    + r")(?![\w-])\.?|\s*\d{1,2}h\d{2}\b|[\s,]*\d{1,2}(?:st|nd|rd|th)\b"  # "March 12th"
    r"|[\d:/.,|\-–— 年月日時时分秒년월일시분초()\[\]（）【】]+",
    re.IGNORECASE,
)
# lower-case words inside bylines: conjunctions and name particles ("Jan de Vries")
_NAME_JOINERS = frozenset(
    "and & - | und et y e og och en van von der den de da di del la le du dos das".split()
)


def _only_date_words(text: str) -> bool:
    """Is ``text`` date words, numbers and marks alone (``_DATE_WORDS.sub("", text)``
    white space)? The substitution's left-to-right scan, stopped at the first character it
    would keep: where no match starts at or before a character that is not white space
    (after a line's first word, most lines), no search runs over the rest."""
    pos, size = 0, len(text)
    while pos < size:
        first = pos  # the next character that is not white space
        while first < size and text[first].isspace():
            first += 1
        if first == size:
            return True
        for start in range(pos, first + 1):  # (the match a search from pos finds first)
            if (found := _DATE_WORDS.match(text, start)) is not None:
                pos = found.end()
                break
        else:
            return False
    return True


# a year, a time ("11時30分"), its digit first: the engine scans for digits alone
_YEAR_OR_TIME = _regex.compile(r"\d(?:\d{3}|:\d\d|[時时]\d)")


# the words that label a picture's credit, in the languages' press: photo, picture,
# archive ("Foto: Archivo EL TIEMPO", "Фото: Игорь Иванко", "Ảnh: TTXVN", "צילום: רויטרס",
# "تصوير: أحمد إسماعيل", "사진=연합뉴스"; Korean "자료사진" a file photo, "제공" handed out).
# (English "Image:" labels a caption Readability.js keeps: the --bare benchmark's
# Readability.js check half fell 0.0009 with it)
_PICTURE_CASED = (
    r"(?i:(?<!\w)(?:fotos?|photos?|fotoğraf|fotografia|fotografía|zdjęcie|fot\.|ảnh|фото"
    r"|φωτογραφία|φωτ\.|bild|imagen|immagine|archivo|arquivo"
    r"|archives?)(?![^\W\d_]))"
)
_PICTURE_UNCASED = "صورة|تصوير|أرشيف|عکس|צילום|फोटो|फ़ोटो|तस्वीर|사진|제공|写真|撮影|摄影|攝影"
_PICTURE_WORDS = f"{_PICTURE_CASED}|{_PICTURE_UNCASED}"
# a caption ending in its picture credit ("The quay after the storm. © AP / Jo Smith")
_CREDITED = _regex.compile(r".{0,250}\s(?:©|\([cC]\)) ?[^.!?©]{1,60}")
# a picture's caption closed by its credit: a labelled one in brackets ("(Photo: Ana
# Lima)"), a copyright sign and its holder ("... La Paz. © Reuters"), an agency's photo
# credit in brackets ("(AP Photo/Evan Vucci)", "(Getty Images)") or names joined by
# slashes ("(NASA/JPL-Caltech/ASU)")
_CREDIT_TAIL = _regex.compile(
    r"(?i:\((?:foto|photo|bild|image|imagen|immagine|picture|credit|crédit)s?\s?:[^()]{1,60}\))$"
    r"|©\s?[^\W\d_][^©()]{0,50}$"  # a holder's name, not a year ("© 2003 Ana")
    r"|\((?:AP|AFP|Reuters|EPA|Getty Images|dpa|Xinhua|Photo|Foto|Image)\b[^()]{0,60}\)$"
    r"|\([A-Z][\w.&-]*(?: [\w.&-]+)*(?:/[A-Z][\w.&-]*(?: [\w.&-]+)*){2,4}\)$"
    # in brackets, a picture word opening them or before a slash ("(Fotoğraf: DHA)", "(ANTARA
    # FOTO/Ana Lima)"; not "(All photos: ...)", a credit of every picture Readability.js
    # keeps), one of a script without case anywhere ("[연합뉴스 자료사진]", "[사진=뉴스1]",
    # "[서울시 제공]", "(أرشيف النهار)"), "（圖／中央社）"
    rf"|[(\[（【](?:{_PICTURE_CASED}|[^()\[\]（）【】]{{0,40}}(?:{_PICTURE_CASED}/"
    rf"|{_PICTURE_UNCASED})|[图圖][／/:：=])[^()\[\]（）【】]{{0,60}}[)\]）】]$"
)
# a caption closed by its labelled credit, unbracketed, after its sentence or a dash ("...
# 29 de octubre. Foto: Archivo EL TIEMPO", "... na Zona Sul de SP — Foto: Reprodução/TV
# Globo"). (A Chinese photographer's "新华社记者 王明 摄" closes a photo story's one
# paragraph as well as a caption: a labelled page keeps it.)
_CREDIT_LABELLED = _regex.compile(
    rf"(?:[.。]\s?|\s[|—–-]\s)(?:{_PICTURE_WORDS}|(?i:credits?|crédits?))\s?[:：=／]\s?"
    r"(?:(?!\.\s)[^!?:：。]){1,60}$"
)
_CAPTION_MAX = 250


# a share button's line: the verb with "this article" in any order ("Share this story",
# "Partagez cet article", "Bu haberi paylaş", "Cikk megosztása", "この記事をシェアする")
_SHARE_VERB = (
    r"share|teilen|partagez|partager|comparte|compartir|compartilhe|compartilhar|comparta"
    r"|condividi|condividere|deel|delen|dela|del|udostępnij|sdílet|sdílejte|zdieľať|zdieľajte"
    r"|поделиться|поделитесь|поділитися|поділіться|paylaş|paylaşın|bagikan|chia sẻ|distribuie"
    r"|megosztása|megosztás|κοινοποιήστε|κοινοποίηση|μοιραστείτε|शेयर करें|แชร์|공유하기|공유"
    r"|分享|シェアする|シェア"
)
_SHARE_WORD = (
    r"this|it|the|on|via|now|article|story|post|news|page|artikel|beitrag|artikeln|diesen"
    r"|dieses|den|cet|cette|ce|esta|este|esto|artículo|noticia|nota|notícia|matéria|artigo"
    r"|questo|articolo|notizia|dit|deze|het|ten|tento|tuto|artykuł|článek|článok|статьей"
    r"|статьёй|статью|статтею|статтю|bu|haberi|yazıyı|ini|berita|này|bài viết|acest"
    r"|articolul|cikk|cikket|το|άρθρο|इस|लेख|को|นี้|บทความ|이|기사|这篇|本文|文章|この|記事|を"
)
_SHARE_LINE = _regex.compile(
    rf"(?:(?:{_SHARE_WORD})\s*){{0,3}}(?:{_SHARE_VERB})(?:\s*(?:{_SHARE_WORD})){{0,3}}[.!:]?")
_SHARE_MAX = 60


@lru_cache(maxsize=4096)
def is_boiler_line(text: str) -> bool:
    """A whole line of page furniture ("Advertisement", "Lire aussi : ..."). Memoised: a
    block is asked about by several rules (kept, a short sentence, a notice's lines)."""
    if _BOILER_LINE.match(text):
        return True
    if len(text) <= _SHARE_MAX and _SHARE_LINE.fullmatch(text.strip().lower()) is not None:
        return True
    if len(text) <= _INSIDE_MAX and any(map(text.lower().__contains__, _INSIDE_WORDS)) and (
            _BOILER_INSIDE.match(text)):  # fmt: skip
        return True
    if len(text) <= _META_PARTS_MAX and any(map(text.__contains__, (
            _META_ASCII_SEPARATORS if text.isascii() else _META_SEPARATORS))):  # fmt: skip
        parts = [p for p in _META_PARTS.split(text) if p.strip()]
        if len(parts) >= 2 and all(
                is_meta_line(p) or _BOILER_LINE.match(p) or is_comments_heading(p) for p in parts):
            return True  # "March 12, 2025 · Leave a comment", "Ana Lima | 3 Comments"
    if ends_in_credit(text):
        return True
    return ("©" in text or "(c)" in text or "(C)" in text) and bool(_CREDITED.fullmatch(text))


def ends_in_credit(text: str) -> bool:
    """A picture's caption closed by its credit ("... (Photo: Ana Lima)", "... © Reuters",
    "... (AP Photo/Evan Vucci)", "... (NASA/JPL-Caltech/ASU)", "... [연합뉴스 자료사진]",
    "... Foto: Archivo EL TIEMPO", "... — Фото: Игорь Иванко / Коммерсантъ")."""
    if len(text) >= _CAPTION_MAX:
        return False
    tail = text[-80:]
    if (tail[-1:] in _CLOSING_BRACKETS or "©" in tail) and _CREDIT_TAIL.search(tail):
        return True
    return (":" in tail or "：" in tail or "=" in tail or "／" in tail) and (
        _CREDIT_LABELLED.search(tail) is not None)  # (a label's mark: ":", "=", "／")


_CLOSING_BRACKETS = ")]）】"


QUESTION_MARKS = ("?", "？", "؟")  # a question's closing mark (full-width, Arabic)


def is_tail_heading(text: str) -> bool:
    """A heading that opens the furniture after a story ("Related articles", "Über den
    Autor", "3 Comments"). One asked as a question ("Share this information, please?") is
    the writer talking to the reader, and the story goes on below it."""
    return (len(text) <= 60 and not text.endswith(QUESTION_MARKS)
            and _TAIL_HEADING.match(text) is not None)


def is_comment_mark(text: str) -> bool:
    """A mark of one comment of a thread: its reply button, alone or closing its name and
    date line ("Reply", "Ana Lima 12 May 2024 at 10:15 Reply", "Daumen hoch Daumen runter
    Antworten"), or its author's line ("Ana Lima says:", "Ana Lima said...")."""
    if text.isupper():
        text = text.title()
    if not text.rstrip(_MARK_TAIL).endswith(_MARK_ENDS) and not text.endswith(_AUTHOR_ENDS):
        return False
    return _COMMENT_MARK.search(text) is not None


def is_comments_heading(text: str, heading: bool = False) -> bool:
    """The heading that opens readers' comments ("12 thoughts on “Title”", "Kommentare
    (3)", "Leave a Reply"): asked of headings and short lines after the story's start.
    ``heading``: the text is a heading element's, where the plural noun alone counts too
    ("Comments", "Kommentare"; a link or a line of a share bar saying it does not)."""
    if len(text) > 300 or text.rstrip()[-1:] in (".", "!", "?"):
        return False  # a sentence ("No reply." in a story's dialogue), not a heading
    if heading and _COMMENTS_NOUN.match(text) is not None:
        return True
    return _COMMENTS_HEADING.match(text) is not None


def is_rights_notice(text: str) -> bool:
    """A copyright notice reserving all rights ("© 2025 Harbor Gazette. All rights
    reserved.", "Alle Rechte vorbehalten"): a site's footer line."""
    return _RIGHTS.search(text.lower()) is not None


# the site's channel on a messenger or a news app, and the call to join or follow it, in
# one short paragraph ("Únete al canal de WhatsApp de EL TIEMPO y recibe ...", "Больше
# новостей — в нашем Telegram-канале. Подписывайтесь ...", "... हमारे व्हाट्सएप चैनल से जुड़ें")
_CHANNEL_MAX = 400
_CHANNEL_APPS = (
    "whatsapp|telegram|google news|viber|kakaotalk|카카오톡|واتساب|واتس اب|تلغرام|تيليجرام"
    "|تلگرام|व्हाट्सएप|व्हाट्सऐप|टेलीग्राम|হোয়াটসঅ্যাপ|телеграм|вайбер"
    # mr gu pa ta te kn ml spellings of WhatsApp and Telegram
    "|व्हॉट्सॲप|व्हॉट्सअ‍ॅप|વોટ્સએપ|ਵਟਸਐਪ|வாட்ஸ்அப்|வாட்ஸ்ஆப்|வாட்ஸ் அப்|వాట్సాప్|వాట్సప్"
    "|ವಾಟ್ಸಾಪ್|ವಾಟ್ಸ್ಆ್ಯಪ್|വാട്സ്ആപ്പ്|വാട്ട്സ്ആപ്പ്|ટેલિગ્રામ|టెలిగ్రామ్|ടെലിഗ്രാം|டெலிகிராம்"
    .split("|"))
_CHANNEL_APP = any_of(_CHANNEL_APPS)
# (most texts hold neither a notice's word nor a channel's: one pass tells them)
_NOTICE_OR_CHANNEL = any_of([*_NOTICE_WORDS, *_CHANNEL_APPS])
_CHANNEL_CALL = _regex.compile(
    r"\bjoin (?:our|us)\b|\bfollow us\b|\bsubscribe to our\b|únete|síguenos|suscríbete|siga\b"
    r"|receba\b|inscreva-se|rejoignez|abonnez-vous|suivez-nous|folgen sie|abonnieren sie"
    r"|iscriviti|seguici|unisciti|volg ons|word lid|подписывайтесь|присоединяйтесь"
    r"|підписуйтесь|приєднуйтесь|takip edin|katılın|abone olun|dołącz|obserwuj|ikuti\b|gabung"
    r"|bergabung|simak\b|sertai|theo dõi|tham gia|تابعوا|تابعونا|اشترك|انضم|انضموا|بپیوندید"
    r"|دنبال کنید|जुड़ें|फॉलो करें|सब्सक्राइब|যুক্ত হোন|ফলো করুন|ติดตาม|加入|关注|關注|구독|フォロー"
    # az kk uz, mr gu pa ta te kn ml: follow, join, subscribe
    r"|izləyin|qoşulun|abunə olun|жазылыңыз|арнамыз|kuzatib boring|obuna bo|qo.shiling"
    r"|кузатиб боринг|обуна бўлинг|फॉलो करा|जॉईन करा|ફોલો કરો|જોડાઓ"
    r"|ਫਾਲੋ ਕਰੋ|ਜੁੜੋ|பின்தொடருங்கள்|இணையுங்கள்|ఫాలో|చేరండి|ಫಾಲೋ|ಸೇರಿ|ഫോളോ|ചേരൂ|ചേരുക"
    r"|តាមដាន|join ပါ|ချန်နယ်")  # km my


@lru_cache(maxsize=4096)
def is_notice(text: str) -> bool:
    """Cookie notices, newsletter and donation appeals, paywall prompts (cheap prefilter;
    memoised: a block is asked about twice, once as prose and once when kept)."""
    lower = text.lower()
    if _APPEAL.match(lower):
        return True
    if not _NOTICE_OR_CHANNEL(lower):
        return False
    if (len(lower) < _CHANNEL_MAX and _CHANNEL_APP(lower)
            and _CHANNEL_CALL.search(lower) is not None):  # fmt: skip
        return True
    if not _has_notice_word(lower):
        return False
    return _NOTICE_LED.search(lower) and _REPORTED.search(lower) is None


# what a story about the web's own furniture is about (its headline names it): cookies,
# privacy policies, terms of service, newsletters, subscriptions, paywalls, donations,
# copyright, ad blockers (en de fr es it pt nl)
_NOTICE_TOPIC = _regex.compile(
    r"cookie|privacy|datenschutz|dsgvo|gdpr|rgpd|confidentialité|privacidad|privacidade"
    r"|terms of (?:use|service)|nutzungsbedingungen|newsletter|nieuwsbrief|subscri|abonn"
    r"|suscri|assinante|assinatura|paywall|bezahlschranke|donat|spende|copyright"
    r"|urheberrecht|ad.?block|werbeblocker"
)
# ... and a notice speaks as the site, to its reader ("our privacy policy", "we use
# cookies", "sign up for our newsletter"); a story about one speaks of others
_SITE_VOICE = _regex.compile(
    r"\b(?:our|we|us|your|you|unser\w*|wir|notre|nos|nous|votre|vos|nuestr\w+|nosotros"
    r"|tus?|nostr\w|noi|vostr\w|nosso|nossa|nós|onze|wij|uw)\b"
)


def is_notice_topic(headline: str | None) -> bool:
    """Is the story about cookies, privacy policies, newsletters, subscriptions, donations,
    copyright or ad blockers (its headline says so)? Its paragraphs then name them."""
    return bool(headline) and _NOTICE_TOPIC.search(headline.lower()) is not None


def speaks_as_site(text: str) -> bool:
    """Does the text speak as the site or to its reader ("our privacy policy", "you
    agree")? On a page whose story is about notices, only such a notice is one."""
    return _SITE_VOICE.search(text.lower()) is not None


def is_meta_line(text: str) -> bool:
    """A byline, a time stamp or a date on its own line; a reporter's contact line."""
    if len(text) > 80:
        return False
    if "@" in text or text.endswith(_REPORTER_TITLES):
        return is_contact_line(text)
    match = _BYLINE.match(text) or (_LABELLED_BYLINE.match(text) if ":" in text else None)
    if match:
        words = match.group(1).replace(",", " ").split()
        names = [w for w in words if w[:1].isupper() or w.lower() in _NAME_JOINERS
                 or (w[:1].isalpha() and not w[:1].islower())]  # a script without case
        return len(words) <= 8 and len(names) >= 0.7 * len(words)
    if _STAMP.match(text):
        return True
    return bool(_YEAR_OR_TIME.search(text)) and _only_date_words(text)


# a reporter's contact line closing the story: the e-mail address alone, after its label,
# or after the reporter's name and title, as the press of Korea and others sign a story
# ("minsu@yna.co.kr", "김민수 기자 minsu@yna.co.kr", "E-mail: ana@example.com", "Ana Lima,
# staff reporter, ana@example.com"); or the Korean reporter's name and title alone ("이지혜
# 기자", "김민수 특파원"). (A columnist's signature with the address is the column's; a
# list of names with their addresses is a story's directory.)
_EMAIL = _regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_MAX = 80
_CONTACT_WORDS = 5  # words beside the address at most (name, title, label)
_CONTACT_LABEL = _regex.compile(
    r"(?i:e-?mail|contact|kontakt|correo|courriel|reporter|correspondent|staff writer"
    r"|phóng viên)|이메일|메일|기자|특파원|통신원|记者|記者|邮箱|信箱|メール"
)
_REPORTER_TITLES = ("기자", "특파원", "통신원")
_KOREAN_REPORTER = _regex.compile(r"[가-힣]{2,4} ?(?:선임|수석|객원|인턴)?(?:기자|특파원|통신원)")


def is_contact_line(text: str) -> bool:
    """A reporter's contact line: an e-mail address alone or with a label or the reporter's
    name and title beside it (no sentence around it); or a Korean reporter's name and
    title alone."""
    if len(text) > _CONTACT_MAX:
        return False
    if "@" not in text:
        return _KOREAN_REPORTER.fullmatch(text.strip()) is not None
    found = _EMAIL.search(text)
    if found is None or text.rstrip()[-1:] in _SENTENCE_MARKS:
        return False
    rest = text[: found.start()] + " " + text[found.end():]
    words = rest.split()
    return not words or (len(words) <= _CONTACT_WORDS and "@" not in rest
                         and _CONTACT_LABEL.search(rest) is not None)


_SENTENCE_MARKS = ".!?。！？"


def is_byline(text: str) -> bool:
    """Does the text open with "by" and a name or names ("by Robert Pirsig", "von Ana
    Lima")?"""
    return len(text) <= _BYLINE_MAX and (match := _BYLINE.match(text)) is not None and all(
        word[:1].isupper() or word in _NAME_JOINERS for word in match.group(1).split())


_BYLINE_MAX = 80


def is_date_line(text: str) -> bool:
    """A date on its own line, perhaps with its time or label ("March 3, 2024",
    "03.03.2024, 10:15 Uhr", "Updated March 3, 2024")."""
    if len(text) > 80 or _YEAR_OR_TIME.search(text) is None:
        return False
    return _STAMP.match(text) is not None or _only_date_words(text)
