import type {
  ArticleOut, ClaimOut, EntityOut, EventOut, LabelOut, QuoteOut,
} from '../../src/model/contract.js';
import type { GoldArticle, GoldFile } from '../../src/eval/gold-file.js';

/** Small builders so each test writes only the fields it is about. */
export function out(fields: Partial<ArticleOut> = {}): ArticleOut {
  return {
    id: 'a1', input: { path: 'a.txt', url: null }, outlet: null, published: null,
    language: null, title: null, section: null, credits: [], text: '', captions: [],
    related: [], boilerplate: [], entities: [], quotes: [], claims: [], events: [], labels: [],
    ...fields,
  };
}

export function gold(fields: Partial<GoldFile> = {}, manifestEntry: Record<string, unknown> | null = null): GoldArticle {
  const file: GoldFile = { doc: 'corpus/t/a.txt', ...fields };
  return {
    file: '/gold/t/a.gold.json',
    id: file.doc,
    doc: { path: '/corpus/t/a.txt', manifest: null, line: null },
    gold: file,
    manifestEntry,
  };
}

export function entity(name: string, type: EntityOut['type'], mentions: string[] = [name]): EntityOut {
  return { name, type, mentions: mentions.map((text) => ({ text, start: 0, end: text.length })) };
}

export function quote(text: string, fields: Partial<QuoteOut> = {}): QuoteOut {
  return { kind: 'direct', text, start: 0, end: text.length, speaker: { name: null, text: null }, cue: null, ...fields };
}

export function claim(fields: Partial<ClaimOut> & Pick<ClaimOut, 'category'>): ClaimOut {
  return {
    value: null, min: null, max: null, approximate: false, who: null, date: null, place: null,
    source: null, hedged: false, includes: [], text: 'claim sentence', start: 0, end: 14, ...fields,
  };
}

export function event(fields: Partial<EventOut> & Pick<EventOut, 'type'>): EventOut {
  return { actor: null, date: null, place: null, text: 'event sentence', start: 0, end: 14, ...fields };
}

export function label(term: string, group: string, fields: Partial<LabelOut> = {}): LabelOut {
  return { group, term, in_quote: false, start: 0, end: term.length, ...fields };
}
