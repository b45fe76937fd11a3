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
