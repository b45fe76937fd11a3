import { test } from 'node:test';
import assert from 'node:assert/strict';
import { field, lines } from './field.js';
import { event, gold, label, out } from './fixtures.js';

test('events match on type and date', () => {
  const g = gold({
    events: [
      { type: 'meeting', date: '2016-10-15', place: 'Lausanne', summary: 'réunion sur la Syrie' },
      { type: 'truce', date: '2016-10-18' },
      { type: 'attack', date: '2016-10-26/2016-10-27' },
    ],
  });
  const o = out({
    events: [
      event({ type: 'meeting', date: '2016-10-15' }),
      event({ type: 'truce', date: '2016-10-28', text: 'la trêve' }),
      event({ type: 'attack', date: '2016-10-26/2016-10-27' }),
    ],
  });
  const r = field(g, o, 'events');
  assert.deepEqual(r.counts, { tp: 2, fp: 1, fn: 1 });
  assert.deepEqual(lines(r), ['miss: truce 2016-10-18', 'false: truce 2016-10-28: la trêve']);
});

test('labels: recall of every term, reported and in-quote terms included', () => {
  const g = gold({
    labels: [
      { group: 'opposition', terms: ['rebelles', 'combattants'], reported_terms: ['rebelles armés'], in_quotes_only: ['terroristes'] },
      { group: 'gouvernement', terms: ['forces progouvernementales'] },
    ],
  });
  const o = out({
    labels: [
      label('Rebelles', 'g1'), label('combattants', 'g1'), label('terroristes', 'g1', { in_quote: true }),
      label('forces progouvernementales', 'g2'), label('islamistes', 'g1'),
    ],
  });
  const r = field(g, o, 'labels');
  assert.deepEqual(r.counts, { tp: 4, fp: 0, fn: 1 });
  assert.deepEqual(lines(r), ['miss: opposition: rebelles armés']);
  assert.deepEqual(field(g, o, 'label_groups').counts, { tp: 1, fp: 0, fn: 0 });
});

test('labels: terms of one gold group must share one output group, a separate check', () => {
  const g = gold({ labels: [{ group: 'opposition', terms: ['rebelles', 'djihadistes', 'terroristes'] }] });
  const o = out({ labels: [label('rebelles', 'a'), label('djihadistes', 'b'), label('terroristes', 'b')] });
  const r = field(g, o, 'label_groups');
  assert.deepEqual(r.counts, { tp: 0, fp: 0, fn: 1 });
  assert.deepEqual(lines(r), ['failed: opposition: rebelles -> a; djihadistes -> b; terroristes -> b']);
  assert.deepEqual(field(g, o, 'labels').counts, { tp: 3, fp: 0, fn: 0 });
});
