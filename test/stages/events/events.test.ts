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

test('a relative clause dates its own happening, and the main clause keeps its own date', () => {
  assert.deepEqual(eventsOf("L'armée, qui avait lancé son offensive le 2 octobre, affirme avoir repris mardi le contrôle du marché.", 'fr').map((e) => [e[0], e[1]]), [
    ['offensive', '2016-10-11'], ['offensive', '2016-10-02'],
  ]);
  assert.deepEqual(eventsOf('The ministry, which had asked the court to extend his detention on Monday, said it would respect the ruling.', 'en').map((e) => [e[0], e[1]]), [
    ['request', '2016-10-10'],
  ]);
  // The trigger inside the relative clause gets no publication date from the main clause's "said".
  assert.deepEqual(eventsOf('Talks opened on Monday.\n\nThe ministry, which had asked the court to extend his detention, said it would comply.', 'en').map((e) => [e[0], e[1]]), [
    ['meeting', '2016-10-10'],
  ]);
  // A noun takes the date of the relative clause that tells about it.
  assert.deepEqual(eventsOf('Talks opened on Monday.\n\nFrance requested an emergency meeting of the Council, which diplomats said could take place on Thursday.', 'en').map((e) => [e[0], e[1]]), [
    ['meeting', '2016-10-10'], ['meeting', '2016-10-13'],
  ]);
});

test('a restrictive relative clause ends at the main verb; a toll is no new happening', () => {
  assert.deepEqual(eventsOf("Le bilan de la crue qui a ravagé la vallée s'est encore alourdi jeudi.", 'fr').map((e) => [e[0], e[1]]), []);
  assert.deepEqual(eventsOf('The death toll from the floods rose to 16 on Wednesday.', 'en').map((e) => [e[0], e[1]]), []);
});

test('a date that bounds a validity dates no decision; a past tense puts a yearless month behind', () => {
  assert.deepEqual(eventsOf('Talks opened on Monday.\n\nThe decision, which takes effect on January 1, was announced at a news conference.', 'en').map((e) => [e[0], e[1]]), [
    ['meeting', '2016-10-10'],
  ]);
  assert.deepEqual(eventsOf("Talks opened on Monday.\n\nFishing communities had asked the governments in March to act.", 'en', '2016-09-27').map((e) => [e[0], e[1]]), [
    ['meeting', '2016-09-26'], ['request', '2016-03'],
  ]);
  assert.deepEqual(eventsOf("Le 3 octobre, un convoi est arrivé.\n\nLes deux hommes avaient été enlevés le 14 août près de Gao.", 'fr', '2016-04-05').map((e) => [e[0], e[1]]), [
    ['attack', '2015-08-14'],
  ]);
});

test('a quoted happening counts when the quote dates it, not a plan; a paragraph\'s opening date holds', () => {
  assert.deepEqual(eventsOf('Talks opened on Monday.\n\n"They shelled the hospital on Tuesday," the doctor said. "We will meet them on Friday," he added.', 'en').map((e) => [e[0], e[1]]), [
    ['meeting', '2016-10-10'], ['attack', '2016-10-11'],
  ]);
  assert.deepEqual(eventsOf('Talks opened on Monday.\n\nOn Tuesday, the UN called for an inquiry. France and Germany requested a meeting of the Council.', 'en').map((e) => [e[0], e[1]]), [
    ['meeting', '2016-10-10'], ['request', '2016-10-11'],
  ]);
});

test('a ceasefire broken is an attack beside the truce; more verbs (releases, rescues, agreements)', () => {
  assert.deepEqual(eventsOf("La trêve conclue dimanche à Doha tient. Le cessez-le-feu a été rompu dès lundi soir.", 'fr').map((e) => [e[0], e[1]]), [
    ['truce', '2016-10-09'], ['attack', '2016-10-10'],
  ]);
  assert.deepEqual(eventsOf('Leaders agreed on Thursday to ban trawling. Two hostages were freed on Wednesday. Nine miners were rescued on Tuesday.', 'en').map((e) => [e[0], e[1]]), [
    ['decision', '2016-10-13'], ['other', '2016-10-12'], ['evacuation', '2016-10-11'],
  ]);
});

test('French: a noun trigger in scare quotes still counts, and the day it is planned for dates it', () => {
  assert.deepEqual(eventsOf("Le gouverneur a annoncé ce lundi une « trêve humanitaire » de six heures dans la vallée, prévue jeudi.", 'fr', '2016-10-17').map((e) => e.slice(0, 2)), [
    ['truce', '2016-10-20'],
  ]);
});

test('French: a truce extended is a decision; strikes suspended since a day date the truce by that day; a request is never dated by a window', () => {
  assert.deepEqual(eventsOf("Jeudi, le ministère a prolongé la pause humanitaire de vingt-quatre heures. L'état-major a demandé l'autorisation de reprendre les frappes, suspendues depuis le 18 octobre.", 'fr', '2016-10-28').map((e) => e.slice(0, 2)), [
    ['decision', '2016-10-27'],
    ['truce', '2016-10-18'],
  ]);
});

test('English and French: the day a statement was made does not date what it tells; a chain of adjuncts keeps the day with its noun', () => {
  assert.deepEqual(eventsOf('The army said on Wednesday that 15 soldiers had been killed when gunmen attacked a post near the border, in the early hours of Monday.', 'en', '2025-09-17').map((e) => e.slice(0, 2)), [
    ['attack', '2025-09-15'],
  ]);
  assert.deepEqual(eventsOf("Douze soldats ont été tués dans l'attaque d'un poste à Inkaro, dans la région du Nord, dans la nuit de dimanche à lundi, a annoncé mardi l'état-major.", 'fr', '2025-09-16').map((e) => e.slice(0, 2)), [
    ['attack', '2025-09-14/2025-09-15'],
  ]);
});

test('English: "said that talks would be held" is a conjunction, not the demonstrative "that talks"', () => {
  assert.deepEqual(eventsOf('The spokeswoman said that talks would be held in Tirsa on Thursday with the UN envoy.', 'en', '2025-03-05').map((e) => e.slice(0, 2)), [
    ['meeting', '2025-03-06'],
  ]);
  assert.deepEqual(eventsOf('That meeting ended without a deal, the ministry said on Monday.', 'en', '2025-03-05').map((e) => e.slice(0, 2)), []);
});

test('French: strikes stopped are a truce; a pause extended in the passive is a decision; numbered corridors are corridors', () => {
  assert.deepEqual(eventsOf("Les aviations russe et syrienne ont cessé mardi leurs frappes sur la ville.", 'fr', '2016-10-18').map((e) => e.slice(0, 2)), [['truce', '2016-10-18']]);
  assert.deepEqual(eventsOf("La pause, d'abord prévue pour huit heures, a été étendue mercredi à onze heures par Moscou.", 'fr', '2016-10-20').map((e) => e.slice(0, 2)), [['decision', '2016-10-19']]);
  assert.deepEqual(eventsOf("Jeudi, les combattants pourront quitter la ville par deux couloirs.", 'fr', '2016-10-18').map((e) => e.slice(0, 2)), [['corridor', '2016-10-20']]);
});
