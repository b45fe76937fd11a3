/**
 * HTML main-text benchmark: recoupe's extractHtml against Readability.js on linkedom, same pages,
 * same run, same machine. `npm run bench:html [-- --limit N] [--set aeb|traf|daniel] [--worst N]
 * [--passes N] [--only recoupe|readability] [--daniel]`. Pages per second are from the fastest of
 * N passes (default 3 on the 181-page benchmark, 1 on the larger sets).
 *
 * Sets (read from ../shared/data, never copied into the repository):
 * - article-extraction-benchmark: token 4-shingle P/R/F1 exactly as its evaluate.py computes it.
 * - trafilatura-eval: must-keep / must-drop chunk counts as trafilatura's comparison script counts
 *   them; the French pages reported apart, with their leaks listed.
 * - daniel-boilerplate (with --set daniel or --daniel): the same shingle metric against its references.
 *
 * Each (tool, set) runs in its own child process so that speed and peak memory are its own.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { extractHtml } from '../src/stages/clean/html/extract-html.js';
import { cleaningVocabulary } from '../src/stages/clean/html/cleaning-vocabulary.js';

type Tool = 'recoupe' | 'readability';
type SetName = 'aeb' | 'traf' | 'daniel';

const DATA = process.env.RECOUPE_DATA ?? fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const AEB = `${DATA}/article-extraction-benchmark`;
const TRAF = `${DATA}/trafilatura-eval`;
const DANIEL = `${DATA}/daniel-boilerplate`;

interface Page {
  key: string;
  html: string;
  url: string | null;
}

interface WorkerResult {
  tool: Tool;
  set: SetName;
  outputs: Record<string, string>;
  seconds: number;
  maxRssMb: number;
  peakHeapMb: number;
  failures: number;
}

// ---------- page loading ----------

const CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*(?<charset>[\w-]+)/iu;

/** Bytes -> string: BOM, then <meta charset>, then strict UTF-8, then windows-1252. */
function decodeHtml(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString('utf8', 3);
  const declared = CHARSET.exec(bytes.toString('latin1', 0, Math.min(bytes.length, 4096)))?.groups?.charset?.toLowerCase();
  if (declared && !/^utf-?8$/u.test(declared) && iconv.encodingExists(declared)) return iconv.decode(bytes, declared);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, declared && iconv.encodingExists(declared) && !/^utf-?8$/u.test(declared) ? declared : 'windows-1252');
  }
}

function readGz(path: string): string {
  return decodeHtml(gunzipSync(readFileSync(path)));
}

interface TrafItem {
  file: string;
  with: string[];
  without: string[];
}

function aebTruth(): Record<string, { articleBody: string; url: string }> {
  return JSON.parse(readFileSync(`${AEB}/ground-truth.json`, 'utf8'));
}

function trafItems(file = 'evaldata.json'): Record<string, TrafItem> {
  return JSON.parse(readFileSync(`${TRAF}/${file}`, 'utf8'));
}

function loadPages(set: SetName, limit: number): Page[] {
  if (set === 'aeb') {
    return Object.entries(aebTruth())
      .slice(0, limit)
      .map(([key, v]) => ({ key, url: v.url, html: readGz(`${AEB}/html/${key}.html.gz`) }));
  }
  if (set === 'traf') {
    return Object.entries(trafItems())
      .slice(0, limit)
      .filter(([, item]) => existsSync(`${TRAF}/pages/${item.file}.gz`))
      .map(([url, item]) => ({ key: url, url, html: readGz(`${TRAF}/pages/${item.file}.gz`) }));
  }
  return readdirSync(`${DANIEL}/html`)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, limit)
    .map((f) => ({ key: f.replace(/\.html\.gz$/u, ''), url: null, html: readGz(`${DANIEL}/html/${f}`) }));
}

// ---------- the two tools ----------

async function toolFunction(tool: Tool): Promise<(page: Page) => string> {
  if (tool === 'recoupe') return (page) => extractHtml(page.html, { url: page.url }).text;
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  return (page) => {
    const { document } = parseHTML(page.html);
    // Readability reads the document's URL for relative links; linkedom has none, which is fine here.
    const article = new Readability(document as never).parse();
    return article?.textContent ?? '';
  };
}

/**
 * The fastest of `passes` passes over all pages: the machine is shared, and the best pass is the
 * one least disturbed by other jobs (both tools get the same number of passes).
 */
