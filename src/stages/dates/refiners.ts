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

// Between a day and the relative phrase set beside it ("mercredi, au lendemain de …").
const APPOSED = /^\s*,\s*$/u;
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
    if (c.parsed.kind === 'onset') {
      out.push({ start: c.start, end: c.end, value: '', kind: 'period' });
      continue;
    }
    if (c.parsed.kind !== 'relative') {
      out.push({ start: c.start, end: c.end, value: c.parsed.value, kind: c.parsed.kind });
      continue;
    }
    const offset = c.parsed.offsetDays;
    const previous = out[out.length - 1];
    if (previous && previous.kind === 'day' && APPOSED.test(text.slice(previous.end, c.start))) {
      // "mercredi, au lendemain de l'ouverture", "on Wednesday, a day after the army opened": the
      // day is already written; the phrase dates what follows it (X), the day before.
      out.push({ start: c.start, end: c.end, value: shift(previous.value, -offset), kind: 'day' });
      continue;
    }
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

// How far from its topic word an onset's anchor day may stand.
const TOPIC_GAP = 40;
// Between an onset and its own day: the rest of its noun phrase, then ", le", "on" (no figure, no quote, no clause end).
const ONSET_JOIN = /^[^.;:!?«»“”"\p{N}]*(?:,\s*(?:le\s+)?|\s(?:on|le)\s+)$/u;
// How far after an onset ("depuis le début de l'opération, le 21 février") its own day may stand.
const ONSET_GAP = 50;

/**
 * Resolves onsets ("depuis le début du siège", "since the strike began") left empty by
 * resolveRelatives: a day written right after the phrase, else the first day of the article whose
 * sentence names the topic ("encerclée depuis le 21 février" for "siège"). The result is a window
 * from that day to publication. An onset with no such day stays empty (value ''): the figure it
 * dates is undated, and no nearer date of its sentence may stand in for it.
 */
export function resolveOnsets(found: Candidate[], dates: DateSpan[], text: string, published: string,
  sentenceOf: (offset: number) => Span | null): DateSpan[] {
  const onsets = found.filter((c) => c.parsed.kind === 'onset');
  if (onsets.length === 0) return dates;
  const drop = new Set<DateSpan>();
  for (const c of onsets) {
    const span = dates.find((d) => d.start === c.start && d.end === c.end);
    if (!span || c.parsed.kind !== 'onset') continue;
    const next = dates.find((d) => d.start >= c.end && d.start - c.end <= ONSET_GAP && d.kind === 'day'
      && ONSET_JOIN.test(text.slice(c.end, d.start)));
    if (next) {
      drop.add(next);
      span.end = next.end;
      span.value = `${next.value}/${published}`;
      continue;
    }
    const anchor = topicDay(c.parsed.topic, dates.filter((d) => d !== span && d.value !== '' && (d.kind === 'day' || d.kind === 'period')),
      text, sentenceOf, c.start);
    if (anchor) span.value = `${anchor.value.split('/')[0]}/${published}`;
  }
  return dates.filter((d) => !drop.has(d));
}

/** The first sentence (other than the onset's) that names the topic and holds a date: its date nearest the topic word. */
function topicDay(topic: RegExp, dates: DateSpan[], text: string, sentenceOf: (offset: number) => Span | null, onsetAt: number): DateSpan | undefined {
  const seen = new Set<number>();
  for (const d of dates) {
    const s = sentenceOf(d.start);
    if (!s || seen.has(s.start) || (s.start <= onsetAt && onsetAt < s.end)) continue;
    seen.add(s.start);
    const m = topic.exec(text.slice(s.start, s.end));
    if (!m) continue;
    const at = s.start + m.index;
    // The day must stand by the topic word ("encerclée depuis le 21 février"), not elsewhere in
    // its sentence ("fought on Wednesday … the besieged town").
    const near = dates.filter((x) => x.start >= s.start && x.end <= s.end
      && Math.min(Math.abs(x.start - (at + m[0].length)), Math.abs(at - x.end)) <= TOPIC_GAP);
    const best = near.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
    if (best) return best;
  }
  return undefined;
}
