/*
 * French direct-speech spans on AADS-French (../shared/data/aads-french-direct-speech): 82 novel
 * chapters with « » and dialogue-dash speech. Scored like the quote benches: a span is found when it
 * overlaps the gold by at least 0.3 of its words. Predicted spans: the direct and mixed quotes.
 * Dialogue lines (— – - at a line's start or after a sentence, cut by their incise) are read as speech
 * when their run of lines holds an incise. Tune on --split train/val only; report test.
 * Anchor (French quotes, news, not this set): Radar de Parité F1 0.817.
 * Run: npx tsc -p . && node dist/bench/quotes-aads.bench.js [--split test|val|train|all]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tally, matchSpans, readQuotes } from './quote-overlap.js';

const FILE = join(process.env.RECOUPE_DATA ?? '../shared/data', 'aads-french-direct-speech', 'aggregated_corpus.json');
const splitArg = process.argv.indexOf('--split');
const SPLIT = splitArg > 0 ? process.argv[splitArg + 1]! : 'test';

if (!existsSync(FILE)) {
  console.log(`quotes-aads: skipped, no data at ${FILE}`);
  process.exit(0);
}

const corpus = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, { text: string; labels: [number, number][]; split: string }>;
const all = new Tally();
const guillemets = new Tally();
let chapters = 0;
for (const chapter of Object.values(corpus)) {
  if (SPLIT !== 'all' && chapter.split !== SPLIT) continue;
  chapters++;
  const doc = readQuotes(chapter.text, 'fr');
  const predicted = doc.get('quotes').filter((q) => q.kind !== 'indirect');
  const gold = chapter.labels.map(([start, end]) => ({ start, end }));
  all.add(gold.length, predicted.length, matchSpans(doc.text, gold, predicted).length);
  // the part of the gold a news reader is built for: speech inside « »
  const marked = gold.filter((g) => /[«»]/u.test(chapter.text.slice(Math.max(0, g.start - 2), g.end + 2)));
  guillemets.add(marked.length, predicted.length, matchSpans(doc.text, marked, predicted).length);
}
console.log(all.line(`quotes-aads ${SPLIT} (${chapters} chapters, all direct speech)`));
console.log(guillemets.line(`quotes-aads ${SPLIT} (speech in « » only)`));
