/**
 * The one normalisation every comparison in `eval` goes through (shared/gold/README.md):
 * Unicode NFC, typographic apostrophes and quotation marks folded, white space runs collapsed,
 * case folded.
 */
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02BC]/gu;
// Spaces inside French guillemets ("« rebelles »") are typography, not text: the gold writes
// «rebelles» or « rebelles » depending on the page, so they fold together.
const GUILLEMET_OPEN = /«\s*/gu;
const GUILLEMET_CLOSE = /\s*»/gu;
const QUOTATION_MARKS = /[\u201C\u201D\u201E\u201F]/gu;
const WHITE_SPACE = /\s+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

export function normalise(value: string | null | undefined): string {
  if (value == null) return '';
  return value
    .normalize('NFC')
    .replace(APOSTROPHES, "'")
    .replace(GUILLEMET_OPEN, '"')
    .replace(GUILLEMET_CLOSE, '"')
    .replace(QUOTATION_MARKS, '"')
    .replace(WHITE_SPACE, ' ')
    .trim()
    .toLowerCase()
    // Lower-casing can decompose a few letters (İ -> i + combining dot).
    .normalize('NFC');
}

/** The normalised words of a string: runs of letters and digits. */
export function words(value: string | null | undefined): string[] {
  return normalise(value).match(WORD) ?? [];
}

/**
 * Whether one string holds the other as whole words ("le général Roudskoï" holds "Roudskoï",
 * "Roudskoï" does not hold "skoï"), in either direction. Empty strings hold nothing.
 */
export function containsEitherWay(a: string | null | undefined, b: string | null | undefined): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const sa = ` ${wa.join(' ')} `;
  const sb = ` ${wb.join(' ')} `;
  return sa.includes(sb) || sb.includes(sa);
}
