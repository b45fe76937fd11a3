import type { Span } from '../../model/span.js';

/** A stretch of text between quotation marks. `inner` excludes the marks and the spaces inside « ». */
export interface QuotedSpan {
  /** From the opening mark to the closing mark included (or to the paragraph's end when unclosed). */
  outer: Span;
  inner: Span;
  closed: boolean;
  /** Unclosed at its paragraph's end and the next paragraph opens a quote again: one quote over paragraphs. */
  continues: boolean;
  words: number;
}

const OPENERS = new Set(['«', '“', '„']);
const CLOSERS: Record<string, string> = { '«': '»', '“': '”', '„': '“' };
const STRAIGHT = '"';
const OPEN_CONTEXT = /[\s([{\-—–:;,/]/u;

/*
 * Marks are paired paragraph by paragraph: news copy never lets a quote run across paragraphs
 * without reopening it, so an unclosed quote ends with its paragraph (the "quote that opens and
 * never closes"). Only the outermost pair counts; quotes inside quotes belong to it.
 */
export function findQuotedSpans(text: string, paragraphs: Span[]): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  paragraphs.forEach((paragraph, index) => {
    let openAt = -1;
    let closer = '';
    let depth = 0;
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const c = text[i]!;
      if (openAt < 0) {
        if (OPENERS.has(c)) { openAt = i; closer = CLOSERS[c]!; depth = 0; }
        else if (c === STRAIGHT && (i === paragraph.start || OPEN_CONTEXT.test(text[i - 1]!)) && i + 1 < paragraph.end && !/\s/u.test(text[i + 1]!)) {
          openAt = i; closer = STRAIGHT; depth = 0;
        }
        continue;
      }
      if (closer !== STRAIGHT && c === text[openAt] && c !== closer) { depth++; continue; }
      if (c === closer) {
        if (depth > 0) { depth--; continue; }
        out.push(make(text, openAt, i + 1, true, false));
        openAt = -1;
      }
    }
    if (openAt >= 0) {
      const next = paragraphs[index + 1];
      const continues = next !== undefined && (OPENERS.has(text[next.start]!) || text[next.start] === STRAIGHT);
      out.push(make(text, openAt, paragraph.end, false, continues));
    }
  });
  return out;
}

function make(text: string, start: number, end: number, closed: boolean, continues: boolean): QuotedSpan {
  let innerStart = start + 1;
  let innerEnd = closed ? end - 1 : end;
  while (innerStart < innerEnd && /[\s\u00a0\u202f]/u.test(text[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /[\s\u00a0\u202f,]/u.test(text[innerEnd - 1]!)) innerEnd--;
  const words = (text.slice(innerStart, innerEnd).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return { outer: { start, end }, inner: { start: innerStart, end: innerEnd }, closed, continues, words };
}

/** The quoted span that contains an offset, if any. */
export function quotedAt(spans: QuotedSpan[], offset: number): QuotedSpan | undefined {
  return spans.find((q) => q.outer.start <= offset && offset < q.outer.end);
}
