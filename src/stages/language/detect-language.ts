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
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const declaredCode = declared ? declared.toLowerCase().split(/[-_]/u)[0]! : null;
  if (letters < MIN_LETTERS) return declaredCode || null;
  let detected = '';
  try {
    const result = eld.detect(sample);
    detected = result.isReliable() ? result.language : '';
  } catch {
    detected = '';
  }
  return detected || declaredCode || null;
}
