import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateStage } from '../../../src/stages/dates/date-stage.js';
import { languagePack } from '../../../src/lang/registry.js';
import { makeDoc } from './make-doc.js';

/** Every date found, as [text, value] pairs, after checking that text is what the offsets cut. */
function datesOf(text: string, published = '2016-10-13'): [string, string][] {
  const doc = makeDoc(text, 'fr', published);
  dateStage.run(doc, { lang: languagePack('fr') });
  return doc.get('dates').map((d) => [doc.text.slice(d.start, d.end), d.value]);
}

// 2016-10-13 is a Thursday.
test('weekdays: the publication day itself, the last one, the next one when the clause is future', () => {
  assert.deepEqual(datesOf("Le ministre a parlé jeudi devant les députés."), [['jeudi', '2016-10-13']]);
  assert.deepEqual(datesOf('Mardi, trois soldats ont été blessés près de la frontière.'), [['Mardi', '2016-10-11']]);
  assert.deepEqual(datesOf('Le convoi partira samedi vers le nord.'), [['samedi', '2016-10-15']]);
  assert.deepEqual(datesOf("L'annonce intervient avant un sommet régional dimanche à Genève."), [['dimanche', '2016-10-16']]);
  assert.deepEqual(datesOf('Lundi dernier, la ville était calme.'), [['Lundi dernier', '2016-10-10']]);
});

test('a weekday in one clause does not take the future of another', () => {
  assert.deepEqual(
    datesOf('Mardi, dix maisons ont brûlé, et la préfecture rendra son rapport vendredi.'),
    [['Mardi', '2016-10-11'], ['vendredi', '2016-10-14']],
  );
});

test('day and month, with or without year, weekday or "ce"', () => {
  assert.deepEqual(datesOf('Le 18 octobre, les tirs ont cessé.', '2016-10-28'), [['18 octobre', '2016-10-18']]);
  assert.deepEqual(datesOf('Ce 28 octobre, la ville a voté.', '2016-10-28'), [['28 octobre', '2016-10-28']]);
  assert.deepEqual(datesOf('Il est arrivé le mardi 15 mars 2016 au matin.'), [['mardi 15 mars 2016', '2016-03-15']]);
  assert.deepEqual(datesOf('Le 3 janvier, une crue a frappé la vallée.', '2016-12-30'), [['3 janvier', '2017-01-03']]);
  assert.deepEqual(datesOf("L'accord du 1er sept. a tenu."), [['1er sept.', '2016-09-01']]);
});

test('day ranges and month parts', () => {
  assert.deepEqual(datesOf('Les écoles ont fermé les 26 et 27 octobre derniers.', '2016-10-28'), [['26 et 27 octobre derniers', '2016-10-26/2016-10-27']]);
  assert.deepEqual(datesOf('Le festival a lieu du 30 septembre au 2 octobre.'), [['30 septembre au 2 octobre', '2016-09-30/2016-10-02']]);
  assert.deepEqual(datesOf('Fin juillet, la digue a cédé.'), [['Fin juillet', '2016-07']]);
  assert.deepEqual(datesOf("depuis l'annonce fin septembre du gel des pourparlers"), [['fin septembre', '2016-09']]);
  assert.deepEqual(datesOf('La loi date de mars 2015.'), [['mars 2015', '2015-03']]);
});

test('sept is a number, not September, without its period', () => {
  assert.deepEqual(datesOf('Le 4 juin, sept enfants ont été secourus.'), [['4 juin', '2016-06-04']]);
});

test('relative days and windows ending on the publication date', () => {
  assert.deepEqual(datesOf('Hier, la pluie est tombée; avant-hier aussi.'), [['Hier', '2016-10-12'], ['avant-hier', '2016-10-11']]);
  assert.deepEqual(datesOf('Dans les dernières 72 heures, les combats ont repris.', '2016-10-28'), [['les dernières 72 heures', '2016-10-25/2016-10-28']]);
  assert.deepEqual(datesOf('Au cours des trois derniers jours, la ville a tremblé.', '2016-10-28'), [['des trois derniers jours', '2016-10-25/2016-10-28']]);
  assert.deepEqual(datesOf('Plus tôt dans la journée, le maire a parlé.'), [['Plus tôt dans la journée', '2016-10-13']]);
  assert.deepEqual(datesOf("Il y a trois jours, l'usine a fermé."), [['Il y a trois jours', '2016-10-10']]);
  assert.deepEqual(datesOf('La semaine dernière, le port a rouvert.'), [['La semaine dernière', '2016-10-03/2016-10-09']]);
});

