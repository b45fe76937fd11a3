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

/** A text this long is a document: its tokens are found once and each stretch read from them. */
const INDEXED = 200;

interface TokenIndex { text: string; tokens: Token[] }
let last: TokenIndex | null = null;

/**
 * The tokens of `text.slice(from, to)`, at their offsets in `text`. Called for many short,
 * overlapping stretches of the same document: the document's tokens are found once (for the
 * last document asked about) and a stretch takes those that lie inside it. A stretch tokenized
 * alone can differ from the whole only at its edges: where it starts inside a token (then it is
 * tokenized alone), and where a token reaches or crosses its end (a word cut short, an elided
 * article whose next letter lies outside): from that token on it is tokenized alone.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  if (text.length < INDEXED) return scan(text, from, to);
  if (from >= to) return [];
  let index = last;
  if (index === null || index.text !== text) last = index = { text, tokens: scan(text, 0, text.length) };
  const tokens = index.tokens;
  // the first token that ends after `from`
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= from) lo = mid + 1; else hi = mid;
  }
  if (lo < tokens.length && tokens[lo]!.start < from) return scan(text, from, to);
  let j = lo;
  while (j < tokens.length && (tokens[j]!.end < to || (tokens[j]!.end === to && !ELIDED_END.test(text[to - 1]!)))) j++;
  const out = tokens.slice(lo, j);
  if (j < tokens.length && tokens[j]!.start < to) for (const t of scan(text, tokens[j]!.start, to)) out.push(t);
  return out;
}

/** A token ending in an apostrophe may be an elided article that its next letter made. */
const ELIDED_END = /['’]/u;

// One exec loop on a shared pattern (matchAll would copy it each call), and the apostrophe
// replaced only in words that hold one.
function scan(text: string, from: number, to: number): Token[] {
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
