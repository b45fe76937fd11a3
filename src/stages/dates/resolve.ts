import {
  addDays, formatDay, formatMonth, formatRange, inferYear, isValidDay, weekday, type Ymd,
} from './calendar.js';
import type { DateContext, ParsedDate } from './rules.js';

/*
 * Language-independent resolution helpers the per-language parsers call once they have turned
 * words into numbers (month 1-12, weekday 0-6 with 0 = Sunday, a direction).
 */
export type Direction = 'past' | 'future' | null;

/**
 * A weekday without a date: the publication day itself when it is that weekday ("jeudi" in a
 * Thursday paper), else the last one, or the next one when the clause speaks of the future.
 */
export function resolveWeekday(ctx: DateContext, day: number, direction: Direction): ParsedDate {
  const refDay = weekday(ctx.ref);
  const dir = direction ?? (ctx.future ? 'future' : 'past');
  let delta: number;
  if (direction === null && day === refDay) delta = 0;
  else if (dir === 'future') delta = ((day - refDay + 7) % 7) || 7;
  else delta = -(((refDay - day + 7) % 7) || 7);
  return { kind: 'day', value: formatDay(addDays(ctx.ref, delta)) };
}

export function resolveDay(ctx: DateContext, day: number, month: number, year: number | null, direction: Direction): ParsedDate | null {
  const y = year ?? inferYear(ctx.ref, month, day, direction);
  if (!isValidDay(y, month, day)) return null;
  return { kind: 'day', value: formatDay({ year: y, month, day }) };
}

export function resolveDayRange(
  ctx: DateContext, d1: number, m1: number, d2: number, m2: number, year: number | null, direction: Direction,
): ParsedDate | null {
  const y2 = year ?? inferYear(ctx.ref, m2, d2, direction);
  const y1 = m1 > m2 ? y2 - 1 : y2;
  if (!isValidDay(y1, m1, d1) || !isValidDay(y2, m2, d2)) return null;
  return { kind: 'range', value: formatRange({ year: y1, month: m1, day: d1 }, { year: y2, month: m2, day: d2 }) };
}

export function resolveMonth(ctx: DateContext, month: number, year: number | null, direction: Direction): ParsedDate {
  const y = year ?? inferYear(ctx.ref, month, 15, direction ?? (ctx.future ? 'future' : null));
  return { kind: 'month', value: formatMonth(y, month) };
}

/** A day counted from publication ("hier" = -1, "il y a trois jours" = -3). */
export function resolveOffset(ctx: DateContext, days: number): ParsedDate {
  return { kind: 'day', value: formatDay(addDays(ctx.ref, days)) };
}

/** "dans les dernières 72 heures": the days the window touches, ending on publication. */
export function resolveLastHours(ctx: DateContext, hours: number): ParsedDate {
  const days = Math.max(1, Math.ceil(hours / 24));
  return { kind: 'period', value: formatRange(addDays(ctx.ref, -days), ctx.ref) };
}

/** "la semaine dernière": Monday to Sunday of the week before publication. */
export function resolveLastWeek(ctx: DateContext): ParsedDate {
  const sinceMonday = (weekday(ctx.ref) + 6) % 7;
  const monday = addDays(ctx.ref, -sinceMonday - 7);
  return { kind: 'range', value: formatRange(monday, addDays(monday, 6)) };
}

export function resolveLastMonth(ctx: DateContext): ParsedDate {
  const month = ctx.ref.month === 1 ? 12 : ctx.ref.month - 1;
  const year = ctx.ref.month === 1 ? ctx.ref.year - 1 : ctx.ref.year;
  return { kind: 'month', value: formatMonth(year, month) };
}

export function resolveYmd(year: number, month: number, day: number): ParsedDate | null {
  if (!isValidDay(year, month, day)) return null;
  return { kind: 'day', value: formatDay({ year, month, day } as Ymd) };
}
