import type { LanguagePack } from './types.js';
import { xx } from './xx/index.js';
import { fr } from './fr/index.js';
import { en } from './en/index.js';
import { de } from './de/index.js';
import { es } from './es/index.js';

/** The languages with rules of their own. Adding a language: a folder and one entry here. */
const packs: Record<string, LanguagePack> = { fr, en, de, es };

export function languagePack(code: string | null | undefined): LanguagePack {
  return (code && packs[code]) || xx;
}

export function knownLanguages(): string[] {
  return Object.keys(packs);
}

/** Every pack's cleaning rules, for text whose language is not known yet (cleaning runs first). */
export function allPacks(): LanguagePack[] {
  return Object.values(packs);
}
