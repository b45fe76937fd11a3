import { test } from 'node:test';
import assert from 'node:assert/strict';
import { field, lines } from './field.js';
import { entity, gold, out } from './fixtures.js';

const g = gold({
  entities: [
    { name: 'Sergueï Roudskoï', type: 'PER', mentions: ['Sergueï Roudskoï', 'Roudskoï'] },
    { name: "Observatoire syrien des droits de l'Homme", type: 'ORG', mentions: ['OSDH'] },
    { name: 'Moscou', type: 'LOC', mentions: ['Moscou'] },
    { name: 'Damas', type: 'LOC', mentions: ['Damas'] },
    { name: 'Su-24', type: 'MISC', mentions: ['Su-24'] },
    { name: 'Tu-22', type: 'MISC', mentions: ['Tu-22'] },
  ],
  optional_entities: ['armée russe'],
});

test('entities match on type plus name or mention; optional ones never count; MISC is recall only', () => {
  const o = out({
    entities: [
      entity('général Roudskoï', 'PER', ['le général Roudskoï', 'Roudskoï']), // by mention
      entity('OSDH', 'ORG'), // name equals a gold mention
      entity('Moscou', 'ORG'), // type disagrees: a miss and a false find
      entity('armée russe', 'ORG'), // optional: not counted
      entity('Lausanne', 'LOC'), // false find
      entity('Su-24', 'MISC'),
      entity('Voronezh', 'MISC'), // MISC false finds are not counted
    ],
  });
  const main = field(g, o, 'entities');
  assert.deepEqual(main.counts, { tp: 2, fp: 2, fn: 2 });
  assert.deepEqual(lines(main), ['miss: LOC Moscou', 'miss: LOC Damas', 'false: ORG Moscou', 'false: LOC Lausanne']);
  const misc = field(g, o, 'entities_misc');
  assert.deepEqual(misc.counts, { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(lines(misc), ['miss: MISC Tu-22']);
});

test('entities match one to one: a person split in two leaves one false find', () => {
  const o = out({ entities: [entity('Roudskoï', 'PER'), entity('Sergueï Roudskoï', 'PER')] });
  const r = field(gold({ entities: [{ name: 'Sergueï Roudskoï', type: 'PER', mentions: ['Roudskoï'] }] }), o, 'entities');
  assert.deepEqual(r.counts, { tp: 1, fp: 1, fn: 0 });
  assert.deepEqual(lines(r), ['false: PER Roudskoï']);
});
