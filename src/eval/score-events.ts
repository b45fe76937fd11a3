import type { EventOut } from '../model/contract.js';
import { emptyResult, finding, type ScoreInput } from './field-result.js';
import type { GoldEvent } from './gold-file.js';
import { matchOneToOne } from './match.js';
import { normalise } from './normalize.js';
import type { FieldResult } from './types.js';

/** Type and date (compared as strings); a gold event without a `date` key matches on type. */
export function eventMatches(gold: GoldEvent, out: EventOut): boolean {
  if (gold.type !== out.type) return false;
  return gold.date === undefined || normalise(gold.date) === normalise(out.date);
}

/** Events: P/R/F1 on type and date; the place only breaks ties between candidates. */
export function scoreEvents(input: ScoreInput): FieldResult {
  const result = emptyResult('events', 'prf');
  const m = matchOneToOne(input.gold.events ?? [], input.out.events, (g, o) => {
    if (!eventMatches(g, o)) return null;
    return g.place != null && normalise(g.place) === normalise(o.place) ? 2 : 1;
  });
  result.counts = { tp: m.pairs.length, fp: m.extra.length, fn: m.missed.length };
  for (const { item } of m.missed) {
    const summary = item.summary ? `: ${item.summary}` : '';
    result.findings.push(finding(input, 'events', 'miss', `${item.type} ${item.date ?? 'no date'}${summary}`));
  }
  for (const { item } of m.extra) {
    result.findings.push(finding(input, 'events', 'false', `${item.type} ${item.date ?? 'no date'}: ${item.text}`));
  }
  return result;
}
