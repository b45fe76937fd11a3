import { htmlMarkupWords } from '../../../lang/xx/html-cleaning.js';
import { knownLanguages } from '../../../lang/registry.js';
import type { HtmlCleaningWords } from './cleaning-words.js';

/**
 * Every registered language's `html-cleaning.ts` (language folders share file names, so the
 * registry's codes are enough): adding a language touches no code here. A language without
 * HTML words yet is skipped; any other load error is a bug and is thrown.
 */
async function registeredWords(): Promise<HtmlCleaningWords[]> {
  const words: HtmlCleaningWords[] = [];
  for (const code of knownLanguages()) {
    try {
      const module = (await import(`../../../lang/${code}/html-cleaning.js`)) as { htmlCleaningWords?: HtmlCleaningWords };
      if (module.htmlCleaningWords) words.push(module.htmlCleaningWords);
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    }
  }
  return words;
}

/**
 * The one place where the known languages' cleaning words are merged and compiled. Pages often
 * mix languages (an English share bar on a French article), so every page is cleaned with all of
 * them: a phrase only matches a whole short line or a line start, which keeps false hits rare.
 */
const LANGUAGES: HtmlCleaningWords[] = await registeredWords();

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

const PUNCT = String.raw`[\s:：\-–—>»›|•·.…→!?]*`;

export interface CleaningVocabulary {
  /** Whole line: lead-in then an optional headline (`headline`). */
  relatedLine: RegExp;
  relatedHeading: RegExp;
  /** Text that opens with a related lead or heading ("À lire aussi Haut-Sarn…"): a pruned box of related links. */
  relatedStart: RegExp;
  /** Heading over a site-wide list ("Most viewed", "Les plus lus"): its items are chrome. */
  popularHeading: RegExp;
  /** Text that opens with such a heading. */
  popularStart: RegExp;
  commentHeading: RegExp;
  chromeLine: RegExp;
  chromeLead: RegExp;
  /** Whole line: "Par Jane Doe", "By Jane Doe and John Roe", "Avec AFP"; `credit` holds the names. */
  creditLine: RegExp;
  /** Whole line that is only agencies: "AFP", "(Reuters)", "AFP/Reuters". */
  agencyLine: RegExp;
  /** Whole line in a byline element: "La rédaction avec AFP", "Staff, with Reuters"; `who` before the joiner, `credit` after. */
  joinedCredit: RegExp;
  /** Between two credited names: ",", "&", "/", "et", "and", "avec", "with"… */
  creditSeparator: RegExp;
  /** A word that joins credited names, anywhere in a string. */
  creditJoiner: RegExp;
  /** A credited name or list of names, whole string. */
  creditNames: RegExp;
  photoCredit: RegExp;
  /** A line that is only a photo credit: "Getty Images", "AFP / MARCO BERTORELLO", "Judy Eddy/WENN.com". */
  photoCreditLine: RegExp;
  /** The photo credit at the end of a caption: "… lundi. Photo Jane Doe / AFP", "… © AFP"; starts at `index`. */
  photoCreditTail: RegExp;
  chromeClass: RegExp;
  chromeLookalike: RegExp;
  unlikelyClass: RegExp;
  contentClass: RegExp;
  negativeClass: RegExp;
  commentClass: RegExp;
  commentLookalike: RegExp;
  bylineClass: RegExp;
  captionClass: RegExp;
  photoCreditClass: RegExp;
  standfirstClass: RegExp;
  /** Month name (lower case, accents kept) -> 1..12, all known languages. */
  months: Map<string, number>;
  /** A written date: "13 octobre 2016", "October 13, 2016", "13 Oct. 2016", "13 de octubre de 2016". */
  writtenDate: RegExp;
}

/** Word boundaries that know accented letters (ASCII \b does not). */
function words(phrases: string[]): string {
  return String.raw`(?<![\p{L}\p{N}])(?:${alternation(phrases)})(?![\p{L}\p{N}])`;
}

