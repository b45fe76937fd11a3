/*
 * npm run bench: articles per second on one core, for
 *   - the same bytes only read and decoded (the peer: what any tool pays),
 *   - ingest + clean + segment (the spine, before the reader),
 *   - the full analysis, clean through labels, on the generated corpus (10,000 scraped-text
 *     articles from one template, varied),
 *   - the full analysis on the example articles (examples/ through its manifest, text, HTML,
 *     gzip and JSON Lines), repeated, so the figure is not only the generated template's.
 * BENCH_ARTICLES sets the generated corpus' size, BENCH_FULL how many of it the full analysis
 * reads (all by default), BENCH_EXAMPLES how many example articles it analyses. MB/s counts
 * each record's decoded content (an HTML page's whole markup).
 */
import { mkdirSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { planRead, type ReadOptions } from '../src/app/read-records.js';
import { readRecord } from '../src/app/analyze.js';
import { segmentOnly, defaultPipeline } from '../src/pipeline/default-pipeline.js';
import { decodeBytes } from '../src/stages/ingest/decode.js';
import { generatedArticle } from './generated-articles.js';

const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);
const FULL = Math.min(COUNT, Number(process.env.BENCH_FULL ?? COUNT));
const EXAMPLES = Number(process.env.BENCH_EXAMPLES ?? 2_000);

function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

interface Row { name: string; articles: number; bytes: number; ms: number }

/** Reads every record of the inputs (at most `limit`) and runs `stages` on each; bytes are the records' sizes. */
function timeRun(args: string[], options: ReadOptions, stages: typeof defaultPipeline, limit: number, onDoc?: (doc: ReturnType<typeof readRecord>) => void): { articles: number; bytes: number; ms: number } {
  let articles = 0;
  let bytes = 0;
  const t0 = performance.now();
  for (const item of planRead(args, options).items()) {
    if (!('record' in item)) continue;
    const doc = readRecord(item.record, item.given, stages);
    onDoc?.(doc);
    bytes += Buffer.byteLength(item.record.content);
    if (++articles >= limit) break;
  }
  return { articles, bytes, ms: performance.now() - t0 };
}

function exampleInputs(): { files: string[]; manifest: string } {
  const manifest = 'examples/manifest.jsonl';
  const files = readFileSync(manifest, 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => join('examples', (JSON.parse(l) as { path: string }).path));
  return { files, manifest };
}

function main(): void {
  const dir = join(tmpdir(), `recoupe-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) {
    const text = generatedArticle(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), text);
  }
  const rows: Row[] = [];
  try {
    global.gc?.();
    // Peer: read and decode only.
    let t0 = performance.now();
    for (const item of planRead([dir]).items()) {
      if ('record' in item) decodeBytes(readFileSync(item.record.path));
    }
    rows.push({ name: 'read + decode only (peer)', articles: COUNT, bytes, ms: performance.now() - t0 });

    global.gc?.();
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    let sentences = 0;
    let n = 0;
    const spine = timeRun([dir], {}, segmentOnly, COUNT, (doc) => {
      sentences += doc.get('sentences').length;
      if (++n % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    });
    peak = Math.max(peak, process.memoryUsage().rss);
    rows.push({ name: 'ingest + clean + segment', ...spine });

    global.gc?.();
    const full = timeRun([dir], {}, defaultPipeline, FULL);
    rows.push({ name: `full analysis, generated (${full.articles})`, ...full });

    // The examples, read again and again until EXAMPLES articles are analysed.
    global.gc?.();
    const ex = exampleInputs();
    const sample = { articles: 0, bytes: 0, ms: 0 };
    while (sample.articles < EXAMPLES) {
      const pass = timeRun(ex.files, { manifest: ex.manifest }, defaultPipeline, EXAMPLES - sample.articles);
      if (pass.articles === 0) break;
      sample.articles += pass.articles;
      sample.bytes += pass.bytes;
      sample.ms += pass.ms;
    }
    rows.push({ name: `full analysis, examples (${sample.articles})`, ...sample });

    console.log(`recoupe bench: ${COUNT} generated articles, ${mb(bytes)} MB, one core, Node ${process.version}`);
    console.log('');
    console.log('run                                     articles/s      MB/s   seconds');
    for (const r of rows) {
      const s = r.ms / 1000;
      console.log(`${r.name.padEnd(38)} ${(r.articles / s).toFixed(0).padStart(10)} ${(r.bytes / 1048576 / s).toFixed(2).padStart(9)} ${s.toFixed(1).padStart(9)}`);
    }
    console.log('');
    console.log(`sentences: ${sentences} · peak RSS during the spine ${mb(peak)} MB (start ${mb(rss0)} MB)`);
    console.log(`ratio ingest+clean+segment / read-only time: ${(rows[1]!.ms / rows[0]!.ms).toFixed(2)}×`);
    console.log(`example articles average ${(sample.bytes / Math.max(1, sample.articles) / 1024).toFixed(1)} KB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