test('"au lendemain de X" counts from the date of the sentence that named X', () => {
  assert.deepEqual(
    datesOf('Une conférence se tiendra samedi à Genève. Au lendemain de Genève, le ministre ira à Rome.'),
    [['samedi', '2016-10-15'], ['Au lendemain de', '2016-10-16']],
  );
  assert.deepEqual(datesOf('Au lendemain du 18 octobre, tout a changé.', '2016-10-28'), [['Au lendemain du 18 octobre', '2016-10-19']]);
});

test('no reference date, no dates', () => {
  const doc = makeDoc('Mardi, la ville a voté.', 'fr');
  doc.meta.published = null;
  dateStage.run(doc, { lang: languagePack('fr') });
  assert.deepEqual(doc.get('dates'), []);
});

test('"depuis" opens a window that runs to publication', () => {
  assert.deepEqual(datesOf('Le port est fermé depuis le 21 février.', '2025-03-04'), [['21 février', '2025-02-21/2025-03-04']]);
  assert.deepEqual(datesOf("Dix mille personnes ont fui depuis le début de l'année.", '2025-03-04'), [["début de l'année", '2025-01-01/2025-03-04']]);
});

test('two weekdays joined are one range; a night is the night before publication', () => {
  assert.deepEqual(datesOf("La rivière a débordé dans la nuit de lundi à mardi."), [['dans la nuit de lundi à mardi', '2016-10-10/2016-10-11']]);
  assert.deepEqual(datesOf('Les pompiers sont intervenus mardi et mercredi.'), [['mardi et mercredi', '2016-10-11/2016-10-12']]);
  assert.deepEqual(datesOf('Trois granges ont brûlé la nuit dernière.'), [['la nuit dernière', '2016-10-12/2016-10-13']]);
});

test('years, bare months after "depuis", days counted back', () => {
  assert.deepEqual(datesOf('Le pont avait déjà cédé en 2009.'), [['2009', '2009-01-01/2009-12-31']]);
  assert.deepEqual(datesOf('Le camp accueille des familles depuis mars.'), [['mars', '2016-03-01/2016-10-13']]);
  assert.deepEqual(datesOf('Quelque 900 personnes sont parties en deux jours.'), [['en deux jours', '2016-10-12/2016-10-13']]);
  assert.deepEqual(datesOf('Les prix ont grimpé en début de semaine.'), [['en début de semaine', '2016-10-10']]);
});

test('an onset takes the day its topic was dated, or stays empty', () => {
  assert.deepEqual(datesOf("La mine est bloquée depuis le 3 octobre par les grévistes. Depuis le début de la grève, douze camions ont été brûlés."), [
    ['3 octobre', '2016-10-03/2016-10-13'], ['Depuis le début de la grève', '2016-10-03/2016-10-13'],
  ]);
  assert.deepEqual(datesOf("Depuis le début du blocus, le 2 octobre, le port est vide."), [['Depuis le début du blocus, le 2 octobre', '2016-10-02/2016-10-13']]);
  assert.deepEqual(datesOf("Depuis le début du siège, l'hôpital a soigné 300 blessés."), [['Depuis le début du siège', '']]);
});

test('a relative phrase set beside a day dates what follows it; "dès" an announced day is ahead', () => {
  assert.deepEqual(datesOf("Mercredi, au lendemain de la fermeture du col, la neige est tombée."), [['Mercredi', '2016-10-12'], ['au lendemain de la', '2016-10-11']]);
  assert.deepEqual(datesOf("La mairie a annoncé jeudi la réouverture, dès samedi matin, du marché."), [['jeudi', '2016-10-13'], ['samedi', '2016-10-15']]);
});

test('the tense cue nearer the date decides: a past infinitive before it beats a planning adjective after it', () => {
  assert.deepEqual(datesOf("Il a accusé les rebelles d'avoir pilonné lundi deux des points de passage prévus.", '2016-10-18'), [['lundi', '2016-10-17']]);
  assert.deepEqual(datesOf("La réunion prévue samedi a été reportée, selon l'ONU.", '2016-10-13'), [['samedi', '2016-10-15']]);
});
