import { emptyResult, finding, type ScoreInput } from './field-result.js';
import { matchOneToOne } from './match.js';
import { normalise } from './normalize.js';
import type { FieldResult } from './types.js';

export type ListField = 'credits' | 'captions' | 'related';

/** Credits compare exactly; captions and related headlines by substring either way. */
const SUBSTRING: Record<ListField, boolean> = { credits: false, captions: true, related: true };

/** Normalised, without empties or repeats (a caption printed twice is one caption). */
function asSet(values: readonly string[] | undefined): { raw: string; norm: string }[] {
  const seen = new Set<string>();
  const items: { raw: string; norm: string }[] = [];
  for (const raw of values ?? []) {
    const norm = normalise(raw);
    if (norm === '' || seen.has(norm)) continue;
    seen.add(norm);
    items.push({ raw, norm });
  }
  return items;
}

export function scoreList(input: ScoreInput, field: ListField): FieldResult {
  const result = emptyResult(field, 'prf');
  const gold = asSet(input.gold[field]);
  const out = asSet(input.out[field]);
  const matching = matchOneToOne(gold, out, (g, o) => {
    if (g.norm === o.norm) return 2;
    if (SUBSTRING[field] && (g.norm.includes(o.norm) || o.norm.includes(g.norm))) return 1;
    return null;
  });
  result.counts = { tp: matching.pairs.length, fp: matching.extra.length, fn: matching.missed.length };
  for (const { item } of matching.missed) result.findings.push(finding(input, field, 'miss', item.raw));
  for (const { item } of matching.extra) result.findings.push(finding(input, field, 'false', item.raw));
  return result;
}
