import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupPlace } from '../../../src/lang/gazetteer.js';

test('gazetteer: exonyms, accents and countries', () => {
  assert.equal(lookupPlace('Alep')?.id, '170063');
  assert.equal(lookupPlace('Aleppo')?.id, '170063');
  assert.equal(lookupPlace('Londres')?.country, 'GB');
  assert.equal(lookupPlace('Etats-Unis')?.id, 'C:US');
  assert.equal(lookupPlace('États-Unis')?.id, 'C:US');
  assert.equal(lookupPlace('Syrie')?.kind, 'country');
  assert.equal(lookupPlace('Syria')?.id, 'C:SY');
  const moscow = lookupPlace('Moscou');
  assert.ok(moscow && Math.abs(moscow.lat - 55.75) < 0.1 && Math.abs(moscow.lon - 37.62) < 0.1);
  assert.equal(lookupPlace('Nowhereville'), null);
});
