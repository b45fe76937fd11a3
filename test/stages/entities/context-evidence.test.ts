import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEntities } from './read-entities.js';

// Names that no lexicon knows, typed by the words around them. Each case: [name, type, [[text, start, end]]].
type Expected = [string, string, [string, number, number][]][];

function read(text: string, language: 'fr' | 'en'): Expected {
  const { doc, entities } = readEntities(text, language);
  return entities.map((e) => [e.name, e.type, e.mentions.map((m): [string, number, number] => [doc.slice(m), m.start, m.end])]);
}

test('fr: an age, an apposition, a capitalised article, a body noun before the name, a press suffix', () => {
  const text = "Samira, 34 ans, raconte avoir fui. Lactalis, le géant laitier basé à Laval, n'a pas réagi. Selon Le Parisien, le syndicat SUD-Rail et Var-Matin ont relayé l'appel.";
  assert.deepEqual(read(text, 'fr'), [
    ['Samira', 'PER', [['Samira', 0, 6]]],
    ['Lactalis', 'ORG', [['Lactalis', 35, 43]]],
    ['Laval', 'LOC', [['Laval', 69, 74]]],
    ['Le Parisien', 'ORG', [['Le Parisien', 97, 108]]],
    ['SUD-Rail', 'ORG', [['SUD-Rail', 122, 130]]],
    ['Var-Matin', 'ORG', [['Var-Matin', 134, 143]]],
  ]);
});

test('fr: coordinated places, a place named with its article, a role after the name, "hameau de"', () => {
  const text = 'Les pompiers ont lutté entre Collobrières et Pierrefeu-du-Var, puis à La Londe-les-Maures. Jérôme Bayle, éleveur à Montastruc, a parlé au hameau de Valcros.';
  assert.deepEqual(read(text, 'fr'), [
    ['Collobrières', 'LOC', [['Collobrières', 29, 41]]],
    ['Pierrefeu-du-Var', 'LOC', [['Pierrefeu-du-Var', 45, 61]]],
    ['La Londe-les-Maures', 'LOC', [['La Londe-les-Maures', 70, 89]]],
    ['Jérôme Bayle', 'PER', [['Jérôme Bayle', 91, 103]]],
    ['Montastruc', 'LOC', [['Montastruc', 115, 125]]],
    ['Valcros', 'LOC', [['Valcros', 148, 155]]],
  ]);
});

test('en: a sentence-initial noun before "of", "and" inside a body, an employer before a role, a person then "of" a state', () => {
  const text = 'Shares of Halvorsen Biotech fell after the Food and Drug Administration ruled. Goldman Sachs analyst Terence Flynn and Senator Elizabeth Warren of Massachusetts spoke.';
  assert.deepEqual(read(text, 'en'), [
    ['Halvorsen Biotech', 'ORG', [['Halvorsen Biotech', 10, 27]]],
    ['Food and Drug Administration', 'ORG', [['Food and Drug Administration', 43, 71]]],
    ['Goldman Sachs', 'ORG', [['Goldman Sachs', 79, 92]]],
    ['Terence Flynn', 'PER', [['Terence Flynn', 101, 114]]],
    ['Elizabeth Warren', 'PER', [['Elizabeth Warren', 127, 143]]],
    ['Massachusetts', 'LOC', [['Massachusetts', 147, 160]]],
  ]);
});

test('en: appositions, "according to" is no place cue, an age, "toward", a compass region, "X-based"', () => {
  const text = 'Ukrenergo, the national grid operator, said power was back, according to Vitaliy Maletskyi. Oleksandra, a 41-year-old nurse, fled toward Eringeti in North Kivu province, a Washington-based group said.';
  assert.deepEqual(read(text, 'en'), [
    ['Ukrenergo', 'ORG', [['Ukrenergo', 0, 9]]],
    ['Vitaliy Maletskyi', 'PER', [['Vitaliy Maletskyi', 73, 90]]],
    ['Oleksandra', 'PER', [['Oleksandra', 92, 102]]],
    ['Eringeti', 'LOC', [['Eringeti', 137, 145]]],
    ['North Kivu', 'LOC', [['North Kivu', 149, 159]]],
    ['Washington', 'LOC', [['Washington', 172, 182]]],
  ]);
});
