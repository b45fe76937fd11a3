import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read } from '../quotes/read-quotes.js';

function attributions(text: string, language: 'fr' | 'en') {
  const doc = read(text, language);
  return doc.get('attributions').map((a) => ({
    kind: a.kind, cue: a.cue, source: text.slice(a.sourceSpan.start, a.sourceSpan.end), name: a.sourceName,
    sentence: a.sentence, governs: a.governs ? text.slice(a.governs.start, a.governs.end) : null, start: a.start, end: a.end,
  }));
}

test('fr: "selon X" at the end, "cité par X", "d\'après X" at the start; each with what it governs', () => {
  const text = '« La route est coupée », a déclaré le maire Luc Perrin, cité par la radio locale. '
    + 'Huit personnes ont été blessées, selon la Croix-Rouge. '
    + "D'après un bilan publié par l'Unicef, trois enfants sont morts.";
  const found = attributions(text, 'fr');
  assert.deepEqual(found.map((a) => [a.kind, a.cue, a.source, a.sentence, a.governs]), [
    ['speech', 'déclarer', 'le maire Luc Perrin', 0, 'La route est coupée'],
    ['preposition', 'cité par', 'la radio locale', 0, '« La route est coupée », a déclaré le maire Luc Perrin'],
    ['preposition', 'selon', 'la Croix-Rouge', 1, 'Huit personnes ont été blessées'],
    ['preposition', 'selon', "l'Unicef", 2, 'trois enfants sont morts'],
  ]);
  const selon = found[2]!;
  assert.equal(text.slice(selon.start, selon.end), 'selon la Croix-Rouge');
});

test('en: "according to X" in the middle governs its whole sentence; "citing X"', () => {
  const text = 'The toll rose, according to the Health Ministry, to 52 dead. Reuters said the port was shut, citing two officials.';
  const found = attributions(text, 'en');
  assert.deepEqual(found.map((a) => [a.kind, a.cue, a.source, a.governs]), [
    ['preposition', 'according to', 'the Health Ministry', 'The toll rose, according to the Health Ministry, to 52 dead'],
    ['speech', 'say', 'Reuters', 'the port was shut'],
    ['preposition', 'citing', 'two officials', 'Reuters said the port was shut'],
  ]);
});
