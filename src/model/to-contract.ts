import type { Doc } from './document.js';
import type { ArticleOut, EntityOut, QuoteOut, ClaimOut, EventOut, LabelOut } from './contract.js';

/**
 * The document as the output contract (docs/output-contract.md): every field present, layers a
 * pipeline did not run as empty lists, every span's text sliced from the one clean text.
 */
export function toContract(doc: Doc): ArticleOut {
  const { meta, text } = doc;
  const entities = doc.layers.entities ?? [];
  const entityName = (index: number | null | undefined): string | null =>
    index === null || index === undefined ? null : entities[index]?.name ?? null;

  const entitiesOut: EntityOut[] = entities.map((e) => ({
    name: e.name,
    type: e.type,
    mentions: e.mentions.map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end })),
  }));
  const quotes: QuoteOut[] = (doc.layers.quotes ?? []).map((q) => ({
    kind: q.kind,
    text: text.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    speaker: {
      name: entityName(q.speakerEntity) ?? q.speakerName,
      text: q.speakerSpan ? text.slice(q.speakerSpan.start, q.speakerSpan.end) : null,
    },
    cue: q.cue,
    hedged: q.hedged,
  }));
  const claims: ClaimOut[] = (doc.layers.claims ?? []).map((c) => ({
    category: c.category,
    value: c.value,
    min: c.min,
    max: c.max,
    approximate: c.approximate,
    who: c.who,
    date: c.date,
    place: c.place,
    source: c.source,
    hedged: c.hedged,
    includes: c.includes,
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
  }));
  const events: EventOut[] = (doc.layers.events ?? []).map((e) => ({
    type: e.type,
    actor: e.actor,
    date: e.date,
    place: e.place,
    text: text.slice(e.start, e.end),
    start: e.start,
    end: e.end,
  }));
  const labels: LabelOut[] = (doc.layers.labels ?? []).map((l) => ({
    group: l.group,
    term: l.term,
    in_quote: l.inQuote,
    reported: l.reported,
    ...(l.field ? { field: l.field } : {}),
    start: l.start,
    end: l.end,
  }));
  return {
    id: meta.id,
    input: { path: meta.path, url: meta.url },
    outlet: meta.outlet,
    published: meta.published,
    language: meta.language,
    title: meta.title,
    section: meta.section,
    credits: meta.credits,
    text,
    captions: meta.captions,
    related: meta.related,
    boilerplate: meta.boilerplate,
    entities: entitiesOut,
    quotes,
    claims,
    events,
    labels,
  };
}
