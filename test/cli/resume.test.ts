import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { recoupe, recoupeAsync, tempDir } from '../helpers/cli.js';

const FILES = 5000;

function corpus(): string {
  const dir = tempDir();
  for (let i = 0; i < FILES; i++) {
    const sub = join(dir, `batch-${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(sub);
    writeFileSync(join(sub, `a${i}.txt`), `Le Veilleur du Rhône\n\nCrue du Rhône : bilan n°${i}\n\nAu moins ${i} riverains ont été évacués jeudi, a indiqué la préfecture.\n\nLes secours restent mobilisés, selon les pompiers.\n`);
  }
  return dir;
}

function counts(db: string): { inputs: number; articles: number; analysed: number } {
  const conn = new Database(db, { readonly: true });
  try {
    const inputs = (conn.prepare('SELECT count(*) AS n FROM inputs').get() as { n: number }).n;
    const analysed = (conn.prepare("SELECT count(*) AS n FROM inputs WHERE status = 'analysed'").get() as { n: number }).n;
    const articles = (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    return { inputs, articles, analysed };
  } finally {
    conn.close();
  }
}

test(`kill -9 in the middle of ${FILES} files, then again: every file analysed exactly once`, { timeout: 600_000 }, async () => {
  const dir = corpus();
  const db = join(tempDir(), 'resume.db');
  const child = recoupeAsync(['ingest', '--db', db, dir]);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // Wait until a part of the corpus is in, then kill without warning.
  for (;;) {
    await new Promise((r) => setTimeout(r, 100));
    let n = 0;
    try { n = counts(db).articles; } catch { n = 0; }
    if (n >= 200) break;
    if (child.exitCode !== null) break;
  }
  child.kill('SIGKILL');
  await exited;
  const partial = counts(db);
  assert.ok(partial.articles < FILES, `the run was killed too late (${partial.articles} articles)`);
  assert.equal(partial.articles, partial.analysed, 'no article without its input row, no input without its article');

  const again = recoupe(['ingest', '--db', db, dir]);
  assert.equal(again.status, 0, again.stderr);
  const done = counts(db);
  assert.deepEqual(done, { inputs: FILES, articles: FILES, analysed: FILES });
  assert.match(again.stdout, new RegExp(`${FILES - partial.articles} analysed, 0 duplicate, 0 rejected, ${partial.articles} already stored`, 'u'));

  const third = recoupe(['ingest', '--db', db, dir]);
  assert.match(third.stdout, new RegExp(`0 analysed, 0 duplicate, 0 rejected, ${FILES} already stored`, 'u'));
  assert.deepEqual(counts(db), done);
});

test('the same content under two names is stored once and counted as a duplicate', () => {
  const dir = tempDir();
  const page = 'Le Veilleur du Rhône\n\nUn titre identique\n\nUn texte identique, a dit le maire.\n';
  writeFileSync(join(dir, 'a.txt'), page);
  writeFileSync(join(dir, 'b.txt'), page);
  const db = join(tempDir(), 'dup.db');
  const run = recoupe(['ingest', '--db', db, dir]);
  assert.match(run.stdout, /1 analysed, 1 duplicate, 0 rejected/u);
  assert.equal(counts(db).articles, 1);
});
