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

/**
 * A country or a region: "Nikkei Asia", "Thames Water UK" are bodies named after one. Cities do
 * not count: "Cindy Santos", "Danilo Medina" carry a city's name as a surname.
 */
export function isMajorPlace(key: string, lex: CompiledRules): boolean {
  if (lex.placeAliases.has(key)) return true;
  return lookupPlace(key)?.kind === 'country';
}

/** A first name that is also a town is a person below this size ("Gaston"); above it, a place ("Florence"). */
const BIG_CITY = 200_000;

export function isBigPlace(key: string): boolean {
  const place = lookupPlace(key);
  return place !== null && (place.kind === 'country' || place.population >= BIG_CITY);
}
