import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read } from '../quotes/read-quotes.js';

function hedges(text: string, language: 'fr' | 'en') {
  const doc = read(text, language);
  return doc.get('hedges').map((h) => [h.kind, text.slice(h.start, h.end), h.scope, h.covers, h.start]);
}

test('fr: "sans que ces chiffres puissent être vérifiés" covers the figures of its sentence', () => {
  const text = 'Le convoi aurait permis le départ de 300 civils, sans que ces chiffres puissent être vérifiés de source indépendante.';
  assert.deepEqual(hedges(text, 'fr'), [
    ['conditional', 'aurait', 'statement', [0], 10],
    ['unverified', 'sans que ces chiffres puissent être vérifiés de source indépendante', 'figures', [0], 49],
  ]);
});

test('fr: a standalone "ces chiffres n\'ont pas pu être vérifiés" covers the sentence before; nouns in -trait are not conditionals', () => {
  const text = 'Douze soldats ont été tués près du retrait des troupes. Ces chiffres n\'ont pas pu être vérifiés.';
  assert.deepEqual(hedges(text, 'fr'), [
    ['unverified', "Ces chiffres n'ont pas pu être vérifiés", 'figures', [0, 1], 56],
  ]);
});

test('fr: "présumé" and "auraient" are hedges; "devrait" is not', () => {
  const text = 'Le présumé tireur aurait agi seul. Les secours devraient arriver demain.';
  assert.deepEqual(hedges(text, 'fr').map((h) => [h[0], h[1]]), [['alleged', 'présumé'], ['conditional', 'aurait']]);
});

test('en: "could not be independently verified", "reportedly", "would have"', () => {
  const text = 'Forty people were reportedly killed. The figures could not be independently verified. The strike would have been avoided.';
  assert.deepEqual(hedges(text, 'en').map((h) => [h[0], h[1], h[2], h[3]]), [
    ['alleged', 'reportedly', 'statement', [0]],
    ['unverified', 'The figures could not be independently verified', 'figures', [0, 1]],
    ['conditional', 'would have been avoided', 'statement', [2]],
  ]);
});

test('en: "Neither figure could be independently verified" covers the figures of the sentence before', () => {
  const text = 'The ministry said 9 people died; the hospital counted 14. Neither figure could be independently verified.';
  assert.deepEqual(hedges(text, 'en').map((h) => [h[0], h[1], h[2], h[3]]), [
    ['unverified', 'Neither figure could be independently verified', 'figures', [0, 1]],
  ]);
});

test('fr: "relaient sans les vérifier" is a hedge; "prétendu" before a name is not', () => {
  const text = 'Plusieurs médias relaient ce bilan de 40 morts sans les vérifier. Le prétendu Abou Karim a revendiqué 12 attaques.';
  assert.deepEqual(hedges(text, 'fr').map((h) => [h[0], h[1], h[3]]), [['unverified', 'sans les vérifier', [0]]]);
});
