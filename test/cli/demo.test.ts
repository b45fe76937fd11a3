import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { recoupe, tempDir } from '../helpers/cli.js';

test('the demo analyses every bundled example, and running it again adds nothing', () => {
  const db = join(tempDir(), 'demo.db');
  const first = recoupe(['demo', '--db', db]);
  assert.equal(first.status, 0, first.stderr);
  const m = /(?<n>\d+) analysed, 0 duplicate, 0 rejected, 0 already stored/u.exec(first.stdout);
  assert.ok(m && Number(m.groups!.n) >= 10, first.stdout);
  assert.match(first.stdout, /\d+ quotes and \d+ figures in all/u);
  const again = recoupe(['demo', '--db', db]);
  assert.match(again.stdout, new RegExp(`0 analysed, 0 duplicate, 0 rejected, ${m.groups!.n} already stored`, 'u'));
  const list = recoupe(['list', '--db', db, '--search', 'kaldouna']);
  assert.equal(list.status, 0, list.stderr);
  assert.ok(list.stdout.trim().split('\n').length >= 5, list.stdout);
  const id = list.stdout.split(/\s/u)[0]!;
  const show = recoupe(['show', '--db', db, id.slice(0, 6)]);
  assert.equal(show.status, 0, show.stderr);
  assert.match(show.stdout, /quotes \(\d+\):/u);
  const csv = recoupe(['export', '--db', db, '--format', 'csv']);
  assert.ok(csv.stdout.startsWith('\uFEFFarticle_id,outlet,published'), csv.stdout.slice(0, 80));
});

test('the reference articles: analyze prints one contract object per article (needs ../shared)', (t) => {
  const seeds = join(process.cwd(), '..', 'shared', 'corpus', 'seeds');
  const run = recoupe(['analyze', '--manifest', join(seeds, 'manifest.jsonl'), '--format', 'jsonl', seeds]);
  if (run.status !== 0 && /no such file/u.test(run.stderr)) { t.skip('../shared/corpus/seeds is not here'); return; }
  assert.equal(run.status, 0, run.stderr);
  const articles = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(articles.length, 2);
  const keys = ['id', 'input', 'outlet', 'published', 'language', 'title', 'section', 'credits', 'text', 'captions', 'related', 'boilerplate', 'entities', 'quotes', 'claims', 'events', 'labels'];
  for (const a of articles) for (const k of keys) assert.ok(k in a, `missing ${k}`);
  for (const a of articles as { text: string; quotes: { start: number; end: number; text: string }[]; claims: { start: number; end: number; text: string }[] }[]) {
    for (const span of [...a.quotes, ...a.claims]) assert.equal(a.text.slice(span.start, span.end), span.text);
  }
});

test('eval on the reference articles: every metadata, body, credit, caption and related check passes (needs ../shared)', (t) => {
  const gold = join(process.cwd(), '..', 'shared', 'gold', 'seeds');
  const run = recoupe(['eval', '--gold', gold, '--format', 'json']);
  if (run.status === 2 && /not found|no such/iu.test(run.stderr)) { t.skip('../shared/gold/seeds is not here'); return; }
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { fields: { field: string; micro?: { recall?: number | null } }[] };
  for (const field of ['metadata', 'body', 'credits', 'captions', 'related']) {
    const row = report.fields.find((f) => f.field === field);
    assert.ok(row, `no ${field} row`);
    assert.equal(row.micro?.recall, 1, `${field}: ${JSON.stringify(row)}`);
  }
});
