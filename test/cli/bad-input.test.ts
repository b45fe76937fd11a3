import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync, chmodSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { recoupe, tempDir, CLI } from '../helpers/cli.js';

const ARTICLE = (n: number) => `Le Journal de Vienne\n\nGrève des bus : la mairie promet une réponse n°${n}\n\nLa grève des chauffeurs est entrée mardi dans sa deuxième semaine, a indiqué le syndicat.\n\nSelon la direction, 40 % des lignes ont circulé.\n`;

function badInputFolder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), ARTICLE(1));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'broken-utf8.txt'), Buffer.concat([Buffer.from('Les élèves ont défilé '), Buffer.from([0xc3, 0x28]), Buffer.from(' à Lyon.')]));
  writeFileSync(join(dir, 'truncated.html'), '<html><head><title>Coupure géante</title></head><body><article><h1>Coupure géante à Brest</h1><p>Plus de 20 000 foyers ont été privés d’électricité lundi, a annoncé le gestionnaire du réseau.</p><p>Le retour à la normale est attendu');
  // 50 MB of text: over the default 16 MB limit, rejected without being read.
  const big = join(dir, 'huge.txt');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  writeFileSync(join(dir, 'manifest.jsonl'), `${JSON.stringify({ path: 'good.txt', outlet: 'Le Journal de Vienne', published: '2026-02-10', url: null })}\nthis line is not json\n`);
  return dir;
}

test('each bad input gets a one-line reason naming it, the run goes on, the exit code says so', () => {
  const dir = badInputFolder();
  const db = join(tempDir(), 'r.db');
  const run = recoupe(['ingest', '--db', db, dir]);
  assert.equal(run.status, 1, run.stderr);
  const reasons = run.stderr.trim().split('\n');
  const expect: [string, RegExp][] = [
    ['empty.txt', /empty/u],
    ['image.bin', /binary/u],
    ['broken-utf8.txt', /invalid UTF-8/u],
    ['huge.txt', /50\.0 MB is over the 16 MB limit/u],
    ['manifest.jsonl:2', /not JSON/u],
  ];
  for (const [name, reason] of expect) {
    const line = reasons.find((l) => l.includes(name));
    assert.ok(line && reason.test(line), `no reason for ${name} in:\n${run.stderr}`);
  }
  assert.match(run.stdout, /2 analysed, 0 duplicate, 5 rejected/u);
  const status = recoupe(['status', '--db', db]);
  assert.equal(status.status, 0);
  assert.match(status.stdout, /2 analysed, 0 duplicate, 5 rejected/u);
  assert.match(status.stdout, /huge\.txt: 50\.0 MB/u);
});

test('a folder without read permission is rejected with a reason, the rest is analysed', (t) => {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), ARTICLE(2));
  const locked = join(dir, 'locked');
  mkdirSync(locked);
  writeFileSync(join(locked, 'hidden.txt'), ARTICLE(3));
  chmodSync(locked, 0o000);
  chmodSync(dir, 0o755);
  const args = ['analyze', '--format', 'jsonl', dir];
  let run;
  if (process.getuid?.() === 0) {
    // Root reads everything: run the CLI as the unprivileged "nobody" user instead.
    const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', '0']);
    if (probe.status !== 0) { t.skip('running as root and setpriv cannot drop privileges here'); return; }
    run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args], { encoding: 'utf8' });
  } else {
    run = recoupe(args);
  }
  chmodSync(locked, 0o755);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /locked: permission denied/u);
  assert.equal(run.stdout.trim().split('\n').length, 1);
});

test('truncated HTML is still read', () => {
  const dir = badInputFolder();
  const run = recoupe(['analyze', '--format', 'json', join(dir, 'truncated.html')]);
  assert.equal(run.status, 0, run.stderr);
  const [article] = JSON.parse(run.stdout) as { text: string }[];
  assert.match(article!.text, /20 000 foyers/u);
});

test('stdin is an input like any other, and a piped run prints no progress bar', () => {
  const run = recoupe(['analyze', '--format', 'jsonl', '--outlet', 'Le Journal de Vienne', '--published', '2026-02-10', '-'], { input: ARTICLE(4) });
  assert.equal(run.status, 0, run.stderr);
  const article = JSON.parse(run.stdout) as { outlet: string; published: string; language: string; input: { path: string } };
  assert.equal(article.outlet, 'Le Journal de Vienne');
  assert.equal(article.published, '2026-02-10');
  assert.equal(article.language, 'fr');
  assert.equal(article.input.path, '-');
  assert.equal(run.stderr, '');
});

test('usage errors are explained and exit 2; every command has --help with an example', () => {
  const bad = recoupe(['analyze', '--format', 'xml', 'x.txt']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format must be one of jsonl, json, text/u);
  for (const cmd of ['demo', 'ingest', 'analyze', 'status', 'list', 'show', 'export', 'eval']) {
    const help = recoupe([cmd, '--help']);
    assert.equal(help.status, 0, cmd);
    assert.match(help.stdout, /Examples:\n {2}recoupe /u, cmd);
  }
});
