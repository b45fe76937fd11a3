import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateStage } from '../../../src/stages/dates/date-stage.js';
import { languagePack } from '../../../src/lang/registry.js';
import { makeDoc } from './make-doc.js';

function datesOf(text: string, published = '2016-10-13'): [string, string][] {
  const doc = makeDoc(text, 'en', published);
  dateStage.run(doc, { lang: languagePack('en') });
  return doc.get('dates').map((d) => [doc.text.slice(d.start, d.end), d.value]);
}

// 2016-10-13 is a Thursday.
test('weekdays, past by default, next when the clause is future', () => {
  assert.deepEqual(datesOf('The ministry said on Tuesday that the port was closed.'), [['Tuesday', '2016-10-11']]);
  assert.deepEqual(datesOf('Talks will resume on Saturday in Geneva.'), [['Saturday', '2016-10-15']]);
  assert.deepEqual(datesOf('The army announced the plan Thursday.'), [['Thursday', '2016-10-13']]);
  assert.deepEqual(datesOf('Last Monday the bridge reopened.'), [['Last Monday', '2016-10-10']]);
});

test('month and day in both orders, ranges, month parts', () => {
  assert.deepEqual(datesOf('On October 18, the guns fell silent.', '2016-10-28'), [['October 18', '2016-10-18']]);
  assert.deepEqual(datesOf('He was born on 18 October 2016 in Paris.'), [['18 October 2016', '2016-10-18']]);
  assert.deepEqual(datesOf('Schools were hit on October 26 and 27.', '2016-10-28'), [['October 26 and 27', '2016-10-26/2016-10-27']]);
  assert.deepEqual(datesOf('In late July, the dam broke.'), [['late July', '2016-07']]);
  assert.deepEqual(datesOf('Talks froze at the end of September.'), [['the end of September', '2016-09']]);
});

test('modal "may" and the verb "march" are not months', () => {
  assert.deepEqual(datesOf('Protesters may march 5 miles today.'), [['today', '2016-10-13']]);
});

test('relative days and windows', () => {
  assert.deepEqual(datesOf('Yesterday the rain stopped.'), [['Yesterday', '2016-10-12']]);
  assert.deepEqual(datesOf('In the past 72 hours, shelling resumed.', '2016-10-28'), [['the past 72 hours', '2016-10-25/2016-10-28']]);
  assert.deepEqual(datesOf('Three days ago the plant closed.'), [['Three days ago', '2016-10-10']]);
  assert.deepEqual(datesOf('Last week the port reopened.'), [['Last week', '2016-10-03/2016-10-09']]);
});

test('"the day after" counts from the sentence that named its anchor', () => {
  assert.deepEqual(
    datesOf('A summit will open on Saturday in Geneva. The day after the Geneva summit, he flies to Rome.'),
    [['Saturday', '2016-10-15'], ['The day after', '2016-10-16']],
  );
});

test('"since January" is a window to publication, even in a clause about the future', () => {
  assert.deepEqual(datesOf('The group, which has held the town since January, will not leave.', '2025-03-06'), [['since January', '2025-01-01/2025-03-06']]);
});

test('two weekdays joined are one range; overnight is the night before publication', () => {
  assert.deepEqual(datesOf('Crews worked on Monday and Tuesday to clear the road.'), [['Monday and Tuesday', '2016-10-10/2016-10-11']]);
  assert.deepEqual(datesOf('Two barns burned overnight.'), [['overnight', '2016-10-12/2016-10-13']]);
});

test('years, days counted back, the start of the week', () => {
  assert.deepEqual(datesOf('The bridge had already failed in 2009.'), [['2009', '2009-01-01/2009-12-31']]);
  assert.deepEqual(datesOf('Some 900 people left in two days.'), [['in two days', '2016-10-12/2016-10-13']]);
  assert.deepEqual(datesOf('Prices rose at the start of the week.'), [['at the start of the week', '2016-10-10']]);
});

test('an onset takes the day its topic was dated, or stays empty', () => {
  assert.deepEqual(datesOf('Miners walked out on October 3. Twelve trucks have been burned since the strike began.'), [
    ['October 3', '2016-10-03'], ['since the strike began', '2016-10-03/2016-10-13'],
  ]);
  assert.deepEqual(datesOf('The clinic has treated 300 people since the siege began.'), [['since the siege began', '']]);
});

test('"on Wednesday, a day after X": the phrase dates X, the day before', () => {
  assert.deepEqual(datesOf('Snow fell on Wednesday, a day after the pass was closed.'), [['Wednesday', '2016-10-12'], ['a day after', '2016-10-11']]);
});

test('a day in an adjunct of its own takes the tense of the clause before it', () => {
  assert.deepEqual(datesOf('She added that talks would be held in Tirsa, Morvania, on Thursday with the envoy.', '2025-03-05'), [['Thursday', '2025-03-06']]);
});
