import type { Stage } from '../../pipeline/stage.js';
import type { Doc, LabelSpan } from '../../model/document.js';
import type { Span } from '../../model/span.js';
import type { LabelRules } from './rules.js';
import { labels as defaultRules } from '../../lang/xx/labels.js';
import { prefilterFor, type Prefilter } from '../../lang/required-literals.js';

/**
 * The words the article uses for actor groups ("rebelles", "djihadistes", "forces
 * gouvernementales"), each with a neutral group key from the language's lexicon, flagged when
 * inside a quote and when the article lends the word to others ("qualifiés de « rebelles »").
 */
export const labelStage: Stage = {
  name: 'labels',
  requires: ['sentences'],
  assigns: ['labels'],
  run(doc, ctx) {
    doc.set('labels', findLabels(doc, ctx.lang.labels ?? defaultRules));
  },
};

const QUOTED = /«[^»]*»|“[^”]*”|"[^"\n]*"/gu;

export function findLabels(doc: Doc, rules: LabelRules): LabelSpan[] {
  const found = matchTerms(doc.text, rules, quotedSpans(doc));
  found.push(...capitalsActing(doc, rules, found));
  found.sort((a, b) => a.start - b.start);
  // The headline is the outlet's own, most read words: its labels count, with offsets into the title.
  if (doc.meta.title) {
    const title = doc.meta.title;
    const inQuotes = [...title.matchAll(QUOTED)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    found.push(...matchTerms(title, rules, inQuotes).map((l) => ({ ...l, field: 'title' as const })));
  }
  return found;
}

const prefilters = new WeakMap<LabelRules, Prefilter>();

function matchTerms(text: string, rules: LabelRules, quoted: Span[]): LabelSpan[] {
  const found: LabelSpan[] = [];
  let filter = prefilters.get(rules);
  if (!filter) prefilters.set(rules, filter = prefilterFor(rules.terms.map((t) => t.pattern)));
  const present = filter.present(text);
  for (const [k, term] of rules.terms.entries()) {
    // A term none of whose literals the text holds cannot match it.
    const needs = filter.needs[k]!;
    if (needs && !needs.some((w) => present[w] === 1)) continue;
    term.pattern.lastIndex = 0;
    for (const m of text.matchAll(term.pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const before = text.slice(Math.max(0, start - 80), start);
      const lineStart = before.lastIndexOf('\n');
      const local = lineStart >= 0 ? before.slice(lineStart + 1) : before;
      if (!rules.introducer.test(local)) continue;
      const reported = rules.reported.test(local);
      found.push({
        start, end, group: term.group, term: m[0], reported,
        inQuote: !reported && quoted.some((q) => q.start <= start && end <= q.end),
      });
    }
  }
  return found;
}

/** "Damas, soutenu par Moscou, mène une vaste offensive": a capital acting in arms stands for its government. */
function capitalsActing(doc: Doc, rules: LabelRules, found: Span[]): LabelSpan[] {
  if (!doc.has('entities') || rules.capitals.size === 0) return [];
  const out: LabelSpan[] = [];
  for (const e of doc.get('entities')) {
    if (e.type !== 'LOC') continue;
    for (const m of e.mentions) {
      const name = doc.slice(m);
      if (!rules.capitals.has(name) || found.some((f) => f.start < m.end && m.start < f.end)) continue;
      if (!rules.actsAfter.test(doc.text.slice(m.end, m.end + 40))) continue;
      const s = doc.sentenceAt(m.start);
      const sentence = s >= 0 ? doc.get('sentences')[s]! : null;
      if (!sentence || !rules.armedAction.test(doc.text.slice(m.end, sentence.end))) continue;
      out.push({ start: m.start, end: m.end, group: rules.capitalGroup, term: name, inQuote: false, reported: false });
    }
  }
  return out;
}

function quotedSpans(doc: Doc): Span[] {
  const spans: Span[] = [...doc.text.matchAll(QUOTED)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  if (doc.has('quotes')) spans.push(...doc.get('quotes').filter((q) => q.kind === 'direct'));
  return spans;
}
