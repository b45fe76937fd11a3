import type { CleaningRules } from '../types.js';
import { cleaning as common, joinCredits } from '../xx/cleaning.js';

const NAME = String.raw`[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}`;
const AGENCIES = String.raw`[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2}(?:\s*(?:,|and)\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,2})*`;

export const cleaning: CleaningRules = {
  related: /^(?:[>»•▶►-]\s*)?(?:read\s+(?:more|also|next)|see\s+also|related(?:\s+(?:stories|articles|coverage|content))?|more\s+on\s+this\s+story|recommended|you\s+may\s+also\s+like|also\s+read)\b\s*:?\s*/iu,
  creditPlace: /\s+\(?in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\)?(?=$|[\s,;])/gu,
  credit: joinCredits([
    // "Editing by Ruth Calloway": editors are not the article's writers
    String.raw`(?:[Ee]dited|[Ee]diting)\s+by\s+${NAME}(?:\s*(?:,|and)\s*${NAME})*`,
    // a wire named alone under the article ("AFP", "— Reuters")
    String.raw`(?:[—–-]\s*)?(?<wireAlone>AFP|AP|Reuters|ATS|DPA|ANSA|EFE|Belga|Anadolu|Xinhua|TASS|Sputnik|Agence\s+France-Presse|Associated\s+Press)`,
    // "Author: Jane Roe", "Words by Jane Roe"
    String.raw`(?:[Aa]uthor\s*:|[Ww]ords\s+by)\s*(?<labelled>${NAME}(?:\s*(?:,|and)\s*${NAME})*)`,
    // "Compiled by Jane Roe from wire reports"
    String.raw`(?:[Cc]ompiled|[Ww]ritten|[Ee]dited)\s+by\s+(?<compiled>${NAME}(?:\s+and\s+${NAME})?)\s+from\s+(?:wire|agency|news)\s+(?:reports|services|copy|dispatches)`,
    // "By Global Desk staff, with AP and AFP": the staff is no one; the agencies are credits.
    String.raw`[Bb]y\s+(?:the\s+|our\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}(?:staff|reporters|newsroom|team|desk|correspondents?)(?:\s+and\s+agencies)?(?:\s*,?\s*(?:with|and)\s+(?<staffAgency>${AGENCIES}))?`,
    // "By Jane Roe, Middle East correspondent" / "By Jane Roe in Beirut"
    String.raw`[Bb]y\s+(?<roleByline>${NAME})(?:\s*,\s*(?:[\p{L}-]+\s+){0,3}(?:correspondent|editor|reporter|writer)\b[^,;]{0,40}|\s+in\s+[\p{Lu}][\p{L}-]+(?:\s+[\p{Lu}][\p{L}-]+)?)(?:\s*,?\s*with\s+(?<roleAgency>${AGENCIES}))?`,
  ], /^(?:(?:[Ww]ith|[Aa]dditional\s+reporting\s+by|[Rr]eporting\s+by|[Ee]dited\s+by|[Ee]diting\s+by|[Ww]riting\s+by)\s+(?<agency>[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3}(?:\s*(?:,|and)\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3})*)\.?|[Bb]y\s+(?<byline>[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}(?:\s*(?:,\s*(?:and|with)?|and|with)\s*[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})*)|(?:[Ss]ources?)\s*:\s*(?<source>[\p{Lu}][\p{L}.]*(?:\s*[,/]\s*[\p{Lu}][\p{L}.]*)*))\s*\.?$/u),  boilerplate: new RegExp(
    [
      common.boilerplate.source,
      /^(?:skip\s+to\s+(?:main\s+)?(?:content|navigation)|accessibility\s+links|latest\s+news|breaking\s+news|home|menu|search|sign\s+in|log\s+in|subscribe|newsletter|share(?:\s+on\s+\p{L}+)?|post|copy\s+link|(?:[\p{Lu}][\p{L}]*\s+){0,3}(?:and|with)\s+(?:news\s+)?(?:agencies|wires)|news\s+agencies|(?:updated\s+)?\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|listen(?:\s+to\s+(?:this\s+)?article)?|(?:for\s+)?subscribers\s+only|gift\s+(?:this\s+)?article|save(?:\s+(?:this\s+)?article)?|follow(?:\s+this\s+topic)?|read\s+later|share\s+this\s+(?:article|story)|tweet|print|email|comments?|advertisement|close|follow\s+us.*|all\s+rights\s+reserved.*|image\s+(?:copyright|source)\b.*|share\s+this\s+with\s+\p{L}+|our\s+standards\b.*|\d+\s+min(?:ute)?s?\s+read|privacy\s+policy|terms\s+of\s+(?:use|service)|live|video|photos?|updated\s+.*|published\s+.*|text\s+size|accept(?:\s+all)?(?:\s+cookies)?|reject(?:\s+all)?)\s*:?$/iu
        .source,
    ].join('|'),
    'iu',
  ),
  sections: new Set([
    'world', 'international', 'politics', 'business', 'economy', 'europe', 'africa', 'middle east', 'asia',
    'americas', 'us', 'uk', 'opinion', 'science', 'health', 'culture', 'sport', 'sports', 'technology', 'tech',
    'environment', 'climate', 'news', 'national', 'local', 'defense', 'security', 'conflict',
  ]),
  relatedList: /^(?:more\s+on\s+this\s+(?:story|topic)|related(?:\s+(?:stories|articles|coverage|content))?|read\s+(?:more|also|next)|see\s+also|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?)\s*:?$/iu,
  endOfArticle: new RegExp(
    [
      common.endOfArticle.source,
      /^(?:most\s+(?:read|popular|viewed|shared)|comments?(?:\s*\(\d+\))?|\d+\s+comments?|join\s+the\s+(?:conversation|discussion)|leave\s+a\s+comment|(?:[^.!?]{1,60}[.,]\s*)?all\s+rights\s+reserved|sign\s+up\s+for\s+our\s+newsletter|this\s+(?:article|story)\s+(?:was\s+(?:first\s+)?(?:published|updated|amended)|first\s+appeared|has\s+been\s+(?:updated|amended))|follow\s+[^.]{1,40}\s+on\s+(?:twitter|facebook|x|instagram|bluesky)|top\s+stories|latest\s+(?:news|stories|headlines)$|sponsored(?:\s+(?:content|stories))?$|more\s+stories|promoted\s+stories|around\s+the\s+web|tags?\s*:|topics?\s*:|also\s+on\s+[\p{L}\d ]{2,20}$|related\s+topics|trending(?:\s+now)?|did\s+you\s+(?:like|enjoy)\s+this\s+(?:article|story)|was\s+this\s+(?:article|story)\s+(?:helpful|useful)|more\s+from\s+(?:this\s+author|the\s+\p{L}+))\b/iu.source,
    ].join('|'),
    'iu',
  ),
};
