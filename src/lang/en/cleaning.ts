import type { CleaningRules } from '../types.js';
import { cleaning as common } from '../xx/cleaning.js';

export const cleaning: CleaningRules = {
  related: /^(?:[>»•▶►-]\s*)?(?:read\s+(?:more|also|next)|see\s+also|related(?:\s+(?:stories|articles|coverage|content))?|more\s+on\s+this\s+story|recommended|you\s+may\s+also\s+like|also\s+read)\b\s*:?\s*/iu,
  credit: /^(?:(?:[Ww]ith|[Aa]dditional\s+reporting\s+by|[Rr]eporting\s+by|[Ee]dited\s+by|[Ee]diting\s+by|[Ww]riting\s+by)\s+(?<agency>[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3}(?:\s*(?:,|and)\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,3})*)\.?|[Bb]y\s+(?<byline>[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}(?:\s*(?:,\s*(?:and|with)?|and|with)\s*[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})*)|(?:[Ss]ources?)\s*:\s*(?<source>[\p{Lu}][\p{L}.]*(?:\s*[,/]\s*[\p{Lu}][\p{L}.]*)*))\s*\.?$/u,
  boilerplate: new RegExp(
    [
      common.boilerplate.source,
      /^(?:skip\s+to\s+(?:main\s+)?(?:content|navigation)|accessibility\s+links|latest\s+news|breaking\s+news|home|menu|search|sign\s+in|log\s+in|subscribe|newsletter|share(?:\s+on\s+\p{L}+)?|share\s+this\s+(?:article|story)|tweet|print|email|comments?|advertisement|close|follow\s+us.*|all\s+rights\s+reserved.*|privacy\s+policy|terms\s+of\s+(?:use|service)|live|video|photos?|updated\s+.*|published\s+.*|text\s+size|accept(?:\s+all)?(?:\s+cookies)?|reject(?:\s+all)?)\s*:?$/iu
        .source,
    ].join('|'),
    'iu',
  ),
  sections: new Set([
    'world', 'international', 'politics', 'business', 'economy', 'europe', 'africa', 'middle east', 'asia',
    'americas', 'us', 'uk', 'opinion', 'science', 'health', 'culture', 'sport', 'sports', 'technology', 'tech',
    'environment', 'climate', 'news', 'national', 'local', 'defense', 'security', 'conflict',
  ]),
  relatedList: /^(?:more\s+on\s+this\s+(?:story|topic)|related(?:\s+(?:stories|articles|coverage|content|topics))?|read\s+(?:more|also|next)|see\s+also|you\s+may\s+also\s+like|recommended(?:\s+for\s+you)?)\s*:?$/iu,
  endOfArticle: new RegExp(
    [
      common.endOfArticle.source,
      /^(?:most\s+(?:read|popular|viewed|shared)|comments?(?:\s*\(\d+\))?|\d+\s+comments?|join\s+the\s+(?:conversation|discussion)|leave\s+a\s+comment|all\s+rights\s+reserved|sign\s+up\s+for\s+our\s+newsletter|trending(?:\s+now)?|did\s+you\s+(?:like|enjoy)\s+this\s+(?:article|story)|was\s+this\s+(?:article|story)\s+(?:helpful|useful)|more\s+from\s+(?:this\s+author|the\s+\p{L}+))\b/iu.source,
    ].join('|'),
    'iu',
  ),
};
