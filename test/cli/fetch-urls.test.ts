import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { CLI, tempDir } from '../helpers/cli.js';

const PAGE = '<!DOCTYPE html><html lang="fr"><head><title>Sarre : la digue a cédé</title><meta property="og:site_name" content="La Gazette de Sarre"></head><body><nav><a href="/">Accueil</a></nav><article><h1>Sarre : la digue a cédé</h1><p>La digue de Kessel a cédé dans la nuit de lundi à mardi, a annoncé la préfecture, qui évoque au moins 80 foyers inondés.</p><p>« Nous avons évacué le quartier en une heure », a déclaré le maire, Paul Vernet.</p></article></body></html>';

async function server(): Promise<{ base: string; close: () => Promise<void> }> {
  const srv: Server = createServer((req, res) => {
    if (req.url === '/digue') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(PAGE); return; }
    if (req.url === '/latin') { res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }); res.end(iconv.encode(PAGE.replace('La digue de Kessel', 'La vieille digue de Kessel'), 'latin1')); return; }
    if (req.url === '/moved') { res.writeHead(301, { location: '/digue' }); res.end(); return; }
    res.writeHead(404); res.end('not here');
  });
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address() as { port: number };
  return { base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => srv.close(() => r())) };
}

/** The CLI runs in a child process while this process serves the pages, so it must not block. */
async function recoupeAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  const [status] = (await once(child, 'close')) as [number | null];
  return { status, stdout, stderr };
}

test('URLs given as arguments or in a --urls list are fetched; failures are rejections naming the URL', async () => {
  const { base, close } = await server();
  try {
    const list = join(tempDir(), 'urls.txt');
    writeFileSync(list, `# pages to check\n${base}/latin\n${base}/missing\n\n`);
    const run = await recoupeAsync(['analyze', '--format', 'jsonl', '--urls', list, `${base}/moved`]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, new RegExp(`rejected ${base}/missing: HTTP 404`, 'u'));
    const articles = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: { path: string; url: string }; outlet: string; text: string });
    assert.equal(articles.length, 2);
    const moved = articles.find((a) => a.input.path === `${base}/moved`)!;
    assert.equal(moved.input.url, `${base}/digue`);
    assert.equal(moved.outlet, 'La Gazette de Sarre');
    assert.match(moved.text, /au moins 80 foyers/u);
    const latin = articles.find((a) => a.input.path === `${base}/latin`)!;
    assert.match(latin.text, /La vieille digue de Kessel a cédé/u);

    const db = join(tempDir(), 'u.db');
    const ingest = await recoupeAsync(['ingest', '--db', db, `${base}/digue`, `${base}/missing`]);
    assert.match(ingest.stdout, /1 analysed, 0 duplicate, 1 rejected/u);
    const closed = await server();
    await closed.close();
    const refused = await recoupeAsync(['analyze', `${closed.base}/nothing`]);
    assert.ok(refused.stderr.includes(`rejected ${closed.base}/nothing: cannot fetch (ECONNREFUSED)`), refused.stderr);
  } finally {
    await close();
  }
});
