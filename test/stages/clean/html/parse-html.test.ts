import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../../../../src/stages/clean/html/parse-html.js';
import { textOf } from '../../../../src/stages/clean/html/html-tree.js';

test('scripts, styles and SVG are skipped; JSON-LD, metas and links are kept aside', () => {
  const { root, head } = parseHtml(
    '<html lang="fr-FR"><head><title>T</title><meta property="og:site_name" content="Site"><link rel="canonical" href="/a">'
    + '<script type="application/ld+json">{"@type":"NewsArticle"}</script><script>var x = "<p>not text</p>";</script></head>'
    + '<body><svg><title>icon</title></svg><p>Body</p><style>p{}</style></body></html>',
  );
  assert.equal(textOf(root).trim(), 'Body');
  assert.equal(head.title, 'T');
  assert.equal(head.htmlLang, 'fr-FR');
  assert.deepEqual(head.metas, [{ key: 'og:site_name', content: 'Site' }]);
  assert.equal(head.links.get('canonical'), '/a');
  assert.deepEqual(head.jsonLd, ['{"@type":"NewsArticle"}']);
});

test('void and meta tags do not swallow their following siblings', () => {
  const { root } = parseHtml('<div><meta itemprop="datePublished" content="2020-01-01"><p>One</p><img src="x"><p>Two</p></div>');
  const div = root.children[0];
  assert.equal(div.kind, 'element');
  assert.deepEqual(div.kind === 'element' ? div.children.map((c) => (c.kind === 'element' ? c.tag : 'text')) : [], ['p', 'img', 'p']);
});

test('inline display:none becomes a hidden attribute', () => {
  const { root } = parseHtml('<div style="color:red; display: none">x</div>');
  const div = root.children[0];
  assert.ok(div.kind === 'element' && 'hidden' in div.attrs);
});

test('truncated markup still yields the text', () => {
  const { root } = parseHtml('<div><p>Un texte coupé <b>en plein');
  assert.equal(textOf(root).replace(/\s+/gu, ' ').trim(), 'Un texte coupé en plein');
});
