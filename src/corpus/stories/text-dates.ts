/**
 * A light date parse for text-only mode: explicit calendar dates (day, month and year written
 * out) in English, French, German and Spanish, and ISO dates. No relative dates ("on Tuesday"):
 * without a publication date they cannot be resolved. Used to date an article that has no
 * publication date (its dateline) and to tell two events of one kind apart by their dates.
 */
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, april_: 4, juni: 6, juli: 7, oktober: 10, dezember: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};
const NAMES = Object.keys(MONTHS).filter((k) => !k.endsWith('_')).sort((a, b) => b.length - a.length).join('|');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const YEAR = '(?<y>(?:1[89]|20)\\d\\d)';
const PATTERNS: RegExp[] = [
  // May 3, 2013 · May 03 2013 · Sept. 3rd, 2013
  new RegExp(`${B}(?<m>${NAMES})\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}${E}`, 'giu'),
  // 3 May 2013 · 3 mai 2013 · 1er mai 2013 · 3. Mai 2013 · 3 de mayo de 2013
  new RegExp(`${B}(?<d>\\d{1,2})(?:er|st|nd|rd|th|\\.)?\\s+(?:de\\s+)?(?<m>${NAMES})\\.?,?\\s+(?:de\\s+)?${YEAR}${E}`, 'giu'),
  // 2013-05-03
  /(?<![\p{L}\p{N}-])(?<y>(?:1[89]|20)\d\d)-(?<mm>\d{2})-(?<d>\d{2})(?!\p{N})/gu,
  // 03.05.2013 (German numeric dates)
  /(?<![\p{L}\p{N}.])(?<d>\d{1,2})\.(?<mm>\d{1,2})\.(?<y>(?:1[89]|20)\d\d)(?![\p{N}])/gu,
];

/** Day numbers (days since 1970-01-01) of the explicit dates in a text, in the order written. */
export function explicitDays(text: string): number[] {
  const found: [at: number, day: number][] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const g = m.groups!;
      const month = g.mm ? Number(g.mm) : MONTHS[g.m!.toLowerCase()];
      const d = Number(g.d);
      if (!month || month > 12 || d < 1 || d > 31) continue;
      found.push([m.index, Math.floor(Date.UTC(Number(g.y), month - 1, d) / 86400000)]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, day]) => day);
}

/** How far into an article a dateline is looked for. */
const DATELINE_CHARS = 300;

/** The day of a date written at the head of an article (a dateline), or null. */
export function datelineDay(text: string): number | null {
  return explicitDays(text.slice(0, DATELINE_CHARS))[0] ?? null;
}

const YEAR_WORD = /(?<![\p{L}\p{N}.,])(?:19[5-9]\d|20[0-4]\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

/** The latest year (1950–2049) a text names, or null: an article is seldom written long after it. */
export function latestYear(text: string): number | null {
  let max: number | null = null;
  for (const m of text.matchAll(YEAR_WORD)) max = Math.max(max ?? 0, Number(m[0]));
  return max;
}

export function yearOfDay(day: number): number {
  return new Date(day * 86400000).getUTCFullYear();
}
