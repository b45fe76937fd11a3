/*
 * English attribution on PolNeAR (../shared/data/polnear-attribution-en), test split by default
 * (never tuned on): each gold attribution relation has a content span, a cue and usually a source.
 * A predicted quote finds a relation when it overlaps the content by at least 0.3 of its words;
 * then source accuracy (our speaker span overlaps the gold source, or names agree) and cue accuracy
 * (our verb span overlaps the gold cue). One annotator per article (the first file).
 * Run: npx tsc -p . && node dist/bench/attribution-polnear.bench.js [--split test|dev]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../src/model/span.js';
import { Tally, matchSpans, pct, readQuotes, sameName } from './quote-overlap.js';

const ROOT = join(process.env.RECOUPE_DATA ?? '../shared/data', 'polnear-attribution-en', 'data');
const splitArg = process.argv.indexOf('--split');
const SPLIT = splitArg > 0 ? process.argv[splitArg + 1]! : 'test';

if (!existsSync(join(ROOT, SPLIT))) {
  console.log(`attribution-polnear: skipped, no data at ${join(ROOT, SPLIT)}`);
  process.exit(0);
}

interface Relation { content: Span; cue: Span | null; source: Span | null }

function relations(ann: string): Relation[] {
  const spans = new Map<string, Span>();
  const out: Relation[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(?<id>T\d+)\t\S+ (?<start>\d+)(?:;\d+ \d+)* (?<end>\d+)\t/u.exec(line);
    if (t) spans.set(t.groups!.id!, { start: Number(t.groups!.start), end: Number(t.groups!.end) });
  }
  for (const line of ann.split('\n')) {
    if (!line.startsWith('E')) continue;
    const part = (role: string) => {
      const m = new RegExp(`${role}:(T\\d+)`, 'u').exec(line);
      return m ? spans.get(m[1]!) ?? null : null;
    };
    const content = part('Content');
    if (content) out.push({ content, cue: part('Cue'), source: part('Source') });
  }
  return out;
}

const textDir = join(ROOT, SPLIT, 'text');
const annDir = join(ROOT, SPLIT, 'attributions');
const annFiles = readdirSync(annDir).sort();
const tally = new Tally();
let sourceRight = 0;
let sourceTotal = 0;
let cueRight = 0;
let cueTotal = 0;
let articles = 0;
for (const name of readdirSync(textDir).sort()) {
  const stem = name.replace(/\.txt$/u, '');
  const ann = annFiles.find((f) => f.startsWith(stem + '_'));
  if (!ann) continue;
  articles++;
  const text = readFileSync(join(textDir, name), 'utf8');
  const gold = relations(readFileSync(join(annDir, ann), 'utf8'));
  const doc = readQuotes(text, 'en');
  const predicted = doc.get('quotes');
  const pairs = matchSpans(text, gold.map((g) => g.content), predicted);
  tally.add(gold.length, predicted.length, pairs.length);
  for (const [i, j] of pairs) {
    const g = gold[i]!;
    const p = predicted[j]!;
    if (g.source) {
      sourceTotal++;
      const overlaps = p.speakerSpan && p.speakerSpan.start < g.source.end && g.source.start < p.speakerSpan.end;
      if (overlaps || sameName(p.speakerName, text.slice(g.source.start, g.source.end))) sourceRight++;
    }
    if (g.cue) {
      cueTotal++;
      if (p.cueSpan && p.cueSpan.start < g.cue.end && g.cue.start < p.cueSpan.end) cueRight++;
    }
  }
}
console.log(tally.line(`attribution-polnear ${SPLIT} (${articles} articles, content overlap ≥ 0.3)`));
console.log(`source accuracy ${pct(sourceRight / Math.max(1, sourceTotal))} (${sourceRight}/${sourceTotal}) · cue accuracy ${pct(cueRight / Math.max(1, cueTotal))} (${cueRight}/${cueTotal})`);
