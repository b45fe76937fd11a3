/**
 * A spelling-blind key for a person's name, so that the French, English and German
 * transliterations of one Russian or Arabic name meet: "Roudskoï" = "Rudskoy",
 * "Sergueï" = "Sergey", "Choïgou" = "Shoigu", "Peskow" = "Peskov".
 * The rules are ordered: multi-letter groups first, then single letters, then doubles.
 * Lossy on purpose: two different people rarely share a folded surname inside one story window.
 */
const RULES: [RegExp, string][] = [
  [/ß/gu, 'ss'],
  [/(?:tsch|tch|sch|sh|ch|zh)/gu, 'sh'],
  [/kh/gu, 'h'],
  [/ph/gu, 'f'],
  [/dj/gu, 'j'],
  [/oo/gu, 'u'],
  [/ou/gu, 'u'],
  [/gu(?=[ei])/gu, 'g'],
  [/ck/gu, 'k'],
  [/[yj](?=[aeiou])/gu, 'i'],
  [/y/gu, 'i'],
  [/w/gu, 'v'],
  [/ie$/gu, 'i'],
  [/(\p{L})\1+/gu, '$1'],
];

/** Lowercase, no diacritics, no punctuation: the common ground of every key. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘'`´]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The transliteration-aware key of one word ("Roudskoï" → "rudskoi"). */
export function wordKey(word: string): string {
  let k = foldName(word).replace(/\s+/gu, '');
  for (const [re, to] of RULES) k = k.replace(re, to);
  // French adds a silent final -e to transliterations ("Poutine" = "Putin").
  if (k.length > 4 && /[^aeiou]e$/u.test(k)) k = k.slice(0, -1);
  return k;
}

/** The key of a full name: each word keyed ("Sergueï Roudskoï" → "sergei rudskoi"). */
export function personKey(name: string): string {
  return foldName(name).split(' ').filter(Boolean).map(wordKey).join(' ');
}

/** The surname's key: the feature stories use, since articles name a person by surname after first mention. */
export function surnameKey(name: string): string {
  const words = personKey(name).split(' ');
  return words[words.length - 1] ?? '';
}
