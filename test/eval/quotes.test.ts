import { test } from 'node:test';
import assert from 'node:assert/strict';
import { field, lines } from './field.js';
import { gold, out, quote } from './fixtures.js';

const entities = [
  { name: 'Sergueï Roudskoï', type: 'PER' as const, mentions: ['Sergueï Roudskoï', 'Roudskoï'] },
  { name: "Observatoire syrien des droits de l'Homme", type: 'ORG' as const, mentions: ['OSDH'] },
  { name: 'ONU', type: 'ORG' as const, mentions: ['ONU'] },
  { name: 'Etats-Unis', type: 'LOC' as const, mentions: ['Etats-Unis'] },
];

test('a quote matches when its text contains `contains`, or shares half of its words', () => {
  const g = gold({
    entities,
    quotes: [
      { kind: 'direct', speaker: 'Sergueï Roudskoï', cue: 'annoncer', contains: 'Nous sommes prêts à assurer un retrait sécurisé' },
      { kind: 'indirect', speaker: 'armée russe', cue: 'annoncer', contains: 'quatre couloirs humanitaires supplémentaires ouverts en juillet' },
      { kind: 'indirect', speaker: 'OSDH', cue: 'selon', contains: '56 civils, dont sept enfants, ont été tués' },
    ],
  });
  const o = out({
    quotes: [
      quote('\u00ab Nous sommes prêts \u00e0 assurer un retrait s\u00e9curis\u00e9 aux rebelles \u00bb',
        { speaker: { name: 'Sergueï Roudskoï', text: 'le général' }, cue: 'annoncer' }),
      // 5 of the 7 words: matches.
      quote("l'armée avait ouvert en juillet quatre couloirs humanitaires", { kind: 'indirect', speaker: { name: null, text: "l'armée russe" }, cue: 'annoncer' }),
      // 2 of the 8 words: no match, so a false find (and the OSDH quote a miss).
      quote('sept enfants parmi les victimes', { kind: 'indirect', cue: 'selon' }),
    ],
  });
  const r = field(g, o, 'quotes');
  assert.deepEqual(r.counts, { tp: 2, fp: 1, fn: 1 });
  assert.deepEqual(r.attributes.speaker, { correct: 2, total: 2 });
  assert.deepEqual(lines(r), ['miss: 56 civils, dont sept enfants, ont été tués', 'false: sept enfants parmi les victimes']);
});

test('speaker: by the gold entity\'s mentions, containment either way; a list matches any of its speakers', () => {
  const g = gold({
    entities,
    quotes: [
      { speaker: "Observatoire syrien des droits de l'Homme", contains: 'plus d une vingtaine de frappes' },
      { speaker: ['ONU', 'France', 'Etats-Unis'], contains: 'crimes de guerre' },
      { speaker: 'Sergueï Roudskoï', contains: 'Dommage que la coalition' },
      { speaker: null, contains: 'une source anonyme' },
    ],
  });
  const o = out({
    quotes: [
      quote("plus d'une vingtaine de frappes", { speaker: { name: null, text: "l'OSDH" } }),
      quote('des crimes de guerre', { speaker: { name: 'Washington', text: 'les Etats-Unis' } }),
      quote('Dommage que la coalition', { speaker: { name: 'Sergueï Lavrov', text: 'il' } }),
      quote('une source anonyme', { speaker: { name: null, text: null } }),
    ],
  });
  const r = field(g, o, 'quotes');
  assert.deepEqual(r.counts, { tp: 4, fp: 0, fn: 0 });
  assert.deepEqual(r.attributes.speaker, { correct: 3, total: 4 });
  assert.deepEqual(lines(r), ['wrong speaker: Dommage que la coalition (Sergueï Roudskoï / Sergueï Lavrov (il))']);
});

test('kind and cue accuracy over matched quotes; absent in the gold means not checked', () => {
  const g = gold({
    quotes: [
      { kind: 'mixed', cue: 'se targuer', contains: 'efficacité des frappes' },
      { contains: 'bombardement à l\'aveugle' },
    ],
  });
  const o = out({
    quotes: [
      quote('une efficacité des frappes de quasiment 100%', { kind: 'indirect', cue: 'se targuer' }),
      quote('aucun bombardement à l\u2019aveugle', { kind: 'direct', cue: 'assurer' }),
    ],
  });
  const r = field(g, o, 'quotes');
  assert.deepEqual(r.attributes, { kind: { correct: 0, total: 1 }, cue: { correct: 1, total: 1 } });
  assert.deepEqual(lines(r), ['wrong kind: efficacité des frappes (mixed / indirect)']);
});
