import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { ListQuery, Store } from '../store/store.js';
import { articleCsvRows, articlesCsvHeader } from '../app/csv.js';
import { FacetCache } from './facets.js';
import { APP_CSS, APP_JS, ASSET_PATHS } from './assets.js';
import type { Html } from './html.js';
import { readListParams, toListQuery } from './query.js';
import { articlesPage } from './pages/articles.js';
import { articlePage } from './pages/article.js';
import { outletsPage } from './pages/outlets.js';
import { errorPage } from './pages/error.js';
import { storiesPage } from './pages/stories.js';
import { storyPage } from './pages/story.js';
import { storyMapPage } from './pages/story-map.js';
import { storyTimelinePage } from './pages/story-timeline.js';
import { lookupPlace } from '../lang/gazetteer.js';
import { countries } from './geo/world-geometry.js';
import { StoryQueries } from './story-queries.js';
import { compareStory } from '../corpus/compare/compare-story.js';
import { OutletRegistry } from '../corpus/compare/outlets.js';
import type { ArticleOut } from '../model/contract.js';

export interface WebOptions {
  db: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8737;
export const DEFAULT_HOST = '127.0.0.1';

/**
 * No inline script or style anywhere, so the policy needs no nonce: a `<script>` or `onerror=`
 * that ever slipped through escaping would still not run.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const ID = /^[A-Za-z0-9_-]{1,64}$/u;
const EXPORT_BATCH = 200;

/** Starts the read-only web app on a store; resolves once it listens. */
export async function startServer(options: WebOptions): Promise<RunningServer> {
  const store = openSqliteStore(options.db, { readonly: true });
  const facets = new FacetCache(options.db);
  const stories = new StoryQueries(options.db);
  const registry = OutletRegistry.load();
  const host = options.host ?? DEFAULT_HOST;
  const guardHost = LOOPBACK.has(host);
  const server: Server = createServer((req, res) => {
    handle(req, res, { store, facets, stories, registry, guardHost }).catch((err: unknown) => {
      process.stderr.write(`recoupe serve: ${err instanceof Error ? err.stack : String(err)}\n`);
      if (!res.headersSent) sendPage(res, 500, errorPage(500, 'The server hit an error; details are in its log.'));
      else res.destroy();
    });
  });
  server.listen(options.port ?? DEFAULT_PORT, host);
  try {
    await once(server, 'listening');
  } catch (err) {
    stories.close();
    facets.close();
    store.close();
    throw err;
  }
  const port = (server.address() as AddressInfo).port;
  // The aggregates scan the articles table (about a second at 100,000 articles): compute them
  // now rather than on the first visitor's request.
  setImmediate(() => {
    try { facets.get(); stories.list(); } catch (err) { process.stderr.write(`recoupe serve: ${(err as Error).message}\n`); }
    // A turn of the event loop later, so a request that came in meanwhile is answered first.
    setImmediate(() => { try { warmMaps(); } catch (err) { process.stderr.write(`recoupe serve: ${(err as Error).message}\n`); } });
  });
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      facets.close();
      stories.close();
      store.close();
    },
  };
}

/** The gazetteer and the 1:50m countries take about half a second to load: not on a visitor's first map. */
function warmMaps(): void {
  lookupPlace('Paris');
  countries('50m');
}

