/**
 * The key two spellings of one name share: accents, apostrophe shapes, hyphens, spacing and case
 * do not count ("États-Unis" = "Etats Unis", "l’OSDH" = "l'osdh"). Used by the entities stage,
 * the gazetteer and the stories engine, so a name folds the same way everywhere.
 */
export function foldKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/gu, "'")
    .replace(/[-‐‑–\s]+/gu, ' ')
    .trim()
    .toLowerCase();
}
