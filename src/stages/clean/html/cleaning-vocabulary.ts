import { htmlMarkupWords } from '../../../lang/xx/html-cleaning.js';
import { htmlCleaningWords as fr } from '../../../lang/fr/html-cleaning.js';
import { htmlCleaningWords as en } from '../../../lang/en/html-cleaning.js';
import type { HtmlCleaningWords } from './cleaning-words.js';

/**
 * The one place where the known languages' cleaning words are merged and compiled. Pages often
 * mix languages (an English share bar on a French article), so every page is cleaned with all of
 * them: a phrase only matches a whole short line or a line start, which keeps false hits rare.
 */
const LANGUAGES: HtmlCleaningWords[] = [fr, en];

function merged(pick: (words: HtmlCleaningWords) => string[]): string[] {
  return [...new Set(LANGUAGES.flatMap(pick))];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/[’']/gu, "['’]").replace(/\s+/gu, '\\s+');
}

/** Names stay case-sensitive after a lead, so the lead itself is listed as written, Capitalised and UPPER. */
function caseVariants(phrases: string[]): string[] {
  return phrases.flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1), p.toUpperCase()]);
}

function alternation(phrases: string[]): string {
  // Longest first, so "à lire aussi" wins over "à lire".
  return [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** Class/id name list -> one regex; `|` at either end of a name asks for a boundary there. */
function classPattern(names: string[]): RegExp {
  const parts = names.map((name) => {
    const start = name.startsWith('|') ? '(?:^|[\\s_-])' : '';
    const end = name.endsWith('|') ? '(?:$|[\\s_-])' : '';
    return start + escape(name.replace(/^\||\|$/gu, '')) + end;
  });
  return new RegExp(parts.join('|'), 'u');
}

const PUNCT = String.raw`[\s:：\-–—>»›|•·.…→]*`;

export interface CleaningVocabulary {
  /** Whole line: lead-in then an optional headline (`headline`). */
  relatedLine: RegExp;
  relatedHeading: RegExp;
  commentHeading: RegExp;
  chromeLine: RegExp;
  chromeLead: RegExp;
  /** Whole line: "Par Jane Doe", "By Jane Doe and John Roe", "Avec AFP"; `credit` holds the names. */
  creditLine: RegExp;
  /** Whole line that is only agencies: "AFP", "(Reuters)", "AFP/Reuters". */
  agencyLine: RegExp;
  photoCredit: RegExp;
  chromeClass: RegExp;
  unlikelyClass: RegExp;
  contentClass: RegExp;
  negativeClass: RegExp;
  commentClass: RegExp;
  commentLookalike: RegExp;
  bylineClass: RegExp;
  captionClass: RegExp;
  /** Month name (lower case, accents kept) -> 1..12, all known languages. */
  months: Map<string, number>;
  /** A written date: "13 octobre 2016", "October 13, 2016", "13 Oct. 2016". */
  writtenDate: RegExp;
}

function compile(): CleaningVocabulary {
  const months = new Map<string, number>();
  for (const words of LANGUAGES) words.months.forEach((names, i) => names.forEach((n) => months.set(n, i + 1)));
  const monthNames = alternation([...months.keys()]);
  const agencies = alternation(htmlMarkupWords.agencies);
  // A credited name: capitalised words (any script), initials, particles ("de", "van", "al-").
  const name = String.raw`(?:\p{Lu}[\p{L}'’.-]*|de|du|des|la|le|van|von|der|da|di|el|al|bin|ibn)`;
  const person = String.raw`${name}(?:\s+${name}){0,4}`;
  const creditList = String.raw`(?:${person}|${agencies})(?:\s*(?:,|&|\band\b|\bet\b|/|avec|with)\s*(?:${person}|${agencies})){0,4}`;
  return {
    relatedLine: new RegExp(String.raw`^(?:${alternation(merged((w) => w.relatedLeads))})\s*(?:[:：\-–—>»›|•·…→]${PUNCT}(?<headline>.*))?$`, 'iu'),
    relatedHeading: new RegExp(String.raw`^(?:${alternation(merged((w) => w.relatedHeadings))})${PUNCT}$`, 'iu'),
    commentHeading: new RegExp(String.raw`^(?:\d+\s+)?(?:${alternation(merged((w) => w.commentHeadings))})(?:\s*\(?\d*\)?)${PUNCT}$`, 'iu'),
    chromeLine: new RegExp(String.raw`^${PUNCT}(?:${alternation(merged((w) => w.chromeLines))})${PUNCT}$`, 'iu'),
    chromeLead: new RegExp(String.raw`^(?:${alternation(merged((w) => w.chromeLeads))})`, 'iu'),
    creditLine: new RegExp(String.raw`^(?:${alternation(caseVariants(merged((w) => w.creditLeads)))})\s+(?<credit>${creditList})\s*\.?$`, 'u'),
    agencyLine: new RegExp(String.raw`^[(\[]?\s*(?<credit>(?:${agencies})(?:\s*[/,&-]\s*(?:${agencies}))*)\s*[)\]]?\.?$`, 'u'),
    photoCredit: new RegExp(String.raw`(?:^|[\s(\[])(?:${alternation(merged((w) => w.photoCreditLeads))})\s*[:/]`, 'iu'),
    chromeClass: classPattern(htmlMarkupWords.chromeClasses),
    unlikelyClass: classPattern(htmlMarkupWords.unlikelyClasses),
    contentClass: classPattern(htmlMarkupWords.contentClasses),
    negativeClass: classPattern(htmlMarkupWords.negativeClasses),
    commentClass: classPattern(htmlMarkupWords.commentClasses),
    commentLookalike: classPattern(htmlMarkupWords.commentLookalikes),
    bylineClass: classPattern(htmlMarkupWords.bylineClasses),
    captionClass: classPattern(htmlMarkupWords.captionClasses),
    months,
    writtenDate: new RegExp(
      String.raw`(?:(?<day1>\d{1,2})(?:er|st|nd|rd|th)?\.?\s+(?<month1>${monthNames})\.?,?\s+(?<year1>\d{4})|(?<month2>${monthNames})\.?\s+(?<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year2>\d{4}))(?![\p{L}\p{N}])`,
      'iu',
    ),
  };
}

export const cleaningVocabulary: CleaningVocabulary = compile();
