import type { DateParser, DateRules } from '../../stages/dates/rules.js';
import {
  resolveDay, resolveDayRange, resolveLastDays, resolveLastHours, resolveLastMonth, resolveLastNight, resolveLastWeek,
  resolveMonth, resolveOffset, resolveWeekday, resolveWeekdayRange, resolveWeekStart, resolveYear, resolveYmd, type Direction,
} from '../../stages/dates/resolve.js';
import { isoDate } from '../xx/dates.js';
import { formatDay } from '../../stages/dates/calendar.js';
import { numbers } from './numbers.js';

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const RELATIVE_DAYS: Record<string, number> = {
  'the day before yesterday': -2, yesterday: -1, today: 0, tonight: 0, tomorrow: 1, 'the day after tomorrow': 2,
};

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const alt = (words: string[]): string => words.sort((a, b) => b.length - a.length).join('|');
// Month and weekday names are capitalised in English: requiring it keeps "may" and "march" verbs out.
const FULL_MONTHS = Object.keys(MONTHS).filter((w) => w.length > 4 || w === 'may' || w === 'june' || w === 'july');
const SHORT_MONTHS = Object.keys(MONTHS).filter((w) => !FULL_MONTHS.includes(w));
const M = `(?:${alt(FULL_MONTHS.map(cap))}|(?:${alt(SHORT_MONTHS.map(cap))})\\.?)`;
const WD = alt(Object.keys(WEEKDAYS).map(cap));
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const DAY = '(?:\\d{1,2})(?:st|nd|rd|th)?';
const NUM = `(?:\\d+|${alt([...numbers.cardinals.keys()].flatMap((w) => [w, cap(w)]))})`;

const re = (source: string): RegExp => new RegExp(source, 'gu');

// What an onset's topic ("since the siege began") is called where its first day is written.
const ONSET_TOPICS: [RegExp, RegExp][] = [
  [/^(?:siege|blockade|encirclement)$/iu, /siege|besieg|encircl|blockade/iu],
  [/^(?:offensive|operation|assault|battle|fighting|intervention|campaign)$/iu, /offensive|operation|assault|encircl|battle|intervention|campaign/iu],
  [/^(?:war|conflict|invasion|hostilities)$/iu, /war|conflict|invasion|hostilities/iu],
  [/^(?:strike|walkout|stoppage|blockade|movement)$/iu, /strik|walk(?:ed|ing)?[\s-]?out|stoppage|blockade|movement/iu],
  [/^(?:protests?|unrest|riots?|demonstrations?|crackdown)$/iu, /protest|unrest|riot|demonstrat|crackdown/iu],
  [/^(?:floods?|flooding|storm|fires?|wildfires?|earthquake|outbreak|epidemic)$/iu, /flood|storm|fire|earthquake|outbreak|epidemic/iu],
];
const onsetTopic = (word: string): RegExp =>
  ONSET_TOPICS.find(([key]) => key.test(word))?.[1] ?? new RegExp(word.slice(0, 5).replace(/[^\p{L}]/gu, ''), 'iu');
const month = (word: string): number => MONTHS[word.toLowerCase().replace(/\.$/u, '')]!;
const dayNumber = (word: string): number => parseInt(word, 10);
const yearOf = (word: string | undefined): number | null => (word ? +word : null);
const direction = (word: string | undefined): Direction =>
  !word ? null : /^last$/iu.test(word) ? 'past' : /^(?:next|coming)$/iu.test(word) ? 'future' : null;

function count(word: string): number {
  const lower = word.toLowerCase();
  if (/^\d+$/u.test(lower)) return +lower;
  return numbers.cardinals.get(lower) ?? 1;
}

