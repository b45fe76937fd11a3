import { lookupPlace } from '../../lang/gazetteer.js';
import type { CompiledRules } from './lexicon.js';

/** A place a name refers to: a gazetteer id, or "-" plus the name for a region without one. */
export interface PlaceRef { id: string; name: string }

/** The place a folded name means, through the language's aliases first ("grande bretagne" -> GB). */
export function placeOf(key: string, lex: CompiledRules): PlaceRef | null {
  const alias = lex.placeAliases.get(key);
  if (alias === '-') return { id: `-:${key}`, name: key };
  if (alias) {
    const place = /^[A-Z]{2}$/u.test(alias) ? lookupPlace(new Intl.DisplayNames(['en'], { type: 'region' }).of(alias) ?? alias) : lookupPlace(alias);
    if (place) return { id: place.id, name: place.name };
  }
  const place = lookupPlace(key);
  return place ? { id: place.id, name: place.name } : null;
}

/**
 * A part of a known place named by a compass word: "Alep-Est", "Est d'Alep" is left to the
 * caller, "East Aleppo". The part is the same referent for recoupe (one story, one map pin).
 */
export function compassPlaceOf(key: string, lex: CompiledRules): PlaceRef | null {
  const words = key.split(' ');
  if (words.length < 2) return null;
  if (lex.compass.has(words[words.length - 1]!)) {
    const place = placeOf(words.slice(0, -1).join(' '), lex);
    if (place) return place;
  }
  if (lex.compass.has(words[0]!)) return placeOf(words.slice(1).join(' '), lex);
  return null;
}

/** Below this a city's name is as often a surname ("Laval", "Warren"): only bigger places mark a name as a body's. */
const MAJOR_CITY = 100_000;

/** A country, a region, or a big city: "Paris Saint-Germain", "Nikkei Asia" are bodies named after one. */
export function isMajorPlace(key: string, lex: CompiledRules): boolean {
  const alias = lex.placeAliases.get(key);
  if (alias) return true;
  const place = lookupPlace(key);
  return place !== null && (place.kind === 'country' || place.population >= MAJOR_CITY);
}
