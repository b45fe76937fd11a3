import type { Stage } from '../../pipeline/stage.js';
import type { DateSpan, Doc, EventSpan } from '../../model/document.js';
import type { EventType } from '../../model/contract.js';
import type { Span } from '../../model/span.js';
import type { EventRules } from './rules.js';
import { mainPlace, placeAt } from '../claims/figure-context.js';
import { accountTime, heldTime, type AccountTime } from '../claims/account-time.js';
import { eventActor } from './event-actor.js';
import { clauseAt, relativeClauses } from './clauses.js';
import { events as defaultRules } from '../../lang/xx/events.js';
import { possibleMatches, prefilterFor, type Occurrences, type Prefilter } from '../../lang/required-literals.js';
import { allMatches } from '../../lang/match-all.js';

/**
 * Dated happenings: the sentence's strongest trigger outside quoted words (main clause before
 * relative clauses), dated by the nearest date of its own clause, and beside it any other verb
 * trigger that has another date in its own clause ("on Wednesday, a day after the army opened
 * corridors": an attack and a corridor; "the army, which launched its offensive on 2 July, says
 * it retook the market on Tuesday": two offensives). A happening told in a relative clause takes
 * only a date of that clause, and the main clause never takes one from a relative clause, except
 * a noun's own ("a meeting, which could take place on Thursday"). A trigger inside a direct quote
 * counts when the quote itself dates it (the speaker reports a happening). A
 * sentence without a date of its own is dated on publication only where news prose puts it
 * there: the lede, or a statement reported with a verb of the day ("a indiqué"); a verb trigger
 * may also take the lede's day while the account holds it (account-time.ts). Windows ("les
 * dernières 72 heures") date figures, not one happening; a window opened by "depuis"/"since"
 * dates an onset (an offensive, a strike: "encerclée depuis le 21 février") by its first day,
 * and other happenings ("hélitreuillées depuis lundi") by the window.
 */
export const eventStage: Stage = {
  name: 'events',
  requires: ['sentences', 'dates'],
  assigns: ['events'],
  run(doc, ctx) {
    doc.set('events', findEvents(doc, ctx.lang.events ?? defaultRules));
  },
};

interface Trigger { start: number; end: number; type: EventType; strength: number; quote: Span | null; relative: Span | null }

