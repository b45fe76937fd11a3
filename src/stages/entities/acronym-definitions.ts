import type { Token } from './tokens.js';

/**
 * Where the long form of an acronym defined in parentheses starts: "Observatoire syrien des
 * droits de l'Homme (OSDH)". Schwartz & Hearst (2003): reading both backwards, each letter of the
 * acronym must be found in order, the first one at the start of a word; the long form may not
 * exceed min(|A| + 5, 2|A|) words. Returns the index of the first token of the long form, or -1.
 */
export function expansionStart(tokens: Token[], acronymIndex: number): number {
  const letters = [...tokens[acronymIndex]!.text.replace(/[.&]/gu, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()];
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const words: Token[] = [];
  for (let i = acronymIndex - 1; i >= 0 && words.length < maxWords; i--) {
    const t = tokens[i]!;
    if (i < acronymIndex - 1 && /[,;:.!?«»"“”()]/u.test(tokens[i + 1]!.gap)) break;
    if (!t.elided) words.unshift(t);
    if (t.elided) continue;
    const start = words[0]!;
    if (!/^\p{Lu}/u.test(start.text)) continue;
    if (lettersInOrder(words.map((w) => w.text.toLowerCase()).join(' '), letters)) return i;
  }
  return -1;
}

/** The acronym's letters after the first, found backwards in order past the long form's first character. */
function lettersInOrder(long: string, letters: string[]): boolean {
  const folded = long.normalize('NFD').replace(/\p{M}/gu, '');
  let at = folded.length - 1;
  for (let k = letters.length - 1; k >= 1; k--) {
    at = folded.lastIndexOf(letters[k]!, at);
    if (at < 1) return false;
    at--;
  }
  return folded[0] === letters[0];
}
