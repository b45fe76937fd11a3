import { test } from 'node:test';
import assert from 'node:assert/strict';
import { field, lines } from './field.js';
import { gold, out } from './fixtures.js';

test('metadata: each value one check, exact after normalisation, null equals null', () => {
  const g = gold({ language: 'fr', title: "L'armée « prête »", section: null, published: '2016-10-13', outlet: 'VOA Afrique' });
  const r = field(g, out({ language: 'fr', title: 'L\u2019ARMÉE «prête»', section: null, published: '2016-10-12', outlet: 'VOA Afrique' }), 'metadata');
  assert.deepEqual(r.counts, { tp: 4, fp: 0, fn: 1 });
  assert.deepEqual(r.attributes.published, { correct: 0, total: 1 });
  assert.deepEqual(lines(r), ['failed: published: expected "2016-10-13", got "2016-10-12"']);
});

test('metadata: published and outlet fall back to the manifest when the gold leaves them out', () => {
  const g = gold({ scored: ['published', 'outlet'] }, { path: 'a.txt', published: '2016-10-28', outlet: 'RT France' });
  const r = field(g, out({ published: '2016-10-28', outlet: null }), 'metadata');
  assert.deepEqual(r.counts, { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(Object.keys(r.attributes), ['published', 'outlet']);
});

test('body: starts_with, ends_with, must_include and must_exclude are one check each', () => {
  const g = gold({
    body: {
      starts_with: "L'armée russe a annoncé",
      ends_with: 'a conclu M. Roudskoï.',
      must_include: ['169 civils', 'vingtaine de frappes'],
      must_exclude: ['Avec AFP', 'Lire aussi'],
    },
  });
  const text = '  L\u2019armée  russe a annoncé jeudi que 169 civils sont partis.\nLire aussi: autre chose. a conclu M. Roudskoï. ';
  const r = field(g, out({ text }), 'body');
  assert.deepEqual(r.counts, { tp: 4, fp: 0, fn: 2 });
  assert.deepEqual(lines(r), ['failed: must_include: vingtaine de frappes', 'false: must_exclude: Lire aussi']);
  assert.deepEqual(r.attributes.must_exclude, { correct: 1, total: 2 });
});

test('credits: set P/R with exact matches, repeats folded', () => {
  const r = field(gold({ credits: ['AFP', 'Reuters'] }), out({ credits: ['afp', 'AFP', 'AP'] }), 'credits');
  assert.deepEqual(r.counts, { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(lines(r), ['miss: Reuters', 'false: AP']);
});

test('captions and related: substring either way, one to one', () => {
  const g = gold({
    captions: ['Des bombardiers arrivent de Syrie, à une base aérienne.'],
    related: ['«Vous êtes fous ?» : Poutine aurait recadré', 'Frappes à Mossoul : 60 morts'],
  });
  const o = out({
    captions: ['Des bombardiers arrivent de Syrie', 'Des bombardiers arrivent de Syrie, à une base aérienne. Photo AFP'],
    related: ['Lire aussi « Vous êtes fous ? » : Poutine aurait recadré des hauts fonctionnaires'],
  });
  const captions = field(g, o, 'captions');
  assert.deepEqual(captions.counts, { tp: 1, fp: 1, fn: 0 });
  const related = field(g, o, 'related');
  assert.deepEqual(related.counts, { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(lines(related), ['miss: Frappes à Mossoul : 60 morts']);
});
