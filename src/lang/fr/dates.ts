import type { DateParser, DateRules } from '../../stages/dates/rules.js';
import {
  resolveDay, resolveDayRange, resolveLastDays, resolveLastHours, resolveLastMonth, resolveLastNight, resolveLastWeek,
  resolveMonth, resolveOffset, resolveWeekday, resolveWeekdayRange, resolveWeekStart, resolveYear, resolveYmd, type Direction,
} from '../../stages/dates/resolve.js';
import { isoDate } from '../xx/dates.js';
import { numbers } from './numbers.js';

const MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};
// Abbreviations only with their period: "sept" alone is the number seven.
const MONTH_ABBREVIATIONS: Record<string, number> = {
  janv: 1, févr: 2, fév: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, déc: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};
const RELATIVE_DAYS: Record<string, number> = {
  'avant-hier': -2, hier: -1, "aujourd'hui": 0, demain: 1, 'après-demain': 2,
};

const alt = (words: string[]): string => words.sort((a, b) => b.length - a.length).join('|');
const M = `(?:${alt(Object.keys(MONTHS))}|(?:${alt(Object.keys(MONTH_ABBREVIATIONS))})\\.)`;
const WD = alt(Object.keys(WEEKDAYS));
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const DAY = '(?:\\d{1,2}|1er|premier)';
const YEAR = '(?:\\s+(?<year>\\d{4}))?';
const DIR = '(?:\\s+(?<dir>derni[eè]re?s?|prochaine?s?))?';
const NUM = `(?:\\d+|${alt([...numbers.cardinals.keys()].filter((w) => !numbers.articles.has(w)))}|une?)`;

const re = (source: string): RegExp => new RegExp(source, 'giu');
const ON = "(?:de\\s+la|de\\s+l['’]|du|des|de|d['’])";

// What an onset's topic ("depuis le début du siège") is called where its first day is written:
// a siege is dated where the town was encircled, a strike where the movement began.
const ONSET_TOPICS: [RegExp, RegExp][] = [
  [/^(?:siège|blocus|encerclement)$/iu, /siège|assiég|encercl|blocus/iu],
  [/^(?:offensive|opération|assaut|bataille|combats|intervention)$/iu, /offensive|opération|assaut|encercl|bataille|intervention/iu],
  [/^(?:guerre|conflit|invasion|hostilités)$/iu, /guerre|conflit|invasion|hostilités/iu],
  [/^(?:grève|mouvement|mobilisation|conflit\s+social|blocage)$/iu, /gr[eèé]v|mouvement|mobilisation|blocage|débrayage/iu],
  [/^(?:manifestations?|contestation|protestations?|émeutes?|troubles)$/iu, /manifest|contestation|protest|émeute|troubles/iu],
  [/^(?:crue|inondations?|intempéries|tempête|incendies?|séisme)$/iu, /crue|inond|intempéries|tempête|incendi|séisme/iu],
];
const onsetTopic = (word: string): RegExp =>
  ONSET_TOPICS.find(([key]) => key.test(word))?.[1] ?? new RegExp(word.slice(0, 5).replace(/[^\p{L}]/gu, ''), 'iu');
const month = (word: string): number => {
  const lower = word.toLowerCase().replace(/\.$/u, '');
  return MONTHS[lower] ?? MONTH_ABBREVIATIONS[lower]!;
};
const dayNumber = (word: string): number => (/^\d+$/u.test(word) ? +word : 1);
const direction = (word: string | undefined): Direction =>
  !word ? null : /^derni/iu.test(word) ? 'past' : 'future';
const yearOf = (word: string | undefined): number | null => (word ? +word : null);

function count(word: string): number {
  const lower = word.toLowerCase();
  if (/^\d+$/u.test(lower)) return +lower;
  return numbers.cardinals.get(lower) ?? 1;
}

