import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import type { ArticleOut } from '../../src/model/contract.js';
import { tempDir } from '../helpers/cli.js';

function article(id: string, overrides: Partial<ArticleOut> = {}): ArticleOut {
  return {
    id, input: { path: `${id}.txt`, url: null }, outlet: 'Le Veilleur', published: '2026-01-02', language: 'fr',
    title: `Titre ${id}`, section: null, credits: [], text: `Texte ${id}.`, captions: [], related: [], boilerplate: [],
    entities: [], quotes: [], claims: [], events: [], labels: [], ...overrides,
  };
}

test('migrations run once, in order, and reopening the store changes nothing', () => {
  const db = join(tempDir(), 's.db');
  openSqliteStore(db).close();
  openSqliteStore(db).close();
  const conn = new Database(db, { readonly: true });
  const versions = (conn.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
  conn.close();
  assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
});

test('an article is stored once; a second input with the same article is a duplicate; inputs are remembered by their bytes', () => {
  const store = openSqliteStore(join(tempDir(), 's.db'));
  try {
    assert.equal(store.saveArticle(article('a1'), 'one.txt', 'h1'), 'analysed');
    assert.equal(store.saveArticle(article('a1'), 'two.txt', 'h2'), 'duplicate');
    assert.ok(store.isDone('one.txt', 'h1'));
    assert.ok(!store.isDone('one.txt', 'h-changed'));
    store.saveRejection({ input: 'bad.bin', code: 'binary', reason: 'binary content, not text or HTML' }, null);
    const s = store.status();
    assert.deepEqual(s.counts, { analysed: 1, duplicate: 1, rejected: 1 });
    assert.equal(s.articles, 1);
    assert.deepEqual(s.reasons, [{ code: 'binary', count: 1 }]);
  } finally {
    store.close();
  }
});

test('lists filter, page and search without accents; ids resolve from a prefix', () => {
  const store = openSqliteStore(join(tempDir(), 's.db'));
  try {
    store.saveArticle(article('b1', { text: 'Le général Roudskoï a parlé.', published: '2026-01-03' }), 'b1', 'x');
    store.saveArticle(article('b2', { outlet: 'The Harbour Post', language: 'en', text: 'Dockers went on strike.', published: '2026-01-01' }), 'b2', 'y');
    store.saveArticle(article('c3', { published: '2026-01-02' }), 'c3', 'z');
    assert.deepEqual(store.list().map((a) => a.id), ['b1', 'c3', 'b2']);
    assert.deepEqual(store.list({ search: 'roudskoi' }).map((a) => a.id), ['b1']);
    assert.deepEqual(store.list({ search: 'strike"; DROP' }).map((a) => a.id), []);
    assert.deepEqual(store.list({ language: 'en' }).map((a) => a.id), ['b2']);
    assert.deepEqual(store.list({ limit: 1, offset: 1 }).map((a) => a.id), ['c3']);
    assert.equal(store.count({ outlet: 'Le Veilleur' }), 2);
    assert.deepEqual(store.resolveId('b'), ['b1', 'b2']);
    assert.equal(store.get('b2')?.outlet, 'The Harbour Post');
  } finally {
    store.close();
  }
});
