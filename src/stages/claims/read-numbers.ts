import type { NumberRules } from './number-rules.js';
import { allMatches } from '../../lang/match-all.js';

/** One count found in the text: a value, or a vague lower bound ("des dizaines"). */
export interface NumberMention {
  start: number;
  end: number;
  value: number;
  approximate: boolean;
  /** "des dizaines", "dozens": the amount is only known to be at least `value`. */
  atLeast: boolean;
}

// Digits with thousands groups ("10.000", "10,000", "1 200" with plain or narrow no-break
// spaces), or a decimal before a scale word ("1,5 million"). Not inside a code like "Su-24".
const DIGITS = /(?<![\p{L}\p{N}_-]|\p{L}-|[\p{N}][.,])(?<int>\d{1,3}(?:[ \u00A0\u202F.,'’]\d{3})+(?!\d)|\d+)(?:(?<sep>[.,])(?<frac>\d{1,2})(?!\d))?/gu;
const WORD = /\p{L}+(?:-\p{L}+)*/gu; // elisions split: "d'une" is "d'" + "une"

export function readNumbers(text: string, from: number, to: number, rules: NumberRules): NumberMention[] {
  const out: NumberMention[] = [];
  const slice = text.slice(from, to);
  for (const m of allMatches(DIGITS, slice)) {
    const start = from + m.index!;
    let end = start + m[0].length;
    const groups = m.groups!;
    let value = Number(groups.int!.replace(/[ \u00A0\u202F.,'’]/gu, ''));
    const scale = scaleAfter(text, end, rules);
    if (groups.frac !== undefined) {
      if (groups.sep !== rules.decimalSeparator || !scale) {
        // "10,5" with no scale word is not a count of people; keep the integer part only.
        end = start + groups.int!.length;
        out.push({ start, end, value, approximate: false, atLeast: false });
        continue;
      }
      value = Number(`${groups.int!.replace(/\D/gu, '')}.${groups.frac}`);
    }
    if (scale) {
      value = Math.round(value * scale.value);
      end = scale.end;
    }
    out.push({ start, end, value, approximate: false, atLeast: false });
  }
  readWordNumbers(text, from, to, rules, out);
  return out.sort((a, b) => a.start - b.start);
}

interface Word { start: number; end: number; lower: string }

function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  for (const m of allMatches(WORD, text.slice(from, to))) {
    words.push({ start: from + m.index!, end: from + m.index! + m[0].length, lower: m[0].toLowerCase().replace(/’/gu, "'") });
  }
  return words;
}

function readWordNumbers(text: string, from: number, to: number, rules: NumberRules, out: NumberMention[]): void {
  const words = wordsIn(text, from, to);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "une vingtaine", "a dozen": the article belongs to the collective noun.
    const collective = rules.collectives.get(w.lower);
    if (collective !== undefined) {
      const prev = words[i - 1];
      const start = prev && rules.articles.has(prev.lower) && onlySpaceBetween(text, prev.end, w.start) ? prev.start : w.start;
      out.push({ start, end: w.end, value: collective, approximate: true, atLeast: false });
      continue;
    }
    const plural = rules.pluralCollectives.get(w.lower);
    if (plural !== undefined) {
      const prev = words[i - 1];
      const start = prev && rules.pluralArticles?.has(prev.lower) && onlySpaceBetween(text, prev.end, w.start) ? prev.start : w.start;
      out.push({ start, end: w.end, value: plural * 2, approximate: true, atLeast: true });
      continue;
    }
    if (!isCardinalWord(w.lower, rules)) continue;
    // Longest run of cardinal words (and joiners between them) read as one number.
    let j = i;
    const parts: number[] = [];
    let last = i;
    while (j < words.length) {
      const cur = words[j]!;
      if (j > i && !onlySpaceOrHyphenBetween(text, words[j - 1]!.end, cur.start)) break;
      if (rules.joiners.has(cur.lower) && j > i && j + 1 < words.length && isCardinalWord(words[j + 1]!.lower, rules)) {
        j++;
        continue;
      }
      const v = cardinalValue(cur.lower, rules);
      if (v === undefined) break;
      parts.push(v);
      last = j;
      j++;
    }
    const first = words[i]!;
    if (parts.length === 1 && rules.articles.has(first.lower)) {
      // "un", "une", "a" alone: an article, unless a scale word follows ("un million").
      const scale = scaleAfter(text, first.end, rules);
      if (scale) out.push({ start: first.start, end: scale.end, value: scale.value, approximate: false, atLeast: false });
      continue;
    }
    let value = combine(parts);
    let end = words[last]!.end;
    const scale = scaleAfter(text, end, rules);
    if (scale && !rules.scales.has(words[last]!.lower)) {
      value *= scale.value;
      end = scale.end;
    }
    out.push({ start: first.start, end, value, approximate: false, atLeast: false });
    i = last;
  }
}

function isCardinalWord(lower: string, rules: NumberRules): boolean {
  return cardinalValue(lower, rules) !== undefined;
}

/** A word's value, reading hyphenated compounds part by part ("vingt-cinq", "twenty-five"). */
function cardinalValue(lower: string, rules: NumberRules): number | undefined {
  const direct = rules.cardinals.get(lower) ?? rules.scales.get(lower);
  if (direct !== undefined) return direct;
  if (!lower.includes('-')) return undefined;
  // Glue back pieces that are a cardinal of their own ("quatre-vingt" in "quatre-vingt-dix").
  const pieces: string[] = [];
  for (const piece of lower.split('-')) {
    const glued = pieces.length > 0 ? `${pieces[pieces.length - 1]}-${piece}` : '';
    if (glued && rules.cardinals.has(glued)) pieces[pieces.length - 1] = glued;
    else if (!rules.joiners.has(piece)) pieces.push(piece);
  }
  const values = pieces.map((p) => rules.cardinals.get(p) ?? rules.scales.get(p));
  if (values.some((v) => v === undefined)) return undefined;
  return combine(values as number[]);
}

/** Reads "deux cent trente", "three thousand five hundred": hundreds multiply, thousands close a group. */
function combine(parts: number[]): number {
  let total = 0;
  let current = 0;
  for (const v of parts) {
    if (v === 100) current = (current || 1) * 100;
    else if (v >= 1000) {
      total += (current || 1) * v;
      current = 0;
    } else current += v;
  }
  return total + current;
}

function onlySpaceBetween(text: string, a: number, b: number): boolean {
  return /^[ \u00A0\u202F]+$/u.test(text.slice(a, b));
}

function onlySpaceOrHyphenBetween(text: string, a: number, b: number): boolean {
  return /^(?:[ \u00A0\u202F]+|-)$/u.test(text.slice(a, b));
}

function scaleAfter(text: string, end: number, rules: NumberRules): { value: number; end: number } | null {
  const m = /^[ \u00A0\u202F]+(?<w>\p{L}+)/u.exec(text.slice(end, end + 20));
  if (!m) return null;
  const value = rules.scales.get(m.groups!.w!.toLowerCase());
  if (value === undefined || value < 1_000_000) return null;
  return { value, end: end + m[0].length };
}
