/**
 * Cheap literal prefilters for rule patterns (global, Unicode, case-insensitive): which patterns
 * cannot match a text, found without running them.
 */

/**
 * A cheap prefilter: literals one of which every match of the pattern contains, lowercased, or
 * null where none is found. Derived from the pattern's source, conservatively: only letters
 * that a match must consume (not optional, not inside a lookaround) make a literal.
 */
const literalCache = new WeakMap<RegExp, string[] | null>();
const MIN_LITERAL = 3;

export function requiredLiterals(pattern: RegExp): string[] | null {
  let found = literalCache.get(pattern);
  if (found === undefined) {
    found = pattern.flags.includes('u') && pattern.flags.includes('i') && !pattern.flags.includes('v')
      ? disjunctionLiterals(pattern.source) : null;
    literalCache.set(pattern, found);
  }
  return found;
}

export interface Prefilter {
  /** Per trigger, the indexes of the literals one of which a match contains, or null. */
  needs: (number[] | null)[];
  /** Which literals the text contains (1 where it does). */
  present: (text: string) => Uint8Array;
  /**
   * Every literal occurrence of a whole text, found once, so that `presentIn` answers for any
   * stretch of it what `present` answers for that stretch's slice; null where slices might fold
   * otherwise than the whole (lowercasing that changes length, a literal with a sigma).
   */
  occurrences: (text: string) => Occurrences | null;
  /** Which literals `text.slice(from, to)` contains, from the text's occurrences. */
  presentIn: (occ: Occurrences, from: number, to: number) => Uint8Array;
}

/** Where literals start in a text: at positions[i] the longest literal found there is longest[i]. */
export interface Occurrences { positions: number[]; longest: number[] }

const BUCKETS = 1 << 16;
const bucketOf = (a: number, b: number, c: number): number => (((a * 31 + b) * 31 + c) & (BUCKETS - 1));

/**
 * A prefilter for a list of patterns: one scan of a text finds every literal of every pattern,
 * at each position the longest literal that starts there and with it every literal that is a
 * prefix of it (any literal that starts there is one). A pattern none of whose literals the
 * text holds cannot match it.
 */
export function prefilterFor(patterns: RegExp[]): Prefilter {
  const sets = patterns.map((p) => requiredLiterals(p));
  const words = [...new Set(sets.flatMap((set) => set ?? []))].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(words.map((w, i) => [w, i]));
  const prefixes = words.map((w) => words.flatMap((v, j) => (w.startsWith(v) ? [j] : [])));
  const needs = sets.map((set) => (set ? [...new Set(set.map((w) => index.get(w)!))] : null));
  const escape = (w: string) => w.replace(/[\\^$.*+?()[\]{}|\/]/gu, '\\$&');
  const scan = words.length > 0 ? new RegExp(`(?=(${words.map(escape).join('|')}))`, 'gu') : null;
  // The same scan without a pattern: literals bucketed by their first three characters, tried
  // longest first (the order of the pattern's alternatives), so the first that starts at a
  // position is the one the pattern's lookahead finds there.
  const bucketed = words.length > 0 && words.every((w) => w.length >= 3);
  const buckets: (number[] | undefined)[] = bucketed ? new Array(BUCKETS) : [];
  if (bucketed) {
    words.forEach((w, j) => {
      const b = bucketOf(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2));
      (buckets[b] ??= []).push(j);
    });
  }
  /** Calls `found(position, longest literal)` for each position where a literal starts, in order. */
  const each = (lower: string, found: (at: number, j: number) => void): void => {
    if (bucketed) {
      const n = lower.length - 2;
      if (n <= 0) return;
      let a = 0, b = lower.charCodeAt(0), c = lower.charCodeAt(1);
      for (let i = 0; i < n; i++) {
        a = b; b = c; c = lower.charCodeAt(i + 2);
        const list = buckets[bucketOf(a, b, c)];
        if (list === undefined) continue;
        for (const j of list) {
          if (lower.startsWith(words[j]!, i)) { found(i, j); break; }
        }
      }
      return;
    }
    if (!scan) return;
    scan.lastIndex = 0;
    for (let m = scan.exec(lower); m; m = scan.exec(lower)) {
      found(m.index, index.get(m[1]!)!);
      scan.lastIndex = m.index + 1;
    }
  };
  const sigma = words.some((w) => /[σς]/u.test(w));
  return {
    needs,
    present(text) {
      const out = new Uint8Array(words.length);
      if (words.length === 0) return out;
      each(foldCase(text), (_, j) => { for (const k of prefixes[j]!) out[k] = 1; });
      return out;
    },
    occurrences(text) {
      if (sigma) return null;
      const lower = foldCase(text);
      if (lower.length !== text.length) return null;
      const positions: number[] = [];
      const longest: number[] = [];
      each(lower, (at, j) => { positions.push(at); longest.push(j); });
      return { positions, longest };
    },
    presentIn(occ, from, to) {
      const out = new Uint8Array(words.length);
      const { positions, longest } = occ;
      let lo = 0, hi = positions.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (positions[mid]! < from) lo = mid + 1; else hi = mid;
      }
      // In a slice, a literal cut by its end is not there: the longest that fits is (with its prefixes).
      for (let i = lo; i < positions.length && positions[i]! < to; i++) {
        const room = to - positions[i]!;
        for (const k of prefixes[longest[i]!]!) if (words[k]!.length <= room) out[k] = 1;
      }
      return out;
    },
  };
}

