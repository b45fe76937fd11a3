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

/** [term, start, group, in quote, reported], the term checked against the text at its offsets. */
function spansOf(text: string, lang: 'fr' | 'en') {
  const doc = makeDoc(text, lang);
  labelStage.run(doc, { lang: languagePack(lang) });
  return doc.get('labels').map((l) => {
    assert.equal(doc.text.slice(l.start, l.end), l.term);
    return [l.term, l.start, l.group, l.inQuote, l.reported];
  });
}

test('French: the longest term wins across groups, loyal fighters are the state\'s', () => {
  assert.deepEqual(spansOf('Au moins 38 combattants loyalistes et 32 insurgés ont péri ; les forces pro-régime avancent.', 'fr'), [
    ['combattants loyalistes', 12, 'government-forces', false, false],
    ['insurgés', 41, 'armed-opposition', false, false],
    ['forces pro-régime', 65, 'government-forces', false, false],
  ]);
  // A noun that is never an adjective needs no determiner before its qualifier.
  assert.deepEqual(spansOf('Des heurts ont opposé dans la matinée forces loyalistes et rebelles.', 'fr'), [
    ['forces loyalistes', 38, 'government-forces', false, false],
    ['rebelles', 59, 'armed-opposition', false, false],
  ]);
});

test('French: groups with their qualifier, soldiers with their nationality, a rebel army by name', () => {
  assert.deepEqual(spansOf("Le groupe djihadiste a blessé quatre soldats syriens. Des factions de l'Armée syrienne libre et les forces armées ont combattu.", 'fr'), [
    ['groupe djihadiste', 3, 'armed-opposition', false, false],
    ['soldats syriens', 37, 'government-forces', false, false],
    ['Armée syrienne libre', 72, 'armed-opposition', false, false],
    ['forces armées', 100, 'government-forces', false, false],
  ]);
  // "forces" takes a nationality, never any adjective in -ique.
  assert.deepEqual(spansOf('Les forces politiques et les forces irakiennes.', 'fr').map((l) => l[0]), ['forces irakiennes']);
});

test('French: moderate opposition in a quote, words lent by an infinitive or by "que X appelle"', () => {
  assert.deepEqual(spansOf("Il veut « séparer l'opposition modérée des terroristes ».", 'fr'), [
    ['opposition modérée', 20, 'armed-opposition', true, false],
    ['terroristes', 43, 'armed-opposition', true, false],
  ]);
  assert.deepEqual(spansOf("On s'obstine à qualifier les combattants d'Alep-Est de « rebelles modérés ».", 'fr'), [
    ['combattants', 29, 'armed-opposition', false, false],
    ['rebelles modérés', 57, 'armed-opposition', false, true],
  ]);
  assert.deepEqual(spansOf('Ceux que Moscou appelle des terroristes tiennent le quartier.', 'fr'), [
    ['terroristes', 28, 'armed-opposition', false, true],
  ]);
  assert.deepEqual(spansOf('Les « terroristes », comme les appelle le Kremlin, résistent.', 'fr'), [
    ['terroristes', 6, 'armed-opposition', false, true],
  ]);
});

test('French: the government is an armed party only in a sentence about the fighting', () => {
  assert.deepEqual(spansOf("Les obus tirés par les rebelles sur les quartiers tenus par le gouvernement ont tué 70 personnes.", 'fr'), [
    ['rebelles', 23, 'armed-opposition', false, false],
    ['gouvernement', 63, 'government-forces', false, false],
  ]);
  assert.deepEqual(spansOf('Le texte a été adopté par le gouvernement mardi.', 'fr'), []);
});

test('French: survivors join the people the article is about; police, protesters, rescuers, civilians', () => {
  assert.deepEqual(spansOf('Les migrants ont été secourus ; les survivants sont à terre.', 'fr').map((l) => [l[0], l[2]]), [
    ['migrants', 'migrants'], ['survivants', 'migrants'],
  ]);
  assert.deepEqual(spansOf('Les survivants fouillent les ruines.', 'fr').map((l) => [l[0], l[2]]), [['survivants', 'civilians']]);
  assert.deepEqual(spansOf('Les forces de sécurité ont dispersé les provocateurs ; les Casques blancs ont secouru des civils.', 'fr').map((l) => [l[0], l[2]]), [
    ['forces de sécurité', 'police'], ['provocateurs', 'protesters'], ['Casques blancs', 'rescuers'], ['civils', 'civilians'],
  ]);
  // A crowd is a group only where the article is about protesters.
  assert.deepEqual(spansOf('La foule a applaudi le concert.', 'fr'), []);
});

