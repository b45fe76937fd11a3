import { lookupPlace } from '../../lang/gazetteer.js';
import { orgId } from '../stories/org-aliases.js';
import { foldName, personKey } from '../stories/translit-key.js';
import { dayNumber } from '../stories/features.js';

/** One key for a place in any language ("Alep" = "Aleppo"). */
export function placeIdentity(place: string | null): string | null {
  if (!place) return null;
  const p = lookupPlace(place);
  // A place the gazetteer lacks still meets its other spellings ("Kaldouna" = "Kaldoona").
  return p ? `L:${p.id}` : `P:${personKey(place)}`;
}

/** One key for a source or speaker: an organisation's alias id, else a spelling-blind person key. */
export function sourceIdentity(name: string | null): string | null {
  if (!name) return null;
  const org = orgId(name) ?? orgId(name.replace(/^(?:l'|l’|the |le |la |les )/iu, ''));
  return org ? `O:${org}` : personKey(name);
}

/** The agencies named in a credit line ("Avec AFP et Reuters" → ["AFP", "REUTERS"]). */
export function creditAgencies(credit: string): string[] {
  const found = new Set<string>();
  for (const m of credit.matchAll(/\p{L}[\p{L}-]*/gu)) {
    const id = orgId(m[0]);
    if (id) found.add(id);
  }
  return [...found];
}

/** A date or range as [first day, last day]; null when unknown. "2016-10" covers the month. */
export function dateSpan(date: string | null): [number, number] | null {
  if (!date) return null;
  const [a, b] = date.split('/');
  const start = dayNumber(a ?? null);
  if (start === null) return null;
  let end = dayNumber(b ?? a ?? null) ?? start;
  if (/^\d{4}-\d{2}$/u.test(b ?? a ?? '')) {
    const [y, m] = (b ?? a)!.split('-').map(Number) as [number, number];
    end = Math.floor(Date.UTC(y, m, 0) / 86400000);
  }
  return [start, end];
}

/** Unknown dates overlap everything: a figure without a date cannot be told apart by date. */
export function datesOverlap(a: string | null, b: string | null): boolean {
  const x = dateSpan(a);
  const y = dateSpan(b);
  if (!x || !y) return true;
  return x[0] <= y[1] && y[0] <= x[1];
}
