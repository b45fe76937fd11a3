import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreArticle } from '../../src/eval/score-article.js';
import { entity, gold, out, quote } from './fixtures.js';

test('`scored` restricts the fields an article is scored on', () => {
  const g = gold({
    scored: ['quotes', 'entities', 'title'],
    title: 'Titre',
    quotes: [{ contains: 'nous sommes prêts' }],
    entities: [{ name: 'Alep', type: 'LOC', mentions: ['Alep'] }],
  });
  const o = out({ title: 'Titre', quotes: [quote('nous sommes prêts')], claims: [], credits: ['AFP'] });
  const s = scoreArticle(g, o);
  assert.deepEqual(s.fields.map((f) => f.field), ['metadata', 'entities', 'entities_misc', 'quotes']);
  assert.deepEqual(Object.keys(s.fields[0]?.attributes ?? {}), ['title']);
});

test('without `scored`, every field is scored and absent gold lists are empty', () => {
  const s = scoreArticle(gold({}), out({ credits: ['AFP'], entities: [entity('Alep', 'LOC')] }));
  assert.equal(s.fields.length, 12);
  assert.deepEqual(s.fields.find((f) => f.field === 'credits')?.counts, { tp: 0, fp: 1, fn: 0 });
  assert.deepEqual(s.fields.find((f) => f.field === 'entities')?.counts, { tp: 0, fp: 1, fn: 0 });
});

test('a doc that was not analysed scores as an empty output', () => {
  const s = scoreArticle(gold({ scored: ['quotes'], quotes: [{ contains: 'x y' }] }), null);
  assert.equal(s.analysed, false);
  assert.deepEqual(s.fields[0]?.counts, { tp: 0, fp: 0, fn: 1 });
});
