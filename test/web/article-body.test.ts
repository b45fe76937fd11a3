import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleOut } from '../../src/model/contract.js';
import { renderArticleBody, sentenceAround } from '../../src/web/article-body.js';
import { escapeHtml, html, safeExternalUrl } from '../../src/web/html.js';

const TEXT = 'Premier point.\n\nAu moins 56 civils ont été tués, selon l\'OSDH. « Nous partons », a dit <b>X</b>.';

function article(over: Partial<ArticleOut> = {}): ArticleOut {
  return {
    id: 'a1', input: { path: null, url: null }, outlet: null, published: null, language: 'fr', title: null, section: null,
    credits: [], text: TEXT, captions: [], related: [], boilerplate: [], entities: [], quotes: [], claims: [], events: [], labels: [], ...over,
  };
}

test('escapeHtml and the html tag escape every interpolation', () => {
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&\``), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;');
  const hostile = '"><script>alert(1)</script>';
  assert.equal(html`<p title="${hostile}">${hostile}</p>`.value,
    '<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  assert.equal(html`<i>${[html`<b>${'<'}</b>`, '&']}</i>`.value, '<i><b>&lt;</b>&amp;</i>');
});

test('only http(s) addresses become links', () => {
  assert.equal(safeExternalUrl('https://example.org/a'), 'https://example.org/a');
  for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', ' javascript:x', 'not a url', null]) assert.equal(safeExternalUrl(bad), null, String(bad));
});

test('sentenceAround: from after the previous stop to the next one', () => {
  const start = TEXT.indexOf('56');
  const [from, to] = sentenceAround(TEXT, start, start + 2);
  assert.equal(TEXT.slice(from, to), "Au moins 56 civils ont été tués, selon l'OSDH.");
  const s2 = TEXT.indexOf('Premier');
  assert.equal(TEXT.slice(...sentenceAround(TEXT, s2, s2 + 7)), 'Premier point.');
});

test('renderArticleBody keeps the text, marks spans by offset, anchors each figure at its sentence', () => {
  const start = TEXT.indexOf('Au moins 56 civils');
  const claimEnd = start + 'Au moins 56 civils'.length;
  const quoteStart = TEXT.indexOf('« Nous');
  const quoteEnd = TEXT.indexOf(' »') + 2;
  const osdh = TEXT.indexOf('OSDH');
  const a = article({
    claims: [{ category: 'killed', value: null, min: 56, max: null, approximate: false, who: 'civils', date: null, place: null, source: 'OSDH', hedged: false, includes: [], text: 'Au moins 56 civils', start: start + 3, end: claimEnd }],
    quotes: [{ kind: 'direct', text: 'Nous partons', start: quoteStart, end: quoteEnd, speaker: { name: null, text: null }, cue: 'dire' }],
    entities: [{ name: 'OSDH', type: 'ORG', mentions: [{ text: 'OSDH', start: osdh, end: osdh + 4 }] }],
  });
  const out = renderArticleBody(a).value;
  const plain = out.replace(/<[^>]*>/gu, '').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');
  assert.equal(plain, TEXT, 'the body is the text, nothing added or lost');
  assert.ok(out.includes('&lt;b&gt;X&lt;/b&gt;'), 'markup in the text is escaped');
  assert.match(out, /id="claim-0"><\/span><span data-sentence="0">Au <\/span>/u, 'the figure anchor opens its sentence');
  assert.ok(out.includes('id="quote-0"'));
  assert.match(out, /<span class="hl-claim" data-sentence="0" title="[^"]*source: OSDH[^"]*" data-claim="0">moins 56 civils<\/span>/u);
  assert.match(out, /class="hl-entity"[^>]*>OSDH<\/span>/u);
});

test('renderArticleBody survives offsets outside the text and an empty text', () => {
  const a = article({ quotes: [{ kind: 'direct', text: 'x', start: -5, end: 10_000, speaker: { name: null, text: null }, cue: null }] });
  assert.ok(renderArticleBody(a).value.includes('id="quote-0"'));
  assert.equal(renderArticleBody(article({ text: '' })).value, '');
});
