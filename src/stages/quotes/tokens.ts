/** A word or a punctuation mark with its offsets; elided articles ("l'") are words of their own. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}]+['’](?=\p{L})|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (const m of text.slice(from, to).matchAll(TOKEN)) {
    const start = from + m.index!;
    const raw = m[0];
    out.push({
      text: raw, lower: raw.toLowerCase().replace(/’/gu, "'"), start, end: start + raw.length,
      word: /[\p{L}\p{N}]/u.test(raw[0]!),
    });
  }
  return out;
}

export function isCapitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

export function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
