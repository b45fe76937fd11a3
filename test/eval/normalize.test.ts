import { test } from 'node:test';
import assert from 'node:assert/strict';
import { containsEitherWay, normalise, words } from '../../src/eval/normalize.js';

test('normalise folds composition, apostrophes, quotes, white space and case', () => {
  assert.equal(normalise('L\u2019arme\u0301e  russe\u00a0\n'), "l'armée russe");
  assert.equal(normalise('\u201CRetrait\u201D \u201Esûr\u201C'), '"retrait" "sûr"');
  assert.equal(normalise('les « rebelles »'), normalise('les «rebelles»'));
  assert.equal(normalise('les « rebelles »'), 'les "rebelles"');
  assert.equal(normalise(null), '');
});

test('words are Unicode letters and digits', () => {
  assert.deepEqual(words("Sergueï Roudskoï, l'OSDH: 100%"), ['sergueï', 'roudskoï', 'l', 'osdh', '100']);
});

test('containsEitherWay holds whole words only, in either direction', () => {
  assert.equal(containsEitherWay('le général Roudskoï', 'Roudskoï'), true);
  assert.equal(containsEitherWay('Roudskoï', 'Sergueï Roudskoï'), true);
  assert.equal(containsEitherWay('Roudskoï', 'skoï'), false);
  assert.equal(containsEitherWay('', 'Roudskoï'), false);
});
