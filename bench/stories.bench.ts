/*
 * Story clustering measured on public gold (node dist/bench/stories.bench.js [--analyze]):
 * - ECB+ (../shared/data/ecbplus-event-clusters): 982 English articles in 86 event clusters;
 *   B-cubed precision, recall and F1 of the stories against `cluster_id`.
 * - 20min-XD validation pairs (../shared/data/20min-xd-val): 14 German/French pairs about the
 *   same event; the share of pairs put in one story, and how many stories mix pairs.
 * Inputs are ArticleOut objects with the light features only (text, no reader layers), unless
 * --analyze runs recoupe's own analysis on each text first (slower; uses the reader's entities).
 * ECB+ has no publication dates, so the time window plays no part there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { ArticleOut } from '../src/model/contract.js';
import { clusterArticles } from '../src/corpus/stories/update-stories.js';
import { DEFAULT_STORY_OPTIONS, type StoryOptions } from '../src/corpus/stories/story-index.js';

const DATA = new URL('../../../shared/data/', import.meta.url);
const ECB = new URL('ecbplus-event-clusters/docs.jsonl', DATA);
const XD = new URL('20min-xd-val/val_set.tsv', DATA);
const ANALYZE = process.argv.includes('--analyze');

function bare(id: string, text: string, language: string, published: string | null, title: string | null, outlet: string | null): ArticleOut {
  return {
    id, input: { path: id, url: null }, outlet, published, language, title, section: null, credits: [], text, captions: [],
    related: [], boilerplate: [], entities: [], quotes: [], claims: [], events: [], labels: [],
  };
}

async function analyzed(a: ArticleOut): Promise<ArticleOut> {
  if (!ANALYZE) return a;
  const { analyzeRecord } = await import('../src/app/analyze.js');
  const content = a.title ? `${a.title}\n\n${a.text}` : a.text;
  const out = analyzeRecord({ input: a.id, path: a.id, line: null, kind: 'text', content, contentHash: a.id, url: null, outlet: a.outlet, published: a.published, encoding: 'utf-8' },
    { language: a.language, published: a.published, outlet: a.outlet });
  // ECB+ texts have no title: a first sentence the cleaner took for one would count three times.
  return { ...out, id: a.id, title: a.title === null ? null : out.title };
}

/** B-cubed over items: per item, precision = share of its predicted cluster in its gold cluster, and the converse. */
export function bcubed(gold: Map<string, string>, predicted: Map<string, string>): { p: number; r: number; f1: number } {
  const members = (m: Map<string, string>) => {
    const out = new Map<string, Set<string>>();
    for (const [item, c] of m) out.set(c, (out.get(c) ?? new Set()).add(item));
    return out;
  };
  const g = members(gold);
  const pr = members(predicted);
  let p = 0;
  let r = 0;
  for (const [item, gc] of gold) {
    const pset = pr.get(predicted.get(item)!)!;
    const gset = g.get(gc)!;
    let both = 0;
    for (const x of pset) if (gset.has(x)) both += 1;
    p += both / pset.size;
    r += both / gset.size;
  }
  p /= gold.size;
  r /= gold.size;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * Settings are chosen on the odd-numbered ECB+ topics (dev) and reported on the even-numbered
 * ones (held out), each half clustered on its own; the whole set is printed too, for comparison
 * with earlier figures.
 */
async function ecb(options: StoryOptions): Promise<void> {
  if (!existsSync(ECB)) { console.log('ECB+: skipped, no data at ../shared/data/ecbplus-event-clusters'); return; }
  const gold = new Map<string, string>();
  const topic = new Map<string, number>();
  const articles: ArticleOut[] = [];
  for (const line of readFileSync(ECB, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { doc_name: string; topic: number; cluster_id: string; url_line: string | null; sentences: string[] };
    const sentences = d.url_line ? d.sentences.slice(1) : d.sentences;
    gold.set(d.doc_name, d.cluster_id);
    topic.set(d.doc_name, d.topic);
    // One sentence a line, as scraped pages put paragraphs: joined into one 2,000-character line,
    // 64 of the 982 texts were taken whole for page chrome by the scraped-text cleaner.
    articles.push(await analyzed(bare(d.doc_name, sentences.join('\n'), 'en', null, null, null)));
  }
  const parts: [string, (t: number) => boolean][] = [['dev (odd topics)', (t) => t % 2 === 1], ['held out (even topics)', (t) => t % 2 === 0], ['all', () => true]];
  for (const [name, keep] of parts) {
    const subset = articles.filter((a) => keep(topic.get(a.id)!));
    const subGold = new Map([...gold].filter(([id]) => keep(topic.get(id)!)));
    const t0 = performance.now();
    const run = clusterArticles(subset, new Map(), options);
    const ms = performance.now() - t0;
    const predicted = new Map(run.rows.map((r) => [r.articleId, r.storyId]));
    const s = bcubed(subGold, predicted);
    const empty = subset.filter((a) => a.text.trim() === '').length;
    if (empty > 0) console.log(`  ${empty} texts left empty by cleaning`);
    console.log(`ECB+ ${name} (${subset.length} articles, ${new Set(subGold.values()).size} gold clusters): ${run.index.stories.size} stories; B-cubed P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)} (${ms.toFixed(0)} ms)`);
  }
}

/** A TSV reader for the 20min file: fields may be quoted, with "" for a quote and tabs or newlines inside. */
function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') { row.push(cell); cell = ''; } else if (ch === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

function stripMarkup(s: string): string {
  return s.replace(/<\/(?:p|ld|zt|lg|ka)>/gu, '\n').replace(/<[^>]+>/gu, ' ').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&').replace(/[ \t]+/gu, ' ').trim();
}

async function xd(options: StoryOptions): Promise<void> {
  if (!existsSync(XD)) { console.log('20min-XD: skipped, no data at ../shared/data/20min-xd-val'); return; }
  const [head, ...rows] = parseTsv(readFileSync(XD, 'utf8')).filter((r) => r.length > 10);
  const col = (name: string) => head!.indexOf(name);
  const articles: ArticleOut[] = [];
  const pairOf = new Map<string, string>();
  for (const [i, r] of rows.entries()) {
    for (const lang of ['de', 'fr']) {
      const id = `${lang}-${r[col(`id_${lang}`)]}`;
      pairOf.set(id, `pair${i}`);
      const title = [r[col(`head_${lang}`)], r[col(`subhead_${lang}`)]].filter(Boolean).join('. ');
      articles.push(await analyzed(bare(id, stripMarkup(r[col(`content_${lang}`)] ?? ''), lang, (r[col(`pubtime_${lang}`)] ?? '').slice(0, 10) || null, title, `20min-${lang}`)));
    }
  }
  const run = clusterArticles(articles, new Map(), options);
  const story = new Map(run.rows.map((x) => [x.articleId, x.storyId]));
  let together = 0;
  for (const [i] of rows.entries()) {
    const [a, b] = [...pairOf].filter(([, p]) => p === `pair${i}`).map(([id]) => id);
    if (story.get(a!) === story.get(b!)) together += 1;
    else if (process.argv.includes('--verbose')) {
      const title = (id: string) => articles.find((x) => x.id === id)?.title?.slice(0, 70);
      console.log(`  apart: ${title(a!)} | ${title(b!)}`);
    }
  }
  const mixed = [...run.index.stories.values()].filter((s) => new Set(s.articles.map((id) => pairOf.get(id))).size > 1).length;
  const s = bcubed(pairOf, story);
  console.log(`20min-XD (${rows.length} de/fr pairs): ${together}/${rows.length} pairs grouped together (${((100 * together) / rows.length).toFixed(0)}%); ${mixed} stories mix different pairs; B-cubed F1 ${s.f1.toFixed(3)}`);
}

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const options: StoryOptions = {
  ...DEFAULT_STORY_OPTIONS,
  threshold: env('STORY_THRESHOLD', DEFAULT_STORY_OPTIONS.threshold),
  crossThreshold: env('STORY_CROSS_THRESHOLD', DEFAULT_STORY_OPTIONS.crossThreshold),
  nameShare: env('STORY_NAME_SHARE', DEFAULT_STORY_OPTIONS.nameShare),
  yearPenalty: env('STORY_YEAR_PENALTY', DEFAULT_STORY_OPTIONS.yearPenalty ?? 0),
};
console.log(`stories bench: features ${ANALYZE ? 'from recoupe analyze' : 'light (text only)'}; threshold ${options.threshold}, name share ${options.nameShare}, cross-language ${options.crossThreshold}, year penalty ${options.yearPenalty}, window ${options.windowDays} days`);
await ecb(options);
await xd(options);
