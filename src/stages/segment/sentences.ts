import type { Span } from '../../model/span.js';
import type { SegmentationRules } from '../../lang/types.js';
import { allMatches } from '../../lang/match-all.js';

/*
 * Sentence boundaries by rule rather than Intl.Segmenter: on Node 20 the segmenter splits after
 * "M." and before a closing "»", and is quadratic on long strings (see docs/architecture.md).
 * A boundary is terminal punctuation, then any closing quotes or brackets, then white space,
 * then something that can open a sentence. French typography puts a space before the closing "»".
 */
const CANDIDATE = /[.!?…]+(?<closers>(?:["'’)\]]|[ \u00a0\u202f]?[»”])*)(?<space>\s+)(?=(?<next>[\p{Lu}\p{N}«"“'(\[¿¡—–-]))/gu;
const WORD_BEFORE_PERIOD = /(?<word>[\p{L}\p{N}]+)\.$/u;

export function findSentences(text: string, paragraph: Span, rules: SegmentationRules): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const out: Span[] = [];
  let start = 0;
  for (const m of allMatches(CANDIDATE, body)) {
    const punctEnd = m.index! + m[0].length - m.groups!.space!.length - m.groups!.closers!.length;
    if (!endsSentence(body, punctEnd, rules)) continue;
    const end = m.index! + m[0].length - m.groups!.space!.length;
    if (end > start) out.push({ start: paragraph.start + start, end: paragraph.start + end });
    start = m.index! + m[0].length;
  }
  if (start < body.length) out.push({ start: paragraph.start + start, end: paragraph.end });
  return out;
}

/** `punctEnd` is the index just after the terminal punctuation run. */
function endsSentence(body: string, punctEnd: number, rules: SegmentationRules): boolean {
  const punct = body[punctEnd - 1];
  if (punct !== '.') return true;
  // "...", "?." and the like are sentence ends; a single period needs a look at the word before.
  if (punctEnd >= 2 && /[.!?…]/u.test(body[punctEnd - 2]!)) return true;
  const before = body.slice(Math.max(0, punctEnd - 40), punctEnd);
  const word = WORD_BEFORE_PERIOD.exec(before)?.groups?.word;
  if (!word) return true;
  if (rules.abbreviations.has(word.toLowerCase())) return false;
  // An initial ("J. Kerry", "G.W. Bush") does not end a sentence.
  if (/^\p{Lu}$/u.test(word)) return false;
  return true;
}
