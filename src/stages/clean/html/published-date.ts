import { cleaningVocabulary } from './cleaning-vocabulary.js';

const ISO = /(?<year>(?:19|20)\d{2})[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})/u;
const DAY_FIRST = /(?<![\p{N}])(?<day>\d{1,2})[-/.](?<month>\d{1,2})[-/.](?<year>(?:19|20)\d{2})(?![\p{N}])/u;
const COMPACT = /^(?<year>(?:19|20)\d{2})(?<month>\d{2})(?<day>\d{2})(?:\D|$)/u;

function format(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A date as metadata writes it (ISO 8601, RFC 2822, "13 octobre 2016", "13/10/2016") ->
 * YYYY-MM-DD, or null. Numeric day/month dates are read day first (the European order) unless
 * that is impossible; the date is kept as written, never shifted to another time zone.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  let m = ISO.exec(text);
  if (m?.groups) return format(Number(m.groups.year), Number(m.groups.month), Number(m.groups.day));
  m = COMPACT.exec(text);
  if (m?.groups) return format(Number(m.groups.year), Number(m.groups.month), Number(m.groups.day));
  const written = writtenDate(text);
  if (written) return written;
  m = DAY_FIRST.exec(text);
  if (m?.groups) {
    const a = Number(m.groups.day);
    const b = Number(m.groups.month);
    return b > 12 ? format(Number(m.groups.year), a, b) : format(Number(m.groups.year), b, a);
  }
  if (/^\d{10,13}$/u.test(text)) {
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  return null;
}

/** The first written-out date in a line of text ("Publié le 13 octobre 2016 à 10h"). */
export function writtenDate(text: string): string | null {
  const m = cleaningVocabulary.writtenDate.exec(text);
  if (!m?.groups) return null;
  const g = m.groups;
  const monthName = (g.month1 ?? g.month2).toLowerCase();
  const month = cleaningVocabulary.months.get(monthName);
  if (!month) return null;
  return format(Number(g.year1 ?? g.year2), month, Number(g.day1 ?? g.day2));
}

const NUMERIC_IN_TEXT = /(?<![\p{N}])(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})(?![\p{N}])/u;

/** A date written anywhere in a short line: "Publié le 3 mars 2021", "Mis à jour le 22/07/2022". */
export function dateInLine(text: string): string | null {
  return writtenDate(text) ?? normalizeDate(NUMERIC_IN_TEXT.exec(text)?.[0]);
}

/**
 * A dateline on its own: a short line that holds a date and little else (at most a few words
 * such as "Publié le", "Updated", a time). Such lines are chrome, not body.
 */
export function isDateline(text: string): boolean {
  if (text.length > DATELINE_MAX) return false;
  const date = dateInLine(text);
  if (!date) return false;
  const words = text.replace(cleaningVocabularyDate(), ' ').match(/\p{L}{2,}/gu) ?? [];
  return words.length <= 5;
}

const DATELINE_MAX = 60;

function cleaningVocabularyDate(): RegExp {
  return new RegExp(`${cleaningVocabulary.writtenDate.source}|${NUMERIC_IN_TEXT.source}`, 'giu');
}
