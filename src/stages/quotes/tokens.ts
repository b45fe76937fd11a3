/** A word or a punctuation mark with its offsets; elided articles ("l'") are words of their own. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}]+['’](?=\p{L})|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

const WORD_START = /[\p{L}\p{N}]/u;

// Called for many short stretches of a sentence: one exec loop on a shared pattern (matchAll
// would copy it each call), and the apostrophe replaced only in words that hold one.
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = from + m.index;
    const raw = m[0];
    const lower = raw.toLowerCase();
    out.push({
      text: raw, lower: lower.includes('’') ? lower.replace(/’/gu, "'") : lower, start, end: start + raw.length,
      word: WORD_START.test(raw[0]!),
    });
  }
  TOKEN.lastIndex = 0;
  return out;
}

export function isCapitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