async function runWorker(tool: Tool, set: SetName, limit: number, passes: number): Promise<WorkerResult> {
  const pages = loadPages(set, limit);
  const extract = await toolFunction(tool);
  const outputs: Record<string, string> = {};
  let failures = 0;
  let peakHeap = 0;
  let seconds = Infinity;
  for (let pass = 0; pass < passes; pass++) {
    (globalThis as { gc?: () => void }).gc?.();
    failures = 0;
    const start = process.hrtime.bigint();
    for (const page of pages) {
      try {
        outputs[page.key] = extract(page);
      } catch {
        outputs[page.key] = '';
        failures++;
      }
      const heap = process.memoryUsage().heapUsed;
      if (heap > peakHeap) peakHeap = heap;
    }
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { tool, set, outputs, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: peakHeap / 2 ** 20, failures };
}

/**
 * Speed of both tools measured page by page, alternating which goes first, in one process: on a
 * shared machine the load changes over a run, and interleaving gives both tools the same load.
 */
async function runSpeedWorker(set: SetName, limit: number, passes: number): Promise<Record<Tool, number>> {
  const pages = loadPages(set, limit);
  const tools: Tool[] = ['recoupe', 'readability'];
  const extract = { recoupe: await toolFunction('recoupe'), readability: await toolFunction('readability') };
  const best: Record<Tool, number> = { recoupe: Infinity, readability: Infinity };
  for (let pass = 0; pass < passes; pass++) {
    const spent: Record<Tool, number> = { recoupe: 0, readability: 0 };
    pages.forEach((page, i) => {
      for (const tool of i % 2 === 0 ? tools : [...tools].reverse()) {
        const start = process.hrtime.bigint();
        try {
          extract[tool](page);
        } catch {
          // failures are counted by the scoring run
        }
        spent[tool] += Number(process.hrtime.bigint() - start) / 1e9;
      }
    });
    for (const tool of tools) best[tool] = Math.min(best[tool], spent[tool]);
  }
  return { recoupe: pages.length / best.recoupe, readability: pages.length / best.readability };
}

function runSpeedInChild(set: SetName, limit: number, passes: number): Promise<Record<Tool, number>> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--speed-worker', set, String(limit), String(passes)], {
      execArgv: ['--expose-gc', '--max-old-space-size=4096'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (message) => resolve(message as Record<Tool, number>));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`speed run on ${set} exited with ${code}`));
    });
  });
}

function runInChild(tool: Tool, set: SetName, limit: number, passes: number): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--worker', tool, set, String(limit), String(passes)], {
      execArgv: ['--expose-gc', '--max-old-space-size=4096'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', (message) => resolve(message as WorkerResult));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`${tool} on ${set} exited with ${code}`));
    });
  });
}

// ---------- metrics ----------

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** evaluate.py's shingles: 4 consecutive \w+ tokens, counted; a text under 4 tokens is one shingle. */
function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const n = 4;
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per page (tp, fp, fn) normalised to sum 1, as string_shingle_matching returns them. */
function shingleMatch(truth: string, prediction: string): [number, number, number] {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
  exact: number;
  perPage: { key: string; precision: number; recall: number; f1: number }[];
}

/** evaluate.py: means over pages of precision and recall (pages with no shingles on that side skipped), F1 of the means. */
function shingleScore(truth: Record<string, string>, predictions: Record<string, string>): ShingleScore {
  const precisions: number[] = [];
  const recalls: number[] = [];
  let exact = 0;
  const perPage: ShingleScore['perPage'] = [];
  for (const [key, trueText] of Object.entries(truth)) {
    if (!(key in predictions)) continue;
    const predicted = predictions[key] ?? '';
    const [tp, fp, fn] = shingleMatch(trueText, predicted);
    const tokensT = (trueText.match(TOKEN) ?? []).join(' ');
    const tokensP = (predicted.match(TOKEN) ?? []).join(' ');
    if (tokensT === tokensP) exact++;
    let precision = NaN;
    let recall = NaN;
    if (fp === 0 && fn === 0) {
      precision = 1;
      recall = 1;
    } else {
      if (tp + fp > 0) precision = tp / (tp + fp);
      if (tp + fn > 0) recall = tp / (tp + fn);
    }
    if (!Number.isNaN(precision)) precisions.push(precision);
    if (!Number.isNaN(recall)) recalls.push(recall);
    const p = Number.isNaN(precision) ? 0 : precision;
    const r = Number.isNaN(recall) ? 0 : recall;
    perPage.push({ key, precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 });
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, exact: exact / Math.max(1, perPage.length), perPage };
}

