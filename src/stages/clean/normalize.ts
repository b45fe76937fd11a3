/**
 * The one normalisation every clean text goes through: Unicode NFC, line ends as "\n",
 * no control characters, no zero-width characters. Typographic quotes and apostrophes are kept:
 * they are part of what the outlet printed, and quotes are found by them.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, '')
    .replace(/\t/gu, ' ');
}
