import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvalError } from '../../src/eval/errors.js';
import { loadGoldFolder, resolveDoc } from '../../src/eval/load-gold.js';

/** shared/{gold/seeds, corpus/seeds} in a temporary folder. */
function sharedTree(golds: Record<string, object>): { root: string; goldDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'recoupe-eval-'));
  const goldDir = join(root, 'gold', 'seeds');
  const corpus = join(root, 'corpus', 'seeds');
  mkdirSync(goldDir, { recursive: true });
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, 'a.txt'), 'Texte.');
  writeFileSync(join(corpus, 'b.jsonl'), '{"text":"un"}\n{"text":"deux"}\n');
  writeFileSync(join(corpus, 'manifest.jsonl'),
    '{"path": "a.txt", "outlet": "VOA Afrique", "published": "2016-10-13"}\n{"path": "b.jsonl#2", "outlet": "RT France"}\n');
  for (const [name, content] of Object.entries(golds)) writeFileSync(join(goldDir, name), JSON.stringify(content));
  return { root, goldDir };
}

test('docs resolve against the gold folder\'s grandparent, with the manifest beside them', () => {
  const { root, goldDir } = sharedTree({
    'b.gold.json': { doc: 'corpus/seeds/a.txt' },
    'a.gold.json': { doc: 'corpus/seeds/b.jsonl#2' },
    'notes.json': { doc: 'ignored' },
  });
  const golds = loadGoldFolder(goldDir);
  assert.deepEqual(golds.map((g) => g.id), ['corpus/seeds/b.jsonl#2', 'corpus/seeds/a.txt']);
  const [lineDoc, fileDoc] = golds;
  assert.deepEqual(fileDoc?.doc, {
    path: join(root, 'corpus/seeds/a.txt'), line: null, manifest: join(root, 'corpus/seeds/manifest.jsonl'),
  });
  assert.equal(fileDoc?.manifestEntry?.outlet, 'VOA Afrique');
  assert.equal(lineDoc?.doc.path, join(root, 'corpus/seeds/b.jsonl'));
  assert.equal(lineDoc?.doc.line, 2);
  assert.equal(lineDoc?.manifestEntry?.outlet, 'RT France');
});

test('a doc without a manifest beside it has manifest null', () => {
  const root = mkdtempSync(join(tmpdir(), 'recoupe-eval-'));
  assert.deepEqual(resolveDoc('examples/x.jsonl#12', root), { path: join(root, 'examples/x.jsonl'), line: 12, manifest: null });
});

test('loading fails with a coded error for a missing doc, a bad file, an unknown scored field, an empty folder', () => {
  const code = (fn: () => unknown): string | undefined => {
    try {
      fn();
    } catch (error) {
      assert.ok(error instanceof EvalError);
      return error.code;
    }
    return undefined;
  };
  assert.equal(code(() => loadGoldFolder(sharedTree({ 'a.gold.json': { doc: 'corpus/seeds/none.txt' } }).goldDir)), 'GOLD_DOC_NOT_FOUND');
  assert.equal(code(() => loadGoldFolder(sharedTree({ 'a.gold.json': { title: 'x' } }).goldDir)), 'GOLD_FILE_INVALID');
  assert.equal(code(() => loadGoldFolder(sharedTree({ 'a.gold.json': { doc: 'corpus/seeds/a.txt', scored: ['quote'] } }).goldDir)), 'GOLD_FILE_INVALID');
  assert.equal(code(() => loadGoldFolder(sharedTree({}).goldDir)), 'GOLD_FOLDER_EMPTY');
  assert.equal(code(() => loadGoldFolder('/nonexistent/gold/x')), 'GOLD_FOLDER_NOT_FOUND');
});