const parsers: DateParser[] = [
  isoDate,
  {
    // "le 18 octobre", "Ce 28 octobre", "mardi 15 mars 2016", "le 1er octobre dernier"
    name: 'day-month',
    pattern: re(`${B}(?:(?<wd>${WD})\\s+)?(?<day>${DAY})\\s+(?<month>${M})${YEAR}${DIR}${E}`),
    extract: (m, ctx) => resolveDay(ctx, dayNumber(m.groups!.day!), month(m.groups!.month!), yearOf(m.groups!.year), direction(m.groups!.dir)),
  },
  {
    // "les 26 et 27 octobre derniers", "du 26 au 28 octobre", "entre le 30 septembre et le 2 octobre"
    name: 'day-range',
    pattern: re(`${B}(?<d1>${DAY})(?:\\s+(?<m1>${M}))?\\s*(?:et|au|-|–)\\s*(?:le\\s+)?(?<d2>${DAY})\\s+(?<month>${M})${YEAR}${DIR}${E}`),
    extract: (m, ctx) => {
      const m2 = month(m.groups!.month!);
      const m1 = m.groups!.m1 ? month(m.groups!.m1) : m2;
      return resolveDayRange(ctx, dayNumber(m.groups!.d1!), m1, dayNumber(m.groups!.d2!), m2, yearOf(m.groups!.year), direction(m.groups!.dir));
    },
  },
  {
    // "fin juillet", "début septembre 2016", "à la mi-octobre", "en juillet dernier", "octobre 2016"
    name: 'month',
    pattern: re(`${B}(?:(?:fin|début|mi|courant|en|au\\s+mois\\s+de|(?:à\\s+la\\s+)?mi)[\\s-]+(?<month>${M})${YEAR}${DIR}|(?<month2>${M})\\s+(?<year2>\\d{4}))${E}`),
    extract: (m, ctx) => {
      const g = m.groups!;
      if (g.month2) return resolveMonth(ctx, month(g.month2), +g.year2!, null);
      return resolveMonth(ctx, month(g.month!), yearOf(g.year), direction(g.dir));
    },
  },
  {
    // "mardi", "jeudi dernier", "samedi prochain", "mercredi soir"
    name: 'weekday',
    pattern: re(`${B}(?<wd>${WD})${DIR}${E}`),
    extract: (m, ctx) => resolveWeekday(ctx, WEEKDAYS[m.groups!.wd!.toLowerCase()]!, direction(m.groups!.dir)),
  },
  {
    // "lundi et mardi", "de lundi à mercredi", "dans la nuit de dimanche à lundi": one range.
    name: 'weekday-range',
    pattern: re(`${B}(?:(?:dans\\s+)?la\\s+nuit\\s+)?(?:(?:de|du|entre)\\s+)?(?<wd1>${WD})(?:\\s+(?:soir|matin))?\\s+(?:et|à|au)\\s+(?<wd2>${WD})${DIR}${E}`),
    extract: (m, ctx) => resolveWeekdayRange(ctx, WEEKDAYS[m.groups!.wd1!.toLowerCase()]!, WEEKDAYS[m.groups!.wd2!.toLowerCase()]!, direction(m.groups!.dir)),
  },
  {
    // "la nuit dernière", "cette nuit": the night that ends on the publication day.
    name: 'last-night',
    pattern: re(`${B}(?:la\\s+nuit\\s+derni[eè]re|cette\\s+nuit)${E}`),
    extract: (_m, ctx) => resolveLastNight(ctx),
  },
  {
    // "en deux jours", "en 48 heures": the days up to publication.
    name: 'last-days',
    pattern: re(`${B}en\\s+(?<n>${NUM})\\s+(?<unit>jours|heures)${E}`),
    extract: (m, ctx) => resolveLastDays(ctx, /^heures$/iu.test(m.groups!.unit!) ? Math.ceil(count(m.groups!.n!) / 24) : count(m.groups!.n!)),
  },
  {
    // "en 2019", "depuis 2011": a year (the year itself; "depuis" makes it a window).
    name: 'year',
    pattern: re(`(?<=${B}(?:en|depuis|durant|pendant|courant)\\s+)(?<y>(?:19|20)\\d{2})(?![\\p{L}\\p{N}/-]|[.,]\\d)`),
    extract: (m) => resolveYear(+m.groups!.y!),
  },
  {
    name: 'last-year',
    pattern: re(`${B}(?:l['’]an\\s+dernier|l['’]année\\s+derni[eè]re)${E}`),
    extract: (_m, ctx) => resolveYear(ctx.ref.year - 1),
  },
  {
    name: 'week-start',
    pattern: re(`${B}(?:en\\s+|au\\s+)?début\\s+de\\s+(?:cette\\s+|la\\s+)?semaine(?!\\s+(?:prochaine|derni))${E}`),
    extract: (_m, ctx) => resolveWeekStart(ctx),
  },
  {
    // "depuis janvier": a month alone after "depuis" (the since refiner makes it a window).
    name: 'month-since',
    pattern: re(`(?<=${B}(?:depuis|à\\s+partir\\s+de|à\\s+partir\\s+d['’])\\s+)(?<month>${M})(?:\\s+(?<year>\\d{4}))?${E}`),
    extract: (m, ctx) => resolveMonth(ctx, month(m.groups!.month!), yearOf(m.groups!.year), 'past'),
  },
  {
    // "depuis le début du siège", "depuis le lancement de l'opération": resolved by resolveOnsets.
    name: 'onset',
    pattern: re(`${B}(?:depuis|dès)\\s+(?:le\\s+|la\\s+)?(?:début|déclenchement|lancement|commencement)\\s+${ON}\\s*«?\\s*(?!(?:année|an|mois|semaine|journée|matinée|soirée)${E})(?<topic>\\p{L}{3,})${E}`),
    extract: (m) => ({ kind: 'onset', topic: onsetTopic(m.groups!.topic!) }),
  },
  {
    name: 'relative-day',
    pattern: re(`${B}(?<word>avant-hier|après-demain|aujourd['’]hui|hier|demain)${E}`),
    extract: (m, ctx) => resolveOffset(ctx, RELATIVE_DAYS[m.groups!.word!.toLowerCase().replace('’', "'")]!),
  },
  {
    // Expressions of the publication day itself.
    name: 'today',
    pattern: re(`${B}(?:(?:plus\\s+tôt\\s+)?dans\\s+la\\s+journée|ce\\s+(?:matin|soir|jour)|cet\\s+après-midi)${E}`),
    extract: (_m, ctx) => resolveOffset(ctx, 0),
  },
  {
    // "il y a trois jours", "il y a une semaine"
    name: 'ago',
    pattern: re(`${B}il\\s+y\\s+a\\s+(?<n>${NUM})\\s+(?<unit>jours?|semaines?)${E}`),
    extract: (m, ctx) => resolveOffset(ctx, -count(m.groups!.n!) * (/^semaine/iu.test(m.groups!.unit!) ? 7 : 1)),
  },
  {
    // "dans les dernières 72 heures", "ces trois derniers jours", "au cours des dernières 24 heures"
    name: 'last-hours',
    pattern: re(`${B}(?:les|ces|des)\\s+(?:(?<n1>${NUM})\\s+derni[eè]re?s|derni[eè]re?s\\s+(?<n2>${NUM}))\\s+(?<unit>heures|jours|semaines)${E}`),
    extract: (m, ctx) => {
      const n = count(m.groups!.n1 ?? m.groups!.n2!);
      const unit = m.groups!.unit!.toLowerCase();
      return resolveLastHours(ctx, n * (unit === 'heures' ? 1 : unit === 'jours' ? 24 : 168));
    },
  },
  {
    name: 'year-start',
    pattern: re(`${B}début\\s+de\\s+l['’]année${E}`),
    extract: (_m, ctx) => resolveYmd(ctx.ref.year, 1, 1),
  },
  {
    name: 'last-week',
    pattern: re(`${B}la\\s+semaine\\s+derni[eè]re${E}`),
    extract: (_m, ctx) => resolveLastWeek(ctx),
  },
  {
    name: 'last-month',
    pattern: re(`${B}le\\s+mois\\s+dernier${E}`),
    extract: (_m, ctx) => resolveLastMonth(ctx),
  },
  {
    // "au lendemain de Lausanne", "à la veille du sommet", "le lendemain"
    name: 'day-after',
    pattern: re(`${B}(?:au|le|à\\s+la|la)\\s+(?<word>lendemain|veille)(?:\\s+(?:de\\s+la|de\\s+l['’]|des|du|de|d['’]))?${E}`),
    extract: (m) => ({ kind: 'relative', offsetDays: /^lendemain$/iu.test(m.groups!.word!) ? 1 : -1 }),
  },
  {
    name: 'numeric',
    pattern: re(`${B}(?<d>\\d{1,2})[/.](?<m>\\d{1,2})[/.](?<y>\\d{4})${E}`),
    extract: (m) => resolveYmd(+m.groups!.y!, +m.groups!.m!, +m.groups!.d!),
  },
];