/**
 * Which patterns of a list may match a text: false where the text lacks every literal one of
 * which each match needs. One scan of the text; the prefilter is built once per list.
 */
const listFilters = new WeakMap<readonly object[], Prefilter>();
export function possibleMatches<T extends object>(rules: readonly T[], patternOf: (rule: T) => RegExp, text: string): boolean[] {
  const filter = listPrefilter(rules, patternOf);
  const present = filter.present(text);
  return filter.needs.map((needs) => !needs || needs.some((w) => present[w] === 1));
}

/** The prefilter of a list of rules, built once per list. */
export function listPrefilter<T extends object>(rules: readonly T[], patternOf: (rule: T) => RegExp): Prefilter {
  let filter = listFilters.get(rules);
  if (!filter) listFilters.set(rules, filter = prefilterFor(rules.map(patternOf)));
  return filter;
}

/**
 * Per stretch of one text (a sentence), which rules of a list may match it: the text is scanned
 * once, each stretch answered from its occurrences. `mayMatch(k, from, to)` is false only where
 * rule k cannot match `text.slice(from, to)`.
 */
export function stretchFilter<T extends object>(rules: readonly T[], patternOf: (rule: T) => RegExp, text: string): (from: number, to: number) => (k: number) => boolean {
  const filter = listPrefilter(rules, patternOf);
  const occ = filter.occurrences(text);
  if (!occ) return () => () => true;
  return (from, to) => {
    const present = filter.presentIn(occ, from, to);
    return (k) => {
      const needs = filter.needs[k];
      return !needs || needs.some((w) => present[w] === 1);
    };
  };
}

/** Lowercased so that a literal matched case-insensitively (simple case folding) is found by includes. */
export function foldCase(s: string): string {
  return s.toLowerCase().replace(/ſ/gu, 's');
}

/** Splits a source at its top-level bars. */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0, inClass = false, from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(src.slice(from, i)); from = i + 1; }
  }
  out.push(src.slice(from));
  return out;
}

function disjunctionLiterals(src: string): string[] | null {
  const all: string[] = [];
  for (const alt of alternatives(src)) {
    const lits = sequenceLiterals(alt);
    if (!lits) return null;
    all.push(...lits);
  }
  return all;
}

/** End of the group that opens at i (index just past its closing paren). */
function groupEnd(src: string, i: number): number {
  let depth = 0, inClass = false;
  for (let j = i; j < src.length; j++) {
    const c = src[j]!;
    if (c === '\\') { j++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') { depth--; if (depth === 0) return j + 1; }
  }
  return -1;
}

/** The quantifier at i: its length and whether it lets the atom be absent. */
function quantifier(src: string, i: number): { length: number; optional: boolean; single: boolean } {
  const c = src[i];
  let length = 0, optional = false, single = true;
  if (c === '?' || c === '*') { length = 1; optional = true; single = false; }
  else if (c === '+') { length = 1; single = false; }
  else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/u.exec(src.slice(i));
    if (m) { length = m[0].length; optional = Number(m[1]) === 0; single = false; }
  }
  if (length > 0 && src[i + length] === '?') length++;
  return { length, optional, single };
}

const PLAIN = /^[\p{L}\p{N}' ’«»"“”,;:-]$/u;

/** Literals one of which a match of this sequence must contain, or null. */
function sequenceLiterals(src: string): string[] | null {
  let run = '';
  let i = 0;
  // Of the sets found, the most telling: the one whose shortest literal is longest ("rompu|violé", not "été").
  let best: string[] | null = null;
  const score = (set: string[]) => Math.min(...set.map((w) => w.length));
  const keep = (set: string[]) => {
    if (set.every((w) => w.length >= MIN_LITERAL) && (!best || score(set) > score(best))) best = set;
  };
  while (i < src.length) {
    const c = src[i]!;
    let end: number;
    let inner: string[] | null = null;
    let literal: string | null = null;
    if (c === '\\') {
      const m = /^\\[pP]\{[^}]*\}|^\\u\{[^}]*\}|^\\u[0-9a-fA-F]{4}|^\\x[0-9a-fA-F]{2}|^\\c[a-zA-Z]|^\\k<[^>]*>|^\\./u.exec(src.slice(i));
      if (!m) return best;
      end = i + m[0].length;
    } else if (c === '[') {
      let j = i + 1;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      end = j + 1;
    } else if (c === '(') {
      end = groupEnd(src, i);
      if (end < 0) return best;
      const lookaround = /^\(\?(?:=|!|<=|<!)/u.test(src.slice(i));
      if (!lookaround) {
        const open = /^\(\?:|^\(\?<[^>=!]*>|^\(/u.exec(src.slice(i))![0].length;
        inner = disjunctionLiterals(src.slice(i + open, end - 1));
      }
    } else if (PLAIN.test(c)) {
      end = i + 1;
      literal = c.toLowerCase();
    } else {
      return best; // ., ^, $ or anything unexpected: what came before still holds
    }
    const q = quantifier(src, end);
    const next = end + q.length;
    if (literal !== null && !q.optional) {
      run += literal;
      if (!q.single) { keep([run]); run = ''; }
    } else {
      keep([run]);
      run = '';
      if (inner && !q.optional) keep(inner);
    }
    i = next;
  }
  keep([run]);
  return best;
}
