// Web app timings on a store of 100,000 small generated articles: time to first byte and to the
// full response of each page type, as the median and the slowest of several requests.
// Run: npx tsc -p . && node dist/bench/web.bench.js [articles]
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { ArticleOut } from '../src/model/contract.js';
import { startServer } from '../src/web/server.js';

const TOTAL = Number(process.argv[2] ?? 100_000);
const RUNS = 15;
const OUTLETS = Array.from({ length: 40 }, (_, i) => `Outlet ${String(i).padStart(2, '0')}`);
const WORDS = ['alep', 'corridor', 'civils', 'armée', 'rebelles', 'trêve', 'moscou', 'bilan', 'frappes', 'évacuation',
  'hôpital', 'quartier', 'général', 'ministère', 'observatoire', 'négociations', 'convoi', 'humanitaire', 'offensive', 'blessés'];

/** Places the gazetteer knows (and one it does not), so story maps have markers to draw. */
const PLACES = ['Alep', 'Damas', 'Homs', 'Idleb', 'Moscou', 'Mossoul', 'Genève', 'Raqqa', 'Hama', 'Quartier inconnu'];

/** Deterministic pseudo-random numbers, so every run builds the same store. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

function makeArticle(i: number, rand: () => number): ArticleOut {
  const words = Array.from({ length: 60 }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  if (i % 1000 === 0) words.push('rarissime');
  const lead = `Au moins ${1 + Math.floor(rand() * 90)} civils ont été tués, selon l'OSDH.`;
  const text = `${lead} « Nous ouvrons un corridor », a déclaré le général Roudskoï. ${words.join(' ')}.`;
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10);
  const quoteStart = lead.length + 3;
  const place = PLACES[Math.floor(rand() * PLACES.length)];
  const eventPlace = PLACES[Math.floor(rand() * PLACES.length)];
  return {
    id: i.toString(16).padStart(16, '0'),
    input: { path: `gen/${i}.txt`, url: `https://example.org/${i}` },
    outlet: OUTLETS[i % OUTLETS.length], published: day, language: i % 3 === 0 ? 'en' : 'fr',
    title: `Article ${i}: ${words.slice(0, 6).join(' ')}`, section: null, credits: [], text, captions: [], related: [], boilerplate: [],
    entities: [{ name: 'OSDH', type: 'ORG', mentions: [{ text: 'OSDH', start: lead.indexOf('OSDH'), end: lead.indexOf('OSDH') + 4 }] }],
    quotes: [{ kind: 'direct', text: 'Nous ouvrons un corridor', start: quoteStart, end: quoteStart + 24, speaker: { name: 'Sergueï Roudskoï', text: 'le général Roudskoï' }, cue: 'déclarer' }],
    claims: [{ category: 'killed', value: null, min: null, max: null, approximate: false, who: 'civils', date: day, place, source: i % 2 ? 'OSDH' : null, hedged: i % 5 === 0, includes: [], text: lead.slice(0, lead.indexOf(' ont')), start: 0, end: lead.indexOf(' ont') }],
    events: [{ type: 'attack', actor: null, date: day, place: eventPlace, text: lead, start: 0, end: lead.length }], labels: [],
  };
}

const storyOf = (i: number) => `s${i % Math.max(1, Math.floor(TOTAL / 20))}`;

function fill(db: string): number {
  openSqliteStore(db).close(); // creates the schema through the store's own migrations
  const sql = new Database(db);
  const insert = sql.prepare(`INSERT INTO articles (id, outlet, published, language, title, path, url, quotes, claims, text, json)
    VALUES (@id, @outlet, @published, @language, @title, @path, @url, @quotes, @claims, @text, @json)`);
  const rand = rng(42);
  const t0 = performance.now();
  const hasStories = sql.prepare("SELECT 1 FROM sqlite_master WHERE name = 'story_articles'").get() !== undefined;
  const story = hasStories ? sql.prepare('INSERT OR IGNORE INTO stories (id) VALUES (?)') : null;
  const link = hasStories ? sql.prepare('INSERT INTO story_articles (article_id, story_id, score) VALUES (?, ?, 1)') : null;
  sql.transaction(() => {
    for (let i = 0; i < TOTAL; i++) {
      const a = makeArticle(i, rand);
      insert.run({ id: a.id, outlet: a.outlet, published: a.published, language: a.language, title: a.title, path: a.input.path,
        url: a.input.url, quotes: a.quotes.length, claims: a.claims.length, text: a.text, json: JSON.stringify(a) });
      // Stories of 20 articles each, as if `recoupe stories` had run.
      if (story && link) { story.run(storyOf(i)); link.run(a.id, storyOf(i)); }
    }
  })();
  sql.close();
  return performance.now() - t0;
}

function time(url: string): Promise<{ ttfb: number; full: number; status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    request(url, (res) => {
      const ttfb = performance.now() - t0;
      let bytes = 0;
      res.on('data', (c: Buffer) => { bytes += c.length; });
      res.on('end', () => resolve({ ttfb, full: performance.now() - t0, status: res.statusCode ?? 0, bytes }));
    }).on('error', reject).end();
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-web-bench-'));
  const db = join(dir, 'bench.db');
  try {
    const fillMs = fill(db);
    process.stdout.write(`filled ${TOTAL.toLocaleString('en-US')} articles in ${(fillMs / 1000).toFixed(1)} s\n`);
    const server = await startServer({ db, port: 0 });
    const lastPage = Math.ceil(TOTAL / 50);
    const pages: [string, string][] = [
      ['articles, page 1 (first request)', '/'],
      ['articles, page 1', '/'],
      ['articles, page 100', '/?page=100'],
      ['articles, last page', `/?page=${lastPage}`],
      ['filter: outlet', '/?outlet=Outlet%2007'],
      ['filter: language + dates', '/?language=en&from=2015-06-01&to=2015-08-31'],
      ['search: common word', '/?q=corridor'],
      ['search: rare word', '/?q=rarissime'],
      ['search + outlet, page 20', '/?q=alep&outlet=Outlet%2003&page=20'],
      ['article page', `/article/${(TOTAL - 7).toString(16).padStart(16, '0')}`],
      ['article JSON', `/article/${(12345 % TOTAL).toString(16).padStart(16, '0')}.json`],
      ['outlets overview', '/outlets'],
      ['stories, page 1', '/stories'],
      ['stories, page 50', '/stories?page=50'],
      ['story (20 articles, side by side)', `/story/${storyOf(777)}`],
      ['story map (20 articles)', `/story/${storyOf(777)}/map`],
      ['story timeline, lanes per outlet', `/story/${storyOf(777)}/timeline`],
      ['story timeline, lanes per source', `/story/${storyOf(777)}/timeline?lanes=source`],
      ['export CSV, rare word', '/export.csv?q=rarissime'],
    ];
    const rows: string[][] = [];
    for (const [label, path] of pages) {
      const cold = label.includes('first request');
      const samples = [];
      for (let i = 0; i < (cold ? 1 : RUNS); i++) samples.push(await time(`${server.url}${path}`));
      if (samples.some((s) => s.status !== 200)) throw new Error(`${path}: status ${samples[0].status}`);
      rows.push([label, path, median(samples.map((s) => s.ttfb)).toFixed(1), median(samples.map((s) => s.full)).toFixed(1),
        Math.max(...samples.map((s) => s.full)).toFixed(1), (samples[0].bytes / 1024).toFixed(1)]);
    }
    await server.close();
    const head = ['page', 'path', 'TTFB ms (median)', 'full ms (median)', 'full ms (max)', 'KiB'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r: string[]) => `| ${r.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
    process.stdout.write(`\n${line(head)}\n|${widths.map((w, i) => (i >= 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|\n${rows.map(line).join('\n')}\n`);
    process.stdout.write(`\n${TOTAL.toLocaleString('en-US')} articles, ${RUNS} requests per page (1 for the cold one), one at a time, node ${process.version}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
