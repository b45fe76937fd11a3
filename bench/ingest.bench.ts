/*
 * npm run bench: throughput of ingest + clean + segment (the spine, before the reader) on a
 * generated corpus of 10,000 scraped-text articles, with the full pipeline measured beside it
 * on a sample. Peer in the same run: the same bytes only read and decoded, so the ratio says
 * what cleaning and segmentation cost over reading.
 */
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { planRead } from '../src/app/read-records.js';
import { readRecord } from '../src/app/analyze.js';
import { segmentOnly, defaultPipeline } from '../src/pipeline/default-pipeline.js';
import { decodeBytes } from '../src/stages/ingest/decode.js';
import { readFileSync } from 'node:fs';

const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);
const OUTLETS = ['Le Veilleur du Rhône', 'La Gazette de Sarre', 'Nord Matin', 'The Harbour Post', 'Radio Lumière'];
const PLACES = ['Kessel', 'Vardane', 'Port-Aubin', 'Solvik', 'Marenne', 'Tavira'];

function article(i: number): string {
  const place = PLACES[i % PLACES.length]!;
  const n = (i * 7919) % 500;
  const paragraphs = [
    'Liens d\'accessibilité', 'Dernières nouvelles', 'International',
    `Siège de ${place} : nouvelle journée de bombardements, bilan n°${i}`,
    `Des habitants fuient ${place}, le ${1 + (i % 28)} mars 2026.`,
    `Des habitants fuient ${place}, le ${1 + (i % 28)} mars 2026.`,
    `Au moins ${n} civils ont été tués mardi à ${place}, selon l'Observatoire régional des droits humains (ORDH), sans que ce bilan puisse être vérifié de source indépendante.`,
    `« Nous sommes prêts à ouvrir deux couloirs humanitaires dès jeudi », a déclaré le général Anton Mirek lors d'une conférence de presse. M. Mirek a ajouté que ${n + 12} combattants s'étaient rendus.`,
    `Lire aussi : Inondations à ${place} : 12 morts`,
    `Le ministère de la Santé a fait état de quelque ${n * 2} blessés dans les quartiers est de la ville, où vivaient près de 10.000 personnes avant l'offensive lancée le 18 février.`,
    'Une trêve fragile',
    `L'ONU, la France et les Etats-Unis ont dénoncé des « crimes de guerre ». Le porte-parole du gouvernement a pour sa part accusé les « terroristes » d'utiliser les civils comme boucliers humains.`,
    'Avec AFP', 'XS', 'SM', 'MD', 'LG',
  ];
  return paragraphs.join('\n\n');
}

function mb(bytes: number): string {
  return (bytes / 1048576).toFixed(1);
}

function main(): void {
  const dir = join(tmpdir(), `recoupe-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) {
    const text = article(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), text);
  }
  try {
    global.gc?.();
    // Peer: read and decode only.
    let t0 = performance.now();
    for (const item of planRead([dir]).items()) {
      if ('record' in item) decodeBytes(readFileSync(item.record.path));
    }
    const readMs = performance.now() - t0;

    global.gc?.();
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    let sentences = 0;
    t0 = performance.now();
    let n = 0;
    for (const item of planRead([dir]).items()) {
      if (!('record' in item)) continue;
      const doc = readRecord(item.record, item.given, segmentOnly);
      sentences += doc.get('sentences').length;
      if (++n % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    const spineMs = performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage().rss);

    const sample = Math.min(COUNT, 1000);
    t0 = performance.now();
    let k = 0;
    for (const item of planRead([dir]).items()) {
      if (!('record' in item)) continue;
      readRecord(item.record, item.given, defaultPipeline);
      if (++k >= sample) break;
    }
    const fullMs = performance.now() - t0;

    const rows = [
      ['read + decode only (peer)', COUNT, readMs],
      ['ingest + clean + segment', COUNT, spineMs],
      [`full reader pipeline (first ${sample})`, sample, fullMs],
    ] as const;
    console.log(`recoupe bench: ${COUNT} generated articles, ${mb(bytes)} MB, one core, Node ${process.version}`);
    console.log('');
    console.log('stage                                   articles/s      MB/s');
    for (const [name, count, ms] of rows) {
      const share = count / COUNT;
      console.log(`${name.padEnd(38)} ${(count / (ms / 1000)).toFixed(0).padStart(10)} ${((bytes * share) / 1048576 / (ms / 1000)).toFixed(2).padStart(9)}`);
    }
    console.log('');
    console.log(`sentences: ${sentences} · peak RSS ${mb(peak)} MB (start ${mb(rss0)} MB)`);
    console.log(`ratio ingest+clean+segment / read-only time: ${(spineMs / readMs).toFixed(2)}×`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
