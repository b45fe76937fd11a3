/*
 * Shared scoring of the quote benches, the Gender Gap Tracker's way: a predicted span finds a gold
 * span when their overlap covers at least 0.3 of the gold span's words; pairs are taken one to one,
 * best overlap first. Then P = found predictions / predictions, R = found gold / gold.
 */
import { Doc } from '../src/model/document.js';
import type { Span } from '../src/model/span.js';
import { languagePack } from '../src/lang/registry.js';
import { segmentStage } from '../src/stages/segment/segment-stage.js';
import { entitiesStage } from '../src/stages/entities/entities-stage.js';
import { hedgeStage } from '../src/stages/hedges/hedge-stage.js';
import { quoteStage } from '../src/stages/quotes/quote-stage.js';

export const MIN_OVERLAP = 0.3;

/** Segment, entities, hedges, quotes: the part of the reader the quote benches measure. */
export function readQuotes(text: string, language: 'fr' | 'en'): Doc {
  const doc = new Doc(text, {
    id: 'bench', path: null, url: null, outlet: null, published: null, language,
    title: null, section: null, credits: [], captions: [], related: [], boilerplate: [],
  });
  const ctx = { lang: languagePack(language) };
  for (const stage of [segmentStage, entitiesStage, hedgeStage, quoteStage]) stage.run(doc, ctx);
  return doc;
}

function words(text: string, span: Span): Span[] {
  const out: Span[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(/[\p{L}\p{N}]+/gu)) {
    out.push({ start: span.start + m.index!, end: span.start + m.index! + m[0].length });
  }
  return out;
}

/** Share of the gold span's words that lie inside the predicted span. */
export function overlap(text: string, gold: Span, predicted: Span): number {
  const w = words(text, gold);
  if (w.length === 0) return 0;
  return w.filter((x) => x.start >= predicted.start && x.end <= predicted.end).length / w.length;
}

/** One-to-one pairs [gold index, predicted index] at overlap ≥ MIN_OVERLAP, best first. */
export function matchSpans(text: string, gold: Span[], predicted: Span[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    if (p.end <= g.start || g.end <= p.start) return;
    const o = overlap(text, g, p);
    if (o >= MIN_OVERLAP) pairs.push([i, j, o]);
  }));
  pairs.sort((a, b) => b[2] - a[2]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: [number, number][] = [];
  for (const [i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i); usedP.add(j); out.push([i, j]);
  }
  return out;
}

export class Tally {
  gold = 0;
  predicted = 0;
  found = 0;
  add(gold: number, predicted: number, found: number): void {
    this.gold += gold; this.predicted += predicted; this.found += found;
  }
  line(label: string): string {
    const p = this.predicted ? this.found / this.predicted : 0;
    const r = this.gold ? this.found / this.gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `${label}: gold ${this.gold}, predicted ${this.predicted}, found ${this.found} · P ${pct(p)} R ${pct(r)} F1 ${pct(f)}`;
  }
}

export function pct(x: number): string {
  return (100 * x).toFixed(1);
}

/** Loose name agreement: one contains the other, or they share their last word (a surname). */
export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const n = (s: string) => s.normalize('NFC').toLowerCase().replace(/[’']/gu, "'").replace(/\s+/gu, ' ').trim();
  const x = n(a);
  const y = n(b);
  if (!x || !y) return false;
  if (x.includes(y) || y.includes(x)) return true;
  const last = (s: string) => s.split(/[^\p{L}\p{N}-]+/u).filter(Boolean).pop() ?? '';
  return last(x).length > 2 && last(x) === last(y);
}
