import { test } from 'node:test';
import assert from 'node:assert/strict';
import { field, lines } from './field.js';
import { claim, gold, out } from './fixtures.js';

const entities = [
  { name: "Observatoire syrien des droits de l'Homme", type: 'ORG' as const, mentions: ['OSDH'] },
  { name: 'Moscou', type: 'LOC' as const, mentions: ['Moscou'] },
];

test('claims match on category and value, or on the bound the gold gives', () => {
  const g = gold({
    entities,
    claims: [
      { category: 'killed', value: 56, date: '2016-10-11', source: "Observatoire syrien des droits de l'Homme", hedged: false },
      { category: 'attacks', min: 20, approximate: true, source: 'OSDH', hedged: false },
      { category: 'evacuated', value: 169, source: 'Moscou', hedged: true },
    ],
  });
  const o = out({
    claims: [
      claim({ category: 'killed', value: 56, date: '2016-10-11', source: 'OSDH' }),
      claim({ category: 'attacks', min: 20, approximate: true, source: 'Observatoire syrien des droits de l\u2019Homme' }),
      claim({ category: 'evacuated', value: 196, source: 'Moscou', hedged: true, text: 'le départ de 196 civils' }),
    ],
  });
  const r = field(g, o, 'claims');
  assert.deepEqual(r.counts, { tp: 2, fp: 1, fn: 1 });
  assert.deepEqual(lines(r), ['miss: evacuated 169, source Moscou', 'false: evacuated 196: le départ de 196 civils']);
  assert.deepEqual(r.attributes.source, { correct: 2, total: 2 });
});

test('claim attributes: source by entity mentions, date only when the gold gives it, hedged and approximate default false', () => {
  const g = gold({
    entities,
    claims: [
      { category: 'evacuated', value: 169, source: 'Moscou', hedged: true },
      { category: 'killed', value: 15, date: '2016-10-12', source: 'OSDH' },
    ],
  });
  const o = out({
    claims: [
      claim({ category: 'evacuated', value: 169, date: '2016-07', source: 'Moscou', hedged: false }),
      claim({ category: 'killed', value: 15, date: '2016-10-13', source: 'AFP', approximate: true }),
    ],
  });
  const r = field(g, o, 'claims');
  assert.deepEqual(r.counts, { tp: 2, fp: 0, fn: 0 });
  assert.deepEqual(r.attributes, {
    source: { correct: 1, total: 2 },
    hedged: { correct: 1, total: 2 },
    approximate: { correct: 1, total: 2 },
    date: { correct: 0, total: 1 },
  });
  assert.deepEqual(lines(r), [
    'wrong hedged: evacuated 169, source Moscou (true / false)',
    'wrong source: killed 15, source OSDH (OSDH / AFP)',
    'wrong date: killed 15, source OSDH (2016-10-12 / 2016-10-13)',
    'wrong approximate: killed 15, source OSDH (false / true)',
  ]);
});

test('optional claims are never counted; `other` claims count only where the gold lists some', () => {
  const g = gold({
    claims: [{ category: 'killed', value: 43 }],
    optional_claims: [{ category: 'arrested', value: 1 }],
  });
  const o = out({
    claims: [
      claim({ category: 'killed', value: 43 }),
      claim({ category: 'arrested', value: 1 }),
      claim({ category: 'other', value: 24, text: '24 heures sur 24' }),
    ],
  });
  assert.deepEqual(field(g, o, 'claims').counts, { tp: 1, fp: 0, fn: 0 });
  // An optional claim the output does not find is not a miss either.
  assert.deepEqual(field(g, out({ claims: [claim({ category: 'killed', value: 43 })] }), 'claims').counts, { tp: 1, fp: 0, fn: 0 });

  const withOther = gold({ claims: [{ category: 'other', value: 3 }] });
  const r = field(withOther, o, 'claims');
  assert.deepEqual(r.counts, { tp: 0, fp: 3, fn: 1 });
});

test('claims match one to one: the same figure twice in the output is one false find', () => {
  const g = gold({ claims: [{ category: 'killed', value: 15, source: 'AFP' }] });
  const o = out({ claims: [claim({ category: 'killed', value: 15, source: 'OSDH' }), claim({ category: 'killed', value: 15, source: 'AFP' })] });
  const r = field(g, o, 'claims');
  assert.deepEqual(r.counts, { tp: 1, fp: 1, fn: 0 });
  // The better pair (right source) is the one kept.
  assert.deepEqual(r.attributes.source, { correct: 1, total: 1 });
});
