import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelStage } from '../../../src/stages/labels/label-stage.js';
import { languagePack } from '../../../src/lang/registry.js';
import { makeDoc } from '../dates/make-doc.js';

function labelsOf(text: string, lang: 'fr' | 'en') {
  const doc = makeDoc(text, lang);
  labelStage.run(doc, { lang: languagePack(lang) });
  return doc.get('labels').map((l) => {
    assert.equal(doc.text.slice(l.start, l.end), l.term);
    return [l.term, l.group, l.inQuote, l.reported];
  });
}

test('French labels: longest term, nouns only, quotes and reported words', () => {
  assert.deepEqual(labelsOf("Les rebelles armés ont quitté les quartiers rebelles. « Les terroristes mentent », dit le colonel. Les insurgés, qualifiés par la télévision d'État de « bandits », et les opposants au régime syrien résistent face aux forces gouvernementales.", 'fr'), [
    ['rebelles armés', 'armed-opposition', false, false],
    ['terroristes', 'armed-opposition', true, false],
    ['insurgés', 'armed-opposition', false, false],
    ['bandits', 'armed-opposition', false, true],
    ['opposants au régime syrien', 'armed-opposition', false, false],
    ['forces gouvernementales', 'government-forces', false, false],
  ]);
  assert.deepEqual(labelsOf('Les milices, présentées par Moscou comme des « terroristes », tiennent le pont.', 'fr'), [
    ['terroristes', 'armed-opposition', false, true],
  ]);
});

test('plain names of state forces, police and protesters have groups of their own', () => {
  assert.deepEqual(labelsOf("L'armée saldarienne et la police ont dispersé les manifestants.", 'fr').map((l) => [l[0], l[1]]), [
    ['armée saldarienne', 'government-forces'], ['police', 'police'], ['manifestants', 'protesters'],
  ]);
});

test('English labels', () => {
  assert.deepEqual(labelsOf('Regime forces shelled the town held by armed rebels, whom state media called "terrorists".', 'en'), [
    ['Regime forces', 'government-forces', false, false],
    ['armed rebels', 'armed-opposition', false, false],
    ['terrorists', 'armed-opposition', false, true],
  ]);
});

test('detainees, guards, migrants, smugglers, rescuers, gunmen: each their own group', () => {
  const doc = makeDoc('Gunmen freed 12 inmates after the guards fled; coastguards rescued migrants abandoned by smugglers.', 'en');
  labelStage.run(doc, { lang: languagePack('en') });
  assert.deepEqual(doc.get('labels').map((l) => [doc.text.slice(l.start, l.end), l.group]), [
    ['Gunmen', 'armed-opposition'], ['inmates', 'detainees'], ['guards', 'prison-guards'], ['coastguards', 'rescuers'],
    ['migrants', 'migrants'], ['smugglers', 'smugglers'],
  ]);
  const fr = makeDoc('Les passeurs ont abandonné les migrants ; les sauveteurs et des détenus évadés ont été vus.', 'fr');
  labelStage.run(fr, { lang: languagePack('fr') });
  assert.deepEqual(fr.get('labels').map((l) => [fr.text.slice(l.start, l.end), l.group]), [
    ['passeurs', 'smugglers'], ['migrants', 'migrants'], ['sauveteurs', 'rescuers'], ['détenus', 'detainees'],
  ]);
});

test('the headline is read too, its offsets into the title', () => {
  const doc = makeDoc('Le pont résiste face aux forces gouvernementales.', 'fr');
  doc.meta.title = 'Les djihadistes attaquent le pont de Varenne';
  labelStage.run(doc, { lang: languagePack('fr') });
  const inTitle = doc.get('labels').filter((l) => l.field === 'title');
  assert.deepEqual(inTitle.map((l) => [doc.meta.title!.slice(l.start, l.end), l.group]), [['djihadistes', 'armed-opposition']]);
  assert.deepEqual(doc.get('labels').filter((l) => !l.field).map((l) => doc.text.slice(l.start, l.end)), ['forces gouvernementales']);
});

test('a term takes a following adjective, never a verb', () => {
  assert.deepEqual(labelsOf('Les forces gouvernementales tiennent le pont.', 'fr').map((l) => l[0]), ['forces gouvernementales']);
  assert.deepEqual(labelsOf('Les forces gouvernementales syriennes tiennent le pont.', 'fr').map((l) => l[0]), ['forces gouvernementales syriennes']);
});
