import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { packageRoot } from '../../../src/app/package-paths.js';
import { recoupe, tempDir } from '../../helpers/cli.js';
import { CHROMIUM, hasChromium, launchChromium } from '../../helpers/chromium.js';

// Runs inside the page (page.evaluate); the project compiles without the DOM library.
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const SHOTS = join(packageRoot(), 'test-output', 'compare');
const SECTIONS = ['Outlets', 'Voices', 'Sources cited', 'Figure ledger', 'Words for the same actor', 'Only here', 'Shared copy'];

test('compare --format html opens from disk in a real browser, with no network', { timeout: 180_000 }, async (t) => {
  if (!hasChromium()) { t.skip(`${CHROMIUM} is absent (apt-get install -y chromium); browser check skipped`); return; }
  const dir = tempDir('recoupe-compare-html-');
  let context: BrowserContext | null = null;
  try {
    const db = join(dir, 'demo.db');
    assert.equal(recoupe(['demo', '--db', db]).status, 0);
    assert.equal(recoupe(['stories', '--db', db]).status, 0);
    const html = recoupe(['compare', '--db', db, '--format', 'html']);
    assert.equal(html.status, 0, html.stderr);
    const file = join(dir, 'compare.html');
    writeFileSync(file, html.stdout);

    context = await launchChromium(dir);
    const blocked: string[] = [];
    const requested: string[] = [];
    const problems: string[] = [];
    // Everything but the file itself is aborted and recorded: a self-contained page asks for nothing.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const page = context.pages()[0] ?? await context.newPage();
    page.on('request', (r) => requested.push(r.url()));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));

    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    assert.equal(await page.title(), 'recoupe: stories compared');
    const stories = await page.locator('section.story h1').allTextContents();
    assert.deepEqual(stories.map((s) => s.replace(/^Story \S+: /u, '')), ['8 outlets, 8 articles', '3 outlets, 3 articles', '2 outlets, 2 articles']);
    const first = page.locator('section.story').first();
    assert.deepEqual(await first.locator('h2').allTextContents(), SECTIONS);
    assert.ok(await first.locator('table').count() >= 6, 'the sections with rows are tables');
    assert.ok(await first.locator('tr.disputed').count() > 0, 'disputed figures are marked');
    assert.ok(await first.locator('tr.conservative').count() > 0, 'the lowest figures are marked');
    // The stylesheet applied (inline CSS allowed by the page's policy): marked rows are coloured.
    const bg = await first.locator('tr.conservative td').first().evaluate((td: any) => getComputedStyle(td).backgroundColor); // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.equal(bg, 'rgb(232, 245, 233)');
    assert.match(await first.locator('table').first().innerText(), /Horizon 24\s+state-funded/u);
    // Nothing overflows the page sideways at a laptop width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);

    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'compare-demo.png'), fullPage: true });
    await page.locator('h2', { hasText: 'Figure ledger' }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'compare-demo-ledger.png') });

    assert.deepEqual(blocked, [], 'no request left the file');
    assert.ok(requested.every((u) => u.startsWith('file:')), `only the file was requested: ${requested.join(', ')}`);
    assert.deepEqual(problems, [], 'no console error, no CSP violation');
  } finally {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

declare function getComputedStyle(el: unknown): { backgroundColor: string };
