import type { ArticleOut, ClaimOut, EntityOut, LabelOut, QuoteOut } from '../../src/model/contract.js';

/** An invented article: only the fields a test names are filled; offsets point into `text` where given. */
export function article(over: Partial<ArticleOut> & { id: string; text: string }): ArticleOut {
  return {
    input: { path: `${over.id}.txt`, url: null }, outlet: null, published: null, language: 'fr', title: null, section: null,
    credits: [], captions: [], related: [], boilerplate: [], entities: [], quotes: [], claims: [], events: [], labels: [],
    ...over,
  };
}

export function entity(name: string, type: EntityOut['type'], times = 1): EntityOut {
  return { name, type, mentions: Array.from({ length: times }, () => ({ text: name, start: 0, end: name.length })) };
}

export function claim(over: Partial<ClaimOut> & { category: ClaimOut['category'] }): ClaimOut {
  return {
    value: null, min: null, max: null, approximate: false, who: null, date: null, place: null, source: null, hedged: false,
    includes: [], text: '', start: 0, end: 0, ...over,
  };
}

export function quote(speaker: string | null, text: string, cue: string | null): QuoteOut {
  return { kind: 'direct', text, start: 0, end: text.length, speaker: { name: speaker, text: speaker }, cue };
}

export function label(group: string, term: string, inQuote = false, reported = false): LabelOut {
  return { group, term, in_quote: inQuote, reported, start: 0, end: term.length };
}
