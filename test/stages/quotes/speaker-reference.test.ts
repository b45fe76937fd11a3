import { test } from 'node:test';
import assert from 'node:assert/strict';
import { read, quotesOf } from './read-quotes.js';

const speakers = (text: string, language: 'fr' | 'en') => quotesOf(read(text, language)).map((q) => [q[1], q[2]]);

test('en: "she" passes over the man named since; "it" is the organisation that spoke', () => {
  const text = 'Governor Maria Castellanos visited the town with the sheriff, Dan Whitfield. She said an inquiry would be opened. '
    + 'The Northbridge Water Company said it had inspected the dam. It said the breach was caused by heavy rain.';
  assert.deepEqual(speakers(text, 'en'), [
    ['an inquiry would be opened', 'Maria Castellanos'],
    ['it had inspected the dam', 'Northbridge Water Company'],
    ['the breach was caused by heavy rain', 'Northbridge Water Company'],
  ]);
});

test('fr: "a-t-elle" by gender (title, given name); "elle" continues an organisation of that gender', () => {
  const text = 'La directrice, Hélène Marchetti, a reçu le docteur Karim Bensaïd. « Nous manquons de tout », a-t-elle déclaré. '
    + "L'Agence régionale de santé (ARS) d'Orge-et-Loire conteste cette version. L'agence assure avoir proposé un plan. Elle affirme que les effectifs sont suffisants.";
  assert.deepEqual(speakers(text, 'fr'), [
    ['Nous manquons de tout', 'Hélène Marchetti'],
    ['cette version', 'Agence régionale de santé'],
    ['avoir proposé un plan', 'Agence régionale de santé'],
    ['que les effectifs sont suffisants', 'Agence régionale de santé'],
  ]);
});

test('en: descriptions stand for the organisation named before ("the group", "the rebels", "the ministry")', () => {
  const text = 'The Free Kivara Front (FKF) attacked the town. In a statement, the group claimed to have killed 35 soldiers. '
    + 'The Interior Ministry said 12 rebels had been arrested. The rebels say the army has blocked the road.';
  assert.deepEqual(speakers(text, 'en'), [
    ['to have killed 35 soldiers', 'Free Kivara Front'],
    ['12 rebels had been arrested', 'Interior Ministry'],
    ['the army has blocked the road', 'Free Kivara Front'],
  ]);
});

test('fr: "le ministère", "l\'organisation" linked by name and by the noun written before the name; an indefinite title is someone new', () => {
  const text = "Selon l'ONG Médecins du Sahel, douze civils ont été blessés. L'organisation dit avoir soigné des enfants. "
    + 'Le ministère de la Défense a annoncé l\'envoi de renforts. Le ministère affirme que la situation est sous contrôle. '
    + "Un officier, sous couvert d'anonymat, a expliqué que deux postes avaient été abandonnés.";
  assert.deepEqual(speakers(text, 'fr'), [
    ['douze civils ont été blessés', 'Médecins du Sahel'],
    ['avoir soigné des enfants', 'Médecins du Sahel'],
    ["l'envoi de renforts", 'ministère de la Défense'],
    ['que la situation est sous contrôle', 'ministère de la Défense'],
    ['que deux postes avaient été abandonnés', 'officier'],
  ]);
});

test('headline quotes take the speaker of the body quote that repeats them; "selon elle" is resolved', () => {
  const text = 'Hôpital de Valmont : « Nous ne pouvons plus garantir la sécurité »\n\n'
    + 'La directrice, Hélène Marchetti, a parlé mardi. « Nous ne pouvons plus garantir la sécurité des patients », a-t-elle déclaré. '
    + 'Selon elle, quarante postes sont vacants.';
  assert.deepEqual(speakers(text, 'fr'), [
    ['Nous ne pouvons plus garantir la sécurité', 'Hélène Marchetti'],
    ['Nous ne pouvons plus garantir la sécurité des patients', 'Hélène Marchetti'],
    ['quarante postes sont vacants', 'Hélène Marchetti'],
  ]);
});

test('en: plural present after a plural subject ("Aid agencies say"); an aside between subject and verb', () => {
  const text = 'Aid agencies say shelters are close to capacity. A local official, who asked not to be named, said the county ignored two reports.';
  assert.deepEqual(speakers(text, 'en'), [
    ['shelters are close to capacity', 'Aid agencies'],
    ['the county ignored two reports', 'local official'],
  ]);
});
