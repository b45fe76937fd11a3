import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractHtml } from '../../../../src/stages/clean/html/extract-html.js';

// dist/test/stages/clean/html/ -> repository test/pages/ (the sources are not compiled).
const pagesDir = fileURLToPath(new URL('../../../../../test/pages/', import.meta.url));

const slugs = readdirSync(pagesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${pagesDir}${d.name}/source.html`))
  .map((d) => d.name)
  .sort();

test('golden pages are found', () => {
  assert.ok(slugs.length >= 8, `expected at least 8 golden pages in ${pagesDir}, found ${slugs.length}`);
});

for (const slug of slugs) {
  test(`golden page ${slug}`, () => {
    const dir = `${pagesDir}${slug}/`;
    const url = existsSync(`${dir}url.txt`) ? readFileSync(`${dir}url.txt`, 'utf8').trim() : null;
    const { text, ...metadata } = extractHtml(readFileSync(`${dir}source.html`, 'utf8'), { url });
    const expectedText = readFileSync(`${dir}expected.txt`, 'utf8').replace(/\n$/u, '');
    assert.equal(text, expectedText);
    assert.deepEqual(metadata, JSON.parse(readFileSync(`${dir}expected-metadata.json`, 'utf8')));
    for (const heading of metadata.headings) {
      const line = text.slice(heading.start, heading.end);
      assert.ok(line.length > 0 && !line.includes('\n\n'), `heading offsets ${heading.start}-${heading.end} cover one paragraph`);
    }
  });
}
