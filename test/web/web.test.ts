import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { packageRoot } from '../../src/app/package-paths.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import type { ArticleOut } from '../../src/model/contract.js';
import { startServer, type RunningServer } from '../../src/web/server.js';
import { compareStory } from '../../src/corpus/compare/compare-story.js';
import { sentenceAround } from '../../src/web/article-body.js';
import { buildStore, HOSTILE, XSS_OUTLET, XSS_TITLE } from './fixtures.js';

// These run inside the page (page.evaluate); the project compiles without the DOM library.
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const window: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = join(packageRoot(), 'test-output', 'web');

test('web app in a real browser', { timeout: 180_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} is absent (apt-get install -y chromium); browser tests skipped`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-web-'));
  const db = join(dir, 'store.db');
  buildStore(dir, db);
  const store = openSqliteStore(db, { readonly: true });
  const articles = store.list({ limit: 100 }).map((r) => store.get(r.id) as ArticleOut);
  store.close();
  const byTitle = (title: string) => articles.find((a) => a.title === title) as ArticleOut;
  const xss = byTitle(XSS_TITLE);
  const french = byTitle("Alep : l'armée russe propose un retrait sécurisé aux rebelles");
  assert.ok(xss && french, 'fixture articles are stored with their titles');
  mkdirSync(SHOTS, { recursive: true });
  const shots: string[] = [];

  let server: RunningServer | null = null;
  let context: BrowserContext | null = null;
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  try {
    server = await startServer({ db, port: 0 });
    const base = server.url;
    // launchPersistentContext takes the fresh profile folder itself: Playwright refuses --user-data-dir in args.
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 }, timeout: 60_000,
    });
    context.setDefaultTimeout(20_000);
    const page = context.pages()[0] ?? await context.newPage();
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('console', (m) => { if (/Content Security Policy/iu.test(m.text())) cspViolations.push(m.text()); });
    const shot = async (p: Page, name: string) => {
      const path = join(SHOTS, `${name}.png`);
      await p.screenshot({ path, fullPage: true });
      shots.push(path);
    };

    await t.test('articles list shows every stored article, newest first', async () => {
      const res = await page.goto(`${base}/`);
      assert.equal(res?.status(), 200);
      assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'/u);
      assert.equal(res?.headers()['x-content-type-options'], 'nosniff');
      await page.waitForSelector('ol.results li');
      assert.equal(await page.textContent('#result-count'), `1–${articles.length} of ${articles.length} articles`);
      const titles = await page.locator('ol.results a.title').allTextContents();
      assert.deepEqual(titles, articles.map((a) => a.title));
      await shot(page, 'articles');
    });

    await t.test('keyboard: the skip link comes first and moves focus to the content', async () => {
      await page.goto(`${base}/`);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
      await page.keyboard.press('/');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'q');
    });

    await t.test('full-text search and filters narrow the list as the store does', async () => {
      await page.goto(`${base}/`);
      await page.fill('#q', 'roudskoi');
      await Promise.all([page.waitForURL(/q=roudskoi/u), page.press('#q', 'Enter')]);
      assert.deepEqual(await page.locator('ol.results a.title').allTextContents(), [french.title]);
      await shot(page, 'search');
      await page.goto(`${base}/`);
      await page.selectOption('#language', 'en');
      await Promise.all([page.waitForURL(/language=en/u), page.click('button[type=submit]')]);
      const english = articles.filter((a) => a.language === 'en').map((a) => a.title);
      assert.deepEqual(await page.locator('ol.results a.title').allTextContents(), english);
      await page.goto(`${base}/?from=2016-10-20&to=2016-10-31`);
      assert.deepEqual(await page.locator('ol.results a.title').allTextContents(),
        articles.filter((a) => a.published && a.published >= '2016-10-20' && a.published <= '2016-10-31').map((a) => a.title));
      await page.goto(`${base}/?q=zzzznothing`);
      assert.equal(await page.textContent('#result-count'), 'No articles match.');
    });

    await t.test('article page: text, figures and quotes from the store, anchors to each figure', async () => {
      await page.goto(`${base}/`);
      await Promise.all([page.waitForURL(/\/article\//u), page.click(`ol.results a.title:text-is("${french.title}")`)]);
      assert.equal(await page.textContent('#article-title'), french.title);
      assert.equal(await page.textContent('#article-body'), french.text, 'the body is the clean text, character for character');
      assert.equal(await page.locator('#figures li.figure').count(), french.claims.length);
      assert.equal(await page.locator('#quotes li.quote').count(), french.quotes.length);
      assert.ok(french.claims.length > 0, 'the fixture has figures');
      for (let i = 0; i < french.claims.length; i++) {
        const marked = await page.locator(`#article-body [data-claim~="${i}"]`).allTextContents();
        assert.equal(marked.join(''), french.text.slice(french.claims[i].start, french.claims[i].end));
      }
      await shot(page, 'article');
      const last = french.claims.length - 1;
      await page.goto(`${base}/article/${french.id}#claim-${last}`);
      await page.waitForSelector(`#article-body .is-target[data-claim~="${last}"]`);
      const sentence = (await page.locator(`#article-body .is-target-sentence[data-sentence~="${last}"]`).allTextContents()).join('');
      assert.equal(sentence, french.text.slice(...sentenceAround(french.text, french.claims[last].start, french.claims[last].end)));
      assert.ok(sentence.includes(french.claims[last].text) && /[.!?…]$/u.test(sentence), `the figure's whole sentence is highlighted: ${sentence}`);
      assert.ok(await page.locator(`#claim-${last}`).count() === 1);
      const inView = await page.evaluate((id) => {
        const r = document.getElementById(id)!.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight;
      }, `claim-${last}`);
      assert.ok(inView, 'the linked figure is scrolled into view');
      await shot(page, 'article-claim-link');
      await page.click('#figures li.figure a >> nth=0');
      await page.waitForSelector('#article-body .is-target[data-claim~="0"]');
    });

    await t.test('outlets page counts what the store holds', async () => {
      await page.goto(`${base}/`);
      await Promise.all([page.waitForURL(/\/outlets$/u), page.click('header nav a:text-is("Outlets")')]);
      const outlets = await page.locator('#outlets-table tbody th').allTextContents();
      assert.deepEqual(outlets.map((o) => o.trim()).sort(), [...new Set(articles.map((a) => a.outlet ?? 'unknown outlet'))].sort());
      await shot(page, 'outlets');
      await Promise.all([page.waitForURL(/outlet=Agence/u), page.click('#outlets-table a:text-is("Agence du Nord")')]);
      assert.deepEqual(await page.locator('ol.results a.title').allTextContents(), [french.title]);
    });

    await t.test('stories list and the side-by-side story page match compare', async () => {
      const english = byTitle('Putin refuses to resume strikes on Aleppo');
      const expected = compareStory('s1', [french, english].sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '')));
      await page.goto(`${base}/`);
      await Promise.all([page.waitForURL(/\/stories$/u), page.click('header nav a:text-is("Stories")')]);
      assert.deepEqual(await page.locator('#stories-table tbody th a').allTextContents(), ['s1', 's2']);
      await shot(page, 'stories');
      await Promise.all([page.waitForURL(/\/story\/s1$/u), page.click('#stories-table a:text-is("s1")')]);
      assert.equal(await page.textContent('#story-title'), 'Story s1');
      const outletNames = await page.locator('#story-outlets > li > strong').allTextContents();
      assert.deepEqual(outletNames, expected.outlets.map((o) => o.name));
      assert.equal(await page.locator('#ledger-table tbody tr').count(), expected.ledger.length);
      assert.ok(expected.ledger.length > 0, 'the fixture story has figures');
      assert.deepEqual((await page.locator('#timeline-table tbody th').allTextContents()).sort(), expected.outlets.map((o) => o.name).sort());
      const chips = [french, english].reduce((n, a) => n + a.events.length + a.claims.length, 0);
      assert.equal(await page.locator('#timeline-table a.chip').count(), chips, 'every event and figure sits on the timeline');
      await shot(page, 'story');
      const carrier = page.locator('#ledger-table tbody a[href*="#claim-"]').first();
      const href = (await carrier.getAttribute('href')) ?? '';
      await Promise.all([page.waitForURL(/\/article\/.*#claim-\d+$/u), carrier.click()]);
      const n = /#claim-(\d+)$/u.exec(href)?.[1];
      await page.waitForSelector(`#article-body .is-target[data-claim~="${n}"]`);
      await page.goto(`${base}/story/s1`);
      const quoteLink = page.locator('#only-here a[href*="#quote-"]').first();
      const quoteHref = (await quoteLink.getAttribute('href')) ?? '';
      await Promise.all([page.waitForURL(/#quote-\d+$/u), quoteLink.click()]);
      await page.waitForSelector(`#article-body .is-target[data-quote~="${/#quote-(\d+)$/u.exec(quoteHref)?.[1]}"]`);
      const missing = await page.goto(`${base}/story/nope`);
      assert.equal(missing?.status(), 404);
    });

    await t.test('hostile article renders as inert text', async () => {
      for (const path of ['/', '/outlets', '/stories', '/story/s2', `/article/${xss.id}`, `/?outlet=${encodeURIComponent(XSS_OUTLET)}`]) {
        await page.goto(`${base}${path}`);
        await page.waitForSelector('main h1');
        const found = await page.evaluate(() => ({
          xss: window.__xss ?? null,
          scripts: [...document.scripts].map((s: { getAttribute(n: string): string | null }) => s.getAttribute('src')),
          injected: document.querySelectorAll('main img, main svg, main iframe, main b, [onerror], [onload], [onmouseover]').length,
          jsLinks: document.querySelectorAll('a[href^="javascript:" i], iframe[src^="javascript:" i]').length,
        }));
        assert.deepEqual(found, { xss: null, scripts: ['/assets/app.js'], injected: 0, jsLinks: 0 }, path);
      }
      await page.goto(`${base}/article/${xss.id}`);
      assert.equal(await page.textContent('#article-title'), XSS_TITLE);
      assert.equal(await page.textContent('#article-body'), xss.text);
      for (const h of HOSTILE) assert.ok(xss.text.includes(h) && (await page.locator('#article-body').innerText()).includes(h), `visible as text: ${h}`);
      assert.equal(await page.locator('#article-body .anchor#claim-0').count(), 0, 'look-alike markup made no anchor');
      assert.equal(await page.locator('#article-body *:not(span)').count(), 0, 'only our own spans inside the body');
      assert.ok((await page.locator('dl.facts').innerText()).includes('javascript:alert'), 'the javascript: address is shown as text, not a link');
      await shot(page, 'xss-article');
      assert.deepEqual(dialogs, [], 'no dialog opened');
    });

    await t.test('phone width: no sideways scrolling', async () => {
      await page.setViewportSize({ width: 375, height: 740 });
      for (const path of ['/', `/article/${french.id}`, '/outlets', '/stories', '/story/s1']) {
        await page.goto(`${base}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
      }
      await shot(page, 'story-phone');
      await page.goto(`${base}/article/${french.id}`);
      await shot(page, 'article-phone');
      await page.goto(`${base}/`);
      await shot(page, 'articles-phone');
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    await t.test('exports and short ids', async () => {
      const jsonl = await page.request.get(`${base}/export.jsonl`);
      assert.equal(jsonl.status(), 200);
      const lines = (await jsonl.text()).trim().split('\n').map((l) => JSON.parse(l) as ArticleOut);
      assert.deepEqual(lines.map((a) => a.id).sort(), articles.map((a) => a.id).sort());
      const csv = await page.request.get(`${base}/export.csv?language=fr`);
      assert.match(csv.headers()['content-type'] ?? '', /^text\/csv/u);
      assert.match(await csv.text(), /^article_id,outlet,/u);
      const one = await page.request.get(`${base}/article/${french.id}.json`);
      assert.equal(((await one.json()) as ArticleOut).text, french.text);
      await page.goto(`${base}/article/${french.id.slice(0, 6)}`);
      assert.equal(new URL(page.url()).pathname, `/article/${french.id}`);
      const missing = await page.goto(`${base}/article/nope-nope`);
      assert.equal(missing?.status(), 404);
      const post = await page.request.post(`${base}/`);
      assert.equal(post.status(), 405);
    });

    assert.deepEqual(cspViolations, [], 'the page itself never trips its own CSP');
  } finally {
    await context?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    if (shots.length) process.stdout.write(`screenshots:\n${shots.map((s) => `  ${s}`).join('\n')}\n`);
  }
});
