import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateStage } from '../../../src/stages/dates/date-stage.js';
import { claimStage } from '../../../src/stages/claims/claim-stage.js';
import { languagePack } from '../../../src/lang/registry.js';
import type { Doc } from '../../../src/model/document.js';
import { makeDoc } from '../dates/make-doc.js';

function claimsOf(doc: Doc, lang: 'fr' | 'en') {
  const ctx = { lang: languagePack(lang) };
  dateStage.run(doc, ctx);
  claimStage.run(doc, ctx);
  return doc.get('claims').map((c) => {
    assert.equal(doc.text.slice(c.figure.start, c.figure.end).length > 0, true);
    return {
      text: doc.text.slice(c.start, c.end), category: c.category, value: c.value, min: c.min, max: c.max,
      approximate: c.approximate, who: c.who, includes: c.includes, date: c.date,
    };
  });
}

const fr = (text: string, published = '2016-10-13') => claimsOf(makeDoc(text, 'fr', published), 'fr');

test('a counted noun says the category; a qualifier the bound', () => {
  assert.deepEqual(fr("L'explosion a fait au moins 12 morts et quelque 40 blessés."), [
    { text: 'au moins 12 morts', category: 'killed', value: null, min: 12, max: null, approximate: false, who: null, includes: [], date: null },
    { text: 'quelque 40 blessés', category: 'injured', value: 40, min: null, max: null, approximate: true, who: null, includes: [], date: null },
  ]);
});

test('words, collectives and vague plurals', () => {
  const found = fr("Lundi, plus d'une trentaine de raids ont visé la ville, et des dizaines de civils ont été blessés.");
  assert.deepEqual(found.map((c) => [c.text, c.category, c.value, c.min, c.approximate, c.date]), [
    ["plus d'une trentaine de raids", 'attacks', null, 30, true, '2016-10-10'],
    ['des dizaines de civils', 'injured', null, 20, true, '2016-10-10'],
  ]);
});

test('parts after "dont", sums of coordinated groups, the predicate after the parts', () => {
  assert.deepEqual(fr('Vendredi, 31 villageois, dont neuf femmes, ont été tués par la milice.').map((c) => [c.text, c.category, c.value, c.includes]), [
    ['31 villageois, dont neuf femmes', 'killed', 31, [{ value: 9, who: 'femmes' }]],
  ]);
  assert.deepEqual(fr('Trois soldats et deux policiers ont été blessés.').map((c) => [c.text, c.value, c.who, c.includes]), [
    ['Trois soldats et deux policiers', 5, 'soldats et policiers', [{ value: 3, who: 'soldats' }, { value: 2, who: 'policiers' }]],
  ]);
});

test('governing nouns and object verbs', () => {
  assert.deepEqual(fr("L'accord a permis l'évacuation de 1 200 habitants et la reddition de 35 miliciens.").map((c) => [c.text, c.category, c.value]), [
    ['1 200 habitants', 'evacuated', 1200], ['35 miliciens', 'surrendered', 35],
  ]);
  assert.deepEqual(fr('La police a interpellé 14 manifestants.').map((c) => [c.text, c.category, c.value]), [['14 manifestants', 'arrested', 14]]);
  assert.deepEqual(fr('Le séisme a provoqué la mort de 10.000 personnes.').map((c) => [c.text, c.category, c.value]), [['10.000 personnes', 'killed', 10000]]);
  assert.deepEqual(fr("L'armée a ouvert cinq couloirs humanitaires.").map((c) => [c.text, c.category, c.value]), [['cinq couloirs humanitaires', 'corridors', 5]]);
});

test('numbers that count no people or acts are not claims', () => {
  assert.deepEqual(fr("Le convoi a roulé 10 kilomètres pendant 24 heures sur 24; l'avion Su-25 a 100% de réussite; le 12 mars, deux pays ont signé."), []);
  assert.deepEqual(fr("Un homme de 45 ans, père de deux enfants, a parlé."), []);
});

test('more predicates: left the town, eliminated; a toll put at a figure', () => {
  assert.deepEqual(fr('Selon la police, 300 habitants avaient quitté le village à midi.').map((c) => [c.text, c.category]), [['300 habitants', 'evacuated']]);
  assert.deepEqual(fr('Depuis le 2 mai, 40 insurgés ont été éliminés.').map((c) => [c.text, c.category]), [['40 insurgés', 'killed']]);
});

test('other figures (disparus, secourus, engagés, défilé), displacement and evacuation verbs', () => {
  assert.deepEqual(fr('Neuf marins sont toujours portés disparus et 30 ont été secourus.').map((c) => [c.category, c.value]), [
    ['other', 9], ['other', 30],
  ]);
  assert.deepEqual(fr('Près de 800 pompiers sont engagés ; 4 000 personnes ont défilé, la police en a compté 2 500.').map((c) => [c.text, c.category, c.value]), [
    ['Près de 800 pompiers', 'other', 800], ['4 000 personnes', 'other', 4000], ['2 500', 'other', 2500],
  ]);
  assert.deepEqual(fr('Plus de 600 habitants ont dû quitter leur logement et 120 personnes ont été hélitreuillées.').map((c) => [c.text, c.category]), [
    ['Plus de 600 habitants', 'displaced'], ['120 personnes', 'evacuated'],
  ]);
  assert.deepEqual(fr('Le Secours populaire avance le chiffre de 3 000 sinistrés.').map((c) => [c.text, c.category]), [['3 000 sinistrés', 'displaced']]);
});

