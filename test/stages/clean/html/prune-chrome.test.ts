import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../../../../src/stages/clean/html/parse-html.js';
import { pruneChrome } from '../../../../src/stages/clean/html/prune-chrome.js';
import { normalizeSpace, textOf } from '../../../../src/stages/clean/html/html-tree.js';

const LONG = 'Une phrase de corps d’article assez longue pour peser dans le calcul. '.repeat(6);

test('comment threads go even when they outweigh the article', () => {
  const { root } = parseHtml(`<body><div class="post"><h1>T</h1><p>${LONG}</p></div><div id="comments"><p>${LONG}${LONG}</p></div></body>`);
  pruneChrome(root);
  assert.equal(normalizeSpace(textOf(root)), normalizeSpace(`T ${LONG}`));
});

test('a wrapper named like chrome keeps the article when it holds most of the prose', () => {
  const { root } = parseHtml(`<body><nav>Menu</nav><div class="entry social-ready"><p>${LONG}</p></div><div class="share">Partager</div></body>`);
  const removed = pruneChrome(root).boilerplate;
  assert.equal(normalizeSpace(textOf(root)), normalizeSpace(LONG));
  assert.deepEqual(removed.sort(), ['Menu', 'Partager']);
});

test('"commentary" is an article, not a comment thread', () => {
  const { root } = parseHtml(`<body><div class="commentary-body"><p>${LONG}</p></div><div class="sidebar">x</div></body>`);
  pruneChrome(root);
  assert.equal(normalizeSpace(textOf(root)), normalizeSpace(LONG));
});
