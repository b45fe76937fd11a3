import type { ArticleOut, ClaimCategory } from '../../model/contract.js';
import { whoKey } from './who-key.js';
import { datesOverlap, placeIdentity, sourceIdentity } from './keys.js';

/** One outlet's report of a figure. */
export interface Carrier { outlet: string; articleId: string; hedged: boolean; text: string }

/** One figure (same category, value, place and source), with every outlet that carries it. */
export interface LedgerRow {
  n: number;
  category: ClaimCategory;
  value: number | null;
  min: number | null;
  max: number | null;
  approximate: boolean;
  who: string | null;
  /** Who is counted, as a language-neutral key ("civils", "civilians" → "g:civilian"); see who-key.ts. */
  whoKey: string | null;
  date: string | null;
  place: string | null;
  source: string | null;
  carriers: Carrier[];
  outlets: string[];
  /** 'hedged' when every outlet hedges it, 'fact' when none does, 'mixed' otherwise. */
  stance: 'hedged' | 'fact' | 'mixed';
  /** Figures about the same thing (category, place, overlapping dates, compatible who) share a subject. */
  subject: number;
  /** Another figure of the same subject gives a different number. */
  disputed: boolean;
  /** The lowest figure of a disputed subject: the one conflict coders (ACLED) record. */
  conservative: boolean;
}

export function figureText(r: Pick<LedgerRow, 'value' | 'min' | 'max' | 'approximate'>): string {
  const approx = r.approximate ? '~' : '';
  if (r.value !== null) return `${approx}${r.value}`;
  if (r.min !== null && r.max !== null) return `${approx}${r.min}-${r.max}`;
  if (r.min !== null) return `${approx}>=${r.min}`;
  if (r.max !== null) return `${approx}<=${r.max}`;
  return '?';
}

function lowerBound(r: LedgerRow): number {
  return r.value ?? r.min ?? r.max ?? Number.POSITIVE_INFINITY;
}

/** Unknown agrees with anything; otherwise the neutral keys must be equal ("civils" = "civilians"). */
function whoCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a === b;
}

/** The figure ledger of a set of articles, each article under its outlet's display name. */
export function buildLedger(articles: { article: ArticleOut; outlet: string }[]): LedgerRow[] {
  const rows = new Map<string, LedgerRow>();
  for (const { article, outlet } of articles) {
    for (const c of article.claims) {
      const who = whoKey(c.who, article.language);
      const key = [c.category, c.value, c.min, c.max, placeIdentity(c.place), sourceIdentity(c.source), who ?? ''].join('|');
      let row = rows.get(key);
      if (!row) {
        row = {
          n: rows.size + 1, category: c.category, value: c.value, min: c.min, max: c.max, approximate: c.approximate, who: c.who, whoKey: who,
          date: c.date, place: c.place, source: c.source, carriers: [], outlets: [], stance: 'fact', subject: 0, disputed: false, conservative: false,
        };
        rows.set(key, row);
      }
      row.carriers.push({ outlet, articleId: article.id, hedged: c.hedged, text: c.text });
      if (!row.outlets.includes(outlet)) row.outlets.push(outlet);
    }
  }
  const list = [...rows.values()];
  for (const r of list) {
    const hedged = r.carriers.filter((c) => c.hedged).length;
    r.stance = hedged === 0 ? 'fact' : hedged === r.carriers.length ? 'hedged' : 'mixed';
  }
  // Subjects: rows that say who was counted are grouped first; a row that does not say joins
  // the one group it fits, so "52 wounded" cannot chain police and protesters together.
  const same = (a: LedgerRow, b: LedgerRow) => a.category === b.category && a.category !== 'other'
    && placeIdentity(a.place) === placeIdentity(b.place) && datesOverlap(a.date, b.date);
  const groups: LedgerRow[][] = [];
  for (const r of [...list.filter((x) => x.who), ...list.filter((x) => !x.who)]) {
    const fits = groups.filter((g) => g.some((x) => same(x, r) && whoCompatible(x.whoKey, r.whoKey)));
    if (r.who && fits.length > 0) fits[0]!.push(r);
    else if (!r.who && fits.length === 1) fits[0]!.push(r);
    else groups.push([r]);
  }
  const subjects = new Map(groups.map((g, i) => [i, g]));
  let n = 0;
  for (const group of subjects.values()) {
    n += 1;
    const figures = new Set(group.map(figureText));
    for (const r of group) {
      r.subject = n;
      r.disputed = figures.size > 1;
    }
    if (figures.size > 1) {
      const low = Math.min(...group.map(lowerBound));
      for (const r of group) r.conservative = lowerBound(r) === low;
    }
  }
  return list.sort((a, b) => a.subject - b.subject || lowerBound(a) - lowerBound(b) || a.n - b.n);
}
