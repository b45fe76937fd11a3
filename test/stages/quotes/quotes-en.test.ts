import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read, quotesOf } from './read-quotes.js';

test('en: direct quote with "she said" after it; offsets and text', () => {
  const text = 'Maria Lopez runs the shelter. "We have no more beds for the families arriving tonight," she said.';
  const doc = read(text, 'en');
  const [q] = doc.get('quotes');
  assert.ok(q);
  assert.equal(q.kind, 'direct');
  assert.equal(q.start, 31);
  assert.equal(q.end, 85);
  assert.equal(text.slice(q.start, q.end), 'We have no more beds for the families arriving tonight');
  assert.equal(q.speakerName, 'Maria Lopez');
  assert.equal(q.cue, 'say');
  assert.equal(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'she');
});

test('en: inversion, "X said that", a continuation paragraph, and "adding that"', () => {
  const text = '"The bridge will stay closed until the inspection is over," said Mayor Tom Becker.\n\n'
    + '"Nobody should try to cross it on foot."\n\n'
    + 'Becker told reporters that repairs would cost millions, adding that the city had asked for federal help.';
  assert.deepEqual(quotesOf(read(text, 'en')), [
    ['direct', 'The bridge will stay closed until the inspection is over', 'Tom Becker', 'say'],
    ['direct', 'Nobody should try to cross it on foot.', 'Tom Becker', 'say'],
    ['indirect', 'that repairs would cost millions', 'Tom Becker', 'tell'],
    ['indirect', 'that the city had asked for federal help', 'Tom Becker', 'add'],
  ]);
});

test('en: "according to" attributes the rest of the sentence; "X said" at the end', () => {
  const text = 'At least 14 people were killed in the blast, according to the Red Cross. '
    + 'The road to the airport remains open, police said on Monday.';
  assert.deepEqual(quotesOf(read(text, 'en')), [
    ['indirect', 'At least 14 people were killed in the blast', 'Red Cross', 'according to'],
    ['indirect', 'The road to the airport remains open', 'police', 'say'],
  ]);
});

test('en: verbs used as nouns or acts are not quotes', () => {
  const text = 'The report was published on Monday. Rebels reported heavy losses near the border.';
  assert.deepEqual(quotesOf(read(text, 'en')), []);
});

test('en: the subject after "and" in a coordinated clause, bare or with a participle; a long titled postposed subject', () => {
  const text = 'The figure could not be independently verified, and residents reached by telephone said they had seen nobody leave. '
    + '"The shelling has not stopped," Interior Ministry spokesman Maj Gen Anton Belov told reporters in the capital.';
  const quotes = quotesOf(read(text, 'en'));
  assert.deepEqual(quotes[0], ['indirect', 'they had seen nobody leave', 'residents', 'say']);
  assert.deepEqual(quotes[1], ['direct', 'The shelling has not stopped', 'Anton Belov', 'tell']);
});

test('en: a name in apposition after a postposed description speaks; a shorter description of an unnamed source met before is that source', () => {
  const text = '"People arrived with nothing," said the agency\'s representative in Tazalt, Ingrid Halvorsen. '
    + 'At least 11 people have been killed, according to the national doctors\' union. '
    + 'According to the doctors\' union, more than 400 people have been injured.';
  const quotes = quotesOf(read(text, 'en'));
  assert.equal(quotes[0]![2], 'Ingrid Halvorsen');
  assert.equal(quotes[2]![2], "national doctors' union");
});

test('en: a person who gave only a name is the speaker; the named audience of "told" is not the content', () => {
  const text = 'A commander with the Northern Brigades, who gave his name only as Abu Karim, told Reuters the fighters would not leave the town.';
  assert.deepEqual(quotesOf(read(text, 'en')), [
    ['indirect', 'the fighters would not leave the town', 'Abu Karim', 'tell'],
  ]);
});

test('en: "…, Lavrov said Moscow would decide" reports what follows the verb, not the fronted clause', () => {
  const quotes = quotesOf(read('Asked whether the pause would be extended, Lavrov said Moscow would decide on Friday.', 'en'));
  assert.deepEqual(quotes, [['indirect', 'Moscow would decide on Friday', 'Lavrov', 'say']]);
});
