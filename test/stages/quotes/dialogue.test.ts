import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read, quotesOf } from './read-quotes.js';

test('fr: dialogue lines opened by a dash, inline after a sentence, cut by their incise; speech resumes after it', () => {
  const text = 'Le passeur attendait sur la berge. — Montez vite, dit le passeur Hugo Ravel, la marée ne nous attendra pas. '
    + '— Combien de temps ? demanda la voyageuse.\n\n— Une heure, fit-il.';
  const doc = read(text, 'fr');
  assert.deepEqual(quotesOf(doc), [
    ['direct', 'Montez vite', 'Hugo Ravel', 'dire'],
    ['direct', 'la marée ne nous attendra pas.', 'Hugo Ravel', 'dire'],
    ['direct', 'Combien de temps ?', 'voyageuse', 'demander'],
    ['direct', 'Une heure', 'Hugo Ravel', null],
  ]);
  const first = doc.get('quotes')[0]!;
  assert.equal(first.start, text.indexOf('Montez'));
});

test('fr: a list of dashes without any incise is not dialogue', () => {
  const text = 'Au programme de la visite\n\n— le port, puis la criée ;\n\n— un déjeuner sur le quai.';
  assert.deepEqual(quotesOf(read(text, 'fr')), []);
});
