import type { HtmlCleaningWords } from '../../stages/clean/html/cleaning-words.js';

/**
 * German chrome as German-language news sites, regional papers and blogs print it: most of
 * trafilatura's evaluation pages are German, and their share bars, "Mehr zum Thema" boxes and
 * comment headings got through while only French and English words were known.
 */
export const htmlCleaningWords: HtmlCleaningWords = {
  relatedLeads: [
    'lesen sie auch', 'lesen sie mehr', 'lesen sie hier', 'mehr zum thema', 'mehr dazu', 'auch interessant',
    'das könnte sie auch interessieren', 'das könnte sie interessieren', 'siehe auch', 'weiterlesen',
    'zum thema', 'passend dazu', 'mehr lesen', 'weitere artikel', 'empfohlener redaktioneller inhalt',
    'lesetipp', 'auch lesenswert', 'hier weiterlesen',
    'das könnte dich auch interessieren', 'das thema könnte dich auch interessieren', 'das thema könnte sie auch interessieren', 'mehr zum thema auf', 'auch interessant für dich', 'weitere tipps',
    'zum weiterlesen', 'schon gelesen', 'entdecke weitere', 'lesen sie auch die folgenden beiträge',
  ],
  relatedHeadings: [
    'mehr zum thema', 'auch interessant', 'das könnte sie auch interessieren', 'weitere artikel',
    'ähnliche artikel', 'verwandte artikel', 'ähnliche beiträge', 'verwandte beiträge', 'weitere beiträge',
    'mehr aus dem ressort', 'mehr aus der rubrik', 'zum thema', 'passend zum thema', 'lesen sie auch',
    'weitere meldungen', 'auch lesenswert', 'empfehlungen der redaktion',
    'das könnte dich auch interessieren', 'weitere informationen', 'weitere tipps', 'mehr zum thema auf',
    'zum weiterlesen', 'lust auf mehr', 'mehr themen', 'weitere beiträge', 'weitere beiträge aus der kolumne', 'lesen sie auch die folgenden beiträge', 'schon gelesen', 'entdecke weitere',
  ],
  popularHeadings: [
    'meistgelesen', 'meistgelesene artikel', 'am meisten gelesen', 'meistkommentiert', 'meistgeteilt',
    'top-themen', 'topthemen', 'neueste artikel', 'aktuelle nachrichten', 'neueste beiträge',
    'schlagzeilen', 'beliebte artikel', 'beliebteste artikel', 'top-artikel',
  ],
  commentHeadings: [
    'kommentare', 'kommentar', 'kommentar schreiben', 'kommentieren', 'ihre meinung', 'diskussion',
    'diskutieren sie mit', 'leserkommentare', 'ein kommentar', 'hinterlasse einen kommentar',
    'schreibe einen kommentar', 'eine antwort hinterlassen', 'reaktionen', 'leserbriefe',
  ],
  chromeLines: [
    'teilen', 'artikel teilen', 'beitrag teilen', 'auf facebook teilen', 'auf twitter teilen', 'twittern',
    'drucken', 'artikel drucken', 'versenden', 'per e-mail versenden', 'e-mail', 'link kopieren',
    'anzeige', 'werbung', 'gesponsert', 'abonnieren', 'jetzt abonnieren', 'anmelden', 'einloggen',
    'registrieren', 'menü', 'suche', 'suchen', 'schließen', 'startseite', 'nach oben', 'zum seitenanfang',
    'zum inhalt springen', 'direkt zum inhalt', 'akzeptieren', 'alle akzeptieren', 'ablehnen',
    'einstellungen', 'mehr erfahren', 'weiterlesen', 'mehr anzeigen', 'mehr laden', 'folgen',
    'merken', 'artikel merken', 'vorlesen', 'artikel anhören', 'zurück', 'weiter', 'mehr', 'impressum',
    'datenschutz', 'kontakt', 'bildergalerie', 'zur startseite', 'teilen auf whatsapp',
    'über den autor', 'über die autorin', 'anzeige, enthält affiliate links', 'quellen ausblenden', 'quellen anzeigen',
  ],
  chromeLeads: [
    'folgen sie uns', 'abonnieren sie', 'melden sie sich', 'wir verwenden cookies', 'diese website verwendet cookies',
    'diese seite verwendet cookies', 'mit der nutzung', 'alle rechte vorbehalten', 'jetzt abonnieren',
    'sie haben bereits ein abo', 'dieser artikel ist nur für abonnenten', 'lesen sie jetzt', 'hier finden sie',
    'mehr informationen zum datenschutz', 'empfohlener redaktioneller inhalt', 'an dieser stelle finden sie',
    'ich bin damit einverstanden',
    'möchten sie den artikel teilen', 'alle angaben ohne gewähr', 'titelbild:', 'beitragsbild', 'bild anzeigen', 'erstellt am', 'der beitrag wurde am', 'dieser beitrag wurde am', 'dieser text wurde veröffentlicht', 'zuletzt aktualisiert', 'aktualisiert am', 'veröffentlicht am', 'weitere informationen zum', 'vorschau auf den nächsten artikel', 'hat dir der artikel gefallen', 'hat ihnen der artikel gefallen', 'hat dir dieser beitrag gefallen', 'jetzt teilen', 'quellenangaben', 'bildquelle:', 'fotos:', 'foto:',
    'anzeige -', 'anzeige:', '*werbung', 'werbung:', 'dieser beitrag enthält werbung', 'wir respektieren deine privatsphäre', 'wir respektieren ihre privatsphäre', 'weitere infos unter', 'weitere informationen unter', 'bei den verlinkungen handelt es sich um', 'kennt ihr schon unser',
  ],
  creditLeads: ['von', 'mit', 'mit Material von', 'mit Material der', 'Material von', 'autor', 'autorin', 'ein bericht von', 'ein kommentar von'],
  creditJoiners: ['und', 'mit'],
  dateJoiners: [],
  photoCreditLeads: ['foto', 'fotos', 'bild', 'bildquelle', 'quelle', 'grafik', 'illustration', '©'],
  months: [
    ['januar', 'jan', 'jänner'], ['februar', 'feb', 'febr'], ['märz', 'mär', 'maerz'], ['april', 'apr'], ['mai'],
    ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'],
    ['november', 'nov'], ['dezember', 'dez'],
  ],
};
