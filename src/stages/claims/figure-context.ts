import type { Doc } from '../../model/document.js';
import type { Span } from '../../model/span.js';

/*
 * Where a figure or an event stands: who says it, when, where, how surely. Read from the layers
 * of other stages (entities, attributions, quotes, hedges, dates) when they are there; a missing
 * layer only leaves the answer empty. Shared by the claims and events stages.
 */

export interface ContextRules {
  /** Leading articles of a source written out ("l'armée russe"). ^-anchored. */
  determiner: RegExp;
  /** A sentence that goes on with the one before's source ("Ce dernier a confirmé…"). ^-anchored. */
  continuation: RegExp;
  /** Just before a place name: where something happened ("à", "près d'", "in"). $-anchored. */
  placePreposition: RegExp;
}

const inside = (outer: Span, at: number): boolean => outer.start <= at && at < outer.end;
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function entityName(doc: Doc, index: number | null | undefined): string | null {
  if (index === null || index === undefined || !doc.has('entities')) return null;
  return doc.get('entities')[index]?.name ?? null;
}

function cleanName(name: string, rules: ContextRules): string {
  return name.trim().replace(rules.determiner, '').trim();
}

/**
 * The source of what sentence `s` says at offset `at`: a "selon X" governing it, else any "selon X"
 * of the sentence, else the speaker of a quote holding it or standing in the sentence, else (for
 * "Ce dernier a confirmé…", "Aussi, …") the source of the sentence before. Null: the article's own.
 */
export function sourceAt(doc: Doc, s: number, at: number, rules: ContextRules, depth = 0): string | null {
  const sentence = doc.get('sentences')[s];
  if (!sentence) return null;
  if (doc.has('attributions')) {
    const here = doc.get('attributions').filter((a) => (a.sentence ?? doc.sentenceAt(a.start)) === s);
    const prepositions = here.filter((a) => a.kind !== 'speech');
    const speech = here.filter((a) => a.kind === 'speech');
    // What governs the figure first ("…, while the Red Cross says the true number is closer to
    // 12,000": the Red Cross, not the "according to" of the clause before), then the nearest.
    const pick = prepositions.find((a) => a.governs && inside(a.governs, at))
      ?? speech.find((a) => a.governs && inside(a.governs, at))
      ?? nearest(prepositions, at)
      ?? nearest(speech, at);
    if (pick) return entityName(doc, pick.sourceEntity) ?? cleanName(pick.sourceName, rules);
  }
  if (doc.has('quotes')) {
    const quotes = doc.get('quotes').filter((q) => inside(q, at) || overlaps(q, sentence));
    const q = quotes.find((x) => inside(x, at) && hasSpeaker(x)) ?? quotes.find(hasSpeaker);
    if (q) {
      return entityName(doc, q.speakerEntity) ?? (q.speakerName ? cleanName(q.speakerName, rules) : null)
        ?? (q.speakerSpan ? cleanName(doc.slice(q.speakerSpan), rules) : null);
    }
  }
  if (depth === 0 && s > 0 && rules.continuation.test(doc.slice(sentence))) {
    const previous = doc.get('sentences')[s - 1]!;
    return sourceAt(doc, s - 1, previous.end - 1, rules, depth + 1);
  }
  return null;
}

function hasSpeaker(q: { speakerEntity: number | null; speakerName: string | null; speakerSpan: Span | null }): boolean {
  return q.speakerEntity !== null || q.speakerName !== null || q.speakerSpan !== null;
}

function nearest<T extends Span>(spans: T[], at: number): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const span of spans) {
    const d = at < span.start ? span.start - at : at >= span.end ? at - span.end : 0;
    if (d < bestDistance) [best, bestDistance] = [span, d];
  }
  return best;
}

