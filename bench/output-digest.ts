/*
 * node dist/bench/output-digest.js [out.json]: the output contract (what `recoupe analyze`
 * prints) of every example, held-out and seed article, every test page and a few hundred
 * generated bench articles, written as JSON Lines with its sha256. A change meant to be
 * behaviour-free (a speed-up) must leave the digest byte-identical.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInputs } from '../src/app/run-inputs.js';
import { generatedArticle } from './generated-articles.js';

const GENERATED = Number(process.env.DIGEST_GENERATED ?? 300);

/** The files a folder's manifest lists, in its order, with that manifest. */
function manifestInputs(dir: string): { files: string[]; manifest: string } {
  const manifest = join(dir, 'manifest.jsonl');
  const files = readFileSync(manifest, 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => join(dir, (JSON.parse(l) as { path: string }).path));
  return { files, manifest };
}

function main(): void {
  const out = process.argv[2] ?? 'bench-output-digest.jsonl';
  const lines: string[] = [];
  const run = (label: string, files: string[], manifest: string | null) => {
    for (const o of runInputs(files, { manifest }).outcomes()) {
      if (o.kind === 'article') lines.push(JSON.stringify({ set: label, article: o.article }));
      else if (o.kind === 'rejected') lines.push(JSON.stringify({ set: label, rejected: o.rejection }));
    }
  };
  for (const [label, dir] of [['examples', 'examples'], ['dev-heldout-v1', 'test/dev/heldout-v1'], ['dev-aleppo', 'test/dev/aleppo'], ['heldout2', 'test/heldout2'], ['seeds', '../shared/corpus/seeds']] as const) {
    if (!existsSync(join(dir, 'manifest.jsonl'))) { console.error(`skipped ${dir}: no manifest`); continue; }
    const { files, manifest } = manifestInputs(dir);
    run(label, files, manifest);
  }
  const pages = readdirSync('test/pages').sort().map((p) => join('test/pages', p, 'source.html')).filter((p) => existsSync(p));
  run('pages', pages, null);

  const gen = join(tmpdir(), `recoupe-digest-${process.pid}`);
  mkdirSync(gen, { recursive: true });
  try {
    const files: string[] = [];
    for (let i = 0; i < GENERATED; i++) {
      const path = join(gen, `${String(i).padStart(5, '0')}.txt`);
      writeFileSync(path, generatedArticle(i));
      files.push(path);
    }
    // Inputs are named by their temporary path: drop it so the digest is stable across runs.
    const before = lines.length;
    run('generated', files, null);
    for (let k = before; k < lines.length; k++) lines[k] = lines[k]!.split(gen).join('<generated>');
  } finally {
    rmSync(gen, { recursive: true, force: true });
  }
  const body = lines.join('\n') + '\n';
  writeFileSync(out, body);
  const sha = createHash('sha256').update(body).digest('hex');
  console.log(`${lines.length} outputs → ${out}\nsha256 ${sha}`);
}

main();
