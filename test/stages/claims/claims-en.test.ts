import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateStage } from '../../../src/stages/dates/date-stage.js';
import { claimStage } from '../../../src/stages/claims/claim-stage.js';
import { languagePack } from '../../../src/lang/registry.js';
import { makeDoc } from '../dates/make-doc.js';

function en(text: string, published?: string) {
  const doc = makeDoc(text, 'en', published);
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
    ['Dozens of airstrikes', 'attacks', null, 20, null, true, null],
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

test('English: other figures (missing, rescued, deployed, turnout), displacement and detention verbs', () => {
  assert.deepEqual(en('Twelve fishermen are still missing and 40 were rescued by the coastguard.').map((c) => [c[1], c[2]]), [
    ['other', 12], ['other', 40],
  ]);
  assert.deepEqual(en('About 2,000 troops were deployed; organisers put the turnout at 30,000.').map((c) => [c[0], c[1], c[2] ?? c[3]]), [
    ['About 2,000 troops', 'other', 2000], ['30,000', 'other', 30000],
  ]);
  assert.deepEqual(en('Some 600 residents were forced from their homes and 14 men had been held overnight.').map((c) => [c[0], c[1]]), [
    ['Some 600 residents', 'displaced'], ['14 men', 'arrested'],
  ]);
});

test('English: a bare number after a figure counts the same; "or so", quoted numbers, tolls with a gap', () => {
  assert.deepEqual(en('Police said 5,000 people marched; organisers counted 9,000.').map((c) => [c[0], c[1], c[2]]), [
    ['5,000 people', 'other', 5000], ['9,000', 'other', 9000],
  ]);
  assert.deepEqual(en('A hundred or so wounded people wait at the clinic.').map((c) => [c[0], c[1], c[2], c[5]]), [['A hundred or so wounded', 'injured', 100, true]]);
  assert.deepEqual(en('The militia said it had killed “about thirty” guards.').map((c) => [c[1], c[2], c[5]]), [['killed', 30, true]]);
  assert.deepEqual(en('The death toll from the storm that hit the coast rose to at least 9 on Monday.').map((c) => [c[1], c[3], c[6]]), [['killed', 9, '2016-10-10']]);
});

test('English: a figure dates by its own words, a held lede day, "now", an onset left empty', () => {
  assert.deepEqual(en('Police arrested 20 people on Monday night.\n\nFour officers were hurt, the prefect said.').map((c) => [c[1], c[6]]), [
    ['arrested', '2016-10-10'], ['injured', '2016-10-10'],
  ]);
  assert.deepEqual(en('The agency said on Tuesday that 300 people had now fled, up from 200 at the start of the week.').map((c) => [c[0], c[6]]), [
    ['300 people', '2016-10-11'], ['200 at', '2016-10-10'],
  ]);
  assert.deepEqual(en('Nearly 300 people have now fled the valley.').map((c) => c[6]), ['2016-10-13']);
  assert.deepEqual(en('“Since the siege began we have buried 40 bodies,” the imam told us on Tuesday.').map((c) => [c[1], c[6]]), [['killed', null]]);
});

test('claim dates: the day of what is told beats the day it was told; "since … on" opens a window; "over the same period" takes the figure before', () => {
  const found = en('The army said on Wednesday that 15 soldiers had been killed when gunmen attacked a post, in the early hours of Monday. '
    + 'More than 400 people have been killed in the east since the army launched an offensive on Sept. 22, according to the monitor. '
    + 'Rebel fire on the west killed more than 80 over the same period, it added.', '2016-10-21');
  assert.deepEqual(found.map((c) => [c[1], c[2] ?? c[3], c[6]]), [
    ['killed', 15, '2016-10-17'],
    ['killed', 400, '2016-09-22/2016-10-21'],
    ['killed', 80, '2016-09-22/2016-10-21'],
  ]);
});

test('people trapped, among the victims; the source after the figure names no one counted', () => {
  assert.deepEqual(en('Some 275,000 people remain trapped in the east. The strike left 20 dead, rescuers said. Two children were among the victims.', '2016-10-20')
    .map((c) => [c[1], c[2] ?? c[3]]), [['other', 275000], ['killed', 20], ['killed', 2]]);
});

test('claim dates: a day in a relative clause is not the figure\'s; people still waiting are counted on publication day', () => {
  const found = en('Sarn Watch, a monitoring group whose researchers left the country last year, has counted at least 37 civilian deaths. Aid agencies say a hundred or so wounded people are waiting to be evacuated.', '2025-03-06');
  assert.deepEqual(found.map((c) => [c[1], c[2] ?? c[3], c[6]]), [['killed', 37, null], ['injured', 100, '2025-03-06']]);
});
