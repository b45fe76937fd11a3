import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderArticleText } from '../../src/cli/render-article.js';
import type { ArticleOut } from '../../src/model/contract.js';

const text = '« Douze blessés », a dit Marc Ollier.';
const article: ArticleOut = {
  id: 'abc', input: { path: 'a.txt', url: null }, outlet: 'Le Veilleur', published: '2026-01-02', language: 'fr',
  title: 'Titre', section: null, credits: [], text, captions: [], related: [], boilerplate: [],
  entities: [{ name: 'Marc Ollier', type: 'PER', mentions: [{ text: 'Marc Ollier', start: 25, end: 36 }] }],
  quotes: [{ kind: 'direct', text: '« Douze blessés »', start: 0, end: 17, speaker: { name: 'Marc Ollier', text: 'Marc Ollier' }, cue: 'dire', hedged: false }],
  claims: [{ category: 'injured', value: 12, min: null, max: null, approximate: false, who: null, date: null, place: null, source: 'Marc Ollier', hedged: false, includes: [], text: 'Douze blessés', start: 2, end: 15 }],
  events: [], labels: [],
};

test('nested spans are highlighted innermost first and the plain text survives intact', () => {
  const colored = renderArticleText(article, { color: true });
  const body = colored.split('\n')[4]!;
  assert.equal(body.replace(/\x1b\[[\d;]*m/gu, ''), text);
  assert.ok(body.startsWith('\x1b[33m« \x1b[0m\x1b[1;31mDouze blessés\x1b[0m\x1b[33m »\x1b[0m'), JSON.stringify(body));
  assert.ok(body.includes('\x1b[36mMarc Ollier\x1b[0m'));
  const plain = renderArticleText(article, { color: false });
  assert.ok(!plain.includes('\x1b'));
  assert.match(plain, /\[direct\] Marc Ollier \(dire\): « Douze blessés »/u);
  assert.match(plain, /injured .*12.* source: Marc Ollier/u);
});
