import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInLine, isDateline, normalizeDate } from '../../../../src/stages/clean/html/published-date.js';

test('metadata dates of many shapes, kept in their own time zone', () => {
  assert.equal(normalizeDate('2016-10-13T23:30:00-05:00'), '2016-10-13');
  assert.equal(normalizeDate('20161013'), '2016-10-13');
  assert.equal(normalizeDate('13/10/2016'), '2016-10-13');
  assert.equal(normalizeDate('10/13/2016'), '2016-10-13');
  assert.equal(normalizeDate('13 octobre 2016'), '2016-10-13');
  assert.equal(normalizeDate('October 13, 2016'), '2016-10-13');
  assert.equal(normalizeDate('1er août 2020'), '2020-08-01');
  assert.equal(normalizeDate('not a date'), null);
});

test('datelines are short lines that hold a date and little else', () => {
  assert.equal(dateInLine('Publié le 3 mars 2021 à 10h'), '2021-03-03');
  assert.ok(isDateline('Mis à jour le 22/07/2022'));
  assert.ok(isDateline('30 November 2022'));
  assert.ok(!isDateline('Le 3 mars 2021, le conseil municipal a voté la rénovation du marché couvert.'));
});
