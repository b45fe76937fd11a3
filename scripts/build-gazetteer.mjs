#!/usr/bin/env node
/**
 * Builds data/gazetteer.tsv.gz, the compact place list shipped with recoupe, from the GeoNames
 * dump in ../shared/data/gazetteer-fr (cities of 15,000 people or more, CC BY, "GeoNames
 * (geonames.org)") and from the country names of the platform's ICU data (Intl.DisplayNames).
 *
 *   node scripts/build-gazetteer.mjs [path/to/gazetteer-fr] [out.tsv.gz]
 *
 * One place per line: id, country code, lat, lon, population, names (`|`-separated, main name first).
 * Names keep what can match a written name: the main and ASCII names, alternate names written
 * with a capital in Latin script (exonyms such as Moscou, Alep, Londres), and the Arabic and
 * Cyrillic ones for languages to come. Codes (DAM, MOW) and lower-case romanisations are dropped.
 * Countries come first, with ids "C:<code>" and a population-weighted centre of their cities.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(process.argv[2] ?? resolve(root, '../shared/data/gazetteer-fr'));
const out = resolve(process.argv[3] ?? resolve(root, 'data/gazetteer.tsv.gz'));

/** Languages whose country names are kept: the reader's languages first, then the likely next ones. */
const COUNTRY_NAME_LANGUAGES = ['fr', 'en', 'es', 'de', 'it', 'pt', 'ar', 'ru'];
/** A city alternate name longer than this is a description, not a name. */
const MAX_NAME_LENGTH = 40;

const latinName = /^\p{Lu}[\p{Script=Latin}\p{M}'’.\- ]*$/u;
const latinStart = /^\p{Script=Latin}/u;
const arabicOrCyrillic = /^[\p{Script=Arabic}\p{Script=Cyrillic}][\p{Script=Arabic}\p{Script=Cyrillic}\p{M}'’\- ]*$/u;
const code = /^\p{Lu}{2,4}$/u;

/**
 * The file must stay a few hundred KB: small towns keep their own name only (exonyms are for
 * places the foreign press writes about), and only big cities keep Arabic and Cyrillic names.
 */
const ALTERNATES_MIN_POPULATION = 50_000;
const FOREIGN_SCRIPT_MIN_POPULATION = 100_000;

function keepAlternate(name, population) {
  if (name.length < 2 || name.length > MAX_NAME_LENGTH) return false;
  if (code.test(name) || population < ALTERNATES_MIN_POPULATION) return false;
  if (latinName.test(name) && latinStart.test(name)) return true;
  return population >= FOREIGN_SCRIPT_MIN_POPULATION && arabicOrCyrillic.test(name);
}

/** The key names are matched on (src/lang/gazetteer.ts folds the same way): one spelling per key is enough. */
function fold(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/gu, "'").replace(/[-\s]+/gu, ' ').toLowerCase();
}

function dedupe(names) {
  const byKey = new Map();
  for (const n of names) if (!byKey.has(fold(n))) byKey.set(fold(n), n);
  return new Set(byKey.values());
}

const cities = [];
const centre = new Map(); // country -> { lat, lon, weight }
for (const line of readFileSync(resolve(source, 'geonames_cities15000_2012.tsv'), 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, ascii, alternates, lat, lon] = f;
  const country = f[8];
  const population = Number(f[14]) || 0;
  const names = new Set([name, ascii].filter(Boolean));
  for (const alt of alternates ? alternates.split(',') : []) if (keepAlternate(alt, population)) names.add(alt);
  cities.push({ id, name, country, lat: Number(lat), lon: Number(lon), population, names: dedupe(names) });
  const c = centre.get(country) ?? { lat: 0, lon: 0, weight: 0 };
  c.lat += Number(lat) * population;
  c.lon += Number(lon) * population;
  c.weight += population;
  centre.set(country, c);
}

const displayNames = COUNTRY_NAME_LANGUAGES.map((l) => new Intl.DisplayNames([l], { type: 'region', fallback: 'none' }));
const countries = [];
for (const [country, c] of [...centre].sort(([a], [b]) => a.localeCompare(b))) {
  const names = new Set();
  for (const dn of displayNames) {
    const shown = dn.of(country);
    if (!shown || shown === country) continue;
    // "Myanmar (Birmanie)" names the country twice; "R.A.S. chinoise de Hong Kong" is a city anyway.
    const paren = /^(?<main>[^(]+?)\s*\((?<alt>[^)]+)\)$/u.exec(shown);
    const variants = paren ? [paren.groups.main, paren.groups.alt] : [shown];
    for (const v of variants) names.add(v.replace(/’/gu, "'"));
  }
  const population = Math.round(c.weight);
  countries.push({
    id: `C:${country}`, name: displayNames[0].of(country) ?? country, country,
    lat: c.weight ? c.lat / c.weight : 0, lon: c.weight ? c.lon / c.weight : 0,
    population, names: dedupe(names),
  });
}

/** Two decimals of a degree (about 1 km) are enough to put a place on a map and compress far better. */
const coordinate = (x) => String(Number(x.toFixed(2)));
/** Population only ranks homonyms ("London" GB before "London" CA): three significant digits do. */
const rounded = (n) => (n < 1000 ? n : Number(n.toPrecision(3)));
// Columns grouped so that gzip sees similar bytes together; the main name repeats as the first name.
const rows = [...countries, ...cities].map((p) =>
  [p.id, p.country, coordinate(p.lat), coordinate(p.lon), rounded(p.population),
    [p.name, ...[...p.names].filter((n) => n !== p.name)].join('|')].join('\t'));
const body = rows.join('\n') + '\n';
mkdirSync(dirname(out), { recursive: true });
const gz = gzipSync(Buffer.from(body, 'utf8'), { level: 9 });
writeFileSync(out, gz);
console.log(`${countries.length} countries, ${cities.length} cities -> ${out} (${(gz.length / 1024).toFixed(0)} KiB gzip, ${(body.length / 1024).toFixed(0)} KiB raw)`);
