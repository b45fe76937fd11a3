/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, without the
 * copy of the pattern that matchAll makes on each call (dear for Unicode patterns run once per
 * sentence). All matches are read before returning, so a caller may run the same pattern again
 * while it walks them.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${pattern}`);
  const out: RegExpExecArray[] = [];
  const unicode = pattern.unicode || pattern.flags.includes('v');
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
  }
  pattern.lastIndex = 0;
  return out;
}

/** The spec's AdvanceStringIndex: past a whole surrogate pair in Unicode mode. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}

/** The global twin of a rule pattern (rules are written without `g`), made once per pattern. */
const globals = new WeakMap<RegExp, RegExp>();
export function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let re = globals.get(pattern);
  if (!re) globals.set(pattern, re = new RegExp(pattern.source, pattern.flags + 'g'));
  return re;
}

/** The non-global twin of a pattern, for `test` without lastIndex state, made once per pattern. */
const plains = new WeakMap<RegExp, RegExp>();
export function plainOf(pattern: RegExp): RegExp {
  if (!pattern.global) return pattern;
  let re = plains.get(pattern);
  if (!re) plains.set(pattern, re = new RegExp(pattern.source, pattern.flags.replace('g', '')));
  return re;
}

/**
 * `[...text.matchAll(pattern)]` exactly (from the pattern's lastIndex, which is left as it was),
 * without the copy of the pattern that matchAll makes on each call.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const saved = pattern.lastIndex;
  const out: RegExpExecArray[] = [];
  const unicode = pattern.unicode || pattern.flags.includes('v');
  try {
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      out.push(m);
      if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, unicode);
    }
  } finally {
    pattern.lastIndex = saved;
  }
  return out;
}
