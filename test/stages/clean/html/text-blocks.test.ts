import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../../../../src/stages/clean/html/parse-html.js';
import { textBlocks } from '../../../../src/stages/clean/html/text-blocks.js';

const blocksOf = (html: string) => textBlocks(parseHtml(html).root);

test('two <br> end a paragraph, one <br> is a line break', () => {
  const blocks = blocksOf('<div>First line<br>same paragraph<br><br>Second paragraph</div>');
  assert.deepEqual(blocks.map((b) => b.text), ['First line\nsame paragraph', 'Second paragraph']);
  assert.ok(blocks.every((b) => b.loose), 'text directly in a div is loose');
});

test('links are counted per block, not spread over <br> paragraphs', () => {
  const blocks = blocksOf('<td>Real text here.<br><br><a href="/">Back to archives</a></td>');
  assert.equal(blocks[0].linkChars, 0);
  assert.equal(blocks[1].linkChars, blocks[1].chars);
});

test('block kinds: heading level, list item, caption, quote', () => {
  const blocks = blocksOf('<h2>Sub</h2><ul><li>One</li></ul><figure><figcaption>A photo</figcaption></figure><blockquote><p>Said.</p></blockquote>');
  assert.deepEqual(blocks.map((b) => [b.kind, b.level]), [['heading', 2], ['item', 0], ['caption', 0], ['quote', 0]]);
});

test('text is NFC and whitespace collapsed', () => {
  const [block] = blocksOf('<p>  e\u0301te\u0301\n\n  chaud </p>');
  assert.equal(block.text, '\u00e9t\u00e9 chaud');
});

test('inline tags do not split a paragraph', () => {
  const [block] = blocksOf('<p>Le <b>général</b> a <a href="#">annoncé</a> la trêve.</p>');
  assert.equal(block.text, 'Le général a annoncé la trêve.');
  assert.equal(block.linkChars, 'annoncé'.length);
});
