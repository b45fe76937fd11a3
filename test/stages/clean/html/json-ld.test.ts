import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readJsonLd } from '../../../../src/stages/clean/html/json-ld.js';

test('NewsArticle inside @graph, authors and publisher', () => {
  const ld = readJsonLd([
    '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"headline":"H","datePublished":"2020-02-02","author":[{"name":"A B"},"C D"],"publisher":{"name":"Pub"},"articleBody":"Text"}]}',
  ]);
  assert.deepEqual(ld, { headline: 'H', datePublished: '2020-02-02', section: null, authors: ['A B', 'C D'], publisher: 'Pub', articleBody: 'Text', url: null });
});

test('loose JSON: trailing commas and raw newlines', () => {
  const ld = readJsonLd(['{"@type":"Article","headline":"Deux\nlignes",}']);
  assert.equal(ld?.headline, 'Deux lignes');
});

test('broken JSON-LD is ignored', () => {
  assert.equal(readJsonLd(['{"@type": "NewsArticle", "headline": ']), null);
});