interface ChunkScore {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  precision: number;
  recall: number;
  f: number;
  leaks: { key: string; chunk: string }[];
  misses: { key: string; chunk: string }[];
}

function squash(text: string): string {
  return text.split(/\s+/u).filter(Boolean).join(' ');
}

/** trafilatura's evaluate_result summed over pages; whitespace normalised on both sides. */
function chunkScore(items: Record<string, TrafItem>, outputs: Record<string, string>): ChunkScore {
  const s: ChunkScore = { tp: 0, fn: 0, fp: 0, tn: 0, precision: 0, recall: 0, f: 0, leaks: [], misses: [] };
  for (const [key, item] of Object.entries(items)) {
    if (!(key in outputs)) continue;
    const out = squash(outputs[key] ?? '');
    for (const chunk of item.with) {
      if (out.includes(squash(chunk))) s.tp++;
      else {
        s.fn++;
        s.misses.push({ key, chunk });
      }
    }
    for (const chunk of item.without) {
      if (out.includes(squash(chunk))) {
        s.fp++;
        s.leaks.push({ key, chunk });
      } else s.tn++;
    }
  }
  s.precision = s.tp / Math.max(1, s.tp + s.fp);
  s.recall = s.tp / Math.max(1, s.tp + s.fn);
  s.f = s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  return s;
}

function danielTruth(keys: string[]): Record<string, string> {
  const truth: Record<string, string> = {};
  for (const key of keys) {
    const path = `${DANIEL}/reference/${key}.txt`;
    if (existsSync(path)) truth[key] = readFileSync(path, 'utf8').replace(/<[^>]*>/gu, '\n');
  }
  return truth;
}

/** The benchmark's stored peer outputs scored with this file's metric (should print the published F1). */
function peerScores(): string {
  const truth = Object.fromEntries(Object.entries(aebTruth()).map(([k, v]) => [k, v.articleBody]));
  return ['trafilatura', 'readability_js'].map((peer) => {
    const raw = JSON.parse(readFileSync(`${AEB}/peers/${peer}.json`, 'utf8'));
    const output: Record<string, { articleBody?: string }> = raw.output ?? raw;
    const predictions = Object.fromEntries(Object.entries(output).map(([k, v]) => [k, v.articleBody ?? '']));
    return `${peer} F1 ${f3(shingleScore(truth, predictions).f1)}`;
  }).join(', ');
}

// ---------- report ----------

