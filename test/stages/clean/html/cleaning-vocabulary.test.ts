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

test('every registered language brings its words: German and Spanish chrome is known', () => {
  assert.ok(vocab.chromeLine.test('Teilen'));
  assert.ok(vocab.commentHeading.test('Kommentare (4)'));
  assert.equal(vocab.relatedLine.exec('Mehr zum Thema: Deichsanierung verzögert sich')?.groups?.headline, 'Deichsanierung verzögert sich');
  assert.ok(vocab.relatedHeading.test('Auch interessant'));
  assert.ok(vocab.relatedHeading.test('Noticias relacionadas'));
  assert.ok(vocab.chromeLine.test('Compartir en Facebook'));
  assert.equal(vocab.creditLine.exec('Von Katrin Wellhöfer und Jonas Brack')?.groups?.credit, 'Katrin Wellhöfer und Jonas Brack');
  assert.ok(!vocab.chromeLine.test('Teilen ist keine Lösung, sagte sie.'));
});

test('site-wide lists are not related lists', () => {
  for (const heading of ['Most read', 'Les plus lus', 'Meistgelesen', 'Lo más leído']) {
    assert.ok(vocab.popularHeading.test(heading), heading);
    assert.ok(!vocab.relatedHeading.test(heading), heading);
  }
});

test('day-first written dates in every known language', () => {
  assert.ok(vocab.writtenDate.test('17. April 2025'));
  assert.ok(vocab.writtenDate.test('17 de abril de 2025'));
  assert.ok(vocab.writtenDate.test('17 avril 2025'));
});

test('subscription pitches, disclosures and photo-agency lines are chrome', () => {
  assert.ok(vocab.chromeLead.test('Subscribe now to our print edition for the full story.'));
  assert.ok(vocab.chromeLead.test('Anzeige: Dieser Beitrag enthält Werbung für einen Sponsor'));
  assert.ok(vocab.chromeLead.test('Hazte miembro y apoya nuestro trabajo'));
  assert.ok(vocab.photoCreditLine.test('Getty Images'));
  assert.ok(vocab.photoCreditLine.test('AFP / JEANNE DURAND'));
  assert.ok(!vocab.photoCreditLine.test('Getty Images a racheté une agence concurrente en 2019.'));
});

test('class names that look like chrome but hold content', () => {
  assert.ok(!vocab.chromeClass.test('o-section o-section--has-ads'.replace(vocab.chromeLookalike, ' ')));
  assert.ok(!vocab.chromeClass.test('entry-content entry-content-read-more'.replace(vocab.chromeLookalike, ' ')));
  assert.ok(vocab.chromeClass.test('ad-container'.replace(vocab.chromeLookalike, ' ')));
});
