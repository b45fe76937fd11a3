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
import { StoryQueries } from '../../src/web/story-queries.js';
import { lookupPlace } from '../../src/lang/gazetteer.js';
import { OWN_ACCOUNT } from '../../src/web/timeline-marks.js';
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
  const english = byTitle('Putin refuses to resume strikes on Aleppo');
  assert.ok(xss && french && english, 'fixture articles are stored with their titles');
  // Story ids are whatever `recoupe stories` numbered them; the test finds each article's story.
  const storyQueries = new StoryQueries(db);
  const storyIds = storyQueries.list().map((r) => r.id);
  const storyOf = (a: ArticleOut) => storyIds.find((id) => storyQueries.articleIds(id).ids.includes(a.id)) as string;
  const pair = storyOf(french);
  const hostileStory = storyOf(xss);
  const englishStory = storyOf(english);
  storyQueries.close();
  assert.ok(pair && pair === englishStory, 'the French and English articles are one story');
  assert.ok(hostileStory && hostileStory !== pair, 'the hostile article is a story of its own');
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
    // Offline: anything not addressed to the app itself is recorded and aborted (the map needs no tiles, fonts or scripts).
    const offsite: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).hostname === '127.0.0.1') return route.continue();
      offsite.push(url);
      return route.abort();
    });
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
      const expected = compareStory(pair, [french, english].sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '')));
      await page.goto(`${base}/`);
      await Promise.all([page.waitForURL(/\/stories$/u), page.click('header nav a:text-is("Stories")')]);
      assert.deepEqual(await page.locator('#stories-table tbody th a').allTextContents(), storyIds);
      await shot(page, 'stories');
      await Promise.all([page.waitForURL(new RegExp(`/story/${pair}$`, 'u')), page.click(`#stories-table a:text-is("${pair}")`)]);
      assert.equal(await page.textContent('#story-title'), `Story ${pair}`);
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
      await page.goto(`${base}/story/${pair}`);
      const quoteLink = page.locator('#only-here a[href*="#quote-"]').first();
      const quoteHref = (await quoteLink.getAttribute('href')) ?? '';
      await Promise.all([page.waitForURL(/#quote-\d+$/u), quoteLink.click()]);
      await page.waitForSelector(`#article-body .is-target[data-quote~="${/#quote-(\d+)$/u.exec(quoteHref)?.[1]}"]`);
      const missing = await page.goto(`${base}/story/nope`);
      assert.equal(missing?.status(), 404);
    });

    await t.test('story map: country shapes, a marker per known place, a marker opens its sentence', async () => {
      const places = new Set<string>();
      for (const a of [french, english]) {
        for (const x of [...a.events, ...a.claims]) {
          const p = x.place ? lookupPlace(x.place) : null;
          if (p) places.add(p.name);
        }
      }
      assert.ok(places.has('Aleppo'), 'the fixture story has figures in Aleppo');
      await page.goto(`${base}/story/${pair}`);
      await Promise.all([page.waitForURL(/\/map$/u), page.click('nav.tabs a:text-is("Map")')]);
      // a regional view around the story's places still draws the neighbouring countries
      assert.ok(await page.locator('#story-map path.country').count() >= 5, 'country shapes are drawn');
      const syria = page.locator('#story-map path.country[data-name="Syria"]');
      assert.equal(await syria.count(), 1);
      assert.match((await syria.getAttribute('class')) ?? '', /\bhome\b/u, 'the country holding a place is marked');
      const markers = await page.locator('#story-map a.marker').evaluateAll((as: any[]) => as.map((a) => a.getAttribute('data-place'))); // eslint-disable-line @typescript-eslint/no-explicit-any
      assert.deepEqual([...markers].sort(), [...places].sort(), 'one marker per place the gazetteer knows');
      assert.equal(await page.locator('#places-table tbody tr').count(), places.size);
      const inside = await page.evaluate(() => {
        const box = document.querySelector('#story-map path.country[data-name="Syria"]').getBBox();
        const dot = document.querySelector('#story-map a.marker[data-place="Aleppo"] circle');
        const x = Number(dot.getAttribute('cx'));
        const y = Number(dot.getAttribute('cy'));
        return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
      });
      assert.ok(inside, 'the Aleppo marker sits inside Syria');
      const tip = await page.locator('#story-map a.marker[data-place="Aleppo"] > title').textContent();
      assert.match(tip ?? '', /^Aleppo \(SY\)/u);
      await shot(page, 'map');
      const marker = page.locator('#story-map a.marker[data-place="Aleppo"]');
      const href = (await marker.getAttribute('href')) ?? '';
      const m = /^\/article\/(?<id>[^#]+)#(?<kind>claim|event)-(?<n>\d+)$/u.exec(href);
      assert.ok(m?.groups, `a marker links to a sentence: ${href}`);
      await Promise.all([page.waitForURL(/\/article\/.*#(claim|event)-\d+$/u), marker.click()]);
      await page.waitForSelector(`#article-body .${m.groups.kind === 'claim' ? 'is-target' : 'is-target-sentence'}[data-${m.groups.kind}~="${m.groups.n}"]`);
      const target = await page.evaluate((id) => {
        const r = document.getElementById(id).getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight;
      }, `${m.groups.kind}-${m.groups.n}`);
      assert.ok(target, 'the article is scrolled to the sentence');
      const article = articles.find((a) => a.id === decodeURIComponent(m.groups!.id)) as ArticleOut;
      const fact = m.groups.kind === 'claim' ? article.claims[Number(m.groups.n)] : article.events[Number(m.groups.n)];
      assert.equal(lookupPlace(fact.place ?? '')?.name, 'Aleppo', 'the sentence is about Aleppo');
    });

    await t.test('article page: its places on a small map, linking into the text', async () => {
      await page.goto(`${base}/article/${french.id}`);
      const markers = await page.locator('#article-map a.marker').evaluateAll((as: any[]) => as.map((a) => a.getAttribute('data-place'))); // eslint-disable-line @typescript-eslint/no-explicit-any
      assert.ok(markers.includes('Aleppo') && markers.includes('Moscow'), `markers: ${markers.join(', ')}`);
      await page.click('#article-places a:text-is("Moscow")');
      const hash = /#(?<kind>claim|event|entity)-(?<n>\d+)$/u.exec(page.url())?.groups;
      assert.ok(hash, page.url());
      await page.waitForSelector(`#article-body [data-${hash.kind}~="${hash.n}"].${hash.kind === 'event' ? 'is-target-sentence' : 'is-target'}`);
    });

    await t.test('timeline chart: one lane per outlet or per source, every mark links to its sentence', async () => {
      const story = [french, english];
      await page.goto(`${base}/story/${pair}`);
      await Promise.all([page.waitForURL(/\/timeline$/u), page.click('nav.tabs a:text-is("Timeline")')]);
      const lanes = async () => page.locator('#timeline-chart g.lane').evaluateAll((gs: any[]) => gs.map((g) => g.getAttribute('data-lane'))); // eslint-disable-line @typescript-eslint/no-explicit-any
      const outlets = await page.locator('#timeline-table tbody th').allTextContents();
      assert.deepEqual(await lanes(), [...outlets].sort((x, y) => x.localeCompare(y)));
      const marks = page.locator('#timeline-chart a.mark-link');
      assert.equal(await marks.count(), story.reduce((n, a) => n + a.events.length + a.claims.length, 0), 'every event and figure is a mark');
      const hrefs = await marks.evaluateAll((as: any[]) => as.map((a) => a.getAttribute('href'))); // eslint-disable-line @typescript-eslint/no-explicit-any
      const expected = story.flatMap((a) => [...a.events.map((_, i) => `/article/${a.id}#event-${i}`), ...a.claims.map((_, i) => `/article/${a.id}#claim-${i}`)]);
      assert.deepEqual([...hrefs].sort(), expected.sort());
      assert.equal(await page.locator('#timeline-chart a.mark-link[data-kind="figure"] .hedged').count(), story.reduce((n, a) => n + a.claims.filter((c) => c.hedged).length, 0));
      await shot(page, 'timeline');
      const figure = page.locator('#timeline-chart a.mark-link[data-kind="figure"]').first();
      const href = (await figure.getAttribute('href')) ?? '';
      await Promise.all([page.waitForURL(/#claim-\d+$/u), figure.click()]);
      await page.waitForSelector(`#article-body .is-target[data-claim~="${/#claim-(\d+)$/u.exec(href)?.[1]}"]`);

      await page.goto(`${base}/story/${pair}/timeline`);
      await Promise.all([page.waitForURL(/lanes=source/u), page.click('#lane-toggle a:text-is("one per source")')]);
      const sources = new Set(story.flatMap((a) => [...a.events.map(() => OWN_ACCOUNT), ...a.claims.map((c) => c.source ?? OWN_ACCOUNT)]));
      assert.deepEqual(await lanes(), [...sources].sort((x, y) => x.localeCompare(y)));
      assert.equal(await page.locator('#lane-toggle a[aria-current="true"]').textContent(), 'one per source');
      await shot(page, 'timeline-source');
    });

    await t.test('keyboard: timeline marks and map markers are reached with Tab and opened with Enter', async () => {
      for (const [path, selector] of [[`/story/${pair}/timeline`, '#timeline-chart a.mark-link'], [`/story/${pair}/map`, '#story-map a.marker']]) {
        await page.goto(`${base}${path}`);
        let reached = false;
        for (let i = 0; i < 40 && !reached; i++) {
          await page.keyboard.press('Tab');
          reached = await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
        }
        assert.ok(reached, `Tab reaches ${selector}`);
        const href = await page.evaluate(() => document.activeElement.getAttribute('href'));
        await Promise.all([page.waitForURL((u) => u.pathname + u.hash === href), page.keyboard.press('Enter')]);
      }
    });

    await t.test('hostile article renders as inert text', async () => {
      for (const path of ['/', '/outlets', '/stories', `/story/${hostileStory}`, `/story/${hostileStory}/map`, `/story/${hostileStory}/timeline`,
        `/story/${hostileStory}/timeline?lanes=source`, `/article/${xss.id}`, `/?outlet=${encodeURIComponent(XSS_OUTLET)}`]) {
        await page.goto(`${base}${path}`);
        await page.waitForSelector('main h1');
        const found = await page.evaluate(() => ({
          xss: window.__xss ?? null,
          scripts: [...document.scripts].map((s: { getAttribute(n: string): string | null }) => s.getAttribute('src')),
          // The app's own charts are the only SVG allowed, each with its fixed id.
          injected: document.querySelectorAll('main img, main svg:not(#story-map):not(#article-map):not(#timeline-chart), main svg svg, main iframe, main b, [onerror], [onload], [onmouseover]').length,
          foreign: document.querySelectorAll('main svg foreignObject, main svg script, main svg image').length,
          jsLinks: document.querySelectorAll('a[href^="javascript:" i], iframe[src^="javascript:" i]').length,
        }));
        assert.deepEqual(found, { xss: null, scripts: ['/assets/app.js'], injected: 0, foreign: 0, jsLinks: 0 }, path);
        if (path.includes('/timeline') && await page.locator('#timeline-chart').count() > 0) {
          const lanes = await page.locator('#timeline-chart g.lane').evaluateAll((gs: any[]) => gs.map((g) => g.getAttribute('data-lane'))); // eslint-disable-line @typescript-eslint/no-explicit-any
          if (!path.includes('source')) assert.ok(lanes.some((l: string) => l.includes('<b onmouseover')), `the hostile outlet name is a lane, as text: ${lanes.join(' | ')}`);
        }
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
      for (const path of ['/', `/article/${french.id}`, '/outlets', '/stories', `/story/${pair}`, `/story/${pair}/map`, `/story/${pair}/timeline`]) {
        await page.goto(`${base}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
      }
      await page.goto(`${base}/story/${pair}`);
      await shot(page, 'story-phone');
      await page.goto(`${base}/story/${pair}/map`);
      assert.ok(await page.locator('#story-map a.marker').count() > 0, 'the map shows its markers at phone width');
      await shot(page, 'map-phone');
      await page.goto(`${base}/story/${pair}/timeline`);
      await shot(page, 'timeline-phone');
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
    assert.deepEqual(offsite, [], 'no request left 127.0.0.1');
  } finally {
    await context?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    if (shots.length) process.stdout.write(`screenshots:\n${shots.map((s) => `  ${s}`).join('\n')}\n`);
  }
});
