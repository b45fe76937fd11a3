import type { Span } from '../../model/span.js';
import { allMatches } from '../../lang/match-all.js';

/** Paragraphs are the clean text's blocks separated by blank lines (the cleaners write "\n\n"). */
export function findParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const blank = /\n[ \t]*\n\s*/gu;
  let start = 0;
  for (const m of allMatches(blank, text)) {
    pushTrimmed(text, start, m.index!, spans);
    start = m.index! + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
