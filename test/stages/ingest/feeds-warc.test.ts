import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { recordsFromBytes, type RawRecord } from '../../../src/stages/ingest/records.js';
import { analyzeRecord } from '../../../src/app/analyze.js';
import { toDay } from '../../../src/app/build-document.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Le Veilleur du Rhône</title><link>https://veilleur.example/</link>
<item><title>Crue du Rhône : 240 personnes évacuées à Tarvel</title><link>https://veilleur.example/crue-240</link>
<pubDate>Tue, 04 Mar 2025 00:30:00 +0100</pubDate>
<content:encoded><![CDATA[<p>Au moins 240 habitants de Tarvel ont été évacués dans la nuit, a indiqué la préfecture.</p><p>« L'eau est montée en une heure », a raconté une riveraine.</p>]]></content:encoded></item>
<item><title>Grève au port</title><link>https://veilleur.example/greve</link><description>&lt;p&gt;Les dockers ont cessé le travail mardi, selon le syndicat.&lt;/p&gt;</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Harbour Post</title>
<entry><title>Ferry strike ends after nine days</title><link rel="alternate" href="https://harbour.example/ferry"/>
<published>2025-05-21T09:40:00Z</published><content type="html">&lt;p&gt;The union said on Wednesday that 37 crew members had voted to return.&lt;/p&gt;</content></entry>
</feed>`;

function records(results: ReturnType<typeof recordsFromBytes>): RawRecord[] {
  return results.map((r) => {
    assert.ok('record' in r, JSON.stringify(r));
    return r.record;
  });
}

test('RSS items become articles with their link, date and the feed as outlet', () => {
  const [a, b] = records(recordsFromBytes('veilleur.xml', new Uint8Array(Buffer.from(RSS))));
  assert.equal(a!.input, 'veilleur.xml#1');
  assert.equal(a!.url, 'https://veilleur.example/crue-240');
  assert.equal(a!.outlet, 'Le Veilleur du Rhône');
  assert.equal(toDay(a!.published), '2025-03-04');
  const article = analyzeRecord(a!, { path: a!.input });
  assert.equal(article.title, 'Crue du Rhône : 240 personnes évacuées à Tarvel');
  assert.match(article.text, /^Au moins 240 habitants/u);
  assert.equal(article.published, '2025-03-04');
  assert.equal(b!.input, 'veilleur.xml#2');
  assert.match(analyzeRecord(b!).text, /Les dockers ont cessé le travail/u);
});

test('Atom entries, gzip-compressed', () => {
  const [entry] = records(recordsFromBytes('harbour.atom.gz', new Uint8Array(gzipSync(ATOM))));
  assert.equal(entry!.url, 'https://harbour.example/ferry');
  assert.equal(entry!.outlet, 'The Harbour Post');
  const article = analyzeRecord(entry!);
  assert.equal(article.published, '2025-05-21');
  assert.match(article.text, /37 crew members/u);
});

function warcRecord(type: string, uri: string, block: Buffer): Buffer {
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2025-03-05T10:00:00Z\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), block, Buffer.from('\r\n\r\n')]);
}

test('a web archive: each HTML response is an article; requests, images and chunked bodies are handled', () => {
  const page = '<html><head><title>Kessel : la trêve tient</title></head><body><article><h1>Kessel : la trêve tient</h1><p>La trêve conclue lundi à Kessel tenait toujours mercredi, a affirmé le médiateur.</p></article></body></html>';
  const latin1 = Buffer.from(page.replace('trêve tient</h1>', 'trêve tient</h1><p>Déjà 1 200 déplacés sont rentrés, selon la mairie.</p>'), 'latin1');
  const chunked = Buffer.concat([Buffer.from(`${latin1.length.toString(16)}\r\n`), latin1, Buffer.from('\r\n0\r\n\r\n')]);
  const warc = Buffer.concat([
    warcRecord('warcinfo', '', Buffer.from('software: test\r\n')),
    warcRecord('request', 'https://gazette.example/kessel', Buffer.from('GET /kessel HTTP/1.1\r\nHost: gazette.example\r\n\r\n')),
    warcRecord('response', 'https://gazette.example/kessel', Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'), Buffer.from(page)])),
    warcRecord('response', 'https://gazette.example/logo.png', Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG')),
    warcRecord('response', 'https://gazette.example/kessel-2', Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\n\r\n'), chunked])),
  ]);
  const rs = records(recordsFromBytes('crawl.warc.gz', new Uint8Array(gzipSync(warc))));
  assert.deepEqual(rs.map((r) => [r.input, r.url]), [
    ['crawl.warc.gz#3', 'https://gazette.example/kessel'],
    ['crawl.warc.gz#5', 'https://gazette.example/kessel-2'],
  ]);
  assert.match(analyzeRecord(rs[0]!).text, /La trêve conclue lundi à Kessel/u);
  assert.match(analyzeRecord(rs[1]!).text, /Déjà 1 200 déplacés/u);
});

test('a truncated web archive keeps what it could read and says why the rest is lost', () => {
  const block = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Un texte suffisamment long pour un article de presse.</p>');
  const whole = warcRecord('response', 'https://a.example/1', block);
  const results = recordsFromBytes('cut.warc', new Uint8Array(Buffer.concat([whole, Buffer.from('WARC/1.0\r\nWARC-Type: resp')])));
  assert.equal(results.length, 2);
  assert.ok('record' in results[0]!);
  assert.ok('rejection' in results[1]! && /broken web archive/u.test(results[1].rejection.reason));
});
