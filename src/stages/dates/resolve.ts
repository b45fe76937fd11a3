import {
  addDays, diffDays, formatDay, parseYmd, formatMonth, formatRange, inferYear, isValidDay, weekday, type Ymd,
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

// How far ahead of publication the nearest year may put a day told in a past tense: a few
// weeks is an announcement's date ("a annoncé … le 3 novembre"), months ahead is last year's.
const PAST_SLACK_DAYS = 31;

/** chrono's nearest year, unless a past-tense clause puts it more than a few weeks ahead. */
function yearFor(ctx: DateContext, month: number, day: number, direction: Direction): number {
  const nearest = inferYear(ctx.ref, month, day, direction);
  if (direction !== null || !ctx.past) return nearest;
  const ahead = diffDays({ year: nearest, month, day: Math.min(day, 28) }, ctx.ref);
  return ahead > PAST_SLACK_DAYS ? inferYear(ctx.ref, month, day, 'past') : nearest;
}

export function resolveDay(ctx: DateContext, day: number, month: number, year: number | null, direction: Direction): ParsedDate | null {
  const y = year ?? yearFor(ctx, month, day, direction);
  if (!isValidDay(y, month, day)) return null;
  return { kind: 'day', value: formatDay({ year: y, month, day }) };
}

export function resolveDayRange(
  ctx: DateContext, d1: number, m1: number, d2: number, m2: number, year: number | null, direction: Direction,
): ParsedDate | null {
  const y2 = year ?? yearFor(ctx, m2, d2, direction);
  const y1 = m1 > m2 ? y2 - 1 : y2;
  if (!isValidDay(y1, m1, d1) || !isValidDay(y2, m2, d2)) return null;
  return { kind: 'range', value: formatRange({ year: y1, month: m1, day: d1 }, { year: y2, month: m2, day: d2 }) };
}

export function resolveMonth(ctx: DateContext, month: number, year: number | null, direction: Direction): ParsedDate {
  const y = year ?? yearFor(ctx, month, 15, direction ?? (ctx.future ? 'future' : null));
  return { kind: 'month', value: formatMonth(y, month) };
}

/**
 * Two weekdays joined ("lundi et mardi", "dans la nuit de dimanche à lundi", "Monday and
 * Tuesday"): the second resolved as a lone weekday, the first the last such day on or before it.
 */
export function resolveWeekdayRange(ctx: DateContext, first: number, second: number, direction: Direction): ParsedDate {
  const end = resolveWeekday(ctx, second, direction);
  const endDay = parseYmd(end.kind === 'day' ? end.value : '')!;
  const back = (weekday(endDay) - first + 7) % 7 || 7;
  return { kind: 'range', value: formatRange(addDays(endDay, -back), endDay) };
}

/** "overnight", "la nuit dernière": the night that ends on the publication day. */
export function resolveLastNight(ctx: DateContext): ParsedDate {
  return { kind: 'range', value: formatRange(addDays(ctx.ref, -1), ctx.ref) };
}

/** "en deux jours", "in two days": that many calendar days, publication day included. */
export function resolveLastDays(ctx: DateContext, days: number): ParsedDate {
  return { kind: 'period', value: formatRange(addDays(ctx.ref, -Math.max(0, days - 1)), ctx.ref) };
}

/** "en 2019", "in 2019", "l'an dernier": the whole year, as a range of days. */
export function resolveYear(year: number): ParsedDate {
  return { kind: 'range', value: formatRange({ year, month: 1, day: 1 }, { year, month: 12, day: 31 }) };
}

/** "en début de semaine", "at the start of the week": the Monday of the publication week. */
export function resolveWeekStart(ctx: DateContext): ParsedDate {
  return { kind: 'day', value: formatDay(addDays(ctx.ref, -((weekday(ctx.ref) + 6) % 7))) };
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
