#!/usr/bin/env node
/**
 * Regenerates test/pages/<slug>/expected.txt and expected-metadata.json from the built extractor
 * (run `npx tsc -p .` first). Review the diff before committing: the expected files are the
 * specification, this script only saves typing.
 *   node scripts/regen-golden-pages.mjs [slug ...]
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pagesDir = `${root}test/pages`;
const { extractHtml } = await import(`${root}dist/src/stages/clean/html/extract-html.js`);

const wanted = process.argv.slice(2);
const slugs = readdirSync(pagesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${pagesDir}/${d.name}/source.html`))
  .map((d) => d.name)
  .filter((slug) => wanted.length === 0 || wanted.includes(slug))
  .sort();

for (const slug of slugs) {
  const dir = `${pagesDir}/${slug}`;
  const url = existsSync(`${dir}/url.txt`) ? readFileSync(`${dir}/url.txt`, 'utf8').trim() : null;
  const { text, ...metadata } = extractHtml(readFileSync(`${dir}/source.html`, 'utf8'), { url });
  writeFileSync(`${dir}/expected.txt`, `${text}\n`);
  writeFileSync(`${dir}/expected-metadata.json`, `${JSON.stringify(metadata, null, 2)}\n`);
  console.log(`regenerated ${slug}`);
}
