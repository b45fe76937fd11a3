import type { ArticleOut } from '../../model/contract.js';
import { OutletRegistry, type OutletInfo } from './outlets.js';
import { buildLedger, figureText, type LedgerRow } from './ledger.js';
import { findSharedCopy, shingles, type SharedCopy } from './shared-copy.js';
import { creditAgencies, placeIdentity, sourceIdentity } from './keys.js';

export interface OutletColumn {
  name: string;
  info: OutletInfo | null;
  articles: { id: string; title: string | null; published: string | null; language: string | null }[];
}
export interface VoiceRow { outlet: string; speaker: string; quotes: number; cues: string[] }
export interface SourceRow { outlet: string; source: string; as: ('quoted' | 'figure source' | 'credit')[]; count: number }
export interface LabelRow { group: string; outlet: string; own: string[]; inQuote: string[]; reported: string[] }
export interface OnlyHere { outlet: string; kind: 'figure' | 'event' | 'quote'; what: string; articleId: string }

export interface StoryComparison {
  story: { id: string; size: number; first: string | null; last: string | null; languages: string[] };
  outlets: OutletColumn[];
  voices: VoiceRow[];
  sources: SourceRow[];
  ledger: LedgerRow[];
  labels: LabelRow[];
  onlyHere: OnlyHere[];
  sharedCopy: SharedCopy[];
}

const sortedUnique = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => a.localeCompare(b));

/** A story side by side, outlet by outlet. Pure: articles in, comparison out. */
export function compareStory(storyId: string, articles: ArticleOut[], registry: OutletRegistry = OutletRegistry.load()): StoryComparison {
  const items = articles.map((article) => ({ article, outlet: registry.displayName(article.outlet, article.input.url) }));
  const outletNames = sortedUnique(items.map((i) => i.outlet));
  const dates = sortedUnique(articles.flatMap((a) => (a.published ? [a.published] : [])));

  const outlets: OutletColumn[] = outletNames.map((name) => {
    const mine = items.filter((i) => i.outlet === name);
    return {
      name, info: registry.find(mine[0]!.article.outlet, mine[0]!.article.input.url),
      articles: mine.map(({ article: a }) => ({ id: a.id, title: a.title, published: a.published, language: a.language })),
    };
  });

  // Voices: one row per outlet and speaker (speakers merged across spellings).
  const voices = new Map<string, VoiceRow>();
  for (const { article, outlet } of items) {
    for (const q of article.quotes) {
      const speaker = q.speaker.name ?? q.speaker.text;
      if (!speaker) continue;
      const key = `${outlet}\u0000${sourceIdentity(speaker)}`;
      const row = voices.get(key) ?? { outlet, speaker, quotes: 0, cues: [] };
      row.quotes += 1;
      if (q.cue && !row.cues.includes(q.cue)) row.cues.push(q.cue);
      voices.set(key, row);
    }
  }

  const sources = new Map<string, SourceRow>();
  const addSource = (outlet: string, name: string | null, as: SourceRow['as'][number]) => {
    if (!name) return;
    const key = `${outlet}\u0000${sourceIdentity(name)}`;
    const row = sources.get(key) ?? { outlet, source: name, as: [], count: 0 };
    row.count += 1;
    if (!row.as.includes(as)) row.as.push(as);
    sources.set(key, row);
  };
  for (const { article, outlet } of items) {
    for (const q of article.quotes) addSource(outlet, q.speaker.name ?? q.speaker.text, 'quoted');
    for (const c of article.claims) addSource(outlet, c.source, 'figure source');
    for (const credit of article.credits) {
      const agencies = creditAgencies(credit);
      for (const a of agencies.length > 0 ? agencies : [credit]) addSource(outlet, a, 'credit');
    }
  }

  const labels = new Map<string, LabelRow>();
  for (const { article, outlet } of items) {
    for (const l of article.labels) {
      const key = `${l.group}\u0000${outlet}`;
      const row = labels.get(key) ?? { group: l.group, outlet, own: [], inQuote: [], reported: [] };
      const list = l.in_quote ? row.inQuote : l.reported ? row.reported : row.own;
      // A term that opens a sentence ("Militants stormed…") is the same word as "militants": the
      // capital of the sentence goes, the capital of a name ("Saldarian army") stays.
      const opensSentence = /(?:^|[.!?]["»”’]?\s+|\n\s*)["«“‘]?\s*$/u.test(article.text.slice(Math.max(0, l.start - 6), l.start));
      const term = opensSentence && /^\p{Lu}\p{Ll}/u.test(l.term) ? l.term[0]!.toLowerCase() + l.term.slice(1) : l.term;
      if (!list.includes(term)) list.push(term);
      labels.set(key, row);
    }
  }

  const ledger = buildLedger(items);
  const onlyHere: OnlyHere[] = [];
  if (outletNames.length > 1) {
    for (const r of ledger) {
      if (r.outlets.length === 1) onlyHere.push({ outlet: r.outlets[0]!, kind: 'figure', what: `${r.category} ${figureText(r)}${r.place ? ` in ${r.place}` : ''}${r.source ? ` (${r.source})` : ''}`, articleId: r.carriers[0]!.articleId });
    }
    const events = new Map<string, { outlets: Set<string>; what: string; articleId: string; outlet: string }>();
    for (const { article, outlet } of items) {
      for (const e of article.events) {
        const key = `${e.type}|${placeIdentity(e.place) ?? ''}|${e.date ?? ''}`;
        const ev = events.get(key) ?? { outlets: new Set<string>(), what: `${e.type}${e.place ? ` in ${e.place}` : ''}${e.date ? ` on ${e.date}` : ''}`, articleId: article.id, outlet };
        ev.outlets.add(outlet);
        events.set(key, ev);
      }
    }
    for (const ev of events.values()) if (ev.outlets.size === 1) onlyHere.push({ outlet: ev.outlet, kind: 'event', what: ev.what, articleId: ev.articleId });
    // A quote is shared when another outlet carries a 5-word passage of it (same language only, so far).
    const quoteShingles = items.flatMap(({ article, outlet }) => article.quotes.map((q) => ({ q, outlet, articleId: article.id, sh: shingles(q.text, 5) })));
    for (const x of quoteShingles) {
      const elsewhere = quoteShingles.some((y) => y.outlet !== x.outlet && [...x.sh].some((s) => y.sh.has(s)));
      if (!elsewhere) onlyHere.push({ outlet: x.outlet, kind: 'quote', what: `${x.q.speaker.name ?? x.q.speaker.text ?? '?'}: “${x.q.text}”`, articleId: x.articleId });
    }
  }

  return {
    story: { id: storyId, size: articles.length, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null, languages: sortedUnique(articles.flatMap((a) => (a.language ? [a.language] : []))) },
    outlets,
    voices: [...voices.values()].sort((a, b) => a.speaker.localeCompare(b.speaker) || a.outlet.localeCompare(b.outlet)),
    sources: [...sources.values()].sort((a, b) => a.outlet.localeCompare(b.outlet) || b.count - a.count || a.source.localeCompare(b.source)),
    ledger,
    labels: [...labels.values()].sort((a, b) => a.group.localeCompare(b.group) || a.outlet.localeCompare(b.outlet)),
    onlyHere,
    sharedCopy: findSharedCopy(items),
  };
}
