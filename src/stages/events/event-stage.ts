import type { Stage } from '../../pipeline/stage.js';
import type { Doc, EventSpan } from '../../model/document.js';
import type { EventType } from '../../model/contract.js';
import type { Span } from '../../model/span.js';
import type { EventRules } from './rules.js';
import { mainPlace, placeAt } from '../claims/figure-context.js';
import { eventActor } from './event-actor.js';
import { events as defaultRules } from '../../lang/xx/events.js';

/**
 * Dated happenings, one per sentence at most: the sentence's strongest trigger outside quoted
 * words, dated by the nearest date of the sentence. A sentence without a date of its own is
 * dated on publication only where news prose puts it there: the lede, or a statement reported
 * with a verb of the day ("a indiqué"). Undated ones, and ones dated only by a window ("les
 * dernières 72 heures", which dates figures, not one happening), are left out.
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

export function findEvents(doc: Doc, rules: EventRules): EventSpan[] {
  const sentences = doc.get('sentences');
  const headings: Span[] = doc.has('headings') ? doc.get('headings') : [];
  const isHeading = (s: Span) => headings.some((h) => h.start < s.end && s.start < h.end);
  const lede = sentences.find((s) => !isHeading(s))?.paragraph ?? -1;
  const directQuotes: Span[] = doc.has('quotes') ? doc.get('quotes').filter((q) => q.kind === 'direct') : [];
  const place = mainPlace(doc);
  const out: EventSpan[] = [];
  sentences.forEach((sentence, s) => {
    if (isHeading(sentence)) return;
    const quoted = [...directQuotes, ...quotedIn(doc.text, sentence)];
    const trigger = strongestTrigger(doc.text, sentence, quoted, rules);
    if (!trigger) return;
    const date = eventDate(doc, sentence, trigger, rules, sentence.paragraph === lede, quoted);
    if (!date) return;
    out.push({
      start: sentence.start, end: sentence.end, type: trigger.type, date,
      actor: eventActor(doc, s, trigger, rules),
      place: placeAt(doc, s, trigger.start, rules, place),
    });
  });
  return dedupe(out);
}

function quotedIn(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  return [...body.matchAll(QUOTED)].map((m) => ({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length }));
}

function strongestTrigger(text: string, sentence: Span, quoted: Span[], rules: EventRules): Trigger | null {
  const body = text.slice(sentence.start, sentence.end);
  let best: Trigger | null = null;
  for (const t of rules.triggers) {
    t.pattern.lastIndex = 0;
    for (const m of body.matchAll(t.pattern)) {
      const start = sentence.start + m.index!;
      if (quoted.some((q) => q.start <= start && start < q.end)) continue;
      if (rules.blockers.test(body.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      if (!best || t.strength > best.strength || (t.strength === best.strength && start < best.start)) {
        best = { start, end: start + m[0].length, type: t.type, strength: t.strength };
      }
    }
  }
  return best;
}

function eventDate(doc: Doc, sentence: Span, trigger: Trigger, rules: EventRules, inLede: boolean, quoted: Span[]): string | null {
  const here = doc.get('dates').filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const usable = here.filter((d) => d.kind !== 'period'
    && !rules.since.test(doc.text.slice(Math.max(sentence.start, d.start - 30), d.start)));
  if (usable.length > 0) {
    const distance = (d: Span) => (d.end <= trigger.start ? trigger.start - d.end : Math.max(0, d.start - trigger.end));
    return [...usable].sort((a, b) => distance(a) - distance(b))[0]!.value;
  }
  if (here.length > 0 || !doc.meta.published) return null;
  if (inLede) return doc.meta.published;
  let unquoted = doc.text.slice(sentence.start, sentence.end);
  for (const q of quoted) {
    const a = Math.max(q.start, sentence.start) - sentence.start;
    const b = Math.min(q.end, sentence.end) - sentence.start;
    if (b > a) unquoted = unquoted.slice(0, a) + ' '.repeat(b - a) + unquoted.slice(b);
  }
  return rules.recentStatement.test(unquoted) ? doc.meta.published : null;
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
