import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEntities } from './read-entities.js';
import type { Doc, EntityRecord } from '../../../src/model/document.js';

// Invented sentences in the style of wire copy about a war and its aftermath; every mention is
// asserted with its text and offsets.

type Row = [string, string, [string, number, number][]];

function rows(doc: Doc, entities: EntityRecord[]): Row[] {
  return entities.map((e) => [e.type, e.name, e.mentions.map((m): [string, number, number] => [doc.slice(m), m.start, m.end])]);
}

test('fr: a known body, then a person, are two names ("l\'AFP Mohammed", "l\'ONU Staffan de Mistura")', () => {
  const text = "« Personne ne fait confiance aux Russes », raconte à l'AFP Mohammed, un enseignant de 34 ans. L'émissaire de l'ONU Staffan de Mistura s'est dit choqué.";
  const { doc, entities } = readEntities(text, 'fr');
  assert.deepEqual(rows(doc, entities).filter((r) => r[0] !== 'MISC'), [
    ['ORG', 'AFP', [['AFP', 55, 58]]],
    ['PER', 'Mohammed', [['Mohammed', 59, 67]]],
    ['ORG', 'ONU', [['ONU', 111, 114]]],
    ['PER', 'Staffan de Mistura', [['Staffan de Mistura', 115, 133]]],
  ]);
});

test('fr: an acronym noun before a name makes a body ("l\'ONG SOS Horizons"); a shouted kicker is no acronym', () => {
  const text = "L'ONG SOS Horizons dénonce. EN DIRECT - Alep : la pause a commencé.";
  const { doc, entities } = readEntities(text, 'fr');
  assert.deepEqual(rows(doc, entities), [
    ['ORG', 'SOS Horizons', [['SOS Horizons', 6, 18]]],
    ['LOC', 'Alep', [['Alep', 40, 44]]],
  ]);
});

test('en: a title after an apposition\'s comma, a title word before a head, a first name that is also a month', () => {
  const text = 'Its spokesman, Major General Igor Konashenkov, accused rebels, according to the Justice Ministry. "We will not go," Jan Egeland told reporters. Egeland added that the NGO Sea Watch was ready.';
  const { doc, entities } = readEntities(text, 'en');
  assert.deepEqual(rows(doc, entities), [
    ['PER', 'Igor Konashenkov', [['Igor Konashenkov', 29, 45]]],
    ['ORG', 'Justice Ministry', [['Justice Ministry', 80, 96]]],
    ['PER', 'Jan Egeland', [['Jan Egeland', 116, 127], ['Egeland', 144, 151]]],
    ['ORG', 'Sea Watch', [['Sea Watch', 171, 180]]],
  ]);
  assert.deepEqual(entities[0]!.titles, ['Major General']);
});

test('fr: Arabic place heads, front lines, crossings, bases, neighbouring villages, a region with its article', () => {
  const text = "Un habitant de Boustane al-Mazraa, Abou Mahmoud, ne croit guère à la pause. Les combats ont repris sur le front de Kfarnaya et autour de Souq al-Khadra, près de la base de Tabqiya. Huit civils ont été tués dans le village voisin de Tessali, dans la région de l'Azaouane. Les raids ont visé Cheikh Maqsoud.";
  const { doc, entities } = readEntities(text, 'fr');
  assert.deepEqual(rows(doc, entities), [
    ['LOC', 'Boustane al-Mazraa', [['Boustane al-Mazraa', 15, 33]]],
    ['PER', 'Abou Mahmoud', [['Abou Mahmoud', 35, 47]]],
    ['LOC', 'Kfarnaya', [['Kfarnaya', 115, 123]]],
    ['LOC', 'Souq al-Khadra', [['Souq al-Khadra', 137, 151]]],
    ['LOC', 'Tabqiya', [['Tabqiya', 172, 179]]],
    ['LOC', 'Tessali', [['Tessali', 232, 239]]],
    ['LOC', 'Azaouane', [['Azaouane', 261, 269]]],
    ['LOC', 'Cheikh Maqsoud', [['Cheikh Maqsoud', 290, 304]]],
  ]);
});

test('en: a neighbourhood after its name, "in nearby", a title without periods, a district named with a title word', () => {
  const text = 'Rebels say they have captured most of the Dahiyat al-Mazraa neighbourhood. In nearby Tessali, gunmen killed eight people. Russian Defence Ministry spokesman Maj Gen Igor Konashenkov said clashes hit Sheikh Maqsoud.';
  const { doc, entities } = readEntities(text, 'en');
  assert.deepEqual(rows(doc, entities), [
    ['LOC', 'Dahiyat al-Mazraa', [['Dahiyat al-Mazraa', 42, 59]]],
    ['LOC', 'Tessali', [['Tessali', 85, 92]]],
    ['ORG', 'Russian Defence Ministry', [['Russian Defence Ministry', 122, 146]]],
    ['PER', 'Igor Konashenkov', [['Igor Konashenkov', 165, 181]]],
    ['LOC', 'Sheikh Maqsoud', [['Sheikh Maqsoud', 199, 213]]],
  ]);
  assert.deepEqual(entities[3]!.titles, ['spokesman Maj Gen']);
});

