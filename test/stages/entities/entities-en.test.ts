import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEntities, byName, mentionTexts } from './read-entities.js';

test('en: capitalised titles before a name are not part of it', () => {
  const text = "Russian Defence Minister Anatoly Serdyukov met Gen. Mark Hollis in Geneva on Tuesday. Serdyukov's aides said the talks went well.";
  const { doc, entities } = readEntities(text, 'en');
  const s = byName(entities, 'Anatoly Serdyukov');
  assert.ok(s, JSON.stringify(entities.map((e) => e.name)));
  assert.deepEqual(mentionTexts(doc, s), [['Anatoly Serdyukov', 25, 42], ['Serdyukov', 86, 95]]);
  assert.deepEqual(s.titles, ['Russian Defence Minister']);
  assert.equal(byName(entities, 'Mark Hollis')?.type, 'PER');
  assert.equal(byName(entities, 'Geneva')?.type, 'LOC');
  assert.equal(byName(entities, 'Tuesday'), undefined);
});

test('en: organisations in title case, with their acronym', () => {
  const text = 'The International Organization for Migration (IOM) said 300 families left. The IOM asked the Syrian Defence Ministry for access.';
  const { doc, entities } = readEntities(text, 'en');
  const iom = byName(entities, 'International Organization for Migration');
  assert.ok(iom, JSON.stringify(entities.map((e) => e.name)));
  assert.deepEqual(mentionTexts(doc, iom), [
    ['International Organization for Migration', 4, 44], ['IOM', 46, 49], ['IOM', 79, 82],
  ]);
  assert.equal(byName(entities, 'Syrian Defence Ministry')?.type, 'ORG');
});

test('en: sentence-initial words and headline case do not make names', () => {
  const text = 'Meanwhile, convoys waited near Mosul. However, nothing moved. Later that day the United Nations called for calm.';
  const { entities } = readEntities(text, 'en');
  assert.deepEqual(entities.map((e) => [e.name, e.type]), [['Mosul', 'LOC'], ['United Nations', 'ORG']]);
});

test('en: "U.S." and East Aleppo are places', () => {
  const text = 'The U.S. envoy visited East Aleppo before flying back to Washington.';
  const { doc, entities } = readEntities(text, 'en');
  assert.equal(byName(entities, 'U.S.')?.type, 'LOC');
  const a = entities.find((e) => e.placeId === '170063');
  assert.ok(a, JSON.stringify(entities));
  assert.deepEqual(mentionTexts(doc, a), [['Aleppo', 28, 34]]);
  assert.equal(byName(entities, 'Washington')?.type, 'LOC');
});

test('en: an initial inside a name, a shouted word is no acronym, a lone capital letter is nothing', () => {
  const text = 'Former president George W. Bush spoke to the TRIBUNAL staff. The tribunal met in Ohio. Section B was closed.';
  const { doc, entities } = readEntities(text, 'en');
  const b = byName(entities, 'George W. Bush');
  assert.ok(b, JSON.stringify(entities.map((e) => e.name)));
  assert.deepEqual(mentionTexts(doc, b), [['George W. Bush', 17, 31]]);
  assert.equal(byName(entities, 'TRIBUNAL'), undefined);
  assert.equal(byName(entities, 'B'), undefined);
  assert.equal(byName(entities, 'Ohio')?.type, 'LOC');
});
