import type { Stage } from '../../pipeline/stage.js';
import type { DateSpan, Doc, EventSpan } from '../../model/document.js';
import type { EventType } from '../../model/contract.js';
import type { Span } from '../../model/span.js';
import type { EventRules } from './rules.js';
import { mainPlace, placeAt } from '../claims/figure-context.js';
import { accountTime, heldTime, type AccountTime } from '../claims/account-time.js';
import { eventActor } from './event-actor.js';
import { events as defaultRules } from '../../lang/xx/events.js';

/**
 * Dated happenings: the sentence's strongest trigger outside quoted words, dated by the nearest
 * date of the sentence, and beside it any other verb trigger of another type that has another date
 * in its own clause ("on Wednesday, a day after the army opened corridors": an attack and a corridor). A
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

interface Trigger { start: number; end: number; type: EventType; strength: number }

const QUOTED = /«[^»]*»|“[^”]*”|"[^"\n]*"/gu;
const CLAUSE_MARK = /[,;:()]/u;
const RELATIVE_COMMA = /,\s*(?=(?:which|who|where|qui|que|qu['’]|où|dont)\s)/giu;
// Happenings whose "depuis"/"since" window is dated by its first day: they began then.
const ONSETS: ReadonlySet<EventType> = new Set(['offensive', 'other']);
// A trigger this strong is a verb: it may stand beside the sentence's first event, or take the account's day.
const VERB = 2;

export function findEvents(doc: Doc, rules: EventRules): EventSpan[] {
  const sentences = doc.get('sentences');
  const headings: Span[] = doc.has('headings') ? doc.get('headings') : [];
  const isHeading = (s: Span) => headings.some((h) => h.start < s.end && s.start < h.end);
  const lede = sentences.find((s) => !isHeading(s))?.paragraph ?? -1;
  const directQuotes: Span[] = doc.has('quotes') ? doc.get('quotes').filter((q) => q.kind === 'direct') : [];
  const place = mainPlace(doc);
  const time = accountTime(doc);
  const out: EventSpan[] = [];
  sentences.forEach((sentence, s) => {
    if (isHeading(sentence)) return;
    const quoted = [...directQuotes, ...quotedIn(doc.text, sentence)];
    const triggers = triggersIn(doc.text, sentence, quoted, rules);
    const primary = triggers[0];
    if (!primary) return;
    const date = ownDate(doc, sentence, primary, rules)
      ?? fallbackDate(doc, s, sentence, primary, rules, sentence.paragraph === lede, quoted, time);
    if (!date) return;
    const found: { trigger: Trigger; date: string }[] = [{ trigger: primary, date }];
    for (const t of triggers.slice(1)) {
      if (t.strength < VERB || found.some((f) => f.trigger.type === t.type || overlaps(f.trigger, t))) continue;
      const own = ownDate(doc, sentence, t, rules, true);
      if (own && !found.some((f) => f.date === own)) found.push({ trigger: t, date: own });
    }
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

function quotedIn(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  return [...body.matchAll(QUOTED)].map((m) => ({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length }));
}

/** Every trigger outside quotes and not blocked, strongest first, then in text order. */
function triggersIn(text: string, sentence: Span, quoted: Span[], rules: EventRules): Trigger[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Trigger[] = [];
  for (const t of rules.triggers) {
    t.pattern.lastIndex = 0;
    for (const m of body.matchAll(t.pattern)) {
      const start = sentence.start + m.index!;
      if (quoted.some((q) => q.start <= start && start < q.end)) continue;
      if (rules.blockers.test(body.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      found.push({ start, end: start + m[0].length, type: t.type, strength: t.strength });
    }
  }
  return found.sort((a, b) => b.strength - a.strength || a.start - b.start);
}

/**
 * The usable date of the sentence nearest the trigger. A bare noun (strength 1) takes only a
 * date of its own clause: "who is chairing the talks, said … last week" dates no talks.
 */
function ownDate(doc: Doc, sentence: Span, trigger: Trigger, rules: EventRules, sameClause = false): string | null {
  const text = doc.text;
  const candidates: { span: DateSpan; value: string }[] = [];
  for (const d of doc.get('dates')) {
    if (d.start < sentence.start || d.end > sentence.end || d.value === '') continue;
    const since = rules.since.test(text.slice(Math.max(sentence.start, d.start - 30), d.start))
      || rules.since.test(`${/^\p{L}+/u.exec(text.slice(d.start, d.end))?.[0] ?? ''} `);
    if (d.kind === 'period' && !since) continue;
    // "depuis l'annonce fin septembre": a starting point of something else, unless it opens a window.
    if (since && !ONSETS.has(trigger.type) && d.kind !== 'period') continue;
    if (trigger.strength < VERB || sameClause) {
      const between = d.end <= trigger.start ? text.slice(d.end, trigger.start) : text.slice(trigger.end, d.start);
      // A relative clause goes on with its noun ("talks, which are scheduled for Friday").
      // A date that opens the sentence ("Le 3 octobre, deux écoles ont été touchées") dates all of it.
      const fronted = /^\s*(?:\p{L}{1,3}\s+)?$/u.test(text.slice(sentence.start, d.start));
      if (!fronted && CLAUSE_MARK.test(between.replace(RELATIVE_COMMA, ' '))) continue;
    }
    const value = since && ONSETS.has(trigger.type) ? d.value.split('/')[0]! : d.value;
    candidates.push({ span: d, value });
  }
  if (candidates.length === 0) return null;
  const distance = (d: Span) => (d.end <= trigger.start ? trigger.start - d.end : Math.max(0, d.start - trigger.end));
  return candidates.sort((a, b) => distance(a.span) - distance(b.span))[0]!.value;
}

function fallbackDate(doc: Doc, s: number, sentence: Span, trigger: Trigger, rules: EventRules, inLede: boolean,
  quoted: Span[], time: AccountTime | null): string | null {
  const here = doc.get('dates').filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  if (here.length > 0 || !doc.meta.published) return null;
  if (inLede) return doc.meta.published;
  if (trigger.strength < VERB) return null;
  let unquoted = doc.text.slice(sentence.start, sentence.end);
  for (const q of quoted) {
    const a = Math.max(q.start, sentence.start) - sentence.start;
    const b = Math.min(q.end, sentence.end) - sentence.start;
    if (b > a) unquoted = unquoted.slice(0, a) + ' '.repeat(b - a) + unquoted.slice(b);
  }
  return heldTime(time, s) ?? (rules.recentStatement.test(unquoted) ? doc.meta.published : null);
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
