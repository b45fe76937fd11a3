import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleaningVocabulary as vocab } from '../../../../src/stages/clean/html/cleaning-vocabulary.js';

test('related lines keep their headline', () => {
  assert.equal(vocab.relatedLine.exec('Lire aussi : Alep, la bataille des corridors')?.groups?.headline, 'Alep, la bataille des corridors');
  assert.equal(vocab.relatedLine.exec('À lire aussi » Les petites lignes')?.groups?.headline, 'Les petites lignes');
  assert.equal(vocab.relatedLine.exec('Read more: Ferry faces closure')?.groups?.headline, 'Ferry faces closure');
  assert.ok(vocab.relatedLine.test('A lire aussi :'));
  assert.ok(!vocab.relatedLine.test('Lire aussi les propos du ministre ne suffit pas'));
});

test('credit lines: bylines and agencies, names stay case-sensitive', () => {
  assert.equal(vocab.creditLine.exec('Avec AFP')?.groups?.credit, 'AFP');
  assert.equal(vocab.creditLine.exec('By Jane Doe and John Roe')?.groups?.credit, 'Jane Doe and John Roe');
  assert.equal(vocab.creditLine.exec('Par Jean-Marc Le Gall')?.groups?.credit, 'Jean-Marc Le Gall');
  assert.equal(vocab.creditLine.exec('Par ailleurs'), null);
  assert.equal(vocab.creditLine.exec('By the end of the week'), null);
  assert.equal(vocab.agencyLine.exec('(AFP)')?.groups?.credit, 'AFP');
  assert.equal(vocab.agencyLine.exec('AFP/Reuters')?.groups?.credit, 'AFP/Reuters');
});

test('comment headings and chrome lines', () => {
  assert.ok(vocab.commentHeading.test('Commentaires (12)'));
  assert.ok(vocab.commentHeading.test('Leave a reply'));
  assert.ok(vocab.chromeLine.test('Partager'));
  assert.ok(vocab.chromeLine.test('Share on Facebook'));
  assert.ok(!vocab.chromeLine.test('Partager les richesses, disait-il.'));
});

test('class names: boundaries and lookalikes', () => {
  assert.ok(vocab.chromeClass.test('ad'));
  assert.ok(!vocab.chromeClass.test('head lead'));
  assert.ok(vocab.commentClass.test('comment-list'));
  assert.ok(vocab.commentLookalike.test('commentary-body'));
  assert.ok(!vocab.unlikelyClass.test('detail-trail'));
});
