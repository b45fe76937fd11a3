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
  const found: Found[] = matchTerms(doc.text, rules, quotedSpans(doc), (at) => sentenceOf(doc, at));
  found.push(...capitalsActing(doc, rules, found));
  found.sort((a, b) => a.start - b.start);
  // The headline is the outlet's own, most read words: its labels count, with offsets into the title.
  if (doc.meta.title) {
    const title = doc.meta.title;
    const inQuotes = [...title.matchAll(QUOTED)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    found.push(...matchTerms(title, rules, inQuotes, () => ({ start: 0, end: title.length })).map((l) => ({ ...l, field: 'title' as const })));
  }
  return resolveJoins(found);
}

/** The sentence around an offset; without sentences, the text between stops and line breaks. */
function sentenceOf(doc: Doc, at: number): Span {
  if (doc.has('sentences')) {
    const s = doc.sentenceAt(at);
    if (s >= 0) return doc.get('sentences')[s]!;
  }
  const text = doc.text;
  let start = at;
  while (start > 0 && !/[.!?\n]/u.test(text[start - 1]!)) start -= 1;
  let end = at;
  while (end < text.length && !/[.!?\n]/u.test(text[end]!)) end += 1;
  return { start, end };
}

const prefilters = new WeakMap<LabelRules, Prefilter>();

/** A label as found, before words for whoever the article is about take their group. */
type Found = LabelSpan & { joins?: string[] };
interface Candidate extends Found { order: number }

function matchTerms(text: string, rules: LabelRules, quoted: Span[], sentence: (at: number) => Span): Found[] {
  const candidates: Candidate[] = [];
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
      const before = text.slice(Math.max(0, start - 80), start);
      const lineStart = before.lastIndexOf('\n');
      const local = lineStart >= 0 ? before.slice(lineStart + 1) : before;
      const noun = rules.nounFirst !== undefined && /\s/u.test(m[0]) && rules.nounFirst.test(m[0]);
      if (!noun && !rules.introducer.test(local)) continue;
      if (term.armed) {
        const s = sentence(start);
        if (!rules.conflict?.test(text.slice(s.start, start) + ' ' + text.slice(end, s.end))) continue;
      }
      const after = text.slice(end, end + 80);
      const reported = rules.reported.test(local) || (rules.reportedAfter?.test(after) ?? false);
      candidates.push({
        start, end, group: term.group, term: m[0], reported, order: k,
        inQuote: !reported && quoted.some((q) => q.start <= start && end <= q.end),
        ...(term.joins ? { joins: term.joins } : {}),
      });
    }
  }
  // Longest term wins wherever terms overlap; among equals, the one listed first.
  candidates.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const found: Found[] = [];
  for (const c of candidates) {
    if (found.some((f) => f.start < c.end && c.start < f.end)) continue;
    const { order: _order, ...label } = c;
    found.push(label);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A word for whoever the article is about takes the most used of its groups found there. */
function resolveJoins(found: Found[]): LabelSpan[] {
  const counts = new Map<string, number>();
  for (const l of found) if (!l.joins) counts.set(l.group, (counts.get(l.group) ?? 0) + 1);
  const out: LabelSpan[] = [];
  for (const l of found) {
    const { joins, ...label } = l;
    if (joins) {
      const best = joins.filter((g) => (counts.get(g) ?? 0) > 0).sort((a, b) => counts.get(b)! - counts.get(a)!)[0];
      label.group = best ?? label.group;
      if (label.group === '') continue;
    }
    out.push(label);
  }
  return out;
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
      if (!sentence) continue;
      // What it does is armed, or the whole sentence is about the fighting ("reproche aux groupes armés … et à Damas d'avoir tardé").
      const blamed = rules.blamedAfter?.test(doc.text.slice(m.end, m.end + 40)) ?? false;
      if (!rules.armedAction.test(doc.text.slice(m.end, sentence.end)) && !(blamed && rules.conflict?.test(doc.slice(sentence)))) continue;
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
