import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read, quotesOf } from './read-quotes.js';

test('fr: a short quoted fragment ending the statement is the speaker\'s words; a term inside a longer noun phrase is not', () => {
  const text = 'Le maire Paul Ronsac a qualifié les pilleurs de « voyous ». '
    + 'La préfète Anne Morel a annoncé un « retour rapide » des habitants dans leurs maisons.';
  assert.deepEqual(quotesOf(read(text, 'fr')).map(([kind, , speaker]) => [kind, speaker]), [
    ['mixed', 'Paul Ronsac'],
    ['indirect', 'Anne Morel'],
  ]);
});

test('en: "called for", "put the toll at", "counted", "dismissed as", and ", a claim" ending a statement', () => {
  const text = 'The Green Alliance called for "a full inquiry" into the spill. '
    + 'The Coast Guard put the number of oiled birds at 1,200 on Friday. '
    + 'Volunteers said they had cleaned 40 beaches, a claim the company dismissed as "wishful thinking".';
  const doc = read(text, 'en');
  assert.deepEqual(quotesOf(doc), [
    ['mixed', '"a full inquiry" into the spill', 'Green Alliance', 'call'],
    ['indirect', 'the number of oiled birds at 1,200 on Friday', 'Coast Guard', 'put'],
    ['indirect', 'they had cleaned 40 beaches', 'Volunteers', 'say'],
    ['mixed', 'as "wishful thinking"', 'company', 'dismiss'],
  ]);
  const put = doc.get('quotes')[1]!;
  assert.equal(text.slice(put.cueSpan!.start, put.cueSpan!.end), 'put');
});

test('fr: "recense au moins", "estime à", and a gerund that carries on the statement ("tout en réclamant")', () => {
  const text = "L'association Vigie-Loire recense au moins 23 maisons détruites. "
    + 'La mairie estime à 300 le nombre de sinistrés. '
    + 'Le syndicat Force Rurale a salué « un geste utile » tout en réclamant « des aides directes aux éleveurs ».';
  assert.deepEqual(quotesOf(read(text, 'fr')), [
    ['indirect', 'au moins 23 maisons détruites', 'Vigie-Loire', 'recenser'],
    ['indirect', 'à 300 le nombre de sinistrés', 'mairie', 'estimer'],
    ['mixed', '« un geste utile »', 'Force Rurale', 'saluer'],
    ['mixed', '« des aides directes aux éleveurs »', 'Force Rurale', 'réclamer'],
  ]);
});

test('en: a name before a descriptive apposition, the antecedent of "which said", and "told <outlet>" after a quote', () => {
  const text = 'Harbour Watch, a monitoring group, said that 12 boats had sunk. '
    + 'Fuel prices rose by a third, according to the Energy Board, which said supplies would recover in June. '
    + '"We have never seen anything like it," its director, Dr Alma Reyes, told the Coast Gazette by phone.';
  assert.deepEqual(quotesOf(read(text, 'en')), [
    ['indirect', 'that 12 boats had sunk', 'Harbour Watch', 'say'],
    ['indirect', 'Fuel prices rose by a third', 'Energy Board', 'according to'],
    ['indirect', 'supplies would recover in June', 'Energy Board', 'say'],
    ['direct', 'We have never seen anything like it', 'Alma Reyes', 'tell'],
  ]);
});

test('fr: the noun phrase right after an inverted verb is the speaker, not a place named in an adjunct after it', () => {
  const text = 'Neuf personnes ont été évacuées, a annoncé la préfecture lors d\'un point presse à Montbrison.';
  const [q] = read(text, 'fr').get('quotes');
  assert.ok(q);
  assert.equal(q.speakerName, 'préfecture');
  assert.equal(text.slice(q.start, q.end), 'Neuf personnes ont été évacuées');
});