test('English: group nouns, pro-government fighters, a rebel army by name', () => {
  assert.deepEqual(spansOf('At least 48 rebels and 30 pro-government fighters died. Rebel groups, including the jihadist group Fateh al-Sham and the Free Syrian Army, denied it.', 'en'), [
    ['rebels', 12, 'armed-opposition', false, false],
    ['pro-government fighters', 26, 'government-forces', false, false],
    ['Rebel groups', 56, 'armed-opposition', false, false],
    ['jihadist group', 84, 'armed-opposition', false, false],
    ['Free Syrian Army', 121, 'armed-opposition', false, false],
  ]);
  // A demonstrative is no nationality.
  assert.deepEqual(spansOf('"These bandits have no respect," he said.', 'en').map((l) => l[0]), ['bandits']);
});

test('English: quoted and reported words, the government in a sentence about the fighting', () => {
  assert.deepEqual(spansOf('Konashenkov said "terrorist groups" were preventing residents from leaving.', 'en'), [
    ['terrorist groups', 18, 'armed-opposition', true, false],
    ['residents', 52, 'civilians', false, false],
  ]);
  assert.deepEqual(spansOf('Fighters whom Damascus describes as terrorists held the east; "extremists," as Moscow calls them, stayed.', 'en'), [
    ['Fighters', 0, 'armed-opposition', false, false],
    ['terrorists', 36, 'armed-opposition', false, true],
    ['extremists', 63, 'armed-opposition', false, true],
  ]);
  assert.deepEqual(spansOf('Russia and the Syrian government have accused rebels of firing shells.', 'en').map((l) => [l[0], l[2]]), [
    ['Syrian government', 'government-forces'], ['rebels', 'armed-opposition'],
  ]);
  assert.deepEqual(spansOf('The Italian government approved the budget.', 'en'), []);
});

test('English: security forces, crowds at a protest, prison staff, apostates', () => {
  assert.deepEqual(spansOf('Security forces fired tear gas at protesters; crowds gathered again.', 'en').map((l) => [l[0], l[2]]), [
    ['Security forces', 'police'], ['protesters', 'protesters'], ['crowds', 'protesters'],
  ]);
  assert.deepEqual(spansOf('Inmates overpowered guards; staff had warned of a riot. Prison officers were hurt.', 'en').map((l) => [l[0], l[2]]), [
    ['Inmates', 'detainees'], ['guards', 'prison-guards'], ['staff', 'prison-guards'], ['Prison officers', 'prison-guards'],
  ]);
  assert.deepEqual(spansOf('The group said it had killed "more than 40 apostates".', 'en'), [
    ['apostates', 43, 'government-forces', true, false],
  ]);
  assert.deepEqual(spansOf('Hospital staff worked all night.', 'en'), []);
});

test('plain "régime", "opposants", "regime", "opposition" name the sides only in a sentence about the fighting', () => {
  assert.deepEqual(spansOf("Les habitants ont peur d'être « arrêtés ou tués » par le régime. Les opposants ont bombardé l'ouest.", 'fr').map((l) => [l[0], l[1], l[2]]), [
    ['habitants', 4, 'civilians'], ['régime', 57, 'government-forces'], ['opposants', 69, 'armed-opposition'],
  ]);
  assert.deepEqual(spansOf('La réforme du régime des retraites divise les opposants au projet.', 'fr'), []);
  assert.deepEqual(spansOf('The regime shelled areas held by the opposition. The visa regime changed; the opposition voted.', 'en').map((l) => [l[0], l[1], l[2]]), [
    ['regime', 4, 'government-forces'], ['opposition', 37, 'armed-opposition'],
  ]);
});

test('the air force and special units are the state\'s; Kurdish forces and the coalition are actors of their own', () => {
  const found = labelsOf("Les avions du régime ont visé les islamistes, tandis que les peshmergas kurdes et la coalition internationale avançaient avec les forces spéciales irakiennes.", 'fr');
  assert.deepEqual(found.map((l) => [l[1], l[0]]), [
    ['government-forces', 'avions du régime'], ['armed-opposition', 'islamistes'], ['kurdish-forces', 'peshmergas kurdes'],
    ['coalition', 'coalition internationale'], ['government-forces', 'forces spéciales irakiennes'],
  ]);
  const en = labelsOf('Regime aircraft struck the town as Kurdish fighters and the US-led coalition pressed on.', 'en');
  assert.deepEqual(en.map((l) => [l[1], l[0]]), [
    ['government-forces', 'Regime aircraft'], ['kurdish-forces', 'Kurdish fighters'], ['coalition', 'US-led coalition'],
  ]);
});
