import { test } from 'node:test';
import assert from 'node:assert/strict';
import { verbs as fr } from '../../../src/lang/fr/verbs.js';
import { verbs as en } from '../../../src/lang/en/verbs.js';

function lemmas(parser: typeof fr, text: string) {
  return parser.find(text, 0, text.length).map((v) => [text.slice(v.start, v.end), v.lemma, v.clitic ? text.slice(v.clitic.start, v.clitic.end) : null]);
}

test('fr: passé composé, inversion, pronominal, present, imparfait, passé simple, multiword', () => {
  const text = "Il a annoncé. A-t-il assuré. S'est targué. Ils se sont félicités. Elle dénonce. Il déclarait. "
    + 'Il répéta. Assure-t-elle. Il a ensuite ajouté. Le ministère a fait savoir. Ils ont conclu. Il a dit.';
  assert.deepEqual(lemmas(fr, text), [
    ['a annoncé', 'annoncer', null], ['A-t-il assuré', 'assurer', 'il'], ["S'est targué", 'se targuer', null],
    ['se sont félicités', 'se féliciter', null], ['dénonce', 'dénoncer', null], ['déclarait', 'déclarer', null],
    ['répéta', 'répéter', null], ['Assure-t-elle', 'assurer', 'elle'], ['a ensuite ajouté', 'ajouter', null],
    ['a fait savoir', 'faire savoir', null], ['ont conclu', 'conclure', null], ['a dit', 'dire', null],
  ]);
});

test('fr: nouns and passives are not reporting verbs', () => {
  assert.deepEqual(lemmas(fr, "L'annonce a été confirmée. La demande. Une telle menace. Il est dit."), []);
});

test('en: past, present, perfect, "pointed out", gerunds of continuation', () => {
  const text = 'She said. He says. They have warned. It pointed out. Adding that. He told. The report.';
  assert.deepEqual(lemmas(en, text), [
    ['said', 'say', null], ['says', 'say', null], ['have warned', 'warn', null], ['pointed out', 'point out', null],
    ['Adding', 'add', null], ['told', 'tell', null],
  ]);
});
