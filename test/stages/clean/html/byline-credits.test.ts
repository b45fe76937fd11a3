import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readByline, splitCredits } from '../../../../src/stages/clean/html/byline-credits.js';

test('a meta line of a date and a credit is not body; "avec X" credits X in a byline element', () => {
  assert.deepEqual(readByline('Publié le 17/04/2025 à 17h05 · La rédaction avec APN', true), { credits: ['APN'], whole: true });
  // Outside a byline element, "La rédaction avec X" is not trusted.
  assert.equal(readByline('Publié le 17/04/2025 à 17h05 · La rédaction avec APN', false).whole, false);
});

test('parenthesised agencies and "with" lists', () => {
  assert.deepEqual(readByline('Par Lucie Garrigues (avec AFP)\nPublié le mardi 15 avril 2025 à 12h30', true).credits, ['Lucie Garrigues', 'AFP']);
  assert.deepEqual(readByline('By Priya Castellane, with Meridian Wire', false).credits, ['Priya Castellane', 'Meridian Wire']);
  assert.deepEqual(readByline('Avec AMP', false), { credits: ['AMP'], whole: true });
});

test('a comma alone does not make a list: a job title is not a credit', () => {
  assert.deepEqual(splitCredits('Tom Ashby, Local Democracy Reporter'), ['Tom Ashby']);
  assert.deepEqual(splitCredits('Tom Ashby, Reuters'), ['Tom Ashby', 'Reuters']);
  assert.deepEqual(splitCredits('Ana Ruiz y Luis Gómez'), ['Ana Ruiz', 'Luis Gómez']);
});

test('prose is not a byline', () => {
  assert.equal(readByline('Par ailleurs, la préfecture a rouvert la route · selon la mairie', true).whole, false);
  assert.equal(readByline('By the end of the week', false).whole, false);
});
