import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalCommand, type EvalDoc } from '../../src/cli/commands/eval.js';
import { EvalError } from '../../src/eval/errors.js';
import type { EvalReport } from '../../src/eval/types.js';
import { entity, out, quote } from './fixtures.js';

/** <repo>/examples/{x.jsonl, y.txt} with gold files in <repo>/gold/examples. */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'recoupe-eval-cmd-'));
  mkdirSync(join(root, 'examples'));
  mkdirSync(join(root, 'gold', 'examples'), { recursive: true });
  writeFileSync(join(root, 'examples', 'x.jsonl'), '{}\n{}\n');
  writeFileSync(join(root, 'examples', 'y.txt'), 'Texte.');
  writeFileSync(join(root, 'gold', 'examples', '1.gold.json'), JSON.stringify({
    doc: 'examples/x.jsonl#2',
    scored: ['entities', 'quotes', 'title'],
    title: 'Alep',
    entities: [{ name: 'Alep', type: 'LOC', mentions: ['Alep'] }, { name: 'Damas', type: 'LOC' }],
    quotes: [{ contains: 'nous sommes prêts', speaker: 'Roudskoï', kind: 'direct' }],
  }));
  writeFileSync(join(root, 'gold', 'examples', '2.gold.json'), JSON.stringify({
    doc: 'examples/y.txt', scored: ['quotes'], quotes: [{ contains: 'un texte' }],
  }));
  return root;
}

test('evalCommand resolves the docs, calls analyze once in gold order and scores the answers', async () => {
  const root = repo();
  let seen: EvalDoc[] = [];
  const result = await evalCommand({
    gold: join(root, 'gold', 'examples'),
    format: 'text',
    analyze: async (docs) => {
      seen = docs;
      return [
        out({ title: 'Alep', entities: [entity('Alep', 'LOC'), entity('Lausanne', 'LOC')], quotes: [quote('« Nous sommes prêts »', { speaker: { name: null, text: 'le général Roudskoï' } })] }),
        out({ quotes: [quote('un texte')] }),
      ];
    },
  });
  assert.deepEqual(seen, [
    { path: join(root, 'examples', 'x.jsonl'), line: 2, manifest: null },
    { path: join(root, 'examples', 'y.txt'), line: null, manifest: null },
  ]);
  assert.equal(result.failed, false);
  const entities = result.report.fields.find((f) => f.field === 'entities');
  assert.deepEqual(entities?.counts, { tp: 1, fp: 1, fn: 1 });
  assert.match(result.text, /^entities\s+1\s+2\s+2\s+1\s+50\.0\s+50\.0\s+50\.0/mu);
  assert.match(result.text, /^quotes\s+2\s+2\s+2\s+2\s+100\.0\s+100\.0\s+100\.0/mu);
  assert.match(result.text, /speaker 1\/1 100\.0 · kind 1\/1 100\.0/u);
  assert.match(result.text, /^examples\/x\.jsonl#2\n {2}entities\s+miss\s+LOC Damas\n {2}entities\s+false\s+LOC Lausanne$/mu);
});

test('evalCommand --format json gives the whole report; a doc left unanalysed fails the run', async () => {
  const root = repo();
  const result = await evalCommand({
    gold: join(root, 'gold', 'examples'),
    format: 'json',
    analyze: async () => [out({ title: 'Alep' }), null],
  });
  const report = JSON.parse(result.text) as EvalReport;
  assert.deepEqual(report, result.report);
  assert.deepEqual(report.notAnalysed, ['examples/y.txt']);
  assert.equal(result.failed, true);
});

test('evalCommand fails on quality floors and rejects an analysis that does not answer once per doc', async () => {
  const root = repo();
  const gold = join(root, 'gold', 'examples');
  const low = await evalCommand({ gold, format: 'text', floors: { quotes: 0.9 }, analyze: async () => [out(), out()] });
  assert.equal(low.failed, true);
  assert.match(low.text, /Below the floor\n {2}quotes: F1 0\.000 is below the floor 0\.9/u);
  await assert.rejects(
    evalCommand({ gold, format: 'text', analyze: async () => [out()] }),
    (error: unknown) => error instanceof EvalError && error.code === 'ANALYZE_MISMATCH',
  );
});
