/**
 * The key names are compared on: no accents (pages write "Etats-Unis" for "États-Unis"), one
 * apostrophe, hyphens as spaces ("Royaume Uni"), lower case. src/lang/gazetteer.ts folds alike.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/gu, "'")
    .replace(/[-‐‑–\s]+/gu, ' ')
    .trim()
    .toLowerCase();
}
