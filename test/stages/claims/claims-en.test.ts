import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateStage } from '../../../src/stages/dates/date-stage.js';
import { claimStage } from '../../../src/stages/claims/claim-stage.js';
import { languagePack } from '../../../src/lang/registry.js';
import { makeDoc } from '../dates/make-doc.js';

function en(text: string) {
  const doc = makeDoc(text, 'en');
  const ctx = { lang: languagePack('en') };
  dateStage.run(doc, ctx);
  claimStage.run(doc, ctx);
  return doc.get('claims').map((c) => [doc.text.slice(c.start, c.end), c.category, c.value, c.min, c.max, c.approximate, c.date]);
}

test('English figures: predicates, object verbs, counted nouns, qualifiers', () => {
  assert.deepEqual(en('On Tuesday, at least 15 civilians were killed in the north.'), [
    ['at least 15 civilians', 'killed', null, 15, null, false, '2016-10-11'],
  ]);
  assert.deepEqual(en('The shelling hit a market, killing nearly 30 people and wounding up to 80 others.'), [
    ['nearly 30 people', 'killed', 30, null, null, true, null],
    ['up to 80 others', 'injured', null, null, 80, false, null],
  ]);
  assert.deepEqual(en('Dozens of airstrikes hit the city as 10,000 residents fled.'), [
    ['Dozens of airstrikes', 'attacks', null, 24, null, true, null],
    ['10,000 residents', 'displaced', 10000, null, null, false, null],
  ]);
  assert.deepEqual(en('Police arrested a hundred protesters; 69 fighters surrendered.'), [
    ['a hundred protesters', 'arrested', 100, null, null, false, null],
    ['69 fighters', 'surrendered', 69, null, null, false, null],
  ]);
});

test('English non-counts', () => {
  assert.deepEqual(en('The 45-year-old drove 12 miles in 3 hours, 50 percent faster, in 2015.'), []);
});

test('English: a toll put at a figure; people who have left', () => {
  assert.deepEqual(en('A monitor put the civilian toll at 41, including 12 children.').map((c) => [c[0], c[1], c[2]]), [['41, including 12 children', 'killed', 41]]);
  assert.deepEqual(en('More than 2,300 civilians have left the city.').map((c) => [c[0], c[1], c[3]]), [['More than 2,300 civilians', 'evacuated', 2300]]);
});
