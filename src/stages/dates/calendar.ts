/** Calendar arithmetic on plain YYYY-MM-DD values, in UTC so no time zone shifts a day. */
export interface Ymd { year: number; month: number; day: number }

export function parseYmd(value: string): Ymd | null {
  const m = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/u.exec(value);
  if (!m) return null;
  return { year: +m.groups!.y!, month: +m.groups!.m!, day: +m.groups!.d! };
}

function toTime(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromTime(t: number): Ymd {
  const date = new Date(t);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromTime(toTime(d) + days * 86_400_000);
}

export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toTime(a) - toTime(b)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export function weekday(d: Ymd): number {
  return new Date(toTime(d)).getUTCDay();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = fromTime(Date.UTC(year, month - 1, day));
  return d.month === month && d.day === day;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function formatRange(a: Ymd, b: Ymd): string {
  return `${formatDay(a)}/${formatDay(b)}`;
}

/**
 * The year for a day or month written without one: the year that puts it nearest the reference
 * (chrono's choice), unless the text says it is past ("derniers") or future ("prochain").
 */
export function inferYear(ref: Ymd, month: number, day: number, direction: 'past' | 'future' | null): number {
  const candidates = [ref.year - 1, ref.year, ref.year + 1].map((year) => ({
    year,
    delta: diffDays({ year, month, day: Math.min(day, 28) }, ref),
  }));
  const allowed = candidates.filter((c) =>
    direction === 'past' ? c.delta <= 0 : direction === 'future' ? c.delta >= 0 : true);
  allowed.sort((a, b) => Math.abs(a.delta) - Math.abs(b.delta));
  return (allowed[0] ?? candidates[1]!).year;
}
