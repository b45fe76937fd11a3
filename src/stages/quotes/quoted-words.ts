import type { Span } from '../../model/span.js';
import type { QuotedSpan } from './quote-marks.js';
import type { PhraseRules } from './rules.js';
import type { Mention } from './speaker.js';
import { tokenize } from './tokens.js';

/** A quoted stretch this long or longer is someone's words whatever surrounds it. */
export const QUOTE_MIN_WORDS = 4;

/*
 * Whether quoted marks inside a statement hold the speaker's own words (the statement is then
 * mixed) or only a term. Long stretches always do. A short one ("« terroristes »", "what he called
 * "unacceptable violence"") does too, unless it is a quoted name ("« Front de libération »") or a
 * term inside a longer noun phrase that runs on after the closing mark with a complement
 * ('un "retrait sécurisé" d'Alep', 'des "crimes de guerre" à Alep': seed gold reads those as the
 * reporter's words with a scare-quoted term, not as the speaker's wording).
 */
export function holdsSpeakersWords(text: string, q: QuotedSpan, content: Span, phrases: PhraseRules, mentions: Mention[]): boolean {
  if (q.words === 0 || isQuotedName(text, q, content, mentions)) return false;
  if (q.words >= QUOTE_MIN_WORDS) return true;
  if (!q.closed) return true;
  const next = tokenize(text, q.outer.end, Math.min(text.length, q.outer.end + 20))[0];
  return !(next && next.word && phrases.complementLinks.has(next.lower) && next.start < content.end);
}

/** « Front de libération du Haut-Sarn » inside a sentence: a capitalized name in quotation marks, not words of the speaker. */
function isQuotedName(text: string, q: QuotedSpan, content: Span, mentions: Mention[]): boolean {
  const body = text.slice(q.inner.start, q.inner.end);
  return q.outer.start > content.start && /^\p{Lu}/u.test(body) && !/[.!?,;:]/u.test(body)
    && mentions.some((m) => m.start < q.inner.end && q.inner.start < m.end);
}
