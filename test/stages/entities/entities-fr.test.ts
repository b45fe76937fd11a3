import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEntities, byName, mentionTexts } from './read-entities.js';

// Invented sentences in the style of French wire copy; offsets are asserted with their text.

test('fr: a person with a title, then by surname after "M." and "le colonel"', () => {
  const text = 'Le colonel ukrainien Oleksandr Petrenko a visité Kharkiv mardi. Selon M. Petrenko, la ville tient. Le colonel Petrenko est reparti.';
  const { doc, entities } = readEntities(text, 'fr');
  const p = byName(entities, 'Oleksandr Petrenko');
  assert.ok(p, JSON.stringify(entities.map((e) => e.name)));
  assert.equal(p.type, 'PER');
  assert.deepEqual(mentionTexts(doc, p), [['Oleksandr Petrenko', 21, 39], ['Petrenko', 73, 81], ['Petrenko', 110, 118]]);
  assert.deepEqual(p.titles, ['colonel ukrainien', 'colonel']);
  assert.equal(byName(entities, 'Kharkiv')?.type, 'LOC');
  assert.equal(byName(entities, 'Le'), undefined);
});

test('fr: sentence-initial capitals are not names ("Mardi", "Plus tôt", "Aussi")', () => {
  const text = 'Mardi, les combats ont repris. Plus tôt, la trêve tenait. Aussi, les convois attendent. Toujours rien à Kherson.';
  const { entities } = readEntities(text, 'fr');
  assert.deepEqual(entities.map((e) => [e.name, e.type]), [['Kherson', 'LOC']]);
});

test('fr: an acronym defined in parentheses is one organisation with its long form', () => {
  const text = "Le Haut-Commissariat des Nations unies pour les réfugiés reste prudent. Selon l'Organisation internationale pour les migrations (OIM), 300 familles sont parties. L'OIM a demandé un accès.";
  const { doc, entities } = readEntities(text, 'fr');
  const oim = byName(entities, 'Organisation internationale pour les migrations');
  assert.ok(oim, JSON.stringify(entities.map((e) => e.name)));
  assert.equal(oim.type, 'ORG');
  assert.deepEqual(mentionTexts(doc, oim), [
    ['Organisation internationale pour les migrations', 80, 127], ['OIM', 129, 132], ['OIM', 164, 167],
  ]);
});

test('fr: ministries in lower case, with a nationality before or after the complement', () => {
  const text = "Le ministère de l'Intérieur turc a confirmé. Un porte-parole du ministère turc de l'Intérieur a ajouté que le Centre de coordination humanitaire restait ouvert.";
  const { doc, entities } = readEntities(text, 'fr');
  const orgs = entities.filter((e) => e.type === 'ORG');
  assert.deepEqual(orgs.map((e) => mentionTexts(doc, e)), [
    [["ministère de l'Intérieur turc", 3, 32], ["ministère turc de l'Intérieur", 64, 93]],
    [['Centre de coordination humanitaire', 110, 144]],
  ]);
  assert.equal(orgs[0]!.name, "ministère de l'Intérieur turc");
});

test('fr: "Etats-Unis" without its accent, a place and its eastern part are one place', () => {
  const text = "Les Etats-Unis et l'Égypte ont dénoncé les frappes sur Kharkiv-Est. Les habitants de Kharkiv fuient.";
  const { doc, entities } = readEntities(text, 'fr');
  assert.equal(byName(entities, 'Etats-Unis')?.type, 'LOC');
  assert.equal(byName(entities, 'Égypte')?.type, 'LOC');
  const k = byName(entities, 'Kharkiv');
  assert.ok(k);
  assert.deepEqual(mentionTexts(doc, k), [['Kharkiv-Est', 55, 66], ['Kharkiv', 85, 92]]);
});

test('fr: the title in an apposition goes to the person after the comma', () => {
  const text = "La porte-parole du ministère des Affaires étrangères, Maria Ivanova, a démenti.";
  const { doc, entities } = readEntities(text, 'fr');
  const m = byName(entities, 'Maria Ivanova');
  assert.ok(m);
  assert.deepEqual(mentionTexts(doc, m), [['Maria Ivanova', 54, 67]]);
  assert.deepEqual(m.titles, ['porte-parole du ministère des Affaires étrangères']);
  assert.equal(byName(entities, 'ministère des Affaires étrangères')?.type, 'ORG');
});

test('fr: armed groups with Arabic particles, known bodies, peoples as MISC', () => {
  const text = "Les combattants de Hayat Tahrir al-Cham et du Front al-Nosra ont reculé, selon l'ONU. Les Russes démentent.";
  const { entities } = readEntities(text, 'fr');
  const types = Object.fromEntries(entities.map((e) => [e.name, e.type]));
  assert.equal(types['Hayat Tahrir al-Cham'], 'ORG');
  assert.equal(types['Front al-Nosra'], 'ORG');
  assert.equal(types['ONU'], 'ORG');
  assert.equal(types['Russes'], 'MISC');
});

test('fr: a caption and a credit are read too, outside the body offsets', () => {
  const text = "Les secours sont arrivés à Mykolaïv dans la nuit.";
  const { entities } = readEntities(text, 'fr', { captions: ['Une rue de Dnipro, le 3 mars.'], credits: ['Reuters'] });
  const dnipro = byName(entities, 'Dnipro');
  assert.ok(dnipro);
  assert.deepEqual(dnipro.mentions, []);
  assert.deepEqual(dnipro.elsewhere, [{ field: 'captions', index: 0, start: 11, end: 17, text: 'Dnipro' }]);
  assert.equal(byName(entities, 'Reuters')?.type, 'ORG');
});
