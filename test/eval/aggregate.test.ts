import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregate } from '../../src/eval/aggregate.js';
import { scoreArticle } from '../../src/eval/score-article.js';
import { gold, out, quote } from './fixtures.js';

function scores() {
  const a = gold({ doc: 'corpus/t/a.txt', scored: ['quotes'], quotes: [{ contains: 'un deux trois', speaker: 'X' }] });
  const b = gold({ doc: 'corpus/t/b.txt', scored: ['quotes'], quotes: [{ contains: 'quatre cinq' }, { contains: 'six sept' }] });
  return [
    scoreArticle(a, out({ quotes: [quote('un deux trois', { speaker: { name: 'X', text: null } }), quote('autre chose')] })),
    scoreArticle(b, out({ quotes: [] })),
  ];
}

test('micro pools items, macro averages articles and skips undefined ratios', () => {
  const report = aggregate('gold/t', scores());
  const quotes = report.fields.find((f) => f.field === 'quotes');
  assert.ok(quotes);
  assert.deepEqual(quotes.counts, { tp: 1, fp: 1, fn: 2 });
  assert.equal(quotes.micro.precision, 0.5);
  assert.equal(quotes.micro.recall, 1 / 3);
  assert.equal(quotes.micro.f1, 0.4);
  // Article b has no output quote: its precision is undefined and left out of the mean.
  assert.equal(quotes.macro.precision, 0.5);
  assert.equal(quotes.macro.recall, 0.5);
  assert.equal(quotes.macro.f1, (2 / 3 + 0) / 2);
  assert.deepEqual(quotes.attributes.speaker, { correct: 1, total: 1, accuracy: 1 });
  assert.deepEqual(report.overall.counts, { tp: 1, fp: 1, fn: 2 });
  assert.deepEqual(report.findings.map((f) => `${f.article} ${f.kind} ${f.text}`), [
    'corpus/t/a.txt false autre chose',
    'corpus/t/b.txt miss quatre cinq',
    'corpus/t/b.txt miss six sept',
  ]);
});

test('floors: a field below its floor is a failure', () => {
  assert.deepEqual(aggregate('gold/t', scores(), { quotes: 0.4 }).failures, []);
  assert.deepEqual(aggregate('gold/t', scores(), { quotes: 0.5, overall: 0.1 }).failures,
    ['quotes: F1 0.400 is below the floor 0.5']);
});
