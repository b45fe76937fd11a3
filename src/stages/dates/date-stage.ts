import type { Stage } from '../../pipeline/stage.js';
import type { DateSpan, Doc } from '../../model/document.js';
import { parseYmd } from './calendar.js';
import type { DateRules } from './rules.js';
import { dropOverlaps, resolveOnsets, resolveRelatives, type Candidate } from './refiners.js';
import { dates as defaultRules } from '../../lang/xx/dates.js';
import { possibleMatches } from '../../lang/required-literals.js';
import { allMatches, globalOf } from '../../lang/match-all.js';

// A clause, for the future test: what lies between these marks. Quotation marks are not clause
// ends ("proposition de points « sécurisés » intervient avant une réunion samedi").
const CLAUSE_END = /[,;:.!?()\n]/u;

/** Dates resolved against the publication date (chrono-like: per-language parsers, shared refiners). */
export const dateStage: Stage = {
  name: 'dates',
  requires: ['sentences'],
  assigns: ['dates'],
  run(doc, ctx) {
    doc.set('dates', findDates(doc, ctx.lang.dates ?? defaultRules));
  },
};

export function findDates(doc: Doc, rules: DateRules): DateSpan[] {
  const ref = doc.meta.published ? parseYmd(doc.meta.published) : null;
  if (!ref) return [];
  const text = doc.text;
  const found: Candidate[] = [];
  // a parser whose words the text lacks is not run
  const possible = possibleMatches(rules.parsers, (p) => p.pattern, text);
  for (const [k, parser] of rules.parsers.entries()) {
    if (!possible[k]) continue;
    parser.pattern.lastIndex = 0;
    for (const m of allMatches(parser.pattern, text)) {
      const start = m.index!;
      const end = start + m[0].length;
      const clause = clauseAround(text, start, end);
      const at = start - clause.start;
      // both tenses in one clause ("d'avoir pilonné lundi deux des points de passage prévus"): the nearer cue decides
      let futureAt = nearest(rules.futureCue, clause.text, at);
      let pastAt = rules.pastCue ? nearest(rules.pastCue, clause.text, at) : Infinity;
      // "talks would be held in Tirsa, Morvania, on Thursday": an adjunct of its own, the tense is
      // the clause's before it in the sentence
      if (futureAt === Infinity && pastAt === Infinity) {
        const head = sentenceHead(text, clause.start);
        futureAt = nearest(rules.futureCue, head, head.length);
        pastAt = rules.pastCue ? nearest(rules.pastCue, head, head.length) : Infinity;
      }
      // "Jeudi, les combattants pourront partir": a fronted day takes the tense of the clause after it
      if (futureAt === Infinity && pastAt === Infinity) {
        const tail = sentenceTail(text, clause.start + clause.text.length);
        futureAt = nearest(rules.futureCue, tail, 0);
        pastAt = rules.pastCue ? nearest(rules.pastCue, tail, 0) : Infinity;
      }
      const future = (futureAt < Infinity && futureAt <= pastAt) || announcedAhead(text, start, rules);
      const past = !future && pastAt < Infinity;
      const parsed = parser.extract(m as RegExpExecArray, { ref, future, past });
      if (parsed) found.push({ start, end, parsed });
    }
  }
  const sentences = doc.has('sentences') ? doc.get('sentences') : [];
  const sentenceOf = (offset: number) => {
    const i = doc.has('sentences') ? doc.sentenceAt(offset) : -1;
    return i >= 0 ? sentences[i]! : null;
  };
  const kept = dropOverlaps(found);
  const resolved = resolveRelatives(kept, text, sentenceOf)
    .map((d) => (rules.since.test(text.slice(Math.max(0, d.start - 25), d.start)) ? sinceWindow(d, doc.meta.published!) : d));
  return resolveOnsets(kept, resolved, text, doc.meta.published!, sentenceOf);
}

// How far back in its sentence an announcement may make "dès mardi" a day ahead.
const ANNOUNCE_WINDOW = 120;

/** "L'armée a annoncé lundi l'ouverture, dès mardi matin, de deux couloirs": announced from a day on, so ahead. */
function announcedAhead(text: string, start: number, rules: DateRules): boolean {
  if (!rules.fromCue || !rules.announce) return false;
  if (!rules.fromCue.test(text.slice(Math.max(0, start - 20), start))) return false;
  let a = start;
  while (a > 0 && start - a < ANNOUNCE_WINDOW && !/[.!?\n]/u.test(text[a - 1]!)) a--;
  return rules.announce.test(text.slice(a, start));
}

/** "depuis le 21 février": from that day (or the first of that month) to publication. */
function sinceWindow(d: DateSpan, published: string): DateSpan {
  // "depuis ce matin": a window that opens on the day of publication is that day
  if (d.kind === 'day') return { ...d, value: d.value === published ? published : `${d.value}/${published}`, kind: 'period' };
  if (d.kind === 'month') return { ...d, value: `${d.value}-01/${published}`, kind: 'period' };
  if (d.kind === 'range') return { ...d, value: `${d.value.split('/')[0]}/${published}`, kind: 'period' };
  return d;
}

function clauseAround(text: string, start: number, end: number): { text: string; start: number } {
  let a = start;
  while (a > 0 && !CLAUSE_END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !CLAUSE_END.test(text[b]!)) b++;
  return { text: text.slice(a, b), start: a };
}

/** The sentence's words before `at`, back to the last sentence end or line break. */
function sentenceHead(text: string, at: number): string {
  let a = at;
  while (a > 0 && !/[.!?\n]/u.test(text[a - 1]!)) a--;
  return text.slice(a, at);
}

/** The sentence's words after `at`, up to the next sentence end or line break. */
function sentenceTail(text: string, at: number): string {
  let b = at;
  while (b < text.length && !/[.!?\n]/u.test(text[b]!)) b++;
  return text.slice(at, b);
}

/** Distance in characters from `at` to the nearest match of `cue` in `clause` (Infinity when none). */
function nearest(cue: RegExp, clause: string, at: number): number {
  let best = Infinity;
  for (const m of allMatches(globalOf(cue), clause)) {
    const end = m.index! + m[0].length;
    best = Math.min(best, end <= at ? at - end : Math.max(0, m.index! - at));
  }
  return best;
}
