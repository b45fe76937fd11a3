import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateStage } from '../../../src/stages/dates/date-stage.js';
import { eventStage } from '../../../src/stages/events/event-stage.js';
import { languagePack } from '../../../src/lang/registry.js';
import { makeDoc } from '../dates/make-doc.js';

function eventsOf(text: string, lang: 'fr' | 'en', published = '2016-10-13') {
  const doc = makeDoc(text, lang, published);
  const ctx = { lang: languagePack(lang) };
  dateStage.run(doc, ctx);
  eventStage.run(doc, ctx);
  return doc.get('events').map((e) => [e.type, e.date, doc.text.slice(e.start, e.end), e.actor]);
}

test('French: the strongest trigger of a sentence, dated by its nearest date', () => {
  assert.deepEqual(eventsOf("Mardi, la milice a suspendu les frappes sur le port. Le 2 octobre, les loyalistes ont lancé une vaste offensive.", 'fr'), [
    ['truce', '2016-10-11', 'Mardi, la milice a suspendu les frappes sur le port.', 'milice'],
    ['offensive', '2016-10-02', 'Le 2 octobre, les loyalistes ont lancé une vaste offensive.', 'loyalistes'],
  ]);
});

test('French: undated sentences out of the lede are left out; quoted and anaphoric triggers do not count', () => {
  assert.deepEqual(eventsOf("Le gouverneur a refusé la demande des maires.\n\nUne attaque a visé le marché. « Les frappes continueront », a dit le colonel. Cette offre intervient avant un sommet samedi.", 'fr'), [
    ['decision', '2016-10-13', 'Le gouverneur a refusé la demande des maires.', 'gouverneur'],
    ['meeting', '2016-10-15', 'Cette offre intervient avant un sommet samedi.', null],
  ]);
});

test('French: a window date ("les dernières 48 heures") dates no event; the agent of a passive is the actor', () => {
  const found = eventsOf("Dans les dernières 48 heures, les rebelles ont bombardé le quartier. Le 3 octobre, deux écoles ont été touchées par des frappes.", 'fr');
  assert.deepEqual(found.map((e) => [e[0], e[1]]), [['attack', '2016-10-03']]);
});

test('English events', () => {
  assert.deepEqual(eventsOf('On Tuesday, government forces launched a major offensive. Talks will take place in Geneva on Saturday.', 'en').map((e) => [e[0], e[1]]), [
    ['offensive', '2016-10-11'], ['meeting', '2016-10-15'],
  ]);
});

test('other happenings (floods, clashes, escapes, visits), a second event with a date of its own, ranges', () => {
  assert.deepEqual(eventsOf("La rivière a débordé dans la nuit de lundi à mardi et des heurts ont éclaté mercredi à la mairie.", 'fr').map((e) => [e[0], e[1]]), [
    ['other', '2016-10-10/2016-10-11'],
  ]);
  assert.deepEqual(eventsOf('Gunmen attacked a convoy on Wednesday, a day after the army opened a corridor.', 'en').map((e) => [e[0], e[1]]), [
    ['attack', '2016-10-12'], ['corridor', '2016-10-11'],
  ]);
  assert.deepEqual(eventsOf('Some 40 people were airlifted on Monday and Tuesday, and the agency lifted its alert on Tuesday.', 'en').map((e) => [e[0], e[1]]), [
    ['evacuation', '2016-10-10/2016-10-11'], ['decision', '2016-10-11'],
  ]);
});

test('onsets date by their first day; the lede day holds for verb triggers told after it', () => {
  assert.deepEqual(eventsOf("Mardi, la ville que l'armée encercle depuis le 2 octobre a reçu un convoi.", 'fr').map((e) => [e[0], e[1]]), [['offensive', '2016-10-02']]);
  assert.deepEqual(eventsOf("Des manifestants ont été interpellés mardi soir à Lille.\n\nLes affrontements ont éclaté vers 19 heures.\n\nLe ministre doit recevoir les syndicats vendredi.", 'fr').map((e) => [e[0], e[1]]), [
    ['other', '2016-10-11'], ['meeting', '2016-10-14'],
  ]);
  assert.deepEqual(eventsOf('Talks opened on Monday.\n\nThe envoy, who is chairing the talks, said 300 people fled last week.', 'en').map((e) => [e[0], e[1]]), [['meeting', '2016-10-10']]);
});
