import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personKey, surnameKey, wordKey } from '../../../src/corpus/stories/translit-key.js';
import { orgId, orgKey } from '../../../src/corpus/stories/org-aliases.js';

test('transliterations of one name share a key', () => {
  assert.equal(wordKey('Roudskoï'), wordKey('Rudskoy'));
  assert.equal(wordKey('Roudskoï'), wordKey('Rudskoi'));
  assert.equal(personKey('Sergueï Roudskoï'), personKey('Sergey Rudskoy'));
  assert.equal(wordKey('Poutine'), wordKey('Putin'));
  assert.equal(wordKey('Choïgou'), wordKey('Shoigu'));
  assert.equal(wordKey('Peskow'), wordKey('Peskov'));
  assert.equal(wordKey('Khaled'), wordKey('Haled'));
  assert.equal(surnameKey('le général Sergueï Roudskoï'), 'rudskoi');
});

test('different names keep different keys', () => {
  assert.notEqual(wordKey('Lavrov'), wordKey('Peskov'));
  assert.notEqual(personKey('Vladimir Poutine'), personKey('Vladimir Popov'));
});

test('organisations meet through acronyms and aliases in several languages', () => {
  assert.equal(orgId('OSDH'), 'SOHR');
  assert.equal(orgId('Syrian Observatory for Human Rights'), 'SOHR');
  assert.equal(orgId("l'Observatoire syrien des droits de l'homme".replace(/^l'/u, '')), 'SOHR');
  assert.equal(orgKey('Nations unies'), orgKey('United Nations'));
  assert.equal(orgKey('Front de Libération Nationale'), 'fln');
});

test('English "oo" spells the French "ou"', () => {
  assert.equal(wordKey('Kaldoona'), wordKey('Kaldouna'));
});