test('fr: an acronym from another language closes the body its head opened; adjectives after a complement; "maritime"', () => {
  const text = "Jens Laerke, porte-parole du Bureau de coordination des affaires humanitaires (Ocha), a parlé. L'Ocha a ajouté. Selon Nicolas Hérault, chercheur à l'Institut d'études méditerranéennes de Lyon, la préfecture maritime du golfe d'Arven a annoncé le bilan.";
  const { doc, entities } = readEntities(text, 'fr');
  assert.deepEqual(rows(doc, entities), [
    ['PER', 'Jens Laerke', [['Jens Laerke', 0, 11]]],
    ['ORG', 'Bureau de coordination des affaires humanitaires', [
      ['Bureau de coordination des affaires humanitaires', 29, 77], ['Ocha', 79, 83], ['Ocha', 97, 101],
    ]],
    ['PER', 'Nicolas Hérault', [['Nicolas Hérault', 118, 133]]],
    ['ORG', "Institut d'études méditerranéennes", [["Institut d'études méditerranéennes", 149, 183]]],
    ['LOC', 'Lyon', [['Lyon', 187, 191]]],
    ['ORG', "préfecture maritime du golfe d'Arven", [["préfecture maritime du golfe d'Arven", 196, 232]]],
  ]);
});

test('en: "U.N." is the United Nations; a monitor is a body', () => {
  const text = 'Egeland chairs the U.N. task force, while the United Nations said so, according to a tally by the Sahel Conflict Monitor.';
  const { doc, entities } = readEntities(text, 'en');
  assert.deepEqual(rows(doc, entities), [
    ['ORG', 'United Nations', [['U.N.', 19, 23], ['United Nations', 46, 60]]],
    ['ORG', 'Sahel Conflict Monitor', [['Sahel Conflict Monitor', 98, 120]]],
  ]);
});

test('fr: the outlet named in its own words, whatever their case; a name only the headline carries is left out', () => {
  const text = "« Une femme tenait encore son bébé », a raconté à Côte Ouest Matin Yannick Le Goff. À Alep, les combats ont repris.";
  const { doc, entities } = readEntities(text, 'fr', { outlet: 'Côte Ouest Matin', title: 'Syrie : à Alep, les combats reprennent' });
  assert.deepEqual(rows(doc, entities), [
    ['ORG', 'Côte Ouest Matin', [['Côte Ouest Matin', 50, 66]]],
    ['PER', 'Yannick Le Goff', [['Yannick Le Goff', 67, 82]]],
    ['LOC', 'Alep', [['Alep', 86, 90]]],
  ]);
  assert.deepEqual(entities[2]!.elsewhere, [{ field: 'title', index: 0, start: 10, end: 14, text: 'Alep' }]);
});

test('en: a wire named without its kind ("Northgate" for "Northgate Wire") in a dateline', () => {
  const text = 'BEIRUT (Northgate) - Russia said on Friday it would extend the pause.';
  const { doc, entities } = readEntities(text, 'en', { outlet: 'Northgate Wire' });
  assert.deepEqual(rows(doc, entities), [
    ['LOC', 'BEIRUT', [['BEIRUT', 0, 6]]],
    ['ORG', 'Northgate', [['Northgate', 8, 17]]],
    ['LOC', 'Russia', [['Russia', 21, 27]]],
  ]);
});

test('fr: "katiba" opens a group\'s name in lower case; "Météo-" makes a body of a hyphenated name', () => {
  const text = "L'attaque a été revendiquée par la katiba Tinzar, un groupe djihadiste. Météo-Sud prévoit du vent.";
  const { doc, entities } = readEntities(text, 'fr');
  assert.deepEqual(rows(doc, entities), [
    ['ORG', 'katiba Tinzar', [['katiba Tinzar', 35, 48]]],
    ['ORG', 'Météo-Sud', [['Météo-Sud', 72, 81]]],
  ]);
});

test('en: a unit\'s noun after the name belongs to it ("the Tinzar brigade")', () => {
  const text = 'The Tinzar brigade, a jihadist group, claimed the attack near Gao.';
  const { doc, entities } = readEntities(text, 'en');
  assert.deepEqual(rows(doc, entities), [
    ['ORG', 'Tinzar brigade', [['Tinzar brigade', 4, 18]]],
    ['LOC', 'Gao', [['Gao', 62, 65]]],
  ]);
});
