import type { Counts, FieldKind, Ratios, Tally } from './types.js';

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** A ratio whose denominator is zero is null (undefined), never 0 or 1. */
export function ratios(counts: Counts, kind: FieldKind = 'prf'): Ratios {
  const { tp, fp, fn } = counts;
  const recall = share(tp, tp + fn);
  if (kind !== 'prf') return { precision: null, recall, f1: null };
  return { precision: share(tp, tp + fp), recall, f1: share(2 * tp, 2 * tp + fp + fn) };
}

export function mean(values: readonly (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length === 0 ? null : defined.reduce((a, b) => a + b, 0) / defined.length;
}

export function accuracy(tally: Tally): number | null {
  return share(tally.correct, tally.total);
}

/** Records one attribute comparison. */
export function tally(attributes: Record<string, Tally>, name: string, correct: boolean): void {
  const t = (attributes[name] ??= { correct: 0, total: 0 });
  t.total += 1;
  if (correct) t.correct += 1;
}