test('a figure noun carries the last figure over; a subhead repeats the body', () => {
  const doc = makeDoc("Selon la mairie, 900 familles ont quitté le quartier. L'association avance un chiffre plus bas, « pas plus de 500 familles ».", 'fr');
  const ctx = { lang: languagePack('fr') };
  dateStage.run(doc, ctx);
  claimStage.run(doc, ctx);
  assert.deepEqual(doc.get('claims').map((c) => [doc.text.slice(c.start, c.end), c.category, c.value, c.max]), [
    ['900 familles', 'evacuated', 900, null], ['pas plus de 500 familles', 'evacuated', null, 500],
  ]);
});

test('the lede day holds for the figures told after it, until another date is named', () => {
  assert.deepEqual(fr("Quarante personnes ont été interpellées lundi soir à Brest.\n\nUne dizaine de policiers ont été blessés, selon la préfecture.\n\nLe 2 octobre, le port avait fermé. Au total, 300 dockers ont été licenciés et 12 ont été arrêtés.").map((c) => [c.text, c.date]), [
    ['Quarante personnes', '2016-10-10'], ['Une dizaine de policiers', '2016-10-10'], ['12 ont', null],
  ]);
});

test('coordinated figures with their own bounds share the predicate after the last one', () => {
  assert.deepEqual(fr("Selon l'ONG, au moins 38 soldats loyalistes et au moins 32 rebelles ont péri mercredi.").map((c) => [c.text, c.category, c.min]), [
    ['au moins 38 soldats', 'killed', 38],
    ['au moins 32 rebelles', 'killed', 32],
  ]);
});

test('a family of N killed, shells by the dozens, flight through the corridors, a planned flight in the conditional', () => {
  assert.deepEqual(fr('Les raids ont frappé le quartier, tuant une famille de cinq personnes.').map((c) => [c.text, c.category, c.value]), [
    ['cinq personnes', 'killed', 5],
  ]);
  assert.deepEqual(fr("Les rebelles ont tiré des dizaines d'obus sur l'ouest.").map((c) => [c.text, c.category, c.min]), [
    ["des dizaines d'obus", 'attacks', 20],
  ]);
  assert.deepEqual(fr("Plus de 200 civils ont déjà fui l'est de la ville par les passages ouverts jeudi.").map((c) => [c.category, c.min]), [['evacuated', 200]]);
  assert.deepEqual(fr('Plus de 5 000 habitants auraient déjà fui les environs de la ville.').map((c) => [c.category, c.min]), [['displaced', 5000]]);
});

test('Swiss thousands separators; flights made are not attacks', () => {
  assert.deepEqual(fr("Au cours de cette période, la compagnie a effectué 20'797 vols, et 1’250 passagers ont été évacués.").map((c) => [c.category, c.value]), [
    ['evacuated', 1250],
  ]);
});

test('assiégés, parmi les victimes; the source after the figure is not who was counted', () => {
  assert.deepEqual(fr("Quelque 250 000 personnes sont toujours assiégées. La frappe a fait 20 morts, selon les secouristes. Deux enfants figurent parmi les victimes.").map((c) => [c.category, c.value ?? c.min, c.who]), [
    ['other', 250000, 'personnes'], ['killed', 20, null], ['killed', 2, 'enfants'],
  ]);
});

test('claim sources: "selon elle" reaches back past a sentence about the source; an adverb between a counting subject and its verb', async () => {
  const { read } = await import('../quotes/read-quotes.js');
  const { claimStage } = await import('../../../src/stages/claims/claim-stage.js');
  const doc = read("Au moins 27 civils ont été tués samedi, a rapporté l'Observatoire syrien des droits de l'homme (OSDH). L'ONG dispose d'un vaste réseau de sources. Selon elle, 12 enfants figurent parmi les morts. Les Casques blancs ont de leur côté fait état de 30 morts.", 'fr');
  claimStage.run(doc, { lang: languagePack('fr') });
  assert.deepEqual(doc.get('claims').map((c) => [c.value ?? c.min, c.source]), [
    [27, "Observatoire syrien des droits de l'homme"], [12, "Observatoire syrien des droits de l'homme"], [30, 'Casques blancs'],
  ]);
});

test('claim dates: forces engaged now are counted on publication day; a window an earlier figure owns is not this one\'s', () => {
  assert.deepEqual(fr('Les secours restent mobilisés : près de 1 500 pompiers sont engagés, selon la préfecture.', '2025-04-15').map((c) => [c.category, c.value, c.date]), [
    ['other', 1500, '2025-04-15'],
  ]);
  assert.deepEqual(fr("Plus de 2 300 civils ont quitté la ville en deux jours par trois couloirs, selon l'armée.", '2025-03-05').map((c) => [c.category, c.value ?? c.min, c.date]), [
    ['evacuated', 2300, '2025-03-04/2025-03-05'], ['corridors', 3, null],
  ]);
});
