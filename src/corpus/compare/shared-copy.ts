import type { ArticleOut } from '../../model/contract.js';
import { foldName } from '../stories/translit-key.js';
import { creditAgencies } from './keys.js';

/** Passages of this many words found in two articles are copy, not coincidence. */
export const SHINGLE_WORDS = 12;

export interface SharedCopy {
  a: string;
  b: string;
  outletA: string;
  outletB: string;
  /** Agencies credited by both ("AFP"). */
  agencies: string[];
  /** Distinct 12-word passages found in both. */
  passages: number;
  /** Those passages over the shorter article's passages. */
  share: number;
}

export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  const words = foldName(text).split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '));
  return out;
}

/** Pairs of articles from different outlets that share wire credits or long identical passages. */
export function findSharedCopy(items: { article: ArticleOut; outlet: string }[]): SharedCopy[] {
  const prepared = items.map((it) => ({
    ...it,
    sh: shingles(it.article.text),
    agencies: new Set(it.article.credits.flatMap(creditAgencies)),
  }));
  const out: SharedCopy[] = [];
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const x = prepared[i]!;
      const y = prepared[j]!;
      if (x.outlet === y.outlet) continue;
      const agencies = [...x.agencies].filter((a) => y.agencies.has(a)).sort();
      let passages = 0;
      const [small, big] = x.sh.size <= y.sh.size ? [x.sh, y.sh] : [y.sh, x.sh];
      for (const s of small) if (big.has(s)) passages += 1;
      if (agencies.length === 0 && passages === 0) continue;
      out.push({
        a: x.article.id, b: y.article.id, outletA: x.outlet, outletB: y.outlet, agencies, passages,
        share: small.size === 0 ? 0 : passages / small.size,
      });
    }
  }
  return out.sort((p, q) => q.passages - p.passages || p.a.localeCompare(q.a));
}
