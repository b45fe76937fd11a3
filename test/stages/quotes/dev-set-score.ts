import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { read } from './read-quotes.js';

// dist/test/stages/quotes/ -> repository test/stages/quotes/dev-set/ (the fixtures are not compiled)
export const DEV_SET_DIR = fileURLToPath(new URL('../../../../test/stages/quotes/dev-set/', import.meta.url));

interface Expected { contains: string; speaker: string[] }
export interface DevSetScore {
  language: 'fr' | 'en' | 'all';
  expected: number;
  found: number;
  right: number;
  misses: string[];
}

const fold = (s: string) => s.normalize('NFC').replace(/[’‘]/gu, "'").replace(/[«»“”„]/gu, '"').replace(/\s+/gu, ' ').trim().toLowerCase();

/** Scores the speakers of every article of the dev set: the first unused output quote containing `contains` is the match. */
export function scoreDevSet(): DevSetScore[] {
  const scores = new Map<string, DevSetScore>();
  const tally = (lang: 'fr' | 'en' | 'all') => {
    if (!scores.has(lang)) scores.set(lang, { language: lang, expected: 0, found: 0, right: 0, misses: [] });
    return scores.get(lang)!;
  };
  for (const file of readdirSync(DEV_SET_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(DEV_SET_DIR + file, 'utf8')) as { language: 'fr' | 'en'; quotes: Expected[] };
    const text = readFileSync(DEV_SET_DIR + file.replace(/\.json$/u, '.txt'), 'utf8');
    const doc = read(text, gold.language);
    const quotes = doc.get('quotes');
    const used = new Set<number>();
    for (const e of gold.quotes) {
      const targets = [tally(gold.language), tally('all')];
      for (const t of targets) t.expected++;
      const i = quotes.findIndex((q, k) => !used.has(k) && fold(text.slice(q.start, q.end)).includes(fold(e.contains)));
      if (i < 0) { tally(gold.language).misses.push(`${file}: miss "${e.contains}"`); continue; }
      used.add(i);
      const q = quotes[i]!;
      const said = [q.speakerName, q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null]
        .filter((s): s is string => !!s).map(fold);
      const ok = e.speaker.map(fold).some((name) => said.some((s) => s.includes(name) || name.includes(s)));
      for (const t of targets) { t.found++; if (ok) t.right++; }
      if (!ok) tally(gold.language).misses.push(`${file}: "${e.contains}" expected ${e.speaker[0]}, got ${q.speakerName ?? 'null'}`);
    }
  }
  return [...scores.values()];
}
