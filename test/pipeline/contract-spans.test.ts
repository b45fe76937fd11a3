import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runInputs } from '../../src/app/run-inputs.js';
import { analyzeRecord } from '../../src/app/analyze.js';
import { examplesDir } from '../../src/app/package-paths.js';
import { loadManifest } from '../../src/stages/ingest/manifest.js';
import type { ArticleOut } from '../../src/model/contract.js';
import type { RawRecord } from '../../src/stages/ingest/records.js';

/** Every span of the contract lies inside `text`, never splits a surrogate pair, and slices back to its own text. */
function assertSpans(a: ArticleOut): void {
  const n = a.text.length;
  const check = (what: string, s: { start: number; end: number; text?: string }) => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= n, `${what} out of bounds: ${JSON.stringify(s)} in ${a.input.path}`);
    for (const at of [s.start, s.end]) {
      const code = a.text.charCodeAt(at);
      assert.ok(!(code >= 0xdc00 && code <= 0xdfff && at > 0 && at < n), `${what} splits a surrogate pair at ${at}`);
    }
    if (s.text !== undefined) assert.equal(a.text.slice(s.start, s.end), s.text, `${what} text differs from its offsets in ${a.input.path}`);
  };
  for (const e of a.entities) for (const m of e.mentions) check(`mention of ${e.name}`, m);
  for (const q of a.quotes) check('quote', q);
  for (const c of a.claims) check('claim', c);
  for (const e of a.events) check('event', e);
  for (const l of a.labels) {
    if (l.field === 'title') assert.equal(a.title?.slice(l.start, l.end), l.term, `title label ${l.term}`);
    else check(`label ${l.term}`, l);
  }
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a, 'the article survives a JSON round trip');
}

test('every span of every example article slices back to its text', () => {
  const manifest = join(examplesDir(), 'manifest.jsonl');
  const files = [...loadManifest(manifest).entries.keys()];
  let articles = 0;
  for (const outcome of runInputs(files, { manifest }).outcomes()) {
    assert.notEqual(outcome.kind, 'rejected', JSON.stringify(outcome));
    if (outcome.kind !== 'article') continue;
    assertSpans(outcome.article);
    articles++;
  }
  assert.ok(articles >= 10);
});

// Fragments of news prose with everything that trips a reader: quotes that never close,
// figures in words, initials, emoji (surrogate pairs), right-to-left text, odd spaces.
const FRAGMENTS = [
  '« Nous ne partirons pas', '», a déclaré le maire, M. Paul Vernet.', 'Selon l\'ONG Terre Vive,', 'au moins 12 civils ont été tués',
  'dont sept enfants', 'mardi à Port-Aubin.', '"We will stay," said Gen. J. Harlow.', 'According to the ministry, nearly 3,000 people fled',
  'on Tuesday', 'une vingtaine de frappes', 'a-t-il assuré', 'Ce dernier a confirmé', '😀🇫🇷', 'قال المتحدث', '\u00a0»', '“', '”', '10.000',
  'les 26 et 27 octobre derniers', 'dans les dernières 72 heures', 'the rebels', 'les djihadistes', 'sans que ces chiffres puissent être vérifiés',
  '\n\n', '...', '?', '(AFP)', 'L\'Observatoire syrien des droits de l\'Homme (OSDH)', 'l\'OSDH', 'Lire aussi : 60 morts à Mossoul',
];

test('property: random messy articles in French and English never crash the reader and keep every span honest', () => {
  let seed = 42;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
  for (let i = 0; i < 300; i++) {
    const count = 3 + Math.floor(random() * 60);
    const body = Array.from({ length: count }, () => FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]).join(random() < 0.7 ? ' ' : '');
    const record: RawRecord = {
      input: `random-${i}.txt`, path: `random-${i}.txt`, line: null, kind: 'text', content: `Titre d'essai numéro ${i}\n\n${body}\n`,
      contentHash: String(i), url: null, outlet: 'Le Banc d\'Essai', published: '2026-03-04', encoding: 'utf-8',
    };
    const language = random() < 0.5 ? 'fr' : 'en';
    const article = analyzeRecord(record, { language, published: '2026-03-04' });
    assertSpans(article);
  }
});
