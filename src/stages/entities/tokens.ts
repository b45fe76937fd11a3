import type { CompiledRules } from './lexicon.js';
import { nameKey } from './name-key.js';

/** A word of a sentence, with what the name finder asks of it. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded (nameKey) form. */
  key: string;
  /** Starts with a capital, or is "al-Nosra"-like (particle, hyphen, capital). */
  cap: boolean;
  /** All capitals, two letters or more: an acronym ("OSDH", "U.S."). */
  acronym: boolean;
  /** An elided article split off the next word ("l'", "d'"). */
  elided: boolean;
  /** The first word of its sentence, or the first after an opening quote or a colon: its capital says nothing. */
  initial: boolean;
  /** The characters between the previous token and this one. */
  gap: string;
}

/** Dotted acronyms ("U.S.", "U.N."), then words with inner hyphens and apostrophes ("Alep-Est", "aujourd'hui"). */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*/gu;
const CAPITAL = /^\p{Lu}/u;
/** Shouted headline words ("TRIBUNAL") are longer than most acronyms: six letters at most. */
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]{1,5}$/u;
/**
 * After these the next word is capitalised by grammar, not because it is a name. A straight quote
 * may close rather than open: the cost is only that the word after it needs other evidence.
 */
const OPENS_SENTENCE = /[«"“„:–—(\[.!?…•]/u;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/u;

export function tokenize(text: string, from: number, to: number, rules: CompiledRules): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  let previousEnd = 0;
  for (const m of slice.matchAll(WORD)) {
    let start = m.index!;
    let word = m[0];
    const gap = slice.slice(previousEnd, start);
    const initial = tokens.length === 0 || OPENS_SENTENCE.test(gap);
    const elision = rules.elision?.exec(word);
    if (elision) {
      const len = elision[0].length;
      tokens.push(makeToken(from + start, word.slice(0, len), gap, initial, true));
      start += len;
      word = word.slice(len);
    }
    const genitive = rules.genitive?.exec(word);
    if (genitive && genitive.index > 0 && CAPITAL.test(word)) word = word.slice(0, genitive.index);
    // "Washington-based", "Saudi-led": the name is the first part.
    const compound = rules.compoundSuffix?.exec(word);
    if (compound && compound.index > 0 && CAPITAL.test(word)) word = word.slice(0, compound.index);
    tokens.push(makeToken(from + start, word, elision ? '' : gap, initial && !elision, false, rules));
    // After "Saldaria’s" the gap to the next word holds the "’s": a name does not run across it.
    previousEnd = start + word.length;
  }
  return tokens;
}

function makeToken(start: number, word: string, gap: string, initial: boolean, elided: boolean, rules?: CompiledRules): Token {
  const hyphen = word.search(/[-‐]/u);
  const particleCap = rules !== undefined && hyphen > 0 && rules.hyphenParticles.has(word.slice(0, hyphen).toLowerCase())
    && CAPITAL.test(word.slice(hyphen + 1));
  return {
    start,
    end: start + word.length,
    text: word,
    key: nameKey(word),
    cap: !elided && (CAPITAL.test(word) || particleCap),
    acronym: !elided && ACRONYM.test(word) && !ROMAN_NUMERAL.test(word),
    elided,
    initial,
    gap,
  };
}