const f3 = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i < 2 ? pad(c, widths[i]) : lpad(c, widths[i]))).join('  ');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--speed-worker') {
    const result = await runSpeedWorker(args[1] as SetName, Number(args[2]), Number(args[3]));
    process.send!(result, () => process.exit(0));
    return;
  }
  if (args[0] === '--worker') {
    const result = await runWorker(args[1] as Tool, args[2] as SetName, Number(args[3]), Number(args[4]));
    process.send!(result, () => process.exit(0));
    return;
  }
  if (!existsSync(AEB) && !existsSync(TRAF)) {
    console.log(`bench:html: no evaluation data at ${DATA} (set RECOUPE_DATA to the shared data folder); nothing to measure.`);
    return;
  }
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const limit = Number(option('--limit') ?? Infinity);
  const worst = Number(option('--worst') ?? 0);
  const only = option('--only') as Tool | undefined;
  const setOption = option('--set');
  const sets: SetName[] = setOption ? (setOption.split(',') as SetName[]) : ['aeb', 'traf', ...(args.includes('--daniel') ? ['daniel' as SetName] : [])];
  const tools: Tool[] = only ? [only] : ['recoupe', 'readability'];

  const widths = [24, 12, 6, 7, 7, 7, 9, 10, 10];
  const lines: string[] = [row(['set', 'tool', 'pages', 'F1', 'P', 'R', 'pages/s', 'peak RSS', 'peak heap'], widths)];
  const notes: string[] = [];
  for (const set of sets) {
    if (set === 'aeb' && !existsSync(AEB)) continue;
    if (set === 'traf' && !existsSync(TRAF)) continue;
    if (set === 'daniel' && !existsSync(DANIEL)) continue;
    const speeds: Partial<Record<Tool, number>> = {};
    for (const tool of tools) {
      const passes = Number(option('--passes') ?? (set === 'aeb' ? 3 : 1));
      const result = await runInChild(tool, set, limit, passes);
      const pages = Object.keys(result.outputs).length;
      const pps = pages / result.seconds;
      speeds[tool] = pps;
      let f1 = 0;
      let p = 0;
      let r = 0;
      let label = '';
      if (set === 'aeb' || set === 'daniel') {
        const truthAll = set === 'aeb'
          ? Object.fromEntries(Object.entries(aebTruth()).map(([k, v]) => [k, v.articleBody]))
          : danielTruth(Object.keys(result.outputs));
        const score = shingleScore(truthAll, result.outputs);
        ({ f1, precision: p, recall: r } = score);
        label = set === 'aeb' ? 'article-extraction' : 'daniel-boilerplate';
        notes.push(`${label} ${tool}: exact ${f3(score.exact)}, failures ${result.failures}`);
        if (worst > 0 && tool === 'recoupe') {
          notes.push(`  worst ${worst} pages for recoupe (F1 P R key):`);
          for (const page of [...score.perPage].sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
            notes.push(`    ${f3(page.f1)} ${f3(page.precision)} ${f3(page.recall)} ${page.key}`);
          }
        }
      } else {
        const items = trafItems();
        const score = chunkScore(items, result.outputs);
        ({ f: f1, precision: p, recall: r } = score);
        label = 'trafilatura-eval';
        notes.push(`trafilatura-eval ${tool}: kept ${score.tp}/${score.tp + score.fn} must-keep chunks, leaked ${score.fp}/${score.fp + score.tn} must-drop chunks, failures ${result.failures}`);
        const frItems = trafItems('evaldata.fr.json');
        const fr = chunkScore(frItems, result.outputs);
        const frPages = Object.keys(frItems).filter((k) => k in result.outputs).length;
        lines.push(row([`  French pages (${frPages})`, tool, String(frPages), f3(fr.f), f3(fr.precision), f3(fr.recall), '', '', ''], widths));
        notes.push(`  French pages ${tool}: kept ${fr.tp}/${fr.tp + fr.fn}, leaked ${fr.fp}/${fr.fp + fr.tn}`);
        for (const leak of fr.leaks) notes.push(`    leak  ${JSON.stringify(leak.chunk)}  (${leak.key})`);
        for (const key of Object.keys(frItems)) {
          for (const line of (result.outputs[key] ?? '').split(/\n+/u)) {
            const t = line.trim();
            if (t.length <= 120 && (cleaningVocabulary.relatedLine.test(t) || cleaningVocabulary.commentHeading.test(t))) {
              notes.push(`    related/comment line in output: ${JSON.stringify(t)}  (${key})`);
            }
          }
        }
        if (worst > 0 && tool === 'recoupe') {
          notes.push(`  first ${worst} leaks and misses for recoupe:`);
          for (const leak of score.leaks.slice(0, worst)) notes.push(`    leak  ${JSON.stringify(leak.chunk)}  ${items[leak.key].file}`);
          for (const miss of score.misses.slice(0, worst)) notes.push(`    miss  ${JSON.stringify(miss.chunk)}  ${items[miss.key].file}`);
        }
      }
      lines.splice(lines.length - (set === 'traf' ? 1 : 0), 0, row([`${label}`, tool, String(pages), f3(f1), f3(p), f3(r), pps.toFixed(1), `${result.maxRssMb.toFixed(0)} MB`, `${result.peakHeapMb.toFixed(0)} MB`], widths));
    }
    if (set === 'aeb' && limit === Infinity) notes.push(`metric check, published peers recomputed: ${peerScores()}`);
    if (speeds.recoupe && speeds.readability) {
      notes.push(`${set}: separate runs (table): recoupe is ${(speeds.recoupe / speeds.readability).toFixed(1)}x Readability.js (linkedom) in pages per second`);
      const passes = Number(option('--passes') ?? (set === 'aeb' ? 3 : 1));
      const interleaved = await runSpeedInChild(set, limit, passes);
      notes.push(`${set}: interleaved page by page (same load for both): recoupe ${interleaved.recoupe.toFixed(1)} pages/s, Readability.js ${interleaved.readability.toFixed(1)} pages/s, ratio ${(interleaved.recoupe / interleaved.readability).toFixed(1)}x`);
    }
  }
  console.log(lines.join('\n'));
  console.log('');
  console.log(notes.join('\n'));
  console.log(`\nnode ${process.version}, one process per tool and set, extraction time only (decoding excluded), pages/s from the fastest pass`);
}

await main();
