/*
 * English quotes, speakers and verbs on the Gender Gap Tracker's 98 evaluation articles
 * (../shared/data/ggt-quotes-en), scored their way: a quote is found when it overlaps the gold by
 * at least 0.3 of its words; speaker and verb accuracy over the found ones.
 * Anchor: GGT V5.3, F1 0.837, speaker accuracy 0.860 (0.865 in their later report), verb 0.918.
 * Run: npx tsc -p . && node dist/bench/quotes-ggt.bench.js
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { verbs } from '../src/lang/en/verbs.js';
import { Tally, matchSpans, pct, readQuotes, sameName } from './quote-overlap.js';

const FILE = join(process.env.RECOUPE_DATA ?? '../shared/data', 'ggt-quotes-en', 'articles.jsonl');

interface GoldQuote { speaker: string | null; verb: string | null; quote: string; reference: string | null; quote_found_at: number | null }

if (!existsSync(FILE)) {
  console.log(`quotes-ggt: skipped, no data at ${FILE}`);
  process.exit(0);
}

const tally = new Tally();
let speakerRight = 0;
let verbRight = 0;
let verbTotal = 0;
let ms = 0;
const articles = readFileSync(FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
for (const a of articles) {
  const gold = ((a.quotations ?? []) as GoldQuote[]).filter((q) => typeof q.quote_found_at === 'number' && q.quote_found_at >= 0);
  const t0 = performance.now();
  const doc = readQuotes(a.text as string, 'en');
  ms += performance.now() - t0;
  const predicted = doc.get('quotes');
  const goldSpans = gold.map((q) => ({ start: q.quote_found_at!, end: q.quote_found_at! + q.quote.length }));
  const pairs = matchSpans(doc.text, goldSpans, predicted);
  tally.add(goldSpans.length, predicted.length, pairs.length);
  for (const [i, j] of pairs) {
    const g = gold[i]!;
    const p = predicted[j]!;
    const surface = p.speakerSpan ? doc.text.slice(p.speakerSpan.start, p.speakerSpan.end) : null;
    if ([g.reference, g.speaker].some((name) => sameName(p.speakerName, name) || sameName(surface, name))) speakerRight++;
    if (g.verb) {
      verbTotal++;
      const lemma = verbs.find(g.verb, 0, g.verb.length)[0]?.lemma ?? g.verb.toLowerCase();
      if (p.cue === lemma) verbRight++;
    }
  }
}
console.log(tally.line(`quotes-ggt (${articles.length} articles, overlap ≥ 0.3)`));
console.log(`speaker accuracy ${pct(speakerRight / Math.max(1, tally.found))} (${speakerRight}/${tally.found}) · verb accuracy ${pct(verbRight / Math.max(1, verbTotal))} (${verbRight}/${verbTotal})`);
console.log(`anchor GGT V5.3: F1 83.7, speaker 86.0 · ${(ms / articles.length).toFixed(2)} ms per article`);