const QUOTED = /«[^»]*»|“[^”]*”|"[^"\n]*"/gu;
const SCARE_QUOTE_WORDS = 3;
/** How far after a noun trigger its planned day may be named. */
const PLANNED_WINDOW = 80;
const CLAUSE_MARK = /[,;:()]/u;
const RELATIVE_COMMA = /,\s*(?=(?:which|who|where|qui|que|qu['’]|où|dont)\s)/giu;
// Happenings whose "depuis"/"since" window is dated by its first day: they began then.
const ONSETS: ReadonlySet<EventType> = new Set(['offensive', 'other', 'truce']);
/** Acts of speech or will happen on one day: a window since a date never dates them. */
const PUNCTUAL: ReadonlySet<EventType> = new Set(['request', 'decision', 'offer', 'meeting', 'statement']);
// A trigger this strong is a verb: it may stand beside the sentence's first event, or take the account's day.
const VERB = 2;
// How far after a noun its relative clause may start and still be about it ("a meeting of the Security Council, which …").
const NOUN_TO_RELATIVE = 40;

export function findEvents(doc: Doc, rules: EventRules): EventSpan[] {
  const sentences = doc.get('sentences');
  const headings: Span[] = doc.has('headings') ? doc.get('headings') : [];
  const isHeading = (s: Span) => headings.some((h) => h.start < s.end && s.start < h.end);
  const lede = sentences.find((s) => !isHeading(s))?.paragraph ?? -1;
  const directQuotes: Span[] = doc.has('quotes') ? doc.get('quotes').filter((q) => q.kind === 'direct') : [];
  const place = mainPlace(doc);
  const time = accountTime(doc);
  const out: EventSpan[] = [];
  // A date that opens a sentence ("On Tuesday, the UN …") holds for the undated sentences after it in its paragraph.
  let paragraphHold: { paragraph: number; value: string } | null = null;
  const inText = possibleMatches(rules.triggers, (t) => t.pattern, doc.text);
  const scanned = inText.includes(true) ? prefilterOf(rules).occurrences(doc.text) : null;
  sentences.forEach((sentence, s) => {
    if (isHeading(sentence)) return;
    if (paragraphHold && paragraphHold.paragraph !== sentence.paragraph) paragraphHold = null;
    const opening = frontedDate(doc, sentence);
    // A sentence that holds no trigger's words has no event: its quotes and clauses are not read.
    const possible = possibleTriggers(doc.text, sentence, rules, inText, scanned);
    if (possible.length === 0) {
      if (opening) paragraphHold = { paragraph: sentence.paragraph, value: opening };
      return;
    }
    const quoted = [...directQuotes, ...quotedIn(doc.text, sentence)];
    const relatives = relativeClauses(doc.text, sentence, rules);
    const triggers = triggersIn(doc.text, sentence, quoted, relatives, rules, possible);
    const found: { trigger: Trigger; date: string }[] = [];
    triggers.forEach((t, i) => {
      if (found.some((f) => overlaps(f.trigger, t) || (f.trigger.type === t.type && sameClause(f.trigger, t)))) return;
      const first = i === 0;
      const attached = t.strength < VERB && attachedRelative(t, relatives) !== null;
      if (!first && t.strength < VERB && !attached) return;
      let date = ownDate(doc, sentence, t, relatives, rules, !first);
      // A quote counts where its speaker reports a happening: a verb dated inside the quote, not after publication.
      if (t.quote && (t.strength < VERB || !(date && insideQuote(doc, sentence, t.quote, date)) || date.slice(0, 10) > (doc.meta.published ?? ''))) return;
      if (!date && first && !t.quote && !t.relative) {
        date = fallbackDate(doc, s, sentence, t, rules, sentence.paragraph === lede, quoted, relatives, time)
          ?? (t.strength >= VERB && paragraphHold && !datedMain(doc, sentence, relatives) ? paragraphHold.value : null);
      }
      if (!date || found.some((f) => f.trigger.type === t.type && f.date === date)) return;
      found.push({ trigger: t, date });
    });
    if (opening) paragraphHold = { paragraph: sentence.paragraph, value: opening };
    for (const f of found) {
      out.push({
        start: sentence.start, end: sentence.end, type: f.trigger.type, date: f.date,
        actor: eventActor(doc, s, f.trigger, rules),
        place: placeAt(doc, s, f.trigger.start, rules, place),
      });
    }
  });
  return dedupe(out);
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const sameClause = (a: Trigger, b: Trigger): boolean => a.relative === b.relative && a.quote === b.quote;

/** Quoted words of a sentence; a term of three words or fewer in quotation marks (« pause humanitaire ») is the article's naming, not a quote. */
function quotedIn(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  return allMatches(QUOTED, body)
    .filter((m) => (m[0].match(/[\p{L}\p{N}]+/gu) ?? []).length > SCARE_QUOTE_WORDS)
    .map((m) => ({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length }));
}

/**
 * The triggers that may match a sentence: those the whole text may match (`inText`) whose
 * literals the sentence holds.
 */
function possibleTriggers(text: string, sentence: Span, rules: EventRules, inText: boolean[], scanned: Occurrences | null): number[] {
  if (!inText.includes(true)) return [];
  const filter = prefilterOf(rules);
  const present = scanned ? filter.presentIn(scanned, sentence.start, sentence.end) : filter.present(text.slice(sentence.start, sentence.end));
  const out: number[] = [];
  for (let k = 0; k < rules.triggers.length; k++) {
    const needs = filter.needs[k]!;
    if (inText[k] && (!needs || needs.some((w) => present[w] === 1))) out.push(k);
  }
  return out;
}

/** Every trigger not blocked, strongest first, those of the main clause and outside quotes before the others, then in text order. */
function triggersIn(text: string, sentence: Span, quoted: Span[], relatives: Span[], rules: EventRules, possible: number[]): Trigger[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Trigger[] = [];
  for (const k of possible) {
    const t = rules.triggers[k]!;
    t.pattern.lastIndex = 0;
    for (const m of allMatches(t.pattern, body)) {
      const start = sentence.start + m.index!;
      if (rules.blockers.test(body.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      const quote = quoted.find((q) => q.start <= start && start < q.end) ?? null;
      found.push({ start, end: start + m[0].length, type: t.type, strength: t.strength, quote, relative: clauseAt(relatives, start) });
    }
  }
  const rank = (t: Trigger) => (t.quote ? 2 : 0) + (t.relative ? 1 : 0);
  return found.sort((a, b) => rank(a) - rank(b) || b.strength - a.strength || a.start - b.start);
}

const prefilters = new WeakMap<EventRules, Prefilter>();

function prefilterOf(rules: EventRules): Prefilter {
  let filter = prefilters.get(rules);
  if (!filter) prefilters.set(rules, filter = prefilterFor(rules.triggers.map((t) => t.pattern)));
  return filter;
}

/** The relative clause right after a noun trigger, which tells about it ("talks, which are scheduled for Friday"). */
function attachedRelative(trigger: Trigger, relatives: Span[]): Span | null {
  return relatives.find((r) => r.start >= trigger.end && r.start - trigger.end <= NOUN_TO_RELATIVE) ?? null;
}

/** The date that opens a sentence ("Le 3 octobre, …", "On Tuesday, …"). */
function frontedDate(doc: Doc, sentence: Span): string | null {
  const d = doc.get('dates').find((x) => x.start >= sentence.start && x.end <= sentence.end && x.value !== '' && (x.kind === 'day' || x.kind === 'range'));
  if (!d || !/^\s*(?:\p{L}{1,3}\s+)?$/u.test(doc.text.slice(sentence.start, d.start))) return null;
  return /^\s*,/u.test(doc.text.slice(d.end)) ? d.value : null;
}

/** Whether the sentence names a date outside its relative clauses. */
function datedMain(doc: Doc, sentence: Span, relatives: Span[]): boolean {
  return doc.get('dates').some((d) => d.start >= sentence.start && d.end <= sentence.end && !clauseAt(relatives, d.start));
}

function insideQuote(doc: Doc, sentence: Span, quote: Span, value: string): boolean {
  return doc.get('dates').some((d) => d.value.startsWith(value.split('/')[0]!) && d.start >= Math.max(quote.start, sentence.start) && d.end <= quote.end);
}

/**
 * The usable date nearest the trigger in its own clause: a relative clause's trigger takes only a
 * date of that clause, a main clause's trigger none of a relative clause (save a noun's own). A
 * bare noun (strength 1) and a second trigger take only a date of their own clause: "who is
 * chairing the talks, said … last week" dates no talks. A date that bounds a validity ("until
 * Friday", "takes effect on January 1") dates no happening but a truce.
 */
function ownDate(doc: Doc, sentence: Span, trigger: Trigger, relatives: Span[], rules: EventRules, sameClauseOnly: boolean): string | null {
  const text = doc.text;
  const attached = trigger.strength < VERB && !trigger.relative ? attachedRelative(trigger, relatives) : null;
  let candidates: { span: DateSpan; value: string }[] = [];
  for (const d of doc.get('dates')) {
    if (d.start < sentence.start || d.end > sentence.end || d.value === '') continue;
    const clause = clauseAt(relatives, d.start);
    if (trigger.relative ? clause !== trigger.relative : clause !== null && clause !== attached) continue;
    if (trigger.type !== 'truce' && rules.validity.test(text.slice(Math.max(sentence.start, d.start - 30), d.start))) continue;
    const since = rules.since.test(text.slice(Math.max(sentence.start, d.start - 30), d.start))
      || rules.since.test(`${/^\p{L}+/u.exec(text.slice(d.start, d.end))?.[0] ?? ''} `);
    if (d.kind === 'period' && !since) continue;
    // "depuis l'annonce fin septembre": a starting point of something else, unless it opens a window.
    if (since && !ONSETS.has(trigger.type) && (d.kind !== 'period' || PUNCTUAL.has(trigger.type))) continue;
    // "annonce une pause humanitaire de huit heures, prévue jeudi": the day a happening is planned for dates it
    if (trigger.strength < VERB && rules.plannedFor && d.start >= trigger.end && d.start - trigger.end < PLANNED_WINDOW
      && d.kind !== 'period' && rules.plannedFor.test(text.slice(Math.max(trigger.end, d.start - 30), d.start))) return d.value;
    if (trigger.strength < VERB || sameClauseOnly) {
      const between = d.end <= trigger.start ? text.slice(d.end, trigger.start) : text.slice(trigger.end, d.start);
      // A relative clause goes on with its noun ("talks, which are scheduled for Friday").
      // A date that opens the sentence ("Le 3 octobre, deux écoles ont été touchées") dates all of it.
      const fronted = /^\s*(?:\p{L}{1,3}\s+)?$/u.test(text.slice(sentence.start, d.start));
      if (!(fronted && !trigger.relative) && CLAUSE_MARK.test(between.replace(RELATIVE_COMMA, ' ')) && !adjunctChain(between, d.start > trigger.start, rules)) continue;
    }
    const value = since && ONSETS.has(trigger.type) ? d.value.split('/')[0]! : d.value;
    candidates.push({ span: d, value });
  }
  if (candidates.length === 0) return null;
  // "the army said on Wednesday that soldiers were killed when gunmen attacked …, early on Monday":
  // the day a statement was made dates the statement, not what it tells
  const told = (d: Span) => statementDay(rules).test(text.slice(Math.max(sentence.start, d.start - 30), d.start));
  if (candidates.some((c) => !told(c.span))) candidates = candidates.filter((c) => !told(c.span));
  const distance = (d: Span) => (d.end <= trigger.start ? trigger.start - d.end : Math.max(0, d.start - trigger.end));
  return candidates.sort((a, b) => distance(a.span) - distance(b.span))[0]!.value;
}

/** ", à Inkaro, dans la région de l'Azaouane, dans la nuit de dimanche à lundi": place and time adjuncts after a noun. */
function adjunctChain(between: string, after: boolean, rules: EventRules): boolean {
  if (!after || !rules.adjunctOpener || /[;:()]/u.test(between)) return false;
  // what follows the noun's own words (before the first comma) must be adjuncts only
  const adjuncts = between.split(',').slice(1).map((x) => x.trim());
  // the date may open the last adjunct itself (", dans la nuit de dimanche à lundi")
  if (adjuncts.length > 0 && adjuncts[adjuncts.length - 1] === '') adjuncts.pop();
  if (adjuncts.length === 0 && /,\s*$/u.test(between)) return true;
  return adjuncts.length > 0 && adjuncts.every((x) => x.length > 0 && rules.adjunctOpener!.test(x));
}

const statementDays = new WeakMap<EventRules, RegExp>();

/** The language's verbs of saying, then the day they were said ("said on", "a annoncé mardi"). */
function statementDay(rules: EventRules): RegExp {
  let re = statementDays.get(rules);
  if (!re) {
    re = new RegExp(`(?:${rules.recentStatement.source})\\s+(?:\\p{L}+\\s+)?$`, rules.recentStatement.flags.replace('g', ''));
    statementDays.set(rules, re);
  }
  return re;
}

function fallbackDate(doc: Doc, s: number, sentence: Span, trigger: Trigger, rules: EventRules, inLede: boolean,
  quoted: Span[], relatives: Span[], time: AccountTime | null): string | null {
  if (datedMain(doc, sentence, relatives) || !doc.meta.published) return null;
  if (inLede) return doc.meta.published;
  if (trigger.strength < VERB) return null;
  // The reporting verb must be the main clause's ("the ministry, which had asked …, said" reports no
  // request today) and not the trigger itself ("who visited on Tuesday, announced a fund").
  let main = doc.text.slice(sentence.start, sentence.end);
  for (const q of [...quoted, ...relatives, trigger]) {
    const a = Math.max(q.start, sentence.start) - sentence.start;
    const b = Math.min(q.end, sentence.end) - sentence.start;
    if (b > a) main = main.slice(0, a) + ' '.repeat(b - a) + main.slice(b);
  }
  return heldTime(time, s) ?? (rules.recentStatement.test(main) ? doc.meta.published : null);
}

/** One event per type and date: later sentences that tell the same happening again add nothing. */
function dedupe(events: EventSpan[]): EventSpan[] {
  const seen = new Map<string, EventSpan>();
  for (const e of events) {
    const key = `${e.type} ${e.date}`;
    const first = seen.get(key);
    if (!first) seen.set(key, e);
    else if (first.actor === null) first.actor = e.actor;
  }
  return [...seen.values()];
}
