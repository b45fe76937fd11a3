import type { ArticleOut, ClaimOut, EventOut } from '../../model/contract.js';
import { csvLine } from '../../app/csv.js';
import { buildLedger, figureText, type LedgerRow } from './ledger.js';
import { OutletRegistry } from './outlets.js';

/**
 * One row per event in the manner of conflict-data coders (ACLED): date and its precision,
 * type, actors, place, the figures of the event's sentence with their sources, outlet, article
 * and sentence, and notes where another outlet gives a different figure for the same thing.
 * A figure whose sentence holds no event still gets a row (type "figure"), so none is lost.
 */
const COLUMNS = ['event_date', 'date_precision', 'event_type', 'actors', 'place', 'figures', 'outlet', 'owner', 'published', 'article_id', 'sentence', 'notes'] as const;

export function eventsCsvHeader(): string {
  return COLUMNS.join(',');
}

export function datePrecision(date: string | null): string {
  if (!date) return 'unknown';
  if (date.includes('/')) return 'range';
  if (/^\d{4}-\d{2}-\d{2}$/u.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/u.test(date)) return 'month';
  return 'year';
}

/** The sentence around an offset: from the previous end of sentence or line to the next. */
function sentenceAt(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !/[.!?\n]/u.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/u.test(text[b]!)) b++;
  return [a, Math.min(text.length, b + 1)];
}

function figure(c: ClaimOut): string {
  return `${c.category} ${figureText(c)}${c.who ? ` ${c.who}` : ''}${c.source ? ` (${c.source})` : ' (unattributed)'}${c.hedged ? ' [hedged]' : ''}`;
}

function actors(e: EventOut): string {
  return Array.isArray(e.actor) ? e.actor.join('; ') : e.actor ?? '';
}

export function eventsCsvRows(articles: ArticleOut[], registry: OutletRegistry = OutletRegistry.load()): string[] {
  const items = articles.map((article) => ({ article, outlet: registry.displayName(article.outlet, article.input.url) }));
  const ledger = buildLedger(items);
  const rowOf = new Map<string, LedgerRow>();
  for (const r of ledger) for (const c of r.carriers) rowOf.set(`${c.articleId}\u0000${c.text}\u0000${r.category}`, r);
  const notes = (claims: ClaimOut[], articleId: string) => claims.flatMap((c) => {
    const r = rowOf.get(`${articleId}\u0000${c.text}\u0000${c.category}`);
    if (!r?.disputed) return [];
    const others = ledger.filter((x) => x.subject === r.subject && x !== r).map((x) => `${figureText(x)} (${x.source ?? 'unattributed'}; ${x.outlets.join(', ')})`);
    return [`disputed ${c.category} ${figureText(c)}: also ${others.join(', ')}${r.conservative ? '; lowest figure' : ''}`];
  }).join(' | ');

  const out: string[] = [];
  for (const { article: a, outlet } of items) {
    const owner = registry.find(a.outlet, a.input.url)?.owner ?? '';
    const used = new Set<ClaimOut>();
    for (const e of a.events) {
      const [s, t] = sentenceAt(a.text, e.start, e.end);
      const claims = a.claims.filter((c) => c.start < t && c.end > s);
      claims.forEach((c) => used.add(c));
      out.push(csvLine([e.date, datePrecision(e.date), e.type, actors(e), e.place, claims.map(figure).join('; '), outlet, owner, a.published, a.id, a.text.slice(s, t).trim(), notes(claims, a.id)]));
    }
    for (const c of a.claims.filter((x) => !used.has(x))) {
      out.push(csvLine([c.date, datePrecision(c.date), 'figure', '', c.place, figure(c), outlet, owner, a.published, a.id, c.text, notes([c], a.id)]));
    }
  }
  return out;
}