export const dates: DateRules = {
  parsers,
  since: /(?<![\p{L}])(?:depuis|à\s+partir\s+(?:du|de|d['’]))\s+(?:le\s+|la\s+|l['’])?$/iu,
  fromCue: /(?<![\p{L}])(?:dès|à\s+partir\s+(?:de|du))\s+(?:le\s+)?$/iu,
  announce: /(?<![\p{L}])(?:annoncé|annonce|annoncent|promis|prévu|décidé|programmé)(?![\p{L}])/iu,
  // Future tense (common irregular forms, then -era/-ira/-dra endings of lower-case verbs),
  // planning words, and "avant une réunion" (what is ahead of a meeting is still to come).
  futureCue: new RegExp(
    `${B}(?:se\\s+tiendrai(?:en)?t|(?:pour|ver|enver|sau|cour|mour|acquer)r(?:a|ont)|aurai(?:en)?t\\s+lieu|sera|seront|aura|auront|fera|feront|ira|iront|doit|doivent|devra|devront|devrait|devraient|va|vont|prochaine?s?|prévue?s?|attendue?s?|\\p{Ll}{2,}(?:era|eront|ira|iront|dra|dront)|avant\\s+(?:une?|la|le|l['’]|les|des)\\s*(?:\\p{L}+\\s+){0,2}?(?:réunion|rencontre|sommet|conférence|visite|vote|élection|scrutin|négociations|pourparlers))${E}`,
    'iu'),
  // Passé composé, plus-que-parfait, passive and past participles: done, not ahead.
  pastCue: new RegExp(`${B}(?:avait|avaient|était|étaient|a\\s+été|ont\\s+été|\\p{Ll}{2,}(?:é|ée|és|ées))${E}`, 'u'),
};
