import type { StoryComparison } from './compare-story.js';
import { figureText } from './ledger.js';

/** A comparison as titled tables of plain strings: the one layout every format renders. */
export interface ReportTable { title: string; note?: string; columns: string[]; rows: string[][]; marks?: ('disputed' | 'conservative' | '')[] }
export interface Report { title: string; subtitle: string; tables: ReportTable[] }

export function reportTables(c: StoryComparison): Report {
  const s = c.story;
  const span = s.first === s.last ? (s.first ?? 'undated') : `${s.first ?? '?'} to ${s.last ?? '?'}`;
  const tables: ReportTable[] = [
    {
      title: 'Outlets',
      columns: ['outlet', 'owner', 'country', 'articles'],
      rows: c.outlets.map((o) => [o.name, o.info?.owner ?? 'unknown', o.info?.country ?? '', o.articles.map((a) => `${a.published ?? '?'} ${a.language ?? '??'} ${a.title ?? a.id}`).join('\n')]),
    },
    {
      title: 'Voices',
      note: 'who is quoted, how often, with which reporting verbs',
      columns: ['speaker', 'outlet', 'quotes', 'cues'],
      rows: c.voices.map((v) => [v.speaker, v.outlet, String(v.quotes), v.cues.join(', ')]),
    },
    {
      title: 'Sources cited',
      columns: ['outlet', 'source', 'as', 'times'],
      rows: c.sources.map((r) => [r.outlet, r.source, r.as.join(', '), String(r.count)]),
    },
  ];
  const ledger = c.ledger;
  tables.push({
    title: 'Figure ledger',
    note: 'DISPUTED: another figure about the same thing (category, place, overlapping dates) differs; LOWEST: the most conservative figure of its subject',
    columns: ['#', 'subject', 'category', 'figure', 'who', 'date', 'place', 'source', 'outlets', 'stated as', 'flag'],
    rows: ledger.map((r) => [
      String(r.n), String(r.subject), r.category, figureText(r), r.who ?? '', r.date ?? '', r.place ?? '', r.source ?? 'unattributed',
      r.outlets.join(', '), r.stance === 'mixed' ? `mixed (${r.carriers.filter((x) => x.hedged).map((x) => x.outlet).join(', ')} hedged)` : r.stance,
      [r.disputed ? 'DISPUTED' : '', r.conservative ? 'LOWEST' : ''].filter(Boolean).join(' '),
    ]),
    marks: ledger.map((r) => (r.conservative ? 'conservative' : r.disputed ? 'disputed' : '')),
  });
  tables.push({
    title: 'Words for the same actor',
    note: 'own: the outlet\'s words; in quotes: words of the people it quotes; reported: terms it attributes to others',
    columns: ['actor', 'outlet', 'own words', 'in quotes', 'reported'],
    rows: c.labels.map((l) => [l.group, l.outlet, l.own.join(', '), l.inQuote.join(', '), l.reported.join(', ')]),
  });
  tables.push({
    title: 'Only here',
    note: 'figures, events and quotes that a single outlet reports',
    columns: ['outlet', 'kind', 'what', 'article'],
    rows: c.onlyHere.map((o) => [o.outlet, o.kind, o.what, o.articleId]),
  });
  tables.push({
    title: 'Shared copy',
    note: 'articles sharing a wire credit or identical 12-word passages: not independent confirmation',
    columns: ['article', 'article', 'shared credits', 'identical passages', 'share'],
    rows: c.sharedCopy.map((p) => [`${p.outletA} ${p.a}`, `${p.outletB} ${p.b}`, p.agencies.join(', '), String(p.passages), `${Math.round(p.share * 100)}%`]),
  });
  return {
    title: `Story ${s.id}: ${c.outlets.length} outlets, ${s.size} articles`,
    subtitle: `${span} · languages: ${s.languages.join(', ') || '?'}`,
    tables,
  };
}