const parsers: DateParser[] = [
  isoDate,
  {
    // "October 18", "Oct. 18, 2016", "Tuesday, October 18"
    name: 'month-day',
    pattern: re(`${B}(?:(?:${WD}),?\\s+)?(?<month>${M})\\s+(?<day>${DAY})(?:,?\\s+(?<year>\\d{4}))?${E}`),
    extract: (m, ctx) => resolveDay(ctx, dayNumber(m.groups!.day!), month(m.groups!.month!), yearOf(m.groups!.year), null),
  },
  {
    // "18 October 2016", "the 18th of October"
    name: 'day-month',
    pattern: re(`${B}(?:(?:${WD}),?\\s+)?(?:the\\s+)?(?<day>${DAY})\\s+(?:of\\s+)?(?<month>${M})(?:,?\\s+(?<year>\\d{4}))?${E}`),
    extract: (m, ctx) => resolveDay(ctx, dayNumber(m.groups!.day!), month(m.groups!.month!), yearOf(m.groups!.year), null),
  },
  {
    // "October 26 and 27", "October 26-27", "26 and 27 October", "from October 30 to November 2"
    name: 'day-range',
    pattern: re(`${B}(?:(?<ma>${M})\\s+(?<da1>${DAY})\\s*(?:-|–|and|to|through)\\s*(?:(?<mb>${M})\\s+)?(?<da2>${DAY})|(?<db1>${DAY})\\s*(?:-|–|and|to)\\s*(?<db2>${DAY})\\s+(?<mc>${M}))(?:,?\\s+(?<year>\\d{4}))?${E}`),
    extract: (m, ctx) => {
      const g = m.groups!;
      if (g.ma) {
        const m1 = month(g.ma);
        return resolveDayRange(ctx, dayNumber(g.da1!), m1, dayNumber(g.da2!), g.mb ? month(g.mb) : m1, yearOf(g.year), null);
      }
      const mc = month(g.mc!);
      return resolveDayRange(ctx, dayNumber(g.db1!), mc, dayNumber(g.db2!), mc, yearOf(g.year), null);
    },
  },
  {
    // "late July", "the end of September", "mid-October", "in July", "last July", "October 2016"
    name: 'month',
    pattern: re(`${B}(?:(?:[Ee]arly|[Ll]ate|[Mm]id|(?:[Tt]he\\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\\s+of|[Ii]n|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince)[\\s-]+(?<month>${M})(?:,?\\s+(?<year>\\d{4})|\\s+(?<yearWord>last|this|next)\\s+year)?|(?<month2>${M}),?\\s+(?<year2>\\d{4}))${E}`),
    extract: (m, ctx) => {
      const g = m.groups!;
      if (g.month2) return resolveMonth(ctx, month(g.month2), +g.year2!, null);
      const lead = /^\p{L}+/u.exec(m[0])![0];
      if (/^since$/iu.test(lead)) {
        // "since January": from the first of that month to publication, whatever the clause's tense.
        const start = resolveMonth({ ...ctx, future: false }, month(g.month!), yearOf(g.year), 'past');
        return { kind: 'period', value: `${start.kind === 'month' ? start.value : ''}-01/${formatDay(ctx.ref)}` };
      }
      // "in August last year": the year said in words.
      const shift = g.yearWord ? { last: -1, this: 0, next: 1 }[g.yearWord as 'last' | 'this' | 'next'] : null;
      const year = shift === null ? yearOf(g.year) : ctx.ref.year + shift;
      return resolveMonth(ctx, month(g.month!), year, direction(lead));
    },
  },
  {
    // "Tuesday", "on Tuesday", "last Tuesday", "next Saturday"
    name: 'weekday',
    pattern: re(`${B}(?:(?<dir>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming)\\s+)?(?<wd>${WD})${E}`),
    extract: (m, ctx) => resolveWeekday(ctx, WEEKDAYS[m.groups!.wd!.toLowerCase()]!, direction(m.groups!.dir)),
  },
  {
    // "Monday and Tuesday", "from Sunday to Tuesday", "the night of Sunday to Monday": one range.
    name: 'weekday-range',
    pattern: re(`${B}(?:(?:[Oo]n\\s+)?(?:[Tt]he\\s+)?night\\s+of\\s+)?(?:(?:[Ff]rom|[Bb]etween)\\s+)?(?<wd1>${WD})(?:\\s+(?:night|evening|morning))?\\s+(?:and|to|through|into|-|–)\\s+(?<wd2>${WD})${E}`),
    extract: (m, ctx) => resolveWeekdayRange(ctx, WEEKDAYS[m.groups!.wd1!.toLowerCase()]!, WEEKDAYS[m.groups!.wd2!.toLowerCase()]!, null),
  },
  {
    // "in two days", "in 48 hours": the days up to publication.
    name: 'last-days',
    pattern: re(`${B}in\\s+(?<n>${NUM})\\s+(?<unit>days|hours)${E}`),
    extract: (m, ctx) => resolveLastDays(ctx, m.groups!.unit === 'hours' ? Math.ceil(count(m.groups!.n!) / 24) : count(m.groups!.n!)),
  },
  {
    // "in 2019", "since 2011": a year (the year itself; "since" makes it a window).
    name: 'year',
    pattern: re(`(?<=${B}(?:[Ii]n|[Ss]ince|[Dd]uring|[Tt]hroughout)\\s+)(?<y>(?:19|20)\\d{2})(?![\\p{L}\\p{N}/-]|[.,]\\d)`),
    extract: (m) => resolveYear(+m.groups!.y!),
  },
  {
    name: 'last-year',
    pattern: re(`${B}[Ll]ast\\s+year${E}`),
    extract: (_m, ctx) => resolveYear(ctx.ref.year - 1),
  },
  {
    name: 'week-start',
    pattern: re(`${B}(?:(?:at\\s+)?the\\s+(?:start|beginning)\\s+of\\s+(?:the|this)\\s+week|early\\s+this\\s+week)${E}`),
    extract: (_m, ctx) => resolveWeekStart(ctx),
  },
  {
    // "since the siege began", "since the start of the strike": resolved by resolveOnsets.
    name: 'onset',
    pattern: re(`${B}[Ss]ince\\s+the\\s+(?:(?:start|beginning|outbreak|launch)\\s+of\\s+(?:the\\s+)?(?<t1>\\p{L}+)|(?<t2>\\p{L}+)(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:began|started|erupted|broke\\s+out))${E}`),
    extract: (m) => ({ kind: 'onset', topic: onsetTopic(m.groups!.t1 ?? m.groups!.t2!) }),
  },
  {
    name: 'relative-day',
    pattern: re(`${B}(?<word>[Tt]he\\s+day\\s+before\\s+yesterday|[Tt]he\\s+day\\s+after\\s+tomorrow|[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)${E}`),
    extract: (m, ctx) => resolveOffset(ctx, RELATIVE_DAYS[m.groups!.word!.toLowerCase().replace(/\s+/gu, ' ')]!),
  },
  {
    name: 'today',
    pattern: re(`${B}(?:[Ee]arlier\\s+(?:today|in\\s+the\\s+day)|[Tt]his\\s+(?:morning|afternoon|evening))${E}`),
    extract: (_m, ctx) => resolveOffset(ctx, 0),
  },
  {
    // The night that ends on the publication day.
    name: 'last-night',
    pattern: re(`${B}(?:[Ll]ast\\s+night|[Oo]vernight)${E}`),
    extract: (_m, ctx) => resolveLastNight(ctx),
  },
  {
    // "three days ago", "a week ago"
    name: 'ago',
    pattern: re(`${B}(?<n>${NUM})\\s+(?<unit>days?|weeks?)\\s+ago${E}`),
    extract: (m, ctx) => resolveOffset(ctx, -count(m.groups!.n!) * (/^week/iu.test(m.groups!.unit!) ? 7 : 1)),
  },
  {
    // "in the past 72 hours", "over the last three days", "during the previous 24 hours"
    name: 'last-hours',
    pattern: re(`${B}(?:the|these)\\s+(?:past|last|previous)\\s+(?<n>${NUM})\\s+(?<unit>hours|days|weeks)${E}`),
    extract: (m, ctx) => {
      const unit = m.groups!.unit!;
      return resolveLastHours(ctx, count(m.groups!.n!) * (unit === 'hours' ? 1 : unit === 'days' ? 24 : 168));
    },
  },
  {
    name: 'year-start',
    pattern: re(`${B}(?:start|beginning)\\s+of\\s+the\\s+year${E}`),
    extract: (_m, ctx) => resolveYmd(ctx.ref.year, 1, 1),
  },
  {
    name: 'last-week',
    pattern: re(`${B}[Ll]ast\\s+week${E}`),
    extract: (_m, ctx) => resolveLastWeek(ctx),
  },
  {
    name: 'last-month',
    pattern: re(`${B}[Ll]ast\\s+month${E}`),
    extract: (_m, ctx) => resolveLastMonth(ctx),
  },
  {
    // "the day after the Lausanne meeting", "on the eve of the summit", "the next day"
    name: 'day-after',
    pattern: re(`${B}(?:(?:[Tt]he|[Aa])\\s+day\\s+(?<rel>after|before)|(?:on\\s+)?[Tt]he\\s+(?<eve>eve)\\s+of|[Tt]he\\s+(?<next>next|following)\\s+day)${E}`),
    extract: (m) => ({ kind: 'relative', offsetDays: m.groups!.rel === 'before' || m.groups!.eve ? -1 : 1 }),
  },
];

export const dates: DateRules = {
  parsers,
  since: /(?<![\p{L}])since\s+(?:the\s+)?$/iu,
  fromCue: /(?<![\p{L}])(?:from|starting|as\s+of|as\s+early\s+as)\s+$/iu,
  announce: /(?<![\p{L}])(?:announced|announces|promised|pledged|planned|scheduled|decided)(?![\p{L}])/iu,
  futureCue: new RegExp(
    `${B}(?:will|won't|shall|is\\s+due|are\\s+due|is\\s+set\\s+to|are\\s+set\\s+to|(?:is|are)\\s+expected\\s+to|(?:is|are)\\s+scheduled|scheduled\\s+for|expected|(?:would|could|might)\\s+(?:be\\s+held|take\\s+place|meet|begin|start|open|resume)|next|upcoming|ahead\\s+of|plans?\\s+to|(?:is|are)\\s+to|going\\s+to)${E}|'ll${E}`,
    'iu'),
  // Past perfect, passive past and simple past (lower-case -ed words): done, not ahead.
  pastCue: new RegExp(`${B}(?:had|was|were|has\\s+been|have\\s+been|\\p{Ll}{3,}ed)${E}`, 'u'),
};
