import type { CleaningRules } from '../types.js';
import { cleaning as common } from '../xx/cleaning.js';

/** German chrome in scraped text, as German-language news sites print it. */
export const cleaning: CleaningRules = {
  related: /^(?:[>»•▶►-]\s*)?(?:lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant|das\s+könnte\s+sie\s+auch\s+interessieren|weitere\s+artikel|siehe\s+auch|zum\s+thema)\b\s*:?\s*/iu,
  credit: /^(?:[Mm]it\s+(?<agency>[\p{Lu}][\p{L}.]*(?:\s*(?:,|und|\/)\s*[\p{Lu}][\p{L}.]*)*)\.?|(?:[Vv]on|[Aa]utor(?:in)?:?)\s+(?<byline>[\p{Lu}][\p{L}'’.-]+(?:\s+(?:von\s+|van\s+|de\s+)?[\p{Lu}][\p{L}'’.-]+){0,3}(?:\s*(?:,|und)\s*[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})*)|(?:[Qq]uellen?)\s*:\s*(?<source>[\p{Lu}][\p{L}.]*(?:\s*[,/]\s*[\p{Lu}][\p{L}.]*)*))\s*\.?$/u,
  boilerplate: new RegExp(
    [
      common.boilerplate.source,
      /^(?:zum\s+inhalt\s+springen|direkt\s+zum\s+inhalt|zur\s+navigation|startseite|menü|suche|suchen|anmelden|einloggen|abonnieren|jetzt\s+abonnieren|newsletter|teilen(?:\s+auf\s+\p{L}+)?|artikel\s+teilen|drucken|merken|e-mail|kommentieren|anzeige|werbung|schließen|folgen\s+sie\s+uns.*|alle\s+rechte\s+vorbehalten.*|impressum|datenschutz(?:erklärung)?|live|video|fotos?|bilder|aktualisiert\s+am\s+.*|veröffentlicht\s+am\s+.*|schriftgröße|akzeptieren|alle\s+akzeptieren|ablehnen)\s*:?$/iu
        .source,
    ].join('|'),
    'iu',
  ),
  sections: new Set([
    'politik', 'ausland', 'inland', 'international', 'welt', 'deutschland', 'wirtschaft', 'kultur', 'sport',
    'wissen', 'wissenschaft', 'panorama', 'gesellschaft', 'meinung', 'digital', 'regional', 'lokales',
    'nachrichten', 'europa', 'nahost', 'afrika', 'asien', 'amerika', 'gesundheit', 'klima', 'umwelt',
  ]),
  relatedList: /^(?:mehr\s+zum\s+thema|lesen\s+sie\s+auch|auch\s+interessant|weitere\s+artikel|ähnliche\s+artikel|verwandte\s+artikel|das\s+könnte\s+sie\s+auch\s+interessieren|zum\s+thema)\s*:?$/iu,
  endOfArticle: new RegExp(
    [
      common.endOfArticle.source,
      /^(?:meistgelesen(?:e\s+artikel)?|am\s+meisten\s+gelesen|kommentare?(?:\s*\(\d+\))?|\d+\s+kommentare?|kommentar\s+schreiben|diskutieren\s+sie\s+mit|alle\s+rechte\s+vorbehalten|newsletter\s+abonnieren)\b/iu.source,
    ].join('|'),
    'iu',
  ),
};
