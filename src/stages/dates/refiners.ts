import type { DateSpan } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import { addDays, formatDay, parseYmd } from './calendar.js';
import type { ParsedDate } from './rules.js';

/** A parser's find before refining: a span and what it means. */
export interface Candidate extends Span { parsed: ParsedDate }

/** chrono's overlap refiner: of overlapping finds keep the longest, then the earliest. */
export function dropOverlaps(found: Candidate[]): Candidate[] {
  const bySize = [...found].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of bySize) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// How far after "au lendemain de" a date may start to be its anchor ("au lendemain du 18 octobre").
const ANCHOR_GAP = 12;
// The anchor is the first proper noun after the phrase ("the Lausanne meeting"), else its first
// long word ("la réunion"): short words are articles in both languages.
const ANCHOR_PROPER = /^[^.;!?]{0,30}?(?<![\p{L}])(?<word>\p{Lu}[\p{L}\p{N}'’-]{2,})/u;
const ANCHOR_LONG = /^[^.;!?]{0,30}?(?<![\p{L}])(?<word>\p{L}{4,})/u;

/**
 * Resolves "au lendemain de X", "the day after X": from a date written right after it, else from
 * an earlier date whose sentence names X ("samedi à Lausanne" … "au lendemain de Lausanne"),
 * else from the last day named before it ("le lendemain"). Unresolvable ones are dropped.
 */
export function resolveRelatives(found: Candidate[], text: string, sentenceOf: (offset: number) => Span | null): DateSpan[] {
  const out: DateSpan[] = [];
  const consumed = new Set<Candidate>();
  for (let i = 0; i < found.length; i++) {
    const c = found[i]!;
    if (consumed.has(c)) continue;
    if (c.parsed.kind !== 'relative') {
      out.push({ start: c.start, end: c.end, value: c.parsed.value, kind: c.parsed.kind });
      continue;
    }
    const offset = c.parsed.offsetDays;
    const next = found[i + 1];
    if (next && next.parsed.kind === 'day' && next.start - c.end <= ANCHOR_GAP) {
      consumed.add(next);
      out.push({ start: c.start, end: next.end, value: shift(next.parsed.value, offset), kind: 'day' });
      continue;
    }
    const after = text.slice(c.end, c.end + 60);
    const anchor = /^\s*\p{L}/u.test(after)
      ? (ANCHOR_PROPER.exec(after) ?? ANCHOR_LONG.exec(after))?.groups?.word
      : undefined;
    const earlier = out.filter((d) => d.kind === 'day');
    let base: DateSpan | undefined;
    if (anchor) {
      base = [...earlier].reverse().find((d) => {
        const s = sentenceOf(d.start);
        return s !== null && text.slice(s.start, s.end).includes(anchor);
      });
    }
    if (!anchor) base = earlier[earlier.length - 1];
    if (base) out.push({ start: c.start, end: c.end, value: shift(base.value, offset), kind: 'day' });
  }
  return out;
}

function shift(value: string, days: number): string {
  const d = parseYmd(value);
  return d ? formatDay(addDays(d, days)) : value;
}
