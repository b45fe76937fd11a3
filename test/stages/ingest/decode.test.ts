import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../../src/stages/ingest/decode.js';
import { recordsFromBytes } from '../../../src/stages/ingest/records.js';
import { detectKind } from '../../../src/stages/ingest/detect-kind.js';

const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

test('UTF-8 with and without BOM', () => {
  const plain = decodeBytes(enc('Près de Lyon, l’école a fermé.'));
  assert.ok(plain.ok && plain.text === 'Près de Lyon, l’école a fermé.');
  const bom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Été')]));
  assert.ok(bom.ok && bom.text === 'Été' && bom.encoding.includes('BOM'));
});

test('windows-1252 French without a declaration, curly apostrophe and œ included', () => {
  const bytes = new Uint8Array(iconv.encode('Le cœur de l’enquête : « 12 € »', 'windows-1252'));
  const d = decodeBytes(bytes);
  assert.ok(d.ok);
  assert.equal(d.ok && d.text, 'Le cœur de l’enquête : « 12 € »');
  assert.equal(d.ok && d.encoding, 'windows-1252');
});

test('a <meta charset> declaration wins, ISO-8859-1 read as windows-1252', () => {
  const html = '<html><head><meta charset="iso-8859-1"></head><body><p>Déjà vu</p></body></html>';
  const d = decodeBytes(new Uint8Array(iconv.encode(html, 'latin1')));
  assert.ok(d.ok && d.text.includes('Déjà vu') && d.encoding === 'windows-1252');
});

test('mostly UTF-8 with a broken sequence is rejected as invalid, not misread', () => {
  const bytes = new Uint8Array([...enc('Les élèves sont arrivés '), 0xc3, 0x28, ...enc(' à midi.')]);
  const d = decodeBytes(bytes);
  assert.equal(d.ok, false);
  assert.ok(!d.ok && d.code === 'invalid-encoding' && /byte 27/u.test(d.reason), JSON.stringify(d));
});

test('empty and binary inputs are rejected with a reason', () => {
  const empty = decodeBytes(new Uint8Array());
  assert.ok(!empty.ok && empty.code === 'empty');
  const png = decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  assert.ok(!png.ok && png.code === 'binary');
});

test('kind comes from the content, not the extension', () => {
  assert.equal(detectKind('<!DOCTYPE html><html><body><p>x</p></body></html>', 'page.txt'), 'html');
  assert.equal(detectKind('{"url": "https://a.example/1", "text": "x"}\n', 'dump.txt'), 'jsonl');
  assert.equal(detectKind('Titre\n\nUn paragraphe où l’on compare 3 < 5 sans balise.', 'page.html'), 'text');
});

test('gzip is read transparently and JSON Lines records stand or fall alone', () => {
  const lines = [
    JSON.stringify({ url: 'https://lecourrier.example/a', text: 'Un premier article.', outlet: 'Le Courrier', published: '2026-03-02' }),
    '{not json',
    JSON.stringify({ url: 'https://lecourrier.example/c' }),
    JSON.stringify({ html: '<p>Deuxième</p>', outlet: 'Le Courrier' }),
  ].join('\n');
  const results = recordsFromBytes('feed.jsonl.gz', new Uint8Array(gzipSync(lines)));
  assert.equal(results.length, 4);
  const [a, b, c, d] = results;
  assert.ok(a && 'record' in a && a.record.input === 'feed.jsonl.gz#1' && a.record.outlet === 'Le Courrier' && a.record.kind === 'text');
  assert.ok(b && 'rejection' in b && b.rejection.input === 'feed.jsonl.gz#2' && b.rejection.code === 'not-json');
  assert.ok(c && 'rejection' in c && c.rejection.code === 'no-content');
  assert.ok(d && 'record' in d && d.record.kind === 'html');
});

test('an input over the size limit is rejected before it is decoded', () => {
  const r = recordsFromBytes('big.txt', new Uint8Array(2048), 1024);
  assert.ok(r[0] && 'rejection' in r[0] && r[0].rejection.code === 'too-large');
});
