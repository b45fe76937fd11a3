import { test } from 'node:test';
import assert from 'node:assert/strict';
import { whoKey } from '../../../src/corpus/compare/who-key.js';
import { compareStory } from '../../../src/corpus/compare/compare-story.js';
import { OutletRegistry } from '../../../src/corpus/compare/outlets.js';
import { article, claim } from '../fixtures.js';

test('who a figure counts meets across languages', () => {
  assert.equal(whoKey('manifestants', 'fr'), whoKey('protesters', 'en'));
  assert.equal(whoKey('civils', 'fr'), 'g:civilian');
  assert.equal(whoKey('civilians', 'en'), 'g:civilian');
  assert.equal(whoKey('militaires', 'fr'), whoKey('servicemen', 'en'));
  assert.equal(whoKey('police officers', 'en'), whoKey('policiers', 'fr'));
  assert.equal(whoKey('civils dont sept enfants', 'fr'), 'g:civilian', 'the head word counts');
  assert.equal(whoKey('couloirs humanitaires', 'fr'), whoKey('routes', 'en'));
  assert.notEqual(whoKey('manifestants', 'fr'), whoKey('policiers', 'fr'));
  assert.equal(whoKey('Zivilisten', 'de'), 'zivi', 'no lexicon: first letters, as before');
  assert.equal(whoKey(null, 'fr'), null);
});

test('a French and an English figure about the same people are one subject, and disputed', () => {
  const registry = new OutletRegistry([]);
  const c = compareStory('s1', [
    article({ id: 'a', outlet: 'Radio Aube', language: 'fr', text: 'x', claims: [claim({ category: 'injured', value: 52, who: 'manifestants', place: 'Dravetz' })] }),
    article({ id: 'b', outlet: 'Morning Sentinel', language: 'en', text: 'x', claims: [claim({ category: 'injured', value: 80, who: 'protesters', place: 'Dravetz' }), claim({ category: 'injured', value: 12, who: 'police officers', place: 'Dravetz' })] }),
  ], registry);
  const by = (v: number) => c.ledger.find((r) => r.value === v)!;
  assert.equal(by(52).subject, by(80).subject);
  assert.ok(by(52).disputed && by(52).conservative);
  assert.notEqual(by(12).subject, by(52).subject, 'police are not protesters');
  assert.ok(!by(12).disputed);
});
