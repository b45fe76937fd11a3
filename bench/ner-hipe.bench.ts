/**
 * French entities on HIPE-2022 (historical French press, OCR noise): the entities stage scored
 * against the gold coarse literal tags (pers, loc, org) of the dev and test files, HIPE's way:
 * strict (same type, same boundaries) and fuzzy (same type, overlapping), micro P/R/F1 per type.
 * MISC output and gold prod/time are not scored (no common type). Nothing is tuned on these files.
 *
 *   npx tsc -p . && node dist/bench/ner-hipe.bench.js [path/to/hipe2022-fr]
 *
 * The data stays in ../shared/data (CC BY-NC-SA / CC BY): it is read, never copied.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Doc } from '../src/model/document.js';
import { languagePack } from '../src/lang/registry.js';
import { segmentStage } from '../src/stages/segment/segment-stage.js';
import { entitiesStage } from '../src/stages/entities/entities-stage.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? resolve(here, '../../../shared/data/hipe2022-fr'));
const TYPES = ['pers', 'loc', 'org'] as const;
type HipeType = (typeof TYPES)[number];
const FROM_OURS: Record<string, HipeType | undefined> = { PER: 'pers', LOC: 'loc', ORG: 'org' };

interface Mention { start: number; end: number; type: HipeType }
interface HipeDoc { id: string; text: string; gold: Mention[] }

/** Rebuilds each document's text from its tokens (NoSpaceAfter honoured) with the gold spans over it. */
function readHipe(file: string): HipeDoc[] {
  const docs: HipeDoc[] = [];
  let doc: HipeDoc | null = null;
  let open: { start: number; end: number; type: string } | null = null;
  let space = '';
  const close = () => {
    if (open && doc && (TYPES as readonly string[]).includes(open.type)) doc.gold.push(open as Mention);
    open = null;
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# hipe2022:document_id')) {
      close();
      doc = { id: line.split('=')[1]!.trim(), text: '', gold: [] };
      docs.push(doc);
      space = '';
      continue;
    }
    if (!line || line.startsWith('#') || line.startsWith('TOKEN\t') || !doc) continue;
    const cols = line.split('\t');
    const token = cols[0]!;
    // hipe2020 and letemps write "B-pers", newseye "B-PER".
    const tag = cols[1]!.replace(/-(?:PER|pers)$/u, '-pers').replace(/-LOC$/u, '-loc').replace(/-ORG$/u, '-org');
    const misc = cols[9] ?? '';
    doc.text += space;
    const start = doc.text.length;
    doc.text += token;
    if (tag.startsWith('B-') || (tag.startsWith('I-') && (!open || open.type !== tag.slice(2)))) {
      close();
      open = { start, end: doc.text.length, type: tag.slice(2) };
    } else if (tag.startsWith('I-') && open) {
      open.end = doc.text.length;
    } else {
      close();
    }
    space = misc.includes('NoSpaceAfter') ? '' : ' ';
  }
  close();
  return docs;
}

function predict(doc: HipeDoc): Mention[] {
  const d = new Doc(doc.text, {
    id: doc.id, path: null, url: null, outlet: null, published: null, language: 'fr', title: null, section: null,
    credits: [], captions: [], related: [], boilerplate: [],
  });
  const lang = languagePack('fr');
  segmentStage.run(d, { lang });
  entitiesStage.run(d, { lang });
  const out: Mention[] = [];
  for (const e of d.get('entities')) {
    const type = FROM_OURS[e.type];
    if (type) for (const m of e.mentions) out.push({ start: m.start, end: m.end, type });
  }
  return out;
}

interface Counts { tp: number; fp: number; fn: number }
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function score(gold: Mention[], pred: Mention[], same: (g: Mention, p: Mention) => boolean, into: Record<string, Counts>): void {
  const used = new Set<number>();
  for (const p of pred) {
    const k = gold.findIndex((g, i) => !used.has(i) && g.type === p.type && same(g, p));
    if (k >= 0) {
      used.add(k);
      into[p.type]!.tp++;
    } else {
      into[p.type]!.fp++;
    }
  }
  gold.forEach((g, i) => { if (!used.has(i)) into[g.type]!.fn++; });
}

const prf = (c: Counts) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

const files: { dataset: string; split: string; path: string }[] = [];
for (const dataset of ['hipe2020', 'letemps', 'newseye']) {
  const dir = join(root, dataset, 'fr');
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) {
    const split = /-(dev2?|test)-fr\.tsv$/u.exec(f)?.[1];
    if (split) files.push({ dataset, split, path: join(dir, f) });
  }
}
if (files.length === 0) {
  console.error(`no HIPE files under ${root}`);
  process.exit(2);
}

console.log(`HIPE-2022 French, coarse literal tags, entities stage (rules), data: ${root}`);
console.log('set                 docs  match   type    P     R     F1   (strict | fuzzy)');
const totals: Record<string, { strict: Record<string, Counts>; fuzzy: Record<string, Counts> }> = {};
const started = performance.now();
let chars = 0;
for (const { dataset, split, path } of files) {
  const docs = readHipe(path);
  const strict = Object.fromEntries(TYPES.map((t) => [t, zero()]));
  const fuzzy = Object.fromEntries(TYPES.map((t) => [t, zero()]));
  for (const doc of docs) {
    chars += doc.text.length;
    const pred = predict(doc);
    score(doc.gold, pred, (g, p) => g.start === p.start && g.end === p.end, strict);
    score(doc.gold, pred, (g, p) => g.start < p.end && p.start < g.end, fuzzy);
  }
  const group = split === 'test' ? 'test' : 'dev';
  totals[group] ??= { strict: Object.fromEntries(TYPES.map((t) => [t, zero()])), fuzzy: Object.fromEntries(TYPES.map((t) => [t, zero()])) };
  for (const t of TYPES) {
    for (const k of ['tp', 'fp', 'fn'] as const) {
      totals[group]!.strict[t]![k] += strict[t]![k];
      totals[group]!.fuzzy[t]![k] += fuzzy[t]![k];
    }
  }
  const all = (c: Record<string, Counts>) => TYPES.reduce((a, t) => ({ tp: a.tp + c[t]!.tp, fp: a.fp + c[t]!.fp, fn: a.fn + c[t]!.fn }), zero());
  const s = prf(all(strict));
  const z = prf(all(fuzzy));
  console.log(`${`${dataset} ${split}`.padEnd(19)} ${String(docs.length).padStart(4)}  all      ${pct(s.p)} ${pct(s.r)} ${pct(s.f)} | ${pct(z.p)} ${pct(z.r)} ${pct(z.f)}`);
}
console.log('');
for (const [group, t] of Object.entries(totals)) {
  const all = (c: Record<string, Counts>) => TYPES.reduce((a, ty) => ({ tp: a.tp + c[ty]!.tp, fp: a.fp + c[ty]!.fp, fn: a.fn + c[ty]!.fn }), zero());
  for (const ty of [...TYPES, 'all'] as const) {
    const s = prf(ty === 'all' ? all(t.strict) : t.strict[ty]!);
    const z = prf(ty === 'all' ? all(t.fuzzy) : t.fuzzy[ty]!);
    console.log(`${`all ${group}`.padEnd(19)}       ${ty.padEnd(8)} ${pct(s.p)} ${pct(s.r)} ${pct(s.f)} | ${pct(z.p)} ${pct(z.r)} ${pct(z.f)}`);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(`\n${(chars / 1e6).toFixed(2)} M characters in ${seconds.toFixed(1)} s (gazetteer load included)`);