function compile(): CleaningVocabulary {
  const months = new Map<string, number>();
  for (const language of LANGUAGES) language.months.forEach((names, i) => names.forEach((n) => months.set(n, i + 1)));
  const monthNames = alternation([...months.keys()]);
  const agencies = alternation(htmlMarkupWords.agencies);
  const joiners = merged((w) => w.creditJoiners);
  const dateJoiners = merged((w) => w.dateJoiners);
  const dateJoin = dateJoiners.length > 0 ? String.raw`(?:\s+(?:${alternation(dateJoiners)}))?` : '';
  // A credited name: capitalised words (any script), initials, particles ("de", "van", "al-").
  const name = String.raw`(?:\p{Lu}[\p{L}'’.-]*|de|du|des|la|le|van|von|der|da|di|el|al|bin|ibn)`;
  const person = String.raw`${name}(?:\s+${name}){0,4}`;
  const separator = String.raw`(?:\s*[,&/]\s*(?:${words(joiners)}\s+)?|\s+${words(joiners)}\s+)`;
  const creditList = String.raw`(?:${person}|${agencies})(?:${separator}(?:${person}|${agencies})){0,4}`;
  const relatedWords = [...merged((w) => w.relatedLeads), ...merged((w) => w.relatedHeadings)];
  return {
    relatedLine: new RegExp(String.raw`^(?:${alternation(merged((w) => w.relatedLeads))})\s*(?:[:：\-–—>»›|•·…→]${PUNCT}(?<headline>.*))?$`, 'iu'),
    relatedHeading: new RegExp(String.raw`^(?:${alternation(merged((w) => w.relatedHeadings))})${PUNCT}$`, 'iu'),
    relatedStart: new RegExp(String.raw`^${PUNCT}${words(relatedWords)}`, 'iu'),
    popularHeading: new RegExp(String.raw`^${PUNCT}(?:${alternation(merged((w) => w.popularHeadings))})${PUNCT}$`, 'iu'),
    popularStart: new RegExp(String.raw`^${PUNCT}${words(merged((w) => w.popularHeadings))}`, 'iu'),
    commentHeading: new RegExp(String.raw`^(?:\d+\s+)?(?:${alternation(merged((w) => w.commentHeadings))})(?:\s*\(?\d*\)?)${PUNCT}$`, 'iu'),
    chromeLine: new RegExp(String.raw`^${PUNCT}(?:${alternation(merged((w) => w.chromeLines))})${PUNCT}$`, 'iu'),
    chromeLead: new RegExp(String.raw`^(?:${alternation(merged((w) => w.chromeLeads))})`, 'iu'),
    creditLine: new RegExp(String.raw`^(?:${alternation(caseVariants(merged((w) => w.creditLeads)))})\s*:?\s+(?<credit>${creditList})\s*\.?$`, 'u'),
    agencyLine: new RegExp(String.raw`^[(\[]?\s*(?<credit>(?:${agencies})(?:\s*[/,&-]\s*(?:${agencies}))*)\s*[)\]]?\.?$`, 'u'),
    joinedCredit: new RegExp(String.raw`^(?<who>[^,;:]{1,40}?)\s*,?\s+(?:${alternation(caseVariants(joiners))})\s+(?<credit>${creditList})\s*\.?$`, 'u'),
    creditSeparator: new RegExp(separator, 'gu'),
    creditJoiner: new RegExp(words(joiners), 'iu'),
    creditNames: new RegExp(String.raw`^(?:${creditList})$`, 'u'),
    photoCredit: new RegExp(String.raw`(?:^|[\s(\[])(?:${alternation(merged((w) => w.photoCreditLeads))})\s*[:/]`, 'iu'),
    photoCreditLine: new RegExp(
      String.raw`^[©(\s]*(?:(?:${person})\s*/\s*)?(?:${alternation([...htmlMarkupWords.photoAgencies, ...htmlMarkupWords.agencies])})(?:\.com)?(?:\s*/\s*(?:${person}|\p{Lu}[\p{Lu}\s.'’-]+))?[)\s]*$`,
      'iu',
    ),
    photoCreditTail: new RegExp(
      String.raw`(?:(?<=[.!?»”)])\s+|\s+[|/–—-]\s+|\s*(?=©))(?:[(\[]\s*)?(?:©|(?:${alternation(caseVariants(merged((w) => w.photoCreditLeads)))})(?![\p{L}])\s*[:/]?)\s*[^.!?]{0,80}$`,
      'u',
    ),
    chromeClass: classPattern(htmlMarkupWords.chromeClasses),
    chromeLookalike: new RegExp(classPattern(htmlMarkupWords.chromeLookalikes).source, 'gu'),
    unlikelyClass: classPattern(htmlMarkupWords.unlikelyClasses),
    contentClass: classPattern(htmlMarkupWords.contentClasses),
    negativeClass: classPattern(htmlMarkupWords.negativeClasses),
    commentClass: classPattern(htmlMarkupWords.commentClasses),
    commentLookalike: classPattern(htmlMarkupWords.commentLookalikes),
    bylineClass: classPattern(htmlMarkupWords.bylineClasses),
    captionClass: classPattern(htmlMarkupWords.captionClasses),
    photoCreditClass: classPattern(htmlMarkupWords.photoCreditClasses),
    standfirstClass: classPattern(htmlMarkupWords.standfirstClasses),
    months,
    writtenDate: new RegExp(
      String.raw`(?:(?<day1>\d{1,2})(?:er|st|nd|rd|th)?\.?${dateJoin}\s+(?<month1>${monthNames})\.?,?${dateJoin}\s+(?<year1>\d{4})|(?<month2>${monthNames})\.?\s+(?<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year2>\d{4}))(?![\p{L}\p{N}])`,
      'iu',
    ),
  };
}

export const cleaningVocabulary: CleaningVocabulary = compile();
