import { foldKey } from '../model/fold-key.js';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/**
 * Places of the world: countries (names from the platform's ICU data) and cities of 15,000 people
 * or more with their exonyms (GeoNames, CC BY, "GeoNames (geonames.org)"). Built by
 * `node scripts/build-gazetteer.mjs` into data/gazetteer.tsv.gz and read once, on first use.
 * Shared by the entities stage, stories (Alep = Aleppo) and the map.
 */
export interface Place {
  /** GeoNames id, or "C:<ISO 3166 code>" for a country. */
  id: string;
  /** The main name (English for cities, French for countries). */
  name: string;
  /** Every kept spelling: exonyms, transliterations, Arabic and Cyrillic names of big cities. */
  names: string[];
  country: string;
  lat: number;
  lon: number;
  population: number;
  kind: 'country' | 'city';
}

const DATA = new URL('../../../data/gazetteer.tsv.gz', import.meta.url);

let byKey: Map<string, Place> | null = null;
let longest = 0;

/** Accents, apostrophes, hyphens and case do not count (one folding for every name: model/fold-key.ts). */
export function placeKey(name: string): string {
  return foldKey(name);
}

function load(): Map<string, Place> {
  if (byKey) return byKey;
  const map = new Map<string, Place>();
  const text = gunzipSync(readFileSync(DATA)).toString('utf8');
  for (const line of text.split('\n')) {
    if (!line) continue;
    const [id, country, lat, lon, population, names] = line.split('\t') as [string, string, string, string, string, string];
    const all = names.split('|');
    const place: Place = {
      id, name: all[0]!, names: all, country, lat: Number(lat), lon: Number(lon),
      population: Number(population), kind: id.startsWith('C:') ? 'country' : 'city',
    };
    for (const n of all) {
      const key = placeKey(n);
      const known = map.get(key);
      // A country beats a city of the same name (Djibouti, Mexico); otherwise the bigger place wins.
      if (!known || rank(place) > rank(known)) map.set(key, place);
      longest = Math.max(longest, key.split(' ').length);
    }
  }
  byKey = map;
  return map;
}

function rank(p: Place): number {
  return (p.kind === 'country' ? 1e12 : 0) + p.population;
}

/** The place a name most likely means (the biggest of its homonyms), or null. */
export function lookupPlace(name: string): Place | null {
  return load().get(placeKey(name)) ?? null;
}

/** The place of a country code ("SY"), or null. */
export function countryPlace(code: string): Place | null {
  return lookupPlace(new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code);
}

/** The most words any place name has: longer word sequences need not be looked up. */
export function longestPlaceName(): number {
  load();
  return longest;
}
