import { cleaningVocabulary as vocab } from './cleaning-vocabulary.js';
import { isDateline } from './published-date.js';

/** A byline line longer than this is prose that happens to start with "Par" or "By". */
const BYLINE_MAX = 160;

/** Separators between the parts of a meta line: "Par Jane Doe · Publié le 3 mars | 2 min". */
const PARTS = /\s+[·•|]\s+|\s*\n\s*|\s+[–—]\s+(?=\p{Lu}|\d)/u;

const PLAIN_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/**
 * "Jane Doe, with Reuters" -> ["Jane Doe", "Reuters"]. Commas alone do not make a list:
 * "Tom Ashby, Local Democracy Reporter" is one name and a job title (agencies after a comma count).
 */
export function splitCredits(list: string): string[] {
  const parts = list
    .split(vocab.creditSeparator)
    .map((name) => name.trim().replace(/[.,;:]+$/u, ''))
    .filter((name) => name.length > 1);
  if (parts.length < 2 || /[&/]/u.test(list) || vocab.creditJoiner.test(list)) return parts;
  return [parts[0], ...parts.slice(1).filter((part) => vocab.agencyLine.test(part))];
}

export interface BylineReading {
  credits: string[];
  /** Every part of the line was a credit, a dateline or chrome: the line is not body text. */
  whole: boolean;
}

/**
 * Credits in a byline or meta line: "Par Lucie Garrigues (avec AFP)", "By Jane Doe, with
 * Reuters", "Publié le 17/04/2025 · La rédaction avec AFP". `inBylineElement`: the line sits in
 * an element named as a byline (class "author", "signature"…), where "<anything> avec X" is a
 * credit for X even when X is an agency no list knows ("Avec AMP").
 */
export function readByline(text: string, inBylineElement: boolean): BylineReading {
  const out: BylineReading = { credits: [], whole: false };
  if (text.length > BYLINE_MAX) return out;
  // "(avec AFP)" after a name is a part of its own.
  const parts = text.replace(/\s*\((?<inner>[^()]{2,60})\)\s*/gu, ' · $<inner> · ').split(PARTS).map((p) => p.trim()).filter(Boolean);
  let whole = parts.length > 0;
  for (const part of parts) {
    const credit = vocab.creditLine.exec(part) ?? vocab.agencyLine.exec(part);
    if (credit?.groups?.credit) {
      out.credits.push(...splitCredits(credit.groups.credit));
      continue;
    }
    if (inBylineElement) {
      const joined = vocab.joinedCredit.exec(part);
      if (joined?.groups?.credit) {
        // "Jane Doe, with Reuters" credits both; "La rédaction avec AFP" only the agency.
        const who = joined.groups.who.trim();
        if (vocab.creditNames.test(who)) out.credits.push(...splitCredits(who));
        out.credits.push(...splitCredits(joined.groups.credit));
        continue;
      }
    }
    if (isDateline(part) || vocab.chromeLine.test(part) || /^[\p{P}\p{S}\d\s]*$/u.test(part)) continue;
    // A bare name in a byline element: two to four capitalised words ("Jane Doe"), not "Updated".
    if (inBylineElement && PLAIN_NAME.test(part) && vocab.creditNames.test(part)) {
      out.credits.push(part);
      continue;
    }
    whole = false;
  }
  out.whole = whole && out.credits.length > 0;
  return out;
}
