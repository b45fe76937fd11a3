import { eld } from 'eld/medium';

/** eld is unreliable on a few words; below this many letters the declared language wins. */
const MIN_LETTERS = 20;
/** Detection reads the start of the text: enough for a verdict, and constant time on huge pages. */
const SAMPLE_CHARS = 2000;

/**
 * The ISO 639-1 language of a text, checked against what the page or the manifest declares.
 * Short or mixed texts never throw: they fall back to the declared language, or null.
 */
export function detectLanguage(text: string, declared: string | null = null): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const declaredCode = declared ? declared.toLowerCase().split(/[-_]/u)[0]! : null;
  if (!hasLetters(sample, MIN_LETTERS)) return declaredCode || null;
  let detected = '';
  try {
    const result = eld.detect(sample);
    detected = result.isReliable() ? result.language : '';
  } catch {
    detected = '';
  }
  return detected || declaredCode || null;
}

const LETTER = /\p{L}/gu;

/** Whether a text holds at least `n` letters, counted only as far as the n-th. */
function hasLetters(text: string, n: number): boolean {
  let count = 0;
  LETTER.lastIndex = 0;
  while (count < n && LETTER.exec(text)) count++;
  LETTER.lastIndex = 0;
  return count >= n;
}