interface Context { store: Store; facets: FacetCache; stories: StoryQueries; registry: OutletRegistry; guardHost: boolean }

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  // DNS rebinding: a hostile page on evil.example resolving to 127.0.0.1 would send its own Host.
  if (ctx.guardHost && !LOOPBACK.has(hostName(req.headers.host))) {
    return sendText(res, 421, 'text/plain', 'recoupe serves only localhost addresses\n');
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'text/plain', 'read-only: GET and HEAD only\n');
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;

  if (path === '/') {
    const params = readListParams(url.searchParams);
    const query = toListQuery(params);
    const rows = ctx.store.list(query);
    const total = ctx.store.count(query);
    return sendPage(res, 200, articlesPage({ params, rows, total, facets: ctx.facets.get() }));
  }
  if (path === '/stories') {
    const page = Number(url.searchParams.get('page') ?? '1');
    return sendPage(res, 200, storiesPage(ctx.stories.list(), Number.isInteger(page) && page >= 1 ? page : 1, ctx.stories.hasStories()));
  }
  const story = /^\/story\/(?<id>[^/]+?)(?:\/(?<view>map|timeline))?$/u.exec(path);
  if (story?.groups) {
    const id = safeDecode(story.groups.id);
    const { ids, total } = id !== null && ID.test(id) ? ctx.stories.articleIds(id) : { ids: [], total: 0 };
    if (id === null || ids.length === 0) return sendPage(res, 404, errorPage(404, 'No story has this id (stories come from "recoupe stories").'));
    const articles = new Map<string, ArticleOut>();
    for (const articleId of ids) {
      const a = ctx.store.get(articleId);
      if (a) articles.set(a.id, a);
    }
    const outletOf = (a: ArticleOut) => ctx.registry.displayName(a.outlet, a.input.url);
    if (story.groups.view === 'map') return sendPage(res, 200, storyMapPage(id, [...articles.values()], total, outletOf));
    if (story.groups.view === 'timeline') {
      const mode = url.searchParams.get('lanes') === 'source' ? 'source' : 'outlet';
      return sendPage(res, 200, storyTimelinePage(id, [...articles.values()], total, outletOf, mode));
    }
    return sendPage(res, 200, storyPage(compareStory(id, [...articles.values()], ctx.registry), articles, total, outletOf));
  }
  if (path === '/outlets') return sendPage(res, 200, outletsPage(ctx.facets.get(), ctx.store.status()));
  if (path === ASSET_PATHS.css) return sendText(res, 200, 'text/css', APP_CSS, 'public, max-age=300');
  if (path === ASSET_PATHS.js) return sendText(res, 200, 'text/javascript', APP_JS, 'public, max-age=300');
  if (path === '/export.jsonl' || path === '/export.csv') {
    const query = toListQuery(readListParams(url.searchParams), EXPORT_BATCH);
    return exportArticles(res, ctx.store, query, path.endsWith('.csv') ? 'csv' : 'jsonl');
  }
  const article = /^\/article\/(?<id>[^/]+?)(?<ext>\.json|\.csv)?$/u.exec(path);
  if (article?.groups) {
    const raw = safeDecode(article.groups.id);
    if (raw === null || !ID.test(raw)) return sendPage(res, 404, errorPage(404, 'No article has this id.'));
    let a = ctx.store.get(raw);
    if (!a) {
      // The CLI prints short ids; a unique prefix redirects to the full one.
      const ids = ctx.store.resolveId(raw);
      if (ids.length === 1) {
        res.writeHead(302, { ...SECURITY_HEADERS, Location: `/article/${encodeURIComponent(ids[0])}${article.groups.ext ?? ''}` });
        res.end();
        return;
      }
      return sendPage(res, 404, errorPage(404, ids.length > 1 ? 'Several articles start with this id; type more characters.' : 'No article has this id.'));
    }
    if (article.groups.ext === '.json') {
      return sendText(res, 200, 'application/json', `${JSON.stringify(a, null, 2)}\n`, 'no-store', `${a.id}.json`);
    }
    if (article.groups.ext === '.csv') {
      return sendText(res, 200, 'text/csv', `${articlesCsvHeader()}\n${articleCsvRows(a).join('\n')}\n`, 'no-store', `${a.id}.csv`);
    }
    return sendPage(res, 200, articlePage(a));
  }
  return sendPage(res, 404, errorPage(404, 'There is no page at this address.'));
}

/**
 * Streams every matching article, one page of ids at a time, waiting for the socket to drain:
 * an export of 100,000 articles never sits in memory, and a closed tab stops it.
 */
async function exportArticles(res: ServerResponse, store: Store, query: ListQuery, format: 'jsonl' | 'csv'): Promise<void> {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    'Content-Disposition': `attachment; filename="recoupe-articles.${format}"`,
    'Cache-Control': 'no-store',
  });
  if (res.req.method === 'HEAD') { res.end(); return; }
  if (format === 'csv') res.write(`${articlesCsvHeader()}\n`);
  for (let offset = 0; ; offset += EXPORT_BATCH) {
    const rows = store.list({ ...query, limit: EXPORT_BATCH, offset });
    let chunk = '';
    for (const row of rows) {
      const a = store.get(row.id);
      if (!a) continue;
      chunk += format === 'csv' ? `${articleCsvRows(a).join('\n')}\n` : `${JSON.stringify(a)}\n`;
    }
    if (res.destroyed) return;
    if (chunk && !res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    if (rows.length < EXPORT_BATCH || res.destroyed) break;
  }
  res.end();
}

function sendPage(res: ServerResponse, status: number, page: Html): void {
  sendText(res, status, 'text/html', page.value, 'no-store');
}

function sendText(res: ServerResponse, status: number, type: string, body: string, cache = 'no-store', download?: string): void {
  const buf = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': `${type}; charset=utf-8`,
    'Content-Length': buf.length,
    'Cache-Control': cache,
    ...(download ? { 'Content-Disposition': `attachment; filename="${download.replace(/[^A-Za-z0-9._-]/gu, '_')}"` } : {}),
  });
  res.end(buf);
}

function hostName(header: string | undefined): string {
  if (!header) return '';
  const m = /^(?<name>\[[^\]]*\]|[^:]*)(?::\d+)?$/u.exec(header.trim().toLowerCase());
  return m?.groups?.name ?? '';
}

function safeDecode(s: string): string | null {
  try { return decodeURIComponent(s); } catch { return null; }
}
