import { foldKey } from '../../model/fold-key.js';
/**
 * The key names are compared on: no accents (pages write "Etats-Unis" for "États-Unis"), one
 * apostrophe, hyphens as spaces ("Royaume Uni"), lower case. src/lang/gazetteer.ts folds alike.
 */
const cache = new Map<string, string>();
/** Folding is the stage's hottest call; news repeats its words, so keys are kept (bounded). */
const CACHE_LIMIT = 100_000;

export function nameKey(name: string): string {
  const known = cache.get(name);
  if (known !== undefined) return known;
  const key = foldKey(name);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, key);
  return key;
}