/** Whether sentence `s` (or the quote holding `at`) is hedged: conditional, unverified, alleged. */
export function hedgedAt(doc: Doc, s: number, at: number): boolean {
  if (doc.has('hedges')) {
    const sentences = doc.get('sentences');
    for (const h of doc.get('hedges')) {
      if (h.kind === 'attribution') continue;
      // "le prétendu « Front de libération »", "the so-called Front": the doubt is on a name, not on figures.
      if (h.kind === 'alleged' && /^\s*[«"“‘']?\s*\p{Lu}/u.test(doc.text.slice(h.end, h.end + 4))) continue;
      if ((h.covers ?? [h.sentence]).includes(s)) return true;
      // "Neither figure could be independently verified." stands alone after the figures it
      // doubts, which may be two sentences back: it covers the figures of its paragraph before it.
      const standalone = h.scope === 'figures' && (h.covers ?? []).includes(h.sentence - 1);
      if (standalone && s < h.sentence && sentences[s]?.paragraph === sentences[h.sentence]?.paragraph) return true;
    }
  }
  if (doc.has('quotes')) {
    if (doc.get('quotes').some((q) => q.hedged && inside(q, at))) return true;
  }
  return false;
}

/** The date nearest before `at` in sentence `s`, else the first after it; `accept` filters kinds. */
export function dateAt(doc: Doc, s: number, at: number, accept: (kind: string | undefined) => boolean = () => true): string | null {
  if (!doc.has('dates')) return null;
  const sentence = doc.get('sentences')[s]!;
  const here = doc.get('dates').filter((d) => d.start >= sentence.start && d.end <= sentence.end && accept(d.kind));
  const before = here.filter((d) => d.end <= at);
  return (before[before.length - 1] ?? here.find((d) => d.start >= at) ?? here[0])?.value ?? null;
}

/** The article's main place: the place entity named most often in the body (first named on a tie). */
export function mainPlace(doc: Doc): string | null {
  if (!doc.has('entities')) return null;
  const title = (doc.meta.title ?? '').toLowerCase();
  const ledeEnd = doc.has('paragraphs') ? (doc.get('paragraphs')[0]?.end ?? 0) : 0;
  let best: { name: string; count: number; first: number } | null = null;
  for (const e of doc.get('entities')) {
    if (e.type !== 'LOC' || e.mentions.length === 0) continue;
    const first = Math.min(...e.mentions.map((m) => m.start));
    // the place the headline and the lede name is what the article is about, though the body
    // goes on with "la ville" and names neighbours more often
    const inTitle = title !== '' && [e.name, ...e.mentions.map((m) => doc.text.slice(m.start, m.end))].some((n) => title.includes(n.toLowerCase()));
    const count = e.mentions.length + (inTitle ? 2 : 0) + (first < ledeEnd ? 1 : 0);
    if (!best || count > best.count || (count === best.count && first < best.first)) {
      best = { name: e.name, count, first };
    }
  }
  return best?.name ?? null;
}

/**
 * Where what sentence `s` says happened: the place named after a locative preposition nearest
 * to `at` (not a place that is the source, "selon Moscou"), else the article's main place.
 */
export function placeAt(doc: Doc, s: number, at: number, rules: ContextRules, fallback: string | null): string | null {
  if (!doc.has('entities')) return fallback;
  const sentence = doc.get('sentences')[s]!;
  const sources: Span[] = doc.has('attributions') ? doc.get('attributions').map((a) => a.sourceSpan) : [];
  let best: { name: string; distance: number } | null = null;
  for (const e of doc.get('entities')) {
    if (e.type !== 'LOC') continue;
    for (const m of e.mentions) {
      if (m.start < sentence.start || m.end > sentence.end) continue;
      if (sources.some((x) => overlaps(x, m))) continue;
      const before = doc.text.slice(Math.max(sentence.start, m.start - 30), m.start);
      if (!rules.placePreposition.test(before)) continue;
      const distance = Math.abs(m.start - at);
      if (!best || distance < best.distance) best = { name: e.name, distance };
    }
  }
  return best?.name ?? fallback;
}
